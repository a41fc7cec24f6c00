"""How fast the actor knowledge base loads and how much resolution costs per mention.

Documents: the VOA development stories and the seed bodies from `../shared` when present,
otherwise the texts of `tests/actors/data/cases.tsv`. Each document goes through
`resolve_document` (gazetteer scan, phrases, resolution, merge) with no NER mentions, so the
time covers finding the mentions as well as resolving them. Prints the KB load time, the mean
cost per resolved mention for whole documents (wall clock and this process's CPU time, which
other work on a shared machine does not inflate) and for one-off `resolve(text, date)` calls.

    .venv/bin/python bench/actors_speed.py [--repeat N]
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from dyadscope.actors import KnowledgeBase, Resolver
from dyadscope.records import Document

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared"


def load_texts() -> list[tuple[str, str | None]]:
    texts: list[tuple[str, str | None]] = []
    corpus = SHARED / "corpus" / "voa_dev_stories.jsonl"
    if corpus.exists():
        for line in corpus.read_text(encoding="utf-8").splitlines():
            story = json.loads(line)
            texts.append((story["text"], story.get("published")))
    seeds = SHARED / "gold" / "seeds.jsonl"
    if seeds.exists():
        for line in seeds.read_text(encoding="utf-8").splitlines():
            d = json.loads(line)
            texts.append(("\n".join(d["body"]), d["published"]))
    if not texts:
        cases = ROOT / "tests" / "actors" / "data" / "cases.tsv"
        for line in cases.read_text(encoding="utf-8").splitlines()[1:]:
            if not line.startswith("#") and "\t" in line:
                cols = line.split("\t")
                texts.append((cols[0], cols[1]))
    return texts


def main() -> int:
    repeat = int(sys.argv[sys.argv.index("--repeat") + 1]) if "--repeat" in sys.argv else 3
    started = time.perf_counter()
    kb = KnowledgeBase.load()
    load_s = time.perf_counter() - started
    resolver = Resolver(kb)
    texts = load_texts()
    words = sum(len(t.split()) for t, _ in texts)

    mentions = actors = 0
    started, cpu_started = time.perf_counter(), time.process_time()
    for _ in range(repeat):
        mentions = actors = 0
        for text, published in texts:
            doc = resolver.resolve_document(Document("bench", text=text, published=published))
            mentions += len(doc.mentions)
            actors += sum(1 for m in doc.mentions if m.actor is not None)
    doc_s = (time.perf_counter() - started) / repeat
    doc_cpu = (time.process_time() - cpu_started) / repeat

    samples = [m.text for t, p in texts[:20] for m in _mentions(resolver, t, p)][:500]
    started = time.perf_counter()
    for _ in range(repeat):
        for sample in samples:
            resolver.resolve(sample, "2024-06-01")
    one_s = (time.perf_counter() - started) / repeat

    print(
        f"KB load: {load_s * 1000:.0f} ms ({len(kb.people)} people, "
        f"{len(kb.countries)} countries and territories)"
    )
    print(f"documents: {len(texts)} ({words} words), mentions {mentions}, with actor {actors}")
    print(
        f"resolve_document: {doc_s * 1e6 / max(mentions, 1):.1f} µs per mention wall, "
        f"{doc_cpu * 1e6 / max(mentions, 1):.1f} µs CPU "
        f"({doc_s * 1000 / max(len(texts), 1):.2f} ms per document)"
    )
    print(
        f"resolve(text, date): {one_s * 1e6 / max(len(samples), 1):.1f} µs per call "
        f"({len(samples)} mentions)"
    )
    return 0


def _mentions(resolver: Resolver, text: str, published: str | None):
    return resolver.resolve_document(Document("bench", text=text, published=published)).mentions


if __name__ == "__main__":
    sys.exit(main())
