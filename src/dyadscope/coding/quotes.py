"""Direct quotations and who said them.

A quotation is text between straight or curly double quotes of at least four words. Its
speaker is the actor named next to a verb of saying in the same sentence outside the quote
("..., said Lavrov", "Putin said, \"...\""), else the nearest actor of a person named in
that sentence, else the speaker of the previous quotation when the sentence only says
"he said" or "he added".
"""

from __future__ import annotations

import re
from datetime import date

from ..nlp.dates import default_date
from ..records import Actor, Document, Mention, Quote

_QUOTE = re.compile(r"[\"“]([^\"“”]{12,}?)[\"”]")
_SAID = re.compile(
    r"\b(?:said|says|added|stated|told|noted|stressed|wrote|declared|insisted|warned|"
    r"asked|according to|emphasi[sz]ed|underlined|tweeted|posted)\b",
    re.IGNORECASE,
)
_PRONOUN_SPEAKER = re.compile(
    r"\b(?:he|she|they|it)\s+(?:said|added|says|noted|stressed|wrote)\b", re.IGNORECASE
)


def extract_quotes(doc: Document, ref: date | None) -> list[Quote]:
    quotes: list[Quote] = []
    previous: Actor | None = None
    for match in _QUOTE.finditer(doc.text):
        text = match.group(1).strip()
        if len(text.split()) < 4:
            continue
        speaker = _speaker(doc, match.start(), match.end())
        if speaker is None and previous is not None and _pronoun_near(doc.text, match):
            speaker = previous
        value, precision = default_date(ref) if ref else (None, "unknown")
        quotes.append(
            Quote(
                doc.doc_id,
                text,
                match.start(1),
                match.start(1) + len(match.group(1)),
                speaker,
                value,
                precision,
            )
        )
        previous = speaker or previous
    return quotes


def _speaker(doc: Document, start: int, end: int) -> Actor | None:
    """An actor mentioned in the quote's sentence, outside the quotation marks, nearest a
    verb of saying."""
    sentence = next((s for s in doc.sentences if s.start <= start < s.end), None)
    lo, hi = (sentence.start, max(sentence.end, end)) if sentence else (start - 200, end + 200)
    lo, hi = max(0, min(lo, start - 120)), min(len(doc.text), max(hi, end + 120))
    candidates: list[tuple[int, Mention]] = []
    for mention in doc.mentions:
        if mention.actor is None or mention.actor.country is None:
            continue
        if not (lo <= mention.start < hi) or start <= mention.start < end:
            continue
        distance = min(abs(mention.start - end), abs(start - mention.end))
        near_verb = _SAID.search(doc.text[max(lo, mention.start - 40) : mention.end + 40])
        if mention.actor.kind == "person" or near_verb:
            candidates.append((distance - (200 if near_verb else 0), mention))
    if not candidates:
        return None
    return min(candidates, key=lambda c: c[0])[1].actor


def _pronoun_near(text: str, match: re.Match[str]) -> bool:
    window = text[max(0, match.start() - 40) : match.end() + 40]
    return bool(_PRONOUN_SPEAKER.search(window))
