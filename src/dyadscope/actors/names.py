"""People a document names in full, indexed by surname, so that a surname alone ("Bennett",
"Mr. Lai") first means someone of THIS document and only then a knowledge-base person.

A full name is either a knowledge-base name ("Richard Bennett") or a capitalised name glued to
a KB surname that the KB does not know as a whole ("Jimmy Lai", "Sebastien Lai"): the KB's
"Lai" (Lai Ching-te) must not take over a different Lai. Names given by the NER count too.
Speakers named right next to a speech verb ("said Heather Barr") are kept as unknown people
so that a later "she" does not jump back to someone named earlier.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass

from .gazetteer import SURNAME_FIRST, Entry, Hit, person_country
from .kb import KnowledgeBase
from .phrases import HONORIFICS, NAME_TOKEN, NOT_NAMES, sentence_initial


@dataclass(frozen=True, slots=True)
class DocName:
    start: int
    end: int
    name: str
    pid: str | None  # KB person id; None for a person the KB does not know
    tail: bool = False  # the end of a longer name given in the document ("La Lime")


_WORD = re.compile(NAME_TOKEN)
_GIVEN_BEFORE = re.compile(rf"((?:{NAME_TOKEN}[ \t]+)?{NAME_TOKEN})[ \t]+$")
SPEECH_WORDS = (
    "said",
    "says",
    "told",
    "added",
    "wrote",
    "asked",
    "explained",
    "noted",
    "argued",
    "according to",
)
_FULL_NAME = r"(?:[A-Z][a-z'’\-]+[ \t]+){1,2}[A-Z][a-z'’\-]+"
_NAME_AFTER = re.compile(rf"[ \t]+({_FULL_NAME})\b")
_NAME_BEFORE = re.compile(rf"\b({_FULL_NAME})[ \t]+$")


def index_names(text: str, hits: list[Hit], kb: KnowledgeBase) -> dict[str, list[DocName]]:
    """Surname → the full names of the text that end (or, surname first, start) with it."""
    index: dict[str, list[DocName]] = {}
    for i, hit in enumerate(hits):
        kinds = hit.kinds()
        if "person" in kinds:
            _add_kb_name(index, text, hit, kb)
        elif "short" in kinds:
            found = _glued_name(text, hit, hits, i, _surname_first(hit, kb))
            if found is not None:
                index.setdefault(text[hit.start : hit.end], []).append(found)
        elif "name" in kinds:
            name = text[hit.start : hit.end]
            tokens = name.split()
            if len(tokens) >= 2 and tokens[0] not in NOT_NAMES:
                index.setdefault(tokens[-1], []).append(DocName(hit.start, hit.end, name, None))
    for names in index.values():
        names[:] = [_as_tail(n, names) for n in names]
        names.sort(key=lambda n: n.start)
    return index


def _as_tail(name: DocName, names: list[DocName]) -> DocName:
    """ "La Lime" after "Helen La Lime": the tail of a longer name is that person again."""
    if name.pid is not None:
        return name
    for other in names:
        if other.name.endswith(" " + name.name):
            return DocName(name.start, name.end, other.name, other.pid, tail=True)
    return name


def speaker_starts(text: str, hits: list[Hit]) -> list[tuple[int, int]]:
    """Spans of unknown people named next to a speech verb ("said Heather Barr")."""
    starts = [h.start for h in hits]
    spans = []
    for verb_start, verb_end in find_words(text, SPEECH_WORDS):
        after = _NAME_AFTER.match(text, verb_end)
        before = _NAME_BEFORE.search(text, max(0, verb_start - 40), verb_start)
        for match in (after, before):
            if match is None or match.group(1).split()[0] in NOT_NAMES:
                continue
            start, end = match.span(1)
            i = bisect_left(starts, end)  # hits are sorted and never overlap each other
            if i == 0 or hits[i - 1].end <= start:
                spans.append((start, end))
    return sorted(set(spans))


def find_words(text: str, words: Iterable[str]) -> list[tuple[int, int]]:
    """Spans of whole-word occurrences of any of the words (plain `str.find`, which is far
    faster than a regular expression alternation over a whole article)."""
    spans = []
    for word in words:
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            left = at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "-_")
            right = end >= len(text) or not (text[end].isalnum() or text[end] in "-_")
            if left and right:
                spans.append((at, end))
            at = text.find(word, end)
    return spans


def unknown_name_hits(text: str, hits: list[Hit], index: dict[str, list[DocName]]) -> list[Hit]:
    """Name hits for the people the KB does not know: glued names and named speakers."""
    found: dict[tuple[int, int], Entry] = {}
    for names in index.values():
        for n in names:
            if n.pid is None or n.tail:
                # A KB name's tail reads as that KB person; any other as the full name.
                entry = Entry("person", n.pid) if n.pid else Entry("name", n.name)
                found[(n.start, n.end)] = entry
    for start, end in speaker_starts(text, hits):
        found.setdefault((start, end), Entry("name", text[start:end]))
        surname = text[start:end].split()[-1]
        index.setdefault(surname, []).append(DocName(start, end, text[start:end], None))
        index[surname].sort(key=lambda n: n.start)
    return [Hit(s, e, (entry,)) for (s, e), entry in sorted(found.items())]


def find_document_name(
    index: dict[str, list[DocName]], text: str, surface: str, start: int
) -> DocName | None:
    """The full name a surname at `start` refers to: the latest one named before it, else the
    first one named later in the same paragraph."""
    names = [n for n in index.get(surface, ()) if not (n.start <= start < n.end)]
    if not names:
        return None
    starts = [n.start for n in names]
    i = bisect_left(starts, start)
    if i > 0:
        return names[i - 1]
    following = names[0]
    if "\n" in text[start : following.start]:
        return None
    return following


def _add_kb_name(index: dict[str, list[DocName]], text: str, hit: Hit, kb: KnowledgeBase) -> None:
    pid = next(e.ref for e in hit.entries if e.kind == "person")
    person = kb.people.get(pid)
    name = text[hit.start : hit.end]
    tokens = name.split()
    if person is None or len(tokens) < 2:
        return
    surnames = {tokens[0] if person_country(person) in SURNAME_FIRST else tokens[-1]}
    surnames.update(kb.gazetteer.shorts_by_pid.get(pid, []))
    for surname in surnames:
        index.setdefault(surname, []).append(DocName(hit.start, hit.end, name, pid))


def _given_names_start(text: str, at: int, floor: int) -> int | None:
    """Where one or two given names before a surname start ("Hector Paul Joseph"), leaving out
    sentence openers and honorifics; None when there are none."""
    before = _GIVEN_BEFORE.search(text, max(0, at - 40), at)
    if not before:
        return None
    start = before.start(1)
    words = before.group(1).split()
    while words and (words[0] in NOT_NAMES or words[0] in HONORIFICS):
        start = text.index(words[1], start + len(words[0])) if len(words) > 1 else at
        words = words[1:]
    if not words or words[-1].endswith(".") or start < floor:
        return None
    if len(words) == 1 and sentence_initial(text, start):
        return None  # "Yesterday Lai said": one capitalised word opening a sentence
    return start


def _surname_first(hit: Hit, kb: KnowledgeBase) -> bool:
    people = [kb.people.get(e.ref) for e in hit.entries if e.kind == "short"]
    return any(p is not None and person_country(p) in SURNAME_FIRST for p in people)


def _glued_name(
    text: str, hit: Hit, hits: list[Hit], index: int, surname_first: bool
) -> DocName | None:
    """ "Jimmy Lai" (given name before) or "Wang Yong" (given name after) around a KB surname,
    when the neighbouring word is no other hit, no honorific and no sentence opener."""
    taken_before = hits[index - 1].end if index > 0 else -1
    taken_after = hits[index + 1].start if index + 1 < len(hits) else len(text) + 1
    start = _given_names_start(text, hit.start, taken_before)
    if start is not None:
        return DocName(start, hit.end, text[start : hit.end], None)
    if not surname_first:
        return None  # "Trump Tower", "Biden administration": a surname-last name ends here
    after = re.match(rf"[ \t]+({NAME_TOKEN})", text[hit.end : hit.end + 30])
    if after and after.group(1) not in NOT_NAMES:
        end = hit.end + after.end(1)
        if hit.end + after.start(1) < taken_after and _WORD.fullmatch(after.group(1)):
            return DocName(hit.start, end, text[hit.start : end].rstrip("."), None)
    return None
