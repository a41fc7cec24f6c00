"""Docs that cannot drift (STYLE.md section 4, item 15): every route of the web application and
each of its query parameters has an entry in docs/API.md, every CLI command has one in
docs/CLI.md (which must be what scripts/cli_reference.py writes today), and every setting in
settings.toml has a comment line above it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from fastapi.routing import APIRoute

import dyadscope

ROOT = Path(__file__).resolve().parents[1]
API_DOC = ROOT / "docs" / "API.md"
CLI_DOC = ROOT / "docs" / "CLI.md"
SETTINGS = Path(dyadscope.__file__).parent / "settings.toml"


def _route_contexts(app):  # type: ignore[no-untyped-def]
    """(path, methods, route) of every route, routers included (FastAPI keeps included
    routers as lazy entries of `app.routes` since 0.16x)."""
    try:
        from fastapi.routing import iter_route_contexts
    except ImportError:  # older FastAPI: app.routes is already flat
        return [(r.path, r.methods or set(), r) for r in app.routes]
    return [(c.path, c.methods or set(), c.original_route) for c in iter_route_contexts(app.routes)]


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    from dyadscope import core
    from dyadscope.api import create_app

    ds = core.open(f"sqlite:///{tmp_path_factory.mktemp('docs') / 'docs.db'}")
    yield create_app(ds)
    ds.close()


def _sections(text: str) -> dict[str, str]:
    """'### heading' → the text up to the next heading of any level."""
    out: dict[str, str] = {}
    for match in re.finditer(r"^### ([^\n]+)\n(.*?)(?=^#{1,3} |\Z)", text, re.M | re.S):
        out[match.group(1).strip()] = match.group(2)
    return out


def _plain(path: str) -> str:
    return re.sub(r"\{(\w+):\w+\}", r"{\1}", path)  # {doc_id:path} → {doc_id}


def test_every_route_has_an_entry_in_api_doc(app):
    sections = _sections(API_DOC.read_text(encoding="utf-8"))
    missing = []
    for path, methods, route in _route_contexts(app):
        if not hasattr(route, "endpoint") or not methods:
            continue  # mounts are checked below
        for method in sorted(methods - {"HEAD"}):
            if f"{method} {_plain(path)}" not in sections:
                missing.append(f"{method} {_plain(path)}")
    assert missing == [], f"routes without a '### METHOD /path' entry in docs/API.md: {missing}"


def test_every_query_parameter_is_documented_in_its_entry(app):
    sections = _sections(API_DOC.read_text(encoding="utf-8"))
    missing = []
    for path, methods, route in _route_contexts(app):
        if not isinstance(route, APIRoute) or "GET" not in methods:
            continue
        section = sections.get(f"GET {_plain(path)}", "")
        for param in route.dependant.query_params:
            if f"`{param.alias}`" not in section:
                missing.append(f"{path}: {param.alias}")
    assert missing == [], f"query parameters missing from their docs/API.md entry: {missing}"


def test_every_mount_is_mentioned_in_api_doc(app):
    text = API_DOC.read_text(encoding="utf-8")
    mounts = [p for p, methods, route in _route_contexts(app) if not hasattr(route, "endpoint")]
    assert mounts, "the app serves static files from mounts"
    assert [m for m in mounts if f"`{m}`" not in text] == []


def test_api_doc_names_every_error_code_the_api_answers():
    from dyadscope.api import errors  # noqa: F401 - the handlers whose codes are listed

    text = API_DOC.read_text(encoding="utf-8")
    for code in ("E301", "E004", "E005", "E006", "E009", "E500"):
        assert f"`{code}`" in text, code


def _cli_commands() -> list[str]:
    import typer

    from dyadscope.cli import app

    def walk(command, ctx, path):  # type: ignore[no-untyped-def]
        names = [path]
        if hasattr(command, "list_commands"):
            for name in command.list_commands(ctx):
                sub = command.get_command(ctx, name)
                if sub is not None and not sub.hidden:
                    child = sub.context_class(sub, info_name=name, parent=ctx)
                    names += walk(sub, child, f"{path} {name}")
        return names

    root = typer.main.get_command(app)
    return walk(root, root.context_class(root, info_name="dyadscope"), "dyadscope")


def test_every_cli_command_has_an_entry_in_cli_doc():
    headings = set(re.findall(r"^## (.+)$", CLI_DOC.read_text(encoding="utf-8"), re.M))
    commands = _cli_commands()
    assert len(commands) > 10
    missing = [name for name in commands if name not in headings]
    assert missing == [], f"commands without an entry in docs/CLI.md: {missing}"


def test_cli_doc_is_what_the_commands_print():
    script = ROOT / "scripts" / "cli_reference.py"
    env = {**os.environ, "TYPER_USE_RICH": "0"}
    done = subprocess.run(
        [sys.executable, str(script), "--check"], capture_output=True, text=True, env=env
    )
    assert done.returncode == 0, done.stderr or done.stdout


def _settings_without_comment(text: str) -> list[str]:
    bare, previous = [], ""
    for line in text.splitlines():
        stripped = line.strip()
        key = re.match(r"([A-Za-z_][\w-]*)\s*=", stripped)
        if key and not previous.startswith("#"):
            bare.append(key.group(1))
        previous = stripped
    return bare


def test_every_setting_has_a_comment_line_above_it():
    assert _settings_without_comment(SETTINGS.read_text(encoding="utf-8")) == []


def test_settings_check_catches_a_bare_key():
    text = "[store]\n# The database.\ndefault_url = 'x'\n\nbatch_size = 3\n"
    assert _settings_without_comment(text) == ["batch_size"]
