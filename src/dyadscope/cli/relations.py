"""`dyadscope agreements|mechanisms|milestones|verdicts|quotes` (the relationship registries) and
`dyadscope index` (the relations index, as a table, CSV, JSON or a chart).

Commands only parse options, ask the core object and render its answer.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from ..errors import UsageError
from ..web.charts import shorten
from ._common import (
    FORMATS,
    ConfigOption,
    DbOption,
    FormatOption,
    OutputOption,
    SetOption,
    check_format,
    open_store,
    print_table,
    write_export,
)

# The index also comes as one JSON object carrying its dyad and frequency.
INDEX_FORMATS = (*FORMATS, "json")
PLOT_SUFFIXES = (".png", ".svg")

DyadOption = Annotated[
    str | None, typer.Option("--dyad", help="Only records about this pair, e.g. CHN-RUS.")
]

# Columns shown by the table format: (header, how to get the cell from an item).
COLUMNS: dict[str, list[tuple[str, Callable[[dict[str, Any]], Any]]]] = {
    "agreements": [
        ("date", lambda i: i.get("date")),
        ("title", lambda i: i.get("title")),
        ("parties", lambda i: ", ".join(i.get("parties") or [])),
        ("domains", lambda i: ", ".join(i.get("domains") or [])),
        ("document", lambda i: i.get("doc_id")),
    ],
    "mechanisms": [
        ("name", lambda i: i.get("name")),
        ("no.", lambda i: i.get("ordinal")),
        ("date", lambda i: i.get("date")),
        ("years", lambda i: _span(i.get("years") or [])),
        ("parties", lambda i: ", ".join(i.get("parties") or [])),
        ("document", lambda i: i.get("doc_id")),
    ],
    "milestones": [
        ("anniversary", lambda i: i.get("ordinal")),
        ("of", lambda i: i.get("name")),
        ("year", lambda i: i.get("year")),
        ("base year", lambda i: i.get("base_year")),
        ("consistent", lambda i: {True: "yes", False: "NO"}.get(i.get("consistent"), "")),
        ("parties", lambda i: ", ".join(i.get("parties") or [])),
        ("document", lambda i: i.get("doc_id")),
    ],
    "verdicts": [
        ("date", lambda i: i.get("date")),
        ("phrase", lambda i: i.get("phrase")),
        ("polarity", lambda i: i.get("polarity")),
        ("speaker", lambda i: (i.get("speaker") or {}).get("name")),
        ("parties", lambda i: ", ".join(i.get("parties") or [])),
        ("document", lambda i: i.get("doc_id")),
    ],
    "quotes": [
        ("date", lambda i: i.get("date")),
        ("speaker", lambda i: (i.get("speaker") or {}).get("name")),
        ("quote", lambda i: shorten(i.get("text"), 90)),
        ("document", lambda i: i.get("doc_id")),
    ],
}
INDEX_COLUMNS = {
    "period": "period", "n_events": "events", "n_sources": "sources",
    "verbal_cooperation": "v.coop", "material_cooperation": "m.coop", "neutral": "neutral",
    "verbal_conflict": "v.confl", "material_conflict": "m.confl",
    "intensity_mean": "mean int.", "coverage": "coverage", "cc_index": "index",
}  # fmt: skip


def register(app: typer.Typer) -> None:
    for kind in COLUMNS:
        app.command(name=kind, help=_HELP[kind])(_registry_command(kind))
    app.command(name="index")(index)


_HELP = {
    "agreements": "Documents signed or adopted: title as written, parties, date, domains.",
    "mechanisms": "Recurring mechanisms and programmes, with their ordinal and date.",
    "milestones": "Anniversaries with their base year, checked for consistency across documents.",
    "verdicts": "How officials characterise a relationship: phrase, speaker, date, polarity.",
    "quotes": "Direct quotations with their speakers.",
}


def _registry_command(kind: str) -> Callable[..., None]:
    def command(
        dyad: DyadOption = None,
        fmt: FormatOption = "table",
        output: OutputOption = None,
        db: DbOption = None,
        config: ConfigOption = None,
        overrides: SetOption = None,
    ) -> None:
        check_format(fmt)
        items = _fetch_registry(kind, dyad, db, config, overrides)
        _render_registry(kind, items, fmt, output, dyad)

    command.__name__ = kind
    command.__doc__ = _HELP[kind]
    return command


def _fetch_registry(
    kind: str, dyad: str | None, db: str | None, config: str | None, overrides: list[str] | None
) -> list[dict[str, Any]]:
    from .. import core

    ds = open_store(db, config, overrides)
    try:
        items = list(core.iterate(getattr(ds, kind), dyad=dyad))
    finally:
        ds.close()
    if kind == "milestones":
        from ..analysis.registries import annotate_milestones

        items = annotate_milestones(items)
    return items


def _render_registry(
    kind: str, items: list[dict[str, Any]], fmt: str, output: Path | None, dyad: str | None
) -> None:
    if fmt != "table":
        write_export(items, fmt, output)
        return
    table = Table(title=f"{kind} ({len(items)})", show_lines=False)
    for header, _ in COLUMNS[kind]:
        table.add_column(header, overflow="fold")
    for item in items:
        table.add_row(*[_text(get(item)) for _, get in COLUMNS[kind]])
    print_table(table, output)
    if not items:
        typer.echo(f"dyadscope: no {kind} found in the store{_for(dyad)}.", err=True)


def index(
    dyad: Annotated[str, typer.Option("--dyad", help="The pair, e.g. CHN-RUS.")],
    freq: Annotated[
        str, typer.Option("--freq", help="day, week, month, quarter or year.")
    ] = "month",
    directed: Annotated[
        bool, typer.Option("--directed", help="Only acts of the first country toward the second.")
    ] = False,
    fmt: Annotated[
        str,
        typer.Option("--format", help="table, csv, jsonl, parquet (with -o) or json (one object)."),
    ] = "table",
    output: OutputOption = None,
    plot: Annotated[
        Path | None, typer.Option("--plot", help="Also draw the index to FILE.png or FILE.svg.")
    ] = None,
    db: DbOption = None,
    config: ConfigOption = None,
    overrides: SetOption = None,
) -> None:
    """The relations index of a dyad: events per quad class, intensity and the
    cooperation–conflict index per period, normalised by coverage."""
    check_format(fmt, INDEX_FORMATS)
    if plot is not None and plot.suffix.lower() not in PLOT_SUFFIXES:
        raise UsageError("E004", name=plot.suffix or str(plot), choices=", ".join(PLOT_SUFFIXES))
    ds = open_store(db, config, overrides)
    try:
        rows = ds.index(dyad, freq=freq, directed=directed)["items"]
        events = _strong_events(ds, dyad) if plot is not None else []
    finally:
        ds.close()
    _render_index(dyad, freq, rows, fmt, output)
    if plot is not None:
        from ..analysis.index import plot_index

        plot_index(rows, plot, dyad=dyad.upper(), events=events)
        typer.echo(f"chart written to {plot}", err=True)


def _strong_events(ds: Any, dyad: str) -> list[dict[str, Any]]:
    """The events worth writing on the chart: many sources, strong intensity."""
    try:
        page = ds.fused_events(dyad=dyad, sort="-sources", limit=200)
    except (AttributeError, TypeError):
        page = ds.events(dyad=dyad, limit=200)
    return [e for e in page["items"] if e.get("interstate", True)]


def _render_index(
    dyad: str, freq: str, rows: list[dict[str, Any]], fmt: str, output: Path | None
) -> None:
    if fmt == "json":
        text = json.dumps({"dyad": dyad.upper(), "freq": freq, "items": rows}, indent=1) + "\n"
        if output:
            output.write_text(text, encoding="utf-8")
        else:
            typer.echo(text, nl=False)
        return
    if fmt != "table":
        write_export(rows, fmt, output)
        return
    table = Table(title=f"{dyad.upper()} relations index by {freq}")
    columns = [c for c in INDEX_COLUMNS if not rows or c in rows[0]]
    for column in columns:
        table.add_column(INDEX_COLUMNS[column], justify="left" if column == "period" else "right")
    for row in rows:
        table.add_row(*[_text(row.get(c)) for c in columns])
    print_table(table, output)
    if not rows:
        typer.echo(f"dyadscope: no events of {dyad.upper()} in the store.", err=True)
    if rows and rows[0].get("unplaced_events"):
        typer.echo(
            f"{rows[0]['unplaced_events']} events dated too coarsely for '{freq}' left out.",
            err=True,
        )


def _for(dyad: str | None) -> str:
    return f" for {dyad.upper()}" if dyad else ""


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _span(years: list[int]) -> str:
    if not years:
        return ""
    return str(years[0]) if len(years) == 1 else f"{years[0]}–{years[-1]}"
