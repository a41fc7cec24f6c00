"""Readings from an event's setting when its sentence leaves a party out.

The place of an event and what the document said before fill the gaps a careful coder
fills: the host of a visit ("Lavrov arrived in Beijing"), the country of protesters nobody
names, the accuser a denial answers, and a withdrawal from an organisation read as cut
relations rather than a military pullback.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..records import Actor
from .participants import group_actor
from .stance import country_codes

if TYPE_CHECKING:  # the coder's context, passed in; no import cycle at run time
    from .coder import DocContext

# Sectors whose members travel on a state's business.
_OFFICIAL_SECTORS = frozenset({"GOV", "DIP", "MIL", "LEG", "IGO"})


def answered(ctx: DocContext, source: list[Actor], target: list[Actor]) -> list[Actor]:
    """A denial with no other party named ("Belarus denied that its officers ...") answers
    whoever accused or pressed the source: anywhere before when the sentence names nobody,
    in the two sentences before when it names only the source's own side."""
    codes = country_codes(source)
    if country_codes(target) - codes:
        return target
    since = ctx.doc.sentences[max(0, ctx.index - 2)].start if target else 0
    return ctx.memory.challenger(codes, since) or target


def leaves_organisation(token: Token, target: list[Actor]) -> bool:
    """Withdrawing oneself (no troops or staff as object) from an organisation."""
    if not target or any(a.country != "IGO" for a in target):
        return False
    return not any(c.dep_ in {"dobj", "nsubjpass"} for c in token.children)


def country_actor(ctx: DocContext, code: str, reason: str) -> Actor:
    """The state of `code` as an actor, from the knowledge base when there is one."""
    if ctx.state_actor is not None:
        return ctx.state_actor(code, "", reason)
    return group_actor(code, "", reason)


def foreign_host(location: str, source: list[Actor], target: list[Actor]) -> bool:
    """A visit to a country with no other party named ("Lavrov arrived in Beijing"): the
    host country is its target."""
    codes = country_codes(source)
    if not codes or location in codes or country_codes(target) - codes:
        return False
    # Officials visit; migrants, refugees or a people ("Somalis arrived in Kenya") do not.
    return all(a.role or a.sector in _OFFICIAL_SECTORS for a in source)


def crowd_of(location: str, source: list[Actor], target: list[Actor]) -> list[Actor]:
    """Protesters nobody names ("hundreds gathered outside the Chinese embassy in Hanoi")
    are people of the country where they protest, unless that is the country protested."""
    if location in country_codes(target):
        return source
    text = source[0].text if source else "protesters"
    return [group_actor(location, text, "protesters placed where they protest")]


def is_host(location: str, source: list[Actor], target: list[Actor]) -> bool:
    """The place is the country of one of the parties: a visit there."""
    return location in country_codes(source) | country_codes(target)


def aimed_abroad(ctx: DocContext, token, actors, source: list[Actor]) -> list[Actor]:
    """A deployment or a restriction with no foreign target of its own ("rushed troops to
    Ladakh along its border with China", "tightened controls on materials shipped to South
    Korea") is aimed at the one foreign country its own phrase names (not a relative
    clause: "under the truce, which requires ... near the Israeli border")."""
    inside = _own_phrase(token)
    own = country_codes(source)
    named = {
        a.code for start, _, a in actors.spans if a.code and a.country != "IGO" and start in inside
    }
    named |= {code for start, _, code in actors.places if code and start in inside}
    foreign = named - own
    if len(foreign) != 1:
        return []
    return [country_actor(ctx, foreign.pop(), "country the act is aimed at")]


def _own_phrase(token) -> set[int]:
    """Character offsets of the words in the verb's phrase, less its subject, its own
    adverbial or participial clauses and any relative clause."""
    left_out = {
        t.i
        for child in token.children
        if child.dep_ in {"nsubj", "nsubjpass", "relcl", "acl", "advcl"}
        for t in child.subtree
    }
    for t in token.subtree:
        if t.dep_ in {"relcl", "advcl"} and t.i != token.i:
            left_out.update(w.i for w in t.subtree)
    return {t.idx for t in token.subtree if t.i not in left_out}
