"""A live dashboard over a hand-built store, and a headless Chromium to drive it.

The browser is Debian's `chromium` (never a downloaded build). Without it the browser tests
skip, saying why, except under `CI=true`, where a missing browser is a failure.
"""

from __future__ import annotations

import importlib.util
import os
import socket
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[1] / "_artifacts"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def _load_sample():  # type: ignore[no-untyped-def]
    path = Path(__file__).resolve().parents[1] / "store" / "sample_records.py"
    spec = importlib.util.spec_from_file_location("dyadscope_sample_records", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


sample = _load_sample()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def live_url(tmp_path_factory):
    import uvicorn

    from dyadscope import core
    from dyadscope.api import create_app

    db = tmp_path_factory.mktemp("web") / "dashboard.db"
    ds = core.open(f"sqlite:///{db}")
    sample.fill_store(ds.store)
    sample.add_history(ds.store)
    port = _free_port()
    server = uvicorn.Server(
        uvicorn.Config(create_app(ds), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(100):
        if server.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=5)
    ds.close()


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        reason = f"{CHROMIUM} is missing: run scripts/install_browser.sh"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        yield launched
        launched.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1360, "height": 900})
    opened = context.new_page()
    errors: list[str] = []
    opened.on("pageerror", lambda e: errors.append(str(e)))
    opened.js_errors = errors
    outside: list[str] = []  # the dashboard must work offline: no request leaves the machine

    def only_local(route) -> None:  # type: ignore[no-untyped-def]
        if route.request.url.startswith("http://127.0.0.1:"):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    context.route("**/*", only_local)
    opened.outside_requests = outside
    yield opened
    assert outside == [], f"requests left the machine: {outside}"
    context.close()


@pytest.fixture(scope="session")
def shots() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
