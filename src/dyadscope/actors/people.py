"""People the knowledge base knows: a full name or a surname, picked by date, title and the
countries around it; a surname carried over inside the document; "he" and "she".
"""

from __future__ import annotations

from ..records import Actor
from .bodies import context_code
from .context import Resolution, ResolveContext, name_surfaces, replace, unknown_person
from .gazetteer import person_country
from .kb import KnowledgeBase
from .learned import resolve_name
from .names import find_document_name
from .phrases import Part, Phrase
from .roles import igo_sector, office_hint, role_title
from .tables import split_code

PRONOUN_REACH = 600  # characters back to the person a "he" or "she" may refer to


def resolve_person(
    kb: KnowledgeBase, text: str, phrase: Phrase, part: Part, ctx: ResolveContext
) -> Actor | None:
    """The person part of a phrase: a KB name or surname, a name this document gave, or a
    name the KB lacks (see `learned.py`)."""
    surface = text[part.start : part.end]
    code, _ = context_code(kb, phrase, ctx)
    office = office_hint(kb, phrase, code)
    if part.kind == "name":
        return resolve_name(kb, text, phrase, surface, code, ctx)
    remembered = ctx.surnames.get(surface) if part.kind == "short" else None
    if remembered and remembered in ctx.people:
        actor = replace(
            ctx.people[remembered],
            reason=f"coreference: {surface} → {ctx.people[remembered].name}",
        )
        ctx.remember(actor, [surface], office, part.start)
        return actor
    if part.kind == "short" and not phrase.roles:
        actor = _document_person(kb, text, surface, part.start, ctx)
        if actor is not None:
            return actor
    pid = _pick_person(kb, part, code, office, ctx)
    if pid is None:
        return None
    how = "KB name" if part.kind == "person" else "KB surname (office holder at date)"
    reason = f"{how} {surface!r}" + (f" with title {office}" if office else "")
    actor = kb.person_actor(pid, ctx.date, surface, reason, office)
    person = kb.people[pid]
    # The surname carries over inside the document even when the KB index leaves it out.
    surfaces = [surface, *name_surfaces(person.name, person_country(person))]
    surfaces += kb.gazetteer.shorts_by_pid.get(pid, [])
    term = kb.person_term(pid, ctx.date, office)
    if phrase.roles and actor.role is None:
        actor = _title_from_text(actor, phrase, code)
    ctx.remember(actor, surfaces, term.office if term else None, part.start)
    return actor


def resolve_pronoun(phrase: Phrase, span: str, ctx: ResolveContext) -> Resolution | None:
    """ "he added": the last person named, when named close enough before, passing over
    anyone the text shows to be of the other gender (see `genders.py`)."""
    want = "F" if span.lower() == "she" else "M"
    key = _referent(phrase.start, want, ctx)
    if key is None:
        return None
    actor = ctx.people[key]
    ctx.recent.append((phrase.start, key))
    last = ctx.recent[-2][1] == key
    how = "last person named" if last else f"nearest person named who can be {span.lower()!r}"
    reason = f"coreference: {span} → {actor.name} ({how})"
    return Resolution(
        phrase.start, phrase.end, replace(actor, text=span, reason=reason), label="PRON"
    )


def _referent(start: int, want: str, ctx: ResolveContext) -> str | None:
    """The person a pronoun of gender `want` refers to. "he" takes the last person not known
    to be a woman. "she" takes the last woman within reach, else the last person of unknown
    gender: in political news an unknown is more often a man, so a known woman comes first."""
    unknown = None
    for at, key in reversed(ctx.recent):
        if start - at > PRONOUN_REACH:
            break
        gender = ctx.genders.get(key)
        if gender == want:
            return key
        if gender is None and unknown is None:
            if want == "M":
                return key
            unknown = key
    return unknown


def _document_person(
    kb: KnowledgeBase, text: str, surface: str, at: int, ctx: ResolveContext
) -> Actor | None:
    """A surname alone names the person of this document with that surname (named before,
    or later in the same paragraph) before any namesake in the KB."""
    found = find_document_name(ctx.doc_names or {}, text, surface, at)
    if found is None:
        return None
    reason = f"coreference: {surface} → {found.name} (named in this document)"
    if found.pid is not None:
        actor = kb.person_actor(found.pid, ctx.date, surface, reason)
    else:
        known = ctx.learned.get(found.name)
        if known is not None:
            actor = replace(known, reason=reason)
        else:
            actor = unknown_person(found.name, surface, "surname of a name in this document")
    ctx.remember(actor, [surface, found.name], None, at)
    return actor


def _title_from_text(actor: Actor, phrase: Phrase, code: str | None) -> Actor:
    """The KB knows only a later office of this person, but the text gives a title ("U.N.
    special rapporteur Richard Bennett", "rebel commander Laurent Nkunda"): the text wins."""
    role = role_title([r.title for r in phrase.roles], phrase.former)
    sector = next((r.sector for r in reversed(phrase.roles) if r.sector), actor.sector)
    country, igo = actor.country, actor.igo
    if code and phrase.context is not None:
        country, igo = split_code(code)
    sector = igo_sector(sector, igo)
    reason = f"{actor.reason}; title from the text"
    return Actor(
        actor.name, actor.actor_id, country, sector, role, igo, actor.text, reason, "person"
    )


def _pick_person(
    kb: KnowledgeBase, part: Part, code: str | None, office: str | None, ctx: ResolveContext
) -> str | None:
    """Among the people a name or surname may denote, the one that fits the date, the
    title and the country around it; None when two fit equally."""
    pids = list(dict.fromkeys(part.refs("person") or part.refs("short")))
    if part.kind == "short" and ctx.date and office is None and code is None:
        # A surname alone reaches into the KB only for people prominent on the date.
        pids = [p for p in pids if kb.is_prominent(p, ctx.date)]
    scored = []
    for pid in pids:
        term = kb.person_term(pid, ctx.date, office)
        if term is None:
            continue
        live = ctx.date is None or term.covers(ctx.date)
        score = 4 * live + 2 * (office is not None and term.office == office)
        score += 2 * (code is not None and term.country == code)
        score += ctx.countries.get(term.country, 0) > 0
        # Out of office on the date: someone who held it before beats a future holder.
        score += bool(not live and ctx.date and term.end and term.end < ctx.date)
        scored.append((score, live, pid))
    if not scored:
        return None
    scored.sort(reverse=True)
    best, live, pid = scored[0]
    if len(scored) > 1 and scored[1][0] == best:
        return None
    weak = part.kind == "short" and not live and office is None and code is None
    if weak and len(scored) > 1:
        return None  # a shared surname of someone out of office: too weak
    return pid
