"""Recurring mechanisms: numbered editions ("the 29th regular meeting between Chinese and Russian
heads of government"), themed years ("the Russia-China Years of Education 2026-2027") and
bilateral committees named in the text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..records import Document, Evidence, Mechanism
from . import lexicon
from .context import countries_in, parties_of, sentences, span_date

KINDS = (
    r"meeting|meetings|summit|session|round|dialogue|forum|expo|exposition|conference|congress"
    r"|consultations?|council|talks|festival|games|exercises?|drills?|plan"
)
NAME_STOP = re.compile(
    r"\s+(?:which|that|who|whose|held|where|when|co-chaired|chaired|was|were|is|are|will|has|have"
    r"|had|said|says|to|in (?:19|20)\d\d|in (?:the )?(?-i:[A-Z])\w*"
    r"|in the (?:\w+ )?(?:city|capital)"
    r"|on (?:monday|tuesday|wednesday|thursday|friday|saturday"
    r"|sunday))\b.*$",
    re.IGNORECASE,
)
YEARS_OF = re.compile(
    r"(?P<name>(?:[A-Z][\w]*(?:[-–][A-Z][\w]*)?\s+)?(?:Cross\s+)?Years?\s+of\s+"
    r"[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*)*)"
)
YEAR_RANGE = re.compile(r"\b(?P<a>(?:19|20)\d\d)\s*(?:-|–|—|and|to|/)\s*(?P<b>(?:19|20)?\d\d)\b")
SINGLE_YEAR = re.compile(r"\b(?:in|for|of)\s+((?:19|20)\d\d)\b")
COMMITTEE = re.compile(
    r"(?P<name>(?:[A-Z][\w'’-]*\s+(?:(?:of|on|for|and|the)\s+)*){1,9}(?:Committee|Commission))\b"
    r"|(?P<low>(?:(?:[A-Z][\w-]*|joint|bilateral|intergovernmental|regular)\s+){0,3}(?:cooperation|intergovernmental|joint)\s+"
    r"(?:committees?|commissions?)(?:\s+(?:on|for)\s+[\w\s-]{3,60}?)?)(?=[,.;]|\s+(?:and|to|in)\b)"
)
LIST_AFTER = re.compile(
    r",?\s+including\s+(?:those\s+)?(?:focused\s+|working\s+)?(?:on|for|in)\s+(?P<list>[^.;]+)"
)
LEADING = re.compile(
    r"^(?:(?:various|several|many|numerous|the|a|an|two|three|four|their|its|of|from|by|with"
    r"|and|The)\s+)+",
    re.I,
)
NOT_SERIES = re.compile(r"\b(?:this|that|last|next|past) (?:year|month|week)\b", re.I)
BILATERAL_MARK = re.compile(r"[A-Z][a-z]+[-–][A-Z][a-z]+|intergovernmental|joint|bilateral", re.I)


@dataclass
class Edition:
    """A numbered edition of a mechanism as read, and its year when the tables know the series."""

    ordinal: int
    name: str
    parties: list[str]
    evidence: Evidence
    year: int | None
    weight: float
    label: str | None


def find_editions(doc: Document) -> list[Edition]:
    text = lexicon.plain_text(doc.text)
    pattern = _edition_regex()
    found = []
    for sent in sentences(doc):
        for m in pattern.finditer(text, sent.start, sent.end):
            ordinal = lexicon.parse_ordinal(m.group("ord"))
            raw = doc.text[m.start("name") : m.end("name")]
            name = NAME_STOP.sub("", " ".join(raw.split()))
            if not ordinal or "anniversary" in name.lower() or NOT_SERIES.search(name):
                continue
            year, weight, label = sequence_year(
                name, parties_of(doc, sent.start, sent.end), ordinal
            )
            if label is None and (ordinal < 2 or " " not in name):
                continue  # "the first meeting" is rarely a series; "its 29th session" says little
            # Named parties only: a domestic plan must not take the article's main dyad.
            parties = sorted(countries_in(doc, sent.start, sent.end))
            evidence = Evidence(sent.text, sent.start, sent.end)
            found.append(Edition(ordinal, name, parties, evidence, year, weight, label))
    return found


def sequence_year(
    name: str, parties: list[str], ordinal: int
) -> tuple[int | None, float, str | None]:
    """Year of edition `ordinal` of the series `name` names, from the mechanism table."""
    countries = [p for p in parties if len(p) == 3 and p != "IGO"]
    key = lexicon.pair_key(countries) if len(countries) == 2 else None
    best = None
    for seq in lexicon.sequences():
        if seq.pair not in ("*", key):
            continue
        m = seq.pattern.search(name)
        if m and (best is None or len(m.group(0)) > best[0]):
            best = (len(m.group(0)), seq)
    if best is None:
        return None, 0.0, None
    seq = best[1]
    return seq.year_of(ordinal), seq.weight, seq.label


def extract_mechanisms(doc: Document, editions: list[Edition]) -> list[Mechanism]:
    out = []
    for e in editions:
        if e.year is not None:
            date, precision = str(e.year), "year"
        else:
            date, precision = span_date(doc, e.evidence.start, e.evidence.end)
        out.append(
            Mechanism(doc.doc_id, e.name, e.parties, e.ordinal, date, precision, [], e.evidence)
        )
    out.extend(_themed_years(doc))
    out.extend(_committees(doc))
    return _dedupe(out)


def _themed_years(doc: Document) -> list[Mechanism]:
    text = lexicon.plain_text(doc.text)
    out = []
    for sent in sentences(doc):
        for m in YEARS_OF.finditer(text, sent.start, sent.end):
            around = text[max(sent.start, m.start() - 40) : min(sent.end, m.end() + 30)]
            years = _years_in(around)
            name = LEADING.sub("", m.group("name"))
            date = str(years[0]) if years else None
            out.append(
                Mechanism(
                    doc.doc_id,
                    name,
                    parties_of(doc, sent.start, sent.end),
                    None,
                    date,
                    "year" if date else "unknown",
                    years,
                    Evidence(sent.text, sent.start, sent.end),
                )
            )
    return out


def _committees(doc: Document) -> list[Mechanism]:
    text = doc.text
    out = []
    for sent in sentences(doc):
        bilateral = len(countries_in(doc, sent.start, sent.end)) >= 2
        for m in COMMITTEE.finditer(text, sent.start, sent.end):
            name = LEADING.sub("", " ".join((m.group("name") or m.group("low")).split()))
            if not (bilateral or BILATERAL_MARK.search(name)):
                continue  # a domestic organ, not a mechanism between parties
            date, precision = span_date(doc, sent.start, sent.end)
            parties = parties_of(doc, sent.start, sent.end)
            evidence = Evidence(sent.text, sent.start, sent.end)
            for each in _expand_list(name, text[m.end() : sent.end]):
                out.append(
                    Mechanism(doc.doc_id, each, parties, None, date, precision, [], evidence)
                )
    return out


def _expand_list(name: str, after: str) -> list[str]:
    """ "cooperation committees, including those focused on investment, energy" gives one
    committee per field; a single named committee stays as it is."""
    m = LIST_AFTER.match(after)
    if not m or not re.search(r"(?:committee|commission)s\b", name, re.I):
        return [name]
    singular = re.sub(r"(committee|commission)s\b", r"\1", name, flags=re.I)
    items = [i.strip() for i in re.split(r",\s*(?:and\s+)?|\s+and\s+(?=[a-z])", m.group("list"))]
    return [f"{singular} on {item}" for item in items if 2 < len(item) < 60]


def _years_in(text: str) -> list[int]:
    m = YEAR_RANGE.search(text)
    if not m:
        single = SINGLE_YEAR.search(text)
        return [int(single.group(1))] if single else []
    first = int(m.group("a"))
    second = m.group("b")
    last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
    if not 0 <= last - first <= 10:
        return [first]
    return list(range(first, last + 1))


def _edition_regex() -> re.Pattern[str]:
    ordinal = lexicon.ordinal_regex().pattern
    return re.compile(
        ordinal + r"\s+(?P<name>(?:[\w'’-]+\s+){0,5}?(?:" + KINDS + r")\b"
        r"(?:\s+(?:of|between|on|for|among)\s+[^,.;:()\n]{1,90})?)",
        re.IGNORECASE,
    )


def _dedupe(items: list[Mechanism]) -> list[Mechanism]:
    seen, out = set(), []
    for item in items:
        key = (name_key(item.name), item.ordinal, tuple(item.years))
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out


def name_key(name: str) -> str:
    """A comparison key: lower case, no articles, pair words in one order ("Russia-China" and
    "China-Russia" agree), no "Cross"."""
    words = re.sub(r"[’']s\b", "", name.lower()).replace("–", "-").split()
    out = []
    for word in words:
        if word in {"the", "a", "an", "cross"}:
            continue
        parts = word.split("-")
        out.append("-".join(sorted(parts)) if len(parts) == 2 and all(parts) else word)
    return " ".join(out)
