"""`dyadscope events` and `dyadscope documents` over a stand-in core object (no store)."""

import pytest
from typer.testing import CliRunner

from dyadscope import core
from dyadscope.cli import app
from dyadscope.errors import UsageError

EVENT = {
    "event_id": "e1", "doc_id": "a.txt", "event_type": "CONSULT", "mode": "phone",
    "source": [{"country": "CHN"}, {"country": "RUS"}], "target": [], "date": "2024-05-16",
    "evidence": {"sentence": "The two foreign ministers spoke by telephone " * 8},
}  # fmt: skip
DOC = {"doc_id": "folder/a-very-long-document-name-that-must-stay-whole.txt", "status": "ok",
       "published": "2024-05-16", "title": "Talks", "n_events": 1}  # fmt: skip


class FakeCore:
    def __init__(self, events=(EVENT,), docs=(DOC,)):
        self.calls, self._events, self._docs = [], list(events), list(docs)

    def close(self):
        pass

    def refresh(self):
        pass

    def stats(self):
        return {"documents_ok": len(self._docs)}

    def _page(self, items, params):
        self.calls.append(params)
        return {"items": items, "total": len(items), "next": None}

    def fused_events(self, **params):
        return self._page(self._events, params)

    events = fused_events

    def documents(self, **params):
        return self._page(self._docs, params)


@pytest.fixture
def fake(monkeypatch):
    instance = FakeCore()
    monkeypatch.setattr(core, "open", lambda *args, **kwargs: instance)
    return instance


def test_events_table_lists_newest_first(fake):
    result = CliRunner().invoke(app, ["events"])
    assert result.exit_code == 0, result.output
    assert fake.calls[0]["sort"] == "-date"


def test_events_table_evidence_cut_with_ellipsis(fake):
    result = CliRunner().invoke(app, ["events"], env={"COLUMNS": "100"})
    assert "…" in result.output and "CHN+RUS" in result.output


def test_events_table_goes_to_output_file(fake, tmp_path):
    out = tmp_path / "events.txt"
    result = CliRunner().invoke(app, ["events", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "CONSULT/phone" in out.read_text() and "CONSULT" not in result.output


def test_events_parquet_without_output_is_usage_error(fake):
    result = CliRunner().invoke(app, ["events", "--format", "parquet"])
    # main() turns the error into one line and its exit status (2 for usage errors).
    assert isinstance(result.exception, UsageError) and result.exception.exit_code == 2
    assert "-o FILE" in str(result.exception)


def test_documents_table_keeps_doc_id_whole(fake, tmp_path):
    out = tmp_path / "docs.txt"
    CliRunner().invoke(app, ["documents", "-o", str(out)], env={"COLUMNS": "100"})
    cells = "".join(line.split("│")[1].strip() for line in out.read_text().splitlines()
                    if line.startswith("│"))  # fmt: skip
    assert DOC["doc_id"] in cells


def test_events_on_empty_store_says_so(monkeypatch):
    monkeypatch.setattr(core, "open", lambda *args, **kwargs: FakeCore(events=(), docs=()))
    result = CliRunner().invoke(app, ["events"])
    assert result.exit_code == 0
    assert "store is empty" in result.output


def test_events_on_a_missing_store_fails_without_creating_it(tmp_path):
    from typer.testing import CliRunner

    from dyadscope.cli import app

    missing = tmp_path / "typo.db"
    result = CliRunner().invoke(app, ["events", "--db", f"sqlite:///{missing}"])
    assert result.exit_code == 1
    assert "E009" in str(result.exception) or "E009" in result.output
    assert not missing.exists()
