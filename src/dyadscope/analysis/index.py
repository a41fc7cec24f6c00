"""The relations index of a dyad: one row per period.

Each row counts the dyad's interstate events per quad class and type, sums and averages their
intensity, and gives a cooperation–conflict index: the summed intensity divided by the dyad's
coverage volume (documents mentioning the dyad in the period), so that a month with more news
does not look warmer or colder for that reason alone. Without coverage figures the number of
documents reporting the events stands in. Fused events count once, with all their sources.

An event dated less precisely than the period asked for (a year-precise event in a monthly
index) cannot be placed and is left out; `unplaced_events` says how many were.

The computation comes in steps that a store can stop between: `bucket_events` places events
in periods, `summarise` reduces a period's events to `PeriodTotals` (which a store may keep,
one row per dyad and period) and `index_rows` turns totals and coverage into the rows.
"""

from __future__ import annotations

import calendar
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import UsageError
from ..ontology import QUAD_CLASSES, actor_codes, type_info

FREQS = ("day", "week", "month", "quarter", "year")
QUADS = QUAD_CLASSES
QUAD_KEYS = tuple((q, q.replace(" ", "_")) for q in QUADS)  # class, row key
_NEEDED_PRECISION = {"day": 0, "week": 0, "month": 1, "quarter": 1, "year": 2}
_PRECISION_RANK = {"day": 0, "month": 1, "year": 2}


def type_table() -> dict[str, tuple[str, float]]:
    """type → (quad class, default intensity)."""
    return {name: (t.quad_class, t.default_intensity) for name, t in type_info().items()}


def parse_dyad(dyad: str) -> tuple[str, str]:
    parts = [p.strip().upper() for p in dyad.split("-")]
    if len(parts) != 2 or not all(parts) or parts[0] == parts[1]:
        raise UsageError("E006", value=dyad)
    return parts[0], parts[1]


@lru_cache(maxsize=65536)  # a store refresh asks for the same few thousand days again and again
def period_key(value: str | None, precision: str | None, freq: str) -> str | None:
    """The period an event (or document) dated `value` falls in: `2024-08-21`, `2024-W34`,
    `2024-08`, `2024-Q3`, `2024`; None when the date is too coarse for `freq`."""
    if freq not in FREQS:
        raise UsageError("E004", name=freq, choices=", ".join(FREQS))
    if not value or not re.match(r"\d{4}", value):
        return None
    rank = _PRECISION_RANK.get(precision or "", _rank_from_text(value))
    if rank > _NEEDED_PRECISION[freq]:
        return None
    year = int(value[:4])
    if freq == "year":
        return f"{year:04d}"
    month = int(value[5:7])
    if freq == "month":
        return f"{year:04d}-{month:02d}"
    if freq == "quarter":
        return f"{year:04d}-Q{(month - 1) // 3 + 1}"
    day = date.fromisoformat(value[:10])
    if freq == "day":
        return day.isoformat()
    iso = day.isocalendar()
    return f"{iso.year:04d}-W{iso.week:02d}"


def relations_index(
    events: Iterable[Mapping[str, Any]],
    dyad: str,
    freq: str = "month",
    directed: bool = False,
    coverage: Mapping[str, int] | None = None,
) -> list[dict[str, Any]]:
    """One row per period from the first to the last with data (empty periods included)."""
    first, second = parse_dyad(dyad)
    mine = [e for e in events if in_dyad(e, first, second, directed)]
    buckets, unplaced = bucket_events(mine, freq)
    totals = {key: summarise(group) for key, group in buckets.items()}
    volume = coverage_by_period(coverage, freq) if coverage is not None else None
    return index_rows(totals, len(unplaced), freq, volume)


@dataclass
class PeriodTotals:
    """What the index needs of one period's events; the same whether computed from events or
    read back from a store's pre-aggregated rows."""

    n_events: int = 0
    n_sources: int = 0
    quads: dict[str, int] = field(default_factory=dict)
    types: dict[str, int] = field(default_factory=dict)
    intensity_sum: float = 0.0  # math.fsum, so the order of events never changes it


def bucket_events(
    events: Iterable[Mapping[str, Any]], freq: str
) -> tuple[dict[str, list[Mapping[str, Any]]], list[Mapping[str, Any]]]:
    """Events by period key, and those dated too coarsely (or not at all) to place."""
    buckets: dict[str, list[Mapping[str, Any]]] = {}
    unplaced: list[Mapping[str, Any]] = []
    for event in events:
        key = period_key(event.get("date"), event.get("date_precision"), freq)
        if key is None:
            unplaced.append(event)
            continue
        buckets.setdefault(key, []).append(event)
    return buckets, unplaced


# What one event adds to its period: type, quad class, intensity and reporting documents.
EventFacts = tuple[str, str, float, tuple[str, ...]]


def event_facts(event: Mapping[str, Any]) -> EventFacts:
    """The part of an event its period's totals need; a missing intensity or quad class
    takes the type's default (an unknown type counts as neutral, intensity 0)."""
    etype = str(event.get("event_type") or "")
    quad, default = type_table().get(etype, (event.get("quad_class") or "neutral", 0.0))
    value = event.get("intensity")
    docs = tuple(d for d in event.get("doc_ids") or [event.get("doc_id")] if d is not None)
    return (
        etype,
        event.get("quad_class") or quad,
        float(value) if value is not None else default,
        docs,
    )


def summarise(events: Iterable[Mapping[str, Any]]) -> PeriodTotals:
    return summarise_facts(event_facts(e) for e in events)


def summarise_facts(facts: Iterable[EventFacts]) -> PeriodTotals:
    quads: dict[str, int] = {}
    types: dict[str, int] = {}
    sources: set[str] = set()
    intensities = []
    for etype, quad, value, docs in facts:
        quads[quad] = quads.get(quad, 0) + 1
        types[etype] = types.get(etype, 0) + 1
        intensities.append(value)
        sources.update(docs)
    return PeriodTotals(
        n_events=len(intensities),
        n_sources=len(sources),
        quads=quads,
        types=types,
        intensity_sum=math.fsum(intensities),
    )


def index_rows(
    totals: Mapping[str, PeriodTotals],
    unplaced: int,
    freq: str,
    volume: Mapping[str, int] | None,
) -> list[dict[str, Any]]:
    """Rows from the first to the last period holding events or coverage; `unplaced` is the
    number of events too coarse to place and `volume` the coverage per period (None: no
    coverage figures, the reporting documents stand in)."""
    keys = set(totals) | {k for k, v in (volume or {}).items() if v}
    if not keys:
        return []
    periods = _all_periods(min(keys), max(keys), freq)
    empty = PeriodTotals()
    rows = [_row(k, totals.get(k, empty), freq, volume) for k in periods]
    for row in rows:
        row["unplaced_events"] = unplaced
    return rows


def coverage_by_period(coverage: Mapping[str, int], freq: str) -> dict[str, int]:
    """Coverage counts summed into periods: keys may already be periods of `freq`
    (`2024-08`, `2024-Q3`) or days / months finer than it."""
    out: Counter[str] = Counter()
    for key, count in coverage.items():
        period = key if _is_period(key, freq) else period_key(key, None, freq)
        if period is not None:
            out[period] += int(count or 0)
    return dict(out)


def _is_period(key: str, freq: str) -> bool:
    pattern = {
        "day": r"\d{4}-\d{2}-\d{2}",
        "week": r"\d{4}-W\d{2}",
        "month": r"\d{4}-\d{2}",
        "quarter": r"\d{4}-Q[1-4]",
        "year": r"\d{4}",
    }[freq]
    return re.fullmatch(pattern, key) is not None


def in_dyad(event: Mapping[str, Any], first: str, second: str, directed: bool) -> bool:
    """Whether an interstate event speaks about the pair: directed, an act of `first` toward
    `second` or a joint act of both; undirected, an act between them either way. Two countries
    acting together toward a third (both in `source`) are not an event between them."""
    if event.get("interstate") is False:
        return False
    source = set(_codes(event.get("source") or []))
    target = set(_codes(event.get("target") or []))
    if not source:
        return False
    if event.get("symmetric") or not target:
        return {first, second} <= source | target  # a joint act counts for both directions
    forward = first in source and second in target
    return forward or (not directed and second in source and first in target)


def _row(key: str, totals: PeriodTotals, freq: str, coverage: Mapping[str, int] | None) -> dict:
    start, end = period_bounds(key, freq)
    quads = totals.quads
    volume = (coverage or {}).get(key) or 0
    norm = volume or totals.n_sources
    total = totals.intensity_sum
    n_events = totals.n_events
    coop = quads.get("verbal cooperation", 0) + quads.get("material cooperation", 0)
    conflict = quads.get("verbal conflict", 0) + quads.get("material conflict", 0)
    row: dict[str, Any] = {"period": key, "start": start, "end": end, "n_events": n_events}
    row["n_sources"] = totals.n_sources
    for quad, name in QUAD_KEYS:
        row[name] = quads.get(quad, 0)
    row["types"] = dict(sorted(totals.types.items()))
    row["intensity_sum"] = round(total, 2)
    row["intensity_mean"] = round(total / n_events, 2) if n_events else None
    row["coverage"] = volume if coverage is not None else None
    row["cc_index"] = round(total / norm, 3) if norm else None
    row["coop_share"] = round(coop / (coop + conflict), 3) if coop + conflict else None
    return row


@lru_cache(maxsize=65536)
def period_bounds(key: str, freq: str) -> tuple[str, str]:
    """First and last day of a period key."""
    if freq == "year":
        return f"{key}-01-01", f"{key}-12-31"
    if freq == "quarter":
        year, q = int(key[:4]), int(key[-1])
        last_month = q * 3
        last = calendar.monthrange(year, last_month)[1]
        return f"{year}-{last_month - 2:02d}-01", f"{year}-{last_month:02d}-{last:02d}"
    if freq == "month":
        year, month = int(key[:4]), int(key[5:7])
        return f"{key}-01", f"{key}-{calendar.monthrange(year, month)[1]:02d}"
    if freq == "week":
        monday = date.fromisocalendar(int(key[:4]), int(key[6:]), 1)
        return monday.isoformat(), (monday + timedelta(days=6)).isoformat()
    return key, key


@lru_cache(maxsize=1024)  # the same spans come back for every dyad of a store
def _all_periods(first: str, last: str, freq: str) -> tuple[str, ...]:
    out, key = [], first
    while key <= last and len(out) < 100_000:
        out.append(key)
        following = date.fromisoformat(period_bounds(key, freq)[1]) + timedelta(days=1)
        key = period_key(following.isoformat(), "day", freq) or last + "~"
    return tuple(out)


def _rank_from_text(value: str) -> int:
    return 0 if len(value) >= 10 else 1 if len(value) >= 7 else 2


_codes = actor_codes


def plot_index(
    rows: list[dict[str, Any]],
    path: str | Path,
    *,
    dyad: str,
    events: Iterable[Mapping[str, Any]] = (),
) -> None:
    """Draw the index to a PNG or SVG file (by suffix), the strongest events of the dyad
    annotated (events of other pairs are ignored)."""
    from .plot import draw_index  # matplotlib loads only when a plot is asked for

    first, second = parse_dyad(dyad)
    mine = [e for e in events if in_dyad(e, first, second, directed=False)]
    draw_index(rows, Path(path), dyad=dyad, events=mine)
