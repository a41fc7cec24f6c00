"""Bad input gets a 4xx with a message, never a 500, always in one JSON shape."""

from __future__ import annotations

import pytest

BAD = [
    ("/api/events?dyad=CHINA", 400, "E006"),
    ("/api/events?dyad=CHN-CHN", 400, "E006"),
    ("/api/events?since=2024-13", 400, "E005"),
    ("/api/events?until=yesterday", 400, "E005"),
    ("/api/events?type=HUG", 400, "E301"),
    ("/api/events?quad_class=warm", 400, "E301"),
    ("/api/events?sort=colour", 400, "E301"),
    ("/api/events?sort=sources&unfused=true", 400, "E301"),
    ("/api/events?limit=0", 400, "E301"),
    ("/api/events?limit=5000", 400, "E301"),
    ("/api/events?limit=many", 400, "E301"),
    ("/api/events?cursor=garbage", 400, "E301"),
    ("/api/events?country=China!", 400, "E301"),
    ("/api/events?interstate=perhaps", 400, "E301"),
    ("/api/events?format=xlsx", 400, "E004"),
    ("/api/events/nope", 404, "E009"),
    ("/api/documents?status=lost", 400, "E301"),
    ("/api/documents/nope.txt", 404, "E009"),
    ("/api/index", 400, "E301"),
    ("/api/index?dyad=CHN-RUS&freq=fortnight", 400, "E301"),
    ("/api/index?dyad=CHN", 400, "E006"),
    ("/api/dyads?cursor=xyz", 400, "E301"),
    ("/api/actors?dyad=X-Y", 400, "E006"),
    ("/api/network?limit=-1", 400, "E301"),
    ("/api/agreements?dyad=CHN", 400, "E006"),
    ("/api/quotes?limit=abc", 400, "E301"),
    ("/api/search", 400, "E301"),
    ("/api/search?q=%20%28%29", 400, "E301"),
    ("/api/search?q=x&cursor=%%%", 400, "E301"),
    ("/api/no-such-route", 404, "E009"),
]


@pytest.mark.parametrize(("url", "status", "code"), BAD)
def test_bad_request_gets_error_shape(client, url, status, code):
    response = client.get(url)
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"}
    assert body["error"]["status"] == status
    assert body["error"]["code"] == code
    assert body["error"]["message"].startswith(code)


def test_every_list_route_answers_bad_limit_with_400(client):
    spec = client.get("/openapi.json").json()
    for path, item in spec["paths"].items():
        params = {p["name"] for p in item["get"].get("parameters", [])}
        if "{" in path or "limit" not in params:
            continue
        extra = "&dyad=CHN-RUS" if path == "/api/index" else "&q=x" if path == "/api/search" else ""
        response = client.get(f"{path}?limit=-5{extra}")
        assert response.status_code == 400, path
        assert response.json()["error"]["code"] == "E301", path


def test_wrong_method_keeps_the_shape(client):
    response = client.post("/api/events")
    assert response.status_code == 405
    assert set(response.json()["error"]) == {"status", "code", "message"}


def test_dashboard_errors_are_pages(client):
    response = client.get("/dyads/NOPE")
    assert response.status_code == 400
    assert response.headers["content-type"].startswith("text/html")
    assert "E006" in response.text
