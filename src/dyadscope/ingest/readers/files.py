"""Reading input bytes safely: size limits before reading, gzip, binary sniffing, decoding.

Every problem becomes an `InputError` with a code from `errors.py`; readers turn it into a
failed `Document` so that the run goes on.
"""

from __future__ import annotations

import gzip
import zlib
from pathlib import Path
from typing import BinaryIO

from charset_normalizer import from_bytes

from ...config import Options
from ...errors import message
from ...records import Document

# Leading bytes of common binary formats, for a clearer reason than "binary".
_MAGIC = {
    b"%PDF": "PDF document",
    b"\x89PNG": "PNG image",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF8": "GIF image",
    b"PK\x03\x04": "ZIP archive",
    b"\x7fELF": "executable",
    b"\x1f\x8b": "gzip data without a .gz suffix",
}
_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
# Most used encodings on the web after UTF-8, most used first (breaks ties between candidates).
_COMMON_ENCODINGS = (
    "cp1252",
    "latin_1",
    "cp1251",
    "gb18030",
    "shift_jis",
    "euc_kr",
    "big5",
    "cp1250",
)
# Decoded text with more replacement-like noise than this is not text.
MAX_CHAOS = 0.3
GZIP_ERRORS = (EOFError, gzip.BadGzipFile, zlib.error)


class InputError(Exception):
    """An input that cannot be read: a code and the values of its message."""

    def __init__(self, code: str, **values: object) -> None:
        self.code = code
        super().__init__(message(code, **values))


def failed(doc_id: str, path: Path | str, error: InputError) -> Document:
    return Document(doc_id=doc_id, source_path=str(path)).fail(error.code, str(error))


def limit_bytes(options: Options) -> int:
    return int(float(options.get("ingest.max_file_mb", 100)) * 1024 * 1024)


def too_large(size: int, options: Options) -> InputError:
    limit = options.get("ingest.max_file_mb", 100)
    size_mb = size / 1024 / 1024
    # Whole megabytes, but a decimal near the limit: "1 MB exceeds 1" would read as a bug.
    shown = f"{size_mb:.0f}" if size_mb >= 10 else f"{size_mb:.1f}"
    return InputError("E105", size_mb=shown, limit=limit)


def is_gzip(path: Path) -> bool:
    return path.name.lower().endswith(".gz")


def open_binary(path: Path) -> BinaryIO:
    """The file's bytes, decompressed when it ends in .gz (streaming either way)."""
    try:
        return gzip.open(path, "rb") if is_gzip(path) else open(path, "rb")  # noqa: SIM115
    except OSError as e:
        raise InputError("E106", detail=e.strerror or str(e)) from e


def read_bytes(path: Path, options: Options) -> bytes:
    """The whole (decompressed) content, refused before reading when over ingest.max_file_mb."""
    limit = limit_bytes(options)
    try:
        size = path.stat().st_size
    except OSError as e:
        raise InputError("E106", detail=e.strerror or str(e)) from e
    if size > limit:
        raise too_large(size, options)
    with open_binary(path) as stream:
        try:
            content = stream.read(limit + 1)
        except GZIP_ERRORS as e:
            raise InputError("E107", detail=str(e) or type(e).__name__) from e
        except OSError as e:
            raise InputError("E106", detail=e.strerror or str(e)) from e
    if len(content) > limit:
        raise too_large(len(content), options)
    return content


def decode(content: bytes, declared: str | None = None) -> str:
    """Text of `content`: BOM, declared charset, UTF-8, then charset detection; or an error."""
    if not content.strip():
        raise InputError("E101")
    for bom, encoding in _BOMS:
        if content.startswith(bom):
            return content.decode(encoding, errors="replace")
    _refuse_binary(content)
    for encoding in (declared, "utf-8"):
        if encoding:
            try:
                return content.decode(encoding)
            except (UnicodeDecodeError, LookupError):
                continue
    best = _best_encoding(content[:200_000])
    if best is None:
        raise InputError("E103", detail="not UTF-8 and no other encoding fits")
    return content.decode(best, errors="replace")


def _best_encoding(content: bytes) -> str | None:
    """charset-normalizer's pick; among equally good candidates, the most common on the web
    (cp1252 and cp1250 often tie on Western text, and cp1252 is far more likely)."""
    matches = list(from_bytes(content))
    if not matches or matches[0].chaos > MAX_CHAOS:
        return None
    top = (matches[0].chaos, matches[0].coherence)
    tied = [m.encoding for m in matches if (m.chaos, m.coherence) == top]
    common = [e for e in _COMMON_ENCODINGS if e in tied]
    return common[0] if common else matches[0].encoding


def _refuse_binary(content: bytes) -> None:
    for magic, kind in _MAGIC.items():
        if content.startswith(magic):
            raise InputError("E102", detail=kind)
    head = content[:8192]
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    if b"\x00" in head or controls > 0.1 * len(head):
        raise InputError("E102", detail=f"{controls} control bytes in the first {len(head)}")
