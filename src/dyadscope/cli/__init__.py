"""The `dyadscope` command line: one module per command family, each with `register(app)`.

Commands only parse their options and call the library; errors derived from
`DyadscopeError` become one line on stderr and the exit status they carry.
"""

from __future__ import annotations

import sys

import typer

from ..errors import DyadscopeError
from . import actors, evaluate, pipeline, query, relations, serve

app = typer.Typer(
    name="dyadscope",
    help="News articles in; political events, actors and bilateral-relations measures out.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

for module in (pipeline, query, actors, relations, serve, evaluate):
    module.register(app)


def main() -> None:
    try:
        app()
    except DyadscopeError as e:
        print(f"dyadscope: {e}", file=sys.stderr)
        sys.exit(e.exit_code)
