"""A quality gate on the shared development gold.

Runs the real extraction path (ingest → every stage) on the seed pages, the annotated VOA
stories and the PLOVER GSR sentences, scores them, and compares the figures with floors pinned
in `baseline.json` together with a digest of the gold files. A figure below its floor fails
the gate; a changed gold file fails it too (the floors no longer mean anything). Floors only
move up with `--update`; lowering one needs `--allow-lower`, said out loud.

    python -m dyadscope.eval.gate --shared ../shared            # check
    python -m dyadscope.eval.gate --shared ../shared --update   # raise floors to today's figures
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
from collections.abc import Iterable
from importlib import resources
from pathlib import Path

from ..config import Options, load_options
from ..workflow import extract
from .gold import read_jsonl
from .scoring import score_documents, score_sentences

GOLD_FILES = ("gold/seeds.jsonl", "gold/voa_dev.jsonl", "gold/plover_gsr_dev.jsonl")
# Floors sit this far under the figures they were pinned from: the dev sets are small (18
# interstate predictions on VOA), so one event either way moves a figure by about 0.05.
MARGIN = 0.05


def gold_digest(shared: Path) -> str:
    digest = hashlib.sha256()
    for name in GOLD_FILES:
        digest.update((shared / name).read_bytes())
    return digest.hexdigest()[:16]


def _events(inputs: Iterable[str | Path], options: Options) -> list[dict]:
    return [e.to_dict() for doc in extract(list(inputs), options) for e in doc.events]


def _gsr_as_documents(rows: list[dict], folder: Path) -> Path:
    path = folder / "gsr.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for row in rows:
            record = {"id": row["id"], "text": row["text"], "published": row["date"]}
            out.write(json.dumps(record) + "\n")
    return path


def measure(shared: Path, options: Options | None = None) -> dict[str, float]:
    """Today's figures, through the same path as `dyadscope extract`."""
    options = options or load_options()
    figures: dict[str, float] = {}
    seeds = score_documents(
        read_jsonl(shared / "gold/seeds.jsonl"), _events([shared / "seeds"], options)
    )
    figures |= {f"seeds.{k}": getattr(seeds, k) for k in ("precision", "recall", "f1")}
    voa = score_documents(
        read_jsonl(shared / "gold/voa_dev.jsonl"),
        _events([shared / "corpus/voa_dev_stories.jsonl"], options),
    )
    figures |= {f"voa.{k}": getattr(voa, k) for k in ("precision", "recall", "f1")}
    rows = list(read_jsonl(shared / "gold/plover_gsr_dev.jsonl"))
    with tempfile.TemporaryDirectory() as tmp:
        gsr = score_sentences(rows, _events([_gsr_as_documents(rows, Path(tmp))], options))
    summary = gsr.summary()
    for key in ("type_accuracy", "source_accuracy", "target_accuracy"):
        figures[f"gsr.{key}"] = summary[key]
    return {k: round(v, 3) for k, v in figures.items()}


def load_baseline() -> dict:
    text = resources.files("dyadscope.eval").joinpath("baseline.json").read_text()
    return json.loads(text)


def check(figures: dict[str, float], baseline: dict, digest: str) -> list[str]:
    """The reasons the gate fails; empty when it passes."""
    if baseline.get("gold_digest") != digest:
        return [f"gold files changed (digest {digest}, pinned {baseline.get('gold_digest')})"]
    problems = []
    for name, floor in baseline.get("floors", {}).items():
        value = figures.get(name)
        if value is None or value < floor:
            problems.append(f"{name} = {value} is below its floor {floor}")
    return problems


def updated_floors(figures: dict, baseline: dict, allow_lower: bool) -> dict[str, float]:
    floors = dict(baseline.get("floors", {}))
    for name, value in figures.items():
        proposed = round(max(0.0, value - MARGIN), 3)
        if allow_lower or proposed > floors.get(name, 0.0):
            floors[name] = proposed
    return floors


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, required=True, help="the shared data folder")
    parser.add_argument("--update", action="store_true", help="raise floors to today's figures")
    parser.add_argument("--allow-lower", action="store_true", help="with --update: may lower")
    args = parser.parse_args(argv)
    figures, digest = measure(args.shared), gold_digest(args.shared)
    print(json.dumps(figures, indent=2))
    baseline = load_baseline()
    if args.update:
        baseline = {
            "gold_digest": digest,
            "floors": updated_floors(figures, baseline, args.allow_lower),
        }
        path = Path(__file__).with_name("baseline.json")
        path.write_text(json.dumps(baseline, indent=2, sort_keys=True) + "\n")
        print(f"floors written to {path.name}")
        return 0
    problems = check(figures, baseline, digest)
    for problem in problems:
        print(f"gate: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
