"""Article text cut into segments for display, each carrying the annotations that cover it.

Templates print `segment.text` autoescaped; nothing here builds HTML from article text
except `snippet_html`, which escapes first and only then adds its own <mark> tags.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup, escape

from ..store.search import MARK_END, MARK_START


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str  # CSS classes: "mention m-PERSON", "event", "event sel", "quote", "registry"
    label: str
    ident: str = ""
    title: str = ""


@dataclass
class Segment:
    text: str
    classes: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    events: list[str] = field(default_factory=list)

    @property
    def css(self) -> str:
        return " ".join(dict.fromkeys(c for k in self.classes for c in k.split()))

    @property
    def title(self) -> str:
        return " | ".join(dict.fromkeys(self.titles))


def _actor_title(actor: dict[str, Any] | None) -> str:
    if not actor:
        return ""
    code = f"IGO:{actor['igo']}" if actor.get("igo") else actor.get("country") or "?"
    role = f", {actor['role']}" if actor.get("role") else ""
    return f"{actor.get('name')} ({code}{role})"


def _countries(event: dict[str, Any]) -> str:
    codes = [a.get("igo") or a.get("country") or "?" for a in event.get("source") or []]
    targets = [a.get("igo") or a.get("country") or "?" for a in event.get("target") or []]
    return "+".join(dict.fromkeys(codes)) + (
        " → " + "+".join(dict.fromkeys(targets)) if targets else ""
    )


def document_spans(doc: dict[str, Any], selected: str | None = None) -> list[Span]:
    """Every annotation of a stored document as a span over its text."""
    spans = []
    for m in doc.get("mentions") or []:
        actor = _actor_title(m.get("actor"))
        title = f"{m['label']}: {actor}" if actor else m["label"]
        spans.append(Span(m["start"], m["end"], f"mention m-{m['label']}", m["label"], "", title))
    for e in doc.get("events") or []:
        ev = e["evidence"]
        chosen = selected is not None and selected in (e.get("event_id"), e.get("fused_id"))
        title = f"{e['event_type']} {_countries(e)} {e.get('date') or 'undated'}"
        kind = "event sel" if chosen else "event"
        spans.append(Span(ev["start"], ev["end"], kind, e["event_type"], e["event_id"], title))
    for q in doc.get("quotes") or []:
        who = _actor_title(q.get("speaker")) or "unknown speaker"
        spans.append(Span(q["start"], q["end"], "quote", "quote", "", f"quote: {who}"))
    for kind in ("agreements", "mechanisms", "milestones", "verdicts"):
        for r in doc.get(kind) or []:
            ev = r["evidence"]
            name = r.get("title") or r.get("name") or r.get("phrase") or kind
            spans.append(
                Span(ev["start"], ev["end"], f"registry r-{kind}", kind, "", f"{kind[:-1]}: {name}")
            )
    return spans


def segments(text: str, spans: list[Span], window: tuple[int, int] | None = None) -> list[Segment]:
    """`text` (or its `window`) cut at every span boundary."""
    lo, hi = window or (0, len(text))
    inside = [s for s in spans if s.end > lo and s.start < hi and s.end > s.start]
    cuts = sorted({lo, hi, *(max(lo, s.start) for s in inside), *(min(hi, s.end) for s in inside)})
    out = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        covering = [s for s in inside if s.start <= a and s.end >= b]
        out.append(
            Segment(
                text[a:b],
                [s.kind for s in covering],
                [s.title for s in covering if s.title],
                [s.ident for s in covering if s.kind.startswith("event") and s.ident],
            )
        )
    return out


def excerpt(text: str, start: int, end: int, context: int = 600) -> tuple[int, int]:
    """A window of about `context` characters each side of a span, starting at the first
    sentence or line that begins inside it and ending at the end of a line."""
    lo, hi = max(0, start - context), min(len(text), end + context)
    if lo > 0:
        starts = [i + len(sep) for sep in ("\n", ". ") if (i := text.find(sep, lo, start)) >= 0]
        lo = min(starts) if starts else lo
    if hi < len(text):
        cut = text.rfind("\n", end, hi)
        hi = cut if cut >= 0 else hi
    return lo, hi


def snippet_html(snippet: str) -> Markup:
    """A search snippet: escaped text with the store's hit marks turned into <mark>."""
    escaped = str(escape(snippet))
    return Markup(escaped.replace(MARK_START, "<mark>").replace(MARK_END, "</mark>"))
