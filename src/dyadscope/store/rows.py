"""Records to table rows and back: the only module that knows both `records` and `schema`."""

from __future__ import annotations

import calendar
import hashlib
from dataclasses import asdict
from datetime import UTC, datetime
from itertools import combinations
from typing import Any

from ..records import (
    Actor,
    Agreement,
    Document,
    Mechanism,
    Milestone,
    Quote,
    Story,
    Verdict,
)

RegistryRecord = Agreement | Mechanism | Milestone | Verdict


def now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def date_bounds(date: str | None) -> tuple[str, str]:
    """First and last day a date of any precision covers ('', '' when unknown)."""
    if not date:
        return "", ""
    date = str(date)[:10]
    parts = date.split("-")
    try:
        year = int(parts[0])
        if len(parts) == 1:
            return f"{year:04d}-01-01", f"{year:04d}-12-31"
        month = int(parts[1])
        if len(parts) == 2:
            last = calendar.monthrange(year, month)[1]
            return f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-{last:02d}"
        return date, date
    except (ValueError, IndexError, calendar.IllegalMonthError):
        return "", ""


def actor_code(actor: dict[str, Any]) -> str | None:
    """`CHN`, or `IGO:UN` for an organisation (the gold files' notation)."""
    country = actor.get("country")
    if country == "IGO" and actor.get("igo"):
        return f"IGO:{actor['igo']}"
    return country or None


def actor_key(actor: dict[str, Any]) -> str:
    return actor.get("actor_id") or f"{actor_code(actor) or '?'}:{actor.get('name') or ''}"


def event_dyads(event: dict[str, Any]) -> list[str]:
    """Sorted country pairs an event speaks about: source x target for a directed event,
    every pair of participants for a symmetric one (or one with no target)."""
    sources = {c for a in event.get("source") or [] if (c := actor_code(a))}
    targets = {c for a in event.get("target") or [] if (c := actor_code(a))}
    if targets and not event.get("symmetric"):
        pairs = {tuple(sorted((s, t))) for s in sources for t in targets if s != t}
    else:
        pairs = set(combinations(sorted(sources | targets), 2))
    return sorted(f"{a}-{b}" for a, b in pairs)


def event_row(event: dict[str, Any], extra: dict[str, Any] | None = None) -> dict[str, Any]:
    """Indexed columns of an event (coded or fused) plus its full dict in `data`."""
    lo, hi = date_bounds(event.get("date"))
    sources = sorted({c for a in event.get("source") or [] if (c := actor_code(a))})
    targets = sorted({c for a in event.get("target") or [] if (c := actor_code(a))})
    dyads = event_dyads(event)
    names = [a.get("name") or a.get("text") or "" for a in _actors(event)]
    evidence = (event.get("evidence") or {}).get("sentence") or ""
    search = " ".join([evidence, *names, event.get("trigger") or "", event["event_type"]])
    row = {
        "event_id": event.get("fused_id") or event["event_id"],
        "doc_id": event.get("doc_id") or (event.get("doc_ids") or [""])[0],
        "event_type": event["event_type"],
        "quad_class": event.get("quad_class"),
        "mode": event.get("mode"),
        "date": event.get("date"),
        "date_precision": event.get("date_precision") or "unknown",
        "date_lo": lo,
        "date_hi": hi,
        "source_countries": ",".join(sources),
        "target_countries": ",".join(targets),
        "countries": "," + ",".join(sorted({*sources, *targets})) + ",",
        "dyad": dyads[0] if dyads else None,
        "interstate": bool(event.get("interstate")),
        "intensity": event.get("intensity"),
        "intensity_key": float(event.get("intensity") or 0.0),
        "confidence": float(event.get("confidence") or 0.0),
        "search_text": search.lower(),
        "data": event,
    }
    row.update(extra or {})
    return row


def _actors(event: dict[str, Any]) -> list[dict[str, Any]]:
    return list(event.get("source") or []) + list(event.get("target") or [])


def link_rows(event_id: str, event: dict[str, Any], date_lo: str) -> tuple[list, list]:
    """Rows for the `<prefix>_dyads` and `<prefix>_actors` tables of one event."""
    dyads = [{"event_id": event_id, "dyad": d, "date_lo": date_lo} for d in event_dyads(event)]
    seen: dict[tuple[str, str], dict[str, Any]] = {}
    for side in ("source", "target"):
        for actor in event.get(side) or []:
            key = (actor_key(actor), side)
            seen.setdefault(
                key,
                {
                    "event_id": event_id,
                    "actor_id": key[0],
                    "side": side,
                    "name": actor.get("name") or actor.get("text") or key[0],
                    "country": actor_code(actor),
                },
            )
    return dyads, list(seen.values())


def actor_record_row(actor: Actor) -> dict[str, Any]:
    return {
        "actor_id": actor_key(actor.to_dict()),
        "name": actor.name,
        "country": actor.code,
        "sector": actor.sector,
        "role": actor.role,
        "igo": actor.igo,
        "kind": actor.kind,
    }


def document_row(doc: Document) -> dict[str, Any]:
    minhash = doc.annotations.get("minhash")
    return {
        "doc_id": doc.doc_id,
        "source_path": doc.source_path,
        "url": doc.url,
        "title": doc.title,
        "published": doc.published,
        "published_precision": doc.published_precision or "unknown",
        "published_inferred": doc.published_inferred,
        "outlet": doc.outlet,
        "author": doc.author,
        "language": doc.language,
        "text": doc.text or "",
        "extra_stories": [asdict(s) for s in doc.extra_stories],
        "duplicate_of": doc.duplicate_of,
        "content_hash": doc.content_hash or "",
        "status": doc.status,
        "error": doc.error,
        "error_code": doc.error_code,
        "minhash": bytes(minhash) if isinstance(minhash, bytes | bytearray | memoryview) else None,
    }


def document_from_row(row: Any) -> Document:
    m = row._mapping
    return Document(
        doc_id=m["doc_id"],
        text=m["text"],
        source_path=m["source_path"],
        url=m["url"],
        title=m["title"],
        published=m["published"],
        published_precision=m["published_precision"],
        published_inferred=m["published_inferred"],
        outlet=m["outlet"],
        author=m["author"],
        language=m["language"],
        extra_stories=[Story(**s) for s in m["extra_stories"] or []],
        duplicate_of=m["duplicate_of"],
        content_hash=m["content_hash"],
        status=m["status"],
        error=m["error"],
        error_code=m["error_code"],
    )


def document_dict(mapping: Any) -> dict[str, Any]:
    """SPEC section 4 export of a stored document (plus status, error and coding state)."""
    out = {
        key: mapping[key]
        for key in (
            "doc_id",
            "source_path",
            "url",
            "title",
            "published",
            "published_precision",
            "published_inferred",
            "outlet",
            "author",
            "language",
            "text",
            "extra_stories",
            "duplicate_of",
            "content_hash",
            "status",
            "error",
            "error_code",
            "coded",
        )
        if key in mapping
    }
    return out


def mention_rows(doc: Document) -> list[dict[str, Any]]:
    return [
        {
            "doc_id": doc.doc_id,
            "start": m.start,
            "end": m.end,
            "text": m.text,
            "label": m.label,
            "sentence": m.sentence,
            "actor_id": actor_key(m.actor.to_dict()) if m.actor else None,
            "actor": m.actor.to_dict() if m.actor else None,
        }
        for m in doc.mentions
    ]


def _parties(codes: list[str | None]) -> str:
    clean = sorted({c for c in codes if c})
    return "," + ",".join(clean) + "," if clean else ""


def quote_row(quote: Quote) -> dict[str, Any]:
    data = quote.to_dict()
    speaker = quote.speaker.code if quote.speaker else None
    return {
        "id": data["quote_id"],
        "doc_id": quote.doc_id,
        "parties": _parties([speaker]),
        "date_lo": date_bounds(quote.date)[0],
        "speaker_country": speaker,
        "data": data,
    }


def registry_dict(kind: str, record: RegistryRecord) -> dict[str, Any]:
    """Export dict of a registry record, with a stable id from where it was found."""
    data = asdict(record)
    speaker = getattr(record, "speaker", None)
    if isinstance(speaker, Actor):
        data["speaker"] = speaker.to_dict()
    key = f"{kind}|{record.doc_id}|{record.evidence.start}|{record.evidence.end}|"
    key += str(data.get("title") or data.get("name") or data.get("phrase") or "")
    return {"id": hashlib.sha1(key.encode()).hexdigest()[:16], **data}


def registry_row(kind: str, record: RegistryRecord) -> dict[str, Any]:
    data = registry_dict(kind, record)
    row = {
        "id": data["id"],
        "doc_id": record.doc_id,
        "parties": _parties(list(record.parties)),
        "date_lo": date_bounds(getattr(record, "date", None) or _year(record))[0],
        "data": data,
    }
    if kind == "verdicts":
        row["polarity"] = record.polarity
    return row


def _year(record: RegistryRecord) -> str | None:
    year = getattr(record, "year", None)
    return str(year) if year else None
