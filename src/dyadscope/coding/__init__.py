"""Code PLOVER events and quotes from sentences, parse and actors.

Reads `sentences`, the candidate-sentence parses in `annotations["parses"]` and the
resolved `mentions`; assigns `events` (every coded event, domestic ones with
`interstate=False`) and `quotes`. Knowledge lives in `data/coding/` (see `lexicon.py`).

Settings (section `coding`): `min_confidence` drops weaker events, `keep_domestic` keeps
events within one country, `reference_timezone` is the zone a UTC publication time is read
in (weekdays count from that local date).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator

from ..config import Options
from ..pipeline import Stage
from ..records import Document, Event
from .coder import code_sentences, make_context
from .lexicon import COOPERATIVE, load_lexicon
from .merge import absorb_undated, finish, merge_events, split_pairs
from .quotes import extract_quotes

LOGGER = logging.getLogger(__name__)


def run(docs: Iterable[Document], options: Options) -> Iterator[Document]:
    lexicon = load_lexicon()
    resolver = _resolver(options)
    for doc in docs:
        if doc.ok:
            code_document(doc, options, lexicon=lexicon, resolver=resolver)
        yield doc


def code_document(
    doc: Document, options: Options | None, *, lexicon=None, resolver=None
) -> Document:
    """Fill `doc.events` and `doc.quotes` from its sentences, parses and mentions."""
    lexicon = lexicon or load_lexicon()
    ctx = make_context(doc, lexicon, options, resolver)
    ctx.quotes = extract_quotes(doc, ctx.ref)  # first: "I" and "we" inside them are the speaker
    events = code_sentences(ctx)
    threshold = float(_get(options, "coding.min_confidence", 0.35))
    keep_domestic = bool(_get(options, "coding.keep_domestic", True))
    kept = absorb_undated(
        [e for e in events if e.confidence >= threshold and not one_sided(e)], ctx.explicit
    )
    if not keep_domestic:
        kept = [e for e in kept if len(e.countries()) >= 2]
    merged = merge_events(kept)
    if _get(options, "coding.split_pairs", False):
        merged = split_pairs(merged)
    doc.events = [finish(e, lexicon) for e in merged]
    doc.quotes = ctx.quotes
    return doc


def one_sided(event: Event) -> bool:
    """Countries on one side only: "Both Pakistan and China reject claims ..." (no one
    rejected), "experts doubt Russian and Chinese accounts" (no doer placed). Such a record
    would read as an interaction between the countries listed together, which it is not."""
    if event.symmetric or event.event_type in COOPERATIVE:
        return False  # "U.S. and Iraqi forces in a joint operation": together, as partners
    sources = {a.code for a in event.source if a.code}
    targets = {a.code for a in event.target if a.code}
    return len(sources | targets) >= 2 and not (sources and targets)


def _get(options: Options | None, key: str, default):
    return options.get(key, default) if options is not None else default


def _resolver(options: Options):
    """The actors stage's resolver, when it offers one (for phrases no mention covers)."""
    try:
        from ..actors import get_resolver  # type: ignore[attr-defined]
    except ImportError:
        return None
    try:
        return get_resolver(options)
    except Exception:  # noqa: BLE001 - coding goes on with mentions alone
        LOGGER.warning("actors resolver unavailable; coding with mentions only", exc_info=True)
        return None


STAGE = Stage(
    name="coding", requires=("sentences", "parse", "actors"), assigns=("events", "quotes"), run=run
)

__all__ = ["STAGE", "Event", "code_document", "run"]
