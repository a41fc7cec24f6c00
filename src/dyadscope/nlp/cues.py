"""Which sentences are worth parsing: an event cue (data/nlp/event_cues.txt, compiled into one
regular expression) and something that can be an actor.

An event needs a doer, and news names doers with capitalised words (countries, people,
organisations, demonyms) or points back to them with a pronoun or a phrase such as "the two
sides". A sentence with a cue but none of these ("the number of attacks rose") cannot give
the coder an event with an actor, so the parser, the costly part, skips it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from ..data import read_lines

# A capitalised word, possibly after an opening quote or bracket.
_CAPITAL = re.compile(r"[\"'“‘(\[]?\b([A-Z][\w.’'-]*)")
_REFERRING = re.compile(r"\b(?:i|we|he|she|they|it|both|sides|countries|leaders)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def load_cues() -> re.Pattern[str]:
    cues = sorted({c.lower() for c in read_lines("nlp/event_cues.txt")}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, cues)) + ")", re.IGNORECASE)


def names_an_actor(text: str) -> bool:
    """A capitalised word that is not merely the sentence's first function word ("The",
    "In"), or a pronoun or phrase that refers to actors."""
    for match in _CAPITAL.finditer(text):
        if match.start(1) > 2 or match.group(1).lower() not in STOP_WORDS:
            return True
    return bool(_REFERRING.search(text))


def is_candidate(text: str, cues: re.Pattern[str] | None = None) -> bool:
    """Worth parsing: an event cue and a possible actor."""
    return bool((cues or load_cues()).search(text)) and names_an_actor(text)
