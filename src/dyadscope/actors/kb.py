"""The actor knowledge base: countries, IGOs, organisations, places, role words and people
with time-bounded offices, behind a narrow interface (spaCy's `KnowledgeBase` idea).

`candidates(text, date)` answers "who could this surface form be on that date" with priors;
`resolve.py` picks one and says why. Another store (SQL, a service) can replace this class as
long as it keeps these methods.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ..records import Actor
from .gazetteer import Entry, Gazetteer, Hit, person_country
from .tables import (
    Country,
    Office,
    Org,
    Person,
    Role,
    Tables,
    Term,
    apply_user_file,
    read_tables,
    slug,
    split_code,
)

LOGGER = logging.getLogger(__name__)

# When a person holds several offices at once, the role shown is the first of these.
# How long after leaving office a surname alone still names someone.
PROMINENT_YEARS = 4
OFFICE_RANK = ("HOS", "SUP", "HOG", "CP", "FM", "DM", "SG", "PEC", "DG", "MD", "HC", "PRES", "VP")


@dataclass(frozen=True, slots=True)
class Candidate:
    """One reading of a surface form, with a prior in [0, 1] and the reason for it."""

    actor: Actor
    prior: float
    ref: str  # person id, country code, IGO acronym or organisation name


class KnowledgeBase:
    def __init__(self, tables: Tables) -> None:
        self.tables = tables
        self.countries: dict[str, Country] = {c.code: c for c in tables.countries}
        self.people: dict[str, Person] = tables.people
        self.orgs: dict[str, list[Org]] = {}
        for org in tables.orgs:
            self.orgs.setdefault(org.name, []).append(org)
        self.igo_names = {i.acronym: i.name for i in tables.igos}
        self.offices: dict[tuple[str, str], Office] = {
            (o.country, o.office): o for o in tables.offices
        }
        self.holders: dict[tuple[str, str], list[Term]] = {}
        for person in self.people.values():
            for term in person.terms:
                self.holders.setdefault((term.country, term.office), []).append(term)
        self.places: dict[str, str] = {}
        for c in tables.countries:
            for capital in c.capitals:
                self.places[capital] = c.code
        for name, code in tables.places:
            self.places.setdefault(name, code)
        self.gazetteer = Gazetteer(tables)

    @classmethod
    def load(cls, extra_files: Sequence[str | Path] = ()) -> KnowledgeBase:
        """The bundled knowledge base, with user YAML files layered on top in order."""
        started = time.perf_counter()
        tables = read_tables()
        for path in extra_files:
            if path:
                apply_user_file(tables, path)
        kb = cls(tables)
        LOGGER.debug("actor KB loaded in %.3f s", time.perf_counter() - started)
        return kb

    # -- plain lookups --------------------------------------------------------------------
    def scan(self, text: str) -> list[Hit]:
        return self.gazetteer.scan(text)

    def country_name(self, code: str) -> str | None:
        if code.startswith("IGO:"):
            return self.igo_names.get(code[4:])
        country = self.countries.get(code)
        return country.name if country else None

    def place_country(self, name: str) -> str | None:
        """The country a place lies in: "Moscow" → "RUS", "Doha" → "QAT", "Xinjiang" → "CHN"."""
        name = name.strip()
        if name.lower().startswith("the "):
            name = name[4:]
        code = self.places.get(name)
        if code is None:
            for entry in self.gazetteer.lookup(name):
                if entry.kind in {"country", "capital", "place"} and entry.ref:
                    return entry.ref
        return code or None

    def office(self, country: str, office: str) -> Office | None:
        return self.offices.get((country, office)) or self.offices.get(("*", office))

    def leader_office(self, country: str) -> str:
        """Which office "the X leader" means: the country's row marked leader, else HOS."""
        for (code, office), row in self.offices.items():
            if code == country and row.leader:
                return office
        if country.startswith("IGO:"):
            for office in ("SG", "PEC", "DG", "MD", "HC", "PRES"):
                if (country, office) in self.holders:
                    return office
        return "HOS"

    def office_holders(self, country: str, office: str, date: str | None) -> list[Term]:
        """Who held an office on a date (all holders when the date is unknown); the most
        recently started first, so on a hand-over day the incoming holder comes first."""
        terms = self.holders.get((country, office), [])
        if date:
            terms = [t for t in terms if t.covers(date)]
        return sorted(terms, key=lambda t: t.start, reverse=True)

    def person_term(self, pid: str, date: str | None, office: str | None = None) -> Term | None:
        """The term that gives a person's role on a date: an office named in the text first,
        then the highest-ranked office held that day, else the nearest term in time."""
        person = self.people.get(pid)
        if not person or not person.terms:
            return None
        if not date:
            live = [t for t in person.terms if not t.end] or person.terms
            return _best_term(live, office)
        live = [t for t in person.terms if t.covers(date)]
        if live:
            return _best_term(live, office)
        return min(person.terms, key=lambda t: _distance(t, date))

    def is_prominent(self, pid: str, date: str) -> bool:
        """In office on the date, or out of an office for less than PROMINENT_YEARS: whom a
        surname alone may still mean ("Trump said" in 2023, not "Bennett said" in 2030)."""
        person = self.people.get(pid)
        if person is None:
            return False
        if not person.terms:
            return True  # a KB person with no office (an activist, a mononym) has no dates
        floor = f"{int(date[:4]) - PROMINENT_YEARS:04d}{date[4:]}"
        return any(t.start <= date and (not t.end or t.end >= floor) for t in person.terms)

    # -- actors ------------------------------------------------------------------------
    def person_actor(
        self, pid: str, date: str | None, text: str, reason: str, office: str | None = None
    ) -> Actor:
        person = self.people[pid]
        term = self.person_term(pid, date, office)
        if term is None:
            return Actor(
                person.name,
                f"person/{pid}",
                person.home or None,
                "GOV",
                None,
                None,
                text,
                reason,
                "person",
            )
        title = self.term_title(term)
        country, igo = split_code(term.country)
        if date and not term.covers(date):
            title = f"Former {title}" if term.end and term.end < date else None
            reason += f"; no office on {date}, nearest term {term.start}..{term.end or 'now'}"
            # Out of office, a person speaks for their own country, not for a past employer.
            home = person_country(person)
            if home and not home.startswith("IGO:"):
                country, igo = home, None
        sector = self.term_sector(term)
        if igo is None and sector == "IGO":
            sector = "GOV"
        return Actor(
            person.name, f"person/{pid}", country, sector, title, igo, text, reason, "person"
        )

    def term_title(self, term: Term) -> str:
        if term.title:
            return term.title
        office = self.office(term.country, term.office)
        return office.title if office else term.office

    def term_sector(self, term: Term) -> str:
        if term.sector:
            return term.sector
        office = self.office(term.country, term.office)
        if term.country.startswith("IGO:"):
            return "IGO"
        return office.sector if office and office.sector != "IGO" else "GOV"

    def state_actor(self, code: str, text: str, reason: str, sector: str | None = None) -> Actor:
        country, igo = split_code(code)
        name = self.country_name(code) or code
        actor_id = f"igo/{igo}" if igo else f"country/{code}"
        if sector and not igo:
            actor_id += f"/{sector}"
        kind = "organisation" if igo else "state"
        return Actor(
            name,
            actor_id,
            country,
            sector or ("IGO" if igo else None),
            None,
            igo,
            text,
            reason,
            kind,
        )

    def org_actor(self, name: str, date: str | None, text: str, reason: str) -> Actor | None:
        rows = self.orgs.get(name, [])
        if date:
            rows = [o for o in rows if o.start <= date and (not o.end or date <= o.end)] or rows
        if not rows:
            return None
        org = rows[-1] if not date else rows[0]
        country, igo = split_code(org.country)
        kind = "group" if org.kind == "group" else "organisation"
        return Actor(
            org.name,
            f"org/{slug(org.name)}",
            country or None,
            org.sector,
            None,
            igo,
            text,
            reason,
            kind,
        )

    # -- candidates --------------------------------------------------------------------
    def candidates(self, text: str, date: str | None) -> list[Candidate]:
        """Every reading of an exact surface form, best first. People holding an office on
        the date get prior 1.0, people out of office 0.3, surnames alone a little less."""
        found: list[Candidate] = []
        for entry in self.gazetteer.lookup(text.strip()):
            found.extend(self._entry_candidates(entry, text, date))
        found.sort(key=lambda c: -c.prior)
        return found

    def _entry_candidates(self, entry: Entry, text: str, date: str | None) -> list[Candidate]:
        kind = entry.kind
        if kind in {"person", "short"}:
            term = self.person_term(entry.ref, date)
            live = term is not None and (not date or term.covers(date))
            prior = (1.0 if live else 0.3) * (0.8 if kind == "short" else 1.0)
            reason = f"KB {'name' if kind == 'person' else 'surname'} {text!r}"
            return [Candidate(self.person_actor(entry.ref, date, text, reason), prior, entry.ref)]
        if kind in {"country", "adj", "prefix", "capital"}:
            actor = self.state_actor(entry.ref, text, f"KB {kind} of {entry.ref}")
            return [Candidate(actor, 0.9 if kind == "capital" else 1.0, entry.ref)]
        if kind == "igo":
            actor = self.state_actor(f"IGO:{entry.ref}", text, f"KB organisation {entry.ref}")
            return [Candidate(actor, 1.0, entry.ref)]
        if kind == "org":
            actor = self.org_actor(entry.ref, date, text, f"KB organisation {entry.ref}")
            return [Candidate(actor, 1.0, entry.ref)] if actor else []
        return []

    def roles_for(self, phrase: str) -> list[Role]:
        return [e.ref for e in self.gazetteer.lookup(phrase) if e.kind in {"role", "body"}]


def _best_term(terms: list[Term], office: str | None) -> Term:
    if office:
        named = [t for t in terms if t.office == office]
        if named:
            return max(named, key=lambda t: t.start)

    def rank(term: Term) -> tuple[int, str]:
        index = OFFICE_RANK.index(term.office) if term.office in OFFICE_RANK else len(OFFICE_RANK)
        return (index, "~" if not term.end else term.end)

    best = min(rank(t)[0] for t in terms)
    same = [t for t in terms if rank(t)[0] == best]
    return max(same, key=lambda t: t.start)


def _distance(term: Term, date: str) -> int:
    """Days (roughly) between a date and a term, for picking the nearest term."""

    def days(iso: str) -> int:
        y, m, d = (int(x) for x in (iso + "-01-01")[:10].split("-"))
        return y * 372 + m * 31 + d

    target = days(date)
    if date < term.start:
        return days(term.start) - target
    return target - days(term.end or date)
