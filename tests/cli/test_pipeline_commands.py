"""End-to-end commands on small articles written for these tests."""

import json
import sys
from importlib import resources

import jsonschema
import pytest
from typer.testing import CliRunner

from dyadscope.cli import app, main
from dyadscope.errors import UsageError

ARTICLE = """Home | World | Markets
Share
Ministers pledge closer ties

Updated: 2023-03-15 08:30

The foreign ministers of Brazil and Argentina held talks in Buenos Aires on Tuesday and
signed a memorandum on energy cooperation, officials from both governments said.

Brazilian Foreign Minister Mauro Vieira said the two countries would work together on
a new gas pipeline. Argentina's foreign minister Santiago Cafiero praised Brazil for its support.

Copyright 2023 Example News. All rights reserved.
"""


def _schema(name):
    text = resources.files("dyadscope").joinpath("schemas", name).read_text()
    return jsonschema.Draft202012Validator(json.loads(text))


def _lines(path):
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


@pytest.mark.slow
def test_extract_writes_records_that_follow_the_spec(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "brazil.txt").write_text(ARTICLE)
    events_path, docs_path = tmp_path / "events.jsonl", tmp_path / "docs.jsonl"
    result = CliRunner().invoke(
        app, ["extract", str(inputs), "-o", str(events_path), "--docs", str(docs_path)]
    )
    assert result.exit_code == 0, result.output
    docs = _lines(docs_path)
    assert [d["doc_id"] for d in docs] == ["brazil.txt"]
    for doc in docs:
        _schema("document.schema.json").validate(doc)
    events = _lines(events_path)
    assert events, "the article holds a meeting between two countries"
    for event in events:
        _schema("event.schema.json").validate(event)
        assert event["doc_id"] == "brazil.txt"
        start, end = event["evidence"]["start"], event["evidence"]["end"]
        assert docs[0]["text"][start:end] == event["evidence"]["sentence"]


@pytest.mark.slow
def test_extract_bad_input_fails_alone_with_exit_1(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "good.txt").write_text(ARTICLE)
    (inputs / "empty.txt").write_text("")
    out = tmp_path / "events.jsonl"
    docs_path = tmp_path / "docs.jsonl"
    result = CliRunner().invoke(
        app, ["extract", str(inputs), "-o", str(out), "--docs", str(docs_path)]
    )
    assert result.exit_code == 1
    status = {d["doc_id"]: d["status"] for d in _lines(docs_path)}
    assert status == {"good.txt": "ok", "empty.txt": "failed"}
    assert "empty.txt" in result.output


def test_eval_command_prints_scores(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        json.dumps(
            {
                "doc": "d",
                "events": [
                    {
                        "type": "CONSULT",
                        "alt_types": [],
                        "source": ["BRA", "ARG"],
                        "target": [],
                        "symmetric": True,
                        "date": "2023-03-14",
                        "date_precision": "day",
                        "required": True,
                    }
                ],
            }
        )
        + "\n"
    )
    pred = tmp_path / "pred.jsonl"
    pred.write_text(
        json.dumps(
            {
                "doc_id": "d",
                "event_type": "CONSULT",
                "symmetric": True,
                "date": "2023-03-14",
                "source": [{"country": "BRA"}, {"country": "ARG"}],
                "target": [],
            }
        )
        + "\n"
    )
    result = CliRunner().invoke(app, ["eval", "--gold", str(gold), "--pred", str(pred), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["recall"] == 1.0


def test_every_spec_command_has_help():
    runner = CliRunner()
    for command in (
        "demo",
        "extract",
        "ingest",
        "code",
        "run",
        "events",
        "documents",
        "actors",
        "agreements",
        "mechanisms",
        "milestones",
        "verdicts",
        "quotes",
        "index",
        "serve",
        "eval",
    ):
        result = runner.invoke(app, [command, "--help"])
        assert result.exit_code == 0, f"{command}: {result.output}"


@pytest.mark.slow
def test_extract_missing_path_fails_as_missing_input(tmp_path):
    missing = tmp_path / "artciles.jsonl"
    result = CliRunner().invoke(app, ["extract", str(missing), "-o", str(tmp_path / "e.jsonl")])
    assert result.exit_code == 1
    assert "E001 no input found" in result.output


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (["-o", "-", "--docs", "-"], "--docs"),
        (["-o", "-", "--quotes", "-"], "--quotes"),
        (["-o", "out.jsonl", "--docs", "./out.jsonl"], "--docs"),
    ],
)
def test_extract_refuses_two_kinds_of_record_in_one_stream(tmp_path, monkeypatch, args, named):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["extract", "in", *args])
    assert isinstance(result.exception, UsageError) and result.exception.exit_code == 2
    assert result.exception.code == "E301" and named in str(result.exception)
    assert not (tmp_path / "out.jsonl").exists()


def test_extract_stdout_twice_is_one_line_on_stderr(monkeypatch, capsys):
    monkeypatch.setattr(sys, "argv", ["dyadscope", "extract", "in", "-o", "-", "--docs", "-"])
    with pytest.raises(SystemExit) as exited:
        main()
    assert exited.value.code == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == (
        "dyadscope: E301 bad value '-' for --docs: expected a place of its own: "
        "-o already writes events to stdout\n"
    )
