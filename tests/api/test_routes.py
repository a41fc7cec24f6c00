"""Every /api route answers the documented shape; lists page and export."""

from __future__ import annotations

import csv
import io
import json

import pyarrow.parquet as pq
import pytest


def _list(client, url: str) -> dict:
    response = client.get(url)
    assert response.status_code == 200, response.text
    body = response.json()
    assert set(body) == {"items", "total", "next"}
    return body


def test_documents_list_and_status_filter(client):
    assert _list(client, "/api/documents")["total"] == 6
    failed = _list(client, "/api/documents?status=failed")["items"]
    assert failed[0]["error"].startswith("E102")
    assert "text" not in failed[0]
    assert "text" in _list(client, "/api/documents?text=true&limit=1")["items"][0]


def test_document_has_annotated_spans(client):
    doc = client.get("/api/documents/a.txt").json()
    mention = doc["mentions"][0]
    assert doc["text"][mention["start"] : mention["end"]] == mention["text"]
    event = doc["events"][0]
    ev = event["evidence"]
    assert doc["text"][ev["start"] : ev["end"]] == ev["sentence"]
    assert {"quotes", "agreements", "mechanisms", "milestones", "verdicts"} <= set(doc)


def test_events_are_fused_by_default(client):
    fused = _list(client, "/api/events?dyad=CHN-RUS")
    coded = _list(client, "/api/events?dyad=CHN-RUS&unfused=true")
    assert all("fused_id" in e and "source_count" in e for e in fused["items"])
    assert coded["total"] >= fused["total"]
    assert all("source_count" not in e for e in coded["items"])


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("type=SANCTION", {"SANCTION"}),
        ("type=sanction,accuse", {"SANCTION", "ACCUSE"}),
        ("quad_class=verbal-conflict", {"ACCUSE"}),
        ("since=2024-03&until=2024-03", {"SANCTION", "ACCUSE"}),
        ("country=usa", {"SANCTION", "ACCUSE"}),
        ("actor=Q-lavrov", {"CONSULT"}),
        ("q=investment", {"SUPPORT"}),
        ("dyad=rus-igo:sco", {"AGREE"}),
        ("doc_id=c.txt&sort=intensity", {"SANCTION", "ACCUSE"}),
    ],
)
def test_events_filters(client, query, expected):
    items = _list(client, f"/api/events?unfused=true&{query}")["items"]
    assert {e["event_type"] for e in items} == expected


def test_events_sorting_and_cursor(client):
    first = _list(client, "/api/events?unfused=true&sort=intensity&limit=3")
    values = [e["intensity"] for e in first["items"]]
    assert values == sorted(values)
    second = _list(
        client, f"/api/events?unfused=true&sort=intensity&limit=3&cursor={first['next']}"
    )
    assert second["items"][0]["intensity"] >= values[-1]
    ids = {e["event_id"] for e in first["items"]} & {e["event_id"] for e in second["items"]}
    assert not ids


def test_event_by_fused_or_coded_id(client):
    fused = _list(client, "/api/events?type=CONSULT&dyad=CHN-RUS")["items"][0]
    one = client.get(f"/api/events/{fused['fused_id']}").json()
    assert one["fused"] is True and one["member_events"]
    coded = one["member_events"][0]
    back = client.get(f"/api/events/{coded['event_id']}").json()
    assert back["fused"] is False and back["fused_id"] == fused["fused_id"]


def test_dyads_index_actors_network_stats(client):
    dyads = _list(client, "/api/dyads")["items"]
    assert dyads[0]["dyad"] == "CHN-RUS" and dyads[0]["events"] >= 3
    index = _list(client, "/api/index?dyad=CHN-RUS&freq=year")["items"]
    assert [row["period"] for row in index][-1] == "2024"
    assert _list(client, "/api/index?dyad=RUS-CHN&freq=month&directed=true")["next"] is None
    actors = _list(client, "/api/actors?dyad=CHN-RUS")["items"]
    assert {"Q-lavrov", "Q-wangyi"} <= {a["actor_id"] for a in actors}
    network = client.get("/api/network?dyad=CHN-RUS").json()
    assert network["nodes"] and network["edges"]
    assert client.get("/api/stats").json()["documents_ok"] == 4


@pytest.mark.parametrize(
    ("kind", "field", "value"),
    [
        ("agreements", "title", "Joint Communique on Investment Cooperation"),
        ("mechanisms", "ordinal", 29),
        ("milestones", "base_year", 1996),
        ("verdicts", "phrase", "at their best level in history"),
        ("quotes", "text", "at their best level in history"),
    ],
)
def test_registries(client, kind, field, value):
    items = _list(client, f"/api/{kind}?dyad=CHN-RUS")["items"]
    assert [i[field] for i in items] == [value]
    assert _list(client, f"/api/{kind}?doc_id=b.txt")["total"] == 0


def test_search(client):
    body = _list(client, "/api/search?q=phone")
    assert {i["doc_id"] for i in body["items"]} == {"a.txt", "b.txt"}


def test_exports_of_a_list(client):
    response = client.get("/api/events?unfused=true&format=jsonl&limit=1")
    lines = [json.loads(line) for line in response.text.splitlines()]
    assert response.headers["content-type"].startswith("application/x-ndjson")
    assert len(lines) == 8  # the whole list, not one page
    assert {"event_id", "source", "evidence", "quad_class"} <= set(lines[0])
    rows = list(csv.DictReader(io.StringIO(client.get("/api/events?format=csv&dyad=CHN-USA").text)))
    assert {r["event_type"] for r in rows} == {"SANCTION", "ACCUSE"}
    assert "evidence.sentence" in rows[0] and "(USA)" in rows[0]["source"] + rows[0]["target"]
    table = pq.read_table(io.BytesIO(client.get("/api/agreements?format=parquet").content))
    assert table.num_rows == 1 and "title" in table.column_names
    assert client.get("/api/index?dyad=CHN-RUS&freq=year&format=csv").text.startswith("period")
    assert "text" in client.get("/api/documents?format=csv").text.splitlines()[0]


def test_openapi_and_docs(client):
    spec = client.get("/openapi.json").json()
    for path in (
        "/api/documents",
        "/api/events",
        "/api/dyads",
        "/api/index",
        "/api/search",
        "/api/agreements",
        "/api/mechanisms",
        "/api/milestones",
        "/api/verdicts",
        "/api/quotes",
        "/api/actors",
    ):
        assert path in spec["paths"]
    page = client.get("/docs")
    assert page.status_code == 200 and "cdn" not in page.text.lower()
    assert client.get("/vendor/swagger/swagger-ui-bundle.js").status_code == 200


def test_plotly_is_served_locally(client):
    response = client.get("/vendor/plotly.min.js")
    assert response.status_code == 200 and len(response.content) > 1_000_000
