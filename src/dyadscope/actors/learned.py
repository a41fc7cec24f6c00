"""People the knowledge base lacks, learned from the article's own words: a title before the
name ("Finance Minister Muhammad Aurangzeb"), a title in an appositive after it ("Wang Yong,
vice chairman of the CPPCC National Committee"), a name after a title and a comma
("Somalia's ambassador to Kenya, Mohamud Ahmed Nur, ..."), or a place word and a noun for a
person around a name with no title ("Hong Kong media tycoon Jimmy Lai", "Jimmy Lai, a Hong
Kong democracy activist"; nouns in `data/actors/person_nouns.tsv`). A learned actor's reason
starts with "learned:"; later mentions of the same name are coreferences.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from ..data import read_table
from ..records import Actor
from .bodies import context_code
from .context import (
    Resolution,
    ResolveContext,
    dominant_country,
    name_surfaces,
    overlaps,
    pick_code,
    replace,
    title_tail,
    unknown_person,
)
from .kb import KnowledgeBase
from .phrases import NOT_NAMES, Phrase, name_before
from .roles import igo_sector, role_title
from .tables import slug, split_code

APPOSITIVE_GAP = re.compile(r"^\s*,\s*(?:(?:a|an|the)\s+)?(?:(?:former|then|ex-)\s*)?$", re.I)
NAME_AFTER_COMMA = re.compile(
    r"\s*,\s*((?:[A-Z][\w'’\-]*\.?\s+){1,3}[A-Z][\w'’\-]*)\s*(?=[,.;:)]|$)"
)
PLACE_KINDS = ("country", "adj", "capital", "place")
PLACE_REACH = 100  # characters back from a name to the place word that may place it
SENTENCE_END = re.compile(r"[.!?][\"'”’)]?\s|\n")
APPOSITIVE_OPEN = re.compile(r"\s*,\s*(?:\d{1,3}\s*,\s*)?(?:a|an|the)\s+")
DESCRIPTOR_WORD = re.compile(r"[a-z0-9][a-z0-9'’\-]*")
# Words that end a descriptor: "Hong Kong and tycoon ...", "Kenya says lawyer ..." place nobody.
NOT_MODIFIERS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "of",
        "to",
        "for",
        "with",
        "by",
        "in",
        "on",
        "at",
        "as",
        "from",
        "into",
        "than",
        "that",
        "who",
        "whom",
        "which",
        "whose",
        "is",
        "was",
        "are",
        "were",
        "be",
        "been",
        "has",
        "had",
        "have",
        "will",
        "would",
        "could",
        "should",
        "may",
        "might",
        "can",
        "not",
        "no",
        "also",
        "its",
        "their",
        "his",
        "her",
        "says",
        "said",
        "told",
        "if",
        "unless",
        "when",
        "while",
        "because",
        "after",
        "before",
        "since",
        "until",
        "where",
        "though",
        "although",
        "whether",
        "so",
        "then",
        "including",
    ]
)


def resolve_name(
    kb: KnowledgeBase,
    text: str,
    phrase: Phrase,
    surface: str,
    code: str | None,
    ctx: ResolveContext,
) -> Actor | None:
    """A capitalised name the KB does not know: someone this document already introduced,
    someone its title places, or an unknown person with no country."""
    known = ctx.learned.get(surface) or ctx.people.get(ctx.surnames.get(surface, ""))
    if known is not None:
        first = known.actor_id not in ctx.people and known.reason.startswith("learned:")
        actor = known if first else replace(known, reason=f"coreference: {surface} → {known.name}")
        ctx.remember(actor, name_surfaces(known.name, known.code or ""), None, phrase.start)
        return actor
    if not phrase.roles:
        if len(surface.split()) < 2 or phrase.context is not None:
            return None
        placed = _placed_person(kb, text, phrase, surface, ctx)
        if placed is not None:
            return placed
        actor = unknown_person(surface, surface, "a full name without title or country")
        ctx.remember(actor, name_surfaces(surface, ""), None, phrase.start)
        return actor
    if len(surface.split()) == 1 and _modifies_a_role(text, phrase.end, kb):
        return None  # "the chief Brexit negotiator": "Brexit" qualifies a role, names nobody
    how = "title before the name"
    placed = _place_before(text, phrase.start, ctx, need_noun=False) if code is None else None
    if placed is not None:
        code, cue = placed[0], placed[2]
        how += f" (country {code} from {cue!r})"
    elif code is None and _organisational(kb, phrase):
        actor = unknown_person(surface, surface, "an organisation's title, no organisation named")
        ctx.remember(actor, name_surfaces(surface, ""), None, phrase.start)
        return actor
    elif code is None:
        code = dominant_country(ctx)
        how += f" (country {code} from the document)"
    if code is None:
        return None
    return learn(kb, text, surface, phrase, code, ctx, how)


def _modifies_a_role(text: str, end: int, kb: KnowledgeBase) -> bool:
    """The word after a one-word "name" is a noun for a person or a role ("Brexit negotiator",
    "EU envoy"): the capitalised word is a modifier of that noun."""
    match = re.match(r"\s+([a-z][a-z-]+)", text[end:])
    if not match:
        return False
    word = match.group(1)
    singular = word[:-1] if word.endswith("s") else word
    return bool(
        word in person_nouns()
        or singular in person_nouns()
        or kb.roles_for(word)
        or kb.roles_for(singular)
        or singular in _ROLE_NOUNS
    )


# Role nouns that take a modifier before them and are no title of their own.
_ROLE_NOUNS = frozenset({"negotiator", "envoy", "official", "representative", "delegate"})


def _organisational(kb: KnowledgeBase, phrase: Phrase) -> bool:
    """Titles only organisations give ("Secretary General Christopher Lockyear" of a charity):
    the document's main country says nothing of whom such a person serves."""
    offices = [kb.office("*", r.office) for r in phrase.roles if r.office]
    return bool(offices) and all(o is not None and o.sector == "IGO" for o in offices)


def learn(
    kb: KnowledgeBase,
    text: str,
    name: str,
    phrase: Phrase,
    code: str,
    ctx: ResolveContext,
    how: str,
) -> Actor:
    """A person the KB lacks, with the title and country of the phrase that names them."""
    _, context_sector = context_code(kb, phrase, ctx)
    roles = phrase.roles
    title = role_title([r.title for r in roles], phrase.former, title_tail(text, phrase))
    sector = next((r.sector for r in reversed(roles) if r.sector), None) or context_sector
    country, igo = split_code(code)
    sector = igo_sector(sector, igo)
    reason = f"learned: {how}: {text[phrase.start : phrase.end]!r}"
    actor = Actor(
        name,
        f"person/{slug(name)}",
        country,
        sector or "GOV",
        title if roles else None,
        igo,
        name,
        reason,
        "person",
    )
    ctx.learned[name] = actor
    office = next((r.office for r in reversed(roles) if r.office), None)
    ctx.remember(actor, name_surfaces(name, code), office, phrase.start)
    return actor


def resolve_appositive(
    kb: KnowledgeBase,
    text: str,
    phrase: Phrase,
    prev: Resolution | None,
    ctx: ResolveContext,
    covered: list[tuple[int, int]],
    out: list[Resolution],
) -> Resolution | None:
    """ "Wang Yong, vice chairman of the CPPCC National Committee": the title after the
    comma says who the name before it is. May replace the last resolution of `out`."""
    if not phrase.roles or phrase.person is not None:
        return None
    comma = text.rfind(",", max(0, phrase.start - 16), phrase.start)
    if comma < 0 or not APPOSITIVE_GAP.match(text[comma : phrase.start]):
        return None
    code, _ = context_code(kb, phrase, ctx)
    span = text[phrase.start : phrase.end]
    if (
        prev is not None
        and prev.end == comma
        and prev.actor
        and prev.actor.kind == "person"
        and prev.actor.country is not None
    ):
        actor = replace(
            prev.actor, text=span, reason=f"coreference: appositive of {prev.actor.name}"
        )
        return Resolution(phrase.start, phrase.end, actor, label="ROLE")
    name_span = name_before(text, comma)
    if name_span is None or code is None or overlaps(name_span, covered):
        return None
    name = text[name_span[0] : name_span[1]]
    if prev is not None and prev.end == name_span[1]:
        out.pop()  # an unresolved reading of the same name
    learned = ctx.learned.get(name) or learn(kb, text, name, phrase, code, ctx, "appositive")
    out.append(Resolution(name_span[0], name_span[1], replace(learned, text=name), label="PERSON"))
    actor = replace(learned, text=span, reason=f"coreference: appositive of {name}")
    return Resolution(phrase.start, phrase.end, actor, label="ROLE")


def resolve_name_after(
    kb: KnowledgeBase,
    text: str,
    phrase: Phrase,
    ctx: ResolveContext,
    covered: list[tuple[int, int]],
) -> Resolution | None:
    """ "Somalia's ambassador to Kenya, Mohamud Ahmed Nur, accuses...": a title, a comma,
    then the name of its holder."""
    if not phrase.roles or phrase.person is not None:
        return None
    match = NAME_AFTER_COMMA.match(text, phrase.end)
    if not match:
        return None
    span = (match.start(1), match.end(1))
    name = match.group(1)
    if name.split()[0] in NOT_NAMES or overlaps(span, covered):
        return None
    code, _ = context_code(kb, phrase, ctx)
    code = code or dominant_country(ctx)
    if code is None:
        return None
    learned = ctx.learned.get(name) or learn(kb, text, name, phrase, code, ctx, "appositive")
    return Resolution(span[0], span[1], replace(learned, text=name), label="PERSON")


@lru_cache(maxsize=1)
def person_nouns() -> dict[str, str]:
    """Noun for a person → the sector it implies (see `data/actors/person_nouns.tsv`)."""
    return {row["noun"]: row["sector"] for row in read_table("actors/person_nouns.tsv")}


def _placed_person(
    kb: KnowledgeBase, text: str, phrase: Phrase, name: str, ctx: ResolveContext
) -> Actor | None:
    """A name with no title whose own sentence places it: "Hong Kong media tycoon Jimmy Lai",
    "Jimmy Lai, 76, a Hong Kong democracy activist". The place gives the country, the noun
    for a person the role and sector."""
    found = _place_before(text, phrase.start, ctx, need_noun=True)
    found = found or _place_after(text, phrase.end, ctx)
    if found is None:
        return None
    code, words, cue = found
    role = " ".join(w[:1].upper() + w[1:] for w in words)
    reason = f"learned: placed by its sentence: {cue!r}"
    sector = person_nouns()[words[-1]]
    actor = Actor(name, f"person/{slug(name)}", code, sector, role, None, name, reason, "person")
    ctx.learned[name] = actor
    ctx.remember(actor, name_surfaces(name, code), None, phrase.start)
    return actor


def _place_before(
    text: str, at: int, ctx: ResolveContext, need_noun: bool
) -> tuple[str, list[str], str] | None:
    """(country, descriptor words, cue) from a place word earlier in the sentence followed
    only by lower-case descriptor words up to `at`: "Hong Kong media tycoon ", "Kenya's
    human rights "; the descriptor must end in a noun for a person when `need_noun`."""
    base = max(0, at - PLACE_REACH)
    ends = list(SENTENCE_END.finditer(text, base, at))
    base = ends[-1].end() if ends else base
    hits = ctx.hits[bisect_left(ctx.hit_starts, base) : bisect_left(ctx.hit_starts, at)]
    hit = next((h for h in reversed(hits) if h.first(*PLACE_KINDS)), None)
    if hit is None or hit.end > at:
        return None
    tail = text[hit.end : at]
    tail = tail[2:] if tail.startswith(("'s", "’s")) else tail
    if tail and not tail[0].isspace():
        return None  # "Hong Kong-based": a place the person works in, not a nationality
    words = tail.split()
    if len(words) > 4 or not _descriptor(words, need_noun):
        return None
    code = _place_code(hit.first(*PLACE_KINDS).ref, ctx)
    return (code, words, text[hit.start : at].strip()) if code else None


def _place_after(text: str, end: int, ctx: ResolveContext) -> tuple[str, list[str], str] | None:
    """(country, descriptor words, cue) from an appositive right after a name that starts
    with a place word: ", a Hong Kong democracy activist", ", 34, the Kenyan lawyer"."""
    opening = APPOSITIVE_OPEN.match(text, end)
    if opening is None:
        return None
    i = bisect_left(ctx.hit_starts, opening.end())
    hit = ctx.hits[i] if i < len(ctx.hits) else None
    if hit is None or hit.start != opening.end() or hit.first(*PLACE_KINDS) is None:
        return None
    clause = re.split(r"[,.;:()\n]", text[hit.end : hit.end + PLACE_REACH], maxsplit=1)[0]
    if clause and not clause[0].isspace():
        return None
    words = clause.split()[:4]
    nouns = person_nouns()
    last = next((i for i, w in enumerate(words) if w in nouns), None)
    if last is None or not _descriptor(words[: last + 1], need_noun=True):
        return None
    words = words[: last + 1]
    code = _place_code(hit.first(*PLACE_KINDS).ref, ctx)
    cue = text[hit.start : hit.end] + " " + " ".join(words)
    return (code, words, cue) if code else None


def _descriptor(words: list[str], need_noun: bool) -> bool:
    """Lower-case words that describe a person ("pro-democracy media"), ending in a noun for
    a person when `need_noun`; no function word and no past-tense verb among them."""
    if need_noun and (not words or words[-1] not in person_nouns()):
        return False
    modifiers = words[:-1] if need_noun else words
    return all(
        DESCRIPTOR_WORD.fullmatch(w) and w not in NOT_MODIFIERS and not w.endswith("ed")
        for w in modifiers
    ) and all(DESCRIPTOR_WORD.fullmatch(w) for w in words)


def _place_code(ref: str, ctx: ResolveContext) -> str | None:
    return pick_code(ref, ctx) if ref else None
