"""The store's tables (SQLAlchemy Core), one schema for SQLite and PostgreSQL.

Coded events and fused events share one column layout (`_event_columns`) so that one query
builder filters both. Each record keeps its full export dict in `data` (SPEC sections 3-4)
next to the columns that are indexed for filtering and sorting. The migrations under
`migrations/versions/` create exactly these tables; a test compares the two.
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()


def _event_columns() -> list[sa.Column]:
    """Indexed copies of an event's fields; `date_lo`/`date_hi` bound the period its date
    covers ('' when unknown) so that range filters work at any precision."""
    return [
        sa.Column("doc_id", sa.String, nullable=False),
        sa.Column("event_type", sa.String(16), nullable=False),
        sa.Column("quad_class", sa.String(32)),
        sa.Column("mode", sa.String(16)),
        sa.Column("date", sa.String(10)),
        sa.Column("date_precision", sa.String(8), nullable=False),
        sa.Column("date_lo", sa.String(10), nullable=False),
        sa.Column("date_hi", sa.String(10), nullable=False),
        sa.Column("source_countries", sa.String, nullable=False),
        sa.Column("target_countries", sa.String, nullable=False),
        sa.Column("countries", sa.String, nullable=False),  # ",CHN,RUS,": every participant
        sa.Column("dyad", sa.String),
        sa.Column("interstate", sa.Boolean, nullable=False),
        sa.Column("intensity", sa.Float),
        sa.Column("intensity_key", sa.Float, nullable=False),  # 0 when unknown: a sort key
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("search_text", sa.Text, nullable=False),
        sa.Column("data", sa.JSON, nullable=False),
    ]


documents = sa.Table(
    "documents",
    metadata,
    # An integer key so that SQLite's FTS5 index can point at rows (content_rowid).
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("doc_id", sa.String, nullable=False, unique=True),
    sa.Column("source_path", sa.String),
    sa.Column("url", sa.String),
    sa.Column("title", sa.Text),
    sa.Column("published", sa.String(32)),
    sa.Column("published_precision", sa.String(8), nullable=False),
    sa.Column("published_inferred", sa.Text),
    sa.Column("outlet", sa.String),
    sa.Column("author", sa.String),
    sa.Column("language", sa.String(8)),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("extra_stories", sa.JSON, nullable=False),
    sa.Column("duplicate_of", sa.String),
    sa.Column("content_hash", sa.String(64), nullable=False),
    sa.Column("status", sa.String(10), nullable=False),
    sa.Column("error", sa.Text),
    sa.Column("error_code", sa.String(8)),
    sa.Column("minhash", sa.LargeBinary),
    sa.Column("coded", sa.Boolean, nullable=False),
    sa.Column("ingested_at", sa.DateTime, nullable=False),
    sa.Column("coded_at", sa.DateTime),
    sa.Index("ix_documents_status_coded", "status", "coded"),
)

events = sa.Table(
    "events",
    metadata,
    sa.Column("event_id", sa.String(40), primary_key=True),
    *_event_columns(),
    sa.Column("fused_id", sa.String(40)),
    sa.Index("ix_events_doc", "doc_id"),
    sa.Index("ix_events_date", "date_lo", "event_id"),
    sa.Index("ix_events_type", "event_type", "date_lo"),
    sa.Index("ix_events_intensity", "intensity_key", "event_id"),
    sa.Index("ix_events_confidence", "confidence", "event_id"),
    sa.Index("ix_events_countries", "countries"),
    sa.Index("ix_events_fused", "fused_id"),
)

fused_events = sa.Table(
    "fused_events",
    metadata,
    sa.Column("event_id", sa.String(40), primary_key=True),  # the fused_id
    *_event_columns(),
    sa.Column("source_count", sa.Integer, nullable=False),
    sa.Column("doc_ids", sa.JSON, nullable=False),  # for the index's source counts
    sa.Index("ix_fused_events_date", "date_lo", "event_id"),
    sa.Index("ix_fused_events_type", "event_type", "date_lo"),
    sa.Index("ix_fused_events_intensity", "intensity_key", "event_id"),
    sa.Index("ix_fused_events_confidence", "confidence", "event_id"),
    sa.Index("ix_fused_events_countries", "countries"),
)


def _link_tables(prefix: str) -> tuple[sa.Table, sa.Table]:
    """Per-event dyads (every country pair it involves) and actors, for filters and counts."""
    dyads = sa.Table(
        f"{prefix}_dyads",
        metadata,
        sa.Column("event_id", sa.String(40), primary_key=True),
        sa.Column("dyad", sa.String(40), primary_key=True),  # sorted "CHN-RUS"
        sa.Column("date_lo", sa.String(10), nullable=False),
        sa.Index(f"ix_{prefix}_dyads_dyad", "dyad", "date_lo", "event_id"),
    )
    actors = sa.Table(
        f"{prefix}_actors",
        metadata,
        sa.Column("event_id", sa.String(40), primary_key=True),
        sa.Column("actor_id", sa.String, primary_key=True),
        sa.Column("side", sa.String(6), primary_key=True),  # source | target
        sa.Column("name", sa.String, nullable=False),
        sa.Column("country", sa.String(24)),
        sa.Index(f"ix_{prefix}_actors_actor", "actor_id"),
        sa.Index(f"ix_{prefix}_actors_country", "country"),
    )
    return dyads, actors


event_dyads, event_actors = _link_tables("event")
fused_dyads, fused_actors = _link_tables("fused")

fused_members = sa.Table(
    "fused_members",
    metadata,
    sa.Column("fused_id", sa.String(40), primary_key=True),
    sa.Column("event_id", sa.String(40), primary_key=True),
    sa.Column("doc_id", sa.String, nullable=False),
    sa.Index("ix_fused_members_event", "event_id"),
)

actors = sa.Table(
    "actors",
    metadata,
    sa.Column("actor_id", sa.String, primary_key=True),
    sa.Column("name", sa.String, nullable=False),
    sa.Column("country", sa.String(24)),
    sa.Column("sector", sa.String(16)),
    sa.Column("role", sa.String),
    sa.Column("igo", sa.String(24)),
    sa.Column("kind", sa.String(16)),
)

mentions = sa.Table(
    "mentions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("doc_id", sa.String, nullable=False),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("label", sa.String(16), nullable=False),
    sa.Column("sentence", sa.Integer, nullable=False),
    sa.Column("actor_id", sa.String),
    sa.Column("actor", sa.JSON),
    sa.Index("ix_mentions_doc", "doc_id"),
)


def _registry(name: str, *columns: sa.Column) -> sa.Table:
    """A registry table: one row per record with `parties` as ',CHN,RUS,' for dyad filters."""
    return sa.Table(
        name,
        metadata,
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column("doc_id", sa.String, nullable=False),
        sa.Column("parties", sa.String, nullable=False),
        sa.Column("date_lo", sa.String(10), nullable=False),
        *columns,
        sa.Column("data", sa.JSON, nullable=False),
        sa.Index(f"ix_{name}_doc", "doc_id"),
    )


quotes = _registry("quotes", sa.Column("speaker_country", sa.String(24)))
agreements = _registry("agreements")
mechanisms = _registry("mechanisms")
milestones = _registry("milestones")
verdicts = _registry("verdicts", sa.Column("polarity", sa.Float))

REGISTRIES = {
    "quotes": quotes,
    "agreements": agreements,
    "mechanisms": mechanisms,
    "milestones": milestones,
    "verdicts": verdicts,
}

# Small key/value facts about the store (e.g. a generation counter bumped on every write).
meta = sa.Table(
    "store_meta",
    metadata,
    sa.Column("key", sa.String(64), primary_key=True),
    sa.Column("value", sa.String, nullable=False),
)

# The relations index pre-aggregated whenever fusion is refreshed (`store/aggregates.py`), so an
# index is read from a few rows per period instead of every fused event of a busy dyad. `side`
# is `u` (undirected), `f` (first country of the sorted dyad toward the second) or `r` (back).
# Events too coarsely dated for `freq` are counted in `n_events` of rows whose period is the
# span their date covers ("2024-01-01/2024-12-31"), or '' when they have no date, so that a
# date window can still count the ones it overlaps.
INDEX_QUADS = (
    "verbal_cooperation",
    "material_cooperation",
    "neutral",
    "verbal_conflict",
    "material_conflict",
)

index_periods = sa.Table(
    "index_periods",
    metadata,
    sa.Column("dyad", sa.String(40), primary_key=True),  # sorted "CHN-RUS"
    sa.Column("side", sa.String(1), primary_key=True),
    sa.Column("freq", sa.String(8), primary_key=True),
    sa.Column("period", sa.String(21), primary_key=True),  # "2024-05", "2024-W18", "2024-Q2"
    sa.Column("n_events", sa.Integer, nullable=False),
    sa.Column("n_sources", sa.Integer, nullable=False),
    *[sa.Column(name, sa.Integer, nullable=False) for name in INDEX_QUADS],
    sa.Column("intensity_sum", sa.Float, nullable=False),
    sa.Column("types", sa.JSON, nullable=False),  # {"CONSULT": 3, ...}
)

# The dyad's coverage volume per period: documents reporting any of its coded events, summed
# over the days they fall on (what `Reader.coverage_by_day` gives, per period of `freq`).
index_coverage = sa.Table(
    "index_coverage",
    metadata,
    sa.Column("dyad", sa.String(40), primary_key=True),
    sa.Column("freq", sa.String(8), primary_key=True),
    sa.Column("period", sa.String(10), primary_key=True),
    sa.Column("documents", sa.Integer, nullable=False),
)
