"""Pre-aggregated relations index: per dyad, side, frequency and period totals, and the
dyad's coverage per period, both rebuilt whenever fusion is refreshed.

A store fused before this revision has empty tables: the migration marks fusion stale, so the
index is computed from fused events until the next `refresh_fusion` fills them.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

QUADS = (
    "verbal_cooperation",
    "material_cooperation",
    "neutral",
    "verbal_conflict",
    "material_conflict",
)


def upgrade() -> None:
    op.create_table(
        "index_periods",
        sa.Column("dyad", sa.String(40), primary_key=True),
        sa.Column("side", sa.String(1), primary_key=True),
        sa.Column("freq", sa.String(8), primary_key=True),
        sa.Column("period", sa.String(21), primary_key=True),
        sa.Column("n_events", sa.Integer, nullable=False),
        sa.Column("n_sources", sa.Integer, nullable=False),
        *[sa.Column(name, sa.Integer, nullable=False) for name in QUADS],
        sa.Column("intensity_sum", sa.Float, nullable=False),
        sa.Column("types", sa.JSON, nullable=False),
    )
    op.create_table(
        "index_coverage",
        sa.Column("dyad", sa.String(40), primary_key=True),
        sa.Column("freq", sa.String(8), primary_key=True),
        sa.Column("period", sa.String(10), primary_key=True),
        sa.Column("documents", sa.Integer, nullable=False),
    )
    meta = sa.table("store_meta", sa.column("key", sa.String), sa.column("value", sa.String))
    fused = op.get_bind().execute(sa.text("SELECT count(*) FROM fused_events")).scalar()
    if fused:  # fused before the tables existed: let the next refresh fill them
        op.execute(meta.delete().where(meta.c.key == "fusion_stale"))
        op.execute(meta.insert().values(key="fusion_stale", value="1"))


def downgrade() -> None:
    op.drop_table("index_coverage")
    op.drop_table("index_periods")
