"""Fusion: one record per real-world happening.

`merge_within_document` joins the events of one document that repeat one happening (the coder
calls it); `fuse` groups the events of many documents and returns fused records with their
sources, evidence and a stable `fused_id` (the store calls it).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from ..records import Event
from .merge import fuse_events
from .within import merge_events_of_document

__all__ = ["DEFAULT_MAX_DAY_GAP", "fuse", "merge_within_document"]

DEFAULT_MAX_DAY_GAP = 1  # settings.toml fusion.max_day_gap


def fuse(
    events: Iterable[Mapping[str, Any]],
    existing: Mapping[str, str] = {},  # noqa: B006 - read only
    *,
    max_day_gap: int = DEFAULT_MAX_DAY_GAP,
) -> list[dict[str, Any]]:
    """Group event records (SPEC section 3 dicts with `doc_id`) that report one happening.

    `existing` maps event_id → fused_id from earlier runs, so ids stay stable as documents
    are added. Each returned record has the SPEC fields with canonical values chosen by
    agreement (type by confidence-weighted vote, the most precise date, majority mode and
    place, union of contexts), `event_id` equal to `fused_id`, and `members` (event ids),
    `doc_ids`, `source_count` and `evidence_list` (one evidence per member with its doc_id).
    """
    return fuse_events(events, existing, max_day_gap)


def merge_within_document(
    events: list[Event], max_day_gap: int = DEFAULT_MAX_DAY_GAP
) -> list[Event]:
    """Merge events of one document that describe one happening into one event whose
    `extra_evidence` holds the other sentences. Events of different documents are never merged
    here: call it once per document."""
    by_doc: dict[str, list[Event]] = {}
    for event in events:
        by_doc.setdefault(event.doc_id, []).append(event)
    out: list[Event] = []
    for doc_events in by_doc.values():
        out.extend(merge_events_of_document(doc_events, max_day_gap))
    return out
