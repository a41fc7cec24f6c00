"""The store's calls into the fusion and analysis packages, in one place.

`dyadscope.fusion.fuse` groups coded events into fused ones when fusion is refreshed;
`dyadscope.analysis.index` computes the relations index, from events or from the totals the
store keeps per dyad and period (`store/aggregates.py`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from ..analysis.index import (
    FREQS,
    EventFacts,
    PeriodTotals,
    coverage_by_period,
    event_facts,
    in_dyad,
    index_rows,
    period_bounds,
    period_key,
    relations_index,
    summarise_facts,
)
from ..fusion import fuse

__all__ = [
    "FREQS",
    "EventFacts",
    "PeriodTotals",
    "coverage_by_period",
    "event_facts",
    "fuse_events",
    "in_dyad",
    "index_rows",
    "period_bounds",
    "period_key",
    "relations_index",
    "summarise_facts",
]


def fuse_events(events: Iterable[dict[str, Any]], existing: Mapping[str, str]) -> list[dict]:
    """Fused event dicts (`fused_id`, `members`, `doc_ids`, `source_count` + SPEC fields)."""
    return fuse(events, existing)
