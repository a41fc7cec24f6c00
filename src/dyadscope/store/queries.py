"""Read queries over the store. Every list answers a `Page`; validation of user input
happens in `dyadscope.core`, so these functions trust the types they receive."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

import sqlalchemy as sa

from . import schema as t
from .paging import Page, SortSpec, fetch_page
from .rows import document_dict


@dataclass(frozen=True)
class EventQuery:
    """Filters shared by coded and fused events; every field narrows the list."""

    dyad: str | None = None
    actor: str | None = None
    country: str | None = None
    types: tuple[str, ...] = ()
    quad_class: str | None = None
    since: str | None = None
    until: str | None = None
    q: str | None = None
    doc_id: str | None = None
    interstate: bool | None = None
    ids: tuple[str, ...] = field(default=())


EVENT_SORTS = ("date", "confidence", "intensity", "sources")


def event_tables(fused: bool) -> tuple[sa.Table, sa.Table, sa.Table]:
    if fused:
        return t.fused_events, t.fused_dyads, t.fused_actors
    return t.events, t.event_dyads, t.event_actors


def like_pattern(text: str) -> str:
    escaped = text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def event_conditions(query: EventQuery, fused: bool) -> list[sa.ColumnElement[bool]]:
    table, dyads, actors = event_tables(fused)
    where: list[sa.ColumnElement[bool]] = []
    if query.dyad:
        where.append(
            table.c.event_id.in_(sa.select(dyads.c.event_id).where(dyads.c.dyad == query.dyad))
        )
    if query.country:  # a LIKE on the event row lets a sorted scan stop after one page
        where.append(table.c.countries.like(f"%,{query.country},%"))
    if query.actor:
        match = sa.or_(
            actors.c.actor_id == query.actor,
            sa.func.lower(actors.c.name).like(like_pattern(query.actor), escape="\\"),
        )
        where.append(table.c.event_id.in_(sa.select(actors.c.event_id).where(match)))
    if query.types:
        where.append(table.c.event_type.in_(query.types))
    if query.quad_class:
        where.append(table.c.quad_class == query.quad_class)
    if query.since:
        where.extend([table.c.date_hi >= query.since, table.c.date_hi != ""])
    if query.until:
        where.extend([table.c.date_lo <= query.until, table.c.date_lo != ""])
    if query.q:
        where.append(table.c.search_text.like(like_pattern(query.q), escape="\\"))
    if query.doc_id:
        where.append(table.c.doc_id == query.doc_id)
    if query.interstate is not None:
        where.append(table.c.interstate == query.interstate)
    if query.ids:
        where.append(table.c.event_id.in_(query.ids))
    return where


def event_sort(table: sa.Table, name: str, descending: bool, fused: bool) -> SortSpec:
    if name == "confidence":
        key: sa.ColumnElement = table.c.confidence
    elif name == "intensity":
        key = table.c.intensity_key
    elif name == "sources" and fused:
        key = table.c.source_count
    else:
        key = table.c.date_lo
    return [(key, descending), (table.c.event_id, descending)]


def event_item(row: Any, fused: bool) -> dict[str, Any]:
    data = dict(row.data)
    if fused:
        data.setdefault("fused_id", row.event_id)
    return data


class Reader:
    """Read side of the store; `Store` adds the writes."""

    engine: sa.Engine

    def list_events(
        self,
        query: EventQuery,
        *,
        fused: bool,
        sort: str = "date",
        descending: bool = True,
        limit: int = 50,
        cursor: str | None = None,
    ) -> Page:
        table, dyads, _ = event_tables(fused)
        spec = event_sort(table, sort, descending, fused)
        where = event_conditions(query, fused)
        select = sa.select(*[c for c, _ in spec], table.c.data)
        if query.dyad and spec[0][0] is table.c.date_lo:
            # Walk the dyad's (dyad, date_lo, event_id) index in order instead of sorting
            # every event of a busy dyad.
            spec = [(dyads.c.date_lo, descending), (dyads.c.event_id, descending)]
            select = sa.select(*[c for c, _ in spec], table.c.data).join(
                dyads, dyads.c.event_id == table.c.event_id
            )
            where = event_conditions(replace(query, dyad=None), fused)
            where.append(dyads.c.dyad == query.dyad)
        name = ("-" if descending else "") + sort
        with self.engine.connect() as c:
            rows, total, nxt = fetch_page(c, select, where, spec, name, limit, cursor)
        return Page([event_item(r, fused) for r in rows], total, nxt)

    def get_event(self, event_id: str) -> tuple[dict[str, Any], bool] | None:
        """The fused event or coded event with this id, and whether it is fused."""
        with self.engine.connect() as c:
            for fused, table in ((True, t.fused_events), (False, t.events)):
                row = c.execute(sa.select(table).where(table.c.event_id == event_id)).first()
                if row is not None:
                    item = event_item(row, fused)
                    if not fused:
                        item["fused_id"] = row.fused_id
                    return item, fused
        return None

    def member_events(self, fused_id: str) -> list[dict[str, Any]]:
        stmt = (
            sa.select(t.events.c.data)
            .join(t.fused_members, t.fused_members.c.event_id == t.events.c.event_id)
            .where(t.fused_members.c.fused_id == fused_id)
            .order_by(t.events.c.doc_id, t.events.c.event_id)
        )
        with self.engine.connect() as c:
            return [dict(r.data) for r in c.execute(stmt)]

    def index_events(
        self, dyad: str, since: str | None = None, until: str | None = None
    ) -> list[dict[str, Any]]:
        """Slim SPEC section 3 dicts of the dyad's fused events, built from indexed columns
        only (no JSON decoding), for the relations index."""
        table, dyads, _ = event_tables(True)
        where = [
            dyads.c.dyad == dyad,
            *event_conditions(EventQuery(since=since, until=until), True),
        ]
        stmt = (
            sa.select(
                table.c.event_id, table.c.doc_id, table.c.event_type, table.c.quad_class,
                table.c.date, table.c.date_precision, table.c.source_countries,
                table.c.target_countries, table.c.interstate, table.c.intensity,
                table.c.confidence, table.c.source_count, table.c.doc_ids,
            )
            .join(dyads, dyads.c.event_id == table.c.event_id)
            .where(*where)
        )  # fmt: skip
        with self.engine.connect() as c:
            rows = list(c.execute(stmt))
        return [_slim_event(r) for r in rows]

    def coverage_by_day(self, dyad: str) -> dict[str, int]:
        """The dyad's coverage volume: documents reporting any of its events, per day the
        events fall on (the first day of the period for coarser dates)."""
        d, e = t.event_dyads, t.events
        stmt = (
            sa.select(d.c.date_lo, sa.func.count(sa.distinct(e.c.doc_id)))
            .join(e, e.c.event_id == d.c.event_id)
            .where(d.c.dyad == dyad, d.c.date_lo != "")
            .group_by(d.c.date_lo)
        )
        with self.engine.connect() as c:
            return {day: int(n) for day, n in c.execute(stmt)}

    def list_documents(
        self, status: str | None, limit: int, cursor: str | None, with_text: bool = False
    ) -> Page:
        d = t.documents
        skip = ("minhash",) if with_text else ("text", "minhash", "extra_stories")
        columns = [col for col in d.c if col.name not in skip]
        where = []
        if status:
            where.append(d.c.status == status)
        spec: SortSpec = [(d.c.id, False)]
        with self.engine.connect() as c:
            rows, total, nxt = fetch_page(c, sa.select(*columns), where, spec, "id", limit, cursor)
        counts = self._event_counts([r.doc_id for r in rows])
        items = []
        for r in rows:
            item = document_dict(r._mapping)
            item["n_events"] = counts.get(r.doc_id, 0)
            items.append(item)
        return Page(items, total, nxt)

    def _event_counts(self, doc_ids: list[str]) -> dict[str, int]:
        if not doc_ids:
            return {}
        stmt = (
            sa.select(t.events.c.doc_id, sa.func.count())
            .where(t.events.c.doc_id.in_(doc_ids))
            .group_by(t.events.c.doc_id)
        )
        with self.engine.connect() as c:
            return {k: int(n) for k, n in c.execute(stmt)}

    def get_document(self, doc_id: str) -> dict[str, Any] | None:
        with self.engine.connect() as c:
            row = c.execute(sa.select(t.documents).where(t.documents.c.doc_id == doc_id)).first()
            if row is None:
                return None
            doc = document_dict(row._mapping)
            mentions = c.execute(
                sa.select(t.mentions).where(t.mentions.c.doc_id == doc_id).order_by("start")
            )
            doc["mentions"] = [
                {k: m._mapping[k] for k in ("start", "end", "text", "label", "sentence", "actor")}
                for m in mentions
            ]
            coded = c.execute(
                sa.select(t.events.c.data, t.events.c.fused_id)
                .where(t.events.c.doc_id == doc_id)
                .order_by(t.events.c.event_id)
            )
            doc["events"] = [{**r.data, "fused_id": r.fused_id} for r in coded]
            for kind, table in t.REGISTRIES.items():
                stmt = sa.select(table.c.data).where(table.c.doc_id == doc_id)
                doc[kind] = [dict(r.data) for r in c.execute(stmt.order_by(table.c.id))]
        return doc

    def list_registry(
        self,
        kind: str,
        dyad: tuple[str, str] | None,
        doc_id: str | None,
        limit: int,
        cursor: str | None,
    ) -> Page:
        table = t.REGISTRIES[kind]
        where = []
        if dyad:
            where.extend(table.c.parties.like(f"%,{code},%") for code in dyad)
            if kind == "quotes":  # a speaker of either side, in an article about the dyad
                where = [
                    table.c.speaker_country.in_(dyad),
                    table.c.doc_id.in_(self._dyad_docs("-".join(sorted(dyad)))),
                ]
        if doc_id:
            where.append(table.c.doc_id == doc_id)
        spec: SortSpec = [(table.c.date_lo, True), (table.c.id, True)]
        with self.engine.connect() as c:
            rows, total, nxt = fetch_page(
                c,
                sa.select(table.c.date_lo, table.c.id, table.c.data),
                where,
                spec,
                "-date",
                limit,
                cursor,
            )
        return Page([dict(r.data) for r in rows], total, nxt)

    def _dyad_docs(self, dyad: str) -> sa.Select:
        return (
            sa.select(t.events.c.doc_id)
            .join(t.event_dyads, t.event_dyads.c.event_id == t.events.c.event_id)
            .where(t.event_dyads.c.dyad == dyad)
        )

    def generation(self) -> int:
        """A number that changes whenever the store's contents change (for caches)."""
        with self.engine.connect() as c:
            value = c.execute(
                sa.select(t.meta.c.value).where(t.meta.c.key == "generation")
            ).scalar()
        return int(value or 0)

    def fusion_stale(self) -> bool:
        with self.engine.connect() as c:
            value = c.execute(
                sa.select(t.meta.c.value).where(t.meta.c.key == "fusion_stale")
            ).scalar()
        return value == "1"


def _slim_event(row: Any) -> dict[str, Any]:
    sources = [_code_actor(c) for c in row.source_countries.split(",") if c]
    targets = [_code_actor(c) for c in row.target_countries.split(",") if c]
    return {
        "event_id": row.event_id,
        "fused_id": row.event_id,
        "doc_id": row.doc_id,
        "event_type": row.event_type,
        "quad_class": row.quad_class,
        "date": row.date,
        "date_precision": row.date_precision,
        "source": sources,
        "target": targets,
        "symmetric": not targets,
        "interstate": row.interstate,
        "intensity": row.intensity,
        "confidence": row.confidence,
        "source_count": row.source_count,
        "doc_ids": row.doc_ids,
    }


def _code_actor(code: str) -> dict[str, str]:
    if code.startswith("IGO:"):
        return {"country": "IGO", "igo": code[4:]}
    return {"country": code}
