"""Trigger coverage of the event coder on the synthetic stories (run by hand, not in CI).

Reads `../shared/gold/synthetic_events.csv` (4,500 invented news stories, each labelled with
one PLOVER type; see `../shared/gold/README.md`), runs a sample through the whole pipeline
(nlp → actors → framing → coding, in worker processes, as `bench/accuracy.py` does) and
prints per labelled type:
  - stories in the sample,
  - "type": share of stories where the coder emits at least one event of the labelled type,
  - "inter": the same, counting only interstate events,
  - "trig": share where a trigger of the labelled type heads a sentence (a top trigger the
    coder would try to code), whether or not it then finds actors for it. The coder drops a
    trigger without a source actor (and a bare noun with no participant), and the stories'
    people and places are invented, so "trig" measures the lexicon apart from actor
    resolution,
  - "any": share where the coder emits any event,
  - the top confusions: the other types emitted in that type's stories.

The labels are weak signal: the stories often drift from their title, and the labels follow
the NGEC scheme, not always PLOVER's codebook. Read misses before adding a word.

Usage: python bench/synthetic_types.py [--limit N] [--seed S] [--workers N] [--title]
                                       [--misses TYPE [--show N] [--sentences K]]
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import random
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from dyadscope import pipeline
from dyadscope.coding.lexicon import load_lexicon
from dyadscope.coding.triggers import find_triggers, top_triggers
from dyadscope.config import Options, load_options
from dyadscope.records import Document

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
STORIES = SHARED / "gold" / "synthetic_events.csv"
# The stories carry no date; any fixed day lets the date resolver work.
PUBLISHED = "2020-06-15"


@dataclass
class Story:
    doc_id: str
    label: str
    mode: str
    title: str
    text: str


@dataclass
class Outcome:
    """What the pipeline made of one story (plain data: it crosses process boundaries)."""

    doc_id: str
    event_types: Counter = field(default_factory=Counter)
    interstate_types: Counter = field(default_factory=Counter)
    consult_modes: Counter = field(default_factory=Counter)
    trigger_types: Counter = field(default_factory=Counter)
    # (sentence text, [(trigger word, type), ...]) for the first sentences of the story.
    opening: list[tuple[str, list[tuple[str, str]]]] = field(default_factory=list)
    failed: bool = False


def read_stories() -> list[Story]:
    with STORIES.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    stories = []
    for number, row in enumerate(rows):
        # The prompt is the filled-in headline and the dateline; the title column keeps the
        # template's {country_1} placeholders.
        headline = row["prompt"].strip().split("\n", 1)[0].strip()
        stories.append(Story(str(number), row["label"], row["mode"], headline, row["text"]))
    return stories


def stratified_sample(stories: list[Story], limit: int, seed: int) -> list[Story]:
    """About the same number of stories per type (all of a type smaller than its share),
    spread over each type's headline templates."""
    rng = random.Random(seed)
    by_type: dict[str, list[Story]] = defaultdict(list)
    for story in stories:
        by_type[story.label].append(story)
    ordered = {label: _spread_templates(group, rng) for label, group in by_type.items()}
    quota = dict.fromkeys(ordered, 0)
    remaining = min(limit, len(stories))
    while remaining > 0:
        open_types = [t for t in ordered if quota[t] < len(ordered[t])]
        share = max(1, remaining // len(open_types))
        for label in open_types:
            take = min(share, len(ordered[label]) - quota[label], remaining)
            quota[label] += take
            remaining -= take
            if remaining == 0:
                break
    sample = [s for label, group in ordered.items() for s in group[: quota[label]]]
    rng.shuffle(sample)  # mix types across batches and workers
    return sample


def _spread_templates(group: list[Story], rng: random.Random) -> list[Story]:
    """Stories of one type in an order that cycles through the headline templates."""
    by_template: dict[str, list[Story]] = defaultdict(list)
    for story in group:
        by_template[_template(story.title)].append(story)
    lists = list(by_template.values())
    for items in lists:
        rng.shuffle(items)
    rng.shuffle(lists)
    out = []
    while any(lists):
        for items in lists:
            if items:
                out.append(items.pop())
    return out


def _template(headline: str) -> str:
    # Headlines differ only by the invented names: the first and last words mostly stay.
    words = headline.lower().split()
    return " ".join(words[-4:])


def to_document(story: Story, with_title: bool) -> Document:
    text = story.text.strip()
    if with_title:
        text = story.title + "\n\n" + text
    return Document(
        doc_id=story.doc_id,
        text=text,
        title=story.title,
        published=PUBLISHED,
        published_precision="day",
    )


def run_batch(docs: list[Document], options: Options, opening: int) -> list[Outcome]:
    """The document stages on one batch (as `pipeline.run_batch`), then, while the parses
    are still there, the top triggers of every parsed sentence."""
    lexicon = load_lexicon()
    live = [d for d in docs if d.ok]
    for stage in pipeline.document_stages():
        try:
            live = list(stage.run(live, options))
        except Exception:  # noqa: BLE001 - one bad batch must not end the bench
            live = _one_by_one(stage, live, options)
    kept = {d.doc_id for d in live}
    outcomes = []
    for doc in docs:
        outcome = Outcome(doc.doc_id, failed=doc.doc_id not in kept or not doc.ok)
        for event in doc.events or []:
            outcome.event_types[event.event_type] += 1
            if event.interstate:
                outcome.interstate_types[event.event_type] += 1
            if event.event_type == "CONSULT":
                outcome.consult_modes[event.mode or "-"] += 1
        parses = doc.annotations.get("parses", {}) if doc.annotations else {}
        tops = {i: top_triggers(find_triggers(p, lexicon), lexicon) for i, p in parses.items()}
        for found in tops.values():
            outcome.trigger_types.update(t.event_type for t in found)
        for index, sentence in enumerate((doc.sentences or [])[:opening]):
            words = [(t.token.text, t.event_type) for t in tops.get(index, [])]
            outcome.opening.append((sentence.text, words))
        doc.annotations.clear()
        outcomes.append(outcome)
    return outcomes


def _one_by_one(stage, docs: list[Document], options: Options) -> list[Document]:
    kept = []
    for doc in docs:
        with contextlib.suppress(Exception):  # a failing document is counted as failed
            kept.extend(stage.run([doc], options))
    return kept


def process(
    docs: list[Document], options: Options, workers: int, opening: int
) -> Iterator[Outcome]:
    pipeline.check_order(pipeline.document_stages())
    size = int(options.get("pipeline.batch_size", 16))
    batches = list(pipeline.batched(docs, size))
    if workers <= 1:
        for batch in batches:
            yield from run_batch(batch, options, opening)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        futures = [pool.submit(run_batch, batch, options, opening) for batch in batches]
        for future in futures:
            yield from future.result()


def report(stories: list[Story], outcomes: dict[str, Outcome], top: int) -> None:
    by_type: dict[str, list[Story]] = defaultdict(list)
    for story in stories:
        by_type[story.label].append(story)
    print(
        f"\n{'type':10s} {'stories':>7s} {'type':>6s} {'inter':>6s} {'trig':>6s} {'any':>6s}"
        "   top confusions (stories with an event of that type)"
    )
    totals = Counter()
    for label in sorted(by_type):
        group = [outcomes[s.doc_id] for s in by_type[label]]
        n = len(group)
        hit = sum(1 for o in group if o.event_types[label])
        inter = sum(1 for o in group if o.interstate_types[label])
        trig = sum(1 for o in group if o.trigger_types[label])
        anything = sum(1 for o in group if o.event_types)
        confused = Counter(t for o in group for t in o.event_types if t != label)
        totals.update(stories=n, hit=hit, inter=inter, trig=trig, any=anything)
        shown = ", ".join(f"{t} {c / n:.2f}" for t, c in confused.most_common(top))
        print(
            f"{label:10s} {n:7d} {hit / n:6.2f} {inter / n:6.2f} {trig / n:6.2f}"
            f" {anything / n:6.2f}   {shown}"
        )
    n = totals["stories"]
    macro = sum(
        sum(1 for s in group if outcomes[s.doc_id].event_types[label]) / len(group)
        for label, group in by_type.items()
    ) / len(by_type)
    print(
        f"{'all':10s} {n:7d} {totals['hit'] / n:6.2f} {totals['inter'] / n:6.2f}"
        f" {totals['trig'] / n:6.2f} {totals['any'] / n:6.2f}   macro type recall {macro:.3f}"
    )
    consult = [s for s in by_type.get("CONSULT", []) if s.mode]
    if consult:
        print("\nCONSULT modes (labelled mode: stories, share with a CONSULT event of that mode):")
        by_mode: dict[str, list[Story]] = defaultdict(list)
        for story in consult:
            by_mode[story.mode.lower()].append(story)
        for mode, group in sorted(by_mode.items()):
            right = sum(1 for s in group if _mode_matches(mode, outcomes[s.doc_id].consult_modes))
            print(f"   {mode:14s} {len(group):4d} {right / len(group):6.2f}")


def _mode_matches(label_mode: str, emitted: Counter) -> bool:
    wanted = label_mode.replace("_", "-").replace(" ", "-")
    return any(wanted.startswith(m) or m.startswith(wanted) for m in emitted if m != "-")


def show_misses(
    stories: list[Story], outcomes: dict[str, Outcome], label: str, show: int, sentences: int
) -> None:
    missed = [s for s in stories if s.label == label and not outcomes[s.doc_id].event_types[label]]
    print(f"\n== {label}: {len(missed)} missed stories; showing {min(show, len(missed))}")
    for story in missed[:show]:
        outcome = outcomes[story.doc_id]
        emitted = dict(outcome.event_types) or "-"
        triggered = dict(outcome.trigger_types) or "-"
        print(f"\n-- [{story.doc_id}] {story.title}  (mode {story.mode or '-'})")
        print(f"   emitted {emitted}; top triggers {triggered}")
        for text, found in outcome.opening[:sentences]:
            marks = " ".join(f"<{w}:{t}>" for w, t in found)
            print(f"   | {' '.join(text.split())[:300]}  {marks}")


def main() -> int:
    parser = argparse.ArgumentParser(description="coder type recall on the synthetic stories")
    parser.add_argument("--limit", type=int, default=1500, help="stories, stratified by type")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--title", action="store_true", help="code the headline as well")
    parser.add_argument("--misses", metavar="TYPE", help="print missed stories of TYPE")
    parser.add_argument("--show", type=int, default=25, help="missed stories to print")
    parser.add_argument("--sentences", type=int, default=4, help="opening sentences per miss")
    parser.add_argument("--top", type=int, default=3, help="confusions per type")
    args = parser.parse_args()
    if not STORIES.exists():
        print(f"synthetic stories not found at {STORIES}", file=sys.stderr)
        return 2
    stories = stratified_sample(read_stories(), args.limit, args.seed)
    options = load_options(overrides=[f"pipeline.workers={args.workers}"])
    docs = [to_document(s, args.title) for s in stories]
    started = time.perf_counter()
    outcomes = {o.doc_id: o for o in process(docs, options, args.workers, args.sentences)}
    seconds = time.perf_counter() - started
    failed = sum(o.failed for o in outcomes.values())
    print(
        f"synthetic: {len(stories)} stories (seed {args.seed}) in {seconds:.1f} s,"
        f" {sum(sum(o.event_types.values()) for o in outcomes.values())} events,"
        f" {failed} failed"
    )
    report(stories, outcomes, args.top)
    if args.misses:
        show_misses(stories, outcomes, args.misses.upper(), args.show, args.sentences)
    return 0


if __name__ == "__main__":
    sys.exit(main())
