"""Sentences, entities and the parse, from spaCy."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..config import Options
from ..pipeline import Stage
from ..records import Document


def run(docs: Iterable[Document], options: Options) -> Iterator[Document]:
    yield from docs


STAGE = Stage(name="nlp", requires=("text",), assigns=("sentences", "mentions", "parse"), run=run)
