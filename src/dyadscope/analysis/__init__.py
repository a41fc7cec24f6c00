"""Analysis over coded events and registries: the relations index and its chart, and registry
rows consolidated across documents."""

from __future__ import annotations

from .index import period_key, plot_index, relations_index
from .registries import consolidate, consolidate_milestones

__all__ = ["consolidate", "consolidate_milestones", "period_key", "plot_index", "relations_index"]
