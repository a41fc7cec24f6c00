"""Actor diagnostics on the annotated VOA development stories (run by hand, not in CI).

Runs the whole pipeline on the stories that have gold in `../shared/gold/voa_dev.jsonl` and
prints, for every false positive, the source and target actors with the `reason` the resolver
recorded, and for every missed gold event the actor mentions of the sentences around its
evidence. Actor errors (a wrong country for a person, an organisation read as a state) show up
here first; event-type errors belong to the coder.

Usage: python bench/actors_voa.py [--doc ID] [--mentions]
  --doc ID     only this story
  --mentions   also list every person and organisation mention of the stories with its reason
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from dyadscope import pipeline
from dyadscope.config import load_options
from dyadscope.eval import score_documents
from dyadscope.records import Actor, Document

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def stories(ids: set[str]) -> list[Document]:
    docs = []
    for row in read_jsonl(SHARED / "corpus" / "voa_dev_stories.jsonl"):
        if str(row["id"]) in ids:
            docs.append(
                Document(
                    doc_id=str(row["id"]),
                    text=row["text"],
                    title=row.get("title"),
                    published=row["published"].replace(" ", "T"),
                    published_precision="second",
                )
            )
    return docs


def describe(actor: Actor) -> str:
    return f"{actor.text!r} → {actor.code} {actor.sector or '-'} [{actor.reason}]"


def print_spurious(score, events_by_id: dict) -> None:
    for pred in score.spurious:
        event = events_by_id.get(pred["event_id"])
        sentence = pred["evidence"]["sentence"][:100]
        print(f"SPURIOUS {pred['doc_id']} {pred['event_type']} | {sentence}")
        if event is None:
            continue
        for side in ("source", "target"):
            for actor in getattr(event, side):
                print(f"    {side}: {describe(actor)}")


def print_missed(score, docs: dict[str, Document]) -> None:
    for gold in score.missed:
        doc = docs.get(str(gold["doc"]))
        evidence = gold.get("evidence", "")
        who = f"{gold['source']} {gold['target']}"
        print(f"MISSED {gold['doc']} {gold['type']} {who} | {evidence[:90]}")
        if doc is None or not evidence:
            continue
        at = doc.text.find(evidence[:40])
        if at < 0:
            continue
        for mention in doc.mentions:
            if at - 200 <= mention.start <= at + len(evidence) and mention.actor is not None:
                print(f"    {describe(mention.actor)}")


def print_mentions(docs: dict[str, Document]) -> None:
    for doc in docs.values():
        print(f"\n== {doc.doc_id} {doc.title}")
        for mention in doc.mentions:
            actor = mention.actor
            if actor is not None and actor.kind in {"person", "organisation", "group"}:
                print(f"  {mention.start:5d} {describe(actor)}")


def main() -> int:
    parser = argparse.ArgumentParser(description="actor diagnostics on the VOA dev stories")
    parser.add_argument("--doc")
    parser.add_argument("--mentions", action="store_true")
    args = parser.parse_args()
    if not SHARED.exists():
        print(f"shared data not found at {SHARED}", file=sys.stderr)
        return 2
    gold = read_jsonl(SHARED / "gold" / "voa_dev.jsonl")
    if args.doc:
        gold = [row for row in gold if str(row["doc"]) == args.doc]
    options = load_options()
    docs = {d.doc_id: d for d in pipeline.process(stories({str(r["doc"]) for r in gold}), options)}
    events = [e for d in docs.values() for e in d.events]
    events_by_id = {e.assign_id() if not e.event_id else e.event_id: e for e in events}
    preds = [e.to_dict() for e in events]
    score = score_documents(gold, preds)
    print(f"VOA dev: {json.dumps(score.summary())}")
    print_spurious(score, events_by_id)
    print_missed(score, docs)
    if args.mentions:
        print_mentions(docs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
