"""The store: documents in, coded annotations in, fused events (and the relations index
pre-aggregated from them) refreshed; reads come from the `Reader`, `Summaries`, `Searcher`
and `Aggregates` mixins.

Every write runs in a transaction per batch, so a crash loses at most the batch in flight
and a re-run redoes only what was not committed (documents are marked `coded` in the same
transaction as their annotations).
"""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

from ..config import Options
from ..records import Document
from . import schema as t
from .aggregates import Aggregates, coverage_days_query, index_coverage_rows, index_period_rows
from .bridge import fuse_events
from .queries import Reader
from .rows import (
    actor_record_row,
    document_from_row,
    document_row,
    event_row,
    link_rows,
    mention_rows,
    now,
    quote_row,
    registry_row,
)
from .search import Searcher
from .summaries import Summaries

LOGGER = logging.getLogger(__name__)
WRITE_BATCH = 200
CHUNK = 500  # rows per INSERT statement: well under SQLite's bound-parameter limit


def _batched(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


class Store(Reader, Summaries, Searcher, Aggregates):
    def __init__(self, engine: sa.Engine, options: Options) -> None:
        self.engine = engine
        self.options = options

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()

    # -- documents -------------------------------------------------------------------

    def write_documents(self, docs: Iterable[Document]) -> dict[str, int]:
        """Insert or update documents by doc_id; an unchanged one (same content hash, status
        and reason) is left alone. Counts: new, updated, unchanged, and per status."""
        counts: Counter[str] = Counter()
        for batch in _batched(docs, WRITE_BATCH):
            with self.engine.begin() as c:
                self._write_document_batch(c, batch, counts)
        return {
            k: counts.get(k, 0)
            for k in ("new", "updated", "unchanged", "ok", "duplicate", "failed")
        }

    def _write_document_batch(
        self, c: sa.Connection, batch: list[Document], counts: Counter[str]
    ) -> None:
        latest = {doc.doc_id: doc for doc in batch}  # a doc_id twice in a batch: last wins
        d = t.documents
        old = {
            r.doc_id: (r.content_hash, r.status, r.error, r.duplicate_of)
            for r in c.execute(
                sa.select(
                    d.c.doc_id, d.c.content_hash, d.c.status, d.c.error, d.c.duplicate_of
                ).where(d.c.doc_id.in_(list(latest)))
            )
        }
        new, changed = [], []
        for doc in latest.values():
            counts[doc.status] += 1
            row = document_row(doc)
            before = old.get(doc.doc_id)
            if before is None:
                new.append({**row, "coded": False, "ingested_at": now(), "coded_at": None})
            elif before == (row["content_hash"], doc.status, doc.error, doc.duplicate_of):
                counts["unchanged"] += 1
            else:
                changed.append({**row, "coded": False, "coded_at": None, "b_doc_id": doc.doc_id})
        counts["new"] += len(new)
        counts["updated"] += len(changed)
        for chunk in _batched(new, CHUNK):
            c.execute(d.insert(), chunk)
        if changed:
            self._delete_annotations(c, [r["doc_id"] for r in changed])
            values = {k: sa.bindparam(k) for k in changed[0] if k not in ("doc_id", "b_doc_id")}
            stmt = d.update().where(d.c.doc_id == sa.bindparam("b_doc_id")).values(values)
            c.execute(stmt, changed)
            self._bump(c, fusion_stale=True)

    def dedup_rows(self) -> Iterator[tuple[str, str, bytes | None]]:
        """(doc_id, content_hash, minhash) of every usable stored document, in ingest order."""
        d = t.documents
        stmt = (
            sa.select(d.c.doc_id, d.c.content_hash, d.c.minhash)
            .where(d.c.status == "ok")
            .order_by(d.c.id)
        )
        with self.engine.connect() as c:
            for row in c.execution_options(yield_per=1000).execute(stmt):
                yield row.doc_id, row.content_hash, bytes(row.minhash) if row.minhash else None

    def documents_to_code(self, batch_size: int = 16) -> Iterator[list[Document]]:
        """Batches of usable documents not yet coded; safe to interleave with `write_coded`."""
        d = t.documents
        last = 0
        while True:
            stmt = (
                sa.select(d)
                .where(d.c.status == "ok", d.c.coded.is_(False), d.c.id > last)
                .order_by(d.c.id)
                .limit(batch_size)
            )
            with self.engine.connect() as c:
                rows = list(c.execute(stmt))
            if not rows:
                return
            last = rows[-1].id
            yield [document_from_row(r) for r in rows]

    # -- coded annotations -----------------------------------------------------------

    def write_coded(self, docs: list[Document]) -> None:
        """Replace the annotations of these documents and mark them coded, atomically."""
        if not docs:
            return
        with self.engine.begin() as c:
            self._delete_annotations(c, [doc.doc_id for doc in docs])
            self._insert_events(c, docs)
            self._insert_annotations(c, docs)
            self._mark_coded(c, docs)
            self._bump(c, fusion_stale=True)

    def _delete_annotations(self, c: sa.Connection, doc_ids: list[str]) -> None:
        ids = sa.select(t.events.c.event_id).where(t.events.c.doc_id.in_(doc_ids))
        for link in (t.event_dyads, t.event_actors):
            c.execute(link.delete().where(link.c.event_id.in_(ids)))
        c.execute(t.events.delete().where(t.events.c.doc_id.in_(doc_ids)))
        c.execute(t.mentions.delete().where(t.mentions.c.doc_id.in_(doc_ids)))
        for table in t.REGISTRIES.values():
            c.execute(table.delete().where(table.c.doc_id.in_(doc_ids)))

    def _insert_events(self, c: sa.Connection, docs: list[Document]) -> None:
        rows: dict[str, dict[str, Any]] = {}
        dyads, actors = [], []
        for doc in docs:
            for event in doc.events:
                data = event.to_dict()
                if data["event_id"] in rows:
                    continue  # the same event coded twice from one span
                row = event_row(data)
                rows[row["event_id"]] = row
                more_dyads, more_actors = link_rows(row["event_id"], data, row["date_lo"])
                dyads += more_dyads
                actors += more_actors
        for table, items in ((t.events, list(rows.values())), (t.event_dyads, dyads)):
            for chunk in _batched(items, CHUNK):
                c.execute(table.insert(), chunk)
        for chunk in _batched(actors, CHUNK):
            c.execute(t.event_actors.insert(), chunk)

    def _insert_annotations(self, c: sa.Connection, docs: list[Document]) -> None:
        people: dict[str, dict[str, Any]] = {}
        mentions, registries = [], {k: {} for k in t.REGISTRIES}
        for doc in docs:
            mentions += mention_rows(doc)
            for actor in [m.actor for m in doc.mentions if m.actor] + [
                a for e in doc.events for a in e.source + e.target
            ]:
                row = actor_record_row(actor)
                people.setdefault(row["actor_id"], row)
            for quote in doc.quotes:
                row = quote_row(quote)
                registries["quotes"][row["id"]] = row
            for kind in ("agreements", "mechanisms", "milestones", "verdicts"):
                for record in getattr(doc, kind):
                    row = registry_row(kind, record)
                    registries[kind][row["id"]] = row
        for chunk in _batched(mentions, CHUNK):
            c.execute(t.mentions.insert(), chunk)
        for kind, rows in registries.items():
            for chunk in _batched(list(rows.values()), CHUNK):
                c.execute(t.REGISTRIES[kind].insert(), chunk)
        _upsert(c, t.actors, list(people.values()), ["actor_id"])

    def _mark_coded(self, c: sa.Connection, docs: list[Document]) -> None:
        d = t.documents
        stmt = (
            d.update()
            .where(d.c.doc_id == sa.bindparam("b_doc_id"))
            .values(
                coded=True,
                coded_at=sa.bindparam("coded_at"),
                status=sa.bindparam("status"),
                error=sa.bindparam("error"),
                error_code=sa.bindparam("error_code"),
                published=sa.bindparam("published"),
                published_precision=sa.bindparam("published_precision"),
                published_inferred=sa.bindparam("published_inferred"),
                language=sa.bindparam("language"),
            )
        )
        when = now()
        params = [
            {
                "b_doc_id": doc.doc_id,
                "coded_at": when,
                "status": doc.status,
                "error": doc.error,
                "error_code": doc.error_code,
                "published": doc.published,
                "published_precision": doc.published_precision or "unknown",
                "published_inferred": doc.published_inferred,
                "language": doc.language,
            }
            for doc in docs
        ]
        c.execute(stmt, params)

    # -- fusion ------------------------------------------------------------------------

    def refresh_fusion(self) -> None:
        """Fuse every coded event again, keeping the fused ids of earlier runs, and replace
        the fused tables and the index aggregates in one transaction."""
        with self.engine.begin() as c:
            coded = [
                dict(r.data)
                for r in c.execute(sa.select(t.events.c.data).order_by(t.events.c.event_id))
            ]
            m = t.fused_members
            existing = {r.event_id: r.fused_id for r in c.execute(sa.select(m))}
            fused = fuse_events(coded, existing)
            for table in (t.fused_members, t.fused_dyads, t.fused_actors, t.fused_events):
                c.execute(table.delete())
            self._insert_fused(c, fused)
            self._replace_index_aggregates(c, fused)
            self._bump(c, fusion_stale=False)
        LOGGER.info("fusion: %d coded events into %d fused events", len(coded), len(fused))

    def _insert_fused(self, c: sa.Connection, fused: list[dict[str, Any]]) -> None:
        rows, members, dyads, actors = [], [], [], []
        doc_of: dict[str, str] = {}
        for event in fused:
            doc_ids = list(event.get("doc_ids") or [event.get("doc_id")])
            extra = {"source_count": int(event.get("source_count") or 1), "doc_ids": doc_ids}
            row = event_row(event, extra)
            rows.append(row)
            more_dyads, more_actors = link_rows(row["event_id"], event, row["date_lo"])
            dyads += more_dyads
            actors += more_actors
            doc_of.update({m: row["doc_id"] for m in event.get("members") or []})
            members += [{"fused_id": row["event_id"], "event_id": m} for m in event["members"]]
        coded_docs = dict(
            (r.event_id, r.doc_id)
            for r in c.execute(sa.select(t.events.c.event_id, t.events.c.doc_id))
        )
        for member in members:
            member["doc_id"] = coded_docs.get(member["event_id"], doc_of[member["event_id"]])
        for table, items in (
            (t.fused_events, rows),
            (t.fused_members, members),
            (t.fused_dyads, dyads),
            (t.fused_actors, actors),
        ):
            for chunk in _batched(items, CHUNK):
                c.execute(table.insert(), chunk)
        stmt = t.events.update().where(t.events.c.event_id == sa.bindparam("b_event_id"))
        updates = [{"b_event_id": m["event_id"], "fused_id": m["fused_id"]} for m in members]
        for chunk in _batched(updates, 5000):
            c.execute(stmt.values(fused_id=sa.bindparam("fused_id")), chunk)

    def _replace_index_aggregates(self, c: sa.Connection, fused: list[dict[str, Any]]) -> None:
        """Per dyad and period totals of the fused events and coverage of the coded ones."""
        days: dict[str, dict[str, int]] = defaultdict(dict)
        for dyad, day, documents in c.execute(coverage_days_query()):
            days[dyad][day] = int(documents)
        for table, rows in (
            (t.index_periods, index_period_rows(fused)),
            (t.index_coverage, index_coverage_rows(days)),
        ):
            c.execute(table.delete())
            for chunk in _batched(rows, CHUNK):
                c.execute(table.insert(), chunk)

    def _bump(self, c: sa.Connection, fusion_stale: bool) -> None:
        current = c.execute(sa.select(t.meta.c.value).where(t.meta.c.key == "generation")).scalar()
        _upsert(
            c,
            t.meta,
            [
                {"key": "generation", "value": str(int(current or 0) + 1)},
                {"key": "fusion_stale", "value": "1" if fusion_stale else "0"},
            ],
            ["key"],
        )


def _upsert(c: sa.Connection, table: sa.Table, rows: list[dict[str, Any]], keys: list[str]) -> None:
    """Insert rows, replacing the other columns of rows whose key already exists."""
    if not rows:
        return
    insert = (sqlite.insert if c.dialect.name == "sqlite" else postgresql.insert)(table)
    others = [col.name for col in table.columns if col.name not in keys]
    stmt = insert.on_conflict_do_update(
        index_elements=keys, set_={name: insert.excluded[name] for name in others}
    )
    for chunk in _batched(rows, CHUNK):
        c.execute(stmt, chunk)
