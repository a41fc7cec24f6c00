"""Settings: the bundled `settings.toml`, a user file on top, then dotted overrides.

Options are built once and passed to every stage as `options`; no stage reads the
environment or module globals.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import UsageError


@dataclass(frozen=True)
class Options:
    settings: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)

    def get(self, dotted: str, default: Any = None) -> Any:
        section, _, key = dotted.partition(".")
        return self.settings.get(section, {}).get(key, default)

    def replace(self, **dotted: Any) -> Options:
        """A copy with some keys changed: `options.replace(**{"pipeline.workers": 2})`."""
        merged = {s: dict(v) for s, v in self.settings.items()}
        for name, value in dotted.items():
            section, _, key = name.partition(".")
            merged.setdefault(section, {})[key] = value
        return _freeze(merged)


def load_options(config_file: str | Path | None = None, overrides: Iterable[str] = ()) -> Options:
    """Defaults, then `config_file`, then `section.key=value` overrides."""
    text = resources.files("dyadscope").joinpath("settings.toml").read_text(encoding="utf-8")
    merged: dict[str, dict[str, Any]] = tomllib.loads(text)
    if config_file:
        try:
            user = tomllib.loads(Path(config_file).read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as e:
            raise UsageError("E002", path=config_file, reason=str(e)) from e
        for section, values in user.items():
            merged.setdefault(section, {}).update(values)
    for item in overrides:
        name, sep, raw = item.partition("=")
        section, dot, key = name.strip().partition(".")
        if not sep or not dot:
            raise UsageError("E003", item=item)
        merged.setdefault(section, {})[key] = _parse_value(raw.strip())
    return _freeze(merged)


def _parse_value(raw: str) -> Any:
    try:
        return tomllib.loads(f"v = {raw}")["v"]
    except tomllib.TOMLDecodeError:
        return raw


def _freeze(merged: dict[str, dict[str, Any]]) -> Options:
    # Plain dicts (copied) so that Options pickles into worker processes.
    return Options({k: dict(v) for k, v in merged.items()})
