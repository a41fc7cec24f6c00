"""What a sentence takes from earlier in its document.

A careful coder reads a sentence with the article behind it: "the resolution" that a
government rejected is the one a foreign parliament passed two sentences before; "the
spokesperson" who added a remark is the State Department spokesperson just named;
"Berisha" is the Albanian named in the first paragraph; and a request or refusal that names
no other party is addressed to the other country the article is about. `DocumentMemory`
keeps what the coder has read so far (actor mentions, authored acts, coded events, the
document's countries) and answers those questions.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Token

from ..nlp.dates import find_dates
from ..records import Actor, Event, Mention
from .participants import SentenceActors, group_actor

# Determiners that make a noun point back ("the resolution", "these allegations").
_DEFINITE = frozenset({"the", "this", "these", "that", "those", "such"})
# Relations through which a noun names its author: "Y's offer", "an offer by Y", "a
# resolution in the U.S. Congress", "the Chinese proposal".
_AUTHOR_PREPS = frozenset({"by", "from", "of", "in"})
# Types whose missing other party is the document's other country: a request, refusal or
# aid addressed to nobody named is addressed to the party the article is about.
PARTNER_FALLBACK_TYPES = frozenset({"REQUEST", "REJECT", "AID"})
# Events whose participants a later group phrase ("the two leaders") can point back to.
_OCCASIONS = frozenset({"CONSULT", "COOPERATE", "AGREE"})
# Acts a denial or a refusal answers.
_CHALLENGES = frozenset({"ACCUSE", "REQUEST", "THREATEN", "COERCE", "SANCTION", "PROTEST"})
# Types an anaphoric object ("rejected the resolution") can give a target to.
ANAPHOR_TYPES = frozenset({"REJECT", "ACCUSE", "SUPPORT", "AGREE", "THREATEN"})


@dataclass
class DocumentMemory:
    """What the coder has read of one document so far."""

    mentions: list[Mention]
    pair: tuple[Actor, Actor] | None
    events: list[Event] = field(default_factory=list)  # coded so far, in sentence order
    authored: list[tuple[str, list[Actor]]] = field(default_factory=list)  # noun → author
    counts: Counter = field(default_factory=Counter)
    first: dict[str, Actor] = field(default_factory=dict)

    places: dict = field(default_factory=dict)  # (start, end) -> country of a named place
    state: object = None  # callable code -> Actor for a country known only from its places

    def __post_init__(self) -> None:
        self.mentions = sorted(self.mentions, key=lambda m: m.start)
        for mention in self.mentions:
            actor = mention.actor
            if actor is not None and actor.code and actor.kind != "place":
                self.counts[actor.code] += 1
                self.first.setdefault(actor.code, actor)
        for code in self.places.values():
            self.counts[code] += 1  # "children in Sudan" is about Sudan too

    def earlier_actor(self, head: Token, before: int) -> Actor | None:
        """The actor of the last mention before `before` (a document offset) that ends with
        the same word: a surname ("Berisha") or a definite description ("the spokesperson"
        after "a State Department spokesperson")."""
        word = head.lower_
        if len(word) < 3:
            return None
        found = within = None
        for mention in self.mentions:
            if mention.start >= before:
                break
            actor = mention.actor
            if actor is None or not actor.code or actor.kind == "place":
                continue
            words = mention.text.lower().split()
            if words[-1] == word:
                found = actor
            elif word in words:
                within = actor
        # A common noun may also name a part of an earlier description: "the ministry"
        # after "Iran's foreign ministry spokesman"; a name must end the mention.
        return found or (within if head.pos_ == "NOUN" else None)

    def last_organisation(self, before: int) -> Actor | None:
        """The international organisation named last before `before`: "the bloc", "the
        alliance" after "ASEAN" or "NATO"."""
        found = None
        for mention in self.mentions:
            if mention.start >= before:
                break
            if mention.actor is not None and mention.actor.country == "IGO":
                found = mention.actor
        return found

    def recent_group(self, size: int | None) -> list[Actor]:
        """The parties a group phrase ("the two leaders", "both ministers", "the three
        delegations") stands for: those of the latest joint occasion (a meeting, a joint
        act or a symmetric event: people who were together) with that many countries (any
        number from two when `size` is None), else the document's pair."""
        for event in reversed(self.events[-12:]):
            if event.event_type not in _OCCASIONS and not event.symmetric:
                continue
            group: dict[str, Actor] = {}
            for actor in [*event.source, *event.target]:
                if actor.code and not actor.reason.startswith("domestic:"):
                    group.setdefault(actor.code, actor)
            if len(group) >= 2 and size in (None, len(group)):
                return list(group.values())
        return list(self.pair) if self.pair is not None and size in (None, 2) else []

    def named_in(self, word: str, before: int) -> Actor | None:
        """The actor of the last mention before `before` whose text holds `word` ("the U.S.
        Congress" for "congress")."""
        found = None
        for mention in self.mentions:
            if mention.start >= before:
                break
            actor = mention.actor
            if actor is not None and actor.code and word in mention.text.lower().split():
                found = actor
        return found

    def challenger(self, codes: set[str], since: int = 0) -> list[Actor]:
        """Who last accused, pressed, threatened or punished one of `codes` in this document
        (from offset `since` on): a denial or a refusal with no other party answers them
        ("X accused Y of ...; Y denied it")."""
        for event in reversed(self.events[-12:]):
            if event.event_type not in _CHALLENGES or event.evidence.start < since:
                continue
            if codes & {a.code for a in event.target if a.code}:
                found = [a for a in event.source if a.code and a.code not in codes]
                if found:
                    return found
        return []

    def partner(self, source_codes: set[str]) -> list[Actor]:
        """The document's other party for a source of one of its two countries: its pair,
        else its focus when that is not the source's country."""
        if self.pair is not None:
            codes = [a.code for a in self.pair]
            if len(source_codes) == 1 and next(iter(source_codes)) in codes:
                return [a for a in self.pair if a.code not in source_codes]
        focus = self.focus()
        return [focus] if focus is not None and focus.code not in source_codes else []

    def focus(self) -> Actor | None:
        """The country the document is clearly most about (most mentioned, as an actor or a
        place, three times at least, with no tie); organisations are no such country."""
        ranked = [(c, n) for c, n in self.counts.most_common(4) if not c.startswith("IGO")][:2]
        if not ranked or ranked[0][1] < 3:
            return None
        if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
            return None
        code = ranked[0][0]
        if code in self.first:
            return self.first[code]
        return self.state(code) if self.state is not None else None


def record_authors(memory: DocumentMemory, parsed, actors: SentenceActors, lexicon) -> None:
    """Remember who authored each act noun of a sentence ("a resolution in the U.S.
    Congress", "Russia's proposal", "X issued a warning")."""
    nouns = lexicon.anaphoric
    verbs = lexicon.cues("author_verb")
    for token in parsed:
        if token.pos_ != "NOUN" or token.lemma_.lower() not in nouns:
            continue
        authors = _noun_author(token, actors, verbs)
        if authors:
            memory.authored.append((token.lemma_.lower(), authors))


def _noun_author(noun: Token, actors: SentenceActors, verbs: frozenset[str]) -> list[Actor]:
    for child in noun.children:
        if child.dep_ in {"poss", "compound", "amod"}:
            found = [a for a in actors.actors_for(child) if a.code]
            if found:
                return found
        if child.dep_ == "prep" and child.lower_ in _AUTHOR_PREPS:
            for pobj in child.children:
                if pobj.dep_ != "pobj":
                    continue
                found = [a for a in actors.actors_for(pobj) if a.code]
                if found:
                    return found
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lemma_.lower() in verbs:  # "X passed a resolution"
        for child in verb.children:
            if child.dep_ == "nsubj":
                return [a for a in actors.actors_for(child) if a.code]
    return []


def object_author(
    memory: DocumentMemory,
    trigger: Token,
    actors: SentenceActors,
    lexicon,
    source_codes: set[str],
    before: int,
) -> list[Actor]:
    """The author of an act the trigger's object points back to ("rejected the resolution"),
    when that author is of another country than the source; else []. `before` is the
    sentence's start in the document."""
    nouns, institutions = lexicon.anaphoric, lexicon.institutions
    for obj in trigger.children:
        lemma = obj.lemma_.lower()
        if obj.dep_ not in {"dobj", "nsubjpass"} or lemma not in nouns:
            continue
        if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in obj.children):
            continue
        if any(a.code for a in actors.actors_for(obj)):
            return []  # "the Chinese proposal": its author is named here
        authors = _institution_author(memory, obj, institutions, before)
        authors = authors or _last_author(memory, lemma, nouns[lemma], source_codes)
        codes = {a.code for a in authors if a.code}
        return authors if codes and not codes & source_codes else []
    return []


def _institution_author(memory, noun: Token, institutions: dict[str, str], before: int):
    """ "the congressional move": the Congress named earlier in the document."""
    for child in noun.children:
        word = institutions.get(child.lower_) if child.dep_ == "amod" else None
        found = memory.named_in(word, before) if word else None
        if found is not None:
            return [found]
    return []


def unnamed_body(memory: DocumentMemory, head: Token, actors: SentenceActors, lexicon):
    """ "ruling coalition lawmakers" with no country named: a body of the country the
    document is about, when the sentence names that country and no other."""
    if head.lemma_.lower() not in lexicon.bodies:
        return []
    focus = memory.focus()
    if focus is None:
        return []
    named = {a.code for _, _, a in actors.spans if a.code}
    named.update(code for _, _, code in actors.places if code)
    if named != {focus.code}:
        return []
    return [group_actor(focus.code, head.text, "body of the country the document is about")]


def _last_author(
    memory: DocumentMemory, lemma: str, types: frozenset[str], exclude: set[str]
) -> list[Actor]:
    """The last earlier author of the same noun, else the source of the last earlier event
    of a fitting type: the last one aimed at `exclude` (the countries answering it, as one
    rejects a complaint made against oneself), else the last one."""
    for noun, authors in reversed(memory.authored):
        if noun == lemma:
            return authors
    fitting = [
        e for e in memory.events if ("*" in types or e.event_type in types) and not _agentless(e)
    ]
    aimed = [e for e in fitting if {a.code for a in e.target if a.code} & exclude]
    for event in reversed(aimed or fitting):
        # A named author of no known country ("Lai's legal team") gives no country.
        return [a for a in event.source if a.code]
    return []


def _agentless(event: Event) -> bool:
    """A passive act whose doer the sentence never gave ("was summoned"): no author."""
    return all(not a.code and a.reason == "no agent given" for a in event.source)


def carried_date(previous: str, parsed, exprs: list, ref, ref_precision: str, lexicon):
    """The date a statement without one takes from the sentence before it, when that
    sentence dates a statement of the same speaker: "It issued a statement last week saying
    the decision would hurt refugees. The agency said it was ready to help." Only for a
    sentence whose main verb is a past verb of saying and that has no date of its own, after
    a sentence that opens with a pronoun, speaks of a statement and has one past date."""
    root = next((t for t in parsed if t.dep_ == "ROOT"), None)
    if exprs or root is None or root.tag_ != "VBD" or root.lemma_.lower() not in lexicon.speech:
        return None
    words = previous.lower().split()
    if not words or words[0] not in lexicon.pronouns:
        return None
    if not lexicon.cues("statement_word").intersection(w.strip(".,;:\"'") for w in words):
        return None
    found = [e for e in find_dates(previous, ref, ref_precision) if not e.future]
    return found[0] if len(found) == 1 else None
