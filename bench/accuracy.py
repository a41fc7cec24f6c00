"""Accuracy of the event coder on the shared development gold (run by hand, not in CI).

Runs the whole pipeline (nlp → actors → framing → coding) on
  - the seed pages (`../shared/seeds`, gold `../shared/gold/seeds.jsonl`),
  - the 20 annotated VOA dev stories (`../shared/corpus/voa_dev_stories.jsonl`,
    gold `../shared/gold/voa_dev.jsonl`),
  - the PLOVER GSR dev sentences (`../shared/gold/plover_gsr_dev.jsonl`), each as a
    one-sentence document dated 2000-01-01 whose doc_id is the sentence id,
and prints precision/recall/F1, per-type figures and the GSR per-type confusion table.

Other gold in the same formats can stand in for the shared dev sets: `--voa-gold` (with
`--articles` for stories outside the shared corpus) and `--gsr-gold`.

Usage: python bench/accuracy.py [--only seeds|voa|gsr] [--verbose] [--workers N]
                                [--voa-gold GOLD [--articles STORIES]] [--gsr-gold SENTENCES]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from dyadscope import pipeline
from dyadscope.config import load_options
from dyadscope.eval import score_documents, score_sentences
from dyadscope.eval.scoring import countries_agree, dates_agree
from dyadscope.records import Document

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def seed_documents(gold: list[dict], options) -> Iterator[Document]:
    """The seed pages through ingest when it is there; else the gold's clean body."""
    folder = SHARED / "seeds"
    try:
        from dyadscope import ingest

        yield from ingest.run([folder], options)
        return
    except (ImportError, AttributeError, NotImplementedError):
        pass
    for row in gold:
        published = row.get("published")
        yield Document(
            doc_id=row["doc"],
            text="\n".join(row["body"]),
            title=row.get("title"),
            published=published,
            published_precision=_precision(published),
        )


def _precision(published: str | None) -> str:
    if not published:
        return "unknown"
    return {4: "year", 7: "month", 10: "day"}.get(len(published), "minute")


def voa_documents(gold_ids: set[str], stories: Path | None = None) -> Iterator[Document]:
    for row in read_jsonl(stories or SHARED / "corpus" / "voa_dev_stories.jsonl"):
        if str(row["id"]) not in gold_ids:
            continue
        published = row["published"].replace(" ", "T")
        yield Document(
            doc_id=str(row["id"]),
            text=row["text"],
            title=row.get("title"),
            published=published,
            published_precision="second",
            url=row.get("url"),
        )


def gsr_documents(rows: list[dict]) -> Iterator[Document]:
    for row in rows:
        yield Document(
            doc_id=row["id"],
            text=row["text"].strip(),
            published="2000-01-01",
            published_precision="day",
        )


def extract(docs, options) -> tuple[list[dict], int, float]:
    started = time.perf_counter()
    preds, count = [], 0
    for doc in pipeline.process(docs, options):
        count += 1
        preds.extend(e.to_dict() for e in doc.events)
    return preds, count, time.perf_counter() - started


def report_documents(name: str, gold: list[dict], preds: list[dict], verbose: bool) -> None:
    score = score_documents(gold, preds)
    print(f"\n== {name}: {json.dumps(score.summary())}")
    print("   per type (hit/miss/false positive):")
    for etype, counts in sorted(score.per_type.items()):
        print(
            f"     {etype:10s} {counts['hit']:3d} {counts['miss']:3d} {counts['false_positive']:3d}"
        )
    if verbose:
        for gold_event in score.missed:
            print(
                "   MISSED",
                gold_event["doc"],
                gold_event["type"],
                gold_event["source"],
                gold_event["target"],
                gold_event["date"],
                "|",
                gold_event.get("evidence", "")[:90],
            )
        for pred in score.spurious:
            print(
                "   SPURIOUS",
                pred["doc_id"],
                pred["event_type"],
                _codes(pred["source"]),
                _codes(pred["target"]),
                pred["date"],
                "|",
                pred["evidence"]["sentence"][:90],
            )


def report_seed_dates(gold: list[dict], preds: list[dict]) -> None:
    """Each required seed event's gold date against the dates of the predictions of its type
    and countries: the issue asks for every one right at the gold precision."""
    print("\n   seed dates (required events: gold vs predicted):")
    right = 0
    required = [
        (row["doc"], g) for row in gold for g in row.get("events") or [] if g.get("required", True)
    ]
    for doc, gold_event in required:
        fitting = [
            p
            for p in preds
            if str(p["doc_id"]) == str(doc)
            and p["event_type"] in {gold_event["type"], *(gold_event.get("alt_types") or [])}
            and countries_agree(gold_event, p)
        ]
        dates = sorted({str(p["date"]) for p in fitting})
        ok = any(
            dates_agree(gold_event.get("date"), gold_event.get("date_precision"), p["date"])
            for p in fitting
        )
        right += ok
        print(
            f"     {'ok ' if ok else 'BAD'} {doc[:24]:24s} {gold_event['type']:9s}"
            f" gold {gold_event.get('date')} ({gold_event.get('date_precision')}) predicted {dates}"
        )
    print(f"   seed dates right: {right}/{len(required)}")


def _codes(actors: list[dict]) -> list[str]:
    return [a.get("igo") or a.get("country") for a in actors]


def report_sentences(gold: list[dict], preds: list[dict], verbose: bool) -> None:
    score = score_sentences(gold, preds)
    print(f"\n== GSR dev sentences: {json.dumps(score.summary())}")
    predicted = sorted({p for row in score.confusion.values() for p in row})
    print("   confusion (rows gold, columns predicted):")
    print("   " + " " * 10 + " ".join(f"{p[:5]:>5s}" for p in predicted))
    for gold_type in sorted(score.confusion):
        row = score.confusion[gold_type]
        print(f"   {gold_type:10s}" + " ".join(f"{row.get(p, 0):5d}" for p in predicted))
    if verbose:
        top = {}
        for pred in preds:
            if pred["doc_id"] not in top or pred["confidence"] > top[pred["doc_id"]]["confidence"]:
                top[pred["doc_id"]] = pred
        for row in gold:
            pred = top.get(row["id"], {})
            if pred.get("event_type") != row["event"]:
                print(
                    "   WRONG", row["event"], "->", pred.get("event_type"), "|", row["text"][:110]
                )


def main() -> int:
    parser = argparse.ArgumentParser(description="dyadscope coder accuracy on the dev gold")
    parser.add_argument("--only", choices=["seeds", "voa", "gsr"])
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument(
        "--voa-gold",
        type=Path,
        help="score the VOA corpus stories against this gold instead (e.g. the team's own "
        "annotations of the stories the shared gold leaves out: bench/data/voa_team/gold.jsonl)",
    )
    parser.add_argument(
        "--articles",
        type=Path,
        help="with --voa-gold: read the stories from this JSON Lines file (id, title, "
        "published, text) instead of the shared VOA corpus",
    )
    parser.add_argument(
        "--gsr-gold",
        type=Path,
        help="score these sentences (the GSR dev file's format) instead of the GSR dev half",
    )
    args = parser.parse_args()
    if not SHARED.exists():
        print(f"shared data not found at {SHARED}", file=sys.stderr)
        return 2
    options = load_options(overrides=[f"pipeline.workers={args.workers}"])
    if args.only in (None, "seeds"):
        gold = read_jsonl(SHARED / "gold" / "seeds.jsonl")
        preds, n, secs = extract(seed_documents(gold, options), options)
        print(f"seeds: {n} documents in {secs:.1f} s, {len(preds)} events")
        report_documents("seeds", gold, preds, args.verbose)
        report_seed_dates(gold, preds)
    if args.only in (None, "voa"):
        gold = read_jsonl(args.voa_gold or SHARED / "gold" / "voa_dev.jsonl")
        preds, n, secs = extract(
            voa_documents({str(r["doc"]) for r in gold}, args.articles), options
        )
        print(f"\nvoa: {n} documents in {secs:.1f} s, {len(preds)} events")
        name = f"{args.voa_gold.name} ({n} stories)" if args.voa_gold else f"VOA dev ({n} stories)"
        report_documents(name, gold, preds, args.verbose)
    if args.only in (None, "gsr"):
        gold = read_jsonl(args.gsr_gold or SHARED / "gold" / "plover_gsr_dev.jsonl")
        preds, n, secs = extract(gsr_documents(gold), options)
        print(f"\ngsr: {n} sentences in {secs:.1f} s, {len(preds)} events")
        report_sentences(gold, preds, args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
