"""Resolve every actor in one document: add the mentions the NER missed, attach actors, keep
the NER mentions nothing overlaps, and record places (see `resolve.py` for the convention)."""

from __future__ import annotations

from bisect import bisect_right

from ..records import Document, Mention
from .context import (
    Resolution,
    ResolveContext,
    merge_hits,
    name_hit,
    normalise_date,
    overlaps,
    replace,
)
from .names import find_words
from .resolve import Resolver

NAME_LABELS = frozenset({"PERSON"})


def resolve_document(resolver: Resolver, doc: Document) -> Document:
    text = doc.text or ""
    date = normalise_date(doc.published)
    names = [name_hit(m.start, m.end, m.text) for m in doc.mentions if m.label in NAME_LABELS]
    ctx = ResolveContext(date)
    found = resolver.resolve_text(text, ctx, names)
    if ctx.learned:
        found = _add_learned(text, ctx, found)
    doc.mentions = _merge(doc, found)
    doc.annotations["places"] = {(r.start, r.end): r.place for r in found if r.place is not None}
    return doc


def _add_learned(text: str, ctx: ResolveContext, found: list[Resolution]) -> list[Resolution]:
    """Names learned from the article (appositives, titles) wherever else they occur:
    "Aurangzeb added" after "Finance Minister Muhammad Aurangzeb"."""
    spans = sorted((r.start, r.end) for r in found)
    added = []
    for hit in _learned_hits(text, ctx):
        surface = text[hit.start : hit.end]
        key = ctx.surnames.get(surface)
        actor = ctx.people.get(key or "") or ctx.learned.get(surface)
        if actor is None or overlaps((hit.start, hit.end), spans):
            continue
        reason = f"coreference: {surface} → {actor.name} (learned in this article)"
        added.append(
            Resolution(
                hit.start, hit.end, replace(actor, text=surface, reason=reason), label="PERSON"
            )
        )
    return sorted(found + added, key=lambda r: r.start) if added else found


def _learned_hits(text: str, ctx: ResolveContext) -> list:
    learned_ids = {a.actor_id for a in ctx.learned.values()}
    surfaces = set(ctx.learned)
    surfaces.update(s for s, key in ctx.surnames.items() if key in learned_ids)
    hits = [name_hit(start, end, text[start:end]) for start, end in find_words(text, surfaces)]
    return merge_hits([], sorted(hits, key=lambda h: (h.start, -(h.end - h.start))))


def _merge(doc: Document, found: list[Resolution]) -> list[Mention]:
    """Our mentions, plus the NER mentions that overlap none of them, in text order."""
    starts = [s.start for s in doc.sentences]
    by_span = {(m.start, m.end): m for m in doc.mentions}
    out: list[Mention] = []
    for res in found:
        old = by_span.get((res.start, res.end))
        label = "PLACE" if res.place is not None else (old.label if old else res.label)
        sentence = bisect_right(starts, res.start) - 1 if starts else -1
        text = doc.text[res.start : res.end]
        actor = replace(res.actor, text=text) if res.actor else None
        out.append(Mention(res.start, res.end, text, label, sentence, actor))
    spans = sorted((m.start, m.end) for m in out)
    for mention in doc.mentions:
        if not overlaps((mention.start, mention.end), spans):
            out.append(mention)
    out.sort(key=lambda m: (m.start, m.end))
    return out
