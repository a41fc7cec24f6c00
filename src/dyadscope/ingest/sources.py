"""Input paths to files with their doc_ids (SPEC section 4).

A folder is walked recursively and each file is named by its path relative to that folder; a
glob is expanded and named relative to its fixed leading folder; a file given directly is named
by its file name. Order is sorted, so re-runs see the same files in the same order.
"""

from __future__ import annotations

import glob
import logging
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .readers import reader_for

LOGGER = logging.getLogger(__name__)

_MAGIC = set("*?[")


@dataclass(frozen=True, slots=True)
class Source:
    path: Path
    doc_id: str


@dataclass(frozen=True, slots=True)
class Missing:
    """An input argument that names nothing readable."""

    given: str
    code: str  # E001: nothing there; E112: a file of a type no reader handles


def expand(paths: Iterable[str | Path]) -> Iterator[Source | Missing]:
    for item in paths:
        given = str(item)
        if any(ch in _MAGIC for ch in given):
            yield from _expand_glob(given)
            continue
        path = Path(given)
        if path.is_dir():
            yield from _walk(path)
        elif path.exists() or path.is_symlink():
            yield Source(path, path.name) if reader_for(path) else Missing(given, "E112")
        else:
            yield Missing(given, "E001")


def _expand_glob(pattern: str) -> Iterator[Source | Missing]:
    parts = Path(pattern).parts
    fixed = [p for p in parts[: next(n for n, p in enumerate(parts) if set(p) & _MAGIC)]]
    root = Path(*fixed) if fixed else Path(".")
    matches = sorted(glob.glob(pattern, recursive=True))
    if not matches:
        yield Missing(pattern, "E001")
    for match in matches:
        path = Path(match)
        if path.is_dir():
            yield from _walk(path, root)
        elif reader_for(path):
            yield Source(path, path.relative_to(root).as_posix())


def _walk(folder: Path, root: Path | None = None) -> Iterator[Source]:
    root = root or folder
    for current, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            path = Path(current) / name
            if name.startswith("."):
                continue
            if reader_for(path) is None:
                LOGGER.debug("skipping %s: no reader for its type", path)
                continue
            yield Source(path, path.relative_to(root).as_posix())
