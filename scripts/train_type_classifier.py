"""Train the fallback event-type classifier and write data/coding/type_classifier.json.

A linear model (logistic regression) over TF-IDF word uni- and bigrams, trained on
  - the team's own news-style sentences, `data/coding/training_sentences.tsv` (weighted up),
  - the first sentence of each synthetic story in `../shared/gold/synthetic_events.csv`
    (a weak signal: the stories come from few templates), when that file is present.
The GSR development half is never used. The artifact is plain JSON (vocabulary, idf,
coefficients), read by `dyadscope.coding.classifier` without scikit-learn; the run is
deterministic (sorted inputs, a fixed solver, rounded weights).

Usage: python scripts/train_type_classifier.py [--no-synthetic]
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from pathlib import Path

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from dyadscope.coding.classifier import NGRAMS, TOKEN_PATTERN
from dyadscope.data import read_table

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "dyadscope" / "data" / "coding" / "type_classifier.json"
SYNTHETIC = ROOT / ".." / "shared" / "gold" / "synthetic_events.csv"
OWN_WEIGHT = 4.0  # one written sentence counts as this many synthetic ones
MAX_FEATURES = 6000
_FIRST_SENTENCE = re.compile(r"^(.+?[.!?])(?:\s|$)", re.DOTALL)


def own_examples() -> list[tuple[str, str]]:
    return [(row["sentence"], row["type"]) for row in read_table("coding/training_sentences.tsv")]


def synthetic_examples() -> list[tuple[str, str]]:
    if not SYNTHETIC.exists():
        return []
    out = []
    with SYNTHETIC.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            match = _FIRST_SENTENCE.match(row["text"].strip())
            if match and row["label"]:
                out.append((match.group(1), row["label"]))
    return sorted(out)


def train(use_synthetic: bool) -> dict:
    own = own_examples()
    extra = synthetic_examples() if use_synthetic else []
    texts = [t for t, _ in own + extra]
    labels = [y for _, y in own + extra]
    weights = [OWN_WEIGHT] * len(own) + [1.0] * len(extra)
    vectorizer = TfidfVectorizer(
        lowercase=True,
        token_pattern=TOKEN_PATTERN,
        ngram_range=NGRAMS,
        max_features=MAX_FEATURES,
        min_df=2,
        sublinear_tf=False,
    )
    matrix = vectorizer.fit_transform(texts)
    model = LogisticRegression(C=4.0, max_iter=2000, solver="lbfgs")
    model.fit(matrix, labels, sample_weight=weights)
    vocab = sorted(vectorizer.vocabulary_, key=vectorizer.vocabulary_.get)
    return {
        "about": "PLOVER event type from a sentence; built by scripts/train_type_classifier.py",
        "examples": {"own": len(own), "synthetic": len(extra)},
        "classes": list(model.classes_),
        "vocabulary": vocab,
        "idf": [round(float(v), 4) for v in vectorizer.idf_],
        "coef": [[round(float(v), 4) for v in row] for row in model.coef_],
        "intercept": [round(float(v), 4) for v in model.intercept_],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-synthetic", action="store_true")
    args = parser.parse_args()
    artifact = train(not args.no_synthetic)
    OUT.write_text(json.dumps(artifact, separators=(",", ":")) + "\n", encoding="utf-8")
    size = OUT.stat().st_size / 1e6
    print(
        f"wrote {OUT.name}: {artifact['examples']}, "
        f"{len(artifact['vocabulary'])} terms, {size:.1f} MB"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
