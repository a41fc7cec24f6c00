"""Numbered error messages. Code raises the exception classes below with a code and
named values; the CLI prints one line and exits 2 (usage) or 1 (data)."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "E001": "no input found at {path}",
    "E002": "cannot read config file {path}: {reason}",
    "E003": "override {item!r} is not of the form section.key=value",
    "E004": "unknown format {name!r}; choose one of {choices}",
    "E005": "bad date {value!r}: use YYYY, YYYY-MM or YYYY-MM-DD",
    "E006": "bad dyad {value!r}: use two different codes joined by a dash, e.g. CHN-RUS",
    "E007": "data table {name!r} is missing from the package",
    "E008": "cannot open database {url}: {reason}",
    "E009": "not found: {what}",
    "E010": "stage {stage!r} needs {field!r}, which no earlier stage assigns",
    # Input failures: recorded on the document, printed as one line, the run goes on.
    "E101": "empty input",
    "E102": "binary content, not text ({detail})",
    "E103": "cannot decode text: {detail}",
    "E104": "malformed JSON at line {line}: {detail}",
    "E105": "input too large: {size_mb} MB exceeds ingest.max_file_mb={limit}",
    "E106": "cannot read file: {detail}",
    "E107": "truncated or corrupt compressed data: {detail}",
    "E108": "no article text found (clean body {chars} characters)",
    "E109": "JSON record has no text field (looked for {fields})",
    "E110": "malformed WARC record: {detail}",
    "E111": "malformed feed: {detail}",
    "E112": "no reader for this type of file: {name}",
    "E199": "stage {stage} failed: {detail}",
    # Query parameters (CLI options and API query strings).
    "E301": "bad value {value!r} for {name}: expected {expected}",
}


def message(code: str, **values: object) -> str:
    try:
        return f"{code} " + MESSAGES[code].format(**values)
    except (KeyError, IndexError, ValueError):
        return f"{code} {MESSAGES.get(code, 'error')} {values}"


class DyadscopeError(Exception):
    """Base class: carries a code, an HTTP status for the API and an exit code for the CLI."""

    status = 500
    exit_code = 1

    def __init__(self, code: str, **values: object) -> None:
        self.code = code
        self.values = values
        super().__init__(message(code, **values))


class UsageError(DyadscopeError):
    status = 400
    exit_code = 2


class NotFoundError(DyadscopeError):
    status = 404
    exit_code = 1


class DataError(DyadscopeError):
    status = 500
    exit_code = 1
