"""Chart specifications (Plotly figure dicts drawn by static/app.js), sparklines and small
formatting helpers for the templates (`shorten` also serves the CLI's tables). Data in, plain
dicts out: no HTML here."""

from __future__ import annotations

import hashlib
import math
from typing import Any
from urllib.parse import urlencode

QUAD_COLORS = {
    "verbal cooperation": "#6baed6",
    "material cooperation": "#2166ac",
    "neutral": "#9e9e9e",
    "verbal conflict": "#f4a261",
    "material conflict": "#c0392b",
}
COUNTRY_COLORS = [
    "#2166ac",
    "#c0392b",
    "#2a9d8f",
    "#8e44ad",
    "#e67e22",
    "#34495e",
    "#16a085",
    "#d35400",
]
FONT = {
    "family": "Inter, system-ui, -apple-system, Segoe UI, sans-serif",
    "size": 12,
    "color": "#2b2f36",
}


def quad_slug(quad: str | None) -> str:
    return (quad or "neutral").replace(" ", "-")


def actors_label(actors: list[dict[str, Any]] | None) -> str:
    names = []
    for a in actors or []:
        code = a.get("igo") or a.get("country") or "?"
        names.append(f"{a.get('name') or a.get('text') or code} ({code})")
    return ", ".join(names)


def signed(value: float | None) -> str:
    return "—" if value is None else f"{value:+.1f}"


def period_label(value: Any) -> str:
    return str(value)


def ordinal(value: Any) -> str:
    """29 → 29th, 1 → 1st, 22 → 22nd, 13 → 13th."""
    try:
        n = int(value)
    except (TypeError, ValueError):
        return str(value)
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def shorten(text: object, width: int) -> str:
    """One line of at most `width` characters for a list or a table (the dashboard's and the
    CLI's): longer text is cut at a word and ends in "…", so that a reader knows some is missing."""
    flat = " ".join(str(text or "").split())
    if len(flat) <= width:
        return flat
    # One character more than is kept: a space there means the last word kept is whole.
    head = flat[:width]
    cut = head.rsplit(" ", 1)[0] if " " in head else head[: width - 1]
    return cut.rstrip(",;:") + "…"


def query_string(params: dict[str, Any]) -> str:
    return urlencode({k: v for k, v in params.items() if v not in (None, "", False)})


def index_value(row: dict[str, Any]) -> float | None:
    """The cooperation-conflict index of a row (`cc_index`, or `index` in older rows)."""
    value = row.get("cc_index", row.get("index"))
    return float(value) if isinstance(value, int | float) else None


def quad_counts(row: dict[str, Any]) -> dict[str, int]:
    if isinstance(row.get("quad_counts"), dict):
        return {q: int(row["quad_counts"].get(q, 0)) for q in QUAD_COLORS}
    return {q: int(row.get(q.replace(" ", "_"), 0) or 0) for q in QUAD_COLORS}


def event_count(row: dict[str, Any]) -> int:
    return int(row.get("n_events", row.get("events", 0)) or 0)


def freq_for_span(first: str | None, last: str | None) -> str:
    """Months for spans up to four years, else years: a sparkline of 4-60 points."""
    if not first or not last:
        return "year"
    return "month" if int(last[:4]) - int(first[:4]) <= 4 else "year"


def series_range(rows: list[dict[str, Any]]) -> str:
    if not rows:
        return ""
    first, last = str(rows[0]["period"]), str(rows[-1]["period"])
    return first if first == last else f"{first} – {last}"


def sparkline(values: list[float | None], width: int = 140, height: int = 32) -> dict[str, Any]:
    """SVG points of a -10..10 series (gaps skipped) and the y of the zero line."""
    pad = 3
    known = [(i, v) for i, v in enumerate(values) if v is not None]
    top = max([abs(v) for _, v in known] + [1.0])
    step = (width - 2 * pad) / max(len(values) - 1, 1)

    def y(v: float) -> float:
        return round(height / 2 - v / top * (height / 2 - pad), 1)

    points = " ".join(f"{round(pad + i * step, 1)},{y(v)}" for i, v in known)
    last = known[-1] if known else None
    return {
        "points": points,
        "zero": y(0.0),
        "width": width,
        "height": height,
        "single": len(known) == 1,
        "last_x": round(pad + last[0] * step, 1) if last else None,
        "last_y": y(last[1]) if last else None,
        "last": last[1] if last else None,
    }


def _layout(**extra: Any) -> dict[str, Any]:
    layout = {
        "font": FONT,
        "margin": {"l": 48, "r": 16, "t": 12, "b": 40},
        "paper_bgcolor": "rgba(0,0,0,0)",
        "plot_bgcolor": "rgba(0,0,0,0)",
        "hovermode": "closest",
        "legend": {"orientation": "h", "y": -0.18},
    }
    layout.update(extra)
    return layout


def index_chart(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """The index as a line (top panel) over stacked event counts per quad class (bottom)."""
    periods = [str(r["period"]) for r in rows]
    data: list[dict[str, Any]] = [
        {
            "type": "scatter",
            "mode": "lines+markers",
            "x": periods,
            "y": [index_value(r) for r in rows],
            "name": "relations index",
            "connectgaps": False,
            "line": {"color": "#1f2933", "width": 2.2},
            "marker": {"size": 5},
            "customdata": [event_count(r) for r in rows],
            "hovertemplate": "%{x}: index %{y:+.2f} (%{customdata} events)<extra></extra>",
        }
    ]
    for quad, color in QUAD_COLORS.items():
        counts = [quad_counts(r)[quad] for r in rows]
        if any(counts):
            data.append(
                {
                    "type": "bar",
                    "x": periods,
                    "y": counts,
                    "name": quad,
                    "yaxis": "y2",
                    "marker": {"color": color},
                    "hovertemplate": "%{x}: %{y} " + quad + "<extra></extra>",
                }
            )
    layout = _layout(
        barmode="stack",
        bargap=0.25,
        xaxis={"type": "category", "anchor": "y2", "tickangle": -45 if len(periods) > 12 else 0},
        yaxis={
            "domain": [0.42, 1],
            "title": {"text": "index"},
            "zeroline": True,
            "zerolinecolor": "#7b8794",
            "zerolinewidth": 1.5,
            "gridcolor": "#eef0f3",
        },
        yaxis2={
            "domain": [0, 0.32],
            "title": {"text": "events"},
            "gridcolor": "#eef0f3",
            "rangemode": "tozero",
        },
        margin={"l": 60, "r": 16, "t": 12, "b": 60},
        legend={"orientation": "h", "y": -0.32},
    )
    return {"data": data, "layout": layout}


def _jitter(key: str) -> float:
    return (int(hashlib.md5(key.encode()).hexdigest()[:4], 16) / 65535 - 0.5) * 0.6


def timeline_chart(events: list[dict[str, Any]]) -> dict[str, Any]:
    """Dated events on a time axis, intensity up the side, one colour per quad class."""
    traces: dict[str, dict[str, Any]] = {}
    for e in events:
        if not e.get("date"):
            continue
        quad = e.get("quad_class") or "neutral"
        trace = traces.setdefault(
            quad,
            {
                "type": "scatter",
                "mode": "markers",
                "name": quad,
                "x": [],
                "y": [],
                "text": [],
                "customdata": [],
                "marker": {
                    "color": QUAD_COLORS.get(quad, "#9e9e9e"),
                    "size": [],
                    "line": {"color": "#fff", "width": 1},
                },
                "hovertemplate": "%{text}<extra></extra>",
            },
        )
        ident = e.get("fused_id") or e["event_id"]
        sentence = (e.get("evidence") or {}).get("sentence") or ""
        trace["x"].append(e["date"])
        trace["y"].append((e.get("intensity") or 0.0) + _jitter(ident))
        trace["customdata"].append(f"/events/{ident}")
        trace["marker"]["size"].append(8 + 3 * math.log2(max(int(e.get("source_count") or 1), 1)))
        short = shorten(sentence, 140)
        trace["text"].append(f"<b>{e['event_type']}</b> {e['date']}<br>{_wrap(short)}")
    layout = _layout(
        xaxis={"type": "date", "gridcolor": "#eef0f3"},
        yaxis={
            "title": {"text": "intensity"},
            "range": [-10.5, 10.5],
            "zerolinecolor": "#9aa5b1",
            "gridcolor": "#eef0f3",
        },
    )
    return {"data": [traces[q] for q in QUAD_COLORS if q in traces], "layout": layout}


def _safe(text: str) -> str:
    """Article text for Plotly labels, which read a few tags (<b>, <br>, <a>) as markup."""
    return text.replace("<", "‹").replace(">", "›")


def _wrap(text: str, width: int = 60) -> str:
    """Break a hover text into lines joined by <br>."""
    words, lines, line = _safe(text).split(), [], ""
    for word in words:
        if len(line) + len(word) > width and line:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return "<br>".join([*lines, line])


def spring_layout(
    n: int, edges: list[tuple[int, int, float]], steps: int = 120
) -> list[tuple[float, float]]:
    """Fruchterman-Reingold positions, deterministic (nodes start on a circle)."""
    pos = [
        [math.cos(2 * math.pi * i / max(n, 1)), math.sin(2 * math.pi * i / max(n, 1))]
        for i in range(n)
    ]
    k = math.sqrt(4.0 / max(n, 1))
    temp = 0.2
    for _ in range(steps):
        disp = [[0.0, 0.0] for _ in range(n)]
        for i in range(n):
            for j in range(i + 1, n):
                dx, dy = pos[i][0] - pos[j][0], pos[i][1] - pos[j][1]
                dist = math.hypot(dx, dy) or 0.01
                force = k * k / dist
                disp[i][0] += dx / dist * force
                disp[i][1] += dy / dist * force
                disp[j][0] -= dx / dist * force
                disp[j][1] -= dy / dist * force
        for i, j, w in edges:
            dx, dy = pos[i][0] - pos[j][0], pos[i][1] - pos[j][1]
            dist = math.hypot(dx, dy) or 0.01
            force = dist * dist / k * min(1.0 + math.log1p(w) / 2, 3.0)
            disp[i][0] -= dx / dist * force
            disp[i][1] -= dy / dist * force
            disp[j][0] += dx / dist * force
            disp[j][1] += dy / dist * force
        for i in range(n):  # gravity keeps separate components on one screen
            disp[i][0] -= pos[i][0] * k * 0.8
            disp[i][1] -= pos[i][1] * k * 0.8
            length = math.hypot(*disp[i]) or 0.01
            pos[i][0] += disp[i][0] / length * min(length, temp)
            pos[i][1] += disp[i][1] / length * min(length, temp)
        temp *= 0.97
    span = max([max(abs(x), abs(y)) for x, y in pos] + [1e-6])
    return [(round(x / span, 4), round(y / span, 4)) for x, y in pos]


def network_chart(network: dict[str, Any]) -> dict[str, Any]:
    nodes, edges = network["nodes"], network["edges"]
    where = {n["actor_id"]: i for i, n in enumerate(nodes)}
    pairs = [(where[e["source"]], where[e["target"]], e["weight"]) for e in edges]
    pos = spring_layout(len(nodes), pairs)
    countries = sorted({n.get("country") or "?" for n in nodes})
    colors = {c: COUNTRY_COLORS[i % len(COUNTRY_COLORS)] for i, c in enumerate(countries)}
    top = max([w for *_, w in pairs] + [1])
    data: list[dict[str, Any]] = []
    for i, j, w in sorted(pairs, key=lambda p: p[2]):
        data.append(
            {
                "type": "scatter",
                "mode": "lines",
                "x": [pos[i][0], pos[j][0]],
                "y": [pos[i][1], pos[j][1]],
                "line": {"width": 0.8 + 5 * w / top, "color": "rgba(90,100,115,0.35)"},
                "hoverinfo": "skip",
                "showlegend": False,
            }
        )
    for country in countries:
        members = [n for n in nodes if (n.get("country") or "?") == country]
        data.append(
            {
                "type": "scatter",
                "mode": "markers+text",
                "name": country,
                "x": [pos[where[n["actor_id"]]][0] for n in members],
                "y": [pos[where[n["actor_id"]]][1] for n in members],
                "text": [_safe(n["name"]) for n in members],
                "textposition": "top center",
                "cliponaxis": False,
                "customdata": [
                    "/events?" + query_string({"actor": n["actor_id"]}) for n in members
                ],
                "hovertext": [
                    _safe(f"{n['name']} ({country}) · {n['events']} events") for n in members
                ],
                "hoverinfo": "text",
                "marker": {
                    "size": [10 + 4 * math.sqrt(n["events"]) for n in members],
                    "color": colors[country],
                    "line": {"color": "#fff", "width": 1.5},
                },
            }
        )
    axis = {"visible": False, "zeroline": False, "showgrid": False, "range": [-1.4, 1.4]}
    return {
        "data": data,
        "layout": _layout(xaxis=axis, yaxis=axis, margin={"l": 8, "r": 8, "t": 8, "b": 8}),
    }
