"""Ingest throughput and memory.

1. Cleaning alone: synthetic ~5 KB page dumps (menus, byline, paragraphs, share lines, footer)
   cleaned one after another in this process; prints documents per second. HTML pages (through
   trafilatura) are timed too, for reference.
2. Volume: a generated JSON Lines file (default 1 GB, in a temporary folder, deleted after) is
   ingested end to end (read, clean, language, dedup) in a child process; prints documents,
   seconds and the child's peak RSS from getrusage.

Run: python bench/ingest_speed.py [--size-mb 1024] [--clean-docs 2000] [--skip-volume]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SYLLABLES = [
    "ka",
    "lo",
    "mi",
    "ren",
    "sta",
    "vo",
    "tur",
    "el",
    "an",
    "pri",
    "dos",
    "ne",
    "gor",
    "li",
]


def _vocabulary(rng: random.Random, size: int = 4000) -> list[str]:
    return ["".join(rng.choices(SYLLABLES, k=rng.randint(1, 4))) for _ in range(size)]


def make_page(rng: random.Random, vocab: list[str], n: int, chars: int = 5000) -> str:
    """A page dump of about `chars` characters with the usual furniture around the story."""
    names = [w.capitalize() for w in rng.sample(vocab, 6)]
    title = " ".join(rng.choices(vocab, k=8)).capitalize()
    stamp = f"2025-03-{n % 28 + 1:02d} 10:{n % 60:02d}"
    byline = f"By {names[0].upper()} {names[1].upper()} | DAILY EXAMPLE | Updated: {stamp}"
    head = ["Skip to Content", "Home / World / Asia", "", title, "", byline, "Share", ""]
    body: list[str] = []
    size = 0
    while size < chars - 600:
        words = rng.choices(vocab, k=rng.randint(40, 90))
        for k in range(0, len(words), 9):
            words[k] = rng.choice(names)
        sentence = " ".join(words)
        paragraph = sentence[0].upper() + sentence[1:] + "."
        body += [paragraph, ""]
        size += len(paragraph)
    tail = ["1 2 Next >>", "BACK TO THE TOP", "Copyright 2025 Daily Example. All rights reserved."]
    return "\n".join(head + body + tail)


def make_html(page: str) -> str:
    lines = [ln for ln in page.splitlines() if ln]
    paragraphs = "".join(f"<p>{ln}</p>" for ln in lines[6:-3])
    return (
        f"<html><head><title>{lines[2]}</title></head><body><nav><a href='/'>Home</a></nav>"
        f"<article><h1>{lines[2]}</h1>{paragraphs}</article><footer>{lines[-1]}</footer>"
        "</body></html>"
    )


def bench_cleaning(count: int) -> None:
    from dyadscope import ingest
    from dyadscope.config import load_options

    options = load_options()
    rng = random.Random(7)
    vocab = _vocabulary(rng)
    pages = [make_page(rng, vocab, n) for n in range(count)]
    ingest.from_text(pages[0], doc_id="warm-up", options=options)  # builds the detector
    started = time.perf_counter()
    ok = sum(ingest.from_text(p, doc_id=f"p{n}", options=options).ok for n, p in enumerate(pages))
    seconds = time.perf_counter() - started
    mean_kb = sum(len(p) for p in pages) / len(pages) / 1024
    print(
        f"text dumps: {count} pages of {mean_kb:.1f} KB cleaned in {seconds:.2f} s "
        f"= {count / seconds:.0f} docs/s on one core ({ok} ok)"
    )
    html = [make_html(p) for p in pages[: max(1, count // 4)]]
    started = time.perf_counter()
    ok = sum(ingest.from_text(h, doc_id=f"h{n}", options=options).ok for n, h in enumerate(html))
    seconds = time.perf_counter() - started
    print(
        f"html pages: {len(html)} pages through trafilatura in {seconds:.2f} s "
        f"= {len(html) / seconds:.0f} docs/s ({ok} ok)"
    )


def write_jsonl(path: Path, size_mb: int) -> int:
    rng = random.Random(11)
    vocab = _vocabulary(rng)
    target = size_mb * 1024 * 1024
    written = count = 0
    with path.open("w", encoding="utf-8") as out:
        while written < target:
            record = {
                "id": f"rec-{count}",
                "url": f"https://site{count % 7}.example.org/news/{count}",
                "text": make_page(rng, vocab, count),
            }
            line = json.dumps(record) + "\n"
            out.write(line)
            written += len(line)
            count += 1
    return count


def child_ingest(path: str) -> None:
    from dyadscope import ingest
    from dyadscope.config import load_options

    counts: dict[str, int] = {}
    for doc in ingest.run([path], load_options()):
        counts[doc.status] = counts.get(doc.status, 0) + 1
    print(json.dumps(counts))


def bench_volume(size_mb: int) -> None:
    with tempfile.TemporaryDirectory(prefix="dyadscope-bench-") as folder:
        path = Path(folder) / "volume.jsonl"
        started = time.perf_counter()
        records = write_jsonl(path, size_mb)
        print(
            f"generated {path.stat().st_size / 1024**2:.0f} MB, {records} records "
            f"in {time.perf_counter() - started:.0f} s"
        )
        started = time.perf_counter()
        result = subprocess.run(
            [sys.executable, __file__, "--child", str(path)], capture_output=True, text=True
        )
        seconds = time.perf_counter() - started
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        if result.returncode != 0:
            print(result.stderr[-2000:])
        print(
            f"ingested {result.stdout.strip()} in {seconds:.0f} s = {records / seconds:.0f} "
            f"docs/s; peak RSS of the ingest process {peak_mb:.0f} MB"
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size-mb", type=int, default=1024)
    parser.add_argument("--clean-docs", type=int, default=2000)
    parser.add_argument("--skip-volume", action="store_true")
    parser.add_argument("--child")
    args = parser.parse_args()
    if args.child:
        child_ingest(args.child)
        return
    bench_cleaning(args.clean_docs)
    if not args.skip_volume:
        bench_volume(args.size_mb)


if __name__ == "__main__":
    main()
