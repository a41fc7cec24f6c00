"""Agreements: documents signed or adopted, with their title as written, parties and domains.

A sentence qualifies when it has a signing cue (sign, ink, adopt, conclude, ratify, ...); each
document-type word in it (communique, treaty, plan, memorandum, ...) becomes one agreement whose
title is the noun phrase around that word. Mentions of old agreements as the object of an
anniversary are milestones, not new agreements.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..records import Agreement, Document, Evidence
from . import lexicon
from .context import parties_of, sentences, span_date

# Words that end a title on its left: determiners, verbs and prepositions before the phrase.
LEFT_STOP = {
    "a", "an", "the", "of", "on", "and", "or", "to", "with", "by", "for", "in", "at", "as",
    "signed", "signing", "sign", "signs", "inked", "adopted", "adopt", "concluded", "ratified",
    "several", "various", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "dozen", "dozens", "many", "some", "their", "its", "new",
    "also", "had", "have", "has", "was", "were", "is", "are", "that", "which", "witnessed",
    "version", "text", "revised", "updated", "amended", "over", "number", "series",
}  # fmt: skip
RIGHT_TAIL = re.compile(
    r"\s+(?:on|of|for|concerning|regarding|between)\s+(?P<tail>[\w'’-]+(?:\s+[\w'’-]+){0,13}?)"
    r"(?=[,.;:()]|\s+(?:as|which|that|with|to|outlining|covering|including|during|at|in"
    r"|and\s+(?:a|an|the|several)\b)|$)",
    re.IGNORECASE,
)
CAPITAL_TAIL = re.compile(
    r"\s+(?:of|on)\s+[A-Z][\w'’-]*(?:\s+(?:(?:and|of|the)\s+)?[A-Z][\w'’-]*)*"
)
DOMAIN_LIST = re.compile(
    r"\b(?:covering|in the fields? of|in areas? such as|including|concerning|on)\s+"
    r"(?P<list>[^.;]{3,240}?)(?=[.;]|,?\s+as well as\b|$)",
    re.IGNORECASE,
)
ANNIVERSARY_BEFORE = re.compile(r"anniversary\s+of\s+(?:the\s+)?(?:signing\s+of\s+)?[^,.;]*$", re.I)
CUE_BEFORE, CUE_AFTER = 90, 40  # characters between a signing verb and the type word
CHAIN_REACH = 240  # characters between two coordinated documents
CHAIN = re.compile(r"\bas well as\b|(?:,|\band)\s+(?:a|an|the|several|\d+)\b", re.IGNORECASE)
CHAIN_BREAK = re.compile(r"\b(?:agreed|decided|pledged|promised|said|will|would|to)\b", re.I)
VERB_USE = re.compile(r"^\s+(?:to|with|out)\b", re.IGNORECASE)


def extract_agreements(doc: Document) -> list[Agreement]:
    text = lexicon.plain_text(doc.text)
    out = []
    for sent in sentences(doc):
        cues = [(m.start(), m.end()) for m in _sign_cue().finditer(text, sent.start, sent.end)]
        if not cues:
            continue
        last_end: int | None = None
        for start, end in _type_words(text, sent.start, sent.end):
            if ANNIVERSARY_BEFORE.search(text[sent.start : start]):
                continue
            if not (_near_cue(cues, start, end) or _chained(text, last_end, start)):
                continue  # a document named in the sentence, but not the one signed
            if VERB_USE.match(text[end : end + 6]) or _after_to(text, sent.start, start):
                continue  # "plans to", "deal with": a verb, not a document
            title, right = _title(doc.text, sent.start, sent.end, start, end)
            revised = _revised(text[max(sent.start, start - 60) : start])
            domains = lexicon.domains_of(title + " " + _domain_list(text, right, sent.end))
            last_end = right
            date, precision = span_date(doc, sent.start, sent.end)
            out.append(
                Agreement(
                    doc.doc_id,
                    f"{title} (revised)" if revised and "revis" not in title.lower() else title,
                    parties_of(doc, sent.start, sent.end),
                    date,
                    precision,
                    domains,
                    Evidence(sent.text, sent.start, sent.end),
                )
            )
    return _dedupe(out)


@lru_cache(maxsize=1)
def _sign_cue() -> re.Pattern[str]:
    words = lexicon.agreement_cues().get("sign", [])
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\w{0,4}\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _type_regex() -> re.Pattern[str]:
    words = sorted(lexicon.agreement_types(), key=len, reverse=True)
    alts = [re.escape(w).replace(r"\ ", r"\s+") for w in words]
    return re.compile(r"\b(?:" + "|".join(alts) + r")\b", re.IGNORECASE)


def _type_words(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _type_regex().finditer(text, start, end)]


def _near_cue(cues: list[tuple[int, int]], start: int, end: int) -> bool:
    """A signing verb shortly before the type word ("signed a joint statement"), or just
    after it ("the treaty, signed in 2001")."""
    return any(
        0 <= start - c_end <= CUE_BEFORE or 0 <= c_start - end <= CUE_AFTER
        for c_start, c_end in cues
    )


def _chained(text: str, last_end: int | None, start: int) -> bool:
    """Coordinated with the previous signed document: "X, as well as a revised Y"."""
    if last_end is None or not 0 <= start - last_end <= CHAIN_REACH:
        return False
    between = text[last_end:start]
    return bool(CHAIN.search(between)) and not CHAIN_BREAK.search(between)


def _after_to(text: str, sent_start: int, start: int) -> bool:
    before = text[sent_start:start].split()
    return bool(before) and before[-1].lower() in {"to", "will", "would"}


def _title(text: str, sent_start: int, sent_end: int, start: int, end: int) -> tuple[str, int]:
    """The noun phrase around the type word: modifiers on its left, an `on ...` tail after it."""
    left = start
    for m in reversed(list(re.finditer(r"[\w'’-]+", text[sent_start:start]))):
        word = m.group(0)
        gap = text[sent_start + m.end() : left]
        stop = word.lower() in LEFT_STOP or word.isdigit() or word.endswith(("'s", "’s"))
        if stop or gap.strip():
            break
        left = sent_start + m.start()
    right = end
    tail = CAPITAL_TAIL.match(text, end, sent_end) or RIGHT_TAIL.match(text, end, sent_end)
    if tail:
        right = tail.end()
    return " ".join(text[left:right].split()).strip(" ,"), right


def _revised(before: str) -> bool:
    words = lexicon.agreement_cues().get("revise", [])
    return any(re.search(r"\b" + re.escape(w), before, re.IGNORECASE) for w in words)


def _domain_list(text: str, start: int, end: int) -> str:
    m = DOMAIN_LIST.search(text, start, end)
    return m.group("list") if m and m.start() - start < 12 else ""


def _dedupe(items: list[Agreement]) -> list[Agreement]:
    seen, out = set(), []
    for item in items:
        key = (item.title.lower(), item.date)
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out
