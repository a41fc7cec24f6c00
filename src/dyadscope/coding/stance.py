"""Events carried by what a speaker says rather than by a trigger word.

"Russia said Sudan must return the helicopter" asks Sudan to act (REQUEST) whatever the verb
of the act; "Wang Yi said the United States is bullying ..." criticises it (ACCUSE) through
evaluative cues (`data/coding/stance_cues.tsv`); praise of the other side or of the
relationship is SUPPORT. Habits ("China always says") and memories ("Xi recalled") give none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Token

from ..records import Actor, Event, Evidence
from .assertion import is_habitual
from .lexicon import HOSTILE, Lexicon
from .participants import SentenceActors, group_actor
from .roles import inherited_subject
from .when import pick_date

if TYPE_CHECKING:  # the coder's context, passed in; no import cycle at run time
    from .coder import DocContext


def is_recalled(token: Token, lexicon: Lexicon, itself: bool = False) -> bool:
    """An event told as a memory ("Xi recalled the two meetings"): background."""
    if itself and lexicon.modality.get(token.lemma_.lower()) == "memory":
        return True
    for ancestor in list(token.ancestors)[:4]:
        if lexicon.modality.get(ancestor.lemma_.lower()) == "memory":
            return True
    return False


def country_codes(actors: list[Actor]) -> set[str]:
    return {a.code for a in actors if a.code}


def find_contexts(lexicon: Lexicon, text: str) -> list[str]:
    found = [name for name, pattern in lexicon.contexts if pattern.search(text)]
    return found[:3]


def code_stance(
    ctx: DocContext, parsed: SpacyDoc, actors: SentenceActors, exprs, sentence, coded: list[Event]
) -> list[Event]:
    """Praise or criticism carried by what a speaker says, without a verb that names it."""
    out = []
    for token in parsed:
        if token.lemma_.lower() not in ctx.lexicon.speech or token.pos_ != "VERB":
            continue
        if is_habitual(token, ctx.lexicon) or is_recalled(token, ctx.lexicon, itself=True):
            continue  # "China always says ...", "Xi recalled ...": no new event
        if token.dep_ in {"relcl", "acl"}:
            continue  # "one of the things Lai said was ...": an earlier remark referred to
        if _passive_saying(token):
            continue  # "the ambassador was summoned and told that ...": the one told
        event = _demand_event(ctx, token, actors, exprs, sentence)
        event = event or _attribution_event(ctx, token, actors, exprs, sentence)
        event = event or _blame_event(ctx, token, actors, exprs, sentence)
        event = event or _charge_event(ctx, token, actors, exprs, sentence, coded)
        event = event or _stance_event(ctx, token, actors, exprs, sentence)
        if event is None:
            continue
        if any(
            e.event_type == event.event_type and e.countries() == event.countries() for e in coded
        ):
            continue
        out.append(event)
    return out


def _passive_saying(verb: Token) -> bool:
    """A verb of saying in the passive ("was told", "was summoned and told"): its subject
    heard it; the speaker is someone else."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        return True
    head = verb.head
    return (
        verb.dep_ == "conj"
        and any(c.dep_ == "auxpass" for c in head.children)
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
    )


def _speakers(verb: Token) -> list[Token]:
    """Who says it: the verb's subject, else the one it shares ("..., Li said")."""
    return [c for c in verb.children if c.dep_ == "nsubj"] or inherited_subject(verb)


def _reported_clause(verb: Token) -> Token | None:
    """What is said: the verb's clausal complement."""
    return next((c for c in verb.children if c.dep_ == "ccomp"), None)


def _said_event(
    ctx, verb: Token, exprs, sentence, parties, trigger: str, confidence: float, dated=None
) -> Event:
    """The event a verb of saying carries: `parties` is (type, source, target), dated when
    the verb is; `dated` is the confidence when that date is read from the sentence."""
    event_type, source, target = parties
    when = pick_date(verb, exprs, ctx.ref, ctx.ref_precision)
    event = Event(
        doc_id=ctx.doc.doc_id,
        event_type=event_type,
        source=source,
        target=target,
        evidence=Evidence(sentence.text, sentence.start, sentence.end),
        contexts=find_contexts(ctx.lexicon, sentence.text),
        date=when.value,
        date_precision=when.precision,
        background=when.background,
        trigger=trigger,
    )
    event.confidence = dated if dated is not None and when.explicit else confidence
    ctx.explicit[id(event)] = when.explicit
    return event


def _demand_event(ctx, verb: Token, actors: SentenceActors, exprs, sentence) -> Event | None:
    """ "Russia said Sudan must return the helicopter": a speaker saying another party must
    or should act asks it to act (PLOVER REQUEST), whatever the verb of the act."""
    speakers = _speakers(verb)
    clause = _reported_clause(verb)
    if not speakers or clause is None or not _obliged(clause, ctx.lexicon):
        return None
    source = actors.actors_for(speakers[0]) or [
        a for a in [actors.unresolved(speakers[0])] if a is not None
    ]
    subjects = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
    target = actors.actors_for(subjects[0]) if subjects else []
    if not source or not target or country_codes(target) & country_codes(source):
        return None
    # 0.5: below an explicit trigger of the same sentence
    return _said_event(ctx, verb, exprs, sentence, ("REQUEST", source, target), clause.text, 0.5)


def _attribution_event(ctx, verb: Token, actors, exprs, sentence) -> Event | None:
    """ "Officials said the attackers were based in Afghanistan": a speaker placing the doers
    of an attack in another country accuses that country (of harbouring or sending them)."""
    clause = _reported_clause(verb)
    if clause is None or not _names_perpetrators(clause, ctx.lexicon):
        return None
    speakers = _speakers(verb)
    source = actors.actors_for(speakers[0]) if speakers else []
    if not country_codes(source) and ctx.memory is not None:
        focus = ctx.memory.focus()  # "security sources": the country the story is about
        source = [focus] if focus is not None else []
    placed = _placed_in(clause, actors, country_codes(source), ctx.lexicon.cues("harbour_word"))
    if not country_codes(source) or not placed:
        return None
    return _said_event(ctx, verb, exprs, sentence, ("ACCUSE", source, placed), verb.text, 0.5)


def _blame_event(ctx, verb: Token, actors, exprs, sentence) -> Event | None:
    """ "Pakistan said India was behind the attack", "... that Moscow was responsible for
    the killings": a speaker naming another country as the doer of a hostile act accuses it."""
    clause = _reported_clause(verb)
    if clause is None or not _blames(clause, ctx.lexicon):
        return None
    speakers = _speakers(verb)
    source = actors.actors_for(speakers[0]) if speakers else []
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    target = [a for a in actors.actors_for(subjects[0]) if a.code] if subjects else []
    if not country_codes(source) or not target or country_codes(target) & country_codes(source):
        return None
    return _said_event(ctx, verb, exprs, sentence, ("ACCUSE", source, target), verb.text, 0.55)


def _charge_event(ctx, verb: Token, actors, exprs, sentence, coded: list[Event]) -> Event | None:
    """ "Kyrgyzstan's border service said Tajik troops had opened fire on its posts": a
    speaker reporting that another country attacked or seized its own people or posts
    charges that country (the attack itself is coded from the same clause)."""
    clause = _reported_clause(verb)
    if clause is None:
        return None
    speakers = _speakers(verb)
    source = [a for a in actors.actors_for(speakers[0]) if a.code] if speakers else []
    own = country_codes(source)
    if not own:
        return None
    words = {t.text for t in clause.subtree}
    for event in coded:
        if event.event_type not in {"ASSAULT", "COERCE"} or event.trigger not in words:
            continue
        doers, victims = country_codes(event.source), country_codes(event.target)
        if doers and victims and not doers & own and victims <= own:
            charged = ("ACCUSE", source, [a for a in event.source if a.code])
            # below the attack it reports: the sentence is about the attack
            weight = round(min(0.5, event.confidence * 0.9), 3)
            return _said_event(ctx, verb, exprs, sentence, charged, verb.text, weight)
    return None


def _blames(clause: Token, lexicon: Lexicon) -> bool:
    """The clause puts its subject "behind" or makes it "responsible for" a hostile act."""
    links = [clause, *(c for c in clause.children if c.dep_ == "acomp")]
    for link in links:
        for prep in link.children:
            if prep.dep_ != "prep" or prep.lower_ not in {"behind", "for"}:
                continue
            if prep.lower_ == "for" and link.lower_ != "responsible":
                continue
            if any(_hostile_noun(t, lexicon) for t in prep.subtree):
                return True
    return False


def _hostile_noun(token: Token, lexicon: Lexicon) -> bool:
    return token.pos_ == "NOUN" and any(
        e.event_type in HOSTILE for e in lexicon.entries(token.lemma_.lower(), "N")
    )


def _names_perpetrators(clause: Token, lexicon: Lexicon) -> bool:
    """The reported clause's subject names the doers of an attack ("the attackers", "those
    involved in the attack", "the gunmen")."""
    doers = lexicon.cues("perpetrator_noun")
    for subject in (c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}):
        if subject.lower_ in doers and subject.lower_ != "those":
            return True
        if subject.lower_ == "those":  # "those involved in / responsible for the attack"
            return any(
                t.lemma_.lower() in {"attack", "bombing", "assault"} for t in subject.subtree
            )
    return False


def _placed_in(clause: Token, actors: SentenceActors, own: set[str], ties) -> list[Actor]:
    """The foreign country the clause puts them in or with: "based in X", "came from X",
    "in touch with planners in X" (the preposition hangs from one of `ties`)."""
    for token in clause.subtree:
        prep = token.head
        if token.dep_ != "pobj" or prep.lower_ not in {"in", "from"}:
            continue
        if prep.head.lower_ in ties or prep.head.lemma_.lower() in ties:
            found = [a for a in actors.actors_for(token) if a.code and a.code not in own]
            place = actors.place_at(token)
            if found:
                return found[:1]
            if place and place not in own:
                return [_placed_country(place, token.text)]
    return []


def _placed_country(code: str, text: str) -> Actor:
    return group_actor(code, text, "country the attackers were placed in")


def _obliged(clause: Token, lexicon: Lexicon) -> bool:
    """ "must return", not "must have returned" (a guess about the past)."""
    auxes = [c for c in clause.children if c.dep_ in {"aux", "auxpass"}]
    if clause.tag_ == "VBN" and any(c.lower_ == "have" for c in auxes):
        return False
    return any(lexicon.modality.get(c.lower_) == "obligation" for c in auxes)


def _stance_event(ctx, verb: Token, actors: SentenceActors, exprs, sentence) -> Event | None:
    speakers = _speakers(verb)
    if not speakers:
        return None
    source = actors.actors_for(speakers[0])
    if not source:
        return None
    skip = {t.i for s in speakers for t in s.subtree}
    tokens = [t for t in verb.subtree if t.i not in skip]
    stance = _stance_of(ctx.lexicon, parsed_text(tokens))
    if stance is None:
        return None
    targets = _stance_targets(ctx, actors, tokens, country_codes(source), stance)
    if stance == "REJECT" and not targets and ctx.memory is not None:
        targets = ctx.memory.challenger(country_codes(source), 0)  # who made the charges
    if stance == "ACCUSE" and len(targets) == 1:
        targets = _nearest_to_cue(ctx.lexicon, actors, tokens, country_codes(source)) or targets
    if not targets:
        return None
    return _said_event(
        ctx, verb, exprs, sentence, (stance, source, targets), verb.text, 0.55, dated=0.6
    )


def _stance_targets(ctx, actors: SentenceActors, tokens, source_codes, stance) -> list[Actor]:
    """Criticism aims at the first other actor named; praise at the other side(s)."""
    targets: list[Actor] = []
    for tok in tokens:
        actor = actors.actor_at(tok)
        if (
            actor is not None
            and actor.code  # a person of no known country cannot stand for one
            and actor.code not in source_codes
            and actor.code not in country_codes(targets)
        ):
            targets.append(actor)
    about_pair = ctx.pair and actors.pair_phrases.search(parsed_text(tokens))
    if (
        not targets
        and about_pair
        and stance == "SUPPORT"
        and source_codes & country_codes(list(ctx.pair))
    ):
        targets = [a for a in ctx.pair if a.code not in source_codes]
    return targets[:1] if stance in {"ACCUSE", "REJECT"} else targets[:2]


def _nearest_to_cue(lexicon: Lexicon, actors: SentenceActors, tokens, source_codes) -> list:
    """The actor a criticism is about: the one named nearest its evaluative word ("told
    Taiwan's president that ... resist China's aggression" criticises China, not Taiwan)."""
    cues = [t.i for t in tokens if _stance_of(lexicon, t.lower_) == "ACCUSE"]
    if not cues:
        return []
    best, best_gap = None, 99
    for tok in tokens:
        actor = actors.actor_at(tok)
        if actor is None or not actor.code or actor.code in source_codes:
            continue
        gap = min(abs(tok.i - c) for c in cues)
        if gap < best_gap:
            best, best_gap = actor, gap
    return [best] if best is not None and best_gap <= 4 else []


def parsed_text(tokens: list[Token]) -> str:
    return " ".join(t.text for t in tokens)


def _stance_of(lexicon: Lexicon, text: str) -> str | None:
    votes = {"ACCUSE": 0, "SUPPORT": 0, "REJECT": 0}
    for pattern, stance in lexicon.stance:
        if pattern.search(text):
            votes[stance] += 1
    if votes["REJECT"]:
        return "REJECT"  # "said the charges were baseless": a denial, whatever else it says
    if votes["ACCUSE"]:
        return "ACCUSE"
    return "SUPPORT" if votes["SUPPORT"] else None
