"""Glued stories: a second, unrelated article printed under the first on the same page.

A page dump may run straight from one story into another (a "next article" widget rendered in
full). The boundary sits at a gap of page furniture between two paragraphs; the story after it
names different people and places. Each candidate gap is scored by how many of the names in the
text after it already appeared in the story before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .. import data
from ..records import Story
from .dates import MONTH_NAMES, MONTHS, WEEKDAYS
from .lines import Line

_CAPITALISED = re.compile(r"\b([A-Z][A-Za-z]+|[A-Z]{2,})\b")
FUNCTION_WORDS = "ingest/function_words.txt"
# A new story needs some body: a couple of paragraphs, a few dozen words.
MIN_PARAGRAPHS = 2
MIN_WORDS = 60
# Share of the later block's names already seen above, below which the blocks are unrelated.
MAX_NAME_OVERLAP = 0.12


@dataclass(slots=True)
class Block:
    """Body paragraphs between two gaps, with the furniture lines of the gap before it."""

    paragraphs: list[str]
    gap_before: list[Line] = field(default_factory=list)


@lru_cache(maxsize=1)
def _ignored() -> frozenset[str]:
    return (
        frozenset(data.read_lines(FUNCTION_WORDS)) | set(WEEKDAYS) | set(MONTHS) | set(MONTH_NAMES)
    )


def names_in(text: str) -> list[str]:
    """Capitalised words, lower-cased, minus function words, titles and calendar words."""
    ignored = _ignored()
    return [
        w for w in (m.group(1).lower() for m in _CAPITALISED.finditer(text)) if w not in ignored
    ]


def name_overlap(before: list[str], after: list[str]) -> float:
    seen = {w for p in before for w in names_in(p)}
    later = [w for p in after for w in names_in(p)]
    if not later:
        return 1.0
    return sum(w in seen for w in later) / len(later)


def split_stories(
    blocks: list[Block], trailing_gap: list[Line], main_title_key: str | None
) -> tuple[list[str], list[Story]]:
    """Main-story paragraphs, and every later run of blocks that belongs to another story."""
    starts = [0]
    for n in range(1, len(blocks)):
        current = _paragraphs(blocks[starts[-1] : n])
        if blocks[n].gap_before and _starts_new_story(current, blocks, n):
            starts.append(n)
    bounds = list(zip(starts, starts[1:] + [len(blocks)], strict=True))
    extras = []
    for first, end in bounds[1:]:
        gap_after = blocks[end].gap_before if end < len(blocks) else trailing_gap
        # A glued story's headline sits above it, or (in some page templates) below it.
        title = _story_title(blocks[first].gap_before, main_title_key)
        title = title or _story_title(gap_after, main_title_key)
        extras.append(Story(title=title, text="\n\n".join(_paragraphs(blocks[first:end]))))
    return _paragraphs(blocks[: bounds[0][1]]), extras


def _paragraphs(blocks: list[Block]) -> list[str]:
    return [p for block in blocks for p in block.paragraphs]


def _starts_new_story(current: list[str], blocks: list[Block], n: int) -> bool:
    # The block right after the gap must name other people and places than the story so far,
    # and so must the text below it, widened until long enough to judge (not everything below:
    # that could mix in yet another story).
    if name_overlap(current, blocks[n].paragraphs) >= MAX_NAME_OVERLAP:
        return False
    after: list[str] = []
    for block in blocks[n:]:
        after.extend(block.paragraphs)
        if len(after) >= MIN_PARAGRAPHS and sum(len(p.split()) for p in after) >= MIN_WORDS:
            return name_overlap(current, after) < MAX_NAME_OVERLAP
    return False


def _story_title(gap: list[Line], main_title_key: str | None) -> str | None:
    for line in gap:
        if line.role == "heading" and line.heading_like and line.key != main_title_key:
            return line.text
    return None
