"""The event cue list (data/nlp/event_cues.txt) compiled into one regular expression."""

from __future__ import annotations

import re
from functools import lru_cache

from ..data import read_lines


@lru_cache(maxsize=1)
def load_cues() -> re.Pattern[str]:
    cues = sorted({c.lower() for c in read_lines("nlp/event_cues.txt")}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, cues)) + ")", re.IGNORECASE)
