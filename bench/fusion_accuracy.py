"""Fusion benchmark: pairwise precision and recall of grouping on the team's multi-outlet set.

Every pair of event reports is a positive when the gold says they report one happening; the
fused grouping predicts a pair positive when it puts both in one fused event.
Run: .venv/bin/python bench/fusion_accuracy.py [--max-day-gap N]
"""

from __future__ import annotations

import argparse
import json
import time
from datetime import date, timedelta
from itertools import combinations
from pathlib import Path

from dyadscope.fusion import fuse

DATA = Path(__file__).resolve().parent / "data" / "fusion" / "multi_outlet.jsonl"


def pairwise(gold: dict[str, str], predicted: dict[str, str]) -> tuple[float, float, int, int]:
    tp = fp = fn = 0
    for a, b in combinations(sorted(gold), 2):
        same_gold = gold[a] == gold[b]
        same_pred = predicted[a] == predicted[b]
        tp += same_gold and same_pred
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall, tp + fn, tp + fp


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-day-gap", type=int, default=1)
    parser.add_argument("--show", action="store_true", help="print the fused groups")
    parser.add_argument(
        "--scale", type=int, default=0, help="also time fusion of the set copied N times"
    )
    args = parser.parse_args()
    events = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line]
    gold = {e["event_id"]: e.pop("gold") for e in events}
    started = time.perf_counter()
    fused = fuse(events, max_day_gap=args.max_day_gap)
    elapsed = time.perf_counter() - started
    predicted = {member: f["fused_id"] for f in fused for member in f["members"]}
    precision, recall, n_gold, n_pred = pairwise(gold, predicted)
    if args.show:
        for f in fused:
            labels = sorted({gold[m] for m in f["members"]})
            print(f["fused_id"], f["event_type"], f["date"], f["source_count"], labels)
    print(f"reports {len(events)}  happenings {len(set(gold.values()))}  fused groups {len(fused)}")
    print(f"gold pairs {n_gold}  predicted pairs {n_pred}")
    print(f"pairwise precision {precision:.3f}  recall {recall:.3f}  ({elapsed * 1000:.1f} ms)")
    if args.scale:
        time_scaled(events, args.scale)


def time_scaled(events: list[dict], copies: int) -> None:
    """The set copied with dates moved by 40 days per copy (coarse dates move with them) and
    sentences marked per copy: a long, busy timeline."""
    big = []
    for n in range(copies):
        for e in events:
            evidence = {**e["evidence"], "sentence": f"{e['evidence']['sentence']} ({n})"}
            big.append(
                {
                    **e,
                    "event_id": f"{e['event_id']}-{n}",
                    "date": _shift(e, 40 * n),
                    "evidence": evidence,
                    "doc_id": f"{e['doc_id']}-{n}",
                }
            )
    started = time.perf_counter()
    fused = fuse(big)
    elapsed = time.perf_counter() - started
    rate = len(big) / elapsed
    print(
        f"scale: {len(big)} events -> {len(fused)} fused in {elapsed:.2f} s ({rate:.0f} events/s)"
    )


def _shift(event: dict, days: int) -> str | None:
    value = event.get("date")
    if not value:
        return value
    moved = (date.fromisoformat((value + "-01-01")[:10]) + timedelta(days=days)).isoformat()
    return moved[: len(value)]


if __name__ == "__main__":
    main()
