"""Dev check of framing and within-document fusion on the five seed articles.

Reads `../shared/seeds/` (never copied), runs the real stages that exist (ingest, then
`pipeline.process`: nlp → actors → framing → coding, whose coder calls
`fusion.merge_within_document`) and prints the registries with the issue's checks:

- the Putin–Li Qiang meeting of seed 004 is one CONSULT event (several evidence sentences);
- seed 002 is dated 2024 by inference;
- agreements of seed 002 list the joint communique and the investment cooperation plan;
- milestones of seed 001 give base years 1996, 2001 and 1945;
- verdicts list phrases of seeds 000 and 004.

While a stage is missing the script says so and uses a stand-in (a paragraph reader for
ingest; a country-name matcher over the actor tables when no mention has an actor).
Run: .venv/bin/python bench/framing_seeds.py [-v]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from dyadscope.config import load_options
from dyadscope.records import Actor, Document, Mention

SEEDS = Path(__file__).resolve().parents[1] / ".." / "shared" / "seeds"


def read_seeds(options) -> list[Document]:
    paths = sorted(SEEDS.glob("*.txt"))
    try:
        from dyadscope import ingest

        docs = list(ingest.run([str(p) for p in paths], options))
        if docs and all(d.text for d in docs if d.ok):
            for doc in docs:
                doc.doc_id = Path(doc.doc_id).name
            return docs
    except (ImportError, AttributeError, TypeError) as e:
        print(f"(ingest not ready: {e}; reading paragraphs)")
    return [Document(doc_id=p.name, text=p.read_text(encoding="utf-8")) for p in paths]


def stand_in_actors(docs: list[Document]) -> None:
    """Only when the actors stage resolved nothing: country names and adjectives from the
    actor tables, so that the framing checks can run at all."""
    from dyadscope.data import read_table

    names: dict[str, str] = {}
    for row in read_table("actors/countries.tsv"):
        for field in ("name", "aliases", "adjectives"):
            for name in (row.get(field) or "").split("|"):
                if len(name) > 3 and not name.endswith("-"):
                    names[name] = row["code"]
    alternatives = "|".join(sorted(map(re.escape, names), key=len, reverse=True))
    pattern = re.compile(r"\b(" + alternatives + r")\b")
    for doc in docs:
        for m in pattern.finditer(doc.text):
            actor = Actor(m.group(0), names[m.group(0)].lower(), names[m.group(0)], text=m.group(0))
            doc.mentions.append(Mention(m.start(), m.end(), m.group(0), "GPE", -1, actor))


def run_stages(docs: list[Document], options) -> list[Document]:
    from dyadscope import pipeline

    live = [d for d in docs if d.ok]
    stages = {s.name: s for s in pipeline.document_stages()}
    live = list(stages["nlp"].run(live, options))
    live = list(stages["actors"].run(live, options))
    if not any(m.actor for d in live for m in d.mentions):
        print("(actors stage resolved no mention: using the country-name stand-in)")
        stand_in_actors(live)
    live = list(stages["framing"].run(live, options))
    return list(stages["coding"].run(live, options))


def check(name: str, ok: bool, detail: str) -> bool:
    print(f"[{'PASS' if ok else 'FAIL'}] {name}: {detail}")
    return ok


def report(docs: dict[str, Document], verbose: bool) -> int:
    d0, d1, d2, d4 = (docs.get(k) for k in ("000", "001", "002", "004"))
    results = []
    meetings = [
        e
        for e in (d4.events if d4 else [])
        if e.event_type == "CONSULT" and {"CHN", "RUS"} <= e.countries() and not e.background
    ]
    spans = [len(e.extra_evidence) + 1 for e in meetings]
    detail = f"{len(meetings)} CONSULT CHN-RUS events, evidence sentences {spans}"
    results.append(check("004 meeting is one event", len(meetings) == 1, detail))
    dated = d2 is not None and d2.published == "2024"
    detail = f"{d2.published!r} ({d2.published_precision}); {d2.published_inferred}" if d2 else ""
    results.append(check("002 dated by inference", dated, detail))
    titles = [a.title for a in d2.agreements] if d2 else []
    ok = any("communique" in t.lower() for t in titles) and any("investment" in t for t in titles)
    results.append(check("002 agreements", ok, "; ".join(titles)))
    bases = {m.base_year for m in d1.milestones} if d1 else set()
    results.append(
        check("001 milestone base years", {1996, 2001, 1945} <= bases, str(sorted(bases)))
    )
    for key, doc in (("000", d0), ("004", d4)):
        phrases = sorted({v.phrase for v in doc.verdicts}) if doc else []
        results.append(check(f"{key} verdicts", bool(phrases), "; ".join(phrases)))
    if verbose:
        for key, doc in sorted(docs.items()):
            print(f"--- {key} published {doc.published} ({doc.published_precision})")
            for m in doc.mechanisms:
                print(f"    mechanism: {m.name} | {m.ordinal} | {m.date} | {m.years}")
            for v in doc.verdicts:
                who = v.speaker.name if v.speaker else None
                print(f"    verdict: {v.phrase} | {who} | {v.polarity}")
    print(f"{sum(results)}/{len(results)} checks pass")
    return 0 if all(results) else 1


def main() -> int:
    if not SEEDS.is_dir():
        print(f"no seeds at {SEEDS}")
        return 2
    options = load_options()
    docs = run_stages(read_seeds(options), options)
    return report({d.doc_id[:3]: d for d in docs}, "-v" in sys.argv)


if __name__ == "__main__":
    sys.exit(main())
