"""The store: one schema on SQLite (embedded default, WAL, FTS5) or PostgreSQL.

store = open_store("sqlite:///dyadscope.db")   # migrates to the newest schema
store.write_documents(docs)                   # ingest
for batch in store.documents_to_code():       # code
    store.write_coded(run(batch))
store.refresh_fusion()                        # fuse
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import make_url

from ..config import Options, load_options
from ..errors import NotFoundError
from .engine import create_engine, migrate
from .errors import QueryError
from .paging import Page
from .queries import EventQuery
from .store import Store

__all__ = ["EventQuery", "Page", "QueryError", "Store", "open_store"]


def open_store(
    url: str | None = None, options: Options | None = None, *, create: bool = True
) -> Store:
    """Open (creating and migrating as needed) the store at `url`, by default the
    `store.default_url` setting. With `create=False` a missing SQLite file is an error
    instead of a new empty store (a mistyped `--db` on a query must not pass silently)."""
    options = options or load_options()
    url = url or options.get("store.default_url", "sqlite:///dyadscope.db")
    if not create:
        _require_existing(url)
    engine = create_engine(url)
    migrate(engine)
    return Store(engine, options)


def _require_existing(url: str) -> None:
    parsed = make_url(url)
    database = parsed.database or ""
    is_file = parsed.get_backend_name() == "sqlite" and database not in ("", ":memory:")
    if is_file and not Path(database).exists():
        hint = f"create it with `dyadscope run PATH --db {url}`"
        raise NotFoundError("E009", what=f"store {url} ({hint})")
