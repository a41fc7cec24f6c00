"""What frames a relationship: agreements, mechanisms, anniversaries, verdicts; dates undated
documents from them before events are coded."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..config import Options
from ..pipeline import Stage
from ..records import Document


def run(docs: Iterable[Document], options: Options) -> Iterator[Document]:
    yield from docs


STAGE = Stage(
    name="framing",
    requires=("sentences", "actors"),
    assigns=("agreements", "mechanisms", "milestones", "verdicts", "published"),
    run=run,
)
