"""The core object behind the CLI, the REST API and the dashboard (datasette's `Datasette`).

`Dyadscope` checks the parameters a user gives, hands the work to the store and to the
analysis code, and answers plain dicts: lists as `{"items", "total", "next"}`. Surfaces only
parse input and render these results.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterator
from datetime import date as Date
from typing import Any

from .config import Options, load_options
from .errors import NotFoundError, UsageError
from .ontology import QUAD_CLASSES, event_types
from .store import EventQuery, QueryError, Store, open_store
from .store.aggregates import is_aligned
from .store.bridge import FREQS, relations_index
from .store.summaries import slice_page

EVENT_TYPES = event_types()
DOC_STATUSES = ("ok", "duplicate", "failed")
EVENT_SORTS = ("date", "confidence", "intensity", "sources")
MAX_LIMIT = 1000
_CODE = r"(?:[A-Z]{3}|IGO:[A-Z0-9]{2,12})"
_DYAD = re.compile(rf"^({_CODE})-({_CODE})$")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def open(  # noqa: A001
    db_url: str | None = None, options: Options | None = None, *, create: bool = True
) -> Dyadscope:
    """Open a store (default: the embedded SQLite file) as a `Dyadscope`."""
    options = options or load_options()
    return Dyadscope(open_store(db_url, options, create=create), options)


def parse_dyad(value: str) -> tuple[str, str]:
    """`chn-rus` → ("CHN", "RUS"), in the order given (direction matters for the index)."""
    match = _DYAD.match(value.strip().upper())
    if not match or match.group(1) == match.group(2):
        raise UsageError("E006", value=value)
    return match.group(1), match.group(2)


def parse_date(value: str, *, end: bool = False) -> str:
    """`2024`, `2024-05` or `2024-05-03` → the first (or last, with end) day it covers."""
    value = value.strip()
    if not _DATE.match(value):
        raise UsageError("E005", value=value)
    parts = [int(p) for p in value.split("-")]
    try:
        if len(parts) == 3:
            return Date(*parts).isoformat()
        if len(parts) == 2:
            Date(parts[0], parts[1], 1)
            last = calendar.monthrange(parts[0], parts[1])[1]
            return f"{value}-{last if end else 1:02d}"
    except ValueError as e:
        raise UsageError("E005", value=value) from e
    return f"{value}-{'12-31' if end else '01-01'}"


def parse_limit(limit: int) -> int:
    if not 1 <= int(limit) <= MAX_LIMIT:
        raise QueryError("limit", limit, f"a number from 1 to {MAX_LIMIT}")
    return int(limit)


def _choice(name: str, value: str | None, choices: tuple[str, ...]) -> str | None:
    if value is None or value == "":
        return None
    if value not in choices:
        raise QueryError(name, value, "one of " + ", ".join(choices))
    return value


def _country(value: str | None) -> str | None:
    if not value:
        return None
    code = value.strip().upper()
    if not re.fullmatch(_CODE, code):
        raise QueryError("country", value, "a country code such as CHN, or IGO:UN")
    return code


class Dyadscope:
    """Store + options; every method answers plain dicts."""

    def __init__(self, store: Store, options: Options) -> None:
        self.store = store
        self.options = options
        # Relations index rows and the dyad events behind them, valid for one store
        # generation (any write changes it): an index is computed once, served many times.
        self._index_cache: dict[tuple, list[dict[str, Any]]] = {}
        self._events_cache: dict[tuple, tuple[list[dict[str, Any]], dict[str, int]]] = {}

    def close(self) -> None:
        self.store.close()

    def refresh(self) -> None:
        """Fuse again if documents were coded since the last fusion."""
        if self.store.fusion_stale():
            self.store.refresh_fusion()

    # -- documents -------------------------------------------------------------------

    def documents(
        self,
        status: str | None = None,
        limit: int = 50,
        cursor: str | None = None,
        text: bool = False,
    ) -> dict[str, Any]:
        """Stored documents (SPEC section 4 fields, `text` only when asked) and failed
        inputs with their reasons, in ingest order."""
        status = _choice("status", status, DOC_STATUSES)
        page = self.store.list_documents(status, parse_limit(limit), cursor, with_text=text)
        return page.to_dict()

    def document(self, doc_id: str) -> dict[str, Any]:
        """One document with every annotation: mentions, events, quotes, registries."""
        doc = self.store.get_document(doc_id)
        if doc is None:
            raise NotFoundError("E009", what=f"document {doc_id!r}")
        return doc

    def search(self, q: str, limit: int = 20, cursor: str | None = None) -> dict[str, Any]:
        if not q or not q.strip():
            raise QueryError("q", q, "words to search for")
        return self.store.search_documents(q.strip(), parse_limit(limit), cursor).to_dict()

    # -- events ----------------------------------------------------------------------

    def events(self, **params: Any) -> dict[str, Any]:
        """Every coded event (one per report); filters as in `fused_events`."""
        return self._events(fused=False, **params)

    def fused_events(self, **params: Any) -> dict[str, Any]:
        """One row per real-world happening, with its sources. Filters: dyad, actor,
        country, type (comma-separated), quad_class, since, until, q, doc_id, interstate;
        sort: date|confidence|intensity|sources, `-` first for descending."""
        return self._events(fused=True, **params)

    def _events(
        self,
        *,
        fused: bool,
        dyad: str | None = None,
        actor: str | None = None,
        country: str | None = None,
        type: str | None = None,  # noqa: A002 - the public parameter name
        quad_class: str | None = None,
        since: str | None = None,
        until: str | None = None,
        q: str | None = None,
        doc_id: str | None = None,
        interstate: bool | None = None,
        sort: str = "-date",
        limit: int = 50,
        cursor: str | None = None,
    ) -> dict[str, Any]:
        query = EventQuery(
            dyad="-".join(sorted(parse_dyad(dyad))) if dyad else None,
            actor=actor.strip() if actor and actor.strip() else None,
            country=_country(country),
            types=_types(type),
            quad_class=_quad_class(quad_class),
            since=parse_date(since) if since else None,
            until=parse_date(until, end=True) if until else None,
            q=q.strip() if q and q.strip() else None,
            doc_id=doc_id or None,
            interstate=interstate,
        )
        descending = sort.startswith("-")
        name = _choice("sort", sort.lstrip("-"), EVENT_SORTS if fused else EVENT_SORTS[:3])
        page = self.store.list_events(
            query,
            fused=fused,
            sort=name or "date",
            descending=descending,
            limit=parse_limit(limit),
            cursor=cursor,
        )
        return page.to_dict()

    def event(self, event_id: str) -> dict[str, Any]:
        """A fused event (with its member reports) or a coded event (with its fused id)."""
        found = self.store.get_event(event_id)
        if found is None:
            raise NotFoundError("E009", what=f"event {event_id!r}")
        event, fused = found
        event["fused"] = fused
        if fused:
            event["member_events"] = self.store.member_events(event_id)
        return event

    # -- relations -------------------------------------------------------------------

    def dyads(self, limit: int = 100, cursor: str | None = None) -> dict[str, Any]:
        """Dyads with their event counts, date span, mean intensity and quad classes."""
        rows = self.store.dyad_summaries()
        return slice_page(rows, "dyads", parse_limit(limit), cursor).to_dict()

    def index(
        self,
        dyad: str,
        freq: str = "month",
        directed: bool = False,
        since: str | None = None,
        until: str | None = None,
    ) -> dict[str, Any]:
        """The relations index of a dyad, one row per period, within the window since-until
        (events whose dates overlap it, coverage of its days). Read from the totals the store
        keeps per dyad and period; computed from the dyad's fused events when the window cuts
        a period in two or fusion is stale. Cached until the store changes."""
        pair = parse_dyad(dyad)
        freq = _choice("freq", freq, FREQS) or "month"
        lo = parse_date(since) if since else None
        hi = parse_date(until, end=True) if until else None
        generation = self.store.generation()
        key = (generation, pair, freq, directed, lo, hi)
        if key not in self._index_cache:
            if is_aligned(lo, hi, freq) and not self.store.fusion_stale():
                rows = self.store.index_from_totals(pair, freq, directed, lo, hi)
            else:
                rows = self._index_from_events(generation, pair, freq, directed, lo, hi)
            if len(self._index_cache) > 256:
                self._index_cache.clear()
            self._index_cache[key] = rows
        rows = self._index_cache[key]
        return {"items": rows, "total": len(rows), "next": None}

    def _index_from_events(
        self,
        generation: int,
        pair: tuple[str, str],
        freq: str,
        directed: bool,
        lo: str | None,
        hi: str | None,
    ) -> list[dict[str, Any]]:
        """The index from the fused events overlapping [lo, hi] and the coverage of its days."""
        name = "-".join(pair) if directed else "-".join(sorted(pair))
        events, coverage = self._dyad_events(generation, "-".join(sorted(pair)), lo, hi)
        window = {
            day: n
            for day, n in coverage.items()
            if (lo is None or day >= lo) and (hi is None or day <= hi)
        }
        return relations_index(events, name, freq, directed=directed, coverage=window)

    def _dyad_events(
        self, generation: int, dyad: str, lo: str | None, hi: str | None
    ) -> tuple[list[dict[str, Any]], dict[str, int]]:
        """The dyad's events and coverage, kept for the other periods and directions."""
        key = (generation, dyad, lo, hi)
        if key not in self._events_cache:
            if len(self._events_cache) >= 32:
                self._events_cache.pop(next(iter(self._events_cache)))
            events = self.store.index_events(dyad, lo, hi)
            self._events_cache[key] = (events, self.store.coverage_by_day(dyad))
        return self._events_cache[key]

    def actors(
        self,
        q: str | None = None,
        country: str | None = None,
        dyad: str | None = None,
        limit: int = 50,
        cursor: str | None = None,
    ) -> dict[str, Any]:
        stored = "-".join(sorted(parse_dyad(dyad))) if dyad else None
        rows = self.store.actor_summaries(q or None, _country(country), stored)
        return slice_page(rows, "actors", parse_limit(limit), cursor).to_dict()

    def network(self, dyad: str | None = None, limit: int = 40) -> dict[str, Any]:
        """The most active actors and how many events each pair shares."""
        stored = "-".join(sorted(parse_dyad(dyad))) if dyad else None
        nodes = self.store.actor_summaries(dyad=stored)[: parse_limit(limit)]
        edges = self.store.actor_edges([n["actor_id"] for n in nodes], stored)
        return {"nodes": nodes, "edges": edges}

    # -- registries ------------------------------------------------------------------

    def agreements(self, **params: Any) -> dict[str, Any]:
        return self._registry("agreements", **params)

    def mechanisms(self, **params: Any) -> dict[str, Any]:
        return self._registry("mechanisms", **params)

    def milestones(self, **params: Any) -> dict[str, Any]:
        return self._registry("milestones", **params)

    def verdicts(self, **params: Any) -> dict[str, Any]:
        return self._registry("verdicts", **params)

    def quotes(self, **params: Any) -> dict[str, Any]:
        return self._registry("quotes", **params)

    def _registry(
        self,
        kind: str,
        dyad: str | None = None,
        doc_id: str | None = None,
        limit: int = 50,
        cursor: str | None = None,
    ) -> dict[str, Any]:
        pair = parse_dyad(dyad) if dyad else None
        page = self.store.list_registry(kind, pair, doc_id or None, parse_limit(limit), cursor)
        return page.to_dict()

    def stats(self) -> dict[str, int]:
        """Counts for the dashboard's header."""
        return self.store.counts()


def iterate(query: Callable[..., dict[str, Any]], **params: Any) -> Iterator[dict[str, Any]]:
    """Every item of a list query, following its cursors (for exports)."""
    params.setdefault("limit", MAX_LIMIT)
    while True:
        page = query(**params)
        yield from page["items"]
        if not page.get("next"):
            return
        params["cursor"] = page["next"]


def _types(value: str | None) -> tuple[str, ...]:
    if not value:
        return ()
    types = tuple(t.strip().upper() for t in value.split(",") if t.strip())
    for name in types:
        _choice("type", name, EVENT_TYPES)
    return types


def _quad_class(value: str | None) -> str | None:
    if not value:
        return None
    return _choice("quad_class", value.replace("-", " ").replace("_", " ").lower(), QUAD_CLASSES)
