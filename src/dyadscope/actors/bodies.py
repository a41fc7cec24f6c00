"""Collective actors: the country, IGO or organisation a phrase belongs to, government bodies
("the Russian Foreign Ministry", "Kenya's parliament"), and phrases of one proper name with no
title (a state, a demonym, a capital as metonym, an IGO, an organisation, or a place).
"""

from __future__ import annotations

import re

from ..records import Actor
from .context import (
    Resolution,
    ResolveContext,
    dominant_country,
    is_place,
    pick_code,
    replace,
)
from .kb import KnowledgeBase
from .phrases import Part, Phrase

ETHNIC = re.compile(r"\bethnic\s+$", re.IGNORECASE)
NAME_LABELS = {"adj": "NORP", "prefix": "NORP", "org": "ORG", "igo": "ORG"}


def context_code(
    kb: KnowledgeBase, phrase: Phrase, ctx: ResolveContext
) -> tuple[str | None, str | None]:
    """The country (or IGO:<ACRONYM>) a phrase belongs to, and the sector it implies."""
    part = phrase.context
    if part is None:
        owner = next((r.country for r in phrase.roles if r.country), None)
        return owner, None
    if part.kind == "igo":
        return f"IGO:{part.refs('igo')[0]}", "IGO"
    if part.kind == "org":
        actor = org_actor(kb, part.refs("org")[0], "", ctx)
        if actor is None or not actor.code:
            return None, actor.sector if actor else None
        return pick_code(actor.code, ctx), actor.sector
    codes = part.refs(part.kind)
    return (pick_code(codes[0], ctx) if codes else None), None


def org_actor(kb: KnowledgeBase, name: str, span: str, ctx: ResolveContext) -> Actor | None:
    """A KB organisation, else one the text named itself (see `orgnames.py`)."""
    actor = kb.org_actor(name, ctx.date, span, f"KB organisation {span!r}")
    if actor is None and name in ctx.new_orgs:
        actor = replace(ctx.new_orgs[name], text=span)
    return actor


def resolve_body(
    kb: KnowledgeBase, text: str, phrase: Phrase, span: str, ctx: ResolveContext
) -> Actor | None:
    """ "the Russian Foreign Ministry", "Kenya's parliament": a body of the phrase's owner."""
    code, context_sector = context_code(kb, phrase, ctx)
    body = phrase.body
    how = ""
    if code is None and body.country == "*":
        code, how = dominant_country(ctx), " (the country of the document)"
    if code is None:
        return None
    sector = "IGO" if code.startswith("IGO:") else body.sector or context_sector
    reason = f"body word {body.phrase!r} of {code}{how}"
    home = _ethnic_home(text, phrase.context, code, ctx)
    if home is not None:
        code = home
        reason += f"; ethnic minority in {code}, the country the text names most"
    actor = kb.state_actor(code, span, reason, sector)
    if body.sector and not code.startswith("IGO:"):
        actor.name = f"{actor.name} {body.title}"
        actor.role = body.title
        ctx.bodies[body.title] = actor
    ctx.countries[code] += 1
    return actor


def resolve_named_entity(
    kb: KnowledgeBase, text: str, phrase: Phrase, span: str, ctx: ResolveContext
) -> Resolution | None:
    """A phrase of one proper name and no title or body: a place used as a location, else an
    organisation, an IGO or a state (by name, demonym, prefix or capital as metonym)."""
    part = phrase.parts[0]
    place = _place(text, part)
    if place is not None:
        return place
    if part.kind == "org":
        actor = org_actor(kb, part.refs("org")[0], span, ctx)
        if actor is not None and actor.country and "|" in actor.country:
            actor.country = pick_code(actor.country, ctx)
            actor.reason += f" (active in several countries; {actor.country} from the text)"
    elif part.kind == "igo":
        acronym = part.refs("igo")[0]
        actor = _carried_body(part, acronym, span, ctx) or kb.state_actor(
            f"IGO:{acronym}", span, f"KB organisation {acronym}"
        )
    elif part.kind in {"country", "adj", "prefix", "capital"}:
        actor = _state(kb, text, part, span, ctx)
    else:
        return None
    if actor is None:
        return None
    ctx.countries[actor.code] += 1
    return Resolution(phrase.start, phrase.end, actor, label=NAME_LABELS.get(part.kind, "GPE"))


def _carried_body(part: Part, acronym: str, span: str, ctx: ResolveContext) -> Actor | None:
    """A bare "Security Council" after "Armenia's National Security Council" in a text that
    never names the UN itself is that national body again; in a UN context it is the UN's."""
    if ctx.igo_counts[acronym] or not ctx.bodies:
        return None
    for entry in part.entries:
        if entry.kind != "body":
            continue
        for title, actor in reversed(ctx.bodies.items()):
            if title.endswith(entry.ref.title):
                reason = f"coreference: {span} → {actor.name} (the text never names {acronym})"
                return replace(actor, text=span, reason=reason)
    return None


def _place(text: str, part: Part) -> Resolution | None:
    """ "talks in Moscow", "MOSCOW, Dec 3 -": a location, with the country it lies in."""
    kinds = {e.kind for e in part.entries}
    place_code = next((e.ref for e in part.entries if e.kind in {"place", "capital"}), None)
    if part.kind == "place" or (
        place_code is not None and is_place(text, part, "capital" in kinds)
    ):
        return Resolution(part.start, part.end, None, place_code or "", label="PLACE")
    if part.kind == "country" and is_place(text, part, False):
        return Resolution(part.start, part.end, None, part.refs("country")[0], label="PLACE")
    return None


def _state(kb: KnowledgeBase, text: str, part: Part, span: str, ctx: ResolveContext) -> Actor:
    code = pick_code(part.refs(part.kind)[0], ctx)
    how = {"capital": "metonym: capital of", "adj": "adjective of", "prefix": "prefix of"}
    reason = f"{how.get(part.kind, 'name of')} {code}"
    home = _ethnic_home(text, part, code, ctx)
    if home is not None:
        code = home
        reason = f"ethnic minority in {code}, the country the text names most"
    sector = "GOV" if part.kind == "capital" else None
    return kb.state_actor(code, span, reason, sector)


def _ethnic_home(text: str, part: Part | None, code: str, ctx: ResolveContext) -> str | None:
    """ "ethnic Albanians" in an article about Macedonia live in Macedonia: the country the
    text names most, other than the one the adjective names, when there is one. None when
    the part is no adjective after "ethnic"."""
    if part is None or part.kind != "adj":
        return None
    if not ETHNIC.search(text, max(0, part.start - 10), part.start):
        return None
    others = [(n, c) for c, n in ctx.doc_codes.most_common(3) if c != code]
    return others[0][1] if others else code
