"""The typed records that travel between pipeline stages.

One `Document` goes through every stage (like spaCy's `Doc`): `ingest` fills the text and
metadata, `nlp` the sentences and mentions, `actors` the resolved actors of mentions,
`coding` the events and quotes. Stages import this module, never each other.

The `to_dict` methods give the export formats fixed in SPEC sections 3 and 4.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

DocStatus = Literal["ok", "duplicate", "failed"]
Precision = Literal["second", "minute", "hour", "day", "month", "year", "unknown"]


@dataclass(slots=True)
class Story:
    """An unrelated story found glued onto the same page."""

    title: str | None
    text: str


@dataclass(slots=True)
class Actor:
    """A resolved actor: who, for which country, in what role. `reason` says why."""

    name: str
    actor_id: str
    country: str | None  # ISO 3166-1 alpha-3, or "IGO"
    sector: str | None = None  # GOV, MIL, DIP, LEG, JUD, BUS, MED, CVL, OPP, REB, IGO, ...
    role: str | None = None
    igo: str | None = None  # acronym when country == "IGO"
    text: str = ""  # the mention as written
    reason: str = ""
    kind: Literal["person", "state", "organisation", "group"] = "state"

    @property
    def code(self) -> str | None:
        """Country code as gold files write it: `CHN`, or `IGO:UN` for an organisation."""
        if self.country == "IGO" and self.igo:
            return f"IGO:{self.igo}"
        return self.country

    def to_dict(self) -> dict[str, Any]:
        out = {
            "text": self.text,
            "name": self.name,
            "actor_id": self.actor_id,
            "country": self.country,
            "sector": self.sector,
            "role": self.role,
        }
        if self.igo:
            out["igo"] = self.igo
        return out


@dataclass(slots=True)
class Mention:
    """A span of the clean text that names an actor, a place or a date."""

    start: int
    end: int
    text: str
    label: str  # spaCy entity label (PERSON, GPE, NORP, ORG, DATE, ...) or ACTOR/ROLE
    sentence: int = -1  # index into Document.sentences
    actor: Actor | None = None


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Evidence:
    sentence: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"sentence": self.sentence, "start": self.start, "end": self.end}


@dataclass(slots=True)
class Event:
    """One coded event (SPEC section 3)."""

    doc_id: str
    event_type: str
    source: list[Actor]
    target: list[Actor]
    evidence: Evidence
    mode: str | None = None
    contexts: list[str] = field(default_factory=list)
    symmetric: bool = False
    date: str | None = None
    date_precision: Precision = "unknown"
    location: str | None = None  # ISO alpha-3 of the place where it happened
    confidence: float = 0.5
    quad_class: str | None = None
    intensity: float | None = None
    interstate: bool = False
    background: bool = False  # an older event recalled by the article
    extra_evidence: list[Evidence] = field(default_factory=list)
    trigger: str | None = None
    event_id: str = ""

    def countries(self) -> set[str]:
        return {a.code for a in self.source + self.target if a.code}

    def assign_id(self) -> str:
        key = f"{self.doc_id}|{self.event_type}|{self.evidence.start}|{self.evidence.end}"
        key += "|" + ",".join(sorted(self.countries()))
        self.event_id = hashlib.sha1(key.encode()).hexdigest()[:16]
        return self.event_id

    def to_dict(self) -> dict[str, Any]:
        return {
            "event_id": self.event_id or self.assign_id(),
            "doc_id": self.doc_id,
            "event_type": self.event_type,
            "mode": self.mode,
            "contexts": list(self.contexts),
            "source": [a.to_dict() for a in self.source],
            "target": [a.to_dict() for a in self.target],
            "symmetric": self.symmetric,
            "date": self.date,
            "date_precision": self.date_precision,
            "location": self.location,
            "evidence": self.evidence.to_dict(),
            "extra_evidence": [e.to_dict() for e in self.extra_evidence],
            "confidence": round(self.confidence, 3),
            "quad_class": self.quad_class,
            "intensity": self.intensity,
            "interstate": self.interstate,
            "background": self.background,
            "trigger": self.trigger,
        }


@dataclass(slots=True)
class Quote:
    """A direct quotation with its speaker."""

    doc_id: str
    text: str
    start: int
    end: int
    speaker: Actor | None
    date: str | None = None
    date_precision: Precision = "unknown"
    quote_id: str = ""

    def to_dict(self) -> dict[str, Any]:
        if not self.quote_id:
            key = f"{self.doc_id}|{self.start}|{self.end}"
            self.quote_id = hashlib.sha1(key.encode()).hexdigest()[:16]
        return {
            "quote_id": self.quote_id,
            "doc_id": self.doc_id,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "date": self.date,
            "date_precision": self.date_precision,
        }


@dataclass(slots=True)
class Agreement:
    """A document signed or adopted (a treaty, communique, plan, memorandum)."""

    doc_id: str
    title: str  # as written
    parties: list[str]  # country codes
    date: str | None
    date_precision: Precision
    domains: list[str]
    evidence: Evidence


@dataclass(slots=True)
class Mechanism:
    """A recurring institution or programme, with its ordinal or its years when stated."""

    doc_id: str
    name: str
    parties: list[str]
    ordinal: int | None
    date: str | None
    date_precision: Precision
    years: list[int]  # e.g. [2026, 2027] for "Years of Education 2026-2027"
    evidence: Evidence


@dataclass(slots=True)
class Milestone:
    """An anniversary: its ordinal, the year it falls in and the base year it implies."""

    doc_id: str
    name: str  # what is commemorated
    parties: list[str]
    ordinal: int
    year: int | None
    base_year: int | None
    evidence: Evidence


@dataclass(slots=True)
class Verdict:
    """How an official characterises a relationship."""

    doc_id: str
    phrase: str
    speaker: Actor | None
    parties: list[str]
    date: str | None
    date_precision: Precision
    polarity: float  # -1 .. +1
    evidence: Evidence


@dataclass(slots=True)
class Document:
    """One input document on its way through the stages (SPEC section 4)."""

    doc_id: str
    text: str = ""
    source_path: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None  # ISO 8601 at the precision known
    published_precision: Precision = "unknown"
    published_inferred: str | None = None  # reason, when the date was inferred, not read
    outlet: str | None = None
    author: str | None = None
    language: str | None = None
    extra_stories: list[Story] = field(default_factory=list)
    duplicate_of: str | None = None
    content_hash: str = ""
    status: DocStatus = "ok"
    error: str | None = None  # one-line reason when status == "failed"
    error_code: str | None = None
    # The page as it came in, before cleaning; dropped once cleaned.
    raw: str | None = None
    raw_format: Literal["text", "html"] | None = None
    # Filled by later stages.
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    agreements: list[Agreement] = field(default_factory=list)
    mechanisms: list[Mechanism] = field(default_factory=list)
    milestones: list[Milestone] = field(default_factory=list)
    verdicts: list[Verdict] = field(default_factory=list)
    # Stage-private, never exported (e.g. the spaCy Doc inside one worker process).
    annotations: dict[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.status == "ok"

    def fail(self, code: str, reason: str) -> Document:
        self.status = "failed"
        self.error_code = code
        self.error = reason
        return self

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "source_path": self.source_path,
            "url": self.url,
            "title": self.title,
            "published": self.published,
            "published_precision": self.published_precision,
            "published_inferred": self.published_inferred,
            "outlet": self.outlet,
            "author": self.author,
            "language": self.language,
            "text": self.text,
            "extra_stories": [asdict(s) for s in self.extra_stories],
            "duplicate_of": self.duplicate_of,
            "content_hash": self.content_hash,
            "status": self.status,
            "error": self.error,
        }
