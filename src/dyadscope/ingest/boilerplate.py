"""Boilerplate lines: cue patterns from a data file, and lines learned across one outlet's pages.

Cues catch furniture any site may print (share buttons, pagination, copyright notices). Learned
lines catch what a particular site repeats on every page (its menu, its footer): a line seen on
a large share of one outlet's pages is boilerplate for that outlet. Counting is lossy
(Manku-Motwani), so memory stays bounded however many pages go by.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache

from .. import data

CUES_TABLE = "ingest/boilerplate_cues.tsv"


@dataclass(frozen=True, slots=True)
class Cue:
    kind: str
    action: str  # "drop" or "end"
    pattern: re.Pattern[str]
    whole: bool
    on_prose: bool


@dataclass(frozen=True, slots=True)
class CueHit:
    kind: str
    action: str
    outlet: str | None


@lru_cache(maxsize=1)
def load_cues() -> tuple[Cue, ...]:
    """The cue table, compiled once per process."""
    cues = []
    rows = [r for r in data.read_text(CUES_TABLE).splitlines() if r and not r.startswith("#")]
    for row in rows[1:]:  # rows[0] is the header
        kind, action, scope, prose, pattern = row.split("\t", 4)
        compiled = re.compile(pattern, re.IGNORECASE)
        cues.append(Cue(kind, action, compiled, scope == "full", prose == "yes"))
    return tuple(cues)


def match_cue(line: str, prose: bool = False) -> CueHit | None:
    """The first cue that matches `line` (spaces already collapsed), or None. A line that reads
    as prose is only checked against cues marked for prose (copyright, syndication notes)."""
    for cue in load_cues():
        if prose and not cue.on_prose:
            continue
        found = cue.pattern.fullmatch(line) if cue.whole else cue.pattern.search(line)
        if found:
            outlet = found.groupdict().get("outlet")
            return CueHit(cue.kind, cue.action, outlet.strip() if outlet else None)
    return None


def _digest(key: str) -> int:
    return int.from_bytes(hashlib.blake2b(key.encode(), digest_size=8).digest(), "big")


class LearnedLines:
    """Lines that recur on many pages of one outlet (a site's menu, footer, widgets).

    `observe(group, keys)` counts one page's distinct line keys; `is_boilerplate(group, key)`
    says whether a key reached `min_pages` pages and `min_share` of the group's pages.
    """

    def __init__(self, min_pages: int = 4, min_share: float = 0.3, bucket: int = 200) -> None:
        self.min_pages = min_pages
        self.min_share = min_share
        self.bucket = bucket  # pages per pruning round: keeps keys above ~1/bucket frequency
        self._pages: dict[str, int] = {}
        self._counts: dict[str, dict[int, list[int]]] = {}

    def observe(self, group: str, keys: set[str]) -> None:
        pages = self._pages.get(group, 0) + 1
        self._pages[group] = pages
        table = self._counts.setdefault(group, {})
        round_no = pages // self.bucket
        for key in keys:
            entry = table.get(_digest(key))
            if entry:
                entry[0] += 1
            else:
                table[_digest(key)] = [1, round_no]
        if pages % self.bucket == 0:
            # Drop keys too rare to ever reach min_share: the lossy-counting prune.
            for digest in [d for d, (n, r) in table.items() if n + r <= round_no]:
                del table[digest]

    def is_boilerplate(self, group: str, key: str) -> bool:
        table = self._counts.get(group)
        if not table:
            return False
        entry = table.get(_digest(key))
        if not entry:
            return False
        return entry[0] >= self.min_pages and entry[0] >= self.min_share * self._pages[group]
