"""A query parameter the store cannot use (E301 in `dyadscope.errors`)."""

from __future__ import annotations

from ..errors import UsageError


class QueryError(UsageError):
    """A 400 in the API and exit status 2 in the CLI."""

    def __init__(self, name: str, value: object, expected: str) -> None:
        super().__init__("E301", name=name, value=value, expected=expected)
