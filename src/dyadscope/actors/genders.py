"""A person's gender as the text shows it, so that "she" does not land on the man named last:
an honorific before the name ("Ms. Barr"), a given name ("Angela Merkel"), or a gendered title
("Queen Rania", "spokeswoman Heather Barr"). Words in `data/actors/genders.tsv`; a person the
text gives no sign for stays unknown.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..data import read_table
from .context import Resolution, ResolveContext

WORD_BEFORE = re.compile(r"(\S+)[ \t]+$")
LOWER_WORDS = re.compile(r"[a-z]+")


@lru_cache(maxsize=1)
def gender_words() -> dict[str, dict[str, str]]:
    """kind ("given", "honorific", "title") → word → "F" or "M"."""
    words: dict[str, dict[str, str]] = {"given": {}, "honorific": {}, "title": {}}
    for row in read_table("actors/genders.tsv"):
        words[row["kind"]][row["word"]] = row["gender"]
    return words


def note_gender(text: str, res: Resolution, ctx: ResolveContext) -> None:
    """Record the gender of the person a resolution names, when the text shows it and no
    earlier mention has."""
    actor = res.actor
    if actor is None or actor.kind != "person" or res.label == "PRON":
        return
    if actor.actor_id in ctx.genders:
        return
    gender = gender_of(text, res.start, res.end, actor.name, actor.role)
    if gender is not None:
        ctx.genders[actor.actor_id] = gender


def gender_of(text: str, start: int, end: int, name: str, role: str | None = None) -> str | None:
    """ "F", "M" or None for the person named by text[start:end] (full name `name`, title
    `role`): an honorific first, then a given name, then a gendered title."""
    words = gender_words()
    before = WORD_BEFORE.search(text, max(0, start - 12), start)
    span = text[start:end]
    first = span.split()[0] if span.split() else ""
    for word in (before.group(1) if before else "", first):
        if word in words["honorific"]:
            return words["honorific"][word]
    tokens = name.split()
    for token in tokens[:-1] or tokens:  # a name of one word may be a given name ("Antonio")
        if token in words["given"]:
            return words["given"][token]
    lowered = LOWER_WORDS.findall(f"{span} {role or ''}".lower())
    for one, two in zip(lowered, [*lowered[1:], ""], strict=True):
        gender = words["title"].get(f"{one} {two}") or words["title"].get(one)
        if gender:
            return gender
    return None
