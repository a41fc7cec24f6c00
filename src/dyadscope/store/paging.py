"""Keyset pagination: an opaque cursor holds the sort values of the last row of a page, so a
page deep in 100,000 events costs the same as the first one."""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from .errors import QueryError


@dataclass(frozen=True)
class Page:
    items: list[dict[str, Any]]
    total: int
    next: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"items": self.items, "total": self.total, "next": self.next}


SortSpec = list[tuple[sa.ColumnElement, bool]]  # (expression, descending)


def encode_cursor(sort_name: str, values: list[Any]) -> str:
    raw = json.dumps({"s": sort_name, "v": values}, separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_cursor(cursor: str, sort_name: str, kinds: list[type]) -> list[Any]:
    """The values stored in `cursor`; a cursor from another sort or a mangled one is a 400."""
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        data = json.loads(base64.urlsafe_b64decode(padded.encode()).decode())
        values = data["v"]
        ok = data["s"] == sort_name and len(values) == len(kinds)
        ok = ok and all(_is_kind(v, k) for v, k in zip(values, kinds, strict=True))
    except (ValueError, KeyError, TypeError):
        ok = False
    if not ok:
        raise QueryError("cursor", cursor, "a `next` value returned by the same query")
    return values


def _is_kind(value: Any, kind: type) -> bool:
    if kind is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    return isinstance(value, kind)


def after(sort: SortSpec, values: list[Any]) -> sa.ColumnElement[bool]:
    """Rows that come after `values` in the order `sort` (mixed directions allowed)."""
    clauses = []
    for i, (column, descending) in enumerate(sort):
        equal = [sort[j][0] == values[j] for j in range(i)]
        step = column < values[i] if descending else column > values[i]
        clauses.append(sa.and_(*equal, step))
    return sa.or_(*clauses)


def order_by(sort: SortSpec) -> list[sa.ColumnElement]:
    return [c.desc() if d else c.asc() for c, d in sort]


def fetch_page(
    connection: sa.Connection,
    select: sa.Select,
    where: list[sa.ColumnElement[bool]],
    sort: SortSpec,
    sort_name: str,
    limit: int,
    cursor: str | None,
) -> tuple[list[sa.Row], int, str | None]:
    """One page of `select` (whose first len(sort) columns are the sort keys), the total
    number of rows matching `where`, and the cursor of the next page."""
    kinds = [_kind(c) for c, _ in sort]
    conditions = list(where)
    if cursor:
        conditions.append(after(sort, decode_cursor(cursor, sort_name, kinds)))
    stmt = select.where(*conditions).order_by(*order_by(sort)).limit(limit + 1)
    rows = list(connection.execute(stmt))
    count = sa.select(sa.func.count()).select_from(select.where(*where).subquery())
    total = int(connection.execute(count).scalar_one())
    next_cursor = None
    if len(rows) > limit:
        rows = rows[:limit]
        last = rows[-1]
        next_cursor = encode_cursor(sort_name, [_plain(last[i]) for i in range(len(sort))])
    return rows, total, next_cursor


def _kind(column: sa.ColumnElement) -> type:
    python_type = getattr(column.type, "python_type", str)
    if python_type in (int, float):
        return float
    return str


def _plain(value: Any) -> Any:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else value
