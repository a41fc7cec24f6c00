"""Check that the people named in gold events resolve to the right country, with a role.

Reads `../shared/gold/seeds.jsonl` (article bodies included) and, when present,
`../shared/gold/voa_dev.jsonl` with its texts from `../shared/corpus/voa_dev_stories.jsonl`.
Each document goes through the actors stage alone (no spaCy NER: the gazetteer, titles and
appositives must find the people). A person passes when some mention in the document
resolves to a person of that name whose country code is one of the event's actor codes and
who has a role; a person the text never names ("the two heads of state") is resolved from
the gold name alone on the publication date. Prints one line per person and the totals.

    .venv/bin/python bench/actors_gold.py [--verbose]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from dyadscope.actors import KnowledgeBase, Resolver
from dyadscope.actors.tables import fold
from dyadscope.records import Document

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"


def load_docs() -> list[tuple[str, str, str | None, list[dict]]]:
    """(set name, text, published, events) for every gold document with text."""
    docs = []
    for line in (SHARED / "gold" / "seeds.jsonl").read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        text = "\n".join([d.get("title") or "", *d["body"]])
        docs.append(("seeds", text, d["published"], d["events"]))
    voa_gold = SHARED / "gold" / "voa_dev.jsonl"
    corpus = SHARED / "corpus" / "voa_dev_stories.jsonl"
    if voa_gold.exists() and corpus.exists():
        texts = {}
        for line in corpus.read_text(encoding="utf-8").splitlines():
            story = json.loads(line)
            texts[str(story["id"])] = (story.get("title") or "") + "\n" + story["text"]
        for line in voa_gold.read_text(encoding="utf-8").splitlines():
            d = json.loads(line)
            if str(d["doc"]) in texts:
                docs.append(("voa_dev", texts[str(d["doc"])], d["published"], d["events"]))
    return docs


def same_person(gold: str, name: str) -> bool:
    """Spelling-tolerant: same folded surname and same initial ("Sergey"/"Sergei Lavrov")."""
    g, n = fold(gold).lower().split(), fold(name).lower().split()
    return bool(g and n) and (g == n or (g[-1] == n[-1] and g[0][0] == n[0][0]))


def check(resolver: Resolver, verbose: bool) -> dict[str, list[int]]:
    totals: dict[str, list[int]] = {}
    for set_name, text, published, events in load_docs():
        doc = Document(doc_id="gold", text=text, published=published)
        resolver.resolve_document(doc)
        actors = [m.actor for m in doc.mentions if m.actor and m.actor.kind == "person"]
        seen: set[tuple[str, frozenset]] = set()
        for event in events:
            codes = frozenset(event.get("source", []) + event.get("target", []))
            for person in event.get("people") or []:
                if (person, codes) in seen:
                    continue
                seen.add((person, codes))
                hits = [a for a in actors if same_person(person, a.name)]
                how = "in text"
                if not hits and fold(person.split()[-1]) not in fold(text):
                    # Named in the gold only ("the two heads of state"): resolve the name alone.
                    alone = resolver.resolve(person, published)
                    hits = [alone] if alone else []
                    how = "name only"
                good = [a for a in hits if a.code in codes and a.role]
                ok = bool(good)
                tally = totals.setdefault(set_name, [0, 0])
                tally[0] += ok
                tally[1] += 1
                shown = good[0] if good else (hits[0] if hits else None)
                if verbose or not ok:
                    found = f"{shown.name} {shown.code} {shown.role!r}" if shown else "not found"
                    print(
                        f"{'ok  ' if ok else 'MISS'} {set_name:8} {person:28} "
                        f"{'/'.join(sorted(codes)):20} {how:9} {found}"
                    )
    return totals


def main() -> int:
    verbose = "--verbose" in sys.argv
    resolver = Resolver(KnowledgeBase.load())
    totals = check(resolver, verbose)
    for set_name, (ok, total) in totals.items():
        print(f"{set_name}: {ok}/{total} named people resolved with the right country and a role")
    seeds_ok, seeds_total = totals.get("seeds", [0, 0])
    return 0 if seeds_ok == seeds_total else 1


if __name__ == "__main__":
    sys.exit(main())
