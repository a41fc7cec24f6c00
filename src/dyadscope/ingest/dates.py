"""Publication dates written on the page: datelines, bylines, URLs, embedded posts.

Every finder returns a `PageDate` (ISO string at the precision read, and that precision) or None.
Only places where a page states its own date are read; years mentioned in the running text are
never taken as the publication date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

from .. import data

CALENDAR_TABLE = "calendar.tsv"


@dataclass(frozen=True, slots=True)
class Calendar:
    """Weekday and month names, lower case, in calendar order (Monday and January first)."""

    weekdays: tuple[str, ...]
    months: tuple[str, ...]
    abbreviations: dict[str, int]  # "sept" → 9


@lru_cache(maxsize=1)
def calendar() -> Calendar:
    """The calendar words of `data/calendar.tsv`, read once for every module that names them."""
    rows = sorted(data.read_table(CALENDAR_TABLE), key=lambda row: int(row["number"]))
    months = [row for row in rows if row["kind"] == "month"]
    return Calendar(
        weekdays=tuple(row["name"] for row in rows if row["kind"] == "weekday"),
        months=tuple(row["name"] for row in months),
        abbreviations={
            short: int(row["number"])
            for row in months
            for short in row["abbreviations"].split("|")
            if short
        },
    )


MONTHS = calendar().abbreviations
MONTH_NAMES = calendar().months
WEEKDAYS = calendar().weekdays

_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"  # noqa: E501
_TIME = r"(?:,?\s*(?:at\s+)?(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?(?:\s*(?P<ampm>[ap]\.?m\.?))?)?"  # noqa: E501
_NUMERIC = re.compile(
    r"(?<!\d)(?P<year>(?:19|20)\d{2})[-/.](?P<mon>\d{1,2})[-/.](?P<day>\d{1,2})(?!\d)"
    r"(?:[ T]+(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?)?"
)
# "16.05.2025, 18:52": a dotted numeric date is day-first wherever it is written.
_DOTTED = re.compile(
    r"(?<![\d.])(?P<day>\d{1,2})\.(?P<mon>\d{1,2})\.(?P<year>(?:19|20)\d{2})(?![\d.]\d)"
    r"(?:,?\s+(?P<hour>\d{1,2}):(?P<minute>\d{2}))?"
)
_MONTH_FIRST = re.compile(
    rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d{{2}})\b{_TIME}",
    re.IGNORECASE,
)
_DAY_FIRST = re.compile(
    rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?P<year>(?:19|20)\d{{2}})\b{_TIME}",
    re.IGNORECASE,
)
# "On December 22, 2020, ..." or "December 22, 2020 - ..." opening the first paragraph.
_LEAD = re.compile(
    r"^(?:on\s+)?(?:[a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?|\d{1,2}(?:st|nd|rd|th)?\s+[a-z]+\.?,?)"
    r"\s+(?:19|20)\d{2}\s*[,—–-]",
    re.IGNORECASE,
)
# "BEIJING, Aug. 19 (Xinhua) -- ..." : the agency dateline; the year is often left out.
_AGENCY_DATELINE = re.compile(
    rf"^(?P<place>[A-Z][A-Za-z .'-]{{1,40}}),\s+{_MONTH}\s+(?P<day>\d{{1,2}})"
    r"(?:,?\s+(?P<year>(?:19|20)\d{2}))?\s*\((?P<agency>[A-Za-z][\w .-]{1,30})\)\s*(?:--|—|–|-)",
    re.IGNORECASE,
)
# Signature of an embedded social-media post: "— Name (@handle) November 20, 2025".
_EMBED = re.compile(
    rf"\(@\w{{1,30}}\)\s+{_MONTH}\s+(?P<day>\d{{1,2}}),\s+(?P<year>20\d{{2}})", re.IGNORECASE
)
_URL_DAY = re.compile(r"/((?:19|20)\d{2})[/-]?(\d{2})[/-]?(\d{2})(?:/|[-_.]|$)")
_URL_MONTH = re.compile(r"/((?:19|20)\d{2})/(\d{2})/")


@dataclass(frozen=True, slots=True)
class PageDate:
    iso: str
    precision: str  # second, minute, day, month, year
    source: str = ""  # where it was read: "dateline", "byline", "url", "markup", ...

    @property
    def day(self) -> date | None:
        if self.precision in ("year", "month"):
            return None
        return date.fromisoformat(self.iso[:10])


def _month_number(name: str) -> int:
    return MONTHS[name.lower()[:3]]


def _build(year: int, month: int, day: int, match: re.Match[str], source: str) -> PageDate | None:
    try:
        found = datetime(year, month, day)
    except ValueError:
        return None
    parts = match.groupdict()
    if not parts.get("hour"):
        return PageDate(found.date().isoformat(), "day", source)
    hour, minute = int(parts["hour"]), int(parts["minute"])
    ampm = (parts.get("ampm") or "").replace(".", "").lower()
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return PageDate(found.date().isoformat(), "day", source)
    stamp = found.replace(hour=hour, minute=minute)
    if parts.get("second"):
        stamp = stamp.replace(second=min(int(parts["second"]), 59))
        return PageDate(stamp.isoformat(timespec="seconds"), "second", source)
    return PageDate(stamp.isoformat(timespec="minutes"), "minute", source)


def find_date(text: str, source: str = "dateline") -> PageDate | None:
    """The first full date (with its time, if written) in a short line such as a byline."""
    best: tuple[int, PageDate] | None = None
    for pattern in (_NUMERIC, _DOTTED, _MONTH_FIRST, _DAY_FIRST):
        match = pattern.search(text)
        if not match:
            continue
        parts = match.groupdict()
        month = int(parts["mon"]) if parts.get("mon") else _month_number(parts["month"])
        found = _build(int(parts["year"]), month, int(parts["day"]), match, source)
        if found and (best is None or match.start() < best[0]):
            best = (match.start(), found)
    return best[1] if best else None


def find_lead_date(paragraph: str) -> PageDate | None:
    """A date that opens the first paragraph: "On December 22, 2020, ..."."""
    match = _LEAD.match(paragraph)
    return find_date(match.group(0), "lead") if match else None


@dataclass(frozen=True, slots=True)
class AgencyDateline:
    place: str
    agency: str
    month: int
    day: int
    year: int | None


def find_agency_dateline(paragraph: str) -> AgencyDateline | None:
    """ "BEIJING, Aug. 19 (Xinhua) -- ..." → place, agency, month, day and the year if written."""
    match = _AGENCY_DATELINE.match(paragraph)
    if not match:
        return None
    year = int(match["year"]) if match["year"] else None
    return AgencyDateline(
        match["place"].strip(), match["agency"].strip(), _month_number(match["month"]),
        int(match["day"]), year,
    )  # fmt: skip


def complete_dateline(dateline: AgencyDateline, year: int | None) -> PageDate | None:
    """An agency dateline as a date, once the year is known (written, or from URL or markup)."""
    year = dateline.year or year
    if year is None:
        return None
    try:
        return PageDate(date(year, dateline.month, dateline.day).isoformat(), "day", "dateline")
    except ValueError:
        return None


def find_embedded_post_date(text: str) -> PageDate | None:
    """The latest date signed under an embedded social-media post."""
    found = []
    for match in _EMBED.finditer(text):
        try:
            day = date(int(match["year"]), _month_number(match["month"]), int(match["day"]))
        except ValueError:
            continue
        found.append(day)
    return PageDate(max(found).isoformat(), "day", "embedded post") if found else None


def weekdays_named(text: str) -> set[int]:
    lowered = text.lower()
    return {n for n, name in enumerate(WEEKDAYS) if re.search(rf"\b{name}\b", lowered)}


def date_from_url(url: str | None) -> PageDate | None:
    """A date in the URL path: /2024/08/21/, /20240821/, or /2024/08/ (month)."""
    if not url:
        return None
    path = re.sub(r"^[a-z]+://[^/]+", "", url)
    match = _URL_DAY.search(path)
    if match:
        try:
            day = date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            day = None
        if day:
            return PageDate(day.isoformat(), "day", "url")
    match = _URL_MONTH.search(path)
    if match and 1 <= int(match[2]) <= 12:
        return PageDate(f"{match[1]}-{match[2]}", "month", "url")
    return None


_OFFSET = re.compile(
    r"^(?:\.\d+)?\s*(?:(?P<z>Z|UTC|GMT)|(?P<sign>[+-])(?P<hh>\d{2}):?(?P<mm>\d{2}))"
)


def _offset(rest: str) -> str:
    """`Z` or `+HH:MM` from what follows a timestamp's time, or "" when it carries none."""
    match = _OFFSET.match(rest)
    if not match:
        return ""
    if match["z"]:
        return "Z"
    return f"{match['sign']}{match['hh']}:{match['mm']}"


def parse_iso(value: str | None, source: str = "markup") -> PageDate | None:
    """A machine-written date (ISO 8601), at the precision its length shows."""
    if not value:
        return None
    value = value.strip()
    match = re.match(
        r"((?:19|20)\d{2})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?)?)?", value
    )
    if not match:
        return find_date(value, source)
    year, month, day, hour, minute, second = match.groups()
    # Keep the UTC offset: "on Tuesday" resolves against the outlet's local date, not UTC's.
    offset = _offset(value[match.end() :])
    try:
        if hour:
            stamp = datetime(int(year), int(month), int(day), int(hour), int(minute))
            if second:
                stamp = stamp.replace(second=int(second))
                return PageDate(stamp.isoformat(timespec="seconds") + offset, "second", source)
            return PageDate(stamp.isoformat(timespec="minutes") + offset, "minute", source)
        if day:
            return PageDate(date(int(year), int(month), int(day)).isoformat(), "day", source)
        if month:
            valid = 1 <= int(month) <= 12
            return PageDate(f"{year}-{int(month):02d}", "month", source) if valid else None
    except ValueError:
        return None
    return PageDate(year, "year", source)
