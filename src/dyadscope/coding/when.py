"""When and where an event happened, from the sentence around its trigger.

The date is the temporal expression of the trigger's own clause, else of a clause above it
("Lavrov on Tuesday said that ..."), else the publication date. Where is a place named in an
"in"/"at" phrase of the event's clause, mapped to its country.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Token

from ..nlp.dates import TimeExpr, default_date
from ..records import Mention

DAY_PRECISIONS = frozenset({"day", "hour", "minute", "second"})
# Nouns a date can modify without naming another thing: "on Tuesday morning".
_TIMES_OF_DAY = frozenset({"morning", "afternoon", "evening", "night", "midday", "dawn"})


@dataclass(slots=True)
class EventDate:
    value: str | None
    precision: str
    explicit: bool  # read from the sentence, not defaulted
    background: bool  # well before the publication date


def clause_chain(token: Token) -> list[Token]:
    """The trigger's clause verb and the verbs above it, nearest first."""
    chain = []
    current = token
    for _ in range(8):
        if current.pos_ in {"VERB", "AUX"} or current.i == token.i:
            chain.append(current)
        if current.head.i == current.i:
            break
        current = current.head
    if all(t.i != current.i for t in chain):
        chain.append(current)
    return chain


def _later_conjunct(clause: Token, verb: Token) -> bool:
    """`clause` is a verb coordinated after `verb` with no subject of its own: the time
    phrase that ends the coordination covers both verbs."""
    return (
        clause.dep_ == "conj"
        and clause.head.i == verb.i
        and clause.i > verb.i
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children)
    )


def _clause_of(token: Token) -> Token:
    current = token
    for _ in range(8):
        if current.pos_ in {"VERB", "AUX"} or current.head.i == current.i:
            return current
        current = current.head
    return current


def pick_date(
    trigger: Token,
    exprs: list[TimeExpr],
    ref: date | None,
    ref_precision: str,
    *,
    announced: bool = False,
    perfect: bool = False,
    deadlines: frozenset[str] = frozenset(),
) -> EventDate:
    """The event's date; `announced` events (a future act reported as a promise) take the
    date of the announcement, not of the act. A date under one of the `deadlines`
    prepositions ("before the vote in November") bounds the event and never dates it."""
    doc = trigger.doc
    chain = clause_chain(trigger)
    best: TimeExpr | None = None
    best_rank = 99
    for expr in exprs:
        span = doc.char_span(expr.start, expr.end, alignment_mode="expand")
        if span is None or _names_other_thing(span.root, trigger):
            continue
        if deadlines and _under_deadline(span.root, deadlines, span.start):
            continue
        clause = _clause_of(span.root)
        rank = next((n for n, verb in enumerate(chain) if verb.i == clause.i), None)
        if (
            rank is None
            and expr.precision in {"day", "month"}
            and _participle_within(clause, chain)
        ):
            rank = len(chain)  # "In a statement issued in July, X said ...": after the chain
        if rank is None and _later_conjunct(clause, chain[0]):
            rank = len(chain) + 1  # "X expelled A and widened B on Wednesday": both that day
        if rank is not None and rank < best_rank:
            best, best_rank = expr, rank
    if best is not None and not (announced and best.future):
        return EventDate(best.value, best.precision, True, _is_background(best, ref))
    if perfect or ref is None:
        return EventDate(None, "unknown", False, perfect)
    precision = "day" if ref_precision in DAY_PRECISIONS else ref_precision
    value, precision = default_date(ref, precision if precision != "unknown" else "day")
    return EventDate(value, precision, False, False)


def _participle_within(clause: Token, chain: list[Token]) -> bool:
    """A participle phrase with no subject of its own inside the verb's clause ("a statement
    issued at their meeting in July"): it tells when the clause's occasion was."""
    # "Speaking on Tuesday, X said" (advcl) and "a statement issued in July" (acl, past
    # participle); "the festival starting Wednesday" dates the festival, not the statement.
    advcl = clause.dep_ == "advcl" and clause.tag_ in {"VBN", "VBG"}
    if not advcl and not (clause.dep_ == "acl" and clause.tag_ == "VBN"):
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children):
        return False
    verbs = {v.i for v in chain}
    return any(a.i in verbs for a in clause.ancestors)


def _under_deadline(root: Token, deadlines: frozenset[str], start: int) -> bool:
    """The date sits in a phrase opened by a deadline preposition, up to its clause verb:
    "before [the election this month]", "ahead of [the March 3 summit]". A bare date right
    after such a phrase belongs to it even when the parser hangs it on the verb."""
    if root.dep_ == "npadvmod" and start > 0 and _under_deadline(root.doc[start - 1], deadlines, 0):
        return True
    current = root
    for _ in range(6):
        if current.lower_ in deadlines and current.dep_ in {"prep", "mark", "advmod"}:
            return True
        if current.pos_ in {"VERB", "AUX"} or current.head.i == current.i:
            return False
        current = current.head
    return False


def _names_other_thing(root: Token, trigger: Token) -> bool:
    """The date modifies a noun other than the trigger: "urged an inquiry into the February 8
    vote" dates the vote, not the request ("the March 3 meeting" still dates a meeting)."""
    head = root.head
    return (
        root.dep_ in {"compound", "nmod", "amod", "nummod", "poss"}
        and head.pos_ in {"NOUN", "PROPN"}
        and trigger.i not in {head.i, head.head.i}  # "held the March 3 meeting": its own
        and head.ent_type_ != "DATE"
        and head.lemma_.lower() not in _TIMES_OF_DAY
        and not head.like_num
    )


def _is_background(expr: TimeExpr, ref: date | None) -> bool:
    """An event more than about six weeks before the publication date is recalled, not news."""
    if ref is None or expr.future:
        return False
    value = expr.value
    if expr.precision == "year":
        return int(value) < ref.year and ref.month > 2 or int(value) < ref.year - 1
    if expr.precision == "month":
        year, month = int(value[:4]), int(value[5:7])
        return (ref.year * 12 + ref.month) - (year * 12 + month) >= 2
    try:
        return date.fromisoformat(value) < ref - timedelta(days=45)
    except ValueError:
        return False


def pick_location(
    trigger: Token, mentions: list[tuple[int, int, Mention]], place_country
) -> str | None:
    """The country of a place in an "in"/"at" phrase of the event's clause, if any.
    `mentions` hold (start, end) relative to the sentence; `place_country(name)` maps a
    place name to its ISO code."""
    clause = _clause_of(trigger)
    heads = [trigger] if clause.i == trigger.i else [trigger, clause]
    for head in heads:
        code = _place_in(head, mentions, place_country)
        if code:
            return code
    # "gathered outside the embassy in Hanoi": the place of the spot where it happened.
    for prep in trigger.children:
        if prep.dep_ == "prep" and prep.lower_ not in {"in", "at", "with", "to", "against"}:
            for pobj in prep.children:
                code = _place_in(pobj, mentions, place_country) if pobj.dep_ == "pobj" else None
                if code:
                    return code
    return None


def _place_in(head: Token, mentions, place_country) -> str | None:
    """The country of the place in an "in"/"at" phrase hanging from `head`."""
    for child in head.children:
        if child.dep_ != "prep" or child.lower_ not in {"in", "at"}:
            continue
        for pobj in child.children:
            if pobj.dep_ != "pobj":
                continue
            code = _place_code(pobj, mentions, place_country)
            if code:
                return code
    return None


def _place_code(token: Token, mentions, place_country) -> str | None:
    start, end = token.idx, token.idx + len(token.text)
    for m_start, m_end, mention in mentions:
        if m_start < end and start < m_end:
            if mention.actor is not None and mention.actor.country not in {None, "IGO"}:
                return mention.actor.country
            if place_country is not None:
                return place_country(mention.text)
    if token.ent_type_ in {"GPE", "LOC"} and place_country is not None:
        return place_country(token.text)
    return None


# "two days after", "a week before": how far the clause's event lies from the main one.
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_UNITS = {"day": 1, "days": 1, "week": 7, "weeks": 7}


def shifted(when: EventDate, trigger: Token, exprs: list[TimeExpr]) -> EventDate:
    """The date of an event told as "N days after/before" another whose date the sentence
    gives: "The expulsions came two days after hundreds rallied outside the embassy" (the
    rally two days before the expulsions). Only a day-precise date with no time phrase of
    the event's own clause moves."""
    if when.precision != "day" or when.value is None:
        return when
    found = _offset_clause(trigger)
    if found is None:
        return when
    clause, days = found
    words = list(clause.subtree)
    start, end = words[0].idx, words[-1].idx + len(words[-1].text)
    if any(start <= e.start < end for e in exprs):
        return when  # the clause dates itself
    moved = date.fromisoformat(when.value) + timedelta(days=days)
    return EventDate(moved.isoformat(), "day", when.explicit, when.background)


def _offset_clause(trigger: Token) -> tuple[Token, int] | None:
    current = trigger
    for _ in range(6):
        head = current.head
        marker = next(
            (c for c in current.children if c.dep_ == "mark" and c.lower_ in {"after", "before"}),
            None,
        )
        if (
            marker is None
            and head.lower_ in {"after", "before"}
            and current.dep_
            in {
                "pobj",
                "pcomp",
            }
        ):
            marker = head
        if marker is not None:
            days = _measure(marker) or _measure(current)
            if days:
                return current, -days if marker.lower_ == "after" else days
            return None
        if head.i == current.i:
            return None
        current = head
    return None


def _measure(word: Token) -> int:
    """ "two days" hanging on "after" or on its clause's verb: the number of days, or 0."""
    for unit in word.children:
        if unit.dep_ == "npadvmod" and unit.lower_ in _UNITS:
            count = next((c for c in unit.children if c.dep_ in {"nummod", "det"}), None)
            number = _COUNTS.get(count.lower_, 0) if count is not None else 1
            return number * _UNITS[unit.lower_]
    return 0
