"""JSON Lines (`.jsonl`, `.ndjson`, `.json`): one document per line, read as a stream.

A malformed line fails alone; the lines after it go on. A line longer than ingest.max_file_mb
is skipped in chunks, never held whole. A `.json` file holding one array or one object (not
lines) is read whole when it fits the size limit.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from ...config import Options
from ...records import Document
from ..html import looks_like_html
from . import register
from .files import (
    GZIP_ERRORS,
    InputError,
    failed,
    limit_bytes,
    open_binary,
    read_bytes,
    too_large,
)

TEXT_FIELDS = ("text", "body", "content", "event_text", "html")
DATE_FIELDS = ("published", "pub_date", "date", "publish_date")
_SKIP_CHUNK = 1 << 20


@register(".jsonl", ".ndjson", ".json")
def read_jsonl_file(path: Path, doc_id: str, options: Options) -> Iterator[Document]:
    try:
        stream = open_binary(path)
    except InputError as e:
        yield failed(doc_id, path, e)
        return
    with stream:
        first = _peek(stream)
        is_json = path.name.lower().removesuffix(".gz").endswith(".json")
        if is_json and (first == b"[" or (first == b"{" and not _first_line_parses(stream))):
            yield from _read_whole_json(path, doc_id, options)
            return
        yield from _read_lines(stream, path, doc_id, options)


def _peek(stream: BinaryIO) -> bytes:
    try:
        head = stream.peek(64) if hasattr(stream, "peek") else b""
    except GZIP_ERRORS + (OSError,):
        return b""
    return head.lstrip()[:1]


def _first_line_parses(stream: BinaryIO) -> bool:
    """Whether a `.json` file is JSON Lines (its first line is a whole object), peeking only."""
    try:
        head = stream.peek(1 << 16)
    except GZIP_ERRORS + (OSError,):
        return True
    first = head.split(b"\n", 1)[0]
    try:
        json.loads(first)
    except ValueError:
        return False
    return True


def _read_lines(stream: BinaryIO, path: Path, file_id: str, options: Options) -> Iterator[Document]:
    limit = limit_bytes(options)
    line_no, seen = 0, False
    while True:
        line_no += 1
        line_id = f"{file_id}#{line_no}"
        try:
            line = stream.readline(limit + 1)
            if len(line) > limit and not line.endswith(b"\n"):
                skipped = len(line) + _skip_rest_of_line(stream)
                yield failed(line_id, path, too_large(skipped, options))
                continue
        except GZIP_ERRORS as e:
            yield failed(line_id, path, InputError("E107", detail=str(e) or type(e).__name__))
            return
        except OSError as e:
            yield failed(line_id, path, InputError("E106", detail=e.strerror or str(e)))
            return
        if not line:
            if not seen:  # an empty file is a failed input, as an empty .txt is
                yield failed(file_id, path, InputError("E101"))
            return
        if line.strip():
            seen = True
            yield _line_document(line, line_no, path, file_id)


def _skip_rest_of_line(stream: BinaryIO) -> int:
    skipped = 0
    while True:
        chunk = stream.readline(_SKIP_CHUNK)
        skipped += len(chunk)
        if not chunk or chunk.endswith(b"\n"):
            return skipped


def _line_document(line: bytes, line_no: int, path: Path, file_id: str) -> Document:
    line_id = f"{file_id}#{line_no}"
    try:
        record = json.loads(line)
    except (ValueError, UnicodeDecodeError) as e:
        detail = str(e).split(":", 1)[0] if isinstance(e, ValueError) else "invalid UTF-8"
        return failed(line_id, path, InputError("E104", line=line_no, detail=detail))
    if not isinstance(record, dict):
        error = InputError("E104", line=line_no, detail=f"a {type(record).__name__}, not an object")
        return failed(line_id, path, error)
    return record_document(record, line_id, path)


def _read_whole_json(path: Path, file_id: str, options: Options) -> Iterator[Document]:
    try:
        records = json.loads(read_bytes(path, options))
    except InputError as e:
        yield failed(file_id, path, e)
        return
    except (ValueError, UnicodeDecodeError) as e:
        yield failed(file_id, path, InputError("E104", line=1, detail=str(e).split(":", 1)[0]))
        return
    for n, record in enumerate(records if isinstance(records, list) else [records], start=1):
        if isinstance(record, dict):
            yield record_document(record, f"{file_id}#{n}", path)
        else:
            error = InputError("E104", line=n, detail=f"item {n} is not an object")
            yield failed(f"{file_id}#{n}", path, error)


def record_document(record: dict[str, Any], fallback_id: str, path: Path) -> Document:
    """A raw Document from one JSON record (SPEC section 5 field names)."""
    record_id = record.get("id")
    doc_id = str(record_id) if record_id not in (None, "") else fallback_id
    field = next((f for f in TEXT_FIELDS if isinstance(record.get(f), str) and record[f]), None)
    if field is None:
        error = InputError("E109", fields=", ".join(TEXT_FIELDS))
        return failed(doc_id, path, error)
    raw = record[field]
    kind = "html" if field == "html" or looks_like_html(raw) else "text"
    date = next((record[f] for f in DATE_FIELDS if record.get(f)), None)
    return Document(
        doc_id=doc_id,
        source_path=str(path),
        url=_text_or_none(record.get("url")),
        title=_text_or_none(record.get("title")),
        published=_text_or_none(date),
        outlet=_text_or_none(record.get("outlet")),
        author=_text_or_none(record.get("author")),
        raw=raw,
        raw_format=kind,
    )


def _text_or_none(value: Any) -> str | None:
    if value in (None, ""):
        return None
    return str(value).strip() or None
