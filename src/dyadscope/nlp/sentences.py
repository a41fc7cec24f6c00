"""Sentence splitting: paragraphs first (a line break always ends a sentence), then spaCy's
rule sentencizer inside each paragraph. Offsets point into the document's clean text.

A wire dateline opening a paragraph ("WARSAW, Nov 9 (Reuters) - ", "MOSCOW (AP) — ") is left
out of the sentence: it is page metadata (ingest reads it), and kept in, it becomes the
parser's subject and hides the real one ("Poland deployed ...")."""

from __future__ import annotations

import re

from spacy.language import Language

from ..records import Sentence

_PARAGRAPH = re.compile(r"[^\n]+")
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DAY = rf"{_MONTH}\s+\d{{1,2}}(?:,?\s+(?:19|20)\d{{2}})?"
# An all-capitals place, or any place followed by a date or an agency in parentheses.
_DATELINE = re.compile(
    rf"(?:[A-Z][A-Z.'-]+(?:\s+[A-Z][A-Z.'-]+){{0,3}}(?:,\s+[A-Z][A-Za-z.]+)?(?:,\s+{_DAY})?"
    rf"|[A-Z][A-Za-z.'-]+(?:\s+[A-Z][A-Za-z.'-]+){{0,3}},\s+{_DAY})"
    r"\s*(?:\([A-Z][\w .&-]{1,30}\))?\s*(?:--|—|–|-)\s+(?=[A-Z\"“'‘])",
    re.IGNORECASE,
)


# One to four words of a heading, then a sentence opening with an article and a common noun:
# "Chinese demand The changes ...". "told The Washington Post" has a capital after the article.
_GLUED_HEADING = re.compile(r"([A-Z][\w'’-]*(?: [\w'’-]+){0,3}) (?=(?:The|A|An) [a-z])")


def dateline_length(paragraph: str) -> int:
    """How many leading characters of a paragraph are a wire dateline (0 when there is none)."""
    match = _DATELINE.match(paragraph)
    if not match:
        return 0
    place = re.match(r"[^,(—–-]+", match.group()).group().strip()
    has_agency_or_date = "(" in match.group() or "," in match.group()
    # "Russia - China ties" is not a dateline: a place alone must be written in capitals.
    letters = re.sub(r"[^A-Za-z]", "", place)
    if not has_agency_or_date and (not place.isupper() or len(letters) < 3):
        return 0
    return match.end()


def split_sentences(text: str, splitter: Language) -> list[Sentence]:
    spans = []
    for m in _PARAGRAPH.finditer(text):
        skip = dateline_length(m.group())
        if m.group()[skip:].strip():
            spans.append((m.start() + skip, m.group()[skip:]))
    out: list[Sentence] = []
    for (offset, para), parsed in zip(spans, splitter.pipe(p for _, p in spans), strict=True):
        for sent in parsed.sents:
            # The paragraph's own characters: a span's `.text` rebuilds them token by token.
            text = para[sent.start_char : sent.end_char]
            chunk = text.strip()
            if not chunk:
                continue
            start = offset + sent.start_char + (len(text) - len(text.lstrip()))
            out.extend(_unglue(Sentence(start, start + len(chunk), chunk)))
    return out


def _unglue(sent: Sentence) -> list[Sentence]:
    """A subheading the page glued to the next sentence ("Chinese demand The changes in
    ... have come"): two sentences, so the heading's words are no part of the sentence."""
    match = _GLUED_HEADING.match(sent.text)
    if not match:
        return [sent]
    cut = match.end()
    rest = sent.text[cut:]
    return [
        Sentence(sent.start, sent.start + len(match.group(1)), match.group(1)),
        Sentence(sent.start + cut, sent.end, rest),
    ]
