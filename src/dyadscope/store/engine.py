"""Opening a database: URL normalisation, SQLite pragmas (WAL) and Alembic migrations."""

from __future__ import annotations

import logging
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from ..errors import UsageError

LOGGER = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).parent / "migrations"


def normalise_url(url: str) -> str:
    """`postgresql://` and `postgres://` mean the psycopg 3 driver we ship with."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def create_engine(url: str) -> sa.Engine:
    try:
        engine = sa.create_engine(normalise_url(url), future=True)
    except Exception as e:  # noqa: BLE001 - any bad URL becomes a usage error
        raise UsageError("E008", url=url, reason=str(e)) from e
    if engine.dialect.name == "sqlite":
        _prepare_sqlite(engine)
    elif engine.dialect.name != "postgresql":
        raise UsageError("E008", url=url, reason="only SQLite and PostgreSQL are supported")
    return engine


def _prepare_sqlite(engine: sa.Engine) -> None:
    database = engine.url.database
    if database and database != ":memory:" and not database.startswith("file:"):
        Path(database).expanduser().resolve().parent.mkdir(parents=True, exist_ok=True)

    @sa.event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        cursor = dbapi_connection.cursor()
        # WAL lets the dashboard read while a pipeline writes; NORMAL is safe with WAL.
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.execute("PRAGMA foreign_keys=ON")
        # Reads of a large store: a 64 MB page cache and memory-mapped I/O per connection.
        cursor.execute("PRAGMA cache_size=-65536")
        cursor.execute("PRAGMA mmap_size=268435456")
        cursor.close()


def migrate(engine: sa.Engine) -> None:
    """Bring the database to the newest schema (`alembic upgrade head`), if it is not there."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    head = ScriptDirectory.from_config(config).get_current_head()
    try:
        with engine.begin() as connection:
            current = MigrationContext.configure(connection).get_current_revision()
            if current == head:
                return
            LOGGER.info("migrating store from %s to %s", current, head)
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except sa.exc.OperationalError as e:
        raise UsageError("E008", url=_safe_url(engine), reason=str(e.orig)) from e


def _safe_url(engine: sa.Engine) -> str:
    return engine.url.render_as_string(hide_password=True)
