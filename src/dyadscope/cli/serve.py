"""`dyadscope serve`: the REST API (OpenAPI at /docs) and the dashboard at /."""

from __future__ import annotations

import threading
import webbrowser
from typing import Annotated

import typer

from ._common import ConfigOption, DbOption, SetOption


def serve_app(
    db_url: str | None,
    host: str = "127.0.0.1",
    port: int = 8000,
    *,
    open_browser: bool = False,
    config: str | None = None,
    overrides: list[str] | None = None,
) -> None:
    """Open the store (fusing what was coded since the last fusion) and serve it."""
    import uvicorn

    from .. import core
    from ..api import create_app
    from ..config import load_options

    ds = core.open(db_url, load_options(config, overrides or []), create=False)
    ds.refresh()
    url = f"http://{host}:{port}/"
    typer.echo(f"dyadscope: serving {ds.store.url} at {url} (API docs at {url}docs)", err=True)
    if open_browser:
        threading.Timer(1.0, webbrowser.open, args=(url,)).start()
    try:
        uvicorn.run(create_app(ds), host=host, port=port, log_level="warning")
    finally:
        ds.close()


def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option("--host", help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="TCP port.")] = 8000,
    config: ConfigOption = None,
    overrides: SetOption = None,
) -> None:
    """Serve the REST API (OpenAPI at /docs) and the dashboard (at /)."""
    serve_app(db, host, port, config=config, overrides=overrides)


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
