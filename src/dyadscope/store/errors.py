"""A query parameter the store cannot use. Its message is numbered like those of
`dyadscope.errors`; E301 is reserved here until the catalogue there takes it over."""

from __future__ import annotations

from ..errors import UsageError

E301 = "E301 bad value {value!r} for {name}: expected {expected}"


class QueryError(UsageError):
    """A 400 in the API and exit status 2 in the CLI."""

    def __init__(self, name: str, value: object, expected: str) -> None:
        super().__init__("E301", name=name, value=value, expected=expected)
        self.args = (E301.format(name=name, value=value, expected=expected),)

    def __str__(self) -> str:
        return self.args[0]
