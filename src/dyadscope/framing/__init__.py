"""What frames a relationship: agreements, mechanisms, anniversaries, verdicts; dates undated
documents from them before events are coded.

Reads the clean text, the sentences and the actor mentions (never the parse, which exists only
for some sentences); writes `doc.agreements`, `doc.mechanisms`, `doc.milestones`,
`doc.verdicts` and, when the document has no date, `doc.published` with
`doc.published_inferred` saying why.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator

from ..config import Options
from ..pipeline import Stage
from ..records import Document
from .agreements import extract_agreements
from .dating import infer_date
from .mechanisms import extract_mechanisms, find_editions
from .milestones import extract_milestones, find_anniversaries
from .verdicts import extract_verdicts

LOGGER = logging.getLogger(__name__)

__all__ = ["STAGE", "frame_document", "run"]


def frame_document(doc: Document) -> Document:
    """Fill the registries of one document and date it when it has no date."""
    anniversaries = find_anniversaries(doc)
    editions = find_editions(doc)
    if not doc.published:
        inferred = infer_date(doc, anniversaries, editions)
        if inferred:
            doc.published = inferred.date
            doc.published_precision = inferred.precision  # type: ignore[assignment]
            doc.published_inferred = inferred.reason
    doc.milestones = extract_milestones(doc, anniversaries)
    doc.mechanisms = extract_mechanisms(doc, editions)
    doc.agreements = extract_agreements(doc)
    doc.verdicts = extract_verdicts(doc)
    return doc


def run(docs: Iterable[Document], options: Options) -> Iterator[Document]:
    for doc in docs:
        if doc.ok and doc.text:
            try:
                frame_document(doc)
            except Exception:  # noqa: BLE001 - registries are extras: keep the document's events
                LOGGER.exception("framing failed on %s; its registries stay empty", doc.doc_id)
        yield doc


STAGE = Stage(
    name="framing",
    requires=("sentences", "actors"),
    assigns=("agreements", "mechanisms", "milestones", "verdicts", "published"),
    run=run,
)
