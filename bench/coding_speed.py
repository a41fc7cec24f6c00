"""End-to-end speed of nlp + actors + framing + coding on 600-word articles (run by hand).

Takes the VOA dev stories (`../shared/corpus/voa_dev_stories.jsonl`), cuts or extends each to
about 600 words of clean text, repeats them to `--docs` documents, and times
`pipeline.process` with `pipeline.workers` processes (the model load is outside the timing:
one warm-up batch runs first). Prints documents per second and the share of sentences parsed.

Usage: python bench/coding_speed.py [--docs 200] [--workers 2]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from dyadscope import pipeline
from dyadscope.config import load_options
from dyadscope.records import Document

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
WORDS = 600


def articles(count: int) -> list[Document]:
    path = SHARED / "corpus" / "voa_dev_stories.jsonl"
    rows = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    texts = []
    for row in rows:
        words = row["text"].split(" ")
        while len(words) < WORDS:
            words = words + words
        texts.append((" ".join(words[:WORDS]), row["published"].replace(" ", "T")))
    return [
        Document(
            doc_id=f"speed-{n}",
            text=texts[n % len(texts)][0],
            published=texts[n % len(texts)][1],
            published_precision="second",
        )
        for n in range(count)
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description="dyadscope end-to-end coding speed")
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    if not (SHARED / "corpus").exists():
        print(f"shared corpus not found under {SHARED}", file=sys.stderr)
        return 2
    options = load_options(overrides=[f"pipeline.workers={args.workers}"])
    warm = load_options(overrides=["pipeline.workers=1"])
    list(pipeline.process(articles(4), warm))  # load models in this process
    docs = articles(args.docs)
    started = time.perf_counter()
    events = 0
    for doc in pipeline.process(docs, options):
        events += len(doc.events)
    seconds = time.perf_counter() - started
    print(
        f"{args.docs} docs of ~{WORDS} words, workers={args.workers}: {seconds:.1f} s, "
        f"{args.docs / seconds:.1f} docs/s, {events} events"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
