"""Group adjacent gazetteer hits into actor phrases.

"Russian Foreign Minister Sergei Lavrov" is four hits (adjective, role, person) and one
phrase; "China's Premier Li Qiang", "the Russian Foreign Ministry", "State Councilor and
Foreign Minister Wang Yi", "Secretary-General of the United Nations" likewise. A phrase knows
its context (the country, IGO or organisation it belongs to), its role words, its body word
and its person (known, surname only, or a capitalised name the knowledge base does not know).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..ingest.dates import calendar
from .gazetteer import Entry, Hit
from .tables import Role

CONTEXT_KINDS = frozenset({"country", "adj", "capital", "igo", "org"})
PERSON_KINDS = frozenset({"person", "short", "name"})
HONORIFICS = frozenset({"Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr", "Sir", "Dame"})
# Capitalised words that start sentences or name times, never people; the weekday and month
# names come from the shared calendar table.
NOT_NAMES = frozenset(
    [
        "The",
        "A",
        "An",
        "And",
        "But",
        "In",
        "On",
        "At",
        "As",
        "For",
        "From",
        "To",
        "Of",
        "By",
        "With",
        "After",
        "Before",
        "During",
        "Since",
        "While",
        "When",
        "Where",
        "If",
        "This",
        "That",
        "These",
        "Those",
        "It",
        "Its",
        "He",
        "She",
        "They",
        "We",
        "I",
        "You",
        "His",
        "Her",
        "Their",
        "Our",
        "However",
        "Meanwhile",
        "Also",
        "Both",
        "Last",
        "Next",
        "Earlier",
        "Later",
        "According",
        "Speaking",
        "Under",
        "Over",
        "Between",
        "Among",
        "Despite",
        "Following",
        "Amid",
    ]
) | frozenset(name.capitalize() for name in calendar().weekdays + calendar().months)
NAME_TOKEN = r"[A-Z][a-zA-Z'’\-]*\.?"
NAME_PARTICLE = r"(?:al|el|bin|bint|ibn|de|da|del|della|der|van|von|zu|le|la|du|dos|do|di)"
NAME_AFTER = re.compile(
    rf"[ \t]+({NAME_TOKEN}(?:[ \t]+(?:{NAME_PARTICLE}[ \t\-]+)?{NAME_TOKEN}){{0,3}})"
)
NAME_BEFORE = re.compile(
    rf"({NAME_TOKEN}(?:[ \t]+(?:{NAME_PARTICLE}[ \t\-]+)?{NAME_TOKEN}){{1,3}})[ \t]*$"
)
QUALIFIERS = frozenset({"for", "to", "on", "in", "for the", "to the", "on the", "in the"})
# After "Russia's Security Council", these words make it Russia's seat in the UN's organ.
UN_SEAT_WORDS = frozenset(["veto", "vetoes", "seat", "resolution", "resolutions", "vote", "votes"])
POSSESSIVE = frozenset({"", "'s", "’s"})
FORMER = re.compile(r"(?:\bformer|\bex-|\bthen-)\s*$", re.IGNORECASE)


@dataclass(slots=True)
class Part:
    start: int
    end: int
    kind: str
    entries: tuple[Entry, ...] = ()

    def refs(self, *kinds: str) -> list:
        return [e.ref for e in self.entries if e.kind in kinds]


@dataclass(slots=True)
class Phrase:
    start: int
    end: int
    parts: list[Part] = field(default_factory=list)
    former: bool = False
    # Filled by `finish` once the parts are final.
    context: Part | None = None
    roles: list[Role] = field(default_factory=list)
    body: Role | None = None
    person: Part | None = None

    def finish(self) -> Phrase:
        self.context = next((p for p in self.parts if p.kind in CONTEXT_KINDS), None)
        self.roles = [p.entries[0].ref for p in self.parts if p.kind == "role"]
        bodies = [p.entries[0].ref for p in self.parts if p.kind == "body"]
        self.body = bodies[-1] if bodies else None
        self.person = next((p for p in self.parts if p.kind in PERSON_KINDS), None)
        return self

    def kinds(self) -> list[str]:
        return [p.kind for p in self.parts]


def to_parts(text: str, hits: list[Hit]) -> list[Part]:
    """One part per hit, choosing its kind; surnames glued to an unknown capitalised word
    ("Wang" in "Wang Yong") are dropped so that the full name is read as a name instead."""
    parts = []
    for i, hit in enumerate(hits):
        kind = _kind(hit)
        if kind == "short" and _glued_to_name(text, hit, hits, i):
            continue
        parts.append(Part(hit.start, hit.end, kind, hit.entries))
    return parts


def _kind(hit: Hit) -> str:
    order = (
        "person",
        "name",
        "org",
        "igo",
        "country",
        "capital",
        "adj",
        "prefix",
        "short",
        "place",
        "role",
        "body",
        "pronoun",
    )
    kinds = hit.kinds()
    for kind in order:
        if kind in kinds:
            return kind
    return "place"


def _glued_to_name(text: str, hit: Hit, hits: list[Hit], index: int) -> bool:
    after = re.match(rf"[ \t]+({NAME_TOKEN})", text[hit.end :])
    if after and after.group(1) not in NOT_NAMES:
        next_start = hit.end + after.start(1)
        if not (index + 1 < len(hits) and hits[index + 1].start == next_start):
            return True
    before = re.search(rf"({NAME_TOKEN})[ \t]+$", text[max(0, hit.start - 40) : hit.start])
    if before and _given_name(before.group(1)):
        prev_end = hit.start - (len(before.group(0)) - len(before.group(1)))
        covered = index > 0 and hits[index - 1].end == prev_end
        return not covered and not sentence_initial(text, prev_end - len(before.group(1)))
    return False


def _given_name(word: str) -> bool:
    """Whether a capitalised word before a surname may be a given name: no sentence opener,
    no honorific, and no word that ends a sentence ("on Monday. Lai said"); an initial
    ("J. Lai") may."""
    if word in NOT_NAMES or word in HONORIFICS:
        return False
    return not word.endswith(".") or len(word) == 2


def sentence_initial(text: str, pos: int) -> bool:
    head = text[max(0, pos - 3) : pos].rstrip(" \t\"'“‘(")
    return not head or head[-1] in ".!?:\n"


def build_phrases(text: str, parts: list[Part]) -> list[Phrase]:
    phrases: list[Phrase] = []
    i = 0
    while i < len(parts):
        phrase = Phrase(parts[i].start, parts[i].end, [parts[i]])
        i += 1
        while i < len(parts):
            part = _attachment(text, phrase, parts[i], text[phrase.end : parts[i].start])
            if part is None:
                break
            phrase.parts.append(part)
            phrase.end = part.end
            i += 1
        _attach_unknown_name(text, phrase, parts[i].start if i < len(parts) else len(text))
        _extend_left(text, phrase)
        phrases.append(phrase.finish())
    return phrases


def _attachment(text: str, phrase: Phrase, part: Part, gap: str) -> Part | None:
    """The part to add to the phrase (possibly re-labelled), or None when it starts anew."""
    last = phrase.parts[-1].kind
    words = gap.strip().lower()
    national = last in {"country", "adj", "capital"} and part.kind == "igo"
    if national and words in POSSESSIVE and "\n" not in gap:
        national = national_body(text, part)
        if national is not None:
            return national
    if last == "role" and part.kind in CONTEXT_KINDS | {"place"} and words in QUALIFIERS:
        # "Special Envoy for Syria", "ambassador to Kenya": a target, not the title's owner.
        return Part(part.start, part.end, "target", part.entries)
    if last == "target" and part.kind in PERSON_KINDS and not words and "\n" not in gap:
        return part
    return part if _attaches(phrase, part, gap) else None


def national_body(text: str, part: Part) -> Part | None:
    """An IGO organ's name that is also a national body's ("Security Council"), read as the
    body: the caller has a country right before it ("Armenia's Security Council")."""
    bodies = tuple(e for e in part.entries if e.kind == "body")
    if not bodies:
        return None
    after = re.match(r"[ \t]+([a-z]+)", text[part.end : part.end + 20])
    if after and after.group(1) in UN_SEAT_WORDS:
        return None
    return Part(part.start, part.end, "body", bodies)


def _attaches(phrase: Phrase, part: Part, gap: str) -> bool:
    last = phrase.parts[-1].kind
    nxt = part.kind
    if "\n" in gap or last in {"pronoun", "prefix", "place"} or nxt in {"pronoun", "prefix"}:
        return False
    words = gap.strip()
    if any(p.kind in PERSON_KINDS for p in phrase.parts):
        return False
    if words == "#" and last == "role" and nxt in PERSON_KINDS:
        return True  # "President #Putin" in a quoted post
    if words in POSSESSIVE:
        if last in CONTEXT_KINDS and nxt in {"role", "body"}:
            return True
        if last in {"country", "adj", "capital"} and nxt in {"person", "short"}:
            return True
        if last == "adj" and nxt == "org" and not words:
            return True
        return not words and last in {"role", "body"} and nxt in ({"role"} | PERSON_KINDS)
    if words in {"and", "&"}:
        return last == "role" and nxt == "role"
    if words.lower() in {"of", "of the"}:
        no_context = not any(p.kind in CONTEXT_KINDS for p in phrase.parts)
        return last in {"role", "body"} and nxt in CONTEXT_KINDS and no_context
    return False


def _attach_unknown_name(text: str, phrase: Phrase, limit: int) -> None:
    """ "Finance Minister Muhammad Aurangzeb": a title followed by a name the KB lacks."""
    if phrase.parts[-1].kind not in {"role", "target"}:
        return
    match = NAME_AFTER.match(text, phrase.end)
    if not match:
        return
    name = match.group(1).rstrip(".")
    if name.split()[0] in NOT_NAMES:
        return
    start = match.start(1)
    end = min(start + len(name), limit)
    name = text[start:end].rstrip()
    if not name or end <= start or name.split()[0] in NOT_NAMES:
        return
    phrase.parts.append(Part(start, start + len(name), "name"))
    phrase.end = start + len(name)


def _extend_left(text: str, phrase: Phrase) -> None:
    head = text[max(0, phrase.start - 12) : phrase.start]
    kinds = set(phrase.kinds())
    if kinds & {"role", "body", "org", "igo"}:
        match = re.search(r"\b(?:the|The)\s+$", head)
        if match:
            phrase.start -= len(head) - match.start()
            head = text[max(0, phrase.start - 12) : phrase.start]
    phrase.former = bool(FORMER.search(head))


def name_before(text: str, pos: int) -> tuple[int, int] | None:
    """The span of a capitalised name of two to four words ending at `pos` ("Wang Yong")."""
    base = max(0, pos - 80)
    match = NAME_BEFORE.search(text[base:pos])
    if not match:
        return None
    start, end = base + match.start(1), base + match.end(1)
    while True:
        first = re.match(r"(\S+)\s+", text[start:end])
        if not first or first.group(1) not in NOT_NAMES | HONORIFICS:
            break
        start += first.end()
    if len(text[start:end].split()) < 2:
        return None
    return start, end
