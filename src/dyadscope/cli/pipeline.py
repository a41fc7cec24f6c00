"""Pipeline commands: `extract` (stateless), `ingest`, `code`, `run` (store-backed), `demo`."""

from __future__ import annotations

import json
import sys
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from .. import workflow
from ..config import Options, load_options
from ..errors import UsageError
from ..records import Document
from ._common import ConfigOption, DbOption, SetOption

ERR = Console(stderr=True, soft_wrap=True)  # summary lines stay whole, whatever the width

PathsArg = Annotated[list[str], typer.Argument(help="Files, folders or globs to read.")]
WorkersOption = Annotated[
    int | None, typer.Option("--workers", "-j", help="Worker processes (default: settings).")
]


def register(app: typer.Typer) -> None:
    app.command("extract")(extract)
    app.command("ingest")(ingest)
    app.command("code")(code)
    app.command("run")(run)
    from .demo import demo

    app.command("demo")(demo)


def build_options(config: str | None, overrides: list[str] | None, workers: int | None) -> Options:
    options = load_options(config, overrides or [])
    if workers:
        options = options.replace(**{"pipeline.workers": workers})
    return options


@contextmanager
def progress_bar(label: str):
    """A live count of documents on stderr; quiet when stderr is not a terminal."""
    with Progress(
        SpinnerColumn(),
        TextColumn(f"[bold]{label}[/]"),
        BarColumn(),
        TextColumn("{task.completed} docs"),
        TimeElapsedColumn(),
        console=ERR,
        transient=True,
        disable=not ERR.is_terminal,
    ) as bar:
        task = bar.add_task(label, total=None)
        yield lambda _doc: bar.advance(task)


def report_failures(counts: workflow.RunCounts) -> None:
    for source, reason in counts.failures:
        ERR.print(
            f"[red]failed[/] {escape(source)}: {escape(reason)}", highlight=False, soft_wrap=True
        )


def extract(
    paths: PathsArg,
    output: Annotated[str, typer.Option("-o", "--output", help="Events JSONL ('-' = stdout).")],
    docs: Annotated[str | None, typer.Option("--docs", help="Also write documents JSONL.")] = None,
    quotes: Annotated[str | None, typer.Option("--quotes", help="Also write quotes JSONL.")] = None,
    config: ConfigOption = None,
    set_: SetOption = None,
    workers: WorkersOption = None,
) -> None:
    """Stateless: documents in, events (and clean documents) out, no store."""
    _check_separate_outputs({"-o": output, "--docs": docs, "--quotes": quotes})
    options = build_options(config, set_, workers)
    counts = workflow.RunCounts()
    with ExitStack() as stack:
        events_out = _open_out(stack, output)
        docs_out = _open_out(stack, docs) if docs else None
        quotes_out = _open_out(stack, quotes) if quotes else None
        tick = stack.enter_context(progress_bar("extract"))
        # Arguments are paths: one that names nothing must fail as E001, never be read as text.
        for doc in workflow.extract([Path(p) for p in paths], options, progress=tick):
            counts.count(doc)
            _write_doc(doc, events_out, docs_out, quotes_out)
    report_failures(counts)
    ERR.print(
        f"{counts.documents} documents ({counts.ok} ok, {counts.duplicates} duplicate, "
        f"{counts.failed} failed), {counts.events} events"
    )
    if counts.failed:
        raise typer.Exit(1)


OUTPUT_CONTENTS = {"-o": "events", "--docs": "documents", "--quotes": "quotes"}


def _check_separate_outputs(outputs: dict[str, str | None]) -> None:
    """Refuse two record kinds sent to one place (stdout twice, or one file twice): their
    lines would interleave into a stream no reader can split again."""
    taken: dict[str, str] = {}
    for option, place in outputs.items():
        if place is None:
            continue
        key = place if place == "-" else str(Path(place).resolve())
        if key in taken:
            first = taken[key]
            where = "stdout" if place == "-" else place
            expected = (
                f"a place of its own: {first} already writes {OUTPUT_CONTENTS[first]} to {where}"
            )
            raise UsageError("E301", value=place, name=option, expected=expected)
        taken[key] = option


def _open_out(stack: ExitStack, path: str):
    if path == "-":
        return sys.stdout
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    return stack.enter_context(open(path, "w", encoding="utf-8"))


def _write_doc(doc: Document, events_out, docs_out, quotes_out) -> None:
    for event in doc.events:
        events_out.write(json.dumps(event.to_dict(), ensure_ascii=False) + "\n")
    if docs_out:
        docs_out.write(json.dumps(doc.to_dict(), ensure_ascii=False) + "\n")
    if quotes_out:
        for quote in doc.quotes:
            quotes_out.write(json.dumps(quote.to_dict(), ensure_ascii=False) + "\n")


def _run_steps(
    db: str | None, options: Options, steps: tuple[str, ...], paths: list[str] = ()
) -> dict[str, workflow.RunCounts]:
    """Run `ingest` and/or `code` against one store, printing each failure on one line."""
    from ..store import open_store

    store = open_store(db, options)
    counts: dict[str, workflow.RunCounts] = {}
    try:
        if "ingest" in steps:
            with progress_bar("ingest") as tick:
                counts["ingest"] = workflow.ingest_into(store, paths, options, progress=tick)
        if "code" in steps:
            with progress_bar("code") as tick:
                counts["code"] = workflow.code_pending(store, options, progress=tick)
    finally:
        store.close()
    for step in counts.values():
        report_failures(step)
    return counts


def _exit_if_failed(counts: dict[str, workflow.RunCounts]) -> None:
    if any(step.failed for step in counts.values()):
        raise typer.Exit(1)


def ingest(
    paths: PathsArg, db: DbOption = None, config: ConfigOption = None, set_: SetOption = None
) -> None:
    """Read, clean and de-duplicate inputs into the store (idempotent)."""
    counts = _run_steps(db, build_options(config, set_, None), ("ingest",), paths)
    done = counts["ingest"]
    ERR.print(
        f"ingested {done.documents} documents: {done.ok} ok ({done.new} new to the store), "
        f"{done.duplicates} duplicate, {done.failed} failed"
    )
    _exit_if_failed(counts)


def code(
    db: DbOption = None,
    config: ConfigOption = None,
    set_: SetOption = None,
    workers: WorkersOption = None,
) -> None:
    """Code events in every stored document not yet coded, then refresh fused events."""
    counts = _run_steps(db, build_options(config, set_, workers), ("code",))
    ERR.print(f"coded {counts['code'].documents} documents: {counts['code'].events} events")
    _exit_if_failed(counts)


def run(
    paths: PathsArg,
    db: DbOption = None,
    config: ConfigOption = None,
    set_: SetOption = None,
    workers: WorkersOption = None,
) -> None:
    """`ingest` then `code`, into the store."""
    counts = _run_steps(db, build_options(config, set_, workers), ("ingest", "code"), paths)
    read, coded = counts["ingest"], counts["code"]
    ERR.print(
        f"{read.documents} documents read ({read.ok} ok, {read.new} new to the store, "
        f"{read.duplicates} duplicate, {read.failed} failed); "
        f"{coded.documents} coded, {coded.events} events"
    )
    _exit_if_failed(counts)
