"""Ingest quality on the seed pages against their gold: clean-text token P/R, titles, dates,
glued stories, boilerplate left behind.

Run: python bench/ingest_seeds.py  (reads ../shared/seeds and ../shared/gold/seeds.jsonl)

Tokens are case-folded word tokens compared as multisets (order-insensitive). A gold date that
the gold says was inferred (`date_inference`) is expected undated at ingest: inferring it is a
later stage's job.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

from dyadscope import ingest
from dyadscope.config import load_options

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
PRECISION_CHARS = {"year": 4, "month": 7, "day": 10, "hour": 13, "minute": 16, "second": 19}
ORDER = ["year", "month", "day", "hour", "minute", "second"]


def tokens(text: str) -> Counter[str]:
    return Counter(re.findall(r"\w+", text.casefold()))


def overlap(pred: str, gold: str) -> tuple[int, int, int]:
    p, g = tokens(pred), tokens(gold)
    return sum((p & g).values()), sum(p.values()), sum(g.values())


def date_right(doc, gold: dict) -> bool:
    if gold.get("date_inference") or not gold.get("published"):
        return doc.published is None
    precision = gold["published_precision"]
    if doc.published is None or doc.published_precision not in ORDER:
        return False
    if ORDER.index(doc.published_precision) < ORDER.index(precision):
        return False
    width = PRECISION_CHARS[precision]
    return doc.published[:width] == gold["published"][:width]


def stories_right(doc, gold: dict) -> bool:
    for story in gold.get("extra_stories", []):
        wanted = "\n".join(story["body"])
        found = False
        for extra in doc.extra_stories:
            hit, n_pred, n_gold = overlap(extra.text, wanted)
            title_ok = (extra.title or "") == (story.get("title") or "")
            if title_ok and hit >= 0.95 * n_pred and hit >= 0.95 * n_gold:
                found = True
        if not found:
            return False
    return len(doc.extra_stories) == len(gold.get("extra_stories", []))


def boilerplate_left(doc, gold: dict) -> list[str]:
    paragraphs = {p.strip() for p in doc.text.split("\n\n")}
    left = []
    for line in gold.get("boilerplate_examples", []):
        if line.strip() in paragraphs or (len(line) >= 20 and line in doc.text):
            left.append(line)
    return left


def main() -> int:
    gold_rows = {}
    for row in (SHARED / "gold" / "seeds.jsonl").read_text(encoding="utf-8").splitlines():
        if row.strip():
            record = json.loads(row)
            gold_rows[record["doc"]] = record
    docs = {d.doc_id: d for d in ingest.run([SHARED / "seeds"], load_options())}
    totals = [0, 0, 0]
    failures = 0
    print(f"{'doc':28} {'P':>6} {'R':>6}  title  date   stories  boilerplate-left")
    for name, gold in sorted(gold_rows.items()):
        doc = docs[name]
        hit, n_pred, n_gold = overlap(doc.text, "\n".join(gold["body"]))
        totals = [totals[0] + hit, totals[1] + n_pred, totals[2] + n_gold]
        checks = {
            "title": (doc.title or None) == (gold.get("title") or None),
            "date": date_right(doc, gold),
            "stories": stories_right(doc, gold),
        }
        left = boilerplate_left(doc, gold)
        failures += (not all(checks.values())) + bool(left)
        p, r = hit / max(n_pred, 1), hit / max(n_gold, 1)
        marks = "  ".join(f"{'ok' if v else 'WRONG':5}" for v in checks.values())
        print(f"{name:28} {p:6.3f} {r:6.3f}  {marks}    {len(left)} {left[:2]}")
        if not checks["date"]:
            print(
                f"   date: got {doc.published} ({doc.published_precision}),"
                f" gold {gold.get('published')}"
            )
        if not checks["title"]:
            print(f"   title: got {doc.title!r}")
        info = {"outlet": doc.outlet, "author": doc.author, "language": doc.language}
        wrong = {k: v for k, v in info.items() if k in gold and v != gold[k]}
        if wrong:  # reported, not gated: the issue asks for title, date and body
            print(f"   info: {wrong} (gold {', '.join(f'{k}={gold[k]!r}' for k in wrong)})")
    precision, recall = totals[0] / totals[1], totals[0] / totals[2]
    print(f"{'overall (micro)':28} {precision:6.3f} {recall:6.3f}")
    print(f"checks failed: {failures}")
    return 0 if failures == 0 and precision >= 0.98 and recall >= 0.98 else 1


if __name__ == "__main__":
    sys.exit(main())
