"""The registry and index commands, over a stand-in core object (no store needed)."""

import json

import pytest
from typer.testing import CliRunner

from dyadscope import core
from dyadscope.cli import app

from .conftest import synthetic

MILESTONES = [
    {"doc_id": "a", "name": "diplomatic ties", "ordinal": 75, "year": 2024, "base_year": 1949,
     "parties": ["CHN", "RUS"]},
    {"doc_id": "b", "name": "diplomatic ties", "ordinal": 75, "year": 2024, "base_year": 1949,
     "parties": ["CHN", "RUS"]},
    {"doc_id": "c", "name": "diplomatic ties", "ordinal": 70, "year": 2024, "base_year": 1954,
     "parties": ["CHN", "RUS"]},
]  # fmt: skip
AGREEMENTS = [{"doc_id": "a", "title": "joint communique", "parties": ["CHN", "RUS"],
               "date": "2024", "domains": ["trade"]}]  # fmt: skip


class FakeCore:
    def __init__(self):
        self.calls = []

    def close(self):
        pass

    def _page(self, items, **params):
        self.calls.append(params)
        return {"items": items, "total": len(items), "next": None}

    def milestones(self, **params):
        return self._page(MILESTONES, **params)

    def agreements(self, **params):
        return self._page(AGREEMENTS, **params)

    def index(self, dyad, freq="month", directed=False):
        from dyadscope.analysis import relations_index

        rows = relations_index(synthetic(), dyad, freq, directed=directed)
        return {"items": rows, "total": len(rows), "next": None}

    def fused_events(self, **params):
        return self._page(synthetic(), **params)


@pytest.fixture
def fake(monkeypatch):
    instance = FakeCore()
    monkeypatch.setattr(core, "open", lambda db=None, **kwargs: instance)
    return instance


def test_cli_milestones_table_flags_inconsistent(fake):
    result = CliRunner().invoke(app, ["milestones", "--dyad", "CHN-RUS"])
    assert result.exit_code == 0, result.output
    assert "1949" in result.output and "NO" in result.output
    assert fake.calls[0]["dyad"] == "CHN-RUS"


def test_cli_agreements_jsonl(fake):
    result = CliRunner().invoke(app, ["agreements", "--format", "jsonl"])
    assert result.exit_code == 0
    assert json.loads(result.output.splitlines()[0])["title"] == "joint communique"


def test_cli_registry_bad_format(fake):
    result = CliRunner().invoke(app, ["agreements", "--format", "xml"])
    assert result.exit_code != 0


def test_cli_index_csv_and_json(fake):
    csv_out = CliRunner().invoke(
        app, ["index", "--dyad", "CHN-RUS", "--freq", "year", "--format", "csv"]
    )
    assert csv_out.exit_code == 0
    assert csv_out.output.splitlines()[0].startswith("period,")
    json_out = CliRunner().invoke(
        app, ["index", "--dyad", "CHN-RUS", "--freq", "year", "--format", "json"]
    )
    data = json.loads(json_out.output)
    assert [r["period"] for r in data["items"]] == ["2024", "2025"]


def test_cli_index_plot(fake, tmp_path):
    path = tmp_path / "index.png"
    result = CliRunner().invoke(app, ["index", "--dyad", "CHN-RUS", "--plot", str(path)])
    assert result.exit_code == 0, result.output
    assert path.read_bytes()[:4] == b"\x89PNG"


def test_cli_index_plot_bad_suffix(fake, tmp_path):
    result = CliRunner().invoke(
        app, ["index", "--dyad", "CHN-RUS", "--plot", str(tmp_path / "x.gif")]
    )
    assert result.exit_code != 0
