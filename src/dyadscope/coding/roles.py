"""Who did it to whom, from the dependency parse of one sentence.

For a trigger, `find_roles` returns the token heads of its source and target phrases:
the subject and the object ("X met Y"), the agent of a passive ("Y was attacked by X"),
prepositional partners ("talks with Y", "sanctions on Y", "visit to Y"), a possessor or
nationality adjective on a nominal trigger ("Russia's sanctions", "the Chinese visit"),
the subject inherited through control and coordination ("X agreed to withdraw",
"X met Y and signed ..."), and the speaker of a reported clause ("X said it would ...").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

SUBJECTS = frozenset({"nsubj", "csubj", "expl"})
PASSIVE_SUBJECTS = frozenset({"nsubjpass", "csubjpass"})
OBJECTS = frozenset({"dobj", "dative", "iobj", "attr", "oprd"})
# Prepositions that introduce the other party of an event.
TARGET_PREPS = frozenset(
    {
        "with",
        "to",
        "against",
        "on",
        "at",
        "for",
        "from",
        "toward",
        "towards",
        "into",
        "upon",
        "over",
        "in",
        "of",
        "between",
        "among",
        "by",
    }
)
# Prepositions after which the partner counts as a co-participant (symmetric).
PARTNER_PREPS = frozenset({"with", "between", "among"})
PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i", "its", "their", "his", "her", "our"})


@dataclass(slots=True)
class Roles:
    source: list[Token] = field(default_factory=list)
    target: list[Token] = field(default_factory=list)
    partners: list[Token] = field(default_factory=list)  # "with Y", "between X and Y"
    speaker: Token | None = None  # the subject of a governing verb of saying
    passive: bool = False


def find_roles(trigger: Token, speech: frozenset[str]) -> Roles:
    roles = Roles()
    if trigger.pos_ in {"NOUN", "PROPN"}:
        _nominal_roles(trigger, roles)
    else:
        _verbal_roles(trigger, roles)
    roles.speaker = find_speaker(trigger, speech)
    if not roles.source and roles.speaker is not None and _is_reported(trigger, speech):
        roles.source = [roles.speaker]
    return roles


def _verbal_roles(verb: Token, roles: Roles) -> None:
    for child in verb.children:
        if child.dep_ in SUBJECTS and child.lower_ not in {"there", "which", "that", "who"}:
            roles.source.append(child)
        elif child.dep_ in PASSIVE_SUBJECTS:
            roles.target.append(child)
            roles.passive = True
        elif child.dep_ == "agent":
            roles.source.extend(c for c in child.children if c.dep_ == "pobj")
        elif child.dep_ in OBJECTS:
            roles.target.append(child)
            _prep_partners(child, roles, nested=True)
        elif child.dep_ == "prep":
            _prep_partner(child, roles)
        elif child.dep_ == "xcomp" and child.pos_ in {"NOUN", "PROPN"}:
            roles.target.append(child)
    if not roles.source:
        roles.source.extend(inherited_subject(verb))
    if roles.passive and not roles.source:
        pass  # "Y was attacked" with no agent: the source stays unknown


def _prep_partners(head: Token, roles: Roles, nested: bool) -> None:
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in {"on", "against", "with", "between", "to"}:
            _prep_partner(child, roles)


def _prep_partner(prep: Token, roles: Roles) -> None:
    word = prep.lower_
    if word not in TARGET_PREPS:
        return
    objects = [c for c in prep.children if c.dep_ in {"pobj", "pcomp"}]
    if word in PARTNER_PREPS:
        roles.partners.extend(objects)
    elif word in {"in", "at", "of", "by", "from", "over"}:
        # "visit to Y" is a target, "talks in Geneva" a place: left to the location finder,
        # except "in Y" after a visit-like verb is handled by the caller.
        return
    else:
        roles.target.extend(objects)


def inherited_subject(verb: Token) -> list[Token]:
    """The subject a verb shares with the verb it hangs from: "X agreed to visit", "X met Y
    and signed", "X urged Y to leave" (Y for leave), "..., killing 156" (the attacker)."""
    token = verb
    for _ in range(4):
        if token.dep_ not in {"xcomp", "conj", "advcl", "pcomp", "acl"} or token.head.i == token.i:
            return []
        head = token.head
        if token.dep_ == "xcomp":
            objects = [c for c in head.children if c.dep_ in {"dobj", "dative"}]
            if objects:
                return objects  # object control: "urged Y to withdraw"
        subjects = [c for c in head.children if c.dep_ in SUBJECTS | {"nsubjpass"}]
        if token.dep_ == "acl" and head.pos_ in {"NOUN", "PROPN"}:
            return [head]
        if subjects:
            return subjects
        token = head
    return []


def _nominal_roles(noun: Token, roles: Roles) -> None:
    for child in noun.children:
        if child.dep_ == "poss" or (child.dep_ in {"compound", "amod", "nmod"} and _is_name(child)):
            roles.source.append(child)
        elif child.dep_ == "prep":
            if child.lower_ == "by" or child.lower_ == "of" and noun.lower_ in {"visit", "trip"}:
                roles.source.extend(c for c in child.children if c.dep_ == "pobj")
            elif child.lower_ in {"to", "in"} and noun.lower_ in {"visit", "trip", "visits"}:
                roles.target.extend(c for c in child.children if c.dep_ == "pobj")
            else:
                _prep_partner(child, roles)
    head = noun.head
    if noun.dep_ in OBJECTS | {"pobj"} and head.pos_ in {"VERB", "AUX"} and not roles.source:
        # A light verb's subject: "X held talks", "X imposed sanctions".
        roles.source.extend(c for c in head.children if c.dep_ in SUBJECTS)
        if not roles.source:
            roles.source.extend(inherited_subject(head))
        for child in head.children:
            if child.dep_ == "prep":
                _prep_partner(child, roles)


def _is_name(token: Token) -> bool:
    return token.pos_ == "PROPN" or token.ent_type_ in {"GPE", "NORP", "ORG", "PERSON"}


def find_speaker(token: Token, speech: frozenset[str]) -> Token | None:
    """The subject of the nearest governing verb of saying, if the token is in its clause."""
    current = token
    for _ in range(6):
        head = current.head
        if head.i == current.i:
            return None
        if head.lemma_.lower() in speech and current.dep_ in {
            "ccomp",
            "xcomp",
            "advcl",
            "dobj",
            "parataxis",
            "conj",
        }:
            subjects = [c for c in head.children if c.dep_ in SUBJECTS]
            if subjects:
                return subjects[0]
        current = head
    return None


def _is_reported(token: Token, speech: frozenset[str]) -> bool:
    """The event is the speaker's own act of saying something ("X stressed readiness")."""
    return token.dep_ in {"ccomp", "xcomp", "dobj"} and token.head.lemma_.lower() in speech


def phrase_tokens(head: Token) -> list[Token]:
    """The tokens of a role phrase: the head with its modifiers and coordinated heads, not its
    relative clauses or long prepositional tails."""
    out = [head]
    stack = [head]
    while stack:
        token = stack.pop()
        for child in token.children:
            if child.dep_ in {"relcl", "acl", "punct", "cc", "advcl", "prep", "appos"}:
                if child.dep_ == "prep" and child.lower_ == "of" and token.i == head.i:
                    out.append(child)
                    stack.append(child)  # "leaders of Romania's new government"
                continue
            out.append(child)
            stack.append(child)
    return sorted(out, key=lambda t: t.i)


def conjuncts(head: Token) -> list[Token]:
    """The head and the heads coordinated with it ("X and Y")."""
    return [head, *head.conjuncts]
