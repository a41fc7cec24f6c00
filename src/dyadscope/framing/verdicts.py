"""Verdicts: how officials characterise a relationship ("the best period in their history").

A phrase from the verdict lexicon counts when its sentence speaks of a relationship (a relation
word). Its speaker is the person or organisation actor nearest to the reporting verb of the
sentence (or to the phrase); when the sentence names none, as in a quotation that runs on, the
speaker of the sentence before.
"""

from __future__ import annotations

import re

from ..records import Actor, Document, Evidence, Verdict
from . import lexicon
from .context import nearest_speaker, parties_of, sentences, span_date

SPEECH = re.compile(
    r"\b(?:said|says|say|stated|states|stressed|noted|noting|told|hailed|hailing|called|calling"
    r"|described|describing|wrote|writes|added|highlighted|emphasi[sz]ed|emphasi[sz]ing|underlined"
    r"|underscored|affirmed|declared|praised|remarked|stating|spoke|speaking|according to)\b",
    re.IGNORECASE,
)


def extract_verdicts(doc: Document) -> list[Verdict]:
    text = lexicon.plain_text(doc.text)
    out: list[Verdict] = []
    previous: Actor | None = None
    for sent in sentences(doc):
        if not lexicon.relation_words().search(text, sent.start, sent.end):
            previous = _speaker(doc, text, sent.start, sent.end, sent.start) or previous
            continue
        for start, end, phrase in _phrases(text, sent.start, sent.end):
            speaker = _speaker(doc, text, sent.start, sent.end, start) or previous
            date, precision = span_date(doc, sent.start, sent.end)
            out.append(
                Verdict(
                    doc.doc_id,
                    " ".join(text[start:end].split()),
                    speaker,
                    parties_of(doc, sent.start, sent.end),
                    date,
                    precision,
                    phrase.polarity,
                    Evidence(sent.text, sent.start, sent.end),
                )
            )
        previous = _speaker(doc, text, sent.start, sent.end, sent.start) or previous
    return _dedupe(out)


def _phrases(text: str, start: int, end: int) -> list[tuple[int, int, lexicon.Phrase]]:
    """Matches of the lexicon in [start, end), longest first, without overlaps."""
    found = []
    for phrase in lexicon.verdict_phrases():
        for m in phrase.pattern.finditer(text, start, end):
            found.append((m.start(), m.end(), phrase))
    found.sort(key=lambda f: (f[0] - f[1], f[0]))
    kept: list[tuple[int, int, lexicon.Phrase]] = []
    for item in found:
        if all(item[1] <= k[0] or item[0] >= k[1] for k in kept):
            kept.append(item)
    return sorted(kept, key=lambda f: f[0])


def _speaker(doc: Document, text: str, start: int, end: int, anchor: int) -> Actor | None:
    """The speaker of the reporting verb nearest to the phrase; a finite verb ("said",
    "hailed") before a participle ("calling", "noting"), whose subject is the main one."""
    verbs = [(m.start(), m.group(0).lower()) for m in SPEECH.finditer(text, start, end)]
    finite = [pos for pos, word in verbs if not word.endswith("ing")]
    candidates = finite or [pos for pos, _ in verbs]
    if not candidates:
        return None
    verb = min(candidates, key=lambda pos: abs(pos - anchor))
    return nearest_speaker(doc, start, end, verb)


def _dedupe(items: list[Verdict]) -> list[Verdict]:
    seen, out = set(), []
    for item in items:
        who = item.speaker.actor_id if item.speaker else None
        key = (item.phrase.lower(), who)
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out
