"""Main text and metadata of an HTML page: trafilatura for the text, markup for the date.

trafilatura finds the article container and gives its text one block per line; the line
cleaner then treats that text like any page dump (drops headings, share lines, related-story
blocks trafilatura kept). The publication date comes from the page's own markup
(`article:published_time`, `datePublished`, `<time datetime>`) at the precision written there,
then from htmldate without its text-scanning search, so an undated page stays undated.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from functools import lru_cache

import lxml.html
import trafilatura
from htmldate import find_date

from .. import data
from .dates import PageDate, parse_iso
from .lines import normalise_line

LOGGER = logging.getLogger(__name__)

_DATE_XPATHS = (
    "//meta[@property='article:published_time' or @name='article:published_time'"
    " or @property='og:published_time' or @itemprop='datePublished' or @name='pubdate'"
    " or @name='publishdate' or @name='publish-date' or @name='date' or @name='DC.date.issued'"
    " or @name='dc.date' or @name='sailthru.date' or @name='parsely-pub-date']/@content",
    "//*[@itemprop='datePublished']/@datetime",
    "//article//time[@datetime][1]/@datetime",
)
_HTML_SNIFF = re.compile(
    r"<!doctype html|<html[\s>]|<body[\s>]|<(?:p|div|article|span|a|br)\b[^>]*>", re.I
)
STANDFIRST_CLASSES = "ingest/standfirst_classes.txt"
_BLOCK_TAGS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "tr", "section", "article")


@dataclass(slots=True)
class HtmlPage:
    text: str
    title: str | None = None
    published: PageDate | None = None
    author: str | None = None
    sitename: str | None = None


def looks_like_html(text: str) -> bool:
    """Whether a string is HTML markup rather than a text dump (tags in its first 2,000 chars)."""
    return len(_HTML_SNIFF.findall(text[:2000])) >= 2 or text.lstrip()[:15].lower() in (
        "<!doctype html>",
    )


def extract_html(html: str, url: str | None = None) -> HtmlPage:
    """Article text (one block per line), title, date, author and site name of a page."""
    tree = trafilatura.load_html(html)
    if tree is None:
        # trafilatura refuses short fragments and plain text (a feed item's summary, an `html`
        # field of a JSON record): their text is still the article.
        return HtmlPage(text=plain_text(html))
    published = markup_date(tree)
    result = trafilatura.bare_extraction(
        tree,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if result is None or not (result.text or "").strip():
        return HtmlPage(text=plain_text(html), published=published)
    text = result.text
    standfirst = find_standfirst(tree)
    if standfirst and standfirst not in text:
        text = _insert_after_title(text, standfirst, result.title)
    if published is None and result.date:
        published = parse_iso(result.date, "markup")
        if published and published.precision in ("minute", "second"):
            published = PageDate(published.iso[:10], "day", "markup")
    return HtmlPage(
        text=text,
        title=result.title,
        published=published,
        author=result.author,
        sitename=result.sitename,
    )


@lru_cache(maxsize=1)
def _standfirst_xpath() -> str:
    tests = [
        f"contains(translate(@class,'ABCDEFGHIJKLMNOPQRSTUVWXYZ','abcdefghijklmnopqrstuvwxyz'),'{c}')"
        for c in data.read_lines(STANDFIRST_CLASSES)
    ]
    return f"//*[self::p or self::div or self::h2 or self::span][{' or '.join(tests)}]"


def find_standfirst(tree: lxml.html.HtmlElement) -> str | None:
    """The subtitle under the headline, which trafilatura tends to drop with the header."""
    for element in tree.xpath(_standfirst_xpath())[:3]:
        text = normalise_line(element.text_content())
        if 6 <= len(text.split()) <= 60:
            return text
    return None


def _insert_after_title(text: str, standfirst: str, title: str | None) -> str:
    lines = text.split("\n")
    at = 1 if title and lines and normalise_line(lines[0]) == normalise_line(title) else 0
    return "\n".join(lines[:at] + [standfirst] + lines[at:])


def markup_date(tree: lxml.html.HtmlElement) -> PageDate | None:
    """The publication date the markup states, at its written precision."""
    for xpath in _DATE_XPATHS:
        for value in tree.xpath(xpath):
            found = parse_iso(str(value), "markup")
            if found:
                return found
    for script in tree.xpath("//script[@type='application/ld+json']/text()"):
        found = _json_ld_date(script)
        if found:
            return found
    try:
        value = find_date(tree, extensive_search=False, original_date=True)
    except Exception:  # noqa: BLE001 - htmldate on odd markup must not end the document
        LOGGER.debug("htmldate failed", exc_info=True)
        value = None
    return PageDate(value, "day", "markup") if value else None


def _json_ld_date(script: str) -> PageDate | None:
    try:
        parsed = json.loads(script)
    except ValueError:
        return None
    stack = [parsed]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            if isinstance(item.get("datePublished"), str):
                return parse_iso(item["datePublished"], "markup")
            stack.extend(v for v in item.values() if isinstance(v, (dict, list)))
    return None


def plain_text(html: str) -> str:
    """Text of a fragment (a feed item's summary) with one line per block element."""
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except Exception:  # noqa: BLE001 - lxml raises several types on junk
        return re.sub(r"<[^>]+>", " ", html)
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    for element in root.iter(*_BLOCK_TAGS):
        element.tail = "\n" + (element.tail or "")
    return root.text_content()
