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
from .assertion import (
    is_generic_wish,
    is_headline_glue,
    is_period_summary,
    is_question,
    is_reference_noun,
    wished,
)
from .lexicon import MATERIAL_CONFLICT, Lexicon
from .participants import SentenceActors, document_pair, group_actor
from .polarity import assess, reinterpret
from .roles import Roles, find_roles
from .stance import code_stance, country_codes, find_contexts, is_recalled
from .targets import fallback_target
from .triggers import Trigger, find_triggers, top_triggers
from .when import pick_date, pick_location

LOGGER = logging.getLogger(__name__)

# Types whose partners ("talks with Y", "X and Y signed") are co-participants.
SYMMETRIC_TYPES = frozenset({"CONSULT", "COOPERATE", "AGREE", "SUPPORT", "REJECT"})
# Types that need a partner: with none named there is no domestic reading.
PARTNER_TYPES = frozenset({"CONSULT", "COOPERATE"})
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
    explicit: dict = field(default_factory=dict)  # id(event) -> date read from the sentence
    quotes: list = field(default_factory=list)  # the document's Quote records
    offset: int = 0  # start of the sentence being coded, in the document

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
    return DocContext(
        doc, lexicon, ref, precision, document_pair(doc.mentions), resolve, place_country
    )


def code_sentences(ctx: DocContext) -> list[Event]:
    parses: dict[int, SpacyDoc] = ctx.doc.annotations.get("parses", {})
    events: list[Event] = []
    by_sentence = _mentions_by_sentence(ctx.doc)
    for index in sorted(parses):
        if index >= len(ctx.doc.sentences):
            continue
        try:
            events.extend(code_sentence(ctx, index, parses[index], by_sentence.get(index, [])))
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
    ctx.offset = sentence.start
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
    exprs = find_dates(parsed.text, ctx.ref, ctx.ref_precision)
    local_mentions = [(m.start - sentence.start, m.end - sentence.start, m) for m in mentions]
    events = []
    triggers = find_triggers(parsed, ctx.lexicon)
    for trig in top_triggers(triggers, ctx.lexicon):
        trig.material = _is_material(trig, triggers)
        event = _code_trigger(ctx, trig, actors, exprs, local_mentions, sentence)
        if event is not None:
            events.append(event)
    events.extend(code_stance(ctx, parsed, actors, exprs, sentence, events))
    return events


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
    refusal = lex.modality.get(token.lemma_.lower()) == "refusal"
    event_type = reinterpret(trig.event_type, polarity, refusal)
    if event_type is None:
        return None
    event_type, source, target, partners = _participants(ctx, trig, polarity, event_type, actors)
    if event_type is None or (trig.is_noun and not (source or target or partners)):
        return None  # a bare noun ("the meeting") says too little on its own
    symmetric, source, target = _arrange(lex, event_type, trig, source, target, partners)
    if not source:
        return None  # nobody to say who did it ("the two sides" with no pair): no record
    if symmetric and event_type == "AGREE" and is_generic_wish(token, lex):
        return None  # "both sides agreed to deepen cooperation": a wish, not a commitment
    announced = event_type != trig.event_type
    when = pick_date(
        token, exprs, ctx.ref, ctx.ref_precision, announced=announced, perfect=polarity.perfect_past
    )
    mode = _mode(ctx.lexicon, trig, event_type, sentence.text)
    location = pick_location(token, mentions, ctx.place_country)
    if event_type == "CONSULT" and mode is None and location and _is_host(location, source, target):
        mode = "visit"
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
    event.confidence = _confidence(trig, event, when.explicit, announced, lex.cues("time_mark"))
    ctx.explicit[id(event)] = when.explicit
    return event


def _unresolved_source(token: Token, roles, actors: SentenceActors, lexicon) -> list[Actor]:
    """A doer the actors stage could not place ("Muslim hackers"): named, with no country;
    the doer of a passive without an agent ("were killed in a bombing") is unidentified."""
    heads = roles.source[:1]
    if heads and heads[0].lower_ in lexicon.pronouns:
        heads = [_antecedent(heads[0], lexicon.pronouns) or roles.speaker]
    found = [a for a in map(actors.unresolved, [h for h in heads if h is not None]) if a]
    if not found and roles.passive and not roles.source:
        found = [Actor("unidentified", "", None, None, None, None, "", "no agent given", "group")]
    return found


def _unasserted(trig: Trigger, lexicon: Lexicon) -> bool:
    """The trigger only mentions an event (see `assertion.py`)."""
    token = trig.token
    if trig.is_noun:
        return is_reference_noun(token, lexicon)
    return is_period_summary(token) or is_question(token, lexicon) or is_headline_glue(token)


def _polarity(token: Token, lexicon: Lexicon):
    """Negation and modality, plus a governing verb of wishing ("hopes they can meet")."""
    polarity = assess(token, lexicon.modality)
    wish = wished(token, lexicon)
    if wish == "hypothetical":
        polarity.hypothetical = True
    elif wish == "future":
        polarity.future = True
    return polarity


def _participants(ctx: DocContext, trig: Trigger, polarity, event_type: str, actors):
    """Source, target and partners of one trigger, and its type once reported obligations
    are read as requests."""
    lex = ctx.lexicon
    roles = find_roles(trig.token, lex.speech, lex.preps, adjectival=trig.entry.pos == "A")
    source, target, partners = _role_actors(roles, actors, ctx.quote_speaker)
    if event_type == "ACCUSE":
        target = _doers(trig.token, actors) or target
    if not source:
        source = _unresolved_source(trig.token, roles, actors, lex)
    joint = len(country_codes(source)) >= 2 and event_type in SYMMETRIC_TYPES
    if not partners and not joint and country_codes(target) <= country_codes(source):
        # No target, or only the source's own country ("China's readiness"): read the
        # predicate for another party before settling for a domestic target.
        own = {t.i for t in trig.token.subtree}
        skip = {t.i for head in roles.source for t in head.subtree if t.i not in own}
        found = fallback_target(
            trig.token,
            actors,
            lex.speech,
            source,
            skip,
            material=trig.material,
            human_nouns=lex.human_nouns,
            documents=lex,
            event_type=event_type,
        )
        if not target or not country_codes(found) <= country_codes(source):
            target = found
        target = (
            target or _remit(roles.source, actors) or _domestic_target(trig, event_type, source)
        )
    if polarity.obligation and event_type != "REQUEST":
        speaker = actors.actors_for(roles.speaker) if roles.speaker is not None else []
        if not speaker:
            return None, source, target, partners  # "Y should act", nobody asks: an opinion
        if country_codes(speaker) < country_codes(source):
            # "X said the two sides should oppose Z": X's own stance toward Z.
            return event_type, speaker, target, partners
        if source and _other_party(speaker, source):
            # "X said Y must ...": X asks Y to act (rebels of a country asking its president).
            return "REQUEST", speaker, source, []
    return event_type, source, target, partners


def _doers(trigger: Token, actors: SentenceActors) -> list[Actor]:
    """Who did the deed an accusation is about: "investigating crimes by X against Y" and
    "condemned the killing of Y by X" accuse X, not Y."""
    for obj in trigger.children:
        if obj.dep_ not in {"dobj", "nsubjpass"}:
            continue
        for prep in obj.children:
            if prep.dep_ == "prep" and prep.lower_ == "by":
                found = [a for p in prep.children if p.dep_ == "pobj" for a in actors.actors_for(p)]
                if found:
                    return found
    return []


def _remit(heads: list[Token], actors: SentenceActors) -> list[Actor]:
    """The country an organisation's envoy or mission is for ("the U.N. envoy for Syria",
    "the UN mission in Mali"): with no other party named, what it asks or does concerns it."""
    if not heads or actors.resolve is None:
        return []
    if not all(a.country == "IGO" for a in actors.actors_for(heads[0])):
        return []
    for token in heads[0].subtree:
        if (
            token.dep_ == "pobj"
            and token.head.lower_ in {"for", "in", "to"}
            and token.pos_ == "PROPN"
        ):
            found = actors.resolve(token.text)
            if found is not None and found.country not in {None, "IGO"}:
                return [found]
    return []


def _domestic_target(trig: Trigger, event_type: str, source: list[Actor]) -> list[Actor]:
    """No other party named: an act of one country's actor (a strike, a refusal to resign,
    a law passed) is aimed at that country itself, as PLOVER codes domestic events."""
    codes = country_codes(source)
    if event_type in PARTNER_TYPES or len(codes) != 1 or any(a.country == "IGO" for a in source):
        return []
    code = next(iter(codes))
    return [group_actor(code, trig.token.text, "domestic: no other party named")]


def _other_party(speaker: list[Actor], subject: list[Actor]) -> bool:
    """The one said to be obliged is not the speaker: another country, or another actor of
    the same country (not a pronoun standing for the speaker, which resolves to it)."""
    if not country_codes(subject) & country_codes(speaker):
        return True
    ids = {a.actor_id or a.name for a in speaker}
    return all((a.actor_id or a.name) not in ids for a in subject)


def _role_actors(
    roles: Roles, actors: SentenceActors, quote_speaker=None
) -> tuple[list, list, list]:
    source = _collect(roles.source, actors)
    pronouns = actors.pronouns
    if not source and roles.speaker is not None and any(t.lower_ in pronouns for t in roles.source):
        source = actors.actors_for(roles.speaker)  # "X said it would ..."
    if not source and quote_speaker is not None:
        source = quote_speaker(roles.source)  # "I urge ..." inside a quotation
    if not source and roles.source and roles.source[0].lower_ in pronouns:
        before = _antecedent(roles.source[0], pronouns)
        source = actors.actors_for(before) if before is not None else []
    benefit = actors.beneficiary
    # "calls for Lai's release": the one to be released is not the one asked.
    target = _collect([t for t in roles.target if t.lemma_.lower() not in benefit], actors)
    partners = _collect(roles.partners, actors)
    return source, target, partners


def _antecedent(pronoun: Token, pronouns: frozenset[str]) -> Token | None:
    """The subject a pronoun points back to inside its sentence: "Israel mounted its
    invasion", "the rebels said they attempted"."""
    for ancestor in pronoun.ancestors:
        if ancestor.pos_ not in {"VERB", "AUX"}:
            continue
        for child in ancestor.children:
            if child.dep_ == "nsubj" and child.i < pronoun.i and child.lower_ not in pronouns:
                return child
    return None


def _collect(tokens: list[Token], actors: SentenceActors) -> list[Actor]:
    out: list[Actor] = []
    for token in tokens:
        for actor in actors.actors_for(token):
            if all(actor.actor_id != a.actor_id or actor.name != a.name for a in out):
                out.append(actor)
    return out


def _arrange(
    lexicon: Lexicon, event_type: str, trig: Trigger, source: list, target: list, partners: list
):
    """Symmetric events list every participant as source; directed ones drop from the target
    what is already the source ("Russia praised Russia-China ties" → target CHN), unless
    source and target are all of one country (a domestic event)."""
    lemma = trig.token.lemma_.lower()
    symmetric_kind = event_type in SYMMETRIC_TYPES and (
        lemma in lexicon.symmetric or trig.entry.mode == "sign-agreement"
    )
    everyone = _merge(source, partners)
    if symmetric_kind and (
        partners or len(country_codes(source)) >= 2 or (target and lemma == "meet")
    ):
        return True, _merge(everyone, target), []
    target = _merge(target, partners)
    source_codes = country_codes(source)
    trimmed = [a for a in target if a.code not in source_codes]
    if trimmed or not source_codes:
        return False, source, trimmed
    source_ids = {a.actor_id for a in source}
    return False, source, [a for a in target if a.actor_id not in source_ids]


def _merge(first: list[Actor], second: list[Actor]) -> list[Actor]:
    out = list(first)
    for actor in second:
        if all(actor.actor_id != a.actor_id for a in out):
            out.append(actor)
    return out


def _is_host(location: str, source: list[Actor], target: list[Actor]) -> bool:
    return location in country_codes(source) | country_codes(target)


def _mode(lexicon: Lexicon, trig: Trigger, event_type: str, text: str) -> str | None:
    if event_type != "CONSULT":
        return trig.entry.mode
    lowered = f" {text.lower()} "
    for cue, mode in lexicon.modes:
        if f" {cue}" in lowered and (mode == "phone" or trig.entry.mode is None):
            return mode
    return trig.entry.mode


def _confidence(
    trig: Trigger, event: Event, explicit_date: bool, announced: bool, marks: frozenset[str]
) -> float:
    score = trig.entry.weight
    countries = event.countries()
    if len(countries) >= 2 and (event.target or event.symmetric):
        score *= 1.0
    elif event.source and event.target:
        score *= 0.95
    elif event.source or event.target:
        score *= 0.8
    else:
        score *= 0.55
    if trig.is_noun and not _main_object(trig.token):
        score *= 0.85
    if announced:
        score *= 0.9
    if event.background:
        score *= 0.75
    if _subordinate(trig.token):
        score *= 0.85  # a relative or adverbial clause: not what the sentence is about
    if _time_clause(trig.token, marks):
        score *= 0.85  # "..., one day after a Serbian jet shot down ...": the occasion
    if explicit_date:
        score = min(1.0, score * 1.05)
    return round(score, 3)


def _main_object(noun: Token) -> bool:
    """The object of the sentence's main verb: "Italy announced a suspension of links"."""
    return noun.dep_ == "dobj" and noun.head.dep_ == "ROOT" and noun.head.pos_ == "VERB"


def _time_clause(token: Token, marks: frozenset[str]) -> bool:
    """The trigger's clause is introduced as the time of another event ("after X did")."""
    current = token
    for _ in range(6):
        if current.dep_ == "advcl":
            return any(c.dep_ == "mark" and c.lower_ in marks for c in current.children)
        if current.head.i == current.i:
            return False
        current = current.head
    return False


def _subordinate(token: Token) -> bool:
    current = token
    for _ in range(8):
        if current.dep_ in {"relcl", "acl", "advcl"}:
            return True
        if current.head.i == current.i:
            return False
        current = current.head
    return False


def absorb_undated(events: list[Event], explicit: dict) -> list[Event]:
    """A report whose date was only defaulted ("after Putin met Li") joins the one explicitly
    dated report of the same type and countries ("On November 18, Putin met Li")."""
    dated = [e for e in events if explicit.get(id(e))]
    kept = []
    for event in events:
        if explicit.get(id(event)):
            kept.append(event)
            continue
        fits = [
            d
            for d in dated
            if d.event_type == event.event_type
            and d.countries() == event.countries()
            and d.countries()
        ]
        if len(fits) == 1:
            fits[0].extra_evidence.append(event.evidence)
            fits[0].confidence = max(fits[0].confidence, event.confidence)
        else:
            kept.append(event)
    return kept
