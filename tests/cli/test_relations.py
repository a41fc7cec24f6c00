"""The registry and index commands over a real SQLite store filled with the hand-built sample
records of tests/store: the options every list command shares (-o, --format, --config, --set)."""

from __future__ import annotations

import csv
import io
import json
import runpy
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from dyadscope import core
from dyadscope.cli import app

SAMPLE = runpy.run_path(str(Path(__file__).resolve().parents[1] / "store" / "sample_records.py"))
REGISTRIES = ("agreements", "mechanisms", "milestones", "verdicts", "quotes")
YEARLY_INDEX = ("index", "--dyad", "CHN-RUS", "--freq", "year")


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('cli') / 'store.db'}"
    ds = core.open(url)
    SAMPLE["fill_store"](ds.store)
    SAMPLE["add_history"](ds.store)
    ds.close()
    return url


def _run(*args: str):  # type: ignore[no-untyped-def]
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result


@pytest.mark.parametrize("kind", REGISTRIES)
def test_registry_jsonl_lists_the_sample_record(db, kind):
    lines = _run(kind, "--db", db, "--format", "jsonl").stdout.splitlines()
    rows = [json.loads(line) for line in lines]
    assert [row["doc_id"] for row in rows] == ["a.txt"]


@pytest.mark.parametrize("kind", REGISTRIES)
def test_registry_table_goes_to_the_output_file(db, kind, tmp_path):
    out = tmp_path / f"{kind}.txt"
    result = _run(kind, "--db", db, "-o", str(out))
    assert f"{kind} (1)" in out.read_text(encoding="utf-8")
    assert "a.txt" not in result.stdout


def test_registry_exports_csv_and_parquet_to_files(db, tmp_path):
    csv_out, parquet_out = tmp_path / "agreements.csv", tmp_path / "agreements.parquet"
    _run("agreements", "--db", db, "--format", "csv", "--output", str(csv_out))
    _run("agreements", "--db", db, "--format", "parquet", "-o", str(parquet_out))
    rows = list(csv.DictReader(io.StringIO(csv_out.read_text(encoding="utf-8"))))
    assert rows[0]["title"] == "Joint Communique on Investment Cooperation"
    assert pq.read_table(parquet_out).column("title").to_pylist() == [rows[0]["title"]]


def test_registry_parquet_on_stdout_is_a_usage_error(db):
    result = CliRunner().invoke(app, ["verdicts", "--db", db, "--format", "parquet"])
    # main() turns the error into one line and its exit status (2 for usage errors).
    assert result.exception.exit_code == 2 and "-o FILE" in str(result.exception)


def test_registry_reads_the_store_named_by_set(db):
    result = _run("milestones", "--set", f"store.default_url={db}", "--format", "jsonl")
    assert json.loads(result.stdout)["base_year"] == 1996


def test_registry_reads_the_store_named_by_a_config_file(db, tmp_path):
    config = tmp_path / "settings.toml"
    config.write_text(f'[store]\n# The sample store.\ndefault_url = "{db}"\n', encoding="utf-8")
    result = _run("mechanisms", "--config", str(config), "--format", "jsonl")
    assert json.loads(result.stdout)["ordinal"] == 29


def test_registry_bad_set_is_a_usage_error(db):
    result = CliRunner().invoke(app, ["quotes", "--db", db, "--set", "no-equals-sign"])
    assert result.exception.exit_code == 2 and "E003" in str(result.exception)


def test_index_exports_jsonl_to_the_output_file(db, tmp_path):
    out = tmp_path / "index.jsonl"
    _run(*YEARLY_INDEX, "--db", db, "--format", "jsonl", "-o", str(out))
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [row["period"] for row in rows][:3] == ["2022", "2023", "2024"]


def test_index_json_keeps_its_dyad_and_frequency(db, tmp_path):
    out = tmp_path / "index.json"
    _run(*YEARLY_INDEX, "--db", db, "--format", "json", "-o", str(out))
    body = json.loads(out.read_text(encoding="utf-8"))
    assert (body["dyad"], body["freq"]) == ("CHN-RUS", "year") and body["items"]


def test_index_reads_the_store_named_by_set(db):
    result = _run(
        "index", "--dyad", "CHN-RUS", "--set", f"store.default_url={db}", "--format", "csv"
    )
    assert next(csv.DictReader(io.StringIO(result.stdout)))["period"].startswith("2022")
