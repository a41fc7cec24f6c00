"""Resolve mentions to actors (who, which country, what role, on the document's date)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..config import Options
from ..pipeline import Stage
from ..records import Document


def run(docs: Iterable[Document], options: Options) -> Iterator[Document]:
    yield from docs


STAGE = Stage(name="actors", requires=("mentions",), assigns=("actors",), run=run)
