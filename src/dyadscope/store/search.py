"""Full-text search over usable documents (duplicates and failed inputs left out): FTS5 on
SQLite, tsvector on PostgreSQL.

Snippets mark hits with the control characters MARK_START/MARK_END (never found in clean
text), so that a renderer can escape the article text first and add its own markup after.
"""

from __future__ import annotations

import re
from typing import Any

import sqlalchemy as sa

from .errors import QueryError
from .paging import Page, decode_cursor, encode_cursor

MARK_START, MARK_END = "\x02", "\x03"
PG_DOCUMENT_VECTOR = "to_tsvector('english', coalesce(d.title, '') || ' ' || d.text)"
_PHRASE = re.compile(r'"([^"]+)"|(\w+)')

SQLITE_SEARCH = sa.text(
    "SELECT d.doc_id, d.title, d.published, d.outlet, d.status, "
    "snippet(documents_fts, 1, :ms, :me, ' … ', 28) AS snippet "
    "FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid "
    "WHERE documents_fts MATCH :q AND d.status = 'ok' ORDER BY bm25(documents_fts, 4.0, 1.0), d.id "
    "LIMIT :limit OFFSET :offset"
)
SQLITE_COUNT = sa.text(
    "SELECT count(*) FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid "
    "WHERE documents_fts MATCH :q AND d.status = 'ok'"
)
PG_SEARCH = sa.text(
    "SELECT d.doc_id, d.title, d.published, d.outlet, d.status, "
    "ts_headline('english', d.text, query, :options) AS snippet "
    f"FROM documents d, websearch_to_tsquery('english', :q) query "
    f"WHERE {PG_DOCUMENT_VECTOR} @@ query AND d.status = 'ok' "
    f"ORDER BY ts_rank({PG_DOCUMENT_VECTOR}, query) DESC, d.id LIMIT :limit OFFSET :offset"
)
PG_COUNT = sa.text(
    f"SELECT count(*) FROM documents d WHERE {PG_DOCUMENT_VECTOR} "
    "@@ websearch_to_tsquery('english', :q) AND d.status = 'ok'"
)
PG_OPTIONS = f"StartSel={MARK_START}, StopSel={MARK_END}, MaxWords=40, MinWords=20, MaxFragments=2"


def fts5_query(q: str) -> str:
    """A user's words as an FTS5 query: every word (or "quoted phrase") must occur; FTS5
    operators and punctuation are taken literally, so no input is a syntax error."""
    parts = []
    for phrase, word in _PHRASE.findall(q):
        words = re.findall(r"\w+", phrase) if phrase else [word]
        if words:
            parts.append('"' + " ".join(words) + '"')
    if not parts:
        raise QueryError("q", q, "at least one word to search for")
    return " ".join(parts)


class Searcher:
    engine: sa.Engine

    def search_documents(self, q: str, limit: int, cursor: str | None) -> Page:
        offset = int(decode_cursor(cursor, "search", [float])[0]) if cursor else 0
        with self.engine.connect() as c:
            if c.dialect.name == "sqlite":
                params: dict[str, Any] = {"q": fts5_query(q)}
                rows = c.execute(
                    SQLITE_SEARCH,
                    {**params, "ms": MARK_START, "me": MARK_END, "limit": limit, "offset": offset},
                )
                items = [dict(r._mapping) for r in rows]
                total = int(c.execute(SQLITE_COUNT, params).scalar_one())
            else:
                fts5_query(q)  # same rule: something to search for
                params = {"q": q, "limit": limit, "offset": offset, "options": PG_OPTIONS}
                items = [dict(r._mapping) for r in c.execute(PG_SEARCH, params)]
                total = int(c.execute(PG_COUNT, {"q": q}).scalar_one())
        end = offset + len(items)
        nxt = encode_cursor("search", [float(end)]) if end < total else None
        return Page(items, total, nxt)
