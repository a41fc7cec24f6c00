"""Fusion across documents: group reports of one happening, choose canonical values, keep ids.

Reports are blocked by their actor country set and bucketed by month, so each report is only
compared with groups of the same actors in the months its date allows. Precise reports are
placed first (day, then month, then year): a coarse report joins a group only when one group
fits, or when one fits clearly better than the others, and only a group that shares its type
or much of its wording; otherwise it stays on its own. A report without a date joins only a
group that holds the very same sentence (syndication).
Joining requires compatibility with every member (complete link), so chains of
one-day gaps never grow into a week. The syndication shortcut obeys complete link too, and its
few days of slack apply only between day-precise dates: a copy may be re-dated against another
publication day, but "November 2022" never becomes "November 2023" through a chain of copies,
and a year or month never spills into the next one.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from .compat import (
    MIN_SENTENCE_KEY,
    Report,
    compatible,
    make_report,
    same_sentence,
    similarity,
    word_overlap,
)

COARSE_MARGIN = 1.5  # similarity lead a coarse report needs over the second-best group
SYNDICATION_DAYS = 7  # a copied sentence dated this far apart still reports one happening
COARSE_WORDS = 0.3  # evidence-word overlap a coarse report of another type needs to join


class Group:
    def __init__(self, first: Report) -> None:
        self.members = [first]
        self.lo, self.hi = first.lo, first.hi

    def add(self, report: Report) -> None:
        self.members.append(report)
        if report.lo is not None and (self.lo is None or report.rank < self.rank()):
            self.lo, self.hi = report.lo, report.hi

    def rank(self) -> int:
        return min(m.rank for m in self.members)

    def fits(self, report: Report, gap: int) -> bool:
        return all(compatible(report, m, gap) for m in self.members)

    def score(self, report: Report) -> float:
        return max(similarity(report, m) for m in self.members)


def group_reports(reports: list[Report], max_day_gap: int) -> list[list[Report]]:
    """Partition the reports into happenings."""
    blocks: dict[frozenset[str], list[Report]] = defaultdict(list)
    for report in reports:
        blocks[report.countries].append(report)
    groups: list[Group] = []
    for block in blocks.values():
        groups.extend(_group_block(block, max_day_gap))
    return [g.members for g in groups]


def _group_block(block: list[Report], gap: int) -> list[Group]:
    groups: list[Group] = []
    buckets: dict[tuple[int, int], list[Group]] = defaultdict(list)
    by_sentence: dict[str, list[Group]] = defaultdict(list)
    for report in sorted(block, key=lambda r: (r.rank, r.lo or 0, r.index)):
        chosen = _by_sentence(report, by_sentence.get(report.sentence_key, []), gap)
        if chosen is None and report.lo is not None:
            candidates = _candidates(report, buckets, gap)
            chosen = _choose(report, [g for g in candidates if g.fits(report, gap)])
        if chosen is None:
            chosen = Group(report)
            groups.append(chosen)
            for key in _months(chosen.lo, chosen.hi):
                buckets[key].append(chosen)
        else:
            chosen.add(report)
        if len(report.sentence_key) > MIN_SENTENCE_KEY:
            by_sentence[report.sentence_key].append(chosen)
    return groups


def _by_sentence(report: Report, groups: list[Group], gap: int) -> Group | None:
    """A group holding a copy of the report's sentence that the report fits as a whole;
    ambiguous choices (an undated copy of a sentence reported in two years) stay apart."""
    unique = list({id(g): g for g in groups}.values())
    return _choose(report, [g for g in unique if _fits_copy(report, g, gap)])


def _fits_copy(report: Report, group: Group, gap: int) -> bool:
    """Complete link for syndicated copies: every member agrees with the report on all but
    small date differences (`_dates_near`), and at least one member has the same sentence."""
    if not any(same_sentence(report, m) for m in group.members):
        return False
    return all(_same_kind(report, m, gap) for m in group.members)


def _same_kind(a: Report, b: Report, gap: int) -> bool:
    """A copied sentence may carry a date resolved against another publication day, or none:
    compare all but the date, which may be missing or a few days off."""
    if not _dates_near(a, b):
        return False
    a_free = Report(**{**a.__dict__, "lo": 0, "hi": 0, "rank": 0})
    b_free = Report(**{**b.__dict__, "lo": 0, "hi": 0, "rank": 0})
    return compatible(a_free, b_free, gap)


def _dates_near(a: Report, b: Report) -> bool:
    """Dates of two copies of one report: any when one is missing; a few days apart when both
    are days; otherwise the coarser must contain the other (2023 never touches 2022-12-28)."""
    if a.lo is None or b.lo is None or a.hi is None or b.hi is None:
        return True
    slack = SYNDICATION_DAYS if a.rank == 0 and b.rank == 0 else 0
    return a.lo <= b.hi + slack and b.lo <= a.hi + slack


def _candidates(
    report: Report, buckets: dict[tuple[int, int], list[Group]], gap: int
) -> list[Group]:
    seen: dict[int, Group] = {}
    for key in _months(report.lo - gap, report.hi + gap):
        for group in buckets.get(key, ()):
            seen.setdefault(id(group), group)
    return list(seen.values())


def _choose(report: Report, fitting: list[Group]) -> Group | None:
    if report.rank > 0:
        fitting = [g for g in fitting if _alike(report, g)]
    if not fitting:
        return None
    ranked = sorted(fitting, key=lambda g: g.score(report), reverse=True)
    if report.rank == 0 or len(ranked) == 1:
        return ranked[0]
    if ranked[0].score(report) - ranked[1].score(report) >= COARSE_MARGIN:
        return ranked[0]
    return None  # ambiguous: a coarse report that fits several happenings stays apart


def _alike(report: Report, group: Group) -> bool:
    """A month, a year or no date says little: a coarse report joins only a group that shares
    its type or much of its wording, not merely its countries and a near type in that month."""
    return any(
        m.event_type == report.event_type or word_overlap(report, m) >= COARSE_WORDS
        for m in group.members
    )


def _months(lo: int | None, hi: int | None) -> list[tuple[int, int]]:
    if lo is None or hi is None:
        return []
    first, last = date.fromordinal(lo), date.fromordinal(hi)
    out, y, m = [], first.year, first.month
    while (y, m) <= (last.year, last.month):
        out.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def fuse_events(
    events: Iterable[Mapping[str, Any]], existing: Mapping[str, str], max_day_gap: int
) -> list[dict[str, Any]]:
    records = [dict(e) for e in events]
    reports = [make_report(i, e) for i, e in enumerate(records)]
    groups = group_reports(reports, max_day_gap)
    ids = assign_ids(groups, existing)
    fused = [_fused_record(g, records, fid) for g, fid in zip(groups, ids, strict=True)]
    fused.sort(key=lambda f: (f.get("date") or "", f["fused_id"]))
    return fused


def assign_ids(groups: list[list[Report]], existing: Mapping[str, str]) -> list[str]:
    """Keep the fused id most members had before; a group split from an older one keeps the id
    only if it is the larger part. New groups get an id derived from their smallest member id."""
    claims: list[tuple[int, str, int]] = []  # (-votes, id, group index)
    for i, group in enumerate(groups):
        votes = Counter(existing[m.event_id] for m in group if m.event_id in existing)
        for fid, n in votes.items():
            claims.append((-n, fid, i))
    ids: list[str | None] = [None] * len(groups)
    taken: set[str] = set()
    for _, fid, i in sorted(claims):
        if ids[i] is None and fid not in taken:
            ids[i] = fid
            taken.add(fid)
    for i, group in enumerate(groups):
        if ids[i] is None:
            seed = min(m.event_id for m in group)
            fid = "f" + hashlib.sha1(seed.encode()).hexdigest()[:15]
            while fid in taken:
                fid = "f" + hashlib.sha1(fid.encode()).hexdigest()[:15]
            ids[i] = fid
            taken.add(fid)
    return [fid for fid in ids if fid is not None]


def _fused_record(group: list[Report], records: list[dict[str, Any]], fid: str) -> dict[str, Any]:
    votes: Counter[str] = Counter()
    for m in group:
        votes[m.event_type] += m.confidence
    etype = max(votes, key=lambda t: (votes[t], t))
    rep = min(
        (m for m in group if m.event_type == etype), key=lambda m: (m.rank, -m.confidence, m.index)
    )
    out = dict(records[rep.index])
    members = [records[m.index] for m in group]
    out.update(_canonical_date(group, records))
    out["event_type"] = etype
    out["mode"] = _majority(r.get("mode") for r in members) or out.get("mode")
    out["location"] = _majority(r.get("location") for r in members) or out.get("location")
    out["contexts"] = sorted({c for r in members for c in r.get("contexts") or []})
    out["confidence"] = round(1 - _product(1 - m.confidence for m in group) * 1.0, 3)
    out["confidence"] = min(out["confidence"], 0.99)
    out["interstate"] = any(r.get("interstate") for r in members)
    out["background"] = all(r.get("background") for r in members)
    out["fused_id"] = out["event_id"] = fid
    out["members"] = [m.event_id for m in group]
    out["doc_ids"] = sorted({m.doc_id for m in group})
    out["source_count"] = len(out["doc_ids"])
    out["evidence_list"] = [_evidence(r) for r in members]
    return out


def _canonical_date(group: list[Report], records: list[dict[str, Any]]) -> dict[str, Any]:
    best = min(m.rank for m in group)
    values = Counter(records[m.index].get("date") for m in group if m.rank == best)
    if not values or best > 2:
        return {"date": None, "date_precision": "unknown"}
    value = min(values, key=lambda v: (-values[v], str(v)))
    precision = {0: "day", 1: "month", 2: "year"}[best]
    return {"date": value, "date_precision": precision}


def _majority(values: Iterable[Any]) -> Any:
    counts = Counter(v for v in values if v)
    if not counts:
        return None
    return min(counts, key=lambda v: (-counts[v], str(v)))


def _product(values: Iterable[float]) -> float:
    out = 1.0
    for v in values:
        out *= v
    return out


def _evidence(record: Mapping[str, Any]) -> dict[str, Any]:
    evidence = dict(record.get("evidence") or {})
    evidence["doc_id"] = record.get("doc_id")
    evidence["event_id"] = record.get("event_id")
    evidence["extra"] = list(record.get("extra_evidence") or [])
    return evidence
