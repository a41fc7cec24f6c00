"""Alembic environment: the store hands over an open connection (see `store/engine.py`),
so migrations run in the caller's transaction on SQLite and PostgreSQL alike."""

from __future__ import annotations

from alembic import context

from dyadscope.store.schema import metadata

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only through `alembic` on the command line
    raise RuntimeError("run migrations through dyadscope.store.open_store(url)")

context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
