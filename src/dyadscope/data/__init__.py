"""Access to the package's data files (lexicons, tables, knowledge base).

Every data file opens with `#` comment lines saying what it holds; readers skip them.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from importlib import resources

from ..errors import DataError


def read_text(name: str) -> str:
    """The text of `data/<name>`, or a coded error naming the missing table."""
    try:
        return resources.files("dyadscope").joinpath("data", name).read_text(encoding="utf-8")
    except (FileNotFoundError, OSError) as e:
        raise DataError("E007", name=name) from e


def read_lines(name: str) -> list[str]:
    """Non-empty, non-comment lines, stripped."""
    lines = (line.split("#", 1)[0].strip() for line in read_text(name).splitlines())
    return [line for line in lines if line]


def read_table(name: str) -> Iterator[dict[str, str]]:
    """A tab-separated table with a header row after the comment lines."""
    body = "\n".join(line for line in read_text(name).splitlines() if not line.startswith("#"))
    yield from csv.DictReader(io.StringIO(body), delimiter="\t")
