"""`dyadscope demo`: the whole pipeline on the bundled sample corpus, then a summary."""

from __future__ import annotations

from typing import Annotated

import typer

from ._common import not_yet


def demo(
    serve: Annotated[bool, typer.Option("--serve", help="Then open the dashboard.")] = False,
) -> None:
    """Run the pipeline on the bundled sample corpus into a fresh store and summarise it."""
    not_yet("the demo")
