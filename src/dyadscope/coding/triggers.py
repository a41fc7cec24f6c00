"""Trigger words in a parsed sentence, looked up in the trigger lexicon.

A token is a trigger when its lemma (as verb, noun or adjective) is in the lexicon and, for
entries that need them, one of the required words depends on it ("hold" + "talks",
"expel" + "diplomats", "call" + "on"). Triggers that sit under another trigger which
takes them as its clause or object ("agreed to withdraw", "condemned the attack") are
absorbed by it: the sentence codes the governing event.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Token

from ..ingest.dates import calendar
from .lexicon import HOSTILE, MATERIAL_CONFLICT, Lexicon, TriggerEntry

_POS = {"VERB": "V", "AUX": "V", "NOUN": "N", "PROPN": "N", "ADJ": "A"}
# Relations through which a governing trigger takes in a lower one.
_ABSORBING = frozenset(
    {
        "xcomp",
        "ccomp",
        "dobj",
        "pobj",
        "prep",
        "pcomp",
        "acomp",
        "attr",
        "compound",
        "amod",
        "oprd",
        "dative",
        "nsubjpass",
        "acl",
        "advcl",
    }
)
# Dependents whose own dependents also count as the trigger's required words.
_LOOK_BELOW = frozenset(
    {"prep", "xcomp", "dobj", "pobj", "prt", "advmod", "acomp", "attr", "advcl"}
)
# Between an event and its own dependents, these relations never absorb.
_NEVER = frozenset({"relcl", "parataxis", "appos", "nsubj"})
# Function words that depend on a verb without being its object or particle.
_FUNCTION = frozenset({"aux", "auxpass", "mark", "det", "punct", "cc", "neg"})
# Types a protest carries as its demand or grievance ("a rally calling for", "to demand").
_PROTEST_CONTENT = frozenset({"REQUEST", "ACCUSE", "REJECT"})
# Types of acts that carry no reported content: a clause with its own subject under one
# ("met Y, assuring him that X will ...") is a statement of its own, not part of the act.
_NO_CONTENT = frozenset({"CONSULT", "COOPERATE", "AID", "MOBILIZE", "ASSAULT", "COERCE"})


@dataclass(slots=True)
class Trigger:
    token: Token
    entry: TriggerEntry
    material: bool = False  # set by the coder: it or a trigger under it is done in a place
    # The triggers this one takes in ("vowed to attack": "attack" under "vowed").
    absorbed: list[Trigger] = field(default_factory=list)

    @property
    def event_type(self) -> str:
        return self.entry.event_type

    @property
    def is_noun(self) -> bool:
        return self.entry.pos == "N"


def find_triggers(sent: Doc, lexicon: Lexicon) -> list[Trigger]:
    """All triggers of a parsed sentence, in token order."""
    found = []
    for token in sent:
        entry = match_token(token, lexicon)
        if entry is not None:
            found.append(Trigger(token, entry))
    return found


def match_token(token: Token, lexicon: Lexicon) -> TriggerEntry | None:
    pos = _POS.get(token.pos_)
    if pos is None:
        return None
    lemma = token.lemma_.lower()
    entries = lexicon.entries(lemma, pos)
    if not entries and pos == "V":
        entries = _by_form(token.lower_, lexicon)  # the lemmatizer reads "staged" as "stag"
    if pos == "A" or (pos == "V" and token.tag_ == "VBN"):
        # "prepared", "committed", "ready": adjectives the tagger may call participles.
        entries = entries + lexicon.entries(token.lower_, "A")
    if pos == "N" and token.lower_ != lemma:
        entries = entries + lexicon.entries(token.lower_, "N")
    if not entries:
        return None
    around = _dependent_words(
        token, lexicon.cues("measure_noun"), _time_words(lexicon.cues("time_noun"))
    )
    goods = lexicon.cues("aid_goods")
    if carries_goods(token, goods):
        around.add("@goods")
    if brings_goods(token, goods):
        around.add("@carrying")
    for entry in entries:
        if (not entry.needs or entry.needs & around) and not entry.unless & around:
            return entry
    return None


def _by_form(form: str, lexicon: Lexicon) -> list[TriggerEntry]:
    """Entries of the verb a regular inflected form comes from ("staged", "staging")."""
    for suffix in ("ing", "ed", "es", "s", "d"):
        if form.endswith(suffix) and len(form) > len(suffix) + 2:
            stem = form[: -len(suffix)]
            for lemma in (stem, stem + "e"):
                if lexicon.entries(lemma, "V"):
                    return lexicon.entries(lemma, "V")
    return []


def _dependent_words(
    token: Token, measures: frozenset[str], times: frozenset[str] = frozenset()
) -> set[str]:
    """Lemmas and forms of the token's dependents, two levels down (objects of its
    prepositions, the head of its complement), plus a compound or adjective on it; its own
    dependents also as "@<relation>". A preposition of time ("on Saturday") is left out:
    "called up reservists on Saturday" is no call on anyone."""
    words: set[str] = set()
    for child in token.children:
        words.add("@" + child.dep_)
        if child.dep_ in _FUNCTION or _is_time_phrase(child, times):
            continue  # the "to" of "to protest" is not the preposition of "protest to"
        words.update((child.lemma_.lower(), child.lower_))
        if child.dep_ in _LOOK_BELOW:
            for grandchild in child.children:
                if grandchild.dep_ not in {"relcl", "punct"} and (
                    grandchild.dep_ != "conj" or child.dep_ == "dobj"
                ):  # "sent vehicles and soldiers": every object counts
                    words.update((grandchild.lemma_.lower(), grandchild.lower_))
                    words.update(_measured(grandchild, measures))
        words.update(_measured(child, measures))
        if child.dep_ in {"ccomp", "acl"}:
            words.update(_misread_object(child))
    if token.dep_ in {"compound", "amod"}:
        words.add(token.head.lemma_.lower())
    return words


def _is_time_phrase(child: Token, times: frozenset[str]) -> bool:
    if child.dep_ != "prep":
        return False
    return any(c.dep_ == "pobj" and c.lower_ in times for c in child.children)


@lru_cache(maxsize=4)
def _time_words(nouns: frozenset[str]) -> frozenset[str]:
    """Weekday and month names (data/calendar.tsv) and the lexicon's time nouns."""
    return frozenset(calendar().weekdays) | frozenset(calendar().months) | nouns


# How far below a verb's object the goods it moves may sit: "sent [a batch [of [shells]]]",
# "dispatched [a ship [carrying [medicines]]]", "[a convoy [of [lorries [loaded [with
# [food]]]]]]".
_GOODS_DEPTH = 6
_GOODS_PATH = frozenset({"prep", "pobj", "acl", "dobj", "conj", "compound", "amod", "nmod"})


def carries_goods(token: Token, goods: frozenset[str]) -> bool:
    """The verb's object is, or carries, something given as aid (food, doses, shells, a
    loan): the pseudo-word "@goods" in the trigger lexicon."""
    if token.pos_ not in {"VERB", "AUX"} or not goods:
        return False
    return _reaches_goods([c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}], goods)


def brings_goods(token: Token, goods: frozenset[str]) -> bool:
    """A ship, plane or convoy that arrives carrying aid goods: "a navy ship docked ...
    carrying 30 tons of rice", "a plane landed with 18 tons of supplies"."""
    if token.pos_ not in {"VERB", "AUX"} or not goods:
        return False
    carriers = [c for c in token.children if c.dep_ == "nsubj"]
    carriers += [c for c in token.children if c.dep_ == "prep" and c.lower_ == "with"]
    carriers += [c for c in token.children if c.dep_ == "advcl" and c.tag_ == "VBG"]
    return _reaches_goods(carriers, goods)


def _reaches_goods(frontier: list[Token], goods: frozenset[str]) -> bool:
    """One of the words, or a word at most `_GOODS_DEPTH` steps below them, is an aid good."""
    for _ in range(_GOODS_DEPTH):
        if any(t.lemma_.lower() in goods or t.lower_ in goods for t in frontier):
            return True
        frontier = [c for t in frontier for c in t.children if c.dep_ in _GOODS_PATH]
    return False


def _misread_object(clause: Token) -> set[str]:
    """The noun the parser made the subject of a participle that modifies it: "conducted
    the drills encircling Y" read as "conducted [the drills encircle Y]"."""
    if clause.tag_ != "VBG":
        return set()
    return {
        w
        for c in clause.children
        if c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.i < clause.i
        for w in (c.lemma_.lower(), c.lower_)
    }


def _measured(noun: Token, measures: frozenset[str]) -> set[str]:
    """What a quantity noun measures: "25,000 tons of food aid", "$50,000 worth of goods"."""
    if noun.dep_ not in {"dobj", "pobj", "nsubjpass"} or noun.lemma_.lower() not in measures:
        return set()
    out: set[str] = set()
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    out.update((pobj.lemma_.lower(), pobj.lower_))
    return out


def top_triggers(triggers: list[Trigger], lexicon: Lexicon) -> list[Trigger]:
    """Triggers not absorbed by a governing trigger (the events the sentence asserts)."""
    by_index = {t.token.i: t for t in triggers}
    kept = []
    for trig in triggers:
        governor = _governor(trig, by_index, lexicon) or _toll_of(trig, triggers)
        if governor is None:
            kept.append(trig)
        else:
            governor.absorbed.append(trig)
    return kept


def _toll_of(trig: Trigger, triggers: list[Trigger]) -> Trigger | None:
    """ "X carried out air strikes in Y, killing eight": the participle is the toll of the
    strikes its verb took as object, one happening. (A toll under a trigger of its own type,
    "struck hideouts, killing 15", is absorbed by `_absorbs` on the way up.)"""
    token = trig.token
    if token.dep_ != "advcl" or token.tag_ != "VBG":
        return None
    objects = {c.i for c in token.head.children if c.dep_ == "dobj"}
    return next(
        (t for t in triggers if t.token.i in objects and t.event_type == trig.event_type), None
    )


def _governor(trig: Trigger, by_index: dict[int, Trigger], lexicon: Lexicon) -> Trigger | None:
    token = trig.token
    steps = 0
    while token.head.i != token.i and steps < 6:
        if token.dep_ == "conj" and token.head.pos_ in {"VERB", "AUX"}:
            # "called on Arabs to unite and mobilize", "agreed to withdraw and release": a
            # conjunct sits where its first verb sits ("met Y and signed" stands, as "met" does).
            token, steps = token.head, steps + 1
            continue
        if token.dep_ in _NEVER or token.dep_ not in _ABSORBING:
            return None
        head = token.head
        above = by_index.get(head.i)
        if above is not None and _absorbs(above, trig, token.dep_):
            return above
        if above is None and head.lemma_.lower() not in lexicon.transparent and head.pos_ == "VERB":
            return None  # a plain verb in between: the lower event stands on its own
        token, steps = head, steps + 1
    return None


def _absorbs(above: Trigger, below: Trigger, relation: str) -> bool:
    if above.entry.frame == "control":
        return True
    if below.is_noun:
        return True  # "imposed sanctions", "condemned the attack", "held talks"
    if above.event_type == "PROTEST" and below.event_type in _PROTEST_CONTENT:
        return True  # "a rally (in the capital) calling for ...": what the protest demands
    if relation == "ccomp" and above.event_type in _NO_CONTENT and _has_subject(below.token):
        return False  # "visiting Y that the U.S. will not leave Y alone": a meeting says nothing
    if relation == "advcl" and below.token.tag_ == "VBG" and below.event_type == above.event_type:
        return True  # "jets struck hideouts in Y, killing 15": the toll of the same strike
    # A verb under a verb: only a clausal complement is absorbed ("accused X of attacking").
    return relation in {"xcomp", "ccomp", "pcomp", "pobj"}


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)


# Acts that a decision carries out rather than announces.
_DECIDABLE = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "AID", "RETREAT"})
# What an admission must be about to be a concession.
_ADMITTED = MATERIAL_CONFLICT | {"THREATEN"}


def complement_type(trig: Trigger, event_type: str, lexicon: Lexicon) -> str | None:
    """The type a promise, decision, warning or admission takes from what it is about, or
    None when that leaves no event.

    "vowed to strike back at X" promises harm: a threat, not an offer (PLOVER codes sworn
    attacks as THREATEN). "decided to impose
    sanctions on X" is the sanction itself. "warned X that it would strike" and "warned X
    it could lose its status" threaten. "admitted its troops had fired on X" concedes; an
    admission of anything else is no event. A negated complement ("vowed not to attack")
    leaves the promise as it is."""
    if event_type != trig.event_type:
        return event_type  # modality already changed it ("will not agree")
    lemma = trig.token.lemma_.lower()
    done = [
        t.event_type
        for t in trig.absorbed
        if not _negated(t.token) and not _in_modifier(t.token, trig.token)
    ]
    if event_type in {"AGREE", "SUPPORT"}:  # "approved asset freezes": the freezes
        return _promised(lemma, done, lexicon) or event_type
    warning = event_type == "ACCUSE" and lemma in lexicon.cues("warning_verb")
    if warning and (HOSTILE.intersection(done) or _warns_someone(trig.token, lexicon)):
        return "THREATEN"
    if event_type == "CONCEDE" and lemma in lexicon.cues("admission_verb"):
        return event_type if _ADMITTED.intersection(done) else None
    return event_type


def _promised(lemma: str, done: list[str], lexicon: Lexicon) -> str | None:
    if lemma in lexicon.cues("hostile_promise") and HOSTILE.intersection(done):
        return "THREATEN"
    if lemma in lexicon.cues("decision_verb"):
        return next((t for t in done if t in _DECIDABLE), None)
    return None


def _warns_someone(verb: Token, lexicon: Lexicon) -> bool:
    """ "warned Spain (that) it would review ...": a warned party and a prospect."""
    if not any(c.dep_ in {"dobj", "dative"} for c in verb.children):
        return False
    modals = lexicon.cues("modal_future")
    return any(
        aux.dep_ == "aux" and aux.lower_ in modals
        for clause in verb.children
        if clause.dep_ == "ccomp"
        for aux in clause.children
    )


def _in_modifier(token: Token, top: Token) -> bool:
    """Reached from `top` through a noun's modifier: "free all those arrested" promises a
    release; the arrest is what the freed went through, not what is promised."""
    steps = 0
    while token.i != top.i and token.head.i != token.i and steps < 8:
        if token.dep_ in {"acl", "relcl", "amod", "appos"}:
            return True
        token, steps = token.head, steps + 1
    return False


def _negated(token: Token) -> bool:
    return any(child.dep_ == "neg" for child in token.children)
