"""Options and helpers shared by several commands: store, format, output."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO, Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from ..errors import UsageError

# The formats of every list command: a table to read, or every row exported.
FORMATS = ("table", "csv", "jsonl", "parquet")

DbOption = Annotated[
    str | None,
    typer.Option("--db", help="Database URL (SQLAlchemy style); default: sqlite:///dyadscope.db"),
]
ConfigOption = Annotated[
    str | None, typer.Option("--config", help="A settings file (TOML) over the defaults.")
]
SetOption = Annotated[
    list[str] | None,
    typer.Option("--set", help="Override one setting: section.key=value (repeatable)."),
]
FormatOption = Annotated[
    str, typer.Option("--format", help="table, csv, jsonl or parquet (with -o).")
]
OutputOption = Annotated[Path | None, typer.Option("-o", "--output", help="Write to this file.")]


def open_store(db: str | None, config: str | None, overrides: list[str] | None) -> Any:
    """The store behind a query command, with the settings of --config and --set; an error
    rather than a new empty store when `db` names nothing."""
    from .. import core
    from ..config import load_options

    return core.open(db, options=load_options(config, overrides or []), create=False)


def check_format(fmt: str, choices: tuple[str, ...] = FORMATS) -> None:
    if fmt not in choices:
        raise UsageError("E004", name=fmt, choices=", ".join(choices))


def write_export(items: Any, fmt: str, output: Path | None) -> None:
    """Write a whole list as csv/jsonl/parquet to a file or stdout (parquet needs a file)."""
    from ..store.export import render

    if fmt == "parquet" and not output:
        raise UsageError("E301", value=fmt, name="--format", expected="-o FILE with parquet")
    body = render(items, fmt)
    if output:
        output.write_bytes(body)
    else:
        sys.stdout.write(body.decode("utf-8"))


def print_table(table: Table, output: Path | None) -> None:
    """A table on stdout, or in `output` when -o is given."""
    if output is None:
        console().print(table)
        return
    with output.open("w", encoding="utf-8") as out:
        console(out).print(table)


def not_yet(feature: str) -> None:
    """For commands whose capability lands in a later release: say so plainly."""
    typer.echo(f"dyadscope: {feature} is not available yet in this version.", err=True)
    raise typer.Exit(2)


def console(file: IO[str] | None = None) -> Console:
    """A console for tables: the terminal's width, COLUMNS when set, else room to read.

    Piped output has no width of its own; 160 columns keeps evidence sentences on few lines.
    """
    width = None if sys.stdout.isatty() or os.environ.get("COLUMNS") else 160
    return Console(file=file, width=width if file is None else width or 160)


def empty_store_hint(ds: Any, what: str) -> None:
    """Say why a list is empty when the store holds nothing at all (a wrong --db, no run yet)."""
    stats = ds.stats()
    held = sum(stats.get(k, 0) for k in ("documents_ok", "documents_duplicate", "documents_failed"))
    if not held:
        typer.echo(
            f"dyadscope: no {what}: the store is empty; fill it with "
            "`dyadscope run PATH... --db URL` (or check --db)",
            err=True,
        )
