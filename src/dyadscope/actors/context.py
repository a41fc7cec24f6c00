"""Per-document state and small helpers shared by the resolver: what a document has said
so far (`ResolveContext`), a resolved span (`Resolution`), dates, hit merging, place cues."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from dataclasses import replace as _replace_dataclass

from ..records import Actor
from .gazetteer import SURNAME_FIRST, Entry, Hit, non_overlapping
from .phrases import Part, Phrase
from .tables import slug

LOCATIVE = frozenset(
    ["in", "at", "near", "inside", "outside", "within", "throughout", "across", "into", "around"]
)
CAPITAL_LOCATIVE = LOCATIVE | frozenset(
    [
        "to",
        "from",
        "via",
        "visit",
        "visited",
        "visiting",
        "visits",
        "arrived",
        "toward",
        "towards",
        "leaving",
        "reached",
        "entered",
        "entering",
        "fled",
        "fleeing",
        "captured",
        "recaptured",
        "shelled",
        "outside",
    ]
)


@dataclass(slots=True)
class ResolveContext:
    """What a document has said so far: people named, surnames, learned names, offices."""

    date: str | None = None
    people: dict[str, Actor] = field(default_factory=dict)  # person key → actor
    surnames: dict[str, str] = field(default_factory=dict)  # surface → person key
    by_office: dict[str, str] = field(default_factory=dict)  # office or title → person key
    learned: dict[str, Actor] = field(default_factory=dict)  # full name → learned actor
    countries: Counter = field(default_factory=Counter)
    # Every country the text names anywhere (states, demonyms, capitals, places), counted once
    # per mention before resolution starts: the fallback for names and groups with no country.
    doc_codes: Counter = field(default_factory=Counter)
    # People in the order they were named or referred to: (offset, person key); the last is
    # whom "he" or "she" most likely means. Genders known from the text, by person key.
    recent: list[tuple[int, str]] = field(default_factory=list)
    genders: dict[str, str] = field(default_factory=dict)
    # Full names the text gives, by surname (see `names.py`); None until the text is scanned.
    doc_names: dict | None = None
    new_orgs: dict[str, Actor] = field(default_factory=dict)  # organisations the KB lacks
    # IGO mentions that can only mean the IGO ("UN Security Council", not a bare "Security
    # Council", which may be a national body), by acronym; and national bodies by title.
    igo_counts: Counter = field(default_factory=Counter)
    bodies: dict[str, Actor] = field(default_factory=dict)
    # The text's hits after merging, and their starts (for looking up what surrounds a name).
    hits: list[Hit] = field(default_factory=list)
    hit_starts: list[int] = field(default_factory=list)

    def remember(self, actor: Actor, surfaces: list[str], office: str | None, at: int) -> None:
        key = actor.actor_id
        self.people[key] = actor
        for surface in surfaces:
            self.surnames[surface] = key
        if office:
            self.by_office[office] = key
        if actor.role:
            self.by_office[actor.role.lower()] = key
        if actor.country:
            self.countries[actor.code] += 1
        self.recent.append((at, key))


@dataclass(slots=True)
class Resolution:
    start: int
    end: int
    actor: Actor | None
    place: str | None = None  # country code when the span is a location
    label: str = "ACTOR"


def replace(obj, **changes):
    """A copy of an Actor (fast path: dataclasses.replace is slow on slotted classes) or of
    another record."""
    if type(obj) is Actor:
        a = obj
        return Actor(
            a.name,
            a.actor_id,
            a.country,
            a.sector,
            a.role,
            a.igo,
            changes.get("text", a.text),
            changes.get("reason", a.reason),
            a.kind,
        )
    return _replace_dataclass(obj, **changes)


def normalise_date(value: str | None) -> str | None:
    """A comparable YYYY-MM-DD: the middle of the year or month for coarser dates."""
    if not value:
        return None
    match = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", str(value))
    if not match:
        return None
    year, month, day = match.groups()
    if not month:
        return f"{year}-07-01"
    return f"{year}-{month}-{day or '15'}"


def merge_hits(hits: list[Hit], extra: list[Hit]) -> list[Hit]:
    """Add name hits (from the NER or learned names) where no gazetteer hit is as long."""
    if not extra:
        return hits
    extra_ids = {id(h) for h in extra}
    found = sorted(hits + extra, key=lambda h: (h.start, h.start - h.end, id(h) in extra_ids))
    return non_overlapping(found)


def name_hit(start: int, end: int, text: str) -> Hit:
    return Hit(start, end, (Entry("name", text),))


def is_place(text: str, part: Part, capital: bool) -> bool:
    before = text[max(0, part.start - 30) : part.start]
    words = re.findall(r"[A-Za-z]+", before)
    prev = words[-1].lower() if words else ""
    if prev in (CAPITAL_LOCATIVE if capital else LOCATIVE):
        return True
    after = text[part.end : part.end + 12]
    if after.startswith("-based") or after.startswith(" City"):
        return True
    if capital:
        head = before.rstrip(" \t\"'“(")
        dateline = not head or head[-1] in "\n"
        return dateline and bool(re.match(r"\s*(?:,|\(|-|—|–)", after))
    return False


def title_tail(text: str, phrase: Phrase) -> str | None:
    """What follows the last title word inside the phrase: "of the CPPCC National Committee",
    "for Myanmar"."""
    roles = [p for p in phrase.parts if p.kind == "role"]
    tail = [p for p in phrase.parts if p.kind in {"target"} or p is phrase.context]
    if not roles or not tail or tail[-1].start < roles[-1].end:
        return None
    return text[roles[-1].end : tail[-1].end].strip() or None


def unknown_person(name: str, text: str, how: str) -> Actor:
    """A person the text names but the KB does not know and the text does not place: no
    country, so that no KB namesake and no state speaks for them."""
    reason = f"document person not in the KB: {name!r} ({how})"
    return Actor(name, f"person/{slug(name)}", None, None, None, None, text, reason, "person")


def name_surfaces(name: str, code: str) -> list[str]:
    """A name and the surname used alone: first token for surname-first names."""
    tokens = name.split()
    return [name, tokens[0] if code in SURNAME_FIRST else tokens[-1]]


def dominant_country(ctx: ResolveContext) -> str | None:
    """The country the document has named most so far, when one clearly leads; else the one
    the whole text names most, when one clearly leads."""
    for counts in (ctx.countries, ctx.doc_codes):
        ranked = [(n, c) for c, n in counts.most_common(3) if c and not c.startswith("IGO")]
        if ranked and (len(ranked) == 1 or ranked[0][0] > ranked[1][0]):
            return ranked[0][1]
    return None


def pick_code(codes: str, ctx: ResolveContext) -> str:
    """One country out of "TUR|IRQ|SYR": the one the document names most, else the first."""
    if "|" not in codes:
        return codes
    options = codes.split("|")
    return max(options, key=lambda c: (ctx.countries[c] + ctx.doc_codes[c], -options.index(c)))


COUNTED_KINDS = frozenset({"country", "adj", "capital", "place"})


def count_codes(hits: list[Hit], ctx: ResolveContext) -> None:
    """Fill `ctx.doc_codes` from the gazetteer hits of the whole text (once per text)."""
    if ctx.doc_codes:
        return
    ctx.igo_counts.clear()
    for hit in hits:
        igo = hit.first("igo")
        if igo is not None and hit.first("body") is None:
            ctx.igo_counts[igo.ref] += 1
        codes = {e.ref for e in hit.entries if e.kind in COUNTED_KINDS and e.ref}
        for code in codes:
            if "|" not in code:
                ctx.doc_codes[code] += 1


def overlaps(span: tuple[int, int], covered: list[tuple[int, int]]) -> bool:
    """Whether a span overlaps any of `covered`, spans sorted by start that do not overlap
    each other (only the two around the span's start can touch it)."""
    start, end = span
    i = bisect_right(covered, (start, float("inf")))
    return any(s < end and start < e for s, e in covered[max(0, i - 2) : i + 1])
