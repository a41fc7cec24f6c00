"""Dashboard pages. Each view calls the same core methods as the API and hands the results to
a Jinja template (autoescaped: article text is untrusted). Charts are drawn in the browser
by the Plotly bundle that ships inside the installed `plotly` package: no CDN."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import plotly
from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import FileResponse, HTMLResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from ..core import Dyadscope, parse_dyad
from ..errors import DyadscopeError
from . import annotate, charts

HERE = Path(__file__).parent
PLOTLY_JS = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"
templates = Jinja2Templates(directory=HERE / "templates")
templates.env.filters.update(
    quad=charts.quad_slug,
    actors=charts.actors_label,
    signed=charts.signed,
    period=charts.period_label,
    ordinal=charts.ordinal,
    shorten=charts.shorten,
)
templates.env.globals.update(QUAD_COLORS=charts.QUAD_COLORS)
router = APIRouter(include_in_schema=False)


def install(app: FastAPI) -> None:
    app.include_router(router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")


def _ds(request: Request) -> Dyadscope:
    return request.app.state.ds


def page(request: Request, name: str, **context: Any) -> HTMLResponse:
    return templates.TemplateResponse(request, name, context)


def render_error(request: Request, status: int, message: str) -> HTMLResponse | None:
    try:
        response = page(request, "error.html", status=status, message=message)
    except Exception:  # noqa: BLE001 - an error page must never raise
        return None
    response.status_code = status
    return response


@router.get("/vendor/plotly.min.js")
def plotly_bundle() -> FileResponse:
    return FileResponse(PLOTLY_JS, media_type="text/javascript")


@router.get("/", response_class=HTMLResponse)
def overview(request: Request) -> HTMLResponse:
    ds = _ds(request)
    dyads = ds.dyads(limit=60)["items"]
    for row in dyads:
        freq = charts.freq_for_span(row["first_date"], row["last_date"])
        series = ds.index(row["dyad"], freq=freq)["items"]
        row["freq"] = freq
        row["spark"] = charts.sparkline([charts.index_value(r) for r in series])
        row["spark_range"] = charts.series_range(series)
    recent = ds.fused_events(interstate=True, limit=8)["items"]
    return page(request, "overview.html", dyads=dyads, stats=ds.stats(), recent=recent)


@router.get("/dyads/{dyad}", response_class=HTMLResponse)
def dyad_page(request: Request, dyad: str, freq: str = "month") -> HTMLResponse:
    ds = _ds(request)
    pair = "-".join(sorted(parse_dyad(dyad)))
    index = ds.index(pair, freq=freq)["items"]
    timeline = ds.fused_events(dyad=pair, limit=1000)
    summary = next((d for d in ds.dyads(limit=1000)["items"] if d["dyad"] == pair), None)
    context = {
        "dyad": pair,
        "freq": freq,
        "summary": summary,
        "index_chart": charts.index_chart(index),
        "timeline_chart": charts.timeline_chart(timeline["items"]),
        "events": timeline["items"][:25],
        "events_total": timeline["total"],
        "actors": ds.actors(dyad=pair, limit=12)["items"],
    }
    for kind in ("agreements", "mechanisms", "milestones", "verdicts", "quotes"):
        context[kind] = getattr(ds, kind)(dyad=pair, limit=20)
    return page(request, "dyad.html", **context)


@router.get("/events", response_class=HTMLResponse)
def events_page(request: Request) -> HTMLResponse:
    ds = _ds(request)
    keys = (
        "dyad",
        "actor",
        "country",
        "type",
        "quad_class",
        "since",
        "until",
        "q",
        "doc_id",
        "sort",
        "cursor",
    )
    filters = {k: v for k in keys if (v := request.query_params.get(k))}
    unfused = request.query_params.get("unfused") == "true"
    query = ds.events if unfused else ds.fused_events
    result = query(limit=50, **filters)
    export = {k: v for k, v in filters.items() if k != "cursor"}
    return page(
        request,
        "events.html",
        result=result,
        filters=filters,
        unfused=unfused,
        export_query=charts.query_string({**export, **({"unfused": "true"} if unfused else {})}),
        next_query=charts.query_string(
            {**filters, "cursor": result["next"], **({"unfused": "true"} if unfused else {})}
        ),
    )


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_page(request: Request, event_id: str) -> HTMLResponse:
    ds = _ds(request)
    event = ds.event(event_id)
    reports = event.get("member_events") or [event]
    first = reports[0]
    doc = ds.document(first["doc_id"])
    spans = [
        annotate.Span(
            first["evidence"]["start"],
            first["evidence"]["end"],
            "event sel",
            first["event_type"],
            first["event_id"],
        )
    ]
    excerpt = annotate.excerpt(doc["text"], first["evidence"]["start"], first["evidence"]["end"])
    segments = annotate.segments(doc["text"], spans, window=excerpt)
    titles = {r["doc_id"]: ds.document(r["doc_id"]) for r in reports[:30]}
    return page(
        request,
        "event.html",
        event=event,
        reports=reports,
        doc=doc,
        segments=segments,
        excerpt=excerpt,
        docs=titles,
    )


@router.get("/documents", response_class=HTMLResponse)
def documents_page(
    request: Request, status: str | None = None, cursor: str | None = None
) -> HTMLResponse:
    result = _ds(request).documents(status=status or None, limit=50, cursor=cursor)
    return page(
        request,
        "documents.html",
        result=result,
        status=status or "",
        next_query=charts.query_string({"status": status, "cursor": result["next"]}),
    )


@router.get("/documents/{doc_id:path}", response_class=HTMLResponse)
def document_page(request: Request, doc_id: str, event: str | None = None) -> HTMLResponse:
    doc = _ds(request).document(doc_id)
    spans = annotate.document_spans(doc, selected=event)
    segments = annotate.segments(doc["text"], spans)
    return page(request, "document.html", doc=doc, segments=segments, selected=event)


@router.get("/actors", response_class=HTMLResponse)
def actors_page(request: Request, dyad: str | None = None, limit: int = 40) -> HTMLResponse:
    ds = _ds(request)
    network = ds.network(dyad=dyad or None, limit=limit)
    return page(
        request,
        "actors.html",
        dyad=dyad or "",
        network_chart=charts.network_chart(network),
        actors=ds.actors(dyad=dyad or None, limit=30)["items"],
        dyads=ds.dyads(limit=50)["items"],
    )


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, q: str = "", cursor: str | None = None) -> Response:
    ds = _ds(request)
    result, events, error = None, None, None
    if q.strip():
        try:
            result = ds.search(q, limit=20, cursor=cursor)
            events = ds.fused_events(q=q, limit=10)
        except DyadscopeError as e:
            error = str(e)
        if result:
            for item in result["items"]:
                item["snippet_html"] = annotate.snippet_html(item.get("snippet") or "")
    return page(
        request,
        "search.html",
        q=q,
        result=result,
        events=events,
        error=error,
        next_query=charts.query_string({"q": q, "cursor": result["next"] if result else None}),
    )
