"""The actor knowledge base as plain records, read from the package's data files
(`data/actors/*.tsv`) and from an optional user YAML file layered on top.

Nothing here indexes or matches text: `kb.py` builds the lookup structures from these records.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from ..data import read_table
from ..errors import UsageError

LOGGER = logging.getLogger(__name__)

TERM_FILES = ("terms_g20.tsv", "terms_more.tsv", "terms_other.tsv", "terms_hist.tsv")


@dataclass(frozen=True, slots=True)
class Country:
    code: str
    name: str
    aliases: tuple[str, ...]
    adjectives: tuple[str, ...]  # "Sino-" style prefixes end with "-"
    capitals: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Igo:
    acronym: str
    name: str
    aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Org:
    name: str
    aliases: tuple[str, ...]
    country: str
    sector: str
    kind: str
    start: str
    end: str


@dataclass(frozen=True, slots=True)
class Role:
    phrase: str
    kind: str  # "role" (one person) or "body" (a collective)
    office: str
    sector: str
    title: str
    case_sensitive: bool = False
    country: str = ""  # the one country a title belongs to ("secretary of state" → USA)


@dataclass(frozen=True, slots=True)
class Office:
    country: str
    office: str
    title: str
    sector: str
    leader: bool


@dataclass(frozen=True, slots=True)
class Term:
    person: str  # person id
    country: str  # ISO alpha-3 or IGO:<ACRONYM>
    office: str
    start: str
    end: str  # "" = open
    sector: str = ""
    title: str = ""

    def covers(self, date: str) -> bool:
        return self.start <= date and (not self.end or date <= self.end)


@dataclass(slots=True)
class Person:
    pid: str
    name: str
    aliases: list[str] = field(default_factory=list)
    shorts: list[str] = field(default_factory=list)  # empty list + no_short → none
    home: str = ""
    no_short: bool = False
    terms: list[Term] = field(default_factory=list)


@dataclass(slots=True)
class Tables:
    countries: list[Country]
    igos: list[Igo]
    orgs: list[Org]
    places: list[tuple[str, str]]
    roles: list[Role]
    offices: list[Office]
    people: dict[str, Person]
    translit: list[tuple[str, ...]]
    # Peoples without one state ("Kurdish"): the word and its candidate countries, "|"-joined.
    peoples: list[tuple[str, str]] = field(default_factory=list)


@lru_cache(maxsize=8192)
def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(name).lower()).strip("-")


def fold(text: str) -> str:
    """ASCII-folded spelling: "Erdoğan" → "Erdogan", "Đurić" → "Duric"."""
    text = text.replace("ı", "i").replace("İ", "I").replace("Đ", "D").replace("đ", "d")
    text = text.replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def split_code(code: str) -> tuple[str | None, str | None]:
    """(country, igo) for an actor code: "IGO:UN" → ("IGO", "UN"), "RUS" → ("RUS", None)."""
    if code.startswith("IGO:"):
        return "IGO", code[4:]
    return (code or None), None


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(v.strip() for v in (value or "").split("|") if v.strip())


def read_tables() -> Tables:
    """Every bundled table, as records."""
    countries = [
        Country(
            r["code"],
            r["name"],
            _split(r["aliases"]),
            _split(r["adjectives"]),
            _split(r["capitals"]),
        )
        for r in read_table("actors/countries.tsv")
    ]
    igos = [
        Igo(r["acronym"], r["name"], _split(r["aliases"])) for r in read_table("actors/igos.tsv")
    ]
    orgs = [_org(r) for r in read_table("actors/organisations.tsv")]
    places = [(r["name"], r["country"] or "") for r in read_table("actors/places.tsv")]
    roles = [_role(r) for r in read_table("actors/roles.tsv")]
    offices = [
        Office(r["country"], r["office"], r["title"], r["sector"], r["leader"] == "yes")
        for r in read_table("actors/offices.tsv")
    ]
    people: dict[str, Person] = {}
    for name in TERM_FILES:
        for r in read_table(f"actors/{name}"):
            _add_term(people, r)
    for r in read_table("actors/people.tsv"):
        _add_person_row(people, r["name"], _split(r["aliases"]), r["home"], r["short"])
    translit = [_split(r["group"]) for r in read_table("actors/translit.tsv")]
    peoples = [(r["name"], r["countries"]) for r in read_table("actors/peoples.tsv")]
    return Tables(countries, igos, orgs, places, roles, offices, people, translit, peoples)


def _org(r: dict[str, str]) -> Org:
    return Org(
        r["name"],
        _split(r["aliases"]),
        r["country"],
        r["sector"],
        r["kind"],
        r["start"] or "",
        r["end"] or "",
    )


def _role(r: dict[str, str]) -> Role:
    phrase = r["phrase"]
    exact = phrase.startswith("=")
    phrase = phrase.lstrip("=")
    office, sector, country = r["office"] or "", r["sector"] or "", r.get("country") or ""
    return Role(phrase, r["kind"], office, sector, r["title"], exact, country)


def _person(people: dict[str, Person], name: str) -> Person:
    pid = slug(name)
    if pid not in people:
        people[pid] = Person(pid, name)
    return people[pid]


def _add_term(people: dict[str, Person], r: dict[str, str]) -> None:
    person = _person(people, r["name"])
    term = Term(
        person.pid,
        r["country"],
        r["office"],
        r["start"],
        r["end"] or "",
        r.get("sector") or "",
        r.get("title") or "",
    )
    person.terms.append(term)


def _add_person_row(
    people: dict[str, Person], name: str, aliases: tuple[str, ...], home: str, short: str
) -> None:
    person = _person(people, name)
    person.aliases.extend(a for a in aliases if a not in person.aliases)
    if home:
        person.home = home
    if short.strip() == "-":
        person.no_short = True
    else:
        person.shorts.extend(s for s in _split(short) if s not in person.shorts)


def apply_user_file(tables: Tables, path: str | Path) -> None:
    """Layer a user YAML file (people, organisations, igos, places) over the bundled tables.

    A person whose name already exists keeps their record: new aliases are added and, when the
    file lists terms, those terms replace the bundled ones.
    """
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as e:
        raise UsageError("E002", path=path, reason=str(e)) from e
    if not isinstance(data, dict):
        raise UsageError("E002", path=path, reason="expected a mapping at the top level")
    for item in data.get("people") or []:
        _user_person(tables, item)
    for item in data.get("organisations") or data.get("organizations") or []:
        tables.orgs.append(
            Org(
                str(item["name"]),
                tuple(item.get("aliases") or ()),
                str(item.get("country", "")),
                str(item.get("sector", "GOV")),
                str(item.get("kind", "organisation")),
                _date(item.get("start")),
                _date(item.get("end")),
            )
        )
    for item in data.get("igos") or []:
        tables.igos.append(
            Igo(str(item["acronym"]), str(item["name"]), tuple(item.get("aliases") or ()))
        )
    for item in data.get("places") or []:
        tables.places.append((str(item["name"]), str(item.get("country", ""))))


def _user_person(tables: Tables, item: dict[str, Any]) -> None:
    person = _person(tables.people, str(item["name"]))
    aliases = tuple(str(a) for a in item.get("aliases") or ())
    short = "|".join(str(s) for s in item.get("short") or ())
    _add_person_row(tables.people, person.name, aliases, str(item.get("country", "")), short)
    terms = item.get("terms")
    if terms:
        person.terms = [
            Term(
                person.pid,
                str(t.get("country") or item.get("country", "")),
                str(t.get("office", "")),
                _date(t.get("start")) or "0000-01-01",
                _date(t.get("end")),
                str(t.get("sector") or ""),
                str(t.get("title") or t.get("role") or ""),
            )
            for t in terms
        ]


def _date(value: Any) -> str:
    return "" if value in (None, "") else str(value)


def data_files() -> list[str]:
    """Names of the bundled actor tables (for diagnostics and tests)."""
    folder = resources.files("dyadscope").joinpath("data", "actors")
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tsv"))
