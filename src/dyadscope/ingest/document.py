"""From a raw Document (as a reader gives it) to a clean one: text, title, date, outlet.

Two steps, so that repeated lines can be learned between them over a window of pages:
`prepare` turns HTML into extracted text (and keeps what its markup says), `finish` runs the
line cleaner and settles each metadata field from the most reliable source that has it:
the input record's own fields, then markup, then what the page text states, then the URL.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

from ..config import Options
from ..errors import message
from .clean import clean_page
from .dates import PageDate, date_from_url, parse_iso
from .dedup import content_hash
from .html import extract_html, looks_like_html
from .language import detect_language
from .lines import line_key
from .metadata import outlet_from_url


@dataclass(slots=True)
class Prepared:
    """What the markup said about a page, kept while its text waits to be cleaned."""

    title: str | None = None
    published: PageDate | None = None
    author: str | None = None
    sitename: str | None = None


def prepare(doc) -> Prepared:
    """Turn an HTML page into extracted text in `doc.raw`; return the markup's metadata."""
    if doc.raw_format is None and doc.raw is not None:
        doc.raw_format = "html" if looks_like_html(doc.raw) else "text"
    if doc.raw_format != "html" or doc.raw is None:
        return Prepared()
    page = extract_html(doc.raw, url=doc.url)
    doc.raw, doc.raw_format = page.text, "text"
    return Prepared(page.title, page.published, page.author, page.sitename)


def page_keys(doc) -> set[str]:
    """Distinct line keys of a prepared page, for learning the outlet's repeated lines."""
    return {line_key(line) for line in (doc.raw or "").splitlines() if line.strip()}


def group_of(doc) -> str:
    """Which outlet a page belongs to, for learned lines: its outlet, host, or source file."""
    if doc.outlet:
        return "outlet:" + doc.outlet.casefold()
    host = urlsplit(doc.url).hostname if doc.url else None
    if host:
        return "host:" + host.removeprefix("www.")
    return "source:" + str(doc.source_path)


def finish(
    doc, prepared: Prepared, options: Options, is_learned: Callable[[str], bool] | None = None
):
    """Clean `doc.raw` into `doc.text` and settle the metadata; fail when no body is left."""
    given_date = parse_given_date(doc.published)
    url_date = date_from_url(doc.url)
    year_hint = _year_of(given_date or prepared.published or url_date)
    title = doc.title or prepared.title
    page = clean_page(doc.raw or "", title=title, is_learned=is_learned, year_hint=year_hint)
    doc.text = page.text
    doc.title = title or page.title
    doc.extra_stories = page.extra_stories
    published = given_date or prepared.published or page.published or url_date
    doc.published = published.iso if published else None
    doc.published_precision = published.precision if published else "unknown"
    doc.outlet = doc.outlet or page.outlet or prepared.sitename or outlet_from_url(doc.url)
    doc.author = doc.author or page.author or prepared.author
    doc.language = detect_language(doc.text)
    doc.raw = None
    if len(doc.text) < int(options.get("ingest.min_text_chars", 80)):
        return doc.fail("E108", message("E108", chars=len(doc.text)))
    doc.content_hash = content_hash(doc.text)
    return doc


def parse_given_date(value: str | None) -> PageDate | None:
    """A date field of an input record: ISO 8601, RFC 822 ("Wed, 21 Aug 2024 ..."), or prose."""
    if not value:
        return None
    found = parse_iso(value, "record")
    if found:
        return found
    try:
        stamp = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return PageDate(stamp.replace(tzinfo=None).isoformat(timespec="seconds"), "second", "record")


def _year_of(found: PageDate | None) -> int | None:
    return int(found.iso[:4]) if found else None
