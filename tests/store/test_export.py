"""Renderers over list results: CSV flattens, JSON Lines keeps items whole, Parquet loads."""

from __future__ import annotations

import csv
import io
import json

import pyarrow.parquet as pq

from dyadscope.store.export import flatten, render

EVENT = {
    "event_id": "e1",
    "source": [
        {"name": "Wang Yi", "country": "CHN"},
        {"name": "UN", "country": "IGO", "igo": "UN"},
    ],
    "target": [],
    "contexts": ["diplomatic", "energy"],
    "evidence": {"sentence": "Wang Yi met, at the UN.", "start": 3, "end": 26},
    "intensity": None,
}


def test_flatten_names_nested_fields():
    row = flatten(EVENT)
    assert row["source"] == "Wang Yi (CHN); UN (IGO:UN)"
    assert row["contexts"] == "diplomatic; energy"
    assert row["evidence.start"] == 3 and row["target"] == ""


def test_render_csv_keeps_commas_and_every_column():
    other = {"event_id": "e2", "extra": 1}
    rows = list(csv.DictReader(io.StringIO(render([EVENT, other], "csv").decode())))
    assert rows[0]["evidence.sentence"] == "Wang Yi met, at the UN."
    assert rows[1]["extra"] == "1" and rows[1]["source"] == ""


def test_render_jsonl_round_trips():
    lines = render([EVENT, EVENT], "jsonl").decode().splitlines()
    assert [json.loads(line) for line in lines] == [EVENT, EVENT]


def test_render_parquet_with_mixed_types():
    items = [{"date": "2024", "value": 1}, {"date": None, "value": "n/a"}]
    table = pq.read_table(io.BytesIO(render(items, "parquet")))
    assert table.num_rows == 2
    assert table.column("value").to_pylist() == ["1", "n/a"]


def test_render_empty_list():
    assert render([], "csv").decode().strip() == ""
    assert pq.read_table(io.BytesIO(render([], "parquet"))).num_rows == 0
