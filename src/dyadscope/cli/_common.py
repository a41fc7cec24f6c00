"""Options shared by several commands."""

from __future__ import annotations

import os
import sys
from typing import IO, Annotated, Any

import typer
from rich.console import Console

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


def shorten(text: object, width: int) -> str:
    """One line of at most `width` characters, cut at a word with an ellipsis."""
    flat = " ".join(str(text or "").split())
    if len(flat) <= width:
        return flat
    cut = flat[: width - 1].rsplit(" ", 1)[0] if " " in flat[: width - 1] else flat[: width - 1]
    return cut.rstrip(",;:") + "…"


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
