"""Who published a page and who wrote it: bylines, datelines, agency credits, URL domains.

Outlet names are matched against a small table (`data/ingest/outlets.tsv`) so that "CHINA DAILY"
and chinadaily.com.cn both give "China Daily"; names not in the table are kept as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

from .. import data
from .dates import PageDate, find_date

OUTLETS_TABLE = "ingest/outlets.tsv"
OUTLET_WORDS = "ingest/outlet_words.txt"

_BY = re.compile(r"^(?:by|written by|reported by)\s+(?P<name>.+)$", re.IGNORECASE)
_AUTHOR_LABEL = re.compile(r"^(?:author|reporter|writer|text)\s*:\s*(?P<name>.+)$", re.IGNORECASE)
_SOURCE_LABEL = re.compile(r"^(?:source|from)\s*:\s*(?P<name>[\w&'. -]{2,60})$", re.IGNORECASE)
_BYLINE_SPLIT = re.compile(r"\s*[|·•]\s*")
_DATE_LABEL = re.compile(
    r"^(?:updated|published|posted|last updated|created|modified|date|time)\b\s*(?:at|on)?\s*:?",
    re.IGNORECASE,
)
# "Moscow, The Gulf Observer: Chinese Premier ..." : a place, then a name, then a colon.
_LEAD_OUTLET = re.compile(
    r"^(?P<place>[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3}),\s+(?P<name>(?:The )?[A-Z][\w&'.-]*"
    r"(?: [A-Z][\w&'.-]*){0,4}):\s"
)
_CREDIT = re.compile(r"\((?P<agency>[A-Z][A-Za-z]{1,14}(?: [A-Z][A-Za-z]{1,14}){0,2})\)\W*$")


@dataclass(frozen=True, slots=True)
class OutletTable:
    by_alias: dict[str, tuple[str, str]]  # casefolded alias → (name, kind)
    by_domain: dict[str, str]  # host suffix → name
    name_words: frozenset[str]


@lru_cache(maxsize=1)
def load_outlets() -> OutletTable:
    by_alias: dict[str, tuple[str, str]] = {}
    by_domain: dict[str, str] = {}
    for row in data.read_table(OUTLETS_TABLE):
        for alias in row["aliases"].split("|"):
            by_alias[alias.strip().casefold()] = (row["name"], row["kind"])
        for domain in row["domains"].split("|"):
            if domain.strip():
                by_domain[domain.strip().lower()] = row["name"]
    words = frozenset(w.casefold() for w in data.read_lines(OUTLET_WORDS))
    return OutletTable(by_alias, by_domain, words)


def known_outlet(name: str) -> tuple[str, str] | None:
    """(canonical name, kind) of a known outlet or agency written as `name`, else None."""
    return load_outlets().by_alias.get(name.strip().casefold())


def outlet_from_url(url: str | None) -> str | None:
    """The outlet a URL belongs to: its table name, else its host without "www."."""
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower().removeprefix("www.")
    if not host:
        return None
    table = load_outlets().by_domain
    parts = host.split(".")
    for n in range(len(parts) - 1):
        name = table.get(".".join(parts[n:]))
        if name:
            return name
    return host


def _tidy_name(name: str) -> str:
    name = name.strip(" ,;:-–—")
    return name.title() if name.isupper() and len(name) > 4 else name


@dataclass(frozen=True, slots=True)
class Byline:
    author: str | None
    outlet: str | None
    date: PageDate | None


def read_byline(line: str) -> Byline | None:
    """ "By CAO DESHENG | CHINA DAILY | Updated: 2026-02-05 06:51" → author, outlet, date."""
    parts = [p for p in _BYLINE_SPLIT.split(line) if p]
    if not parts or len(line.split()) > 30:
        return None
    author = outlet = None
    found_date = None
    for part in parts:
        by = _BY.match(part) or _AUTHOR_LABEL.match(part)
        if by:
            author = _tidy_name(by["name"])
            continue
        source = _SOURCE_LABEL.match(part)
        if source:
            known = known_outlet(source["name"])
            outlet = known[0] if known else _tidy_name(source["name"])
            continue
        part_date = find_date(part, "byline")
        if part_date:
            found_date = found_date or part_date
            continue
        known = known_outlet(part)
        if known:
            outlet = known[0]
        # An unknown all-caps part names the outlet ("CHINA DAILY"), unless it is as short
        # as a language switcher's codes ("TR | EN").
        elif len(parts) > 1 and part.isupper() and len(part) > 2 and len(part.split()) <= 5:
            outlet = _tidy_name(part)
    if not (author or outlet or found_date):
        return None
    if len(parts) == 1 and not (author or outlet or _is_date_line(line)):
        return None
    return Byline(author, outlet, found_date)


def _is_date_line(line: str) -> bool:
    """A short line that is mostly a date: "2026-01-21 14:43 Last Updated At:23:07"."""
    rest = _DATE_LABEL.sub("", line)
    found = find_date(rest)
    return bool(found) and len(line.split()) <= 12


def find_lead_outlet(paragraph: str) -> str | None:
    """The outlet named in a dateline opening the first paragraph ("Moscow, The X Observer:")."""
    match = _LEAD_OUTLET.match(paragraph)
    if not match:
        return None
    name = match["name"]
    known = known_outlet(name)
    if known:
        return known[0]
    last = name.split()[-1].casefold()
    return name if last in load_outlets().name_words else None


def find_agency_credit(paragraph: str) -> str | None:
    """An agency credited at the end of a paragraph: "... (ANI)" → "ANI" if a known agency."""
    match = _CREDIT.search(paragraph)
    if not match:
        return None
    known = known_outlet(match["agency"])
    return known[0] if known and known[1] == "agency" else None


def combine_outlet(publisher: str | None, agency: str | None) -> str | None:
    """ "Asianet Newsable" + "ANI" → "Asianet Newsable (ANI)"; either alone stands alone."""
    if publisher and agency and agency.casefold() not in publisher.casefold():
        return f"{publisher} ({agency})"
    return publisher or agency
