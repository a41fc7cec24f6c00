"""Hand-made documents for the framing tests: sentences split on full stops and actor mentions
from a tiny name table (the real actors stage is not needed)."""

from __future__ import annotations

import re

import pytest

from dyadscope.records import Actor, Document, Mention, Sentence

NAMES = {
    "China": ("CHN", "state", None),
    "Chinese": ("CHN", "state", None),
    "Beijing": ("CHN", "state", None),
    "Russia": ("RUS", "state", None),
    "Russian": ("RUS", "state", None),
    "Moscow": ("RUS", "state", None),
    "India": ("IND", "state", None),
    "Indian": ("IND", "state", None),
    "Japan": ("JPN", "state", None),
    "Korea": ("KOR", "state", None),
    "Korean": ("KOR", "state", None),
    "Alpha Minister": ("RUS", "person", "GOV"),
    "Beta Premier": ("CHN", "person", "GOV"),
    "Gamma Envoy": ("IND", "person", "GOV"),
    "the ministry": ("RUS", "organisation", "GOV"),
    "Foreign Ministry": ("RUS", "organisation", "GOV"),
}


def split_sentences(text: str) -> list[Sentence]:
    out = []
    for m in re.finditer(r"[^.!?\n]+[.!?]?", text):
        if m.group(0).strip():
            out.append(Sentence(m.start(), m.end(), m.group(0)))
    return out


def find_mentions(text: str, sentences: list[Sentence]) -> list[Mention]:
    pattern = re.compile(
        r"\b(" + "|".join(sorted(map(re.escape, NAMES), key=len, reverse=True)) + r")\b"
    )
    mentions = []
    for m in pattern.finditer(text):
        code, kind, sector = NAMES[m.group(0)]
        index = next(i for i, s in enumerate(sentences) if s.start <= m.start() < s.end)
        actor = Actor(m.group(0), m.group(0).lower().replace(" ", "-"), code, sector, kind=kind)
        mentions.append(Mention(m.start(), m.end(), m.group(0), "ACTOR", index, actor))
    return mentions


@pytest.fixture
def make_doc():
    def make(text: str, published: str | None = None, precision: str = "day") -> Document:
        doc = Document(doc_id="t1", text=text, published=published)
        doc.published_precision = precision if published else "unknown"  # type: ignore[assignment]
        doc.sentences = split_sentences(text)
        doc.mentions = find_mentions(text, doc.sentences)
        return doc

    return make
