"""Code the events of one document from its parsed candidate sentences.

For each parsed sentence: find the triggers, keep those no other trigger governs, read
who did it to whom from the parse, check that it happened (negation, modality), date and
place it, and score a confidence. Reported evaluations without an explicit verb ("X said the
U.S. is undermining ...") are coded from stance cues. The document's events are then merged
so that one happening is one event.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Token

from ..nlp.dates import find_dates, reference_date
from ..records import Actor, Document, Event, Evidence, Mention
from .anaphora import DocumentMemory, carried_date, record_authors
from .assertion import (
    is_characterisation,
    is_generic_wish,
    is_headline_glue,
    is_lead_idiom,
    is_period_summary,
    is_question,
    is_reference_noun,
    is_sports_report,
    wished,
)
from .confidence import confidence, time_clause
from .lexicon import COOPERATIVE, MATERIAL_CONFLICT, Lexicon
from .merge import separate_calls
from .participants import SentenceActors, document_pair
from .parties import arrange_participants, find_participants
from .polarity import assess, reinterpret
from .setting import (
    aimed_abroad,
    answered,
    country_actor,
    crowd_of,
    foreign_host,
    is_host,
    leaves_organisation,
)
from .stance import code_stance, country_codes, find_contexts, is_recalled
from .triggers import Trigger, complement_type, find_triggers, top_triggers
from .when import pick_date, pick_location, shifted

LOGGER = logging.getLogger(__name__)

# Types whose place may stand for the target: what is done in a country is done to it.
PLACE_TYPES = MATERIAL_CONFLICT | frozenset({"AID", "RETREAT", "CONCEDE"})


@dataclass
class DocContext:
    """What every sentence of a document shares while it is coded."""

    doc: Document
    lexicon: Lexicon
    ref: date | None
    ref_precision: str
    pair: tuple[Actor, Actor] | None
    resolve: object  # callable text -> Actor | None, or None
    place_country: object  # callable name -> ISO code | None, or None
    state_actor: object = None  # callable (code, text, reason) -> Actor, or None
    explicit: dict = field(default_factory=dict)  # id(event) -> date read from the sentence
    quotes: list = field(default_factory=list)  # the document's Quote records
    offset: int = 0  # start of the sentence being coded, in the document
    index: int = 0  # its index among the document's sentences
    memory: DocumentMemory | None = None  # what earlier sentences said (see `anaphora.py`)

    def quote_speaker(self, tokens: list[Token]) -> list[Actor]:
        """The speaker of the quotation a first-person subject ("I", "we") stands in."""
        for token in tokens:
            if token.lower_ not in {"i", "we"}:
                continue
            at = self.offset + token.idx
            for quote in self.quotes:
                if quote.start <= at < quote.end and quote.speaker is not None:
                    return [quote.speaker]
        return []


def make_context(doc: Document, lexicon: Lexicon, options, resolver=None) -> DocContext:
    timezone = options.get("coding.reference_timezone", "America/New_York") if options else None
    ref = reference_date(doc.published, timezone or None)
    precision = doc.published_precision or "unknown"
    if precision == "unknown" and ref is not None and doc.published and len(doc.published) >= 10:
        precision = "day"
    resolve = None
    place_country = None
    if resolver is not None:
        when = ref.isoformat() if ref else None
        resolve = lambda text: resolver.resolve(text, when)  # noqa: E731
        place_country = getattr(getattr(resolver, "kb", None), "place_country", None)
    pair = document_pair(doc.mentions)
    ctx = DocContext(doc, lexicon, ref, precision, pair, resolve, place_country)
    ctx.state_actor = getattr(getattr(resolver, "kb", None), "state_actor", None)
    ctx.memory = DocumentMemory(
        doc.mentions,
        pair,
        places=doc.annotations.get("places") or {},
        state=lambda code: country_actor(ctx, code, "the country the document is about"),
    )
    return ctx


def code_sentences(ctx: DocContext) -> list[Event]:
    parses: dict[int, SpacyDoc] = ctx.doc.annotations.get("parses", {})
    events: list[Event] = []
    by_sentence = _mentions_by_sentence(ctx.doc)
    for index in sorted(parses):
        if index >= len(ctx.doc.sentences):
            continue
        try:
            found = code_sentence(ctx, index, parses[index], by_sentence.get(index, []))
            events.extend(found)
            ctx.memory.events.extend(found)
        except Exception:  # noqa: BLE001 - one odd parse must not cost the document
            LOGGER.exception("coding failed on sentence %d of %s", index, ctx.doc.doc_id)
    return events


def _mentions_by_sentence(doc: Document) -> dict[int, list[Mention]]:
    out: dict[int, list[Mention]] = {}
    starts = [s.start for s in doc.sentences]
    for mention in doc.mentions:
        index = mention.sentence
        if index < 0 or index >= len(doc.sentences):
            index = _sentence_of(starts, mention.start)
        sent = doc.sentences[index] if 0 <= index < len(doc.sentences) else None
        if sent is not None and sent.start <= mention.start < sent.end:
            out.setdefault(index, []).append(mention)
    return out


def _sentence_of(starts: list[int], position: int) -> int:
    import bisect

    return bisect.bisect_right(starts, position) - 1


def code_sentence(
    ctx: DocContext, index: int, parsed: SpacyDoc, mentions: list[Mention]
) -> list[Event]:
    sentence = ctx.doc.sentences[index]
    if is_sports_report(sentence.text, ctx.lexicon):
        return []
    ctx.offset, ctx.index = sentence.start, index
    actors = SentenceActors(
        mentions,
        sentence.start,
        ctx.pair,
        ctx.lexicon.pair_phrases,
        ctx.resolve,
        places=_places(ctx, sentence, mentions),
        pronouns=ctx.lexicon.pronouns,
        human=ctx.lexicon.human_nouns,
    )
    actors.beneficiary = ctx.lexicon.cues("beneficiary_noun")
    actors.earlier = lambda head: _earlier(ctx, head, sentence.start)
    actors.group = lambda text: ctx.memory.recent_group(group_size(text))
    actors.text = sentence.text
    # The sentence's own text is the parse's text; `Doc.text` rebuilds it on every call.
    exprs = find_dates(sentence.text, ctx.ref, ctx.ref_precision)
    local_mentions = [(m.start - sentence.start, m.end - sentence.start, m) for m in mentions]
    events = []
    triggers = find_triggers(parsed, ctx.lexicon)
    for trig in top_triggers(triggers, ctx.lexicon):
        trig.material = _is_material(trig, triggers)
        event = _code_trigger(ctx, trig, actors, exprs, local_mentions, sentence)
        if event is not None:
            events.append(event)
    events.extend(code_stance(ctx, parsed, actors, exprs, sentence, events))
    events = [
        part for event in events for part in separate_calls(event, sentence.text, ctx.lexicon)
    ]
    record_authors(ctx.memory, parsed, actors, ctx.lexicon)
    if index > 0 and events:
        _carry_date(ctx, ctx.doc.sentences[index - 1].text, parsed, exprs, events)
    return events


def _earlier(ctx: DocContext, head: Token, before: int) -> Actor | None:
    """The actor an earlier mention gives a bare name or a definite description; "the bloc"
    or "the alliance" is the organisation named last."""
    if head.lemma_.lower() in ctx.lexicon.cues("collective_igo"):
        return ctx.memory.last_organisation(before)
    return ctx.memory.earlier_actor(head, before)


_COUNTS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5}


def group_size(text: str) -> int | None:
    """How many parties a group phrase counts: "the two leaders" 2, "the delegations" None."""
    for word in text.lower().split():
        if word in _COUNTS:
            return _COUNTS[word]
    return None


def _carry_date(ctx: DocContext, previous: str, parsed, exprs, events: list[Event]) -> None:
    """Undated remarks that continue a dated statement take its date (`carried_date`)."""
    found = carried_date(previous, parsed, exprs, ctx.ref, ctx.ref_precision, ctx.lexicon)
    if found is None:
        return
    for event in events:
        if not ctx.explicit.get(id(event)):
            event.date, event.date_precision = found.value, found.precision
            ctx.explicit[id(event)] = True


def _places(ctx: DocContext, sentence, mentions: list[Mention]) -> list[tuple[int, int, str]]:
    """Places of the sentence with their countries, relative to the sentence: those the
    actors stage marked, and named places it left without an actor."""
    marked = ctx.doc.annotations.get("places") or {}
    out = []
    for mention in mentions:
        code = marked.get((mention.start, mention.end))
        if code is None and mention.actor is None and mention.label in {"GPE", "LOC", "FAC"}:
            code = ctx.place_country(mention.text) if ctx.place_country else None
        if code:
            out.append((mention.start - sentence.start, mention.end - sentence.start, code))
    return out


def _is_material(trig: Trigger, triggers: list[Trigger]) -> bool:
    """The trigger, or a trigger it governs ("threatened to ban", "refused to deploy"), is an
    act done in a place."""
    inside = {t.i for t in trig.token.subtree}
    return any(t.event_type in PLACE_TYPES and t.token.i in inside for t in triggers)


def _code_trigger(
    ctx, trig: Trigger, actors: SentenceActors, exprs, mentions, sentence
) -> Event | None:
    token = trig.token
    lex = ctx.lexicon
    if _unasserted(trig, lex):
        return None
    polarity = _polarity(token, lex)
    kind = lex.modality.get(token.lemma_.lower())
    event_type = reinterpret(trig.event_type, polarity, kind == "refusal", kind == "desertion")
    if event_type is None:
        return None
    event_type = complement_type(trig, event_type, lex)
    if event_type is None:
        return None
    if event_type == "CONSULT" and trig.entry.mode == "visit" and _armed_subject(token, lex):
        # "peacekeepers arrived in Y": a deployment, not a visit, and made to Y's country.
        event_type, trig.material = "MOBILIZE", True
    elif event_type == "CONSULT" and trig.entry.mode == "visit" and _aid_workers(token, lex):
        # "a team of Mexican firefighters arrived in Chile": help sent, not a visit.
        event_type, trig.material = "AID", True
    event_type, source, target, partners = find_participants(
        ctx, trig, polarity, event_type, actors
    )
    if event_type is None or (trig.is_noun and not (source or target or partners)):
        return None  # a bare noun ("the meeting") says too little on its own
    symmetric, source, target = arrange_participants(
        lex, event_type, trig, source, target, partners
    )
    if not source:
        return None  # nobody to say who did it ("the two sides" with no pair): no record
    if event_type == "RETREAT" and leaves_organisation(token, target):
        event_type = "SANCTION"  # "Mali withdrew from ECOWAS": relations cut, not a pullback
    if event_type == "REJECT" and not symmetric:
        target = answered(ctx, source, target)
    joint = symmetric or len(country_codes(source)) >= 2
    if joint and event_type == "AGREE" and is_generic_wish(token, lex):
        return None  # "both sides agreed to deepen cooperation": a wish, not a commitment
    announced = event_type != trig.event_type
    when = pick_date(
        token,
        exprs,
        ctx.ref,
        ctx.ref_precision,
        announced=announced,
        perfect=polarity.perfect_past,
        deadlines=lex.cues("deadline_prep"),
    )
    when = shifted(when, token, exprs)
    if time_clause(token, lex.cues("sequence_mark")) and not _dated_inside(token, exprs):
        return None  # "..., before Russia invaded Ukraine": another time, left undated
    mode = _mode(ctx.lexicon, trig, event_type, sentence.text)
    location = pick_location(token, mentions, ctx.place_country)
    if event_type == "CONSULT" and mode is None and location and is_host(location, source, target):
        mode = "visit"
    if mode == "visit" and location and not symmetric and foreign_host(location, source, target):
        target = [country_actor(ctx, location, "host of the visit")]
    if event_type in {"MOBILIZE", "SANCTION"} and country_codes(target) <= country_codes(source):
        target = aimed_abroad(ctx, token, actors, source) or target
    if event_type == "PROTEST" and location and not country_codes(source):
        source = crowd_of(location, source, target)
    if event_type == "PROTEST" and not target and len(country_codes(source)) == 1:
        target = [country_actor(ctx, *country_codes(source), "authorities the protest faces")]
    event = Event(
        doc_id=ctx.doc.doc_id,
        event_type=event_type,
        source=source,
        target=target,
        evidence=Evidence(sentence.text, sentence.start, sentence.end),
        mode=mode if event_type == trig.event_type else None,
        contexts=find_contexts(ctx.lexicon, sentence.text),
        symmetric=symmetric,
        date=when.value,
        date_precision=when.precision,
        location=location,
        background=when.background or polarity.perfect_past or is_recalled(token, lex),
        trigger=token.text,
    )
    event.confidence = confidence(trig, event, when.explicit, announced, lex.cues("time_mark"))
    ctx.explicit[id(event)] = when.explicit
    return event


def _dated_inside(token: Token, exprs) -> bool:
    """A time expression within the trigger's own phrase ("after Russia invaded in 2022")."""
    words = list(token.subtree)
    start, end = words[0].idx, words[-1].idx + len(words[-1].text)
    return any(start <= expr.start and expr.end <= end for expr in exprs)


def _armed_subject(token: Token, lexicon: Lexicon) -> bool:
    forces = lexicon.cues("force_noun")
    return any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_.lower() in forces for c in token.children
    )


def _aid_workers(token: Token, lexicon: Lexicon) -> bool:
    """The subject is people sent to help: "doctors", "a team of rescuers"."""
    helpers = lexicon.cues("aid_goods")
    for subject in (c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}):
        heads = _subject_heads(subject)
        heads += [c for c in subject.children if c.dep_ == "appos"]  # "X, a firefighter"
        if any(h.lemma_.lower() in helpers or h.lower_ in helpers for h in heads):
            return True
    return False


def _subject_heads(subject: Token) -> list[Token]:
    """The subject and, through a quantity, what it counts ("thousands of tourists")."""
    return [subject, *(g for c in subject.children if c.lower_ == "of" for g in c.children)]


def _unasserted(trig: Trigger, lexicon: Lexicon) -> bool:
    """The trigger only mentions an event (see `assertion.py`)."""
    token = trig.token
    if trig.is_noun:
        if trig.event_type not in COOPERATIVE and is_characterisation(token, lexicon):
            return True  # "what Warsaw called an attack": a charge, not a report
        return is_reference_noun(token, lexicon)
    if trig.entry.mode == "phone" and any(c.dep_ == "oprd" for c in token.children):
        return True  # "calls the president a friend": naming, not a phone call
    if trig.event_type == "RETREAT" and is_lead_idiom(token, lexicon):
        return True  # "pulled out front": a lead in a race
    if _hedged(token, lexicon.cues("hedge_adverb")):
        return True  # "allegedly offered to pay": someone's claim, not a reported act
    if trig.event_type == "CONSULT" and _private_subject(token, lexicon):
        return True  # "Chinese tourists visited Vietnam": no meeting of states
    return is_period_summary(token) or is_question(token, lexicon) or is_headline_glue(token)


def _hedged(token: Token, hedges: frozenset[str]) -> bool:
    """A hedge on the trigger or on a verb above it in the same sentence."""
    for verb in [token, *list(token.ancestors)[:3]]:
        if any(c.dep_ == "advmod" and c.lower_ in hedges for c in verb.children):
            return True
    return False


def _private_subject(token: Token, lexicon: Lexicon) -> bool:
    """The subject names private people, also through a quantity ("thousands of tourists")."""
    private = lexicon.cues("private_noun")
    for subject in (c for c in token.children if c.dep_ == "nsubj"):
        if any(h.lemma_.lower() in private for h in _subject_heads(subject)):
            return True
    return False


def _polarity(token: Token, lexicon: Lexicon):
    """Negation and modality, plus a governing verb of wishing ("hopes they can meet")."""
    polarity = assess(token, lexicon.modality)
    wish = wished(token, lexicon)
    if wish == "hypothetical":
        polarity.hypothetical = True
    elif wish == "future":
        polarity.future = True
    return polarity


def _mode(lexicon: Lexicon, trig: Trigger, event_type: str, text: str) -> str | None:
    if event_type != "CONSULT":
        return trig.entry.mode
    lowered = f" {text.lower()} "
    for cue, mode in lexicon.modes:
        if f" {cue}" in lowered and (mode == "phone" or trig.entry.mode is None):
            return mode
    return trig.entry.mode
