"""Resolve actor phrases to `Actor` records: who, for which country, in which role, on the
document's date, and why.

Places: a country, capital or city used as a location ("talks in Moscow", "Moscow, Dec 3 -")
is not an actor. It becomes a `Mention` with label "PLACE" and `actor=None`, and its country
code is kept in `doc.annotations["places"]`, a dict from the mention's `(start, end)` to the
ISO alpha-3 code ("" for seas and regions that belong to no country). The same capital read as
an actor ("Moscow said") gets a state actor with reason "metonym".

Carried resolutions (a surname after the full name, "he", "the foreign minister" after the
minister was named, a name learned from an appositive) are written as mentions whose
`actor.reason` starts with "coreference:" or "learned:".
"""

from __future__ import annotations

import re

from ..records import Actor, Document
from .context import (
    Resolution,
    ResolveContext,
    count_codes,
    dominant_country,
    is_place,
    merge_hits,
    name_surfaces,
    normalise_date,
    overlaps,
    pick_code,
    replace,
    title_tail,
    unknown_person,
)
from .gazetteer import Hit, person_country
from .kb import KnowledgeBase
from .names import find_document_name, index_names, unknown_name_hits
from .orgnames import find_orgs
from .phrases import NOT_NAMES, Part, Phrase, build_phrases, name_before, to_parts
from .tables import slug

# Offices held by one person at a time: "the Russian prime minister" names someone.
SINGLE_OFFICES = frozenset(
    [
        "HOS",
        "HOG",
        "FM",
        "DM",
        "SUP",
        "VP",
        "GS",
        "SC",
        "FAC",
        "NSA",
        "CCS",
        "PRESS",
        "SG",
        "DG",
        "MD",
        "HC",
        "HR",
        "PEC",
        "PEUCO",
        "PRES",
        "SECCO",
        "CGS",
        "ARMY",
        "NPC",
        "CPPCC",
        "DUMA",
        "FCCHAIR",
        "CP",
        "INT",
        "FIN",
        "TRADE",
    ]
)
ETHNIC = re.compile(r"\bethnic\s+$", re.IGNORECASE)
PRONOUN_REACH = 600  # characters back to the person a "he" or "she" may refer to
APPOSITIVE_GAP = re.compile(r"^\s*,\s*(?:(?:a|an|the)\s+)?(?:(?:former|then|ex-)\s*)?$", re.I)
NAME_AFTER_COMMA = re.compile(
    r"\s*,\s*((?:[A-Z][\w'’\-]*\.?\s+){1,3}[A-Z][\w'’\-]*)\s*(?=[,.;:)]|$)"
)


class Resolver:
    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb

    def resolve(
        self, text: str, date: str | None, context: ResolveContext | None = None
    ) -> Actor | None:
        """The actor one mention denotes, or None (also None for a place)."""
        ctx = context or ResolveContext(normalise_date(date))
        if context is not None and ctx.date is None:
            ctx.date = normalise_date(date)
        found = [r for r in self.resolve_text(text, ctx) if r.actor is not None]
        if not found:
            learned = ctx.learned.get(text.strip())
            return replace(learned, text=text) if learned else None
        return max(found, key=lambda r: r.end - r.start).actor

    def resolve_document(self, doc: Document) -> Document:
        """Add and resolve every actor mention of a document (see `document.py`)."""
        from .document import resolve_document

        return resolve_document(self, doc)

    # -- one text, left to right -------------------------------------------------------
    def resolve_text(
        self, text: str, ctx: ResolveContext, extra: list[Hit] | None = None
    ) -> list[Resolution]:
        hits = self.kb.scan(text)
        extra = list(extra or [])
        if ctx.doc_names is None:
            ctx.doc_names = index_names(text, hits, self.kb)
            extra.extend(unknown_name_hits(text, hits, ctx.doc_names))
            for hit, actor in find_orgs(text, hits):
                extra.append(hit)
                ctx.new_orgs[actor.name] = actor
        hits = merge_hits(hits, sorted(extra, key=lambda h: h.start))
        count_codes(hits, ctx)
        parts = to_parts(text, hits)
        phrases = build_phrases(text, parts)
        covered = [(p.start, p.end) for p in parts if p.kind != "name"]
        out: list[Resolution] = []
        for i, phrase in enumerate(phrases):
            if out and out[-1].end == phrase.end and out[-1].start == phrase.start:
                continue  # already resolved as the name after a title ("..., Mohamud Nur,")
            prev = out[-1] if out and phrases[i - 1].end == out[-1].end else None
            res = self._appositive(text, phrase, prev, ctx, covered, out)
            if res is None:
                res = self._resolve_phrase(text, phrase, ctx)
            if res is not None:
                out.append(res)
            named = self._name_after(text, phrase, ctx, covered)
            if named is not None:
                if res is not None and res.actor is not None and res.actor.kind == "person":
                    out[-1] = replace(
                        res,
                        actor=replace(
                            named.actor,
                            text=res.actor.text,
                            reason=f"coreference: appositive of {named.actor.name}",
                        ),
                    )
                out.append(named)
        return out

    def _name_after(
        self, text: str, phrase: Phrase, ctx: ResolveContext, covered: list[tuple[int, int]]
    ) -> Resolution | None:
        """ "Somalia's ambassador to Kenya, Mohamud Ahmed Nur, accuses...": a title, a comma,
        then the name of its holder."""
        if not phrase.roles or phrase.person is not None:
            return None
        match = NAME_AFTER_COMMA.match(text, phrase.end)
        if not match:
            return None
        span = (match.start(1), match.end(1))
        name = match.group(1)
        if name.split()[0] in NOT_NAMES or overlaps(span, covered):
            return None
        code, _ = self._context_code(phrase, ctx)
        code = code or dominant_country(ctx)
        if code is None:
            return None
        learned = ctx.learned.get(name) or self._learn(text, name, phrase, code, ctx, "appositive")
        return Resolution(span[0], span[1], replace(learned, text=name), label="PERSON")

    def _resolve_phrase(self, text: str, phrase: Phrase, ctx: ResolveContext) -> Resolution | None:
        span = text[phrase.start : phrase.end]
        person = phrase.person
        if person is not None:
            actor = self._resolve_person(text, phrase, person, ctx)
            if actor is not None:
                return Resolution(
                    phrase.start, phrase.end, replace(actor, text=span), label="PERSON"
                )
        if phrase.roles:
            actor = self._resolve_role(text, phrase, span, ctx)
            return Resolution(phrase.start, phrase.end, actor, label="ROLE") if actor else None
        first = phrase.parts[0]
        if first.kind == "pronoun":
            return self._resolve_pronoun(phrase, span, ctx)
        if phrase.body is not None:
            actor = self._resolve_body(text, phrase, span, ctx)
            return Resolution(phrase.start, phrase.end, actor, label="ORG") if actor else None
        return self._resolve_context_only(text, phrase, span, ctx)

    # -- people --------------------------------------------------------------------------
    def _resolve_person(
        self, text: str, phrase: Phrase, part: Part, ctx: ResolveContext
    ) -> Actor | None:
        surface = text[part.start : part.end]
        code, _ = self._context_code(phrase, ctx)
        office = self._office_hint(phrase, code)
        if part.kind == "name":
            return self._resolve_name(text, phrase, surface, code, ctx)
        remembered = ctx.surnames.get(surface) if part.kind == "short" else None
        if remembered and remembered in ctx.people:
            actor = replace(
                ctx.people[remembered],
                reason=f"coreference: {surface} → {ctx.people[remembered].name}",
            )
            ctx.remember(actor, [surface], office, part.start)
            return actor
        if part.kind == "short" and not phrase.roles:
            actor = self._document_person(text, surface, part.start, ctx)
            if actor is not None:
                return actor
        pid = self._pick_person(part, code, office, ctx)
        if pid is None:
            return None
        how = "KB name" if part.kind == "person" else "KB surname (office holder at date)"
        reason = f"{how} {surface!r}" + (f" with title {office}" if office else "")
        actor = self.kb.person_actor(pid, ctx.date, surface, reason, office)
        person = self.kb.people[pid]
        # The surname carries over inside the document even when the KB index leaves it out.
        surfaces = [surface, *name_surfaces(person.name, person_country(person))]
        term = self.kb.person_term(pid, ctx.date, office)
        if phrase.roles and actor.role is None:
            actor = self._title_from_text(actor, phrase, code)
        ctx.remember(
            actor, surfaces + _auto_shorts(self.kb, pid), term.office if term else None, part.start
        )
        return actor

    def _document_person(
        self, text: str, surface: str, at: int, ctx: ResolveContext
    ) -> Actor | None:
        """A surname alone names the person of this document with that surname (named before,
        or later in the same paragraph) before any namesake in the KB."""
        found = find_document_name(ctx.doc_names or {}, text, surface, at)
        if found is None:
            return None
        reason = f"coreference: {surface} → {found.name} (named in this document)"
        if found.pid is not None:
            actor = self.kb.person_actor(found.pid, ctx.date, surface, reason)
        else:
            known = ctx.learned.get(found.name)
            if known is not None:
                actor = replace(known, reason=reason)
            else:
                actor = unknown_person(found.name, surface, "surname of a name in this document")
        ctx.remember(actor, [surface, found.name], None, at)
        return actor

    def _title_from_text(self, actor: Actor, phrase: Phrase, code: str | None) -> Actor:
        """The KB knows only a later office of this person, but the text gives a title ("U.N.
        special rapporteur Richard Bennett", "rebel commander Laurent Nkunda"): the text wins."""
        titles = " and ".join(dict.fromkeys(r.title for r in phrase.roles))
        role = f"Former {titles}" if phrase.former else titles
        sector = next((r.sector for r in reversed(phrase.roles) if r.sector), actor.sector)
        country, igo = actor.country, actor.igo
        if code and phrase.context is not None:
            country, igo = ("IGO", code[4:]) if code.startswith("IGO:") else (code, None)
        if igo and sector not in {"IGO", "DIP"}:
            sector = "IGO"
        reason = f"{actor.reason}; title from the text"
        return Actor(
            actor.name, actor.actor_id, country, sector, role, igo, actor.text, reason, "person"
        )

    def _pick_person(
        self, part: Part, code: str | None, office: str | None, ctx: ResolveContext
    ) -> str | None:
        """Among the people a name or surname may denote, the one that fits the date, the
        title and the country around it; None when two fit equally."""
        pids = list(dict.fromkeys(part.refs("person") or part.refs("short")))
        if part.kind == "short" and ctx.date and office is None and code is None:
            # A surname alone reaches into the KB only for people prominent on the date.
            pids = [p for p in pids if self.kb.is_prominent(p, ctx.date)]
        scored = []
        for pid in pids:
            term = self.kb.person_term(pid, ctx.date, office)
            if term is None:
                continue
            live = ctx.date is None or term.covers(ctx.date)
            score = 4 * live + 2 * (office is not None and term.office == office)
            score += 2 * (code is not None and term.country == code)
            score += ctx.countries.get(term.country, 0) > 0
            # Out of office on the date: someone who held it before beats a future holder.
            score += bool(not live and ctx.date and term.end and term.end < ctx.date)
            scored.append((score, live, pid))
        if not scored:
            return None
        scored.sort(reverse=True)
        best, live, pid = scored[0]
        if len(scored) > 1 and scored[1][0] == best:
            return None
        if (
            part.kind == "short"
            and not live
            and office is None
            and code is None
            and len(scored) > 1
        ):
            return None  # a shared surname of someone out of office: too weak
        return pid

    def _resolve_name(
        self, text: str, phrase: Phrase, surface: str, code: str | None, ctx: ResolveContext
    ) -> Actor | None:
        known = ctx.learned.get(surface) or ctx.people.get(ctx.surnames.get(surface, ""))
        if known is not None:
            first = known.actor_id not in ctx.people and known.reason.startswith("learned:")
            actor = (
                known if first else replace(known, reason=f"coreference: {surface} → {known.name}")
            )
            ctx.remember(actor, name_surfaces(known.name, known.code or ""), None, phrase.start)
            return actor
        if not phrase.roles:
            if len(surface.split()) < 2 or phrase.context is not None:
                return None
            actor = unknown_person(surface, surface, "a full name without title or country")
            ctx.remember(actor, name_surfaces(surface, ""), None, phrase.start)
            return actor
        how = "title before the name"
        if code is None:
            code = dominant_country(ctx)
            how += f" (country {code} from the document)"
        if code is None:
            return None
        return self._learn(text, surface, phrase, code, ctx, how)

    def _learn(
        self, text: str, name: str, phrase: Phrase, code: str, ctx: ResolveContext, how: str
    ) -> Actor:
        """A person the KB lacks, known from the article's own words."""
        _, context_sector = self._context_code(phrase, ctx)
        roles = phrase.roles
        title = " and ".join(dict.fromkeys(r.title for r in roles)) if roles else None
        of_part = title_tail(text, phrase)
        if title and of_part:
            title = f"{title} {of_part}"
        if title and phrase.former:
            title = f"Former {title}"
        sector = next((r.sector for r in reversed(roles) if r.sector), None) or context_sector
        country, igo = ("IGO", code[4:]) if code.startswith("IGO:") else (code, None)
        if igo and sector not in {"IGO", "DIP"}:
            sector = "IGO"
        reason = f"learned: {how}: {text[phrase.start : phrase.end]!r}"
        actor = Actor(
            name,
            f"person/{slug(name)}",
            country,
            sector or "GOV",
            title,
            igo,
            name,
            reason,
            "person",
        )
        ctx.learned[name] = actor
        office = next((r.office for r in reversed(roles) if r.office), None)
        ctx.remember(actor, name_surfaces(name, code), office, phrase.start)
        return actor

    def _appositive(
        self,
        text: str,
        phrase: Phrase,
        prev: Resolution | None,
        ctx: ResolveContext,
        covered: list[tuple[int, int]],
        out: list[Resolution],
    ) -> Resolution | None:
        """ "Wang Yong, vice chairman of the CPPCC National Committee": the title after the
        comma says who the name before it is."""
        if not phrase.roles or phrase.person is not None:
            return None
        comma = text.rfind(",", max(0, phrase.start - 16), phrase.start)
        if comma < 0 or not APPOSITIVE_GAP.match(text[comma : phrase.start]):
            return None
        code, _ = self._context_code(phrase, ctx)
        span = text[phrase.start : phrase.end]
        if (
            prev is not None
            and prev.end == comma
            and prev.actor
            and prev.actor.kind == "person"
            and prev.actor.country is not None
        ):
            actor = replace(
                prev.actor, text=span, reason=f"coreference: appositive of {prev.actor.name}"
            )
            return Resolution(phrase.start, phrase.end, actor, label="ROLE")
        name_span = name_before(text, comma)
        if name_span is None or code is None or overlaps(name_span, covered):
            return None
        name = text[name_span[0] : name_span[1]]
        if prev is not None and prev.end == name_span[1]:
            out.pop()  # an unresolved reading of the same name
        learned = ctx.learned.get(name) or self._learn(text, name, phrase, code, ctx, "appositive")
        out.append(
            Resolution(name_span[0], name_span[1], replace(learned, text=name), label="PERSON")
        )
        actor = replace(learned, text=span, reason=f"coreference: appositive of {name}")
        return Resolution(phrase.start, phrase.end, actor, label="ROLE")

    def _resolve_pronoun(self, phrase: Phrase, span: str, ctx: ResolveContext) -> Resolution | None:
        key = ctx.last_person
        if key is None or phrase.start - ctx.last_person_at > PRONOUN_REACH:
            return None
        actor = ctx.people[key]
        ctx.last_person_at = phrase.start
        reason = f"coreference: {span} → {actor.name} (last person named)"
        return Resolution(
            phrase.start, phrase.end, replace(actor, text=span, reason=reason), label="PRON"
        )

    # -- roles, bodies, states -------------------------------------------------------------
    def _resolve_role(
        self, text: str, phrase: Phrase, span: str, ctx: ResolveContext
    ) -> Actor | None:
        code, context_sector = self._context_code(phrase, ctx)
        office = self._office_hint(phrase, code)
        role = phrase.roles[-1]
        if code is None and phrase.context is not None and phrase.context.kind == "org":
            return self._stateless_title(phrase, span, ctx)
        if code is None:
            key = ctx.by_office.get(office or "") or ctx.by_office.get(role.title.lower())
            if key and key in ctx.people:
                actor = ctx.people[key]
                return replace(actor, text=span, reason=f"coreference: {span} → {actor.name}")
            return None
        if office and not phrase.former:
            holders = self.kb.office_holders(code, office, ctx.date)
            if not ctx.date:
                holders = [t for t in holders if not t.end]
            if holders and office in SINGLE_OFFICES:
                term = holders[0]
                reason = f"role-at-date: {self.kb.term_title(term)} of {code} on {ctx.date}"
                actor = self.kb.person_actor(term.person, ctx.date, span, reason, office)
                ctx.remember(actor, [], office, phrase.start)
                return actor
        of = title_tail(text, phrase)
        return self._generic_role(code, role, context_sector, span, phrase.former, of)

    def _stateless_title(self, phrase: Phrase, span: str, ctx: ResolveContext) -> Actor | None:
        """ "the president of the Committee for Freedom", "Amnesty International's secretary
        general": a title in an organisation that speaks for no state has no country either."""
        org = self._org_actor(phrase.context.refs("org")[0], span, ctx)
        if org is None:
            return None
        title = phrase.roles[-1].title
        reason = f"title in {org.name}, an organisation of no state"
        return Actor(
            f"{org.name} {title}",
            org.actor_id,
            None,
            org.sector,
            title,
            None,
            span,
            reason,
            "person",
        )

    def _generic_role(
        self, code: str, role, context_sector: str | None, span: str, former: bool, of: str | None
    ) -> Actor:
        country, igo = ("IGO", code[4:]) if code.startswith("IGO:") else (code, None)
        office = self.kb.office(code, role.office) if role.office else None
        title = office.title if office and office.country == code else role.title
        if of:
            title = f"{title} {of}"
        if former:
            title = f"Former {title}"
        sector = role.sector or context_sector or ("IGO" if igo else "GOV")
        if igo and sector not in {"IGO", "DIP"}:
            sector = "IGO"
        name = f"{self.kb.country_name(code) or code} {title}"
        reason = f"title without a name: {span!r}"
        actor_id = f"igo/{igo}" if igo else f"country/{code}/{sector}"
        return Actor(name, actor_id, country, sector, title, igo, span, reason, "person")

    def _resolve_body(
        self, text: str, phrase: Phrase, span: str, ctx: ResolveContext
    ) -> Actor | None:
        code, context_sector = self._context_code(phrase, ctx)
        if code is None:
            return None
        body = phrase.body
        sector = "IGO" if code.startswith("IGO:") else body.sector or context_sector
        reason = f"body word {body.phrase!r} of {code}"
        context = phrase.context
        start = context.start if context is not None else 0
        if (
            context is not None
            and context.kind == "adj"
            and ETHNIC.search(text, max(0, start - 10), start)
        ):
            code = _minority_home(code, ctx)
            reason += f"; ethnic minority in {code}, the country the text names most"
        actor = self.kb.state_actor(code, span, reason, sector)
        if body.sector and not code.startswith("IGO:"):
            actor.name = f"{actor.name} {body.title}"
            actor.role = body.title
        ctx.countries[code] += 1
        return actor

    def _resolve_context_only(
        self, text: str, phrase: Phrase, span: str, ctx: ResolveContext
    ) -> Resolution | None:
        part = phrase.parts[0]
        kinds = {e.kind for e in part.entries}
        place_code = next((e.ref for e in part.entries if e.kind in {"place", "capital"}), None)
        if part.kind == "place" or (
            place_code is not None and is_place(text, part, "capital" in kinds)
        ):
            return Resolution(part.start, part.end, None, place_code or "", label="PLACE")
        if part.kind == "country" and is_place(text, part, False):
            return Resolution(part.start, part.end, None, part.refs("country")[0], label="PLACE")
        if part.kind == "org":
            actor = self._org_actor(part.refs("org")[0], span, ctx)
            if actor is not None and actor.country and "|" in actor.country:
                actor.country = pick_code(actor.country, ctx)
                actor.reason += f" (active in several countries; {actor.country} from the text)"
        elif part.kind == "igo":
            acronym = part.refs("igo")[0]
            actor = self.kb.state_actor(f"IGO:{acronym}", span, f"KB organisation {acronym}")
        elif part.kind in {"country", "adj", "prefix", "capital"}:
            code = pick_code(part.refs(part.kind)[0], ctx)
            how = {"capital": "metonym: capital of", "adj": "adjective of", "prefix": "prefix of"}
            reason = f"{how.get(part.kind, 'name of')} {code}"
            if part.kind == "adj" and ETHNIC.search(text, max(0, part.start - 10), part.start):
                code = _minority_home(code, ctx)
                reason = f"ethnic minority in {code}, the country the text names most"
            sector = "GOV" if part.kind == "capital" else None
            actor = self.kb.state_actor(code, span, reason, sector)
        else:
            return None
        if actor is None:
            return None
        ctx.countries[actor.code] += 1
        label = {"adj": "NORP", "prefix": "NORP", "org": "ORG", "igo": "ORG"}.get(part.kind, "GPE")
        return Resolution(phrase.start, phrase.end, actor, label=label)

    # -- helpers ---------------------------------------------------------------------------
    def _context_code(self, phrase: Phrase, ctx: ResolveContext) -> tuple[str | None, str | None]:
        """The country (or IGO:<ACRONYM>) a phrase belongs to, and the sector it implies."""
        part = phrase.context
        if part is None:
            owner = next((r.country for r in phrase.roles if r.country), None)
            return owner, None
        if part.kind == "igo":
            return f"IGO:{part.refs('igo')[0]}", "IGO"
        if part.kind == "org":
            actor = self._org_actor(part.refs("org")[0], "", ctx)
            if actor is None or not actor.code:
                return None, actor.sector if actor else None
            return pick_code(actor.code, ctx), actor.sector
        codes = part.refs(part.kind)
        return (pick_code(codes[0], ctx) if codes else None), None

    def _org_actor(self, name: str, span: str, ctx: ResolveContext) -> Actor | None:
        """A KB organisation, else one the text named itself (see `orgnames.py`)."""
        actor = self.kb.org_actor(name, ctx.date, span, f"KB organisation {span!r}")
        if actor is None and name in ctx.new_orgs:
            actor = replace(ctx.new_orgs[name], text=span)
        return actor

    def _office_hint(self, phrase: Phrase, code: str | None) -> str | None:
        for role in reversed(phrase.roles):
            office = role.office
            if not office:
                continue
            if office == "LEADER" or (code and code.startswith("IGO:") and office == "HOS"):
                return self.kb.leader_office(code) if code else None
            return office
        return None


def _minority_home(code: str, ctx: ResolveContext) -> str:
    """ "ethnic Albanians" in an article about Macedonia live in Macedonia: the country the
    text names most, other than the one the adjective names, when there is one."""
    others = [(n, c) for c, n in ctx.doc_codes.most_common(3) if c != code]
    return others[0][1] if others else code


def _auto_shorts(kb: KnowledgeBase, pid: str) -> list[str]:
    return kb.gazetteer.shorts_by_pid.get(pid, [])
