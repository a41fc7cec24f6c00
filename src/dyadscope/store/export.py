"""Renderers over list results (`items`): CSV, JSON Lines and Parquet, shared by the CLI and
the API. JSON Lines keeps each item as it is (the SPEC export formats); CSV and Parquet
flatten nested fields into columns."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from typing import IO, Any

import pyarrow as pa
import pyarrow.parquet as pq

FORMATS = ("csv", "jsonl", "parquet")
MEDIA_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "jsonl": "application/x-ndjson",
    "parquet": "application/vnd.apache.parquet",
}


def _actor_label(actor: dict[str, Any]) -> str:
    code = f"IGO:{actor['igo']}" if actor.get("igo") else actor.get("country")
    return f"{actor.get('name') or actor.get('text')} ({code or '?'})"


def _cell(value: Any) -> Any:
    if isinstance(value, list):
        if all(isinstance(v, dict) and "name" in v for v in value):
            return "; ".join(_actor_label(v) for v in value)
        if all(not isinstance(v, dict | list) for v in value):
            return "; ".join("" if v is None else str(v) for v in value)
        return json.dumps(value, ensure_ascii=False)
    return value


def flatten(item: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """One level of columns: nested dicts become dotted names (`evidence.sentence`), an
    actor list becomes `Name (CHN); Name (RUS)`, other lists `a; b` or JSON."""
    out: dict[str, Any] = {}
    for key, value in item.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            if key in ("speaker",) and "name" in value:
                out[name] = _actor_label(value)
            else:
                out.update(flatten(value, name + "."))
        else:
            out[name] = _cell(value)
    return out


def _columns(rows: list[dict[str, Any]]) -> list[str]:
    seen: dict[str, None] = {}
    for row in rows:
        seen.update(dict.fromkeys(row))
    return list(seen)


def write_csv(items: Iterable[dict[str, Any]], out: IO[str]) -> None:
    rows = [flatten(i) for i in items]
    writer = csv.DictWriter(out, fieldnames=_columns(rows), extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)


def write_jsonl(items: Iterable[dict[str, Any]], out: IO[str]) -> None:
    for item in items:
        out.write(json.dumps(item, ensure_ascii=False, default=str) + "\n")


def to_parquet_bytes(items: Iterable[dict[str, Any]]) -> bytes:
    rows = [flatten(i) for i in items]
    columns = _columns(rows)
    # Columns whose values mix types (e.g. a date or a number) are written as text.
    arrays = {}
    for name in columns:
        values = [r.get(name) for r in rows]
        try:
            arrays[name] = pa.array(values)
        except (pa.ArrowInvalid, pa.ArrowTypeError):
            arrays[name] = pa.array([None if v is None else str(v) for v in values])
    buffer = io.BytesIO()
    pq.write_table(pa.table(arrays) if columns else pa.table({}), buffer)
    return buffer.getvalue()


def render(items: Iterable[dict[str, Any]], fmt: str) -> bytes:
    """A whole list in one of FORMATS."""
    if fmt == "parquet":
        return to_parquet_bytes(items)
    text = io.StringIO()
    (write_csv if fmt == "csv" else write_jsonl)(items, text)
    return text.getvalue().encode("utf-8")
