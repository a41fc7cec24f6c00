"""Readers by file suffix: each turns one input file into a stream of raw `Document`s.

A reader registers the suffixes it handles with `@register(".txt")`; the built-in readers use
that same hook as an outside one would. A reader yields documents with `raw` and `raw_format`
set (plus any metadata its format carries), or failed documents; it never raises for bad input.
Compressed variants (`.txt.gz`, `.jsonl.gz`) reach the reader of the inner suffix, which
reads through `files.open_binary`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from ...config import Options
from ...records import Document

Reader = Callable[[Path, str, Options], Iterator[Document]]

_REGISTRY: dict[str, Reader] = {}


def register(*suffixes: str) -> Callable[[Reader], Reader]:
    """Register a reader for file names ending in any of `suffixes` (lower case, with dot)."""

    def wrap(reader: Reader) -> Reader:
        for suffix in suffixes:
            _REGISTRY[suffix.lower()] = reader
        return reader

    return wrap


def reader_for(path: Path) -> Reader | None:
    """The reader for `path` by its longest registered suffix, ".gz" looked through."""
    _load_builtins()
    name = path.name.lower()
    for candidate in (name, name.removesuffix(".gz")):
        matches = [s for s in _REGISTRY if candidate.endswith(s)]
        if matches:
            return _REGISTRY[max(matches, key=len)]
    return None


def suffixes() -> list[str]:
    _load_builtins()
    return sorted(_REGISTRY)


def _load_builtins() -> None:
    # Imported for their @register side effect, once.
    from . import feed, html, jsonl, text, warc  # noqa: F401
