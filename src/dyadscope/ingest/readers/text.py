"""Plain-text page dumps (`.txt`): one document per file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ...config import Options
from ...records import Document
from ..html import looks_like_html
from . import register
from .files import InputError, decode, failed, read_bytes


@register(".txt", ".text")
def read_text_file(path: Path, doc_id: str, options: Options) -> Iterator[Document]:
    try:
        text = decode(read_bytes(path, options))
    except InputError as e:
        yield failed(doc_id, path, e)
        return
    kind = "html" if looks_like_html(text) else "text"
    yield Document(doc_id=doc_id, source_path=str(path), raw=text, raw_format=kind)
