"""From role phrases (parse tokens) to resolved actors.

The actors stage has already put resolved mentions on the document; a role phrase takes the
actors of the mentions inside it, the shallowest first ("two Russian diplomats" → RUS, "the
leaders of Romania's new government" → ROU). Phrases that point back to the document's two
parties ("the two sides") take the document pair; pronouns take the speaker or the nearest
earlier subject. When no mention covers a phrase, the actors resolver (if the actors stage
offers one) gets a last try on the phrase text; a group placed in a country ("opposition
groups in Zimbabwe", "demonstrators in Baghdad") belongs to that country.

Places are not actors (the actors stage labels them "PLACE" and keeps their countries in
`doc.annotations["places"]`): `place_at` gives a token's place country, used for locations
and for the fallback target of material events ("a bombing in Baghdad" → IRQ).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from spacy.tokens import Token

from ..records import Actor, Mention
from .roles import HOME_PREPS, conjuncts, phrase_tokens

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
        places: list[tuple[int, int, str]] | None = None,
        pronouns: frozenset[str] = frozenset(),
        human: frozenset[str] = frozenset(),
    ) -> None:
        self.offset = offset
        self.human = human
        self.pair = pair
        self.pair_phrases = pair_phrases
        self.resolve = resolve
        self.pronouns = pronouns
        self.beneficiary: frozenset[str] = frozenset()  # nouns of an act done for someone
        # Head token -> actor of an earlier mention it points back to, or None (the coder
        # sets it from the document: "the spokesperson", a surname named before).
        self.earlier: Callable[[Token], Actor | None] | None = None
        # Phrase text -> the parties a group phrase ("the two leaders", "the three
        # ministers") stands for, from the document read so far (set by the coder).
        self.group: Callable[[str], list[Actor]] | None = None
        # The parsed sentence's text when the caller has it (`Doc.text` rebuilds the string
        # from the tokens on every call, a hot spot here).
        self.text: str | None = None
        # Place spans relative to the sentence, with their country codes.
        self.places = places or []
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

    def place_at(self, token: Token) -> str | None:
        start, end = token.idx, token.idx + len(token.text)
        for p_start, p_end, code in self.places:
            if p_start < end and start < p_end:
                return code
        return None

    def actors_for(self, head: Token) -> list[Actor]:
        """The actors a role phrase names; coordinated heads each contribute theirs."""
        head = _antecedent_of_relative(head)
        found: list[Actor] = []
        for conj in conjuncts(head):
            found.extend(self._phrase_actors(conj))
        for named in head.children:
            # "between Iran's President Pezeshkian and Qatar's Emir Tamim": the parser may
            # hang the second party on the first one's name.
            if named.dep_ == "appos" and named.pos_ == "PROPN":
                for other in named.conjuncts:
                    found.extend(self._phrase_actors(other))
        return _unique(found)

    def _phrase_actors(self, head: Token) -> list[Actor]:
        tokens = phrase_tokens(head)
        text = self._text(head)[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]
        if self.pair_phrases.search(text):
            named = self._enumerated(head)
            if named:
                return named  # "the three ministers, A, B and C": they name themselves
            group = self.group(text) if self.group is not None else []
            if group or self.pair:
                return group or list(self.pair)
        ranked = []
        for token in tokens:
            actor = self.actor_at(token)
            if actor is not None:
                ranked.append((_depth(token, head), token.i, actor))
        if ranked:
            ranked.sort(key=lambda r: (r[0], r[1]))
            best = ranked[0][0]
            top = tokens[[t.i for t in tokens].index(ranked[0][1])]
            # Modifiers of the same noun phrase count too: "Hungarian and Romanian
            # officials", "U.S. and NATO troops".
            found = [a for d, i, a in ranked if d <= best or _modifies(head.doc[i], top)]
            found += self._coordinated(ranked, found, head)
            envoy = _national_envoy(ranked[0][2], found)
            if envoy:
                return envoy
            if any(a.code for a in found):
                return found
            described = self._described(head)
            if described:
                return described
            return self._earlier(head, tokens) or found  # "Berisha", known to have none here
        if head.lower_ in self.pronouns:
            return []
        found = self._described(head) or self._earlier(head, tokens) or self._enumerated(head)
        if found:
            return found
        resolved = self._resolved(text, len(tokens))
        return resolved or self.home_country(head)

    def _coordinated(self, ranked, found: list[Actor], head: Token) -> list[Actor]:
        """Parties coordinated with one already found: "the leaders of Japan, South Korea and
        the United States", where one mention took in "The leaders of Japan"."""
        out: list[Actor] = []
        for _, i, actor in ranked:
            token = head.doc[i]
            while token.dep_ == "conj" and actor not in found and actor not in out:
                if self.actor_at(token.head) in found:
                    out.append(actor)
                    break
                token = token.head
        return out

    def _described(self, head: Token) -> list[Actor]:
        """A name whose apposition gives the country: "Hamid Rezaei, an Iranian national"."""
        if head.pos_ != "PROPN":
            return []
        for child in head.children:
            if child.dep_ == "appos" and child.pos_ == "NOUN":
                found = [a for a in self._phrase_actors(child) if a.code]
                if found:
                    return found
        return []

    def _text(self, token: Token) -> str:
        return self.text if self.text is not None else token.doc.text

    def _earlier(self, head: Token, tokens: list[Token]) -> list[Actor]:
        if self.earlier is None or not _points_back(head, tokens):
            return []
        found = self.earlier(head)
        return [found] if found is not None else []

    def _enumerated(self, head: Token) -> list[Actor]:
        """A group noun followed by its members: "the three ministers, A, B and C"."""
        if head.pos_ not in {"NOUN", "PROPN"} or head.tag_ not in {"NNS", "NNPS"}:
            return []
        found: list[Actor] = []
        for child in head.children:
            if child.dep_ == "appos":
                for member in conjuncts(child):
                    found.extend(self._phrase_actors(member))
        return _unique(found)

    def unresolved(self, head: Token) -> Actor | None:
        """The doer as written when no actor resolves it ("Muslim hackers"), with no
        country; None for pronouns and for phrases naming the document's pair ("the two
        sides" in a document without a clear pair says nothing about who)."""
        tokens = phrase_tokens(head)
        text = self._text(head)[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]
        if head.lower_ in self.pronouns or self.pair_phrases.search(text):
            return None
        if head.pos_ not in {"NOUN", "PROPN", "NUM"} or len(tokens) > 12:
            return None
        if tokens[0].tag_ == "VBG" and not _names_people(head, self.human):
            return None  # "Safeguarding intl stability": a headline's topic, not a doer
        return Actor(text, "", None, None, None, None, text, "unresolved", "group")

    def _resolved(self, text: str, size: int) -> list[Actor]:
        if self.resolve is None or size > 12:
            return []
        try:
            actor = self.resolve(text)
        except Exception:  # noqa: BLE001 - a resolver failure must not lose the sentence
            LOGGER.debug("resolver failed on %r", text, exc_info=True)
            return []
        return [actor] if actor is not None and actor.country else []

    def home_country(self, head: Token) -> list[Actor]:
        """A group named by where it is: "rebels in Ivory Coast", "forces based in Guinea"."""
        if head.pos_ not in {"NOUN", "PROPN"} or not _names_people(head, self.human):
            return []  # "the first time ... in Doha" names no group
        for child in head.children:
            link = child
            if child.dep_ == "acl" and child.lower_ in {"based", "operating", "stationed"}:
                link = next((c for c in child.children if c.dep_ == "prep"), child)
            if link.dep_ != "prep" or link.lower_ not in HOME_PREPS:
                continue
            for pobj in link.children:
                if pobj.dep_ != "pobj":
                    continue
                if link.lower_ == "from":  # "delegations from Ethiopia and Egypt"
                    members = [a for c in conjuncts(pobj) for a in self._phrase_actors(c)]
                    if any(a.code for a in members):
                        return _unique([a for a in members if a.code])
                code = self._place_within(pobj)
                if code:
                    text = self._text(head)[head.idx : pobj.idx + len(pobj)]
                    return [group_actor(code, text)]
        return []

    def _place_within(self, noun: Token) -> str | None:
        """The country of a place, or of the place a region is part of ("drought-hit parts
        of southern Somalia", "the north of Mali")."""
        for _ in range(3):
            actor = self.actor_at(noun)
            code = self.place_at(noun) or (
                actor.country if actor and actor.kind == "state" else None
            )
            if code:
                return code
            inner = [g for c in noun.children if c.lower_ == "of" for g in c.children]
            if not inner or inner[0].dep_ != "pobj":
                return None
            noun = inner[0]
        return None


def _points_back(head: Token, tokens: list[Token]) -> bool:
    """A bare name ("Berisha") or a definite description ("the spokesperson") that names
    someone the document introduced earlier."""
    if head.pos_ == "PROPN":
        return len(tokens) == 1
    return (
        head.pos_ == "NOUN"
        and len(tokens) == 2
        and tokens[0].lower_ == "the"
        and tokens[0].dep_ == "det"
    )


_AGENTIVE = ("ers", "ors", "ists", "ants", "ents", "ies", "ces")


def _names_people(head: Token, human: frozenset[str]) -> bool:
    """A noun for people or a body of people: "hackers", "activists", "militias"."""
    lemma = head.lemma_.lower()
    return lemma in human or head.lower_.endswith(_AGENTIVE)


def group_actor(code: str, text: str, reason: str = "group placed in the country") -> Actor:
    """An unnamed group or body of one country, known only from where it is."""
    return Actor(code, f"country/{code}/group", code, None, None, None, text, reason, "group")


def _acts(mention: Mention) -> bool:
    """A mention that names an actor, not a place where something happened."""
    return mention.label not in {"PLACE", "LOCATION"} and (
        mention.actor is None or mention.actor.kind != "place"
    )


_NP_LINKS = frozenset({"compound", "amod", "conj", "poss", "nmod", "flat", "cc", "det"})


_RELATIVES = frozenset({"which", "who", "whom", "that"})


def _antecedent_of_relative(token: Token) -> Token:
    """ "Belgium, which it accused of lobbying": the relative pronoun stands for the noun its
    clause hangs from."""
    clause = token.head
    if token.lower_ in _RELATIVES and clause.dep_ == "relcl" and clause.head.i != clause.i:
        return clause.head
    return token


def _national_envoy(head: Actor, found: list[Actor]) -> list[Actor]:
    """ "Japan's U.N. ambassador": a diplomat to an organisation, owned by a country, speaks
    for that country, not for the organisation."""
    if not (head.igo and head.sector == "DIP"):
        return []
    states = [a for a in found if a.code and not a.igo]
    return states[:1]


def _modifies(token: Token, top: Token) -> bool:
    """The token sits in the noun phrase of `top` (or of `top`'s noun) through modifiers."""
    noun = top
    while noun.dep_ in {"compound", "amod", "poss", "flat"} and noun.head.i != noun.i:
        noun = noun.head
    steps = 0
    while token.i != noun.i and steps < 6:
        if token.dep_ not in _NP_LINKS or token.head.i == token.i:
            return False
        token, steps = token.head, steps + 1
    return token.i == noun.i


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
