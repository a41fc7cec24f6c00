"""Did the event happen? Negation, modality, conditions and questions around a trigger.

The cues come from `data/coding/modality.tsv`; this module only looks for them in the
right places of the parse: auxiliaries and negation on the trigger's verb, on the verbs it
is the complement of ("plans to visit", "refused to meet" is handled as a REJECT trigger),
a conditional clause hanging from it, a question mark at the end.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from .lexicon import COOPERATIVE, MATERIAL_CONFLICT


@dataclass(slots=True)
class Polarity:
    negated: bool = False
    future: bool = False
    hypothetical: bool = False
    obligation: bool = False
    conditional: bool = False
    ultimatum: bool = False  # "unless ...": do this or else
    question: bool = False
    perfect_past: bool = False  # "had met": an earlier event, background
    continuing: bool = False  # "will continue to support": an ongoing stance restated


_CONDITIONS = frozenset({"condition", "ultimatum"})


def assess(trigger: Token, modality: dict[str, str]) -> Polarity:
    polarity = Polarity()
    verb = _clause_verb(trigger)
    _scan_verb(verb, modality, polarity)
    if verb.dep_ == "conj":
        _scan_verb(verb.head, modality, polarity)  # "should oppose ... and resist ..."
    # Governing verbs up a chain of complements: "plan to visit", "expected to sign".
    current = verb
    for _ in range(3):
        if current.dep_ == "pcomp" and current.head.lower_ == "by":
            current = current.head  # "should respond ... by committing to": the means
        if current.dep_ not in {"xcomp", "acomp", "prep"} or current.head.i == current.i:
            break
        current = current.head
        negated = polarity.negated
        _scan_verb(current, modality, polarity, governing=True)
        if modality.get(current.lemma_.lower()) == "reluctance":
            polarity.negated = negated  # "would not hesitate to strike": the strike is meant
    if _not_chosen(verb, modality):
        polarity.negated = True  # "instead of meeting the envoy, X expelled him"
    if _only_possible(verb, modality):
        polarity.hypothetical = True  # "little chance that another summit will take place"
    if polarity.future and _indirect_question(verb):
        polarity.hypothetical = True  # "to what extent X will defend Y was not made clear"
    for child in verb.children:
        kinds = {modality.get(g.lower_) for g in child.children if g.dep_ == "mark"}
        if child.dep_ == "advcl" and kinds & _CONDITIONS:
            polarity.conditional = True
            polarity.ultimatum = polarity.ultimatum or "ultimatum" in kinds
    if verb.dep_ == "advcl" and any(
        modality.get(g.lower_) in _CONDITIONS for g in verb.children if g.dep_ == "mark"
    ):
        polarity.hypothetical = True  # the condition itself: "... unless the president agrees"
    sentence_end = trigger.doc[-1]
    polarity.question = sentence_end.text == "?" and not _is_quoted_question(trigger)
    return polarity


def _not_chosen(verb: Token, modality: dict[str, str]) -> bool:
    """The verb is the act set aside in "instead of ..." or "rather than ..."."""
    if verb.dep_ != "pcomp" or verb.head.lower_ not in {"of", "than"} or verb.head.i == 0:
        return False
    return modality.get(verb.doc[verb.head.i - 1].lower_) == "alternative"


def _only_possible(verb: Token, modality: dict[str, str]) -> bool:
    """The clause hangs from a noun of possibility ("the chance that X will meet Y"), or from
    a noun of grounds that is doubted ("little reason to think that ...", "no sign that")."""
    current = verb
    for _ in range(4):
        if current.dep_ not in {"ccomp", "acl", "relcl", "xcomp"} or current.head.i == current.i:
            return False
        current = current.head
        if current.pos_ != "NOUN":
            continue
        kind = modality.get(current.lemma_.lower())
        if kind == "possibility":
            return True
        if kind == "weak_ground":
            return any(
                modality.get(c.lower_) in {"scant", "negation"}
                for c in current.children
                if c.dep_ in {"amod", "det", "neg"}
            )
        return False
    return False


def _indirect_question(verb: Token) -> bool:
    """The clause is opened by its own wh-word ("to what extent X will defend Y was not made
    clear", "how X will respond"); a relative or adverbial clause's wh-word does not count."""
    for token in verb.subtree:
        if token.i >= verb.i:
            break
        if token.tag_ in {"WDT", "WP", "WRB", "WP$"} and _own_word(token, verb):
            return True
    return False


def _own_word(token: Token, verb: Token) -> bool:
    current = token
    for _ in range(8):
        if current.i == verb.i:
            return True
        if current.dep_ in {"relcl", "advcl", "acl"} or current.head.i == current.i:
            return False
        current = current.head
    return False


def _clause_verb(trigger: Token) -> Token:
    """The verb a nominal trigger's assertion rests on ("held talks" → held)."""
    if trigger.pos_ in {"VERB", "AUX"} or trigger.dep_ not in {"dobj", "pobj", "attr", "nsubj"}:
        return trigger
    head = trigger.head
    if trigger.dep_ == "pobj" and head.head.i != head.i:
        head = head.head
    return head if head.pos_ in {"VERB", "AUX"} else trigger


def _scan_verb(verb: Token, modality: dict[str, str], polarity: Polarity, governing=False) -> None:
    has_had = False
    for child in verb.children:
        word = child.lower_
        kind = modality.get(word)
        if child.dep_ == "neg" or (child.dep_ == "advmod" and word in {"never"}):
            polarity.negated = True
        elif child.dep_ == "advmod" and any(g.dep_ == "neg" for g in child.children):
            polarity.negated = True  # "will no longer grant": "no" hangs from "longer"
        elif child.dep_ in {"aux", "auxpass"}:
            if kind == "future":
                polarity.future = True
            elif kind == "hypothetical":
                polarity.hypothetical = True
            elif kind == "obligation" and word != "have":
                polarity.obligation = True
            if word == "had":
                has_had = True
            if word == "have" and _modal_before(child) and verb.tag_ == "VBN":
                polarity.hypothetical = True  # "must have given", "may have met": a guess
    if governing and modality.get(verb.lemma_.lower()) == "future":
        polarity.future = True
    if governing and modality.get(verb.lemma_.lower()) == "continuing":
        polarity.continuing = True
    if verb.lower_ in {"going"} and any(c.dep_ == "xcomp" for c in verb.children):
        polarity.future = True
    if has_had and verb.tag_ == "VBN" and not _reported(verb):
        polarity.perfect_past = True  # "had met", outside reported speech (where it is tense shift)


def _modal_before(have: Token) -> bool:
    """A modal auxiliary right before "have": the perfect is a guess or a counterfactual."""
    return have.i > 0 and have.doc[have.i - 1].tag_ == "MD"


def _reported(verb: Token) -> bool:
    return verb.dep_ in {"ccomp", "parataxis"} and verb.head.pos_ == "VERB"


def _is_quoted_question(trigger: Token) -> bool:
    # A question inside a quotation in a longer sentence still asserts nothing; kept simple.
    return False


def reinterpret(
    event_type: str, polarity: Polarity, refusal: bool = True, desertion: bool = False
) -> str | None:
    """The type an event takes once modality is applied, or None when nothing happened.

    A future or promised cooperative act is an announcement (AGREE), also when offered on a
    condition ("if"); a future conflictual act, or any future act under an ultimatum
    ("unless"), is a threat; a future "continue to" act restates a stance and keeps its
    type. A negated future cooperative act is a refusal, and so is a negated agreement when
    `refusal` says the trigger's negation means one ("did not agree", not "did not
    invite"). A negated desertion ("will not leave Y alone", "will never abandon Y") is a
    promise of support (AGREE). Negated past events and hypotheticals did not happen.
    """
    if polarity.question or polarity.hypothetical:
        return None
    if polarity.negated and desertion:
        return "AGREE"
    if polarity.negated:
        if polarity.future and event_type in COOPERATIVE:
            return "REJECT"
        if event_type in {"AGREE", "REJECT", "THREATEN", "REQUEST"}:
            return "REJECT" if event_type == "AGREE" and refusal else None
        return None
    if polarity.future:
        if polarity.continuing:
            return event_type  # "will continue to stand with": the stance itself, no news
        if event_type in COOPERATIVE and not polarity.ultimatum:
            return "AGREE"  # a promise, or an offer on conditions ("would meet him if ...")
        if polarity.conditional or event_type in MATERIAL_CONFLICT:
            return "THREATEN"
    return event_type
