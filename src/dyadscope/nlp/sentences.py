"""Sentence splitting: paragraphs first (a line break always ends a sentence), then spaCy's
rule sentencizer inside each paragraph. Offsets point into the document's clean text."""

from __future__ import annotations

import re

from spacy.language import Language

from ..records import Sentence

_PARAGRAPH = re.compile(r"[^\n]+")


def split_sentences(text: str, splitter: Language) -> list[Sentence]:
    spans = [(m.start(), m.group()) for m in _PARAGRAPH.finditer(text) if m.group().strip()]
    out: list[Sentence] = []
    for (offset, _para), parsed in zip(spans, splitter.pipe(p for _, p in spans), strict=True):
        for sent in parsed.sents:
            chunk = sent.text.strip()
            if not chunk:
                continue
            start = offset + sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
            out.append(Sentence(start, start + len(chunk), chunk))
    return out
