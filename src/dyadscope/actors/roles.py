"""Titles and offices: "the Russian prime minister" on a date names the holder of that office
then; a title no office table covers ("a Kenyan diplomat") stays a generic role of its
country; "the foreign minister" alone names the one this document has already introduced.
"""

from __future__ import annotations

from ..records import Actor
from .bodies import context_code, org_actor
from .context import ResolveContext, replace, title_tail
from .kb import KnowledgeBase
from .phrases import Phrase
from .tables import Role, split_code

# Offices held by one person at a time: "the Russian prime minister" names someone.
SINGLE_OFFICES = frozenset(
    [
        "HOS",
        "HOG",
        "FM",
        "DM",
        "SUP",
        "VP",
        "GS",
        "SC",
        "FAC",
        "NSA",
        "CCS",
        "PRESS",
        "SG",
        "DG",
        "MD",
        "HC",
        "HR",
        "PEC",
        "PEUCO",
        "PRES",
        "SECCO",
        "CGS",
        "ARMY",
        "NPC",
        "CPPCC",
        "DUMA",
        "FCCHAIR",
        "CP",
        "INT",
        "FIN",
        "TRADE",
    ]
)


def resolve_role(
    kb: KnowledgeBase, text: str, phrase: Phrase, span: str, ctx: ResolveContext
) -> Actor | None:
    """A title with no name: the office holder on the date, else a generic role."""
    code, context_sector = context_code(kb, phrase, ctx)
    office = office_hint(kb, phrase, code)
    role = phrase.roles[-1]
    if code is None and phrase.context is not None and phrase.context.kind == "org":
        return _stateless_title(kb, phrase, span, ctx)
    if code is None:
        key = ctx.by_office.get(office or "") or ctx.by_office.get(role.title.lower())
        if key and key in ctx.people:
            actor = ctx.people[key]
            return replace(actor, text=span, reason=f"coreference: {span} → {actor.name}")
        return None
    if office and not phrase.former:
        holders = kb.office_holders(code, office, ctx.date)
        if not ctx.date:
            holders = [t for t in holders if not t.end]
        if holders and office in SINGLE_OFFICES:
            term = holders[0]
            reason = f"role-at-date: {kb.term_title(term)} of {code} on {ctx.date}"
            actor = kb.person_actor(term.person, ctx.date, span, reason, office)
            ctx.remember(actor, [], office, phrase.start)
            return actor
    of = title_tail(text, phrase)
    return _generic_role(kb, code, role, context_sector, span, phrase.former, of)


def office_hint(kb: KnowledgeBase, phrase: Phrase, code: str | None) -> str | None:
    """The office key the phrase's titles name ("the X leader" → the country's leader)."""
    for role in reversed(phrase.roles):
        office = role.office
        if not office:
            continue
        if office == "LEADER" or (code and code.startswith("IGO:") and office == "HOS"):
            return kb.leader_office(code) if code else None
        return office
    return None


def role_title(titles: list[str], former: bool, of: str | None = None) -> str:
    """ "State Councilor and Foreign Minister", "Special Envoy for Syria", "Former President"."""
    title = " and ".join(dict.fromkeys(titles))
    if of:
        title = f"{title} {of}"
    return f"Former {title}" if former else title


def igo_sector(sector: str | None, igo: str | None) -> str | None:
    """Someone speaking for an IGO is IGO unless the title makes them a diplomat."""
    return "IGO" if igo and sector not in {"IGO", "DIP"} else sector


def _stateless_title(
    kb: KnowledgeBase, phrase: Phrase, span: str, ctx: ResolveContext
) -> Actor | None:
    """ "the president of the Committee for Freedom", "Amnesty International's secretary
    general": a title in an organisation that speaks for no state has no country either."""
    org = org_actor(kb, phrase.context.refs("org")[0], span, ctx)
    if org is None:
        return None
    title = phrase.roles[-1].title
    reason = f"title in {org.name}, an organisation of no state"
    return Actor(
        f"{org.name} {title}", org.actor_id, None, org.sector, title, None, span, reason, "person"
    )


def _generic_role(
    kb: KnowledgeBase,
    code: str,
    role: Role,
    context_sector: str | None,
    span: str,
    former: bool,
    of: str | None,
) -> Actor:
    country, igo = split_code(code)
    office = kb.office(code, role.office) if role.office else None
    title = office.title if office and office.country == code else role.title
    title = role_title([title], former, of)
    sector = igo_sector(role.sector or context_sector or ("IGO" if igo else "GOV"), igo)
    name = f"{kb.country_name(code) or code} {title}"
    reason = f"title without a name: {span!r}"
    actor_id = f"igo/{igo}" if igo else f"country/{code}/{sector}"
    return Actor(name, actor_id, country, sector, title, igo, span, reason, "person")
