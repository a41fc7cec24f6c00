"""When two event reports can describe the same happening, and how alike they are.

A `Report` is the part of an event record (SPEC section 3) that fusion compares: type, actor
countries and direction, the date as an interval of days, place, people and evidence words.
`compatible` is the hard test (all must hold); `similarity` ranks the candidates that pass it.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from ..ontology import actor_codes, type_info

PRECISION_RANK = {"day": 0, "month": 1, "year": 2}
UNKNOWN_RANK = 3
NON_PERSON_IDS = ("country/", "org/", "igo/")
MIN_SENTENCE_KEY = 30  # shorter sentences are too common to prove a copy
WORD = re.compile(r"[a-z]{3,}")
STOP = set(
    [
        "the",
        "and",
        "for",
        "with",
        "that",
        "this",
        "from",
        "said",
        "says",
        "has",
        "have",
        "had",
        "was",
        "were",
        "are",
        "its",
        "their",
        "his",
        "her",
        "who",
        "which",
        "will",
        "would",
        "also",
        "into",
        "over",
        "after",
        "before",
        "about",
        "than",
        "them",
        "they",
    ]
)


@dataclass
class Report:
    """The comparable view of one event record."""

    index: int  # position in the input
    event_id: str
    doc_id: str
    event_type: str
    group: str  # near-type group
    direction_free: bool
    countries: frozenset[str]
    source: frozenset[str]
    target: frozenset[str]
    symmetric: bool
    lo: int | None  # first and last day (proleptic ordinal) the date allows
    hi: int | None
    rank: int  # precision rank: 0 day, 1 month, 2 year, 3 unknown
    location: str | None
    mode: str | None
    people: frozenset[str]
    persons: frozenset[tuple[str, str]]  # (country, name) of actors with a role: people, not states
    words: frozenset[str]
    sentence_key: str
    confidence: float


@lru_cache(maxsize=1)
def type_table() -> dict[str, tuple[str, str, float, bool]]:
    """type → (quad class, near group, default intensity, direction free)."""
    return {
        name: (t.quad_class, t.near_group, t.default_intensity, t.direction_free)
        for name, t in type_info().items()
    }


def make_report(index: int, event: Mapping[str, Any]) -> Report:
    etype = str(event.get("event_type") or "")
    _, group, _, free = type_table().get(etype, ("", etype, 0.0, False))
    source = frozenset(_codes(event.get("source") or []))
    target = frozenset(_codes(event.get("target") or []))
    lo, hi, rank = date_interval(event.get("date"), event.get("date_precision"))
    evidence = event.get("evidence") or {}
    sentence = str(evidence.get("sentence") or "")
    people = {
        str(a.get("name") or "").lower()
        for a in list(event.get("source") or []) + list(event.get("target") or [])
        if a.get("name")
    }
    return Report(
        index=index,
        event_id=str(event.get("event_id") or index),
        doc_id=str(event.get("doc_id") or ""),
        event_type=etype,
        group=group,
        direction_free=free,
        countries=source | target,
        source=source,
        target=target,
        symmetric=bool(event.get("symmetric")) or not target,
        lo=lo,
        hi=hi,
        rank=rank,
        location=event.get("location") or None,
        mode=event.get("mode") or None,
        people=frozenset(people),
        persons=frozenset(
            _persons(list(event.get("source") or []) + list(event.get("target") or []))
        ),
        words=frozenset(w for w in WORD.findall(sentence.lower()) if w not in STOP),
        sentence_key=" ".join(re.findall(r"\w+", sentence.lower())),
        confidence=float(event.get("confidence") or 0.5),
    )


def date_interval(value: Any, precision: Any) -> tuple[int | None, int | None, int]:
    """`2024-08-21`/day → that day; `2024-08`/month → the month's days; `2024` → the year."""
    text = str(value or "")
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}.*", text) and precision in (None, "day", "unknown"):
            day = date.fromisoformat(text[:10]).toordinal()
            return day, day, 0
        if re.fullmatch(r"\d{4}-\d{2}(-\d{2}.*)?", text):
            y, m = int(text[:4]), int(text[5:7])
            last = calendar.monthrange(y, m)[1]
            return date(y, m, 1).toordinal(), date(y, m, last).toordinal(), 1
        if re.fullmatch(r"\d{4}.*", text):
            y = int(text[:4])
            return date(y, 1, 1).toordinal(), date(y, 12, 31).toordinal(), 2
    except ValueError:
        pass
    return None, None, UNKNOWN_RANK


def compatible(a: Report, b: Report, max_day_gap: int, *, same_type: bool = False) -> bool:
    """All hard conditions for `a` and `b` to be one happening."""
    if same_type or a.doc_id == b.doc_id:
        # Within one document, different types are different statements about it.
        if a.event_type != b.event_type:
            return False
    elif a.group != b.group:
        return False
    if not a.countries or a.countries != b.countries:
        return False
    if not _directions_agree(a, b) or persons_conflict(a, b):
        return False
    if a.location and b.location and a.location != b.location:
        return False
    if _phone_and_meeting(a, b):
        return False
    return dates_agree(a, b, max_day_gap)


def _phone_and_meeting(a: Report, b: Report) -> bool:
    """A phone call and a meeting in person are two happenings, even a day apart."""
    modes = {a.mode, b.mode}
    return "phone" in modes and len(modes - {None}) == 2


def dates_agree(a: Report, b: Report, max_day_gap: int) -> bool:
    if a.lo is None or b.lo is None:
        return False
    gap = max_day_gap if a.rank == 0 and b.rank == 0 else 0
    return a.lo <= b.hi + gap and b.lo <= a.hi + gap


def same_sentence(a: Report, b: Report) -> bool:
    """Syndicated copies: the same sentence, word for word."""
    return len(a.sentence_key) > MIN_SENTENCE_KEY and a.sentence_key == b.sentence_key


def similarity(a: Report, b: Report) -> float:
    score = 2.0 if a.event_type == b.event_type else 0.0
    score += 1.0 if a.mode and a.mode == b.mode else 0.0
    score += 1.0 if a.location and a.location == b.location else 0.0
    score += 1.5 * len(a.people & b.people)
    if a.rank == 0 and b.rank == 0 and a.lo == b.lo:
        score += 1.0
    return score + 3.0 * word_overlap(a, b)


def word_overlap(a: Report, b: Report) -> float:
    """Jaccard overlap of the evidence words (stop words left out)."""
    if not a.words or not b.words:
        return 0.0
    return len(a.words & b.words) / len(a.words | b.words)


def persons_conflict(a: Report, b: Report) -> bool:
    """Both name the people acting for one country, and they are different people (Blinken
    meeting Wang Yi is not Blinken meeting Xi Jinping the next day)."""
    for country in {c for c, _ in a.persons} & {c for c, _ in b.persons}:
        names_a = {n for c, n in a.persons if c == country}
        names_b = {n for c, n in b.persons if c == country}
        if not names_a & names_b:
            return True
    return False


def _persons(actors: list[Mapping[str, Any]]) -> list[tuple[str, str]]:
    return [
        (str(a.get("country")), str(a["name"]).lower())
        for a in actors
        if a.get("name") and a.get("country") and _is_person(a)
    ]


def _is_person(actor: Mapping[str, Any]) -> bool:
    """People, not states or bodies: the KB's `person/...` ids, or an actor with a role whose
    id is not a country, organisation or IGO id."""
    actor_id = str(actor.get("actor_id") or "")
    if actor_id.startswith("person/"):
        return True
    return bool(actor.get("role")) and not actor_id.startswith(NON_PERSON_IDS)


def _directions_agree(a: Report, b: Report) -> bool:
    if a.symmetric or b.symmetric:
        return True
    if a.source == b.source and a.target == b.target:
        return True
    return a.direction_free and a.source == b.target and a.target == b.source


_codes = actor_codes
