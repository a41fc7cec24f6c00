"""Aggregates over fused events: dyads with summary figures, actors, the actor network."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from ..ontology import QUAD_CLASSES
from . import schema as t
from .paging import Page, decode_cursor, encode_cursor
from .queries import like_pattern


def slice_page(items: list[dict[str, Any]], name: str, limit: int, cursor: str | None) -> Page:
    """Offset paging for short aggregated lists (dyads, actors)."""
    start = int(decode_cursor(cursor, name, [float])[0]) if cursor else 0
    end = start + limit
    nxt = encode_cursor(name, [float(end)]) if end < len(items) else None
    return Page(items[start:end], len(items), nxt)


class Summaries:
    engine: sa.Engine

    def counts(self) -> dict[str, int]:
        """Documents per status, coded and fused events, dyads."""
        d = t.documents
        with self.engine.connect() as c:
            out = {f"documents_{s}": 0 for s in ("ok", "duplicate", "failed")}
            for status, n in c.execute(sa.select(d.c.status, sa.func.count()).group_by(d.c.status)):
                out[f"documents_{status}"] = int(n)
            for name, table in (("events", t.events), ("fused_events", t.fused_events)):
                out[name] = int(
                    c.execute(sa.select(sa.func.count()).select_from(table)).scalar_one()
                )
            dyads = sa.select(sa.func.count(sa.distinct(t.fused_dyads.c.dyad)))
            out["dyads"] = int(c.execute(dyads).scalar_one())
        return out

    def dyad_summaries(self) -> list[dict[str, Any]]:
        """Every dyad with its event count, reports, date span, mean intensity and the
        count per quad class; most events first."""
        e, d = t.fused_events, t.fused_dyads
        quads = [
            sa.func.sum(sa.case((e.c.quad_class == q, 1), else_=0)).label(f"q{i}")
            for i, q in enumerate(QUAD_CLASSES)
        ]
        stmt = (
            sa.select(
                d.c.dyad,
                sa.func.count().label("events"),
                sa.func.sum(e.c.source_count).label("reports"),
                sa.func.min(sa.func.nullif(e.c.date_lo, "")).label("first"),
                sa.func.max(sa.func.nullif(e.c.date_hi, "")).label("last"),
                sa.func.avg(e.c.intensity).label("mean_intensity"),
                *quads,
            )
            .join(e, e.c.event_id == d.c.event_id)
            .group_by(d.c.dyad)
            .order_by(sa.desc("events"), d.c.dyad)
        )
        with self.engine.connect() as c:
            rows = list(c.execute(stmt))
        return [_dyad_item(r) for r in rows]

    def actor_summaries(
        self, q: str | None = None, country: str | None = None, dyad: str | None = None
    ) -> list[dict[str, Any]]:
        """Actors with the number of (fused) events they take part in, most active first."""
        a, reg = t.fused_actors, t.actors
        where = []
        if q:
            where.append(sa.func.lower(a.c.name).like(like_pattern(q), escape="\\"))
        if country:
            where.append(a.c.country == country)
        if dyad:
            chosen = sa.select(t.fused_dyads.c.event_id).where(t.fused_dyads.c.dyad == dyad)
            where.append(a.c.event_id.in_(chosen))
        stmt = (
            sa.select(
                a.c.actor_id,
                sa.func.max(a.c.name).label("name"),
                sa.func.max(a.c.country).label("country"),
                sa.func.count(sa.distinct(a.c.event_id)).label("events"),
                sa.func.sum(sa.case((a.c.side == "source", 1), else_=0)).label("as_source"),
                sa.func.sum(sa.case((a.c.side == "target", 1), else_=0)).label("as_target"),
            )
            .where(*where)
            .group_by(a.c.actor_id)
            .order_by(sa.desc("events"), a.c.actor_id)
        )
        with self.engine.connect() as c:
            rows = list(c.execute(stmt))
            ids = [r.actor_id for r in rows[:2000]]
            known = (
                {r.actor_id: r for r in c.execute(sa.select(reg).where(reg.c.actor_id.in_(ids)))}
                if ids
                else {}
            )
        return [_actor_item(r, known.get(r.actor_id)) for r in rows]

    def actor_edges(self, actor_ids: list[str], dyad: str | None = None) -> list[dict[str, Any]]:
        """How many fused events each pair of the given actors shares."""
        if not actor_ids:
            return []
        a1, a2 = t.fused_actors.alias("a1"), t.fused_actors.alias("a2")
        where = [
            a1.c.actor_id < a2.c.actor_id,
            a1.c.actor_id.in_(actor_ids),
            a2.c.actor_id.in_(actor_ids),
        ]
        if dyad:
            chosen = sa.select(t.fused_dyads.c.event_id).where(t.fused_dyads.c.dyad == dyad)
            where.append(a1.c.event_id.in_(chosen))
        stmt = (
            sa.select(
                a1.c.actor_id.label("a"),
                a2.c.actor_id.label("b"),
                sa.func.count(sa.distinct(a1.c.event_id)).label("weight"),
            )
            .join(a2, a1.c.event_id == a2.c.event_id)
            .where(*where)
            .group_by(a1.c.actor_id, a2.c.actor_id)
        )
        with self.engine.connect() as c:
            return [
                {"source": r.a, "target": r.b, "weight": int(r.weight)} for r in c.execute(stmt)
            ]


def _dyad_item(row: Any) -> dict[str, Any]:
    mean = row.mean_intensity
    return {
        "dyad": row.dyad,
        "countries": row.dyad.split("-"),
        "events": int(row.events),
        "reports": int(row.reports or 0),
        "first_date": row.first,
        "last_date": row.last,
        "mean_intensity": round(float(mean), 2) if mean is not None else None,
        "quad_counts": {q: int(row._mapping[f"q{i}"] or 0) for i, q in enumerate(QUAD_CLASSES)},
    }


def _actor_item(row: Any, known: Any) -> dict[str, Any]:
    return {
        "actor_id": row.actor_id,
        "name": row.name,
        "country": row.country,
        "sector": known.sector if known is not None else None,
        "role": known.role if known is not None else None,
        "kind": known.kind if known is not None else None,
        "events": int(row.events),
        "as_source": int(row.as_source or 0),
        "as_target": int(row.as_target or 0),
    }
