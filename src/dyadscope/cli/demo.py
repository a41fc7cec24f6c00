"""`dyadscope demo`: the whole pipeline on the bundled sample corpus, then a summary."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from .. import workflow
from ..config import load_options
from ..ontology import QUAD_CLASSES
from ..web.charts import shorten

DEMO_DB = "dyadscope-demo.db"
QUADS = QUAD_CLASSES


def demo(
    serve: Annotated[bool, typer.Option("--serve", help="Then open the dashboard.")] = False,
    db_file: Annotated[
        str, typer.Option("--db-file", help="SQLite file for the demo store (recreated).")
    ] = DEMO_DB,
    port: Annotated[int, typer.Option("--port", help="Dashboard port with --serve.")] = 8000,
) -> None:
    """Run the pipeline on the bundled sample corpus into a fresh store and summarise it."""
    from ..core import Dyadscope
    from ..store import open_store

    console = Console()
    for suffix in ("", "-wal", "-shm"):
        Path(db_file + suffix).unlink(missing_ok=True)
    url = f"sqlite:///{db_file}"
    options = load_options()
    sample = resources.files("dyadscope") / "sample"
    store = open_store(url, options)
    with resources.as_file(sample) as folder:
        ingested = workflow.ingest_into(store, [folder], options)
    coded = workflow.code_pending(store, options)
    console.print(
        f"[bold]dyadscope demo[/] — {ingested.documents} documents read ({ingested.ok} ok, "
        f"{ingested.duplicates} duplicate, {ingested.failed} failed), {coded.events} events coded"
    )
    ds = Dyadscope(store, options)
    print_summary(console, ds)
    console.print(f"\nStore: {url}   try: [cyan]dyadscope events --db {url} --dyad CHN-RUS[/]")
    if serve:
        from .serve import serve_app

        serve_app(url, "127.0.0.1", port, open_browser=True)
    store.close()


def print_summary(console: Console, ds) -> None:
    console.print(_documents_table(ds.documents(limit=50)["items"]))
    console.print(_events_table(ds.events(interstate=True, limit=15)["items"]))
    dyads = ds.dyads()["items"]
    console.print(_dyads_table(dyads))
    for row in dyads[:3]:
        console.print(_index_table(row["dyad"], ds.index(row["dyad"], freq="year")["items"]))


def _documents_table(items: list[dict]) -> Table:
    table = Table(title="Documents", title_justify="left")
    table.add_column("doc_id", overflow="fold", max_width=34)
    table.add_column("published", no_wrap=True)
    table.add_column("outlet")
    table.add_column("title", ratio=1, min_width=30)
    table.add_column("events", justify="right")
    for doc in items:
        status = doc.get("status", "ok")
        table.add_row(
            str(doc["doc_id"]),
            str(doc.get("published") or "—")[:10],
            shorten(doc.get("outlet") or "—", 22),
            shorten(doc.get("title") or "—", 70),
            str(doc.get("n_events", "")) if status == "ok" else status,
        )
    return table


def _actors(actors: list[dict]) -> str:
    return "+".join(sorted({(a.get("igo") or a.get("country") or "?") for a in actors}))


def _events_table(items: list[dict]) -> Table:
    table = Table(title="Latest interstate events", title_justify="left")
    for col in ("date", "type", "source", "target", "reports"):
        table.add_column(col, no_wrap=True)
    table.add_column("evidence", overflow="fold", min_width=40)
    for ev in items:
        table.add_row(
            ev.get("date") or "—",
            ev["event_type"] + (f"/{ev['mode']}" if ev.get("mode") else ""),
            _actors(ev["source"]),
            _actors(ev["target"]) or "(sym.)",
            str(ev.get("source_count", 1)),
            shorten(ev["evidence"]["sentence"], 90),
        )
    return table


def _dyads_table(items: list[dict]) -> Table:
    table = Table(title="Dyads (fused events per quad class)", title_justify="left")
    table.add_column("dyad", no_wrap=True)
    for col in ("events", *QUADS, "mean intensity"):
        table.add_column(col.replace("cooperation", "coop."), justify="right")
    for row in items:
        quads = row.get("quad_counts", {})
        mean = row.get("mean_intensity")
        table.add_row(
            row["dyad"],
            str(row["events"]),
            *(str(quads.get(q, 0)) for q in QUADS),
            f"{mean:+.2f}" if mean is not None else "—",
        )
    return table


def _index_table(dyad: str, rows: list[dict]) -> Table:
    table = Table(title=f"Relations index {dyad} by year", title_justify="left")
    for col in (
        "period",
        "events",
        "sources",
        "cooperation",
        "conflict",
        "mean intensity",
        "index",
    ):
        table.add_column(col, justify="right")
    for row in rows:
        coop = row.get("verbal_cooperation", 0) + row.get("material_cooperation", 0)
        conflict = row.get("verbal_conflict", 0) + row.get("material_conflict", 0)
        mean, index = row.get("intensity_mean"), row.get("cc_index")
        table.add_row(
            str(row["period"]),
            str(row.get("n_events", 0)),
            str(row.get("n_sources", 0)),
            str(coop),
            str(conflict),
            f"{mean:+.2f}" if mean is not None else "—",
            f"{index:+.2f}" if index is not None else "—",
        )
    return table
