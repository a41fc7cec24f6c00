"""Temporal expressions in a sentence, resolved against the publication date.

News writes dates relative to the day it is published: "on Tuesday" in an article of
Wednesday 2026-01-21 is 2026-01-20, "last month" is the month before, "November 18" is the
latest November 18 not far after the publication date. Each expression found carries its
character offsets (within the text given), its value (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`)
and the precision a careful coder would give: a weekday is a day, "last week" only a month.

`reference_date` turns a publication timestamp into the local calendar date the article was
written on: a timestamp with an explicit UTC offset is converted to the reference time zone
(VOA stamps its stories in UTC but writes from Washington).
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

DEFAULT_TIMEZONE = "America/New_York"

MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
NUMBER_WORDS = {
    "a": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}

_MONTH = (
    r"(?P<month>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|"
    r"July?|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")),
    # December 22-23, 2020 / December 22, 2020 / Nov. 18 / May 20
    (
        "month_day",
        re.compile(
            _MONTH + r"\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?:\s*(?:-|–|to|and)\s*[0-3]?\d)?\b"
            r"(?:,?\s+" + _YEAR + r")?(?![\d:])"
        ),
    ),
    # 22 December 2020 / 18 Nov
    (
        "day_month",
        re.compile(
            r"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?"
            + _MONTH
            + r"\b(?:,?\s+"
            + _YEAR
            + r")?"
        ),
    ),
    # March 2021 / in March
    ("month_year", re.compile(r"\b" + _MONTH + r"(?:,?\s+(?:of\s+)?" + _YEAR + r")?\b")),
    (
        "weekday",
        re.compile(
            r"\b(?:(?P<rel>last|next|this|previous|coming)\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|"
            r"Friday|Saturday|Sunday)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "relative_unit",
        re.compile(
            r"\b(?P<rel>last|this|next|past|previous|coming|earlier this|later this|"
            r"early this|late last|earlier last|in the past|over the past|in the last|"
            r"during the past)"
            r"\s+(?P<unit>week|month|year|weekend)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "ago",
        re.compile(
            r"\b(?P<n>\d+|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
            r"(?P<unit>day|week|month|year)s?\s+ago\b",
            re.IGNORECASE,
        ),
    ),
    (
        "deictic",
        re.compile(
            r"\b(?P<word>today|yesterday|tonight|tomorrow|this (?:morning|afternoon|evening)|"
            r"last night|overnight)\b",
            re.IGNORECASE,
        ),
    ),
    # in 2019 / In 2019, (a sentence may open with the preposition)
    (
        "year",
        re.compile(r"\b(?i:in|since|of|during|by|for|until|from|year)\s+" + _YEAR + r"\b"),
    ),
]


@dataclass(frozen=True, slots=True)
class TimeExpr:
    """A temporal expression found in a text, resolved."""

    start: int
    end: int
    text: str
    value: str  # YYYY-MM-DD, YYYY-MM or YYYY
    precision: str  # day, month, year
    kind: str  # which pattern found it (weekday, month_day, relative_unit, ...)
    future: bool = False  # points after the reference date


def reference_date(published: str | None, timezone: str | None = DEFAULT_TIMEZONE) -> date | None:
    """The local calendar date a publication timestamp falls on, or None if unparseable.

    Only timestamps that carry an offset (`Z`, `+08:00`) are converted to `timezone`; a naive
    timestamp is already local. A year- or month-only date gives its first day.
    """
    if not published:
        return None
    text = published.strip().replace(" ", "T", 1)
    if re.fullmatch(r"\d{4}", text):
        return date(int(text), 1, 1)
    if re.fullmatch(r"\d{4}-\d{2}", text):
        return date(int(text[:4]), int(text[5:7]), 1)
    try:
        stamp = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        match = re.match(r"\d{4}-\d{2}-\d{2}", text)
        return date.fromisoformat(match.group()) if match else None
    if stamp.tzinfo is not None and timezone:
        with contextlib.suppress(ZoneInfoNotFoundError, ValueError):
            stamp = stamp.astimezone(ZoneInfo(timezone))
    return stamp.date()


# Expressions that stand on their own, usable when the reference date is only a year.
ABSOLUTE_KINDS = frozenset({"iso", "year"})


def find_dates(text: str, ref: date | None, ref_precision: str = "day") -> list[TimeExpr]:
    """Every temporal expression of `text` resolved against `ref`, in text order, without
    overlaps (patterns earlier in the list win). With a reference known only to the month
    or year, expressions relative to a day ("on Tuesday") are left out."""
    if ref is None:
        return []
    found: list[TimeExpr] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            span = match.span()
            if any(span[0] < end and start < span[1] for start, end in taken):
                continue
            expr = _resolve(kind, match, ref, text)
            if expr is not None and _usable(expr, ref_precision):
                found.append(expr)
                taken.append(span)
    return sorted(found, key=lambda e: e.start)


def _usable(expr: TimeExpr, ref_precision: str) -> bool:
    if ref_precision in {"day", "hour", "minute", "second"}:
        return True
    if expr.kind in ABSOLUTE_KINDS:
        return True
    # A month or day written with its year stands on its own.
    return bool(re.search(r"(?:19|20)\d\d", expr.text))


def _resolve(kind: str, match: re.Match[str], ref: date, text: str) -> TimeExpr | None:
    resolver = _RESOLVERS[kind]
    result = resolver(match, ref, text)
    if result is None:
        return None
    value, precision, future = result
    return TimeExpr(match.start(), match.end(), match.group(), value, precision, kind, future)


Resolved = tuple[str, str, bool]


def _iso(match: re.Match[str], ref: date, text: str) -> Resolved | None:
    try:
        day = date(int(match["y"]), int(match["m"]), int(match["d"]))
    except ValueError:
        return None
    return day.isoformat(), "day", day > ref


def _month_number(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")[:3]]


def _month_day(match: re.Match[str], ref: date, text: str) -> Resolved | None:
    month, day = _month_number(match["month"]), int(match["day"])
    if match["year"]:
        year = int(match["year"])
    else:
        year = _infer_year(month, ref, _future_context(text, match.start()), day)
    try:
        when = date(year, month, day)
    except ValueError:
        return None
    return when.isoformat(), "day", when > ref


def _month_year(match: re.Match[str], ref: date, text: str) -> Resolved | None:
    name = match["month"]
    if name == "May" and not match["year"] and _looks_like_modal(match, text):
        return None
    if not match["year"] and not re.search(
        r"\b(?:in|since|of|during|by|until|from|early|late|"
        r"mid|last|this|next)\W*$",
        text[: match.start()],
    ):
        return None  # a bare capitalised month name without a preposition is too ambiguous
    month = _month_number(name)
    if match["year"]:
        year = int(match["year"])
    else:
        year = _infer_year(month, ref, _future_context(text, match.start()))
    return f"{year:04d}-{month:02d}", "month", (year, month) > (ref.year, ref.month)


def _looks_like_modal(match: re.Match[str], text: str) -> bool:
    # "May" the month versus "may" the verb: only a capitalised May not starting a sentence.
    return match.start() == 0 or text[max(0, match.start() - 2) : match.start()].strip() in {
        ".",
        "",
    }


def _infer_year(month: int, ref: date, future: bool, day: int = 1) -> int:
    """The year that puts month/day nearest the reference date: past unless the context is
    future ("will meet on March 3")."""
    try:
        this_year = date(ref.year, month, min(day, 28))
    except ValueError:
        return ref.year
    if future:
        return ref.year if this_year >= ref - timedelta(days=7) else ref.year + 1
    return ref.year if this_year <= ref + timedelta(days=7) else ref.year - 1


_FUTURE_CUE = re.compile(
    r"\b(?:will|would|shall|plans? to|planned|is to|are to|scheduled|"
    r"expected to|upcoming|next|coming|to be held|due to)\b",
    re.IGNORECASE,
)


def _future_context(text: str, position: int) -> bool:
    """A future marker in the clause before the expression."""
    window = text[max(0, position - 80) : position]
    window = re.split(r"[.;]", window)[-1]
    return bool(_FUTURE_CUE.search(window))


def _weekday(match: re.Match[str], ref: date, text: str) -> Resolved | None:
    wanted = WEEKDAYS.index(match["wd"].lower())
    rel = (match["rel"] or "").lower()
    future = rel in {"next", "coming"} or (not rel and _future_context(text, match.start()))
    if future:
        ahead = (wanted - ref.weekday()) % 7 or 7
        when = ref + timedelta(days=ahead)
    else:
        back = (ref.weekday() - wanted) % 7
        if rel in {"last", "previous"} and back == 0:
            back = 7
        when = ref - timedelta(days=back)
    return when.isoformat(), "day", when > ref


def _relative_unit(match: re.Match[str], ref: date, text: str) -> Resolved | None:
    rel, unit = match["rel"].lower(), match["unit"].lower()
    step = {
        "last": -1,
        "previous": -1,
        "past": -1,
        "next": 1,
        "coming": 1,
        "late last": -1,
        "earlier last": -1,
    }.get(rel, 0)
    if rel in {"in the past", "over the past", "in the last", "during the past"}:
        # "in the past year": the twelve months before; its middle gives the year.
        return _span_midpoint(unit, ref)
    if unit == "week":
        when = ref + timedelta(days=7 * step)
        return f"{when.year:04d}-{when.month:02d}", "month", step > 0
    if unit == "weekend":
        back = (ref.weekday() - 5) % 7 + (7 if step < 0 and ref.weekday() >= 5 else 0)
        when = ref + timedelta(days=7) if step > 0 else ref - timedelta(days=back)
        return when.isoformat(), "day", step > 0
    if unit == "month":
        year, month = ref.year, ref.month + step
        if month < 1:
            year, month = year - 1, 12
        elif month > 12:
            year, month = year + 1, 1
        return f"{year:04d}-{month:02d}", "month", step > 0
    return f"{ref.year + step:04d}", "year", step > 0


def _span_midpoint(unit: str, ref: date) -> Resolved:
    days = {"week": 7, "weekend": 7, "month": 30, "year": 365}[unit]
    middle = ref - timedelta(days=days // 2)
    if unit == "year":
        return f"{middle.year:04d}", "year", False
    return f"{middle.year:04d}-{middle.month:02d}", "month", False


def _ago(match: re.Match[str], ref: date, text: str) -> Resolved | None:
    raw = match["n"].lower()
    count = int(raw) if raw.isdigit() else NUMBER_WORDS[raw]
    unit = match["unit"].lower()
    if unit == "day":
        return (ref - timedelta(days=count)).isoformat(), "day", False
    if unit == "week":
        when = ref - timedelta(days=7 * count)
        return f"{when.year:04d}-{when.month:02d}", "month", False
    if unit == "month":
        months = ref.year * 12 + ref.month - 1 - count
        return f"{months // 12:04d}-{months % 12 + 1:02d}", "month", False
    return f"{ref.year - count:04d}", "year", False


def _deictic(match: re.Match[str], ref: date, text: str) -> Resolved | None:
    word = match["word"].lower()
    shift = {"yesterday": -1, "last night": -1, "tomorrow": 1}.get(word, 0)
    when = ref + timedelta(days=shift)
    return when.isoformat(), "day", shift > 0


def _year(match: re.Match[str], ref: date, text: str) -> Resolved | None:
    year = int(match["year"])
    return f"{year:04d}", "year", year > ref.year


_RESOLVERS = {
    "iso": _iso,
    "month_day": _month_day,
    "day_month": _month_day,
    "month_year": _month_year,
    "weekday": _weekday,
    "relative_unit": _relative_unit,
    "ago": _ago,
    "deictic": _deictic,
    "year": _year,
}


def default_date(ref: date | None, precision: str = "day") -> tuple[str | None, str]:
    """The publication date at the given precision, for an event with no expression."""
    if ref is None:
        return None, "unknown"
    if precision == "year":
        return f"{ref.year:04d}", "year"
    if precision == "month":
        return f"{ref.year:04d}-{ref.month:02d}", "month"
    return ref.isoformat(), "day"
