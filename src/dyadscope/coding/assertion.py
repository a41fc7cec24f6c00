"""Is a trigger a specific event the sentence asserts, or only a mention of one?

A careful coder skips words that name an event without telling that it happened now: an
event noun used as a time or reason reference ("after a 2013 agreement", "remain under
sanctions"), the head of a verbless fragment ("Probably the Russia attack on Ukraine"),
a consensus that is only a wish about the relationship ("both sides agreed to deepen
cooperation"), a summary of a period ("this year the two countries have supported each
other"), a question put to someone ("asked him if he agreed"), a habit ("China always
says"). The cue words live in `data/coding/assertion_cues.tsv`; this module reads the parse.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from .lexicon import Lexicon
from .roles import is_possessor

# Relations of an event noun that make it a bare reference, not an asserted event.
_FRAGMENT = frozenset({"ROOT", "appos", "npadvmod", "dep"})
# How far down a chain of complements ("agreed to work together to deepen") a wish is read.
_MAX_CHAIN = 3


def is_reference_noun(token: Token, lexicon: Lexicon) -> bool:
    """An event noun that refers to an event rather than reporting it: a fragment's head, or
    the object of a preposition of time, reason or topic ("after the talks", "under
    sanctions", "focus on threats")."""
    if token.dep_ in _FRAGMENT or token.head.i == token.i:
        return True
    if token.dep_ == "pobj":
        prep = token.head
        if prep.lower_ == "for" and (
            prep.head.pos_ in {"NOUN", "PROPN"} or any(is_possessor(c) for c in token.children)
        ):
            return True  # "measures against Australia for the latter's refusal": a reason
        if prep.lower_ == "as" and prep.head.dep_ == "acl":
            return True  # "peace talks, known as intra-Afghan negotiations": a name
        if prep.lower_ in lexicon.cues("topic_prep"):
            return True  # "would focus on threats from China": a topic, not an act
        return prep.lower_ in lexicon.cues("background_prep")
    return False


def is_characterisation(token: Token, lexicon: Lexicon) -> bool:
    """An event noun that a verb of naming applies to: "in what Warsaw called an attack",
    "described the drills as a provocation" (the drills are its topic). For a hostile act
    that is the speaker's charge, not a report of the act."""
    naming = lexicon.cues("naming_verb")
    head = token.head
    if token.dep_ in {"oprd", "attr"} and head.lemma_.lower() in naming:
        return True
    if token.dep_ == "pobj" and head.lower_ == "as" and head.head.lemma_.lower() in naming:
        return True
    return token.dep_ == "dobj" and _characterised(head, naming)


def _characterised(verb: Token, naming: frozenset[str]) -> bool:
    """A verb of naming with its description ("called X a ...", "described X as ...")."""
    if verb.lemma_.lower() not in naming:
        return False
    return any(c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as") for c in verb.children)


def is_headline_glue(trigger: Token) -> bool:
    """A verb read from a headline glued to the next sentence ("US support crucial Aurangzeb,
    speaking Sunday, dismissed ..."): a plural-present or bare form with one singular name
    as its subject and no auxiliary is no English clause, so the fragment is not an event."""
    if trigger.tag_ not in {"VBP", "VB"} or trigger.dep_ in {"ccomp", "xcomp", "conj"}:
        return False  # "demanded that Israel ease": a subjunctive is English
    subjects = [c for c in trigger.children if c.dep_ == "nsubj"]
    return (
        len(subjects) == 1
        and subjects[0].tag_ == "NNP"
        and not subjects[0].conjuncts
        and not any(c.dep_ in {"aux", "mark"} for c in trigger.children)
    )


def is_generic_wish(trigger: Token, lexicon: Lexicon) -> bool:
    """The complement of an agreement is only generic betterment of the relationship:
    "agreed to leverage the Years of Culture to deepen exchanges", "agreed to work together
    to strengthen ties". A concrete act ("agreed to make 2026 the Year of Education",
    "agreed to withdraw troops") is not."""
    vague = lexicon.cues("vague_verb")
    abstract = lexicon.cues("abstract_noun")
    verb = _complement(trigger)
    for _ in range(_MAX_CHAIN):
        if verb is None or verb.lemma_.lower() not in vague:
            return False
        objects = [c for c in verb.children if c.dep_ in {"dobj", "attr"}]
        if any(o.lemma_.lower() not in abstract and o.lower_ not in abstract for o in objects):
            return False
        further = _complement(verb)
        if further is None:
            return True
        verb = further
    return True


def _complement(verb: Token) -> Token | None:
    """The verb a control verb takes as its complement ("agreed to X", "X to deepen")."""
    for child in verb.children:
        if child.dep_ in {"xcomp", "advcl"} and child.pos_ in {"VERB", "AUX"}:
            return child
    return None


def is_period_summary(trigger: Token) -> bool:
    """ "have helped each other", "have supported one another": a reciprocal perfect sums up
    a period of relations; it is not one event."""
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in trigger.children)
    head = trigger
    if not perfect and trigger.dep_ == "conj":
        head = trigger.head  # "have helped each other ... and supported each other"
        perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in head.children)
    return perfect and _reciprocal(trigger)


def _reciprocal(verb: Token) -> bool:
    for token in verb.subtree:
        before = token.nbor(-1) if token.i > 0 else None
        if token.lower_ == "other" and before is not None and before.lower_ == "each":
            return True
        if token.lower_ == "another" and before is not None and before.lower_ == "one":
            return True
    return False


def is_question(trigger: Token, lexicon: Lexicon) -> bool:
    """ "asked the elder Lai if he agreed", "asked whether": a question, not a request."""
    if trigger.lemma_.lower() != "ask":
        return False
    marks = lexicon.cues("question_mark")
    for child in trigger.children:
        if child.dep_ in {"ccomp", "advcl"}:
            if any(g.dep_ == "mark" and g.lower_ in marks for g in child.children):
                return True
            if any(g.tag_ in {"WDT", "WP", "WRB"} and g.i < child.i for g in child.children):
                return True
    return False


def is_habitual(verb: Token, lexicon: Lexicon) -> bool:
    """ "China always says", "Russia repeatedly accuses": a habit, not one event."""
    habitual = lexicon.cues("habitual_adverb")
    return any(c.dep_ == "advmod" and c.lower_ in habitual for c in verb.children)


def wished(trigger: Token, lexicon: Lexicon) -> str | None:
    """ "hopes the two can coordinate" → "hypothetical"; "hopes to visit" → "future";
    None when no verb of wishing governs the trigger's clause."""
    wishes = lexicon.cues("wish_verb")
    head = trigger.head
    if trigger.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in wishes:
        return "hypothetical"  # "weighing sanctions", "prepare tougher sanctions": not imposed
    current = trigger
    for _ in range(_MAX_CHAIN):
        head = current.head
        if head.i == current.i or current.dep_ not in {"ccomp", "xcomp", "conj"}:
            return None
        if head.lemma_.lower() in lexicon.cues("goal_verb") and head.pos_ == "VERB":
            return "hypothetical"  # "a resolution that aims to tighten sanctions": a goal
        if (head.lemma_.lower() in wishes or head.lower_ in wishes) and head.pos_ == "VERB":
            if current.dep_ == "conj":
                return None  # "consider X a good step and urge ...": a second act, not wished
            return "future" if current.dep_ == "xcomp" else "hypothetical"
        current = head
    return None


def is_document_name(token: Token, lexicon: Lexicon) -> bool:
    """A place or country inside the name of a document ("the Doha agreement", "the Minsk
    accords"): a name, not a party."""
    documents = lexicon.cues("document_noun")
    current = token
    for _ in range(3):
        if current.dep_ not in {"compound", "amod", "nmod"} or current.head.i == current.i:
            return False
        current = current.head
        if current.lemma_.lower() in documents or current.lower_ in documents:
            return True
    return False


def is_lead_idiom(token: Token, lexicon: Lexicon) -> bool:
    """ "X pulled out front", "X pulled ahead": a position in a race, not a withdrawal. A
    word of lead hangs from the verb or from its particle."""
    leads = lexicon.cues("lead_adverb")
    particles = [c for c in token.children if c.dep_ in {"prt", "advmod"}]
    near = [*token.children, *(g for c in particles for g in c.children)]
    # "pulled way out front" hangs "front" as the object of "out"; "out of front" would not.
    return any(
        t.lower_ in leads and t.dep_ != "prep" and not (t.dep_ == "pobj" and t.head.dep_ == "prep")
        for t in near
    )


_SCORE = re.compile(r"\b\d{1,2}-\d{1,2}\b")
_WORDS = re.compile(r"[a-z][a-z-]*")


def is_sports_report(text: str, lexicon: Lexicon) -> bool:
    """A sentence about a game ("Mexico came from behind to beat Colombia 2-1 in a friendly"):
    two words of sports reporting, or one and a score. Its "beat", "attacked" and "visitors"
    are play, not acts between states."""
    found = lexicon.cues("sport_word").intersection(_WORDS.findall(text.lower()))
    return len(found) >= 2 or (len(found) == 1 and bool(_SCORE.search(text)))
