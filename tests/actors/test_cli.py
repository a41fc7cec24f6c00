"""`dyadscope actors resolve` and `dyadscope actors list`."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from dyadscope.cli import app

RUNNER = CliRunner()


def test_actors_resolve_prints_json():
    result = RUNNER.invoke(
        app, ["actors", "resolve", "the Chinese foreign minister", "--date", "2023-03-15"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["name"] == "Qin Gang" and data["country"] == "CHN"
    assert {"actor_id", "sector", "role", "reason"} <= set(data)


def test_actors_resolve_rejects_bad_date():
    result = RUNNER.invoke(app, ["actors", "resolve", "Putin", "--date", "2019-13-01"])
    assert result.exit_code != 0


def test_actors_list_shows_office_holders():
    result = RUNNER.invoke(app, ["actors", "list", "--country", "RUS", "--date", "2019-05-01"])
    assert result.exit_code == 0, result.output
    assert "Dmitry Medvedev" in result.output and "Sergei Lavrov" in result.output


def test_actors_resolve_uses_extra_actor_file(tmp_path):
    extra = tmp_path / "a.yaml"
    extra.write_text(
        "people:\n  - name: Zed Quorra\n    country: NOR\n    terms:\n"
        "      - {country: NOR, office: FM, start: 2040-01-01}\n"
    )
    result = RUNNER.invoke(
        app,
        [
            "actors",
            "resolve",
            "the Norwegian foreign minister",
            "--date",
            "2041-01-01",
            "--actors",
            str(extra),
        ],
    )
    assert json.loads(result.output)["name"] == "Zed Quorra"
