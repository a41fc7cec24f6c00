"""Registries across documents: one row per agreement, mechanism or anniversary however many
articles name it, and a consistency check of anniversary base years.

Input rows are registry records as dicts (`dataclasses.asdict` of records.Agreement,
Mechanism, Milestone, Verdict, plus `doc_id`); the store or the core object calls these
before answering `dyadscope agreements|mechanisms|milestones`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

_LEADING = re.compile(
    r"^(?:the\s+)?(?:(?:establishment|signing|founding|creation|launch|conclusion)\s+of\s+)?"
    r"(?:the\s+)?",
    re.IGNORECASE,
)


def name_key(name: str) -> str:
    """A comparison key for registry names: lower case, no leading "the establishment of",
    no possessives, pair words in one order ("Russia-China" = "China-Russia")."""
    text = _LEADING.sub("", name.strip())
    text = re.sub(r"[’']s\b", "", text.lower()).replace("–", "-")
    words = []
    for word in re.findall(r"[\w-]+", text):
        if word in {"the", "a", "an", "cross", "revised"}:
            continue
        parts = word.split("-")
        words.append("-".join(sorted(parts)) if len(parts) == 2 and all(parts) else word)
    return " ".join(words)


def consolidate_milestones(items: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """One row per commemorated event and parties, with the base year most documents imply,
    every base year seen and whether they agree (a disagreement flags a misread ordinal or
    year in some article)."""
    groups: dict[tuple[str, tuple[str, ...]], list[Mapping[str, Any]]] = {}
    for item in items:
        key = (name_key(str(item.get("name") or "")), tuple(sorted(item.get("parties") or [])))
        groups.setdefault(key, []).append(item)
    rows = []
    for (_, parties), members in groups.items():
        bases = Counter(m.get("base_year") for m in members if m.get("base_year") is not None)
        base = min(bases, key=lambda b: (-bases[b], b)) if bases else None
        rows.append(
            {
                "name": _most_common(m.get("name") for m in members),
                "parties": list(parties),
                "base_year": base,
                "base_years": dict(sorted(bases.items())),
                "consistent": len(bases) <= 1,
                "n_docs": len({m.get("doc_id") for m in members}),
                "mentions": [
                    {k: m.get(k) for k in ("doc_id", "ordinal", "year", "base_year")}
                    for m in members
                ],
            }
        )
    return sorted(rows, key=lambda r: (r["base_year"] or 0, r["name"]))


def annotate_milestones(items: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """The milestones as given, each with `base_year_consensus` (what the documents naming the
    same anniversary agree on) and `consistent` (whether this row agrees with it)."""
    items = [dict(i) for i in items]
    consensus = {}
    for row in consolidate_milestones(items):
        for mention in row["mentions"]:
            consensus[(mention["doc_id"], mention["ordinal"], _key_of(row))] = row["base_year"]
    for item in items:
        agreed = consensus.get((item.get("doc_id"), item.get("ordinal"), _key_of(item)))
        item["base_year_consensus"] = agreed
        base = item.get("base_year")
        item["consistent"] = None if base is None or agreed is None else base == agreed
    return items


def _key_of(item: Mapping[str, Any]) -> tuple[str, tuple[str, ...]]:
    return name_key(str(item.get("name") or "")), tuple(sorted(item.get("parties") or []))


def consolidate(
    items: Iterable[Mapping[str, Any]], *, name_field: str = "name"
) -> list[dict[str, Any]]:
    """Agreements or mechanisms named by several documents as one row each: same name key,
    parties, ordinal and year. Keeps the most precise date and lists the documents."""
    groups: dict[tuple[Any, ...], list[Mapping[str, Any]]] = {}
    for item in items:
        year = str(item.get("date") or "")[:4] or None
        key = (
            name_key(str(item.get(name_field) or "")),
            tuple(sorted(item.get("parties") or [])),
            item.get("ordinal"),
            year,
        )
        groups.setdefault(key, []).append(item)
    rows = []
    for members in groups.values():
        best = max(members, key=lambda m: len(str(m.get("date") or "")))
        row = {k: v for k, v in best.items() if k != "evidence"}
        row[name_field] = _most_common(m.get(name_field) for m in members)
        row["doc_ids"] = sorted({str(m.get("doc_id")) for m in members})
        row["n_docs"] = len(row["doc_ids"])
        row["domains"] = sorted({d for m in members for d in m.get("domains") or []}) or row.get(
            "domains"
        )
        rows.append(row)
    return sorted(rows, key=lambda r: (str(r.get("date") or ""), str(r.get(name_field))))


def _most_common(values: Iterable[Any]) -> Any:
    counts = Counter(v for v in values if v)
    return min(counts, key=lambda v: (-counts[v], str(v))) if counts else None
