"""Initial schema: documents, events, fused events, actors, mentions, registries and the
full-text index (FTS5 on SQLite, a tsvector GIN index on PostgreSQL).

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

# The text that full-text search reads on PostgreSQL; store/search.py uses the same one.
PG_DOCUMENT_VECTOR = "to_tsvector('english', coalesce(title, '') || ' ' || text)"

SQLITE_FTS = [
    "CREATE VIRTUAL TABLE documents_fts USING fts5("
    "title, text, content='documents', content_rowid='id', tokenize='porter unicode61')",
    "CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN "
    "INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END",
    "CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN "
    "INSERT INTO documents_fts(documents_fts, rowid, title, text) "
    "VALUES ('delete', old.id, old.title, old.text); END",
    "CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN "
    "INSERT INTO documents_fts(documents_fts, rowid, title, text) "
    "VALUES ('delete', old.id, old.title, old.text); "
    "INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END",
]


def _event_columns() -> list[sa.Column]:
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


def _create_links(prefix: str) -> None:
    op.create_table(
        f"{prefix}_dyads",
        sa.Column("event_id", sa.String(40), primary_key=True),
        sa.Column("dyad", sa.String(40), primary_key=True),
        sa.Column("date_lo", sa.String(10), nullable=False),
    )
    op.create_index(f"ix_{prefix}_dyads_dyad", f"{prefix}_dyads", ["dyad", "date_lo", "event_id"])
    op.create_table(
        f"{prefix}_actors",
        sa.Column("event_id", sa.String(40), primary_key=True),
        sa.Column("actor_id", sa.String, primary_key=True),
        sa.Column("side", sa.String(6), primary_key=True),
        sa.Column("name", sa.String, nullable=False),
        sa.Column("country", sa.String(24)),
    )
    op.create_index(f"ix_{prefix}_actors_actor", f"{prefix}_actors", ["actor_id"])
    op.create_index(f"ix_{prefix}_actors_country", f"{prefix}_actors", ["country"])


def _create_registry(name: str, *columns: sa.Column) -> None:
    op.create_table(
        name,
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column("doc_id", sa.String, nullable=False),
        sa.Column("parties", sa.String, nullable=False),
        sa.Column("date_lo", sa.String(10), nullable=False),
        *columns,
        sa.Column("data", sa.JSON, nullable=False),
    )
    op.create_index(f"ix_{name}_doc", name, ["doc_id"])


def _create_documents() -> None:
    op.create_table(
        "documents",
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
    )
    op.create_index("ix_documents_status_coded", "documents", ["status", "coded"])


def _create_events() -> None:
    op.create_table(
        "events",
        sa.Column("event_id", sa.String(40), primary_key=True),
        *_event_columns(),
        sa.Column("fused_id", sa.String(40)),
    )
    op.create_index("ix_events_doc", "events", ["doc_id"])
    op.create_index("ix_events_date", "events", ["date_lo", "event_id"])
    op.create_index("ix_events_type", "events", ["event_type", "date_lo"])
    op.create_index("ix_events_intensity", "events", ["intensity_key", "event_id"])
    op.create_index("ix_events_confidence", "events", ["confidence", "event_id"])
    op.create_index("ix_events_countries", "events", ["countries"])
    op.create_index("ix_events_fused", "events", ["fused_id"])
    op.create_table(
        "fused_events",
        sa.Column("event_id", sa.String(40), primary_key=True),
        *_event_columns(),
        sa.Column("source_count", sa.Integer, nullable=False),
        sa.Column("doc_ids", sa.JSON, nullable=False),
    )
    op.create_index("ix_fused_events_date", "fused_events", ["date_lo", "event_id"])
    op.create_index("ix_fused_events_type", "fused_events", ["event_type", "date_lo"])
    op.create_index("ix_fused_events_intensity", "fused_events", ["intensity_key", "event_id"])
    op.create_index("ix_fused_events_confidence", "fused_events", ["confidence", "event_id"])
    op.create_index("ix_fused_events_countries", "fused_events", ["countries"])
    _create_links("event")
    _create_links("fused")
    op.create_table(
        "fused_members",
        sa.Column("fused_id", sa.String(40), primary_key=True),
        sa.Column("event_id", sa.String(40), primary_key=True),
        sa.Column("doc_id", sa.String, nullable=False),
    )
    op.create_index("ix_fused_members_event", "fused_members", ["event_id"])


def _create_annotations() -> None:
    op.create_table(
        "actors",
        sa.Column("actor_id", sa.String, primary_key=True),
        sa.Column("name", sa.String, nullable=False),
        sa.Column("country", sa.String(24)),
        sa.Column("sector", sa.String(16)),
        sa.Column("role", sa.String),
        sa.Column("igo", sa.String(24)),
        sa.Column("kind", sa.String(16)),
    )
    op.create_table(
        "mentions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("doc_id", sa.String, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("label", sa.String(16), nullable=False),
        sa.Column("sentence", sa.Integer, nullable=False),
        sa.Column("actor_id", sa.String),
        sa.Column("actor", sa.JSON),
    )
    op.create_index("ix_mentions_doc", "mentions", ["doc_id"])
    _create_registry("quotes", sa.Column("speaker_country", sa.String(24)))
    _create_registry("agreements")
    _create_registry("mechanisms")
    _create_registry("milestones")
    _create_registry("verdicts", sa.Column("polarity", sa.Float))
    op.create_table(
        "store_meta",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.String, nullable=False),
    )


def upgrade() -> None:
    _create_documents()
    _create_events()
    _create_annotations()
    if op.get_bind().dialect.name == "sqlite":
        for statement in SQLITE_FTS:
            op.execute(statement)
    else:
        op.execute(f"CREATE INDEX ix_documents_fts ON documents USING gin (({PG_DOCUMENT_VECTOR}))")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS documents_fts")
    for name in (
        "store_meta",
        "verdicts",
        "milestones",
        "mechanisms",
        "agreements",
        "quotes",
        "mentions",
        "actors",
        "fused_members",
        "fused_actors",
        "fused_dyads",
        "event_actors",
        "event_dyads",
        "fused_events",
        "events",
        "documents",
    ):
        op.drop_table(name)
