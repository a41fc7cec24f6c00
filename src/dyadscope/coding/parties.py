"""Who took part in an event: source, target and partners of one trigger.

From the roles the parse gives (`roles.py`) to actors (`participants.py`), with the
fallbacks a careful coder uses when the sentence is not explicit: the speaker for a
pronoun ("X said it would ..."), the quotation's speaker for "I" and "we", the doer of the
deed an accusation is about, the country an organisation's envoy is for, the other party
read from the predicate (`targets.py`), and, with no other party named, the source's own
country (a domestic event). `arrange_participants` then lays the actors out as a symmetric
event (every participant a source) or a directed one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..records import Actor
from .anaphora import ANAPHOR_TYPES, PARTNER_FALLBACK_TYPES, object_author, unnamed_body
from .assertion import is_document_name
from .lexicon import Lexicon
from .participants import SentenceActors, group_actor
from .roles import Roles, find_roles
from .stance import country_codes
from .targets import fallback_target
from .triggers import Trigger, carries_goods

if TYPE_CHECKING:  # the coder's context, passed in; no import cycle at run time
    from .coder import DocContext

# Types whose partners ("talks with Y", "X and Y signed") are co-participants.
SYMMETRIC_TYPES = frozenset({"CONSULT", "COOPERATE", "AGREE", "SUPPORT", "REJECT", "ASSAULT"})
# Hostile types whose "at" phrase names the one aimed at ("lashed out at Washington").
AIMED_TYPES = frozenset({"ACCUSE", "ASSAULT", "THREATEN", "COERCE"})
# Types that need a partner: with none named there is no domestic reading.
PARTNER_TYPES = frozenset({"CONSULT", "COOPERATE"})
# Cooperative acts with no other party named ("Lee is to visit a temple", "Xi welcomed him")
# are not aimed at the actor's own country: no domestic target is guessed for them.
NO_DOMESTIC_TYPES = PARTNER_TYPES | {"AGREE", "SUPPORT", "AID"}


def _adjectival(trig: Trigger, lexicon) -> bool:
    """Read as an adjective: an adjective entry, or a participle the lexicon also lists as
    one ("X is committed to", which the tagger may read as a passive verb)."""
    token = trig.token
    if trig.entry.pos == "A":
        return True
    return token.tag_ == "VBN" and bool(lexicon.entries(token.lower_, "A"))


def find_participants(ctx: DocContext, trig: Trigger, polarity, event_type: str, actors):
    """Source, target and partners of one trigger, and its type once reported obligations
    are read as requests."""
    lex = ctx.lexicon
    roles = find_roles(
        trig.token,
        lex.speech,
        lex.preps,
        adjectival=_adjectival(trig, lex),
        origin=lex.cues("origin_noun"),
    )
    venues = lex.cues("venue_noun")
    roles.target = [t for t in roles.target if t.lemma_.lower() not in venues]
    source, target, partners = _role_actors(roles, actors, ctx.quote_speaker)
    if not target and event_type in AIMED_TYPES:
        target = _aimed_at(trig.token, actors)
    if event_type == "REQUEST" and is_ouster(trig.token, lex):
        event_type = "SANCTION"  # "gave the X diplomats 48 hours to leave": an expulsion
    if event_type in ANAPHOR_TYPES:
        # "vetoed a resolution drafted by Britain": the drafter is answered, not the UN
        target = _inline_author(trig.token, actors, source) or target
    deed = _condemned_deed(trig.token, lex) if event_type == "ACCUSE" else None
    if deed is not None:
        # Not the victim of the deed condemned; "condemned the attack" points back to it.
        target = _deed_doers(deed, actors) or _deed_author(ctx, trig.token, actors, source)
    elif event_type == "ACCUSE":
        target = _doers(trig.token, actors) or target
    if not source and roles.source and ctx.memory is not None:
        source = unnamed_body(ctx.memory, roles.source[0], actors, lex)
    if not source and roles.passive:
        source = _context_agent(trig.token, roles, actors, lex, event_type, target)
    if not source:
        source = _unresolved_source(trig.token, roles, actors, lex)
    joint = len(country_codes(source)) >= 2 and event_type in SYMMETRIC_TYPES
    unnamed_doer = deed is not None and not target
    if (
        not partners
        and not joint
        and not unnamed_doer
        and country_codes(target) <= country_codes(source)
    ):
        target = _other_target(ctx, trig, event_type, roles, actors, source, target)
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


def _inline_author(trigger: Token, actors: SentenceActors, source) -> list[Actor]:
    """The author an object names itself: "a resolution drafted by Britain", "a U.S.-drafted
    resolution"."""
    own = country_codes(source)
    for obj in (c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}):
        for child in obj.children:
            agents = []
            if child.dep_ == "acl" and child.tag_ == "VBN":
                agents = [p for a in child.children if a.dep_ == "agent" for p in a.children]
            elif child.dep_ in {"amod", "compound"} and child.lower_.endswith("-drafted"):
                agents = [child]
            found = [a for t in agents for a in actors.actors_for(t) if a.code]
            if found and country_codes(found) - own:
                return found
    return []


def _aimed_at(trigger: Token, actors: SentenceActors) -> list[Actor]:
    """The party a hostile act is aimed at with "at" ("hit out at the U.S.", "fired at
    Israeli positions"); "at" otherwise names a place, so only actors count, not places."""
    for prep in trigger.children:
        if prep.dep_ == "prep" and prep.lower_ == "at":
            heads = [c for c in prep.children if c.dep_ == "pobj"]
            found = [a for h in heads for a in actors.actors_for(h) if a.code]
            if found:
                return found
    return []


def _other_target(ctx, trig: Trigger, event_type: str, roles: Roles, actors, source, target):
    """No target, or only the source's own country ("China's readiness"): read the
    predicate, then the document, for another party before settling for a domestic one."""
    lex = ctx.lexicon
    shared = _first_conjunct_object(trig.token, actors, source)
    if shared:
        return shared
    own = {t.i for t in trig.token.subtree}
    skip = {t.i for head in roles.source for t in head.subtree if t.i not in own}
    if event_type == "REQUEST":
        skip |= _requested_clause(trig.token, roles)
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
    if event_type in NO_DOMESTIC_TYPES and _domestic_guess(found):
        found = []
    if not target or not country_codes(found) <= country_codes(source):
        target = found
    if source and country_codes(target) <= country_codes(source):
        # An object pointing back ("the resolution") outweighs a place of the source's own
        # country in the predicate; the document's other party only fills an empty target.
        target = _from_document(ctx, trig.token, event_type, actors, source, target) or target
    return target or _remit(roles.source, actors) or _domestic_target(trig, event_type, source)


def _first_conjunct_object(trigger: Token, actors, source) -> list[Actor]:
    """ "summoned Turkey's ambassador and demanded his release", "summoned India's envoy to
    lodge a protest": a second verb, or a purpose, with no party of its own is aimed where
    the first verb was."""
    if trigger.dep_ not in {"conj", "advcl", "xcomp"} or trigger.head.pos_ != "VERB":
        return []
    if any(c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ != "PRON" for c in trigger.children):
        return []  # "... and the army began drills": a clause of its own
    if any(c.dep_ in {"dobj", "dative"} for c in trigger.children if c.pos_ == "PROPN"):
        return []
    objects = [c for c in trigger.head.children if c.dep_ in {"dobj", "dative"}]
    found = [a for o in objects for a in actors.actors_for(o) if a.code]
    return found if country_codes(found) - country_codes(source) else []


def _requested_clause(trigger: Token, roles: Roles) -> set[int]:
    """ "X encouraged firms to compete with Y": the one asked is the object ("firms"); the
    parties inside the requested clause are not, so the clause is not read for a target."""
    asked = [t for t in roles.target if t.dep_ in {"dobj", "dative"} and t.head.i == trigger.i]
    if not asked:
        return set()
    clauses = [c for c in trigger.children if c.dep_ == "xcomp" and c.i > asked[0].i]
    return {t.i for clause in clauses for t in clause.subtree}


def _from_document(ctx, trigger: Token, event_type: str, actors, source, target) -> list[Actor]:
    """The other party as the document gives it: the author of an act the object points
    back to ("rejected the resolution"); for a request or refusal about an agreement, the
    document's other party ("urged that the Doha agreement be implemented"); for a request
    by a foreign party, the country the document is about."""
    memory, codes = ctx.memory, country_codes(source)
    if memory is None or not codes:
        return []
    if event_type in ANAPHOR_TYPES:
        found = object_author(memory, trigger, actors, ctx.lexicon, codes, ctx.offset)
        if found:
            return found
    if target or event_type not in PARTNER_FALLBACK_TYPES:
        return []
    named = _named_codes(trigger, actors, ctx.lexicon)
    if _about_agreement(trigger, ctx.lexicon):
        partner = memory.partner(codes)
        if partner and named <= codes | country_codes(partner):
            return partner
    focus = memory.focus()
    aid_given = event_type == "AID" and carries_goods(trigger, ctx.lexicon.cues("aid_goods"))
    if (event_type == "REQUEST" or aid_given) and focus is not None and focus.code not in codes:
        # "The WHO said it had delivered medicines": aid with no recipient named goes to
        # the country the story is about, as a foreign party's request is addressed to it.
        return [focus] if named <= codes | {focus.code} else []
    return []


def _named_codes(trigger: Token, actors: SentenceActors, lexicon: Lexicon) -> set[str]:
    """Countries the sentence names as actors (not inside a document's name)."""
    out = set()
    for token in trigger.doc:
        actor = actors.actor_at(token)
        if actor is not None and actor.code and not is_document_name(token, lexicon):
            out.add(actor.code)
    return out


def _about_agreement(trigger: Token, lexicon: Lexicon) -> bool:
    documents = lexicon.cues("document_noun")
    return any(t.lemma_.lower() in documents for t in trigger.subtree if t.i != trigger.i)


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


def is_ouster(trigger: Token, lexicon: Lexicon) -> bool:
    """An order to a foreign mission to depart: "ordered the French envoy to go home",
    "gave the diplomats 48 hours to leave", "diplomats were ordered to leave"."""
    diplomats, departs = lexicon.cues("diplomat_noun"), lexicon.cues("departure_verb")
    envoy = leave = False
    for child in trigger.children:
        if child.dep_ in {"dobj", "dative", "nsubjpass", "oprd"}:
            envoy = envoy or child.lemma_.lower() in diplomats
        if child.dep_ in {"xcomp", "advcl", "ccomp"} and child.lemma_.lower() in departs:
            leave = True
            subjects = [c for c in child.children if c.dep_ in {"nsubj", "nsubjpass"}]
            envoy = envoy or any(c.lemma_.lower() in diplomats for c in subjects)
    return envoy and leave


def _context_agent(trigger: Token, roles: Roles, actors, lexicon, event_type, target):
    """The doer of a passive act of state that names none: the country to be left ("were
    ordered to leave the Netherlands", "expelled from Y"), else a speaker of another
    country than the one acted upon ("was expelled, the Polish ministry said"). An accusation
    with no accuser named ("X stands accused of ..., Y said", "X is accused of ..., according
    to Y") is the reporting party's."""
    if event_type not in {"SANCTION", "REJECT", "ACCUSE", "COERCE"}:
        return []
    aimed = country_codes(target)
    departs = lexicon.cues("departure_verb")
    for child in trigger.children:
        heads = []
        if child.dep_ == "prep" and child.lower_ == "from":
            heads = [c for c in child.children if c.dep_ == "pobj"]
        elif child.dep_ in {"xcomp", "advcl"} and child.lemma_.lower() in departs:
            heads = [c for c in child.children if c.dep_ == "dobj"]
        for head in heads:
            found = _country_of(head, actors)
            if found and not country_codes(found) & aimed:
                return found
    reporter = roles.speaker if roles.speaker is not None else _according_to(trigger)
    speaker = actors.actors_for(reporter) if reporter is not None else []
    speaker = [a for a in speaker if a.code and a.country != "IGO"]
    return speaker if speaker and not country_codes(speaker) & aimed else []


def _according_to(trigger: Token) -> Token | None:
    """The party an attribution names: "..., according to Y"."""
    for child in trigger.children:
        if child.dep_ == "prep" and child.lower_ == "according":
            for to in child.children:
                if to.lower_ == "to":
                    return next((c for c in to.children if c.dep_ == "pobj"), None)
    return None


def _country_of(head: Token, actors: SentenceActors) -> list[Actor]:
    found = [a for a in actors.actors_for(head) if a.code]
    if found:
        return found
    code = actors.place_at(head)
    return [group_actor(code, head.text, "the country to be left")] if code else []


def _condemned_deed(trigger: Token, lexicon: Lexicon) -> Token | None:
    """The violent deed an accusation is about ("condemned the attack on the embassy")."""
    seen_object = False
    for obj in trigger.children:
        if obj.dep_ not in {"dobj", "nsubjpass"} or obj.pos_ not in {"NOUN", "PROPN"}:
            continue
        if seen_object:
            break  # "accused China of ramming a boat, the latest clash": an apposition
        seen_object = True
        entries = lexicon.entries(obj.lemma_.lower(), "N")
        if any(e.event_type in {"ASSAULT", "COERCE"} for e in entries):
            return obj
    return None


def _deed_doers(deed: Token, actors: SentenceActors) -> list[Actor]:
    """Who did the deed: its possessor or nationality ("Israel's strike", "the Russian
    attack") or its "by" phrase; never the victim ("the attack on the Saudi embassy")."""
    found: list[Actor] = []
    for child in deed.children:
        if child.dep_ in {"poss", "amod", "compound", "nmod"}:
            found.extend(a for a in actors.actors_for(child) if a.code)
        elif child.dep_ == "prep" and child.lower_ == "by":
            for pobj in child.children:
                found.extend(a for a in actors.actors_for(pobj) if a.code)
    return found


def _deed_author(ctx: DocContext, trigger: Token, actors, source) -> list[Actor]:
    codes = country_codes(source)
    if ctx.memory is None or not codes:
        return []
    return object_author(ctx.memory, trigger, actors, ctx.lexicon, codes, ctx.offset)


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


def _domestic_guess(actors: list[Actor]) -> bool:
    return bool(actors) and all(a.reason.startswith("domestic:") for a in actors)


def _domestic_target(trig: Trigger, event_type: str, source: list[Actor]) -> list[Actor]:
    """No other party named: an act of one country's actor (a strike, a refusal to resign,
    a law passed) is aimed at that country itself, as PLOVER codes domestic events."""
    codes = country_codes(source)
    if event_type in NO_DOMESTIC_TYPES or len(codes) != 1:
        return []
    if any(a.country == "IGO" for a in source):
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
    if roles.source and not country_codes(source):
        source = _owner(roles.source[0], actors, pronouns) or source
    benefit = actors.beneficiary
    # "calls for Lai's release": the one to be released is not the one asked.
    target = _collect([t for t in roles.target if t.lemma_.lower() not in benefit], actors)
    partners = _collect(roles.partners, actors)
    return source, target, partners


def _owner(head: Token, actors: SentenceActors, pronouns: frozenset[str]) -> list[Actor]:
    """ "The IMF said its staff had reached agreement": a body owned by a pronoun acts for
    the one the pronoun points back to."""
    owners = [c for c in head.children if c.dep_ == "poss" and c.lower_ in pronouns]
    before = _antecedent(owners[0], pronouns) if owners else None
    if before is None:
        return []
    return [a for a in actors.actors_for(before) if a.code]


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


def arrange_participants(
    lexicon: Lexicon, event_type: str, trig: Trigger, source: list, target: list, partners: list
):
    """Symmetric events list every participant as source; directed ones drop from the target
    what is already the source ("Russia praised Russia-China ties" → target CHN), unless
    source and target are all of one country (a domestic event)."""
    lemma = trig.token.lemma_.lower()
    # "failed to reach agreement", "refused to meet": the complement is what is mutual.
    complements = {c.lemma_.lower() for c in trig.token.children if c.dep_ == "xcomp"}
    symmetric_kind = event_type in SYMMETRIC_TYPES and (
        lemma in lexicon.symmetric
        or trig.entry.mode == "sign-agreement"
        or (trig.entry.frame == "control" and bool(complements & lexicon.symmetric))
    )
    everyone = _merge(source, partners)
    if event_type == "REJECT" and len(country_codes(source)) == 1:
        symmetric_kind = False  # "X will no longer cooperate with Y": X turns Y down
    if symmetric_kind and (
        partners or len(country_codes(source)) >= 2 or (source and target and lemma == "meet")
    ):
        return True, _merge(everyone, target), []
    target = _merge(target, partners)
    source_codes = country_codes(source)
    trimmed = [a for a in target if a.code not in source_codes]
    if trimmed or not source_codes:
        return False, source, trimmed
    if event_type in PARTNER_TYPES and len(source_codes) >= 2:
        # "Li and Mishustin co-chaired the meeting of China and Russia": the parties meet
        # each other, not themselves.
        return True, _merge(everyone, target), []
    source_ids = {a.actor_id for a in source}
    return False, source, [a for a in target if a.actor_id not in source_ids]


def _merge(first: list[Actor], second: list[Actor]) -> list[Actor]:
    out = list(first)
    for actor in second:
        if all(actor.actor_id != a.actor_id for a in out):
            out.append(actor)
    return out


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
