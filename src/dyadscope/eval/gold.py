"""Reading gold and prediction files, and telling document gold from sentence gold."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import UsageError


def read_jsonl(path: str | Path) -> Iterator[dict[str, Any]]:
    try:
        with open(path, encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if line.strip():
                    try:
                        yield json.loads(line)
                    except json.JSONDecodeError as e:
                        raise UsageError("E104", line=f"{path}:{number}", detail=e.msg) from e
    except OSError as e:
        raise UsageError("E001", path=path) from e


def gold_kind(first_row: dict[str, Any]) -> str:
    """`documents` for seeds/VOA-style gold, `sentences` for PLOVER GSR-style gold."""
    return "documents" if "events" in first_row and "doc" in first_row else "sentences"
