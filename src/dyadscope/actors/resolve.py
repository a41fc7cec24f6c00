"""Resolve actor phrases to `Actor` records: who, for which country, in which role, on the
document's date, and why.

`Resolver` scans a text once (gazetteer, names the document gives, organisations it names),
groups the hits into phrases (`phrases.py`) and hands each phrase to one concern: people
(`people.py`), people the KB lacks (`learned.py`), titles and offices (`roles.py`), bodies,
states, organisations and places (`bodies.py`). `document.py` runs it over a whole document.

Places: a country, capital or city used as a location ("talks in Moscow", "Moscow, Dec 3 -")
is not an actor. It becomes a `Mention` with label "PLACE" and `actor=None`, and its country
code is kept in `doc.annotations["places"]`, a dict from the mention's `(start, end)` to the
ISO alpha-3 code ("" for seas and regions that belong to no country). The same capital read as
an actor ("Moscow said") gets a state actor with reason "metonym".

Carried resolutions (a surname after the full name, "he", "the foreign minister" after the
minister was named, a name learned from an appositive) are written as mentions whose
`actor.reason` starts with "coreference:" or "learned:".
"""

from __future__ import annotations

from ..records import Actor, Document
from .bodies import resolve_body, resolve_named_entity
from .context import (
    Resolution,
    ResolveContext,
    count_codes,
    merge_hits,
    normalise_date,
    replace,
)
from .gazetteer import Hit
from .genders import note_gender
from .kb import KnowledgeBase
from .learned import resolve_appositive, resolve_name_after
from .names import index_names, unknown_name_hits
from .orgnames import find_orgs
from .people import resolve_person, resolve_pronoun
from .phrases import Phrase, build_phrases, to_parts
from .roles import resolve_role

__all__ = ["Resolution", "ResolveContext", "Resolver", "normalise_date"]


class Resolver:
    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb

    def resolve(
        self, text: str, date: str | None, context: ResolveContext | None = None
    ) -> Actor | None:
        """The actor one mention denotes, or None (also None for a place)."""
        ctx = context or ResolveContext(normalise_date(date))
        if context is not None and ctx.date is None:
            ctx.date = normalise_date(date)
        found = [r for r in self.resolve_text(text, ctx) if r.actor is not None]
        if not found:
            learned = ctx.learned.get(text.strip())
            return replace(learned, text=text) if learned else None
        return max(found, key=lambda r: r.end - r.start).actor

    def resolve_document(self, doc: Document) -> Document:
        """Add and resolve every actor mention of a document (see `document.py`)."""
        from .document import resolve_document

        return resolve_document(self, doc)

    def resolve_text(
        self, text: str, ctx: ResolveContext, extra: list[Hit] | None = None
    ) -> list[Resolution]:
        """Every actor phrase and place of a text, left to right."""
        parts = to_parts(text, self._scan(text, ctx, extra))
        phrases = build_phrases(text, parts)
        covered = [(p.start, p.end) for p in parts if p.kind != "name"]
        out: list[Resolution] = []
        for i, phrase in enumerate(phrases):
            if out and out[-1].end == phrase.end and out[-1].start == phrase.start:
                continue  # already resolved as the name after a title ("..., Mohamud Nur,")
            prev = out[-1] if out and phrases[i - 1].end == out[-1].end else None
            res = resolve_appositive(self.kb, text, phrase, prev, ctx, covered, out)
            if res is None:
                res = self._resolve_phrase(text, phrase, ctx)
            if res is not None:
                out.append(res)
            named = resolve_name_after(self.kb, text, phrase, ctx, covered)
            if named is not None:
                if res is not None and res.actor is not None and res.actor.kind == "person":
                    # The title before the comma is the person named after it.
                    reason = f"coreference: appositive of {named.actor.name}"
                    actor = replace(named.actor, text=res.actor.text, reason=reason)
                    out[-1] = res = replace(res, actor=actor)
                out.append(named)
                note_gender(text, named, ctx)
            if res is not None:
                note_gender(text, res, ctx)
        return out

    def _scan(self, text: str, ctx: ResolveContext, extra: list[Hit] | None) -> list[Hit]:
        """Gazetteer hits, plus names and organisations the text gives that the KB lacks
        (found once per text: `ctx.doc_names` is None until then)."""
        hits = self.kb.scan(text)
        extra = list(extra or [])
        if ctx.doc_names is None:
            ctx.doc_names = index_names(text, hits, self.kb)
            extra.extend(unknown_name_hits(text, hits, ctx.doc_names))
            for hit, actor in find_orgs(text, hits):
                extra.append(hit)
                ctx.new_orgs[actor.name] = actor
        hits = merge_hits(hits, sorted(extra, key=lambda h: h.start))
        count_codes(hits, ctx)
        ctx.hits, ctx.hit_starts = hits, [h.start for h in hits]
        return hits

    def _resolve_phrase(self, text: str, phrase: Phrase, ctx: ResolveContext) -> Resolution | None:
        kb = self.kb
        span = text[phrase.start : phrase.end]
        if phrase.person is not None:
            actor = resolve_person(kb, text, phrase, phrase.person, ctx)
            if actor is not None:
                return Resolution(
                    phrase.start, phrase.end, replace(actor, text=span), label="PERSON"
                )
        if phrase.roles:
            actor = resolve_role(kb, text, phrase, span, ctx)
            return Resolution(phrase.start, phrase.end, actor, label="ROLE") if actor else None
        if phrase.parts[0].kind == "pronoun":
            return resolve_pronoun(phrase, span, ctx)
        if phrase.body is not None:
            actor = resolve_body(kb, text, phrase, span, ctx)
            return Resolution(phrase.start, phrase.end, actor, label="ORG") if actor else None
        return resolve_named_entity(kb, text, phrase, span, ctx)
