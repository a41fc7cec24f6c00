"""Diagnostic check: the event coder on the team's own articles (run by hand).

`bench/data/team_gold/` holds 16 short wire-style articles and their document gold, written
before anyone looked at the coder's rules (see that folder's README). The articles go through
`dyadscope.workflow.extract` (the same path as `dyadscope extract`) and the events are scored
with `dyadscope.eval.score_documents` (SPEC section 7). The set was held out until its misses
were read for general causes (see that folder's README); rules must still never be written
for one of its sentences.

Usage: python bench/team_gold.py [--verbose]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from dyadscope.eval import DocumentScore, score_documents
from dyadscope.eval.scoring import actor_codes
from dyadscope.workflow import extract

DATA = Path(__file__).resolve().parent / "data" / "team_gold"


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def predict(articles: Path) -> tuple[list[dict], list[str]]:
    """Every coded event of the articles, plus a line for each document that did not come out ok."""
    preds: list[dict] = []
    problems: list[str] = []
    for doc in extract([articles]):
        if doc.status != "ok":
            problems.append(f"{doc.doc_id}: {doc.status} {doc.error or ''}".strip())
        preds.extend(event.to_dict() for event in doc.events)
    return preds, problems


def _codes(actors) -> str:
    return ",".join(sorted(actor_codes(actors))) or "-"


def print_score(score: DocumentScore, verbose: bool) -> None:
    summary = score.summary()
    print(
        f"precision {summary['precision']:.3f}  recall {summary['recall']:.3f}"
        f"  F1 {summary['f1']:.3f}  (hits {score.hits}, misses {score.misses},"
        f" false positives {score.false_positives}, optional matched {score.optional_hits})"
    )
    print("per type        hit miss  fp")
    for etype, counts in sorted(score.per_type.items()):
        print(f"  {etype:11s} {counts['hit']:4d} {counts['miss']:4d} {counts['false_positive']:4d}")
    if not verbose:
        return
    print("\nmissed required gold events:")
    for gold in score.missed:
        who = f"{','.join(gold['source'])} -> {','.join(gold['target']) or '(sym)'}"
        print(
            f"  MISS {gold['doc']:24s} {gold['type']:9s} {who:22s} {gold['date']}"
            f" | {gold.get('evidence', '')[:90]}"
        )
    print("\nfalse positives:")
    for pred in score.spurious:
        who = f"{_codes(pred.get('source'))} -> {_codes(pred.get('target'))}"
        sentence = (pred.get("evidence") or {}).get("sentence", "")
        print(
            f"  FP   {pred['doc_id']:24s} {pred['event_type']:9s} {who:22s} {pred.get('date')}"
            f" | {sentence[:90]}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list misses and false positives")
    args = parser.parse_args(argv)
    gold = read_jsonl(DATA / "gold.jsonl")
    started = time.perf_counter()
    preds, problems = predict(DATA / "articles.jsonl")
    elapsed = time.perf_counter() - started
    required = sum(e.get("required", True) for row in gold for e in row["events"])
    print(
        f"team gold: {len(gold)} articles, {required} required gold events;"
        f" {len(preds)} predicted events in {elapsed:.1f} s"
    )
    for line in problems:
        print(f"  document not ok: {line}")
    print_score(score_documents(gold, preds), args.verbose)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
