"""The coder's knowledge, read once from `data/coding/`: triggers, the PLOVER table, verbs of
saying, transparent verbs, modality cues, mode and context cues, pair phrases, stance cues,
symmetric lemmas, pronouns, the roles of prepositions and nouns for people.

Every table is a data file with a header; this module only parses them into lookups.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..data import read_lines, read_table
from ..ontology import event_types, type_info

EVENT_TYPES = event_types()
COOPERATIVE = frozenset(
    name for name, info in type_info().items() if info.quad_class.endswith("cooperation")
)
MATERIAL_CONFLICT = frozenset(
    name for name, info in type_info().items() if info.quad_class == "material conflict"
)
# Acts against someone that a promise, a blame or a charge can name.
HOSTILE = frozenset({"ASSAULT", "COERCE", "SANCTION", "THREATEN"})


@dataclass(frozen=True, slots=True)
class TriggerEntry:
    lemma: str
    pos: str  # V, N or A
    needs: frozenset[str]  # dependent words one of which must be present; empty = none
    event_type: str
    mode: str | None
    frame: str  # "event" or "control"
    weight: float
    unless: frozenset[str] = frozenset()  # dependent words none of which may be present


@dataclass(frozen=True)
class Lexicon:
    triggers: dict[tuple[str, str], list[TriggerEntry]]
    plover: dict[tuple[str, str], tuple[str, float]]
    speech: frozenset[str]
    transparent: frozenset[str]
    modality: dict[str, str]
    modes: list[tuple[str, str]]
    contexts: list[tuple[str, re.Pattern[str]]]
    pair_phrases: re.Pattern[str]
    stance: list[tuple[re.Pattern[str], str]] = field(default_factory=list)
    symmetric: frozenset[str] = frozenset()  # lemmas whose partners are co-participants
    pronouns: frozenset[str] = frozenset()
    preps: dict[str, str] = field(default_factory=dict)  # preposition -> role of its object
    human_nouns: frozenset[str] = frozenset()
    # Cues of unasserted events by kind (data/coding/assertion_cues.tsv).
    assertion: dict[str, frozenset[str]] = field(default_factory=dict)
    # Nouns that point back to an earlier act, with the types of act they name ("*": any).
    anaphoric: dict[str, frozenset[str]] = field(default_factory=dict)
    # Adjectives naming an institution ("congressional" → "congress") and nouns for a
    # country's own unnamed bodies ("lawmakers"): data/coding/institution_adjectives.tsv.
    institutions: dict[str, str] = field(default_factory=dict)
    bodies: frozenset[str] = frozenset()

    def cues(self, kind: str) -> frozenset[str]:
        return self.assertion.get(kind, frozenset())

    def entries(self, lemma: str, pos: str) -> list[TriggerEntry]:
        return self.triggers.get((lemma, pos), [])

    def quad_and_intensity(
        self, event_type: str, mode: str | None
    ) -> tuple[str | None, float | None]:
        found = self.plover.get((event_type, mode or "")) or self.plover.get((event_type, ""))
        return found if found else (None, None)

    def trigger_words(self) -> set[str]:
        """Every word a trigger needs, for the nlp stage's cue list."""
        return {lemma for lemma, _ in self.triggers}


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """All coding tables, parsed once per process."""
    return Lexicon(
        triggers=_read_triggers(),
        plover={
            (row["type"], row["mode"] or ""): (row["quad_class"], float(row["intensity"]))
            for row in read_table("coding/plover.tsv")
        },
        speech=frozenset(read_lines("coding/speech_verbs.txt")),
        transparent=frozenset(read_lines("coding/transparent_verbs.txt")),
        modality={row["cue"]: row["kind"] for row in read_table("coding/modality.tsv")},
        modes=[(row["cue"], row["mode"]) for row in read_table("coding/modes.tsv")],
        contexts=[
            (row["context"], re.compile(r"\b(?:" + row["cues"] + ")", re.IGNORECASE))
            for row in read_table("coding/contexts.tsv")
        ],
        pair_phrases=_phrase_pattern(read_lines("coding/pair_phrases.txt")),
        stance=[
            (re.compile(r"\b" + re.escape(row["cue"]), re.IGNORECASE), row["stance"])
            for row in read_table("coding/stance_cues.tsv")
        ],
        symmetric=frozenset(read_lines("coding/symmetric_lemmas.txt")),
        pronouns=frozenset(read_lines("coding/pronouns.txt")),
        preps={row["prep"]: row["role"] for row in read_table("coding/role_prepositions.tsv")},
        human_nouns=frozenset(read_lines("coding/human_nouns.txt")),
        assertion=_read_kinds("coding/assertion_cues.tsv"),
        anaphoric={
            row["noun"]: frozenset(row["types"].split("|"))
            for row in read_table("coding/anaphoric_nouns.tsv")
        },
        institutions={
            row["word"]: row["noun"]
            for row in read_table("coding/institution_adjectives.tsv")
            if row["kind"] == "adjective"
        },
        bodies=frozenset(
            row["word"]
            for row in read_table("coding/institution_adjectives.tsv")
            if row["kind"] == "body"
        ),
    )


def _read_kinds(name: str) -> dict[str, frozenset[str]]:
    kinds: dict[str, set[str]] = {}
    for row in read_table(name):
        kinds.setdefault(row["kind"], set()).add(row["cue"].lower())
    return {kind: frozenset(cues) for kind, cues in kinds.items()}


def _read_triggers() -> dict[tuple[str, str], list[TriggerEntry]]:
    index: dict[tuple[str, str], list[TriggerEntry]] = {}
    for row in read_table("coding/triggers.tsv"):
        if not row.get("lemma") or row["lemma"].startswith("#"):
            continue
        words = [w for w in (row["with"] or "").split("|") if w]
        entry = TriggerEntry(
            lemma=row["lemma"],
            pos=row["pos"],
            needs=frozenset(w for w in words if not w.startswith("!")),
            unless=frozenset(w[1:] for w in words if w.startswith("!")),
            event_type=row["type"],
            mode=row["mode"] or None,
            frame=row["frame"] or "event",
            weight=float(row["weight"]),
        )
        index.setdefault((entry.lemma, entry.pos), []).append(entry)
    for entries in index.values():
        # Specific entries (with required dependents) are tried before bare ones.
        entries.sort(key=lambda e: (not e.needs, -e.weight))
    return index


def _phrase_pattern(phrases: list[str]) -> re.Pattern[str]:
    ordered = sorted(phrases, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, ordered)) + r")\b", re.IGNORECASE)
