"""The two calls into the fusion and analysis packages, in one place.

`dyadscope.fusion.fuse` groups coded events into fused ones and
`dyadscope.analysis.index.relations_index` computes the relations index. While either is
missing (it is built in parallel), a plain fallback keeps the store and the dashboard
working: one fused event per coded event, and an index of counts and mean intensity.
"""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from datetime import date
from typing import Any

LOGGER = logging.getLogger(__name__)

FREQS = ("day", "week", "month", "quarter", "year")
QUADS = (
    "verbal cooperation",
    "material cooperation",
    "neutral",
    "verbal conflict",
    "material conflict",
)


def _find_fuse() -> Callable[..., list[dict[str, Any]]] | None:
    try:
        from ..fusion import fuse  # type: ignore[attr-defined]
    except ImportError:
        return None
    return fuse


def _find_index() -> Callable[..., list[dict[str, Any]]] | None:
    try:
        from ..analysis.index import relations_index
    except ImportError:
        return None
    return relations_index


def fuse_events(events: Iterable[dict[str, Any]], existing: Mapping[str, str]) -> list[dict]:
    """Fused event dicts (`fused_id`, `members`, `doc_ids`, `source_count` + SPEC fields)."""
    fuse = _find_fuse()
    if fuse is not None:
        return fuse(events, existing)
    LOGGER.info("dyadscope.fusion.fuse not available: one fused event per coded event")
    return [_single(e, existing) for e in events]


def _single(event: dict[str, Any], existing: Mapping[str, str]) -> dict[str, Any]:
    fused_id = existing.get(event["event_id"]) or "f" + event["event_id"]
    return {
        **event,
        "fused_id": fused_id,
        "members": [event["event_id"]],
        "doc_ids": [event["doc_id"]],
        "source_count": 1,
    }


def relations_index(
    events: Iterable[dict[str, Any]],
    dyad: str,
    freq: str,
    directed: bool = False,
    coverage: Mapping[str, int] | None = None,
) -> list[dict[str, Any]]:
    """One row per period of the dyad's relations index."""
    compute = _find_index()
    if compute is not None:
        return compute(events, dyad, freq, directed=directed, coverage=coverage)
    return _simple_index(events, freq, directed, dyad)


def period_of(day: str, freq: str) -> str:
    """The label of the period holding `day` (YYYY-MM-DD): 2024-05-03 → 2024-W18, 2024-05,
    2024-Q2 or 2024."""
    if freq == "day":
        return day
    if freq == "month":
        return day[:7]
    if freq == "year":
        return day[:4]
    if freq == "quarter":
        return f"{day[:4]}-Q{(int(day[5:7]) - 1) // 3 + 1}"
    year, week, _ = date.fromisoformat(day).isocalendar()
    return f"{year}-W{week:02d}"


def _simple_index(
    events: Iterable[dict[str, Any]], freq: str, directed: bool, dyad: str
) -> list[dict[str, Any]]:
    """Counts per quad class and summed intensity per period, in the analysis package's row
    format; `cc_index` is the summed intensity per reporting document. Events dated less
    precisely than the period are left out (they cannot be placed)."""
    need = {"day": 0, "week": 0, "month": 1, "quarter": 1, "year": 2}[freq]
    first = dyad.split("-")[0]
    rows: dict[str, dict[str, Any]] = defaultdict(
        lambda: {"quads": Counter(), "vals": [], "docs": set()}
    )
    for event in events:
        rank = {"day": 0, "month": 1, "year": 2}.get(event.get("date_precision") or "")
        if rank is None or rank > need or not event.get("date"):
            continue
        if directed and first not in {_code(a) for a in event.get("source") or []}:
            continue
        day = (event["date"] + "-01-01")[:10] if rank else event["date"]
        row = rows[period_of(day, freq)]
        row["quads"][event.get("quad_class") or "neutral"] += 1
        row["vals"].append(float(event.get("intensity") or 0.0))
        row["docs"].update(event.get("doc_ids") or [event.get("doc_id")])
    return [_row(period, rows[period]) for period in sorted(rows)]


def _code(actor: dict[str, Any]) -> str | None:
    return f"IGO:{actor['igo']}" if actor.get("igo") else actor.get("country")


def _row(period: str, row: dict[str, Any]) -> dict[str, Any]:
    vals, quads, docs = row["vals"], row["quads"], row["docs"] - {None}
    out: dict[str, Any] = {"period": period, "n_events": len(vals), "n_sources": len(docs)}
    out.update({q.replace(" ", "_"): quads[q] for q in QUADS})
    out["intensity_sum"] = round(sum(vals), 2)
    out["intensity_mean"] = round(sum(vals) / len(vals), 2) if vals else None
    out["cc_index"] = round(sum(vals) / len(docs), 3) if docs else None
    return out
