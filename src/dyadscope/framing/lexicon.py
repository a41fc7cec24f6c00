"""The framing tables (data/framing/, data/relations/), loaded once and compiled.

Every pattern is matched case-insensitively; a space in a pattern matches any run of
whitespace, so that quotation marks replaced by blanks (see `plain_text`) do not break a
phrase. Pair-specific knowledge lives only in the data files.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..data import read_lines, read_table

QUOTE_CHARS = "\"'“”‘’«»"


def plain_text(text: str) -> str:
    """The text with quotation marks and '#' (hashtags) blanked out, offsets unchanged."""
    return text.translate({ord(c): " " for c in QUOTE_CHARS + "#"})


def compile_pattern(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern.replace(" ", r"\s+"), re.IGNORECASE)


def pair_key(codes: list[str] | set[str] | tuple[str, ...]) -> str:
    """Order-free key of a country pair: `CHN-RUS`."""
    return "-".join(sorted(codes))


@dataclass(frozen=True)
class BaseEvent:
    pair: str  # "*" for any parties
    pattern: re.Pattern[str]
    base_year: int
    label: str


@dataclass(frozen=True)
class Sequence:
    """A numbered recurring mechanism: edition `anchor_ordinal` took place in `anchor_year`."""

    pair: str
    pattern: re.Pattern[str]
    anchor_ordinal: int
    anchor_year: int
    period_years: int
    weight: float
    label: str

    def year_of(self, ordinal: int) -> int:
        return self.anchor_year + (ordinal - self.anchor_ordinal) * self.period_years


@dataclass(frozen=True)
class Phrase:
    pattern: re.Pattern[str]
    polarity: float
    label: str


@dataclass(frozen=True)
class TimeCue:
    pattern: re.Pattern[str]
    offset: int
    weight: float


@lru_cache(maxsize=1)
def diplomatic_ties() -> dict[str, int]:
    return {pair_key(r["pair"].split("-")): int(r["year"]) for r in read_table(_rel("ties"))}


@lru_cache(maxsize=1)
def base_events() -> tuple[BaseEvent, ...]:
    rows = read_table(_rel("base_events"))
    return tuple(
        BaseEvent(_pair(r["pair"]), compile_pattern(r["pattern"]), int(r["base_year"]), r["label"])
        for r in rows
    )


@lru_cache(maxsize=1)
def sequences() -> tuple[Sequence, ...]:
    return tuple(
        Sequence(
            pair=_pair(r["pair"]),
            pattern=compile_pattern(r["pattern"]),
            anchor_ordinal=int(r["anchor_ordinal"]),
            anchor_year=int(r["anchor_year"]),
            period_years=int(r["period_years"]),
            weight=float(r["weight"]),
            label=r["label"],
        )
        for r in read_table(_rel("mechanisms"))
    )


@lru_cache(maxsize=1)
def verdict_phrases() -> tuple[Phrase, ...]:
    return tuple(
        Phrase(compile_pattern(r["pattern"]), float(r["polarity"]), r["label"])
        for r in read_table("framing/verdict_phrases.tsv")
    )


@lru_cache(maxsize=1)
def relation_words() -> re.Pattern[str]:
    words = read_lines("framing/relation_words.txt")
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + ")", re.IGNORECASE)


@lru_cache(maxsize=1)
def time_cues() -> tuple[TimeCue, ...]:
    return tuple(
        TimeCue(compile_pattern(r["pattern"]), int(r["offset"]), float(r["weight"]))
        for r in read_table("framing/time_cues.tsv")
    )


@lru_cache(maxsize=1)
def agreement_types() -> dict[str, str]:
    return {r["word"].lower(): r["kind"] for r in read_table("framing/agreement_types.tsv")}


@lru_cache(maxsize=1)
def agreement_cues() -> dict[str, list[str]]:
    cues: dict[str, list[str]] = {}
    for r in read_table("framing/agreement_cues.tsv"):
        cues.setdefault(r["kind"], []).append(r["word"].lower())
    return cues


@lru_cache(maxsize=1)
def domains() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple(
        (re.compile(r"\b" + re.escape(r["word"]), re.IGNORECASE), r["domain"])
        for r in read_table("framing/domains.tsv")
    )


@lru_cache(maxsize=1)
def ordinal_words() -> dict[str, int]:
    return {r["word"].lower(): int(r["number"]) for r in read_table("framing/ordinals.tsv")}


@lru_cache(maxsize=1)
def ordinal_regex() -> re.Pattern[str]:
    """Matches `29th`, `twenty-ninth`, `seventy fifth`, `thirtieth`; group `ord`."""
    words = ordinal_words()
    tens = [w for w, n in words.items() if n % 10 == 0 and n < 100 and not w.endswith("th")]
    units = [w for w, n in words.items() if n < 10]
    singles = sorted((w for w in words if w not in tens), key=len, reverse=True)
    compound = r"(?:{})[- ](?:{})".format("|".join(tens), "|".join(units))
    alts = [r"\d{1,3}(?:st|nd|rd|th)", compound, *singles]
    return re.compile(r"\b(?P<ord>" + "|".join(alts) + r")\b", re.IGNORECASE)


def parse_ordinal(text: str) -> int | None:
    """`29th` → 29, `twenty-ninth` → 29, `first` → 1; None when not an ordinal."""
    text = text.lower().strip()
    digits = re.fullmatch(r"(\d{1,3})(?:st|nd|rd|th)", text)
    if digits:
        return int(digits.group(1))
    words = ordinal_words()
    parts = re.split(r"[- ]", text)
    if len(parts) == 2 and parts[0] in words and parts[1] in words:
        return words[parts[0]] + words[parts[1]]
    return words.get(text)


def domains_of(text: str) -> list[str]:
    """Domain tags named in `text`, in table order, without repeats."""
    found: list[str] = []
    for pattern, domain in domains():
        if domain not in found and pattern.search(text):
            found.append(domain)
    return found


def _rel(name: str) -> str:
    return {
        "ties": "relations/diplomatic_ties.tsv",
        "base_events": "relations/base_events.tsv",
        "mechanisms": "relations/mechanisms.tsv",
    }[name]


def _pair(raw: str) -> str:
    raw = raw.strip()
    return "*" if raw == "*" else pair_key(raw.split("-"))
