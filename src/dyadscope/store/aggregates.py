"""The relations index pre-aggregated per dyad and period, rebuilt whenever fusion is.

`index_period_rows` reduces fused events to one `index_periods` row per dyad, side, frequency
and period, with the analysis package's own steps (`in_dyad`, `period_key`, `event_facts`,
`summarise_facts`);
`index_coverage_rows` sums each dyad's daily coverage into periods (`coverage_by_period`).
`Aggregates.index_from_totals` reads them back and finishes the rows with `index_rows`, so an
index served from these tables equals `relations_index` over the same fused events and
coverage (tests/store/test_aggregates.py compares the two on both back ends).

A date window whose ends fall on period boundaries (`is_aligned`) is served from the same rows:
each placed event lies inside its period, so whole periods are in or out; the events too coarse
to place are kept per date span and counted when their span overlaps the window, like the
date filters of `queries.event_conditions`.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

import sqlalchemy as sa

from . import schema as t
from .bridge import (
    FREQS,
    EventFacts,
    PeriodTotals,
    coverage_by_period,
    event_facts,
    in_dyad,
    index_rows,
    period_bounds,
    period_key,
    summarise_facts,
)
from .rows import date_bounds, event_dyads

QUAD_COLUMNS = dict(zip(t.INDEX_QUADS, [q.replace("_", " ") for q in t.INDEX_QUADS], strict=True))


def dyad_sides(event: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(sorted dyad, side) pairs whose index counts the event: `u` undirected, `f` from the
    first country of the sorted dyad to the second, `r` back."""
    out = []
    for dyad in event_dyads(dict(event)):
        first, second = dyad.split("-")
        for side, a, b, directed in (
            ("u", first, second, False),
            ("f", first, second, True),
            ("r", second, first, True),
        ):
            if in_dyad(event, a, b, directed):
                out.append((dyad, side))
    return out


def index_period_rows(fused: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """`index_periods` rows for every dyad, side and frequency of these fused events (the
    steps of `bucket_events` and `summarise`, with each event's facts and periods found once
    rather than once per dyad, side and frequency)."""
    by_side: dict[tuple[str, str], list[int]] = defaultdict(list)
    facts, keys, spans = [], [], []
    for event in fused:
        sides = dyad_sides(event)
        if not sides:
            continue
        for key in sides:
            by_side[key].append(len(facts))
        facts.append(event_facts(event))
        date, precision = event.get("date"), event.get("date_precision")
        keys.append([period_key(date, precision, freq) for freq in FREQS])
        spans.append(_span(date))
    rows = []
    for (dyad, side), members in by_side.items():
        for f, freq in enumerate(FREQS):
            buckets: dict[str, list[EventFacts]] = defaultdict(list)
            unplaced: Counter[str] = Counter()
            for i in members:
                if keys[i][f] is None:
                    unplaced[spans[i]] += 1
                else:
                    buckets[keys[i][f]].append(facts[i])
            for period, group in buckets.items():
                rows.append(_period_row(dyad, side, freq, period, summarise_facts(group)))
            for span, n in unplaced.items():
                rows.append(_period_row(dyad, side, freq, span, PeriodTotals(n)))
    return rows


def _period_row(dyad: str, side: str, freq: str, period: str, totals: PeriodTotals) -> dict:
    row: dict[str, Any] = {"dyad": dyad, "side": side, "freq": freq, "period": period}
    row["n_events"], row["n_sources"] = totals.n_events, totals.n_sources
    quads = totals.quads
    for column, quad in QUAD_COLUMNS.items():
        row[column] = quads.get(quad, 0)
    row["intensity_sum"], row["types"] = totals.intensity_sum, totals.types
    return row


def _span(value: Any) -> str:
    """'first/last' day a coarse date covers, as the event date filters see it; '' if none."""
    lo, hi = date_bounds(value)
    return f"{lo}/{hi}" if lo else ""


def index_coverage_rows(days: Mapping[str, Mapping[str, int]]) -> list[dict[str, Any]]:
    """`index_coverage` rows from each dyad's documents per day (see `coverage_by_day`)."""
    rows = []
    for dyad, per_day in days.items():
        for freq in FREQS:
            for period, documents in coverage_by_period(per_day, freq).items():
                rows.append({"dyad": dyad, "freq": freq, "period": period, "documents": documents})
    return rows


def coverage_days_query() -> sa.Select:
    """Documents per dyad and day over coded events: `coverage_by_day` for every dyad."""
    d, e = t.event_dyads, t.events
    return (
        sa.select(d.c.dyad, d.c.date_lo, sa.func.count(sa.distinct(e.c.doc_id)))
        .join(e, e.c.event_id == d.c.event_id)
        .where(d.c.date_lo != "")
        .group_by(d.c.dyad, d.c.date_lo)
    )


def side_of(pair: tuple[str, str], directed: bool) -> tuple[str, str]:
    """The stored (sorted dyad, side) of a pair as the user wrote it."""
    first, second = pair
    dyad = "-".join(sorted(pair))
    if not directed:
        return dyad, "u"
    return dyad, "f" if first <= second else "r"


def is_aligned(lo: str | None, hi: str | None, freq: str) -> bool:
    """Whether a window starts on a first day and ends on a last day of `freq` periods."""
    try:
        if lo and period_bounds(period_key(lo, "day", freq) or "", freq)[0] != lo:
            return False
        if hi and period_bounds(period_key(hi, "day", freq) or "", freq)[1] != hi:
            return False
    except ValueError:  # not a real day
        return False
    return True


class Aggregates:
    """Reads of the pre-aggregated index; `Store.refresh_fusion` writes the tables."""

    engine: sa.Engine

    def index_from_totals(
        self,
        pair: tuple[str, str],
        freq: str,
        directed: bool,
        lo: str | None = None,
        hi: str | None = None,
    ) -> list[dict[str, Any]]:
        """The relations index of `pair` from the stored totals and coverage, within the
        window [lo, hi] (which must be `is_aligned`) when one is given."""
        dyad, side = side_of(pair, directed)
        p, cov = t.index_periods, t.index_coverage
        totals_stmt = sa.select(p).where(p.c.dyad == dyad, p.c.side == side, p.c.freq == freq)
        coverage_stmt = sa.select(cov.c.period, cov.c.documents).where(
            cov.c.dyad == dyad, cov.c.freq == freq
        )
        totals: dict[str, PeriodTotals] = {}
        unplaced = 0
        with self.engine.connect() as c:
            for row in c.execute(totals_stmt):
                if row.period == "" or "/" in row.period:
                    unplaced += int(row.n_events) if _overlaps(row.period, lo, hi) else 0
                elif _inside(row.period, freq, lo, hi):
                    totals[row.period] = _totals(row)
            volume = {
                period: int(n)
                for period, n in c.execute(coverage_stmt)
                if _inside(period, freq, lo, hi)
            }
        return index_rows(totals, unplaced, freq, volume)


def _inside(period: str, freq: str, lo: str | None, hi: str | None) -> bool:
    if lo is None and hi is None:
        return True
    start, end = period_bounds(period, freq)
    return (lo is None or start >= lo) and (hi is None or end <= hi)


def _overlaps(span: str, lo: str | None, hi: str | None) -> bool:
    """A coarse event's span against the window; undated events count only without one."""
    if lo is None and hi is None:
        return True
    if not span:
        return False
    first, last = span.split("/")
    return (lo is None or last >= lo) and (hi is None or first <= hi)


def _totals(row: Any) -> PeriodTotals:
    m = row._mapping
    return PeriodTotals(
        n_events=int(m["n_events"]),
        n_sources=int(m["n_sources"]),
        quads={quad: int(m[col]) for col, quad in QUAD_COLUMNS.items() if m[col]},
        types=dict(m["types"]),
        intensity_sum=float(m["intensity_sum"]),
    )
