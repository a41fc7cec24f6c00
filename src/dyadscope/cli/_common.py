"""Options shared by several commands."""

from __future__ import annotations

from typing import Annotated

import typer

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
