"""How sure the coder is of one event: the trigger's weight, scaled by what the sentence
gives (both parties, an explicit date) and what it withholds (a subordinate or time clause,
an announcement, a recalled event, a bare noun)."""

from __future__ import annotations

from spacy.tokens import Token

from ..records import Event
from .triggers import Trigger


def confidence(
    trig: Trigger, event: Event, explicit_date: bool, announced: bool, marks: frozenset[str]
) -> float:
    score = trig.entry.weight
    countries = event.countries()
    if len(countries) >= 2 and (event.target or event.symmetric):
        score *= 1.0
    elif event.source and event.target:
        score *= 0.95
    elif event.source or event.target:
        score *= 0.8
    else:
        score *= 0.55
    if trig.is_noun and not _main_object(trig.token):
        score *= 0.85
    if announced:
        score *= 0.9
    if event.background:
        score *= 0.75
    if _subordinate(trig.token):
        score *= 0.85  # a relative or adverbial clause: not what the sentence is about
        if trig.token.tag_ in {"VBG", "VBN"} and trig.token.dep_ == "advcl":
            score *= 0.85  # "..., accusing it of smuggling": a participle adds a reason
    if time_clause(trig.token, marks):
        score *= 0.85  # "..., one day after a Serbian jet shot down ...": the occasion
    if explicit_date:
        score = min(1.0, score * 1.05)
    return round(score, 3)


def _main_object(noun: Token) -> bool:
    """The object of the sentence's main verb: "Italy announced a suspension of links"."""
    return noun.dep_ == "dobj" and noun.head.dep_ == "ROOT" and noun.head.pos_ == "VERB"


def time_clause(token: Token, marks: frozenset[str]) -> bool:
    """The trigger's clause is introduced as the time of another event ("after X did")."""
    current = token
    for _ in range(6):
        if current.dep_ == "advcl":
            return any(c.dep_ == "mark" and c.lower_ in marks for c in current.children)
        if current.head.i == current.i:
            return False
        current = current.head
    return False


def _subordinate(token: Token) -> bool:
    current = token
    for _ in range(8):
        if current.dep_ in {"relcl", "acl", "advcl"}:
            return True
        if current.head.i == current.i:
            return False
        current = current.head
    return False
