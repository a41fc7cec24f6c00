"""A fast scan for every knowledge-base surface form in a text (pyahocorasick automata).

Two automata are built once per knowledge base: one over proper names (countries, adjectives,
capitals, places, organisations, IGOs, people), matched case-sensitively, and one over role and
body words ("foreign minister", "military") and subject pronouns, matched on the lower-cased
text. `scan` returns non-overlapping hits on word boundaries, the longest one winning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import ahocorasick

from .tables import Person, Tables, fold

SURNAME_FIRST = frozenset({"CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "KHM", "THA", "ETH", "ERI"})
TRANSLIT_COUNTRIES = frozenset({"RUS", "UKR", "BLR", "KAZ", "KGZ", "UZB", "TJK", "MDA"})
NAME_SUFFIXES = frozenset({"Jr.", "Jr", "Sr.", "II", "III", "IV"})
PRONOUNS = ("he", "she")
# Surnames that are also everyday English words: never read alone as a person.
COMMON_WORDS = frozenset(
    [
        "He",
        "Han",
        "Power",
        "Price",
        "Craft",
        "May",
        "Rice",
        "Fox",
        "Hill",
        "Cook",
        "Straw",
        "Hunt",
        "Brown",
        "Gates",
        "Miller",
        "Bruce",
        "Cannon",
        "Bishop",
        "Nelson",
        "Smith",
        "Martin",
        "Graham",
        "Moon",
        "Park",
        "Ban",
        "Long",
        "Gil",
        "Dar",
        "Reid",
        "Carr",
        "Payne",
        "Andrews",
        "Hague",
        "Law",
        "Young",
        "King",
        "Rich",
        "Green",
        "White",
        "Black",
        "Sun",
        "Sugiono",
    ]
)


@dataclass(frozen=True, slots=True)
class Entry:
    """One meaning of a surface form: kind is country, adj, prefix, capital, place, igo, org,
    person, short, role, body or pronoun; ref is the code, acronym, record or person id."""

    kind: str
    ref: Any


@dataclass(slots=True)
class Hit:
    start: int
    end: int
    entries: tuple[Entry, ...]

    def kinds(self) -> set[str]:
        return {e.kind for e in self.entries}

    def first(self, *kinds: str) -> Entry | None:
        for entry in self.entries:
            if entry.kind in kinds:
                return entry
        return None


class Gazetteer:
    def __init__(self, tables: Tables) -> None:
        self._names: dict[str, list[Entry]] = {}
        self._words: dict[str, list[Entry]] = {}
        self._exact_words: dict[str, list[Entry]] = {}
        self.shorts_by_pid: dict[str, list[str]] = {}
        self._add_countries(tables)
        for igo in tables.igos:
            for surface in (igo.name, *igo.aliases):
                self._add(self._names, surface, Entry("igo", igo.acronym))
        for org in tables.orgs:
            for surface in (org.name, *org.aliases):
                self._add(self._names, surface, Entry("org", org.name))
        for name, code in tables.places:
            self._add(self._names, name, Entry("place", code))
        for name, codes in tables.peoples:
            self._add(self._names, name, Entry("adj", codes))
        for person in tables.people.values():
            self._add_person(person, tables.translit)
        for role in tables.roles:
            target = self._exact_words if role.case_sensitive else self._words
            key = role.phrase if role.case_sensitive else role.phrase.lower()
            self._add(target, key, Entry(role.kind, role))
        for pronoun in PRONOUNS:
            self._add(self._words, pronoun, Entry("pronoun", pronoun))
        self._exact_words_names = {**self._names}
        for key, entries in self._exact_words.items():
            self._exact_words_names.setdefault(key, []).extend(entries)
        self._name_automaton = _build(self._exact_words_names)
        self._word_automaton = _build(self._words)

    # -- building -----------------------------------------------------------------------
    @staticmethod
    def _add(table: dict[str, list[Entry]], surface: str, entry: Entry) -> None:
        for key in {surface, fold(surface)}:
            entries = table.setdefault(key, [])
            if entry not in entries:
                entries.append(entry)

    def _add_countries(self, tables: Tables) -> None:
        for c in tables.countries:
            for surface in (c.name, *c.aliases):
                self._add(self._names, surface, Entry("country", c.code))
            for surface in c.adjectives:
                kind = "prefix" if surface.endswith("-") else "adj"
                self._add(self._names, surface, Entry(kind, c.code))
            for surface in c.capitals:
                self._add(self._names, surface, Entry("capital", c.code))
                self._add(self._names, surface.upper(), Entry("place", c.code))

    def _add_person(self, person: Person, translit: list[tuple[str, ...]]) -> None:
        country = person_country(person)
        names = [person.name, *person.aliases]
        if country in TRANSLIT_COUNTRIES:
            names = [v for n in names for v in transliterations(n, translit)]
        if country in {"KOR", "PRK"}:
            names = [v for n in names for v in korean_variants(n)]
        names = [v for n in names for v in particle_variants(n)]
        for surface in names:
            self._add(self._names, surface, Entry("person", person.pid))
        if person.no_short:
            return
        shorts = person.shorts or default_shorts(person, country)
        shorts = [s for s in shorts if s not in COMMON_WORDS]
        self.shorts_by_pid[person.pid] = list(shorts)
        for surface in shorts:
            if surface not in names:
                self._add(self._names, surface, Entry("short", person.pid))

    # -- scanning -----------------------------------------------------------------------
    def scan(self, text: str) -> list[Hit]:
        """Non-overlapping hits, left to right; at each position the longest match wins."""
        found: list[Hit] = []
        folded = fold_same_length(text)
        for end, (length, entries, prefix) in self._name_automaton.iter(folded):
            _collect(text, end, length, entries, prefix, found)
        lowered = _lower_same_length(text)
        for end, (length, entries, prefix) in self._word_automaton.iter(lowered):
            _collect(text, end, length, entries, prefix, found)
        found.sort(key=lambda h: (h.start, -(h.end - h.start)))
        return non_overlapping(found)

    def lookup(self, surface: str) -> list[Entry]:
        """Every meaning of an exact surface form (names, then role words)."""
        entries = self._names.get(surface) or self._names.get(fold(surface)) or []
        return list(entries) + self._words.get(surface.lower(), [])


def non_overlapping(hits: list[Hit]) -> list[Hit]:
    """The hits that start after the end of the last one kept, from hits sorted so that the
    preferred one comes first at each position."""
    kept: list[Hit] = []
    last_end = -1
    for hit in hits:
        if hit.start >= last_end:
            kept.append(hit)
            last_end = hit.end
    return kept


def _build(table: dict[str, list[Entry]]) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for key, entries in table.items():
        if key:
            prefix = any(e.kind == "prefix" for e in entries)
            automaton.add_word(key, (len(key), tuple(entries), prefix))
    automaton.make_automaton()
    return automaton


def _collect(
    text: str, end: int, length: int, entries: tuple[Entry, ...], prefix: bool, out: list
) -> None:
    start = end - length + 1
    stop = end + 1
    if start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
        return
    if prefix:
        # "Sino-" only counts before a hyphenated word: "Sino-Russian".
        if stop >= len(text) or not text[stop].isalpha():
            return
        stop -= 1
        entries = tuple(e for e in entries if e.kind == "prefix")
    elif stop < len(text) and _is_word_char(text[stop]):
        return
    elif _model_number(text, stop):
        return  # "PAC-3", "S-400": a weapon's model name, not the body with those letters
    out.append(Hit(start, stop, entries))


def _model_number(text: str, stop: int) -> bool:
    """A hyphen and a digit right after the match."""
    return stop + 1 < len(text) and text[stop] == "-" and text[stop + 1].isdigit()


_FOLDED: dict[int, str] = {}


def fold_same_length(text: str) -> str:
    """The text with accents dropped character by character ("Tuđman" → "Tudman"), offsets
    unchanged, so that one ASCII spelling in the tables matches every accented one."""
    if text.isascii():
        return text
    for char in set(text):
        code = ord(char)
        if code > 127 and code not in _FOLDED:
            plain = fold(char)
            _FOLDED[code] = plain if len(plain) == 1 else char
    return text.translate(_FOLDED)


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def _lower_same_length(text: str) -> str:
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    # A few characters ("İ") grow when lower-cased; keep offsets aligned.
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def person_country(person: Person) -> str:
    if person.home:
        return person.home
    for term in person.terms:
        if not term.country.startswith("IGO"):
            return term.country
    return person.terms[0].country if person.terms else ""


def default_shorts(person: Person, country: str) -> list[str]:
    """The surname used alone: first token for surname-first names, last token otherwise."""
    tokens = [t for t in person.name.split() if t not in NAME_SUFFIXES]
    if len(tokens) < 2 or any(t.lower() in {"bin", "bint", "ibn"} for t in tokens):
        return []
    short = tokens[0] if country in SURNAME_FIRST else tokens[-1]
    shorts = [short]
    bare = re.sub(r"^(?:al|el|Al|El)-", "", short)
    if bare != short:
        shorts.append(bare)
    return shorts


def transliterations(name: str, groups: list[tuple[str, ...]]) -> list[str]:
    """Variants of a Russian/Ukrainian name: "Sergei Lavrov" → "Sergey Lavrov", ..."""
    variants = {name}
    tokens = name.split()
    for group in groups:
        if group[0].startswith("-"):
            endings = [g[1:] for g in group]
            for ending in endings:
                if tokens[-1].endswith(ending):
                    stem = tokens[-1][: -len(ending)]
                    for other in endings:
                        variants.add(" ".join([*tokens[:-1], stem + other]))
                    break
        elif tokens[0] in group:
            for other in group:
                variants.add(" ".join([other, *tokens[1:]]))
    return sorted(variants)


# Name particles that writers capitalise or not ("Ursula Von der Leyen", "Ursula von der Leyen").
NAME_PARTICLES = frozenset(
    {"von", "van", "der", "den", "de", "del", "della", "di", "da", "du", "le", "la"}
)


def particle_variants(name: str) -> list[str]:
    """A name with its inner particles in lower case and capitalised: "Ursula von der Leyen"
    → also "Ursula Von der Leyen" and "Ursula Von Der Leyen". The first word stays as written."""
    tokens = name.split()
    inner = [i for i, t in enumerate(tokens) if i > 0 and t.lower() in NAME_PARTICLES]
    if not inner:
        return [name]
    variants = {name}
    for first_only in (True, False):
        out = list(tokens)
        for n, i in enumerate(inner):
            low = tokens[i].lower()
            out[i] = low.capitalize() if (n == 0 or not first_only) else low
        variants.add(" ".join(out))
    lowered = [t.lower() if i in inner else t for i, t in enumerate(tokens)]
    variants.add(" ".join(lowered))
    return sorted(variants)


def korean_variants(name: str) -> list[str]:
    """ "Moon Jae-in" → "Moon Jae In", "Moon Jae-In", "Moon Jaein"."""
    variants = {name}
    if "-" in name:
        head, _, tail = name.rpartition("-")
        variants.add(f"{head} {tail.capitalize()}")
        variants.add(f"{head}-{tail.capitalize()}")
        variants.add(f"{head}{tail.lower()}")
    return sorted(variants)
