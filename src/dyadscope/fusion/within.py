"""Merging the events of one document that describe one happening.

An article often names its main event several times ("after Putin met Li Qiang", "On November
18, Putin met Li Qiang", "the meeting between Putin and Li"): the coder finds one event per
sentence and this module makes them one, the other sentences kept in `extra_evidence`. Within a
document only events of the same type and actors merge; an undated mention joins a dated one
only when exactly one fits. Dates of one happening within one article may differ by a few
days (a coder dates "after X met Y" at the publication date, "on November 18" exactly), so the
day gap inside a document is WITHIN_DOC_GAP; the earliest precise date is kept.
"""

from __future__ import annotations

from typing import Any

from ..records import Event
from .compat import Report, compatible, make_report

WITHIN_DOC_GAP = 3  # days


def merge_events_of_document(events: list[Event], max_day_gap: int = 1) -> list[Event]:
    max_day_gap = max(max_day_gap, WITHIN_DOC_GAP)
    reports = [make_report(i, _view(e, i)) for i, e in enumerate(events)]
    groups: list[list[Report]] = []
    order = sorted(reports, key=lambda r: (r.rank, r.lo or 0, r.index))
    for report in order:
        fitting = [g for g in groups if all(_fits(report, m, max_day_gap) for m in g)]
        if report.rank == 0 and fitting or len(fitting) == 1:
            fitting[0].append(report)
        else:
            groups.append([report])
    merged = [_merge(events, g) for g in groups]
    return sorted(merged, key=lambda e: (e.evidence.start, e.event_type))


def _fits(a: Report, b: Report, gap: int) -> bool:
    if a.lo is None or b.lo is None:
        # An undated mention of a dated happening: compare everything but the date.
        a = Report(**{**a.__dict__, "lo": 0, "hi": 0, "rank": 0})
        b = Report(**{**b.__dict__, "lo": 0, "hi": 0, "rank": 0})
    return compatible(a, b, gap, same_type=True)


def _merge(events: list[Event], group: list[Report]) -> Event:
    ordered = sorted(group, key=lambda r: (r.rank, r.lo or 0, -r.confidence, r.index))
    keep = events[ordered[0].index]
    for report in sorted(ordered[1:], key=lambda r: r.index):
        other = events[report.index]
        keep.extra_evidence.append(other.evidence)
        keep.extra_evidence.extend(other.extra_evidence)
        keep.contexts = sorted(set(keep.contexts) | set(other.contexts))
        keep.mode = keep.mode or other.mode
        keep.location = keep.location or other.location
        keep.confidence = max(keep.confidence, other.confidence)
        keep.background = keep.background and other.background
        if keep.trigger is None:
            keep.trigger = other.trigger
    seen = {(keep.evidence.start, keep.evidence.end)}
    unique = []
    for ev in sorted(keep.extra_evidence, key=lambda ev: (ev.start, ev.end)):
        if (ev.start, ev.end) not in seen:  # two triggers in one sentence: one evidence
            seen.add((ev.start, ev.end))
            unique.append(ev)
    keep.extra_evidence = unique
    return keep


def _view(event: Event, index: int) -> dict[str, Any]:
    """The fields fusion compares, without touching the event (no id assigned)."""
    return {
        "event_id": event.event_id or f"#{index}",
        "doc_id": event.doc_id,
        "event_type": event.event_type,
        "mode": event.mode,
        "source": [a.to_dict() | {"igo": a.igo} for a in event.source],
        "target": [a.to_dict() | {"igo": a.igo} for a in event.target],
        "symmetric": event.symmetric,
        "date": event.date,
        "date_precision": event.date_precision,
        "location": event.location,
        "evidence": event.evidence.to_dict(),
        "confidence": event.confidence,
    }
