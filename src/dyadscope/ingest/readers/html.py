"""HTML pages (`.html`, `.htm`, `.xhtml`): one document per file."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from ...config import Options
from ...records import Document
from . import register
from .files import InputError, decode, failed, read_bytes

_META_CHARSET = re.compile(rb"<meta[^>]+charset=[\"']?([\w-]+)", re.IGNORECASE)
_CANONICAL = re.compile(
    r"<link[^>]+rel=[\"']canonical[\"'][^>]*href=[\"']([^\"']+)|"
    r"<meta[^>]+property=[\"']og:url[\"'][^>]*content=[\"']([^\"']+)",
    re.IGNORECASE,
)


@register(".html", ".htm", ".xhtml")
def read_html_file(path: Path, doc_id: str, options: Options) -> Iterator[Document]:
    try:
        content = read_bytes(path, options)
        declared = _META_CHARSET.search(content[:4096])
        html = decode(content, declared.group(1).decode("ascii") if declared else None)
    except InputError as e:
        yield failed(doc_id, path, e)
        return
    canonical = _CANONICAL.search(html[:50_000])
    url = next((g for g in canonical.groups() if g), None) if canonical else None
    yield Document(doc_id=doc_id, source_path=str(path), url=url, raw=html, raw_format="html")
