"""From role phrases (parse tokens) to resolved actors.

The actors stage has already put resolved mentions on the document; a role phrase takes the
actors of the mentions inside it, the shallowest first ("two Russian diplomats" → RUS, "the
leaders of Romania's new government" → ROU). Phrases that point back to the document's two
parties ("the two sides") take the document pair; pronouns take the speaker or the nearest
earlier subject. When no mention covers a phrase, the actors resolver (if the actors stage
offers one) gets a last try on the phrase text.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from spacy.tokens import Token

from ..records import Actor, Mention
from .roles import PRONOUNS, conjuncts, phrase_tokens

LOGGER = logging.getLogger(__name__)

Resolve = Callable[[str], Actor | None]


class SentenceActors:
    """Actor lookup for one parsed sentence whose text starts at `offset` in the document."""

    def __init__(
        self,
        mentions: list[Mention],
        offset: int,
        pair: tuple[Actor, Actor] | None,
        pair_phrases,
        resolve: Resolve | None = None,
    ) -> None:
        self.offset = offset
        self.pair = pair
        self.pair_phrases = pair_phrases
        self.resolve = resolve
        # Actors by character span relative to the sentence, places (no actor) left out.
        self.spans = [
            (m.start - offset, m.end - offset, m.actor)
            for m in mentions
            if m.actor is not None and _acts(m)
        ]

    def actor_at(self, token: Token) -> Actor | None:
        start, end = token.idx, token.idx + len(token.text)
        for m_start, m_end, actor in self.spans:
            if m_start < end and start < m_end:
                return actor
        return None

    def actors_for(self, head: Token) -> list[Actor]:
        """The actors a role phrase names; coordinated heads each contribute theirs."""
        found: list[Actor] = []
        for conj in conjuncts(head):
            found.extend(self._phrase_actors(conj))
        return _unique(found)

    def _phrase_actors(self, head: Token) -> list[Actor]:
        tokens = phrase_tokens(head)
        text = head.doc.text[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]
        if self.pair and self.pair_phrases.search(text):
            return list(self.pair)
        ranked = []
        for token in tokens:
            actor = self.actor_at(token)
            if actor is not None:
                ranked.append((_depth(token, head), token.i, actor))
        if ranked:
            ranked.sort(key=lambda r: (r[0], r[1]))
            best = ranked[0][0]
            return [a for d, _, a in ranked if d <= best]
        if head.lower_ in PRONOUNS or self.resolve is None or len(tokens) > 12:
            return []
        try:
            actor = self.resolve(text)
        except Exception:  # noqa: BLE001 - a resolver failure must not lose the sentence
            LOGGER.debug("resolver failed on %r", text, exc_info=True)
            return []
        return [actor] if actor is not None and actor.country else []


def _acts(mention: Mention) -> bool:
    """A mention that names an actor, not a place where something happened."""
    return mention.label not in {"PLACE", "LOCATION"} and (
        mention.actor is None or mention.actor.kind != "place"
    )


def _depth(token: Token, head: Token) -> int:
    """Tree distance up to the phrase head; coordination adds nothing ("Chinese and Russian")."""
    depth = steps = 0
    while token.i != head.i and token.head.i != token.i and steps < 10:
        depth += token.dep_ != "conj"
        token = token.head
        steps += 1
    return depth


def _unique(actors: list[Actor]) -> list[Actor]:
    seen: set[str] = set()
    out = []
    for actor in actors:
        key = actor.actor_id or actor.name
        if key not in seen:
            seen.add(key)
            out.append(actor)
    return out


def document_pair(mentions: list[Mention], title_mentions: int = 0) -> tuple[Actor, Actor] | None:
    """The two countries a document is mostly about: the two most mentioned codes, the second
    needing at least two mentions and a third of the first's count."""
    counts: dict[str, int] = {}
    first: dict[str, Actor] = {}
    for mention in mentions:
        actor = mention.actor
        if actor is None or not actor.code or not _acts(mention):
            continue
        counts[actor.code] = counts.get(actor.code, 0) + 1
        if actor.code not in first or (first[actor.code].kind != "state" and actor.kind == "state"):
            first[actor.code] = actor
    ranked = sorted(counts, key=lambda c: -counts[c])
    if len(ranked) < 2:
        return None
    top, second = ranked[0], ranked[1]
    if counts[second] < 2 or counts[second] * 3 < counts[top]:
        return None
    if len(ranked) > 2 and counts[ranked[2]] == counts[second]:
        return None  # no clear second party
    return first[top], first[second]
