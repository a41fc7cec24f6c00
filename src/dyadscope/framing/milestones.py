"""Anniversaries: "the 30th anniversary of the establishment of the strategic partnership".

Each one gives an ordinal; the base year comes from the tables (diplomatic ties of the pair, a
known base event) or, failing that, from the year the anniversary falls in (the article's year
moved by a cue such as "next year") minus the ordinal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..records import Document, Evidence, Milestone
from . import lexicon
from .context import parties_of, published_year, sentences

TIES = re.compile(
    r"diplomatic (?:ties|relations)|(?:establishment|establishing) of (?:bilateral )?"
    r"(?:diplomatic )?(?:ties|relations)\b",
    re.IGNORECASE,
)
MAX_OBJECT_WORDS = 16
TIME_TAIL = re.compile(
    r"\s+(?:(?:this|next|last|past|coming|the same) year|signed|established|concluded|held"
    r"|launched|adopted|founded|which|that|when|with|at|by|in (?:19|20)\d\d"
    r"|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b.*$",
    re.IGNORECASE,
)
LEADING = re.compile(r"^(?:their|its|our|his|her|the)\s+", re.IGNORECASE)


@dataclass
class Anniversary:
    """An anniversary as read, before the year is settled."""

    ordinal: int
    name: str
    parties: list[str]
    start: int
    end: int
    evidence: Evidence
    cue_offset: int | None  # years from the article's year, when a cue says
    cue_weight: float
    base_year: int | None  # from the tables
    base_label: str | None


def find_anniversaries(doc: Document) -> list[Anniversary]:
    pattern = _anniversary_regex()
    text = lexicon.plain_text(doc.text)
    found = []
    for sent in sentences(doc):
        for m in pattern.finditer(text, sent.start, sent.end):
            ordinal = lexicon.parse_ordinal(m.group("ord"))
            name = _clean_object(doc.text[m.start("obj") : m.end("obj")])
            if not ordinal or not name:
                continue
            parties = parties_of(doc, sent.start, sent.end)
            offset, weight = _time_cue(text, sent.start, sent.end, m.start(), m.end())
            base, label = resolve_base(name, parties)
            evidence = Evidence(sent.text, sent.start, sent.end)
            found.append(
                Anniversary(
                    ordinal,
                    name,
                    parties,
                    m.start(),
                    m.end(),
                    evidence,
                    offset,
                    weight,
                    base,
                    label,
                )
            )
    return found


def extract_milestones(doc: Document, anniversaries: list[Anniversary]) -> list[Milestone]:
    """Milestone records once the article's year is known (read or inferred)."""
    doc_year = published_year(doc)
    out = []
    for a in anniversaries:
        if a.base_year is not None:
            base, year = a.base_year, a.base_year + a.ordinal
        elif doc_year is not None:
            year = doc_year + (a.cue_offset or 0)
            base = year - a.ordinal
        else:
            base = year = None
        out.append(Milestone(doc.doc_id, a.name, a.parties, a.ordinal, year, base, a.evidence))
    return _dedupe(out)


def _dedupe(items: list[Milestone]) -> list[Milestone]:
    """One milestone per anniversary in a document, however often it is repeated."""
    seen, out = set(), []
    for item in items:
        key = (item.ordinal, item.base_year if item.base_year is not None else item.name.lower())
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out


def resolve_base(name: str, parties: list[str]) -> tuple[int | None, str | None]:
    """The base year of what an anniversary commemorates, from the tables; longest match wins."""
    countries = [p for p in parties if len(p) == 3 and p != "IGO"]
    key = lexicon.pair_key(countries) if len(countries) == 2 else None
    best: tuple[int, int, str] | None = None
    if key and TIES.search(name):
        year = lexicon.diplomatic_ties().get(key)
        if year is not None:
            best = (len(TIES.search(name).group(0)), year, "diplomatic ties")
    for event in lexicon.base_events():
        if event.pair not in ("*", key):
            continue
        m = event.pattern.search(name)
        if m and (best is None or len(m.group(0)) > best[0]):
            best = (len(m.group(0)), event.base_year, event.label)
    return (best[1], best[2]) if best else (None, None)


def _anniversary_regex() -> re.Pattern[str]:
    ordinal = lexicon.ordinal_regex().pattern
    return re.compile(
        ordinal + r"\s+anniversary\s+of\s+(?:the\s+)?(?P<obj>(?:[^.;:!?,()\n]|\.(?=\w)){3,240})",
        re.IGNORECASE,
    )


def _clean_object(raw: str) -> str:
    raw = LEADING.sub("", TIME_TAIL.sub("", raw.strip()))
    words = raw.split()[:MAX_OBJECT_WORDS]
    while words and words[-1].lower() in {"and", "the", "of", "in", "as", "with", "on"}:
        words.pop()
    return " ".join(words)


def _time_cue(
    text: str, start: int, end: int, m_start: int, m_end: int
) -> tuple[int | None, float]:
    """The cue nearest before the anniversary in its sentence, else the first after it. A cue
    naming the year ("next year marks") outranks a nearer verb ("marks")."""
    best: tuple[bool, int, int, float] | None = None
    for cue in lexicon.time_cues():
        for m in cue.pattern.finditer(text, start, m_start):
            key = (cue.weight >= 0.9, m.end(), cue.offset, cue.weight)
            if best is None or key[:2] > best[:2]:
                best = key
    if best:
        return best[2], best[3]
    after: tuple[int, int, float] | None = None
    for cue in lexicon.time_cues():
        m = cue.pattern.search(text, m_end, end)
        if m and (after is None or m.start() < after[0]):
            after = (m.start(), cue.offset, cue.weight)
    return (after[1], after[2] * 0.8) if after else (None, 0.0)
