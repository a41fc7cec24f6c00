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
# Prepositions after which a place is read as the doer's home: "rebels in Zimbabwe".
HOME_PREPS = frozenset({"in", "from", "of"})
# Verbs that link a subject to a state: "X stands accused of", "X remained charged with".
# A participle after one is a passive; its subject is acted upon.
# "be" is left out: "X is committed to" is an adjective, and "X is accused" a plain passive.
LINKING_VERBS = frozenset({"stand", "remain", "become", "seem", "appear"})


@dataclass(slots=True)
class Roles:
    source: list[Token] = field(default_factory=list)
    target: list[Token] = field(default_factory=list)
    partners: list[Token] = field(default_factory=list)  # "with Y", "between X and Y"
    speaker: Token | None = None  # the subject of a governing verb of saying
    passive: bool = False


def find_roles(
    trigger: Token,
    speech: frozenset[str],
    preps: dict[str, str],
    adjectival: bool = False,
    origin: frozenset[str] = frozenset(),
) -> Roles:
    """Source, target and partner heads of a trigger. `preps` maps a preposition to the role
    of its object (data/coding/role_prepositions.tsv); `adjectival` marks a trigger read as
    an adjective ("X is committed to", "X is willing to"), whose grammatical subject acts;
    `origin` holds nouns whose "from" phrase names the doer ("threats from X")."""
    roles = Roles()
    if trigger.pos_ in {"NOUN", "PROPN"}:
        _nominal_roles(trigger, roles, preps, origin)
    else:
        _verbal_roles(trigger, roles, preps, origin)
        # "X stands accused of" is a passive, whose subject is acted upon, not an adjective.
        passive = not adjectival and _stative_passive(trigger, roles)
        if not passive and (adjectival or trigger.pos_ == "ADJ"):
            _adjectival_subject(trigger, roles)
    roles.speaker = find_speaker(trigger, speech)
    if (
        not roles.source
        and not roles.passive
        and roles.speaker is not None
        and _is_reported(trigger, speech)
    ):
        roles.source = [roles.speaker]
    return roles


def _stative_passive(trigger: Token, roles: Roles) -> bool:
    """ "X stands accused of", "X remained charged with": a participle completing a linking
    verb reads as a passive; the linking verb's subject is the target, not the doer."""
    head = trigger.head
    if trigger.tag_ != "VBN" and not trigger.lower_.endswith("ed"):
        return False
    if trigger.dep_ not in {"xcomp", "acomp", "oprd", "advcl"} or head.i == trigger.i:
        return False
    if head.lemma_.lower() not in LINKING_VERBS or roles.passive:
        return False
    subjects = [c for c in head.children if c.dep_ in SUBJECTS | PASSIVE_SUBJECTS]
    if not subjects:
        return False
    inherited = {t.i for t in subjects}
    roles.source = [t for t in roles.source if t.i not in inherited]
    roles.target = [*subjects, *(t for t in roles.target if t.i not in inherited)]
    roles.passive = True
    return True


def _adjectival_subject(trigger: Token, roles: Roles) -> None:
    """ "X is willing to withdraw", "X is committed to": the subject of the copula (or the
    passive subject of the participle) is the one who acts, not the one acted upon."""
    if roles.passive and not roles.source:
        roles.source, roles.target, roles.passive = roles.target[:1], roles.target[1:], False
    if not roles.source and trigger.dep_ in {"acomp", "oprd"} and trigger.head.i != trigger.i:
        roles.source.extend(c for c in trigger.head.children if c.dep_ in SUBJECTS)


def _verbal_roles(
    verb: Token, roles: Roles, preps: dict[str, str], origin: frozenset[str] = frozenset()
) -> None:
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
            _object_preps(child, roles, preps, origin)
        elif child.dep_ == "prep":
            _prep_partner(child, roles, preps)
        elif child.dep_ == "xcomp" and child.pos_ in {"NOUN", "PROPN"}:
            roles.target.append(child)
    if _reduced_passive(verb):
        # "Colombians deported from Venezuela": a reduced passive; its noun is acted upon.
        roles.target.append(verb.head)
        roles.passive = True
    if roles.passive and not roles.source:
        roles.source.extend(_buried_agent(verb))
    if len(roles.source) > 1:
        # Two subjects are a dateline or a fronted phrase ("Moscow, Reuters: Li said"):
        # the one nearest the verb acts, with a name right after it ("Russia's consumer
        # watchdog Rospotrebnadzor banned", read as two subjects) as one phrase.
        before = sorted((s for s in roles.source if s.i < verb.i), key=lambda s: s.i)
        nearest = before[-1:]
        if len(before) > 1 and nearest[0].i - before[-2].i == 1:
            nearest = before[-2:]
        roles.source = nearest
    if not roles.source and not roles.passive:
        roles.source.extend(_subject_read_as_apposition(verb))
    if not roles.source and not roles.passive:
        # A passive with its own subject ("demonstrators were killed", as Guterres
        # condemned ...) does not take the subject of the clause it hangs from.
        roles.source.extend(inherited_subject(verb))
    if verb.tag_ == "VBG" and not any(c.dep_ in {"aux", "nsubj"} for c in verb.children):
        _visitor_roles(verb, roles)


def _subject_read_as_apposition(verb: Token) -> list[Token]:
    """ "In Brasilia, Brazil's trade secretary, Ana Rezende, rejected ...": the parser may
    hang the subject on the fronted place as its appositions and leave the verb without
    one. The first apposition (the description, which names the country) is the subject."""
    if verb.pos_ != "VERB" or any(c.dep_ in SUBJECTS | PASSIVE_SUBJECTS for c in verb.children):
        return []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i > verb.i:
            continue
        heads = [a for a in prep.subtree if a.dep_ == "appos" and a.i < verb.i]
        if heads:
            first = min(heads, key=lambda t: t.i)
            return [first]  # the description ("trade secretary") carries the country
    return []


# Dependents a reduced passive never has: an object, or a conjunct that makes the participle
# one of a pair of main verbs ("aid groups donated and delivered ...", a misread clause).
_ACTIVE_MARKS = frozenset({"dobj", "oprd", "dative", "ccomp", "xcomp", "conj"})


def _reduced_passive(verb: Token) -> bool:
    """A participle after its noun with no object of its own ("Colombians deported from
    Venezuela"), with a phrase of its own. A participle after the root noun is a misread
    main verb ("An official Syrian newspaper called on Arabs ..."), and one with an object
    is active."""
    head = verb.head
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and head.pos_ in {"NOUN", "PROPN"}
        and head.dep_ != "ROOT"
        and not any(c.dep_ in _ACTIVE_MARKS for c in verb.children)
        and any(c.dep_ in {"prep", "agent"} for c in verb.children)
    )


def _buried_agent(verb: Token) -> list[Token]:
    """The agent of a passive that the parser hung under a prepositional object or the
    retained object: "were threatened with economic consequences by China", "was refused a
    meeting by Y"."""
    for obj in verb.children:
        if obj.dep_ not in {"dobj", "dative"}:
            continue
        for inner in obj.children:
            if inner.dep_ == "prep" and inner.lower_ == "by":
                return [c for c in inner.children if c.dep_ == "pobj"]
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        for pobj in prep.children:
            for inner in pobj.children:
                if inner.dep_ == "prep" and inner.lower_ == "by":
                    return [c for c in inner.children if c.dep_ == "pobj"]
    return []


def _visitor_roles(verb: Token, roles: Roles) -> None:
    """ "X met visiting Y", "X assured visiting Y": a participle before a noun phrase says
    who travels; the visitor is the source and the host the target."""
    if verb.lemma_.lower() != "visit" or verb.i + 1 >= len(verb.doc):
        return
    visitors = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    if verb.dep_ == "amod":
        visitors = [verb.head]
    if visitors and verb.doc[verb.i + 1].pos_ in {"PROPN", "ADJ", "NOUN", "DET"}:
        hosts = [t for t in roles.source if t.i not in {v.i for v in visitors}]
        roles.source, roles.target = visitors, hosts or roles.target


def _object_preps(
    head: Token, roles: Roles, preps: dict[str, str], origin: frozenset[str] = frozenset()
) -> None:
    """Partners hanging from the object: "imposed sanctions on Y", "signed a deal with Y";
    the maker of an object named by one of the `origin` nouns: "accepted an invitation from
    Y", "rejected a proposal from Y" answer Y."""
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "from" and head.lemma_.lower() in origin:
            roles.target.extend(c for c in child.children if c.dep_ == "pobj")
        elif child.dep_ == "prep" and preps.get(child.lower_) in {"target", "partner"}:
            if child.lower_ in {"for", "toward", "towards", "into", "upon"}:
                continue  # "a plan for the region": too loose under an object
            _prep_partner(child, roles, preps)


def _prep_partner(prep: Token, roles: Roles, preps: dict[str, str]) -> None:
    role = preps.get(prep.lower_)
    objects = [c for c in prep.children if c.dep_ in {"pobj", "pcomp"}]
    if role == "partner":
        roles.partners.extend(objects)
    elif role == "target":
        roles.target.extend(objects)
    # "place" objects are left to the location finder; "source" ones matter on nouns only.


def inherited_subject(verb: Token) -> list[Token]:
    """The subject a verb shares with the verb it hangs from: "X agreed to visit", "X met Y
    and signed", "X urged Y to leave" (Y for leave), "..., killing 156" (the attacker), "X
    issued a statement demanding ..." (the statement, else X)."""
    token = verb
    for _ in range(5):
        if token.dep_ not in {"xcomp", "conj", "advcl", "pcomp", "acl"} or token.head.i == token.i:
            return []
        head = token.head
        if token.dep_ == "pcomp" and head.dep_ == "prep" and head.head.i != head.i:
            head = head.head  # "resorted to throwing stones": through the preposition
        if token.dep_ == "xcomp":
            objects = [c for c in head.children if c.dep_ in {"dobj", "dative"}]
            if objects:
                return objects  # object control: "urged Y to withdraw"
        subjects = [c for c in head.children if c.dep_ in SUBJECTS | {"nsubjpass"}]
        if token.dep_ == "acl" and head.pos_ in {"NOUN", "PROPN"}:
            return [head, *_governing_subjects(head)]
        if subjects:
            return subjects
        token = head
    return []


def _governing_subjects(noun: Token) -> list[Token]:
    """The subject of the verb a noun is the object of: "X issued a declaration", also
    through a measure of it ("X and Y sat down for two days of negotiations")."""
    if _measured_by(noun):
        noun = noun.head.head
    verb = noun.head
    if noun.dep_ == "pobj" and verb.head.i != verb.i:
        verb = verb.head
    if noun.dep_ not in OBJECTS | {"pobj"} or verb.pos_ not in {"VERB", "AUX"}:
        return []
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    return subjects or inherited_subject(verb)


def _measured_by(noun: Token) -> bool:
    """ "two days of negotiations", "a round of talks": the noun is the "of" object of a
    noun that only measures it."""
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.head.pos_ == "NOUN"
        and prep.head.dep_ in OBJECTS | {"pobj"}
    )


def _nominal_roles(
    noun: Token, roles: Roles, preps: dict[str, str], origin: frozenset[str] = frozenset()
) -> None:
    for child in noun.children:
        if is_possessor(child) or (child.dep_ in {"compound", "amod", "nmod"} and _is_name(child)):
            roles.source.append(child)
        elif child.dep_ == "prep":
            if child.lower_ == "by" or child.lower_ == "of" and noun.lower_ in {"visit", "trip"}:
                roles.source.extend(c for c in child.children if c.dep_ == "pobj")
            elif child.lower_ == "from" and noun.lemma_.lower() in origin:
                roles.source.extend(c for c in child.children if c.dep_ == "pobj")
                # "X faces threats from Y": who faces or draws the act is its target.
                roles.target.extend(_governing_subjects(noun))
            elif child.lower_ in {"to", "in"} and noun.lower_ in {"visit", "trip", "visits"}:
                roles.target.extend(c for c in child.children if c.dep_ == "pobj")
            else:
                _prep_partner(child, roles, preps)
    if roles.source:
        return
    # A light verb's subject: "X held talks", "X imposed sanctions", "X came for talks".
    roles.source.extend(_governing_subjects(noun))
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if roles.source and verb.pos_ in {"VERB", "AUX"}:
        for child in verb.children:
            if child.dep_ == "prep" and child.i != noun.head.i:
                _prep_partner(child, roles, preps)


def is_possessor(token: Token) -> bool:
    """A possessor: "China's", also when a curly "’s" makes the parser call it a modifier."""
    return token.dep_ == "poss" or any(c.dep_ == "case" for c in token.children)


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
                if child.dep_ == "prep" and child.lower_ in {"of", "for"} and token.i == head.i:
                    out.append(child)
                    stack.append(child)  # "leaders of Romania's government", "spokesman for X"
                continue
            out.append(child)
            stack.append(child)
    return sorted(out, key=lambda t: t.i)


def conjuncts(head: Token) -> list[Token]:
    """The head and the heads coordinated with it ("X and Y")."""
    return [head, *head.conjuncts]
