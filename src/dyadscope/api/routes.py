"""REST routes under /api. Each one parses its query parameters and calls the core object;
any list can be exported whole with `format=csv|jsonl|parquet` (default: one JSON page)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse, Response

from ..core import Dyadscope, iterate
from ..errors import UsageError
from ..store.export import FORMATS, MEDIA_TYPES, render

router = APIRouter(prefix="/api")

Limit = Annotated[int, Query(description="Items per page (1-1000).")]
Cursor = Annotated[str | None, Query(description="The `next` value of the previous page.")]
Format = Annotated[
    str, Query(description="json (one page), or a whole-list export: csv, jsonl, parquet.")
]
Dyad = Annotated[str | None, Query(description="Two country codes, e.g. CHN-RUS.")]


def core(request: Request) -> Dyadscope:
    return request.app.state.ds


def respond(query: Callable[..., dict[str, Any]], fmt: str, name: str, **params: Any) -> Response:
    """One JSON page, or every item of the list in an export format."""
    if fmt == "json":
        return JSONResponse(query(**params))
    if fmt not in FORMATS:
        raise UsageError("E004", name=fmt, choices=", ".join(("json", *FORMATS)))
    params.pop("cursor", None)
    params.pop("limit", None)
    body = render(iterate(query, **params), fmt)
    headers = {"Content-Disposition": f'attachment; filename="{name}.{fmt}"'}
    return Response(body, media_type=MEDIA_TYPES[fmt], headers=headers)


@router.get("/documents", summary="Stored documents and failed inputs")
def documents(
    request: Request,
    status: Annotated[str | None, Query(description="ok, duplicate or failed")] = None,
    limit: Limit = 50,
    cursor: Cursor = None,
    text: Annotated[bool, Query(description="include the clean text (always in exports)")] = False,
    format: Format = "json",  # noqa: A002
) -> Response:
    params = dict(status=status, limit=limit, cursor=cursor, text=text or format != "json")
    return respond(core(request).documents, format, "documents", **params)


@router.get("/documents/{doc_id:path}", summary="One document with its annotated spans")
def document(request: Request, doc_id: str) -> dict[str, Any]:
    return core(request).document(doc_id)


@router.get("/events", summary="Events: fused (one per happening) or, with unfused, every report")
def events(
    request: Request,
    dyad: Dyad = None,
    actor: Annotated[str | None, Query(description="actor id or part of a name")] = None,
    country: Annotated[str | None, Query(description="a participant's country, e.g. RUS")] = None,
    type: Annotated[str | None, Query(description="PLOVER types, comma-separated")] = None,  # noqa: A002
    quad_class: Annotated[str | None, Query(description="e.g. verbal-conflict")] = None,
    since: Annotated[str | None, Query(description="YYYY[-MM[-DD]]")] = None,
    until: Annotated[str | None, Query(description="YYYY[-MM[-DD]]")] = None,
    q: Annotated[str | None, Query(description="words in the evidence or actor names")] = None,
    doc_id: str | None = None,
    interstate: bool | None = None,
    unfused: Annotated[bool, Query(description="every coded event, not fused")] = False,
    sort: Annotated[
        str, Query(description="date, confidence, intensity or sources; -x descending")
    ] = "-date",
    limit: Limit = 50,
    cursor: Cursor = None,
    format: Format = "json",  # noqa: A002
) -> Response:
    ds = core(request)
    query = ds.events if unfused else ds.fused_events
    params = dict(
        dyad=dyad,
        actor=actor,
        country=country,
        type=type,
        quad_class=quad_class,
        since=since,
        until=until,
        q=q,
        doc_id=doc_id,
        interstate=interstate,
        sort=sort,
        limit=limit,
        cursor=cursor,
    )
    return respond(query, format, "events", **params)


@router.get("/events/{event_id}", summary="One fused event (with its reports) or coded event")
def event(request: Request, event_id: str) -> dict[str, Any]:
    return core(request).event(event_id)


@router.get("/dyads", summary="Dyads with summary figures")
def dyads(
    request: Request, limit: Limit = 100, cursor: Cursor = None, format: Format = "json"
) -> Response:  # noqa: A002
    return respond(core(request).dyads, format, "dyads", limit=limit, cursor=cursor)


@router.get("/index", summary="Relations index of a dyad, one row per period")
def index(
    request: Request,
    dyad: Annotated[str, Query(description="e.g. CHN-RUS (source first when directed)")],
    freq: Annotated[str, Query(description="day, week, month, quarter or year")] = "month",
    directed: bool = False,
    since: str | None = None,
    until: str | None = None,
    format: Format = "json",  # noqa: A002
) -> Response:
    ds = core(request)
    params = dict(dyad=dyad, freq=freq, directed=directed, since=since, until=until)
    if format == "json":
        return JSONResponse(ds.index(**params))
    return respond(lambda **p: ds.index(**params), format, "index")


@router.get("/actors", summary="Actors with the number of events they take part in")
def actors(
    request: Request,
    q: str | None = None,
    country: str | None = None,
    dyad: Dyad = None,
    limit: Limit = 50,
    cursor: Cursor = None,
    format: Format = "json",  # noqa: A002
) -> Response:
    params = dict(q=q, country=country, dyad=dyad, limit=limit, cursor=cursor)
    return respond(core(request).actors, format, "actors", **params)


@router.get("/network", summary="Actor network: most active actors and shared events")
def network(request: Request, dyad: Dyad = None, limit: Limit = 40) -> dict[str, Any]:
    return core(request).network(dyad=dyad, limit=limit)


@router.get("/search", summary="Full-text search over documents")
def search(
    request: Request,
    q: Annotated[str, Query(description='words; "quoted phrase" for a phrase')],
    limit: Limit = 20,
    cursor: Cursor = None,
    format: Format = "json",  # noqa: A002
) -> Response:
    return respond(core(request).search, format, "search", q=q, limit=limit, cursor=cursor)


@router.get("/stats", summary="Counts of documents, events and dyads")
def stats(request: Request) -> dict[str, int]:
    return core(request).stats()


def _registry_route(kind: str, summary: str) -> None:
    def handler(
        request: Request,
        dyad: Dyad = None,
        doc_id: str | None = None,
        limit: Limit = 50,
        cursor: Cursor = None,
        format: Format = "json",  # noqa: A002
    ) -> Response:
        query = getattr(core(request), kind)
        return respond(query, format, kind, dyad=dyad, doc_id=doc_id, limit=limit, cursor=cursor)

    handler.__name__ = kind
    router.add_api_route(f"/{kind}", handler, methods=["GET"], summary=summary)


for _kind, _summary in (
    ("agreements", "Agreements signed or adopted"),
    ("mechanisms", "Recurring institutions and programmes"),
    ("milestones", "Anniversaries with their base year"),
    ("verdicts", "How officials characterise the relationship"),
    ("quotes", "Direct quotations with their speakers"),
):
    _registry_route(_kind, _summary)
