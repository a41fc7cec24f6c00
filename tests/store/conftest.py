"""Store fixtures: every store test runs on SQLite and on PostgreSQL.

PostgreSQL comes from `DYADSCOPE_TEST_PG_URL` (default: the local server, database `test`);
each test gets a schema of its own, dropped afterwards, so parallel runs never collide. With
no server the PostgreSQL variants skip, saying why, except under `CI=true`, where they fail.
"""

from __future__ import annotations

import os
import uuid
from urllib.parse import quote

import pytest
import sqlalchemy as sa

from dyadscope.store import open_store

PG_URL = os.environ.get(
    "DYADSCOPE_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)


def _pg_engine() -> sa.Engine:
    engine = sa.create_engine(PG_URL)
    try:
        with engine.connect() as c:
            c.execute(sa.text("SELECT 1"))
    except sa.exc.OperationalError as e:
        engine.dispose()
        reason = f"no PostgreSQL server answers at {PG_URL}: {str(e.orig).splitlines()[0]}"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    return engine


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store_url(request, tmp_path):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.db'}"
        return
    engine = _pg_engine()
    schema = f"dyadscope_test_{uuid.uuid4().hex[:12]}"
    with engine.begin() as c:
        c.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    sep = "&" if "?" in PG_URL else "?"
    try:
        yield f"{PG_URL}{sep}options={quote(f'-csearch_path={schema}')}"
    finally:
        with engine.begin() as c:
            c.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        engine.dispose()


@pytest.fixture
def store(store_url):
    opened = open_store(store_url)
    yield opened
    opened.close()
