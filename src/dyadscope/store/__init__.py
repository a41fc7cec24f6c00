"""The store: one schema on SQLite (embedded default, WAL, FTS5) or PostgreSQL.

store = open_store("sqlite:///dyadscope.db")   # migrates to the newest schema
store.write_documents(docs)                   # ingest
for batch in store.documents_to_code():       # code
    store.write_coded(run(batch))
store.refresh_fusion()                        # fuse
"""

from __future__ import annotations

from ..config import Options, load_options
from .engine import create_engine, migrate
from .errors import QueryError
from .paging import Page
from .queries import EventQuery
from .store import Store

__all__ = ["EventQuery", "Page", "QueryError", "Store", "open_store"]


def open_store(url: str | None = None, options: Options | None = None) -> Store:
    """Open (creating and migrating as needed) the store at `url`, by default the
    `store.default_url` setting."""
    options = options or load_options()
    engine = create_engine(url or options.get("store.default_url", "sqlite:///dyadscope.db"))
    migrate(engine)
    return Store(engine, options)
