"""Bad input gets a 4xx with a message, never a 500, always in one JSON shape."""

from __future__ import annotations

import re
from urllib.parse import quote

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
    assert response.json()["error"]["code"] == "E301"
    assert response.json()["error"]["message"].startswith("E301 bad value 'POST' for method")


def test_dashboard_errors_are_pages(client):
    response = client.get("/dyads/NOPE")
    assert response.status_code == 400
    assert response.headers["content-type"].startswith("text/html")
    assert "E006" in response.text


# Invalid values for every query parameter the API validates, by name; a parameter that takes
# any text is listed in FREE_TEXT. A new parameter in neither fails the walk below, so that
# its bad values get a test too.
INVALID = {
    "dyad": ["CHINA", "CHN-CHN", "X-Y"],
    "country": ["China!"],
    "type": ["HUG", "CONSULT,HUG"],
    "quad_class": ["warm"],
    "since": ["2024-13", "yesterday"],
    "until": ["2023-02-29"],
    "sort": ["colour", "-colour"],
    "status": ["lost"],
    "freq": ["fortnight"],
    "cursor": ["garbage", "%%%"],
    "limit": ["0", "-5", "1001", "many"],
    "format": ["xlsx"],
    "interstate": ["perhaps"],
    "unfused": ["perhaps"],
    "directed": ["perhaps"],
    "text": ["perhaps"],
    "q": ["()"],  # free text for most routes, but search needs a word
}
FREE_TEXT = {"actor", "doc_id", "q"}
REQUIRED = {"dyad": "CHN-RUS", "q": "phone"}  # valid values for required parameters


def _api_routes(app):  # type: ignore[no-untyped-def]
    from fastapi.routing import APIRoute

    try:
        from fastapi.routing import iter_route_contexts
    except ImportError:  # older FastAPI: app.routes is already flat
        return [(r.path, r) for r in app.routes if isinstance(r, APIRoute)]
    return [
        (c.path, c.original_route)
        for c in iter_route_contexts(app.routes)
        if isinstance(c.original_route, APIRoute) and c.path.startswith("/api/")
    ]


def _required(param) -> bool:  # type: ignore[no-untyped-def]
    info = getattr(param, "field_info", None)
    return info.is_required() if info is not None else bool(getattr(param, "required", False))


def _bad_requests(app) -> list[str]:  # type: ignore[no-untyped-def]
    urls, unknown = [], []
    for path, route in _api_routes(app):
        if route.dependant.path_params:
            urls.append(re.sub(r"\{\w+(:\w+)?\}", "no-such-id", path))
            continue
        params = route.dependant.query_params
        base = {p.alias: REQUIRED[p.alias] for p in params if _required(p)}
        urls += [path for p in params if _required(p)]  # a required parameter left out
        for param in params:
            if param.alias not in INVALID and param.alias not in FREE_TEXT:
                unknown.append(f"{path}?{param.alias}")
            for value in INVALID.get(param.alias, []):
                if param.alias == "q" and path != "/api/search":
                    continue
                query = {**base, param.alias: value}
                urls.append(path + "?" + "&".join(f"{k}={quote(v)}" for k, v in query.items()))
    assert unknown == [], f"parameters with no invalid value in INVALID or FREE_TEXT: {unknown}"
    return urls


def test_every_route_answers_bad_parameters_with_one_error_shape(client):
    urls = _bad_requests(client.app)
    assert len(urls) > 60
    for url in urls:
        response = client.get(url)
        assert 400 <= response.status_code < 500, (url, response.status_code, response.text)
        body = response.json()
        assert list(body) == ["error"], url
        error = body["error"]
        assert set(error) == {"status", "code", "message"}, url
        assert error["status"] == response.status_code, url
        assert re.fullmatch(r"E\d{3}", error["code"] or ""), (url, error)
        assert error["message"].startswith(error["code"] + " "), (url, error)
