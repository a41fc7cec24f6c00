"""The fallback event-type classifier: a linear model over TF-IDF word n-grams.

Trained by `scripts/train_type_classifier.py` (the team's sentences plus weak synthetic
stories) and stored as plain JSON in `data/coding/type_classifier.json`; this module scores a
sentence with the same tokenisation and weighting as scikit-learn's `TfidfVectorizer`
(lower case, word uni- and bigrams, l2 norm) so no scikit-learn is needed at run time. The
coder asks it only for sentences its rules left without an event, and keeps its answer only
above a high probability.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from ..data import read_text
from ..errors import DataError

TOKEN_PATTERN = r"(?u)\b\w\w+\b"
NGRAMS = (1, 2)
_TOKENS = re.compile(TOKEN_PATTERN)


@dataclass(frozen=True)
class TypeClassifier:
    classes: tuple[str, ...]
    index: dict[str, int]
    idf: tuple[float, ...]
    coef: tuple[tuple[float, ...], ...]
    intercept: tuple[float, ...]

    def features(self, text: str) -> dict[int, float]:
        words = _TOKENS.findall(text.lower())
        grams = list(words)
        grams += [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]
        counts = Counter(self.index[g] for g in grams if g in self.index)
        weights = {i: n * self.idf[i] for i, n in counts.items()}
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        return {i: w / norm for i, w in weights.items()}

    def predict(self, text: str) -> tuple[str, float]:
        """The most likely type and its probability."""
        feats = self.features(text)
        scores = [
            b + sum(row[i] * w for i, w in feats.items())
            for row, b in zip(self.coef, self.intercept, strict=True)
        ]
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        best = max(range(len(scores)), key=scores.__getitem__)
        return self.classes[best], exps[best] / sum(exps)


@lru_cache(maxsize=1)
def load_classifier() -> TypeClassifier | None:
    """The trained model, or None when the artifact is absent (the coder then uses rules)."""
    try:
        data = json.loads(read_text("coding/type_classifier.json"))
    except DataError:
        return None
    return TypeClassifier(
        classes=tuple(data["classes"]),
        index={term: i for i, term in enumerate(data["vocabulary"])},
        idf=tuple(data["idf"]),
        coef=tuple(tuple(row) for row in data["coef"]),
        intercept=tuple(data["intercept"]),
    )
