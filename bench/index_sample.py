"""Dev check of fusion and the relations index on the bundled sample corpus, without a store.

Runs ingest and the document stages over `src/dyadscope/sample/` (the same stand-in as
`framing_seeds.py` while the actors stage resolves nothing), fuses the events, prints the
index of a dyad and draws it. The store-backed path is `dyadscope run` then
`dyadscope index --dyad CHN-RUS --freq year --plot index.png`.
Run: .venv/bin/python bench/index_sample.py [--dyad CHN-RUS] [--freq year] [--plot FILE]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from framing_seeds import run_stages

from dyadscope import ingest
from dyadscope.analysis import plot_index, relations_index
from dyadscope.config import load_options
from dyadscope.fusion import fuse

SAMPLE = Path(__file__).resolve().parents[1] / "src" / "dyadscope" / "sample"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dyad", default="CHN-RUS")
    parser.add_argument("--freq", default="year")
    parser.add_argument("--plot", default="index_sample.png")
    args = parser.parse_args()
    options = load_options()
    docs = run_stages(list(ingest.run([str(SAMPLE)], options)), options)
    events = [{**e.to_dict(), "doc_id": e.doc_id} for d in docs for e in d.events]
    fused = fuse(events)
    print(f"{len(docs)} documents, {len(events)} events, {len(fused)} fused")
    rows = relations_index(fused, args.dyad, args.freq)
    for row in rows:
        print(
            f"{row['period']:10} events {row['n_events']:3} sources {row['n_sources']:3} "
            f"index {row['cc_index']}"
        )
    plot_index(rows, args.plot, dyad=args.dyad, events=fused)
    print(f"chart: {args.plot}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
