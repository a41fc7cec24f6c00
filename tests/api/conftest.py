"""An app over a hand-built SQLite store, queried in process (no server)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from fastapi.testclient import TestClient


def _load_sample():  # type: ignore[no-untyped-def]
    path = Path(__file__).resolve().parents[1] / "store" / "sample_records.py"
    spec = importlib.util.spec_from_file_location("dyadscope_sample_records", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    from dyadscope import core
    from dyadscope.api import create_app

    sample = _load_sample()
    ds = core.open(f"sqlite:///{tmp_path_factory.mktemp('api') / 'api.db'}")
    sample.fill_store(ds.store)
    with TestClient(create_app(ds), raise_server_exceptions=False) as test_client:
        yield test_client
    ds.close()
