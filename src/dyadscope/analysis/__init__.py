"""Analysis over coded events and registries: the relations index and its chart, and registry
rows consolidated across documents."""

from __future__ import annotations

from .index import (
    PeriodTotals,
    bucket_events,
    in_dyad,
    index_rows,
    period_key,
    plot_index,
    relations_index,
    summarise,
)
from .registries import consolidate, consolidate_milestones

__all__ = [
    "PeriodTotals",
    "bucket_events",
    "consolidate",
    "consolidate_milestones",
    "in_dyad",
    "index_rows",
    "period_key",
    "plot_index",
    "relations_index",
    "summarise",
]
