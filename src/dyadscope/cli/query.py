"""`dyadscope events` and `dyadscope documents`: query the store, render a table or export."""

from __future__ import annotations

from typing import Annotated, Any

import typer
from rich.table import Table

from ..web.charts import shorten
from ._common import (
    ConfigOption,
    DbOption,
    FormatOption,
    OutputOption,
    SetOption,
    check_format,
    empty_store_hint,
    open_store,
    print_table,
    write_export,
)

TABLE_ROWS = 200


def _codes(actors: list[dict[str, Any]]) -> str:
    return "+".join(dict.fromkeys(a.get("igo") or a.get("country") or "?" for a in actors))


def _events_table(items: list[dict[str, Any]], total: int) -> Table:
    table = Table(
        title=f"{total} events" + (f" (first {len(items)})" if total > len(items) else ""),
        title_justify="left",
    )
    for col in ("date", "type", "source", "target", "src", "evidence"):
        table.add_column(col, overflow="fold", ratio=1 if col == "evidence" else None)
    for e in items:
        table.add_row(
            e.get("date") or "—",
            e["event_type"] + (f"/{e['mode']}" if e.get("mode") else ""),
            _codes(e.get("source") or []),
            _codes(e.get("target") or []) or "(sym.)",
            str(e.get("source_count", 1)),
            shorten((e.get("evidence") or {}).get("sentence"), 160),
        )
    return table


def _documents_table(items: list[dict[str, Any]], total: int) -> Table:
    table = Table(title=f"{total} documents", title_justify="left")
    # Every cell folds rather than ends in "…": a doc_id cut short cannot be looked up.
    for col in ("doc_id", "published", "outlet", "title", "status", "events / reason"):
        table.add_column(col, overflow="fold")
    for d in items:
        reason = d.get("error") or (
            f"duplicate of {d['duplicate_of']}"
            if d.get("duplicate_of")
            else str(d.get("n_events", 0))
        )
        table.add_row(
            str(d["doc_id"]),
            str(d.get("published") or "—")[:10],
            d.get("outlet") or "—",
            shorten(d.get("title") or "—", 80),
            d["status"],
            reason,
        )
    return table


def events(
    dyad: Annotated[str | None, typer.Option("--dyad", help="Two codes, e.g. CHN-RUS.")] = None,
    type_: Annotated[
        str | None, typer.Option("--type", help="PLOVER type(s), comma-separated.")
    ] = None,
    since: Annotated[str | None, typer.Option("--since", help="YYYY[-MM[-DD]]")] = None,
    until: Annotated[str | None, typer.Option("--until", help="YYYY[-MM[-DD]]")] = None,
    unfused: Annotated[
        bool, typer.Option("--unfused", help="Every coded event, not fused.")
    ] = False,
    fmt: FormatOption = "table",
    output: OutputOption = None,
    db: DbOption = None,
    config: ConfigOption = None,
    overrides: SetOption = None,
) -> None:
    """List events: one per real-world happening (fused), or every coded report."""
    check_format(fmt)
    ds = open_store(db, config, overrides)
    try:
        ds.refresh()
        query = ds.events if unfused else ds.fused_events
        # Newest first, undated last: the order of /api/events and the dashboard.
        params = {"dyad": dyad, "type": type_, "since": since, "until": until, "sort": "-date"}
        _list(ds, query, params, fmt, output, _events_table, "events")
    finally:
        ds.close()


def _list(ds, query, params: dict, fmt: str, output, table, what: str, **export: Any) -> None:
    """One page as a table, or every row exported (export-only options in `export`)."""
    from ..core import iterate

    if fmt == "table":
        page = query(limit=TABLE_ROWS, **params)
        print_table(table(page["items"], page["total"]), output)
        if not page["total"]:
            empty_store_hint(ds, what)
    else:
        write_export(iterate(query, **params, **export), fmt, output)


def documents(
    status: Annotated[str | None, typer.Option("--status", help="ok, duplicate or failed.")] = None,
    fmt: FormatOption = "table",
    output: OutputOption = None,
    db: DbOption = None,
    config: ConfigOption = None,
    overrides: SetOption = None,
) -> None:
    """List stored documents and failed inputs with their reasons."""
    check_format(fmt)
    ds = open_store(db, config, overrides)
    try:
        params = {"status": status}
        _list(ds, ds.documents, params, fmt, output, _documents_table, "documents", text=True)
    finally:
        ds.close()


def register(app: typer.Typer) -> None:
    app.command("events")(events)
    app.command("documents")(documents)
