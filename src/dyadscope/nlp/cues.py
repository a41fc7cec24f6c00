"""Which sentences are worth parsing: an event cue (data/nlp/event_cues.txt: whole word forms,
looked up in a set, and word-start cues ending in "*", compiled into one regular expression)
and something that can be an actor.

An event needs a doer, and news names doers with capitalised words (countries, people,
organisations, demonyms) or points back to them with a pronoun or a phrase such as "the two
sides". A sentence with a cue but none of these ("the number of attacks rose") cannot give
the coder an event with an actor, so the parser, the costly part, skips it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from ..data import read_lines

# A capitalised word, possibly after an opening quote or bracket.
_CAPITAL = re.compile(r"[\"'“‘(\[]?\b([A-Z][\w.’'-]*)")
_REFERRING = re.compile(r"\b(?:i|we|he|she|they|it|both|sides|countries|leaders)\b", re.IGNORECASE)


_WORD = re.compile(r"[a-z][a-z'-]*")


@dataclass(frozen=True)
class Cues:
    words: frozenset[str]  # whole word forms ("expelled", "talks")
    starts: re.Pattern[str] | None  # word-start cues ("undermin")
    pairs: tuple[tuple[frozenset[str], frozenset[str]], ...] = ()  # ("held", "talks")
    # Each left word of a pair with every right word it goes with: a sentence is checked
    # against the pairs of its own words, not against all three hundred.
    partners: dict[str, frozenset[str]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        partners: dict[str, set[str]] = {}
        for left, right in self.pairs:
            for word in left:
                partners.setdefault(word, set()).update(right)
        object.__setattr__(self, "partners", {w: frozenset(r) for w, r in partners.items()})

    def search(self, text: str) -> bool:
        lowered = text.lower()
        found = set(_WORD.findall(lowered))
        if not self.words.isdisjoint(found):
            return True
        partners = self.partners
        if any(not partners[w].isdisjoint(found) for w in found if w in partners):
            return True
        return bool(self.starts and self.starts.search(lowered))


@lru_cache(maxsize=1)
def load_cues() -> Cues:
    lines = {c.lower() for c in read_lines("nlp/event_cues.txt")}
    starts = sorted((c[:-1] for c in lines if c.endswith("*")), key=len, reverse=True)
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, starts)) + ")") if starts else None
    pairs = tuple(
        (frozenset(left.split(",")), frozenset(right.split(",")))
        for left, right in (c.split("+", 1) for c in lines if "+" in c)
    )
    words = frozenset(c for c in lines if not c.endswith("*") and "+" not in c)
    return Cues(words, pattern, pairs)


def names_an_actor(text: str) -> bool:
    """A capitalised word that is not merely the sentence's first function word ("The",
    "In"), or a pronoun or phrase that refers to actors."""
    for match in _CAPITAL.finditer(text):
        if match.start(1) > 2 or match.group(1).lower() not in STOP_WORDS:
            return True
    return bool(_REFERRING.search(text))


def is_candidate(text: str, cues: Cues | None = None) -> bool:
    """Worth parsing: an event cue and a possible actor."""
    return bool((cues or load_cues()).search(text)) and names_an_actor(text)
