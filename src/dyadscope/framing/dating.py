"""Dating undated documents from what they say about time.

Signals, each a year with a weight: anniversaries whose base year the tables know (`75th
anniversary of diplomatic ties` of a pair established in 1949 → 2024, moved by "next year" or
"last year" cues) and numbered editions of known series (`29th regular meeting` → 2024). The
year with the most weight wins. A complete date written in the text ("November 20, 2025") in
that year — or, without any other signal, the latest one — gives day precision.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from ..records import Document
from .context import full_dates
from .mechanisms import Edition
from .milestones import Anniversary


@dataclass(frozen=True)
class InferredDate:
    date: str
    precision: str
    reason: str


def infer_date(
    doc: Document, anniversaries: list[Anniversary], editions: list[Edition]
) -> InferredDate | None:
    votes: dict[int, float] = defaultdict(float)
    reasons: dict[int, list[str]] = defaultdict(list)
    for a in anniversaries:
        if a.base_year is None:
            continue
        year = a.base_year + a.ordinal - (a.cue_offset or 0)
        votes[year] += a.cue_weight or 0.5
        reasons[year].append(
            f"'{_ordinal(a.ordinal)} anniversary of {a.name}' ({a.base_year}+{a.ordinal})"
        )
    for e in editions:
        if e.year is None:
            continue
        votes[e.year] += e.weight
        reasons[e.year].append(f"'{_ordinal(e.ordinal)} {e.name}' ({e.label})")
    dates = sorted(full_dates(doc.text))
    if not votes:
        if not dates:
            return None
        return InferredDate(dates[-1], "day", f"latest full date written in the text ({dates[-1]})")
    year = max(votes, key=lambda y: (votes[y], -abs(y - _latest_year(dates, y))))
    reason = "; ".join(dict.fromkeys(reasons[year]))
    same_year = [d for d in dates if d.startswith(str(year))]
    if same_year:
        return InferredDate(same_year[-1], "day", f"{reason}; latest full date {same_year[-1]}")
    return InferredDate(str(year), "year", reason)


def _latest_year(dates: list[str], default: int) -> int:
    return int(dates[-1][:4]) if dates else default


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
