"""What the framing extractors need to know about a document: its sentences, the countries its
actor mentions name, its main dyad and its date."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from ..records import Actor, Document, Mention, Sentence

MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
_NAMES = "|".join(m.capitalize() for m in MONTHS)
FULL_DATE = re.compile(
    rf"\b(?:(?P<month>{_NAMES})\s+(?P<day>\d{{1,2}}),?\s+(?P<year>(?:19|20)\d{{2}})"
    rf"|(?P<day2>\d{{1,2}})\s+(?P<month2>{_NAMES})\s+(?P<year2>(?:19|20)\d{{2}})"
    r"|(?P<iso>(?:19|20)\d{2}-[01]\d-[0-3]\d))(?!\d)"
)


SUBJECT_GAP = 3  # characters between a state named as subject and its verb ("China said")
INVERTED_GAP = 25  # "said Foreign Minister Sergei Lavrov"


def sentences(doc: Document) -> list[Sentence]:
    """The document's sentences, or its paragraphs when no sentence splitter ran."""
    if doc.sentences:
        return doc.sentences
    out, pos = [], 0
    for part in re.split(r"(\n+)", doc.text):
        if part.strip() and not part.startswith("\n"):
            out.append(Sentence(pos, pos + len(part), part))
        pos += len(part)
    return out


def mentions_in(doc: Document, start: int, end: int) -> Iterator[Mention]:
    for mention in doc.mentions:
        if mention.actor is not None and start <= mention.start and mention.end <= end:
            yield mention


def countries_in(doc: Document, start: int, end: int) -> list[str]:
    """Codes of the actors mentioned in [start, end), in order of first mention."""
    codes: list[str] = []
    for mention in mentions_in(doc, start, end):
        code = mention.actor.code if mention.actor else None
        if code and code not in codes:
            codes.append(code)
    return codes


def main_dyad(doc: Document) -> list[str]:
    """The two country codes the document mentions most (fewer when it names fewer)."""
    counts = Counter(
        m.actor.country
        for m in doc.mentions
        if m.actor and m.actor.country and m.actor.country != "IGO"
    )
    return [code for code, _ in counts.most_common(2)]


def parties_of(doc: Document, start: int, end: int) -> list[str]:
    """Countries of a span; when it names fewer than two, completed from the main dyad."""
    codes = countries_in(doc, start, end)
    if len(codes) < 2:
        for code in main_dyad(doc):
            if code not in codes:
                codes.append(code)
            if len(codes) >= 2:
                break
    return sorted(codes)


def published_year(doc: Document) -> int | None:
    if doc.published and re.match(r"\d{4}", doc.published):
        return int(doc.published[:4])
    return None


def doc_date(doc: Document) -> tuple[str | None, str]:
    """The publication date at day precision at most, with its precision."""
    if not doc.published or not re.match(r"\d{4}", doc.published):
        return None, "unknown"
    precision = doc.published_precision
    if precision in ("second", "minute", "hour", "day") or (
        precision == "unknown" and len(doc.published) >= 10
    ):
        return doc.published[:10], "day"
    if precision == "month" or len(doc.published) == 7:
        return doc.published[:7], "month"
    return doc.published[:4], "year"


def span_date(doc: Document, start: int, end: int) -> tuple[str | None, str]:
    """An explicit full date written in the span, else the publication date."""
    found = list(full_dates(doc.text[start:end]))
    if found:
        return found[-1], "day"
    return doc_date(doc)


def full_dates(text: str) -> Iterator[str]:
    """Every complete date (`November 20, 2025`, `20 November 2025`, `2025-11-20`) as ISO."""
    for m in FULL_DATE.finditer(text):
        if m.group("iso"):
            yield m.group("iso")
            continue
        month = (m.group("month") or m.group("month2")).lower()
        day = int(m.group("day") or m.group("day2"))
        year = m.group("year") or m.group("year2")
        if 1 <= day <= 31:
            yield f"{year}-{MONTHS.index(month) + 1:02d}-{day:02d}"


def nearest_speaker(doc: Document, start: int, end: int, anchor: int) -> Actor | None:
    """Who speaks at `anchor` (a reporting verb): the person or organisation actor ending
    nearest before it ("Lavrov said", "the ministry hailed"), else one just after it ("said
    Lavrov"). States are parties, not speakers ("Russia-China relations have ..."), and are
    taken only when they are the subject right before the verb ("China said")."""
    before, after = [], []
    for mention in mentions_in(doc, start, end):
        actor = mention.actor
        is_state = actor.kind == "state" and not actor.sector  # a country, not its ministry
        if mention.end <= anchor:
            gap = anchor - mention.end
            if not is_state or gap <= SUBJECT_GAP:
                before.append((gap, actor))
        elif mention.start - anchor <= INVERTED_GAP and not is_state:
            after.append((mention.start - anchor, actor))
    if before:
        return min(before, key=lambda item: item[0])[1]
    if after:
        return min(after, key=lambda item: item[0])[1]
    return None
