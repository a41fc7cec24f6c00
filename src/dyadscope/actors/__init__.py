"""Resolve mentions to actors (who, which country, what role, on the document's date).

Reads `mentions` (the NER's, which may be sparse) and the text; assigns `actors`: every
mention that denotes a political actor carries `mention.actor`, and mentions the NER missed
are added (countries, demonyms, capitals as metonyms, IGOs, known people, titles, government
bodies). Places used as locations get label "PLACE" and no actor; their countries are in
`doc.annotations["places"]` (see `resolve.py`).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator

from ..config import Options
from ..errors import message
from ..pipeline import Stage
from ..records import Document
from .kb import Candidate, KnowledgeBase
from .resolve import ResolveContext, Resolver

LOGGER = logging.getLogger(__name__)

_RESOLVERS: dict[str, Resolver] = {}


def get_resolver(options: Options) -> Resolver:
    """One resolver per process and per user actor file (the KB loads once)."""
    extra = str(options.get("actors.extra_file", "") or "")
    if extra not in _RESOLVERS:
        _RESOLVERS[extra] = Resolver(KnowledgeBase.load([extra] if extra else []))
    return _RESOLVERS[extra]


def run(docs: Iterable[Document], options: Options) -> Iterator[Document]:
    resolver = get_resolver(options)
    for doc in docs:
        try:
            resolver.resolve_document(doc)
        except Exception as e:  # noqa: BLE001 - one odd document must not stop the batch
            LOGGER.exception("actor resolution failed on %s", doc.doc_id)
            doc.fail("E199", message("E199", stage="actors", detail=str(e) or repr(e)))
        yield doc


STAGE = Stage(name="actors", requires=("mentions",), assigns=("actors",), run=run)

__all__ = [
    "STAGE",
    "Candidate",
    "KnowledgeBase",
    "ResolveContext",
    "Resolver",
    "get_resolver",
    "run",
]
