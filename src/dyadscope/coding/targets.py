"""The target of an event when the trigger's own arguments name none.

The parse does not always put the other party where `roles.py` looks: "offered to hand over
to Great Britain", "demanded that the US cancel", "threatened to break relations with
Russia", "rejected calls by Belarus's rulers". Like a human coder reading the predicate left
to right, `fallback_target` walks the trigger's predicate breadth-first (objects,
complements, prepositional phrases; not its subject, relative clauses, appositions or a
verb of saying) and takes, in this order:

1. the first actor of another country than the source (with the actors coordinated with it);
   a group named by where it is ("Moslem forces in east Bosnia") counts as an actor; for
   an accusation, the doer of the deed accused comes first ("investigating crimes by X
   against Y" accuses X); for a material event or an international organisation's act,
   a place of another country that is the object, not the scene, counts too ("invasion of
   South Lebanon", "the IAEA dispatched inspectors to Iran"),
2. for material events and acts of international organisations, the first place of another
   country even as the scene ("a curfew in Montenegro", "a force in Lebanon"),
3. an actor or a place of the source's own country (a domestic event),
4. for a domestic event whose object is people or a group ("dispersed demonstrators") in a
   sentence that names no other country, the source's country itself.

Phrases of time and concession ("before allowing U.N. convoys", "despite Israel's wish")
and the person an act is done for ("calls for X's release": X's captor is asked) are not
read.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator

from spacy.tokens import Token

from ..records import Actor
from .assertion import is_document_name
from .lexicon import Lexicon
from .participants import SentenceActors, group_actor

# Dependencies never followed from the trigger: who acts, side remarks, other sentences.
_SKIP = frozenset(
    {"nsubj", "nsubjpass", "csubj", "expl", "relcl", "appos", "parataxis", "punct", "cc"}
)
# Followed only after everything else: conditions and adverbial clauses ("unless Y ...").
_LATE = frozenset({"advcl", "conj"})
_SKIP_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})
# Prepositions of place: an actor named under one is where the event happened ("in Doha").
_LOCATIVE = frozenset({"in", "at", "near", "inside", "outside", "within"})
# Complement clauses whose subject is acted upon: "demanded that the US cancel", "called for
# the Taliban to lift".
_CLAUSES = frozenset({"ccomp", "xcomp", "advcl"})
_MAX_DEPTH = 5


def predicate_tokens(
    trigger: Token,
    speech: frozenset[str],
    skip: set[int],
    temporal: frozenset[str] = frozenset(),
    beneficiary: frozenset[str] = frozenset(),
) -> Iterator[tuple[Token, bool]]:
    """Tokens of the trigger's predicate, nearest first, each with whether it sits under a
    preposition of place; `skip` holds token indices to leave out with their subtrees."""
    starts = [trigger]
    if trigger.pos_ in {"NOUN", "PROPN"}:
        verb = trigger.head.head if trigger.dep_ == "pobj" else trigger.head
        if trigger.dep_ in {"dobj", "pobj", "attr"} and verb.pos_ in {"VERB", "AUX"}:
            starts.append(verb)  # "imposed sanctions ... on Y": the light verb's phrases
    seen = {t.i for t in starts} | skip
    queue = deque((t, 0, False) for t in starts)
    late: list[tuple[Token, int, bool]] = []
    while queue or late:
        token, depth, placed = queue.popleft() if queue else late.pop(0)
        yield token, placed
        if depth >= _MAX_DEPTH:
            continue
        for child in token.children:
            if child.i in seen or _aside(child, speech, temporal, beneficiary):
                continue
            # Below the trigger, a complement's subject may be the target.
            clause_subject = depth and child.dep_ in _SKIP_SUBJECTS and token.dep_ in _CLAUSES
            if child.dep_ in _SKIP and not clause_subject:
                continue
            seen.add(child.i)
            under = placed or (child.dep_ == "prep" and child.lower_ in _LOCATIVE)
            (late if child.dep_ in _LATE else queue).append((child, depth + 1, under))


def _aside(
    child: Token,
    speech: frozenset[str],
    temporal: frozenset[str] = frozenset(),
    beneficiary: frozenset[str] = frozenset(),
) -> bool:
    """A dependent outside the event's predicate: a verb of saying ("..., officials said"),
    an attribution or concession, a coordinated clause with its own subject."""
    if child.lemma_.lower() in speech and child.pos_ == "VERB":
        return True
    if child.dep_ == "prep" and child.lower_ in {"according", "as", "despite", "since"}:
        return True
    if child.dep_ in {"prep", "advcl"} and child.lower_ in temporal:
        return True  # "before allowing U.N. convoys", "after talks with Y"
    if child.dep_ == "advcl" and any(
        g.dep_ == "mark" and g.lower_ in temporal for g in child.children
    ):
        return True  # "... after a Serbian jet shot down ..."
    if child.dep_ == "poss" and child.head.lemma_.lower() in beneficiary:
        return True  # "calls for Lai's release": Lai is not the one asked
    return child.dep_ == "conj" and any(c.dep_ in _SKIP_SUBJECTS for c in child.children)


def fallback_target(
    trigger: Token,
    actors: SentenceActors,
    speech: frozenset[str],
    source: list[Actor],
    skip: set[int],
    *,
    material: bool,
    human_nouns: frozenset[str],
    documents: Lexicon | None = None,
    event_type: str = "",
) -> list[Actor]:
    """The target the predicate names, by the order in the module docstring, or []."""
    source_codes = {a.code for a in source if a.code}
    # An organisation acts on countries: where it acts stands for whom (UN, IAEA, WFP).
    placewise = material or (bool(source) and all(a.country == "IGO" for a in source))
    same: list[Actor] = []
    places: list[tuple[Token, str]] = []
    people = False
    cues = documents.cues if documents is not None else (lambda kind: frozenset())
    walk = predicate_tokens(trigger, speech, skip, cues("temporal_prep"), cues("beneficiary_noun"))
    for token, placed in walk:
        if documents is not None and is_document_name(token, documents):
            continue  # "the Doha agreement": a name, not a party
        actor = actors.actor_at(token) or _placed_group(token, actors, human_nouns)
        if placed and actor is not None and actor.country not in {None, "IGO"}:
            places.append((token, actor.country))  # "met in Doha": where, not whom
            continue
        if actor is not None and actor.code:
            if event_type == "ACCUSE" and _is_doer(token, trigger):
                return [actor]  # "investigating crimes by Croatian extremists"
            if actor.code not in source_codes:
                return _with_conjuncts(token, actor, actors, source_codes)
            same = same or [actor]
            continue
        code = actors.place_at(token)
        if code and placewise and not placed:
            return [group_actor(code, token.text, "place the act is aimed at")]  # "blockade Paris"
        if code:
            places.append((token, code))
        elif token.i != trigger.i and token.lemma_.lower() in human_nouns:
            people = True
    return _settle(trigger, actors, source_codes, same, places, people, placewise)


def _settle(trigger, actors, source_codes, same, places, people, placewise) -> list[Actor]:
    """Steps 2 to 4 of the module docstring, once the walk found no foreign actor."""
    foreign = [(t, c) for t, c in places if c not in source_codes]
    if placewise and foreign:
        token, code = foreign[0]
        return [group_actor(code, token.text, "place where the event happened")]
    if same:
        return same
    if source_codes and places and not foreign:
        token, code = places[0]
        return [group_actor(code, token.text, "place where the event happened")]
    if people and len(source_codes) == 1 and _only_country(actors, source_codes):
        code = next(iter(source_codes))
        return [group_actor(code, trigger.text, "domestic: people of the source's country")]
    return []


def _placed_group(token: Token, actors: SentenceActors, human_nouns: frozenset[str]):
    """A body of people named by where it is ("Moslem forces in east Bosnia")."""
    lemma = token.lemma_.lower()
    if token.pos_ not in {"NOUN", "PROPN"} or lemma not in human_nouns:
        return None
    found = actors.home_country(token)
    return found[0] if found else None


def _is_doer(token: Token, trigger: Token) -> bool:
    """The token heads the "by" phrase of a deed the trigger takes: "crimes by X"."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ != "by" or prep.head.i == trigger.i:
        return False
    return prep.head.pos_ in {"NOUN", "PROPN"}


def _with_conjuncts(
    token: Token, actor: Actor, actors: SentenceActors, source_codes: set[str]
) -> list[Actor]:
    """ "the United States and Britain": the first actor with those coordinated with it."""
    head = token
    while head.dep_ in {"compound", "flat"} and head.head.i != head.i:
        head = head.head
    out = [actor]
    for other in head.conjuncts:
        found = actors.actor_at(other)
        if found is not None and found.code not in source_codes and found not in out:
            out.append(found)
    return out


def _only_country(actors: SentenceActors, codes: set[str]) -> bool:
    """No actor or place of another country anywhere in the sentence."""
    named = {a.code for _, _, a in actors.spans if a.code}
    named.update(code for _, _, code in actors.places if code)
    return named <= codes
