"""Code PLOVER events and quotes from sentences, parse and actors."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..config import Options
from ..pipeline import Stage
from ..records import Document


def run(docs: Iterable[Document], options: Options) -> Iterator[Document]:
    yield from docs


STAGE = Stage(name="coding", requires=("sentences", "parse", "actors"), assigns=("events", "quotes"), run=run)
