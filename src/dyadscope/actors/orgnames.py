"""Organisations the KB does not list, read from their own names: "the Third World Water Forum",
"the Association of African Jurists", "the Nigerian Union of Teachers".

A capitalised phrase ending in a head word (Forum, Association, Union, ... from
`data/actors/org_words.tsv`), optionally followed by "of/for/on ..." capitalised words, names
an organisation. Its country comes only from a country or demonym inside the name that no
"for"/"in"/"on"/"against" governs ("Nigerian Union of Teachers" → NGA; "Committee for Freedom in
Hong Kong" → none); its sector is the head's unless a cue word says otherwise. The KB wins
wherever it knows the name or part of it ("European Union", "Security Council").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from ..data import read_table
from ..records import Actor
from .gazetteer import Entry, Hit
from .names import find_words
from .phrases import NOT_NAMES
from .tables import slug

KB_KINDS = frozenset({"org", "igo", "person", "short", "role", "body"})
OWN_KINDS = frozenset({"country", "adj"})
TARGET_WORDS = frozenset({"for", "in", "on", "against", "to"})
_CAP = r"[A-Z][\w'’\-]*"


_BEFORE = re.compile(rf"(?:{_CAP}[ \t]+){{1,4}}$")
_TAIL = re.compile(rf"[ \t]+(?:of|for|on)(?:[ \t]+the)?(?:[ \t]+{_CAP}){{1,4}}(?![\w-])")


@lru_cache(maxsize=1)
def _words() -> tuple[tuple[str, ...], dict[str, str], dict[str, str]]:
    heads, cues = {}, {}
    for row in read_table("actors/org_words.tsv"):
        (heads if row["kind"] == "head" else cues)[row["word"]] = row["sector"]
    return tuple(heads), heads, cues


def find_orgs(text: str, hits: list[Hit]) -> list[tuple[Hit, Actor]]:
    """Hits and actors for the organisation names of a text the KB does not know."""
    words, heads, cues = _words()
    starts = [h.start for h in hits]
    found = []
    for head_start, head_end in sorted(find_words(text, words)):
        before = _BEFORE.search(text, max(0, head_start - 60), head_start)
        tail = _TAIL.match(text, head_end)
        if before is None and tail is None:
            continue
        start, end = _trim(text, before.start() if before else head_start, head_end)
        end = tail.end() if tail else end
        if start is None or len(text[start:end].split()) < 2:
            continue
        inside = hits[bisect_left(starts, start) : bisect_left(starts, end)]
        if any(h.kinds() & KB_KINDS or h.end > end or h.end == head_end for h in inside):
            continue  # the KB knows the name, or its head ("Soviet Union")
        found.append(
            (
                Hit(start, end, (Entry("org", text[start:end]),)),
                _actor(text, start, end, inside, heads, cues),
            )
        )
    return found


def _actor(text: str, start: int, end: int, inside: list[Hit], heads: dict, cues: dict) -> Actor:
    name = text[start:end]
    words = name.split()
    country = _own_country(text, inside)
    sector = next((cues[w] for w in words if w in cues), None)
    sector = sector or next(heads[w] for w in words if w in heads)
    how = f"organisation named in the text: {name!r}" + (
        f" (country {country} from its name)" if country else " (no country in its name)"
    )
    return Actor(name, f"org/{slug(name)}", country, sector, None, None, name, how, "organisation")


def _trim(text: str, start: int, end: int) -> tuple[int | None, int]:
    """Drop leading sentence words ("The", "Members") that are no part of the name."""
    while True:
        first = re.match(rf"({_CAP})[ \t]+", text[start:end])
        if not first or first.group(1) not in NOT_NAMES:
            break
        start += first.end()
    return (start if end - start > 3 else None), end


def _own_country(text: str, inside: list[Hit]) -> str | None:
    codes = set()
    for hit in inside:
        entry = next((e for e in hit.entries if e.kind in OWN_KINDS), None)
        if entry is None or "|" in str(entry.ref):
            continue
        before = text[max(0, hit.start - 12) : hit.start].split()
        if before and before[-1].lower() in TARGET_WORDS:
            continue
        if len(before) > 1 and before[-1].lower() == "the" and before[-2].lower() in TARGET_WORDS:
            continue
        codes.add(entry.ref)
    return codes.pop() if len(codes) == 1 else None
