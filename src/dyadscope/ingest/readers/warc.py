"""Web archives (`.warc`, `.warc.gz`): one document per HTML or text response, streamed.

The doc_id is the record's target URI. Records of other content types (images, scripts,
robots.txt) are not articles and are skipped; a record over ingest.max_file_mb fails without
being read; a corrupt archive fails from that record on, after the good records before it.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from ...config import Options
from ...records import Document
from . import register
from .files import GZIP_ERRORS, InputError, decode, failed, limit_bytes, too_large

LOGGER = logging.getLogger(__name__)

_PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
_CHARSET = re.compile(r"charset=[\"']?([\w-]+)", re.IGNORECASE)


@register(".warc", ".warc.gz")
def read_warc_file(path: Path, doc_id: str, options: Options) -> Iterator[Document]:
    try:
        stream = open(path, "rb")  # noqa: SIM115 - closed below; warcio un-gzips itself
    except OSError as e:
        yield failed(doc_id, path, InputError("E106", detail=e.strerror or str(e)))
        return
    with stream:
        number = pages = 0
        try:
            for record in ArchiveIterator(stream):
                number += 1
                if record.format != "warc":  # warcio reads junk leniently as old ARC records
                    raise ArchiveLoadFailed(f"record {number} is not a WARC record")
                doc = _record_document(record, path, f"{doc_id}#record{number}", options)
                if doc is not None:
                    pages += 1
                    yield doc
            if not pages:  # say why nothing came out, rather than end silently
                detail = f"no HTML or text page among {number} records"
                yield failed(doc_id, path, InputError("E110", detail=detail))
        except ArchiveLoadFailed as e:
            error = InputError("E110", detail=str(e).splitlines()[0][:200])
            yield failed(f"{doc_id}#record{number + 1}", path, error)
        except GZIP_ERRORS as e:
            error = InputError("E107", detail=str(e) or type(e).__name__)
            yield failed(f"{doc_id}#record{number + 1}", path, error)


def _record_document(record, path: Path, fallback_id: str, options: Options) -> Document | None:
    if record.rec_type not in ("response", "resource", "conversion"):
        return None
    uri = record.rec_headers.get_header("WARC-Target-URI") or fallback_id
    headers = record.http_headers if record.rec_type == "response" else None
    content_type = (headers.get_header("Content-Type") if headers else None) or (
        record.rec_headers.get_header("Content-Type") or ""
    )
    if not content_type.lower().startswith(_PAGE_TYPES):
        LOGGER.debug("skipping %s record %s (%s)", record.rec_type, uri, content_type)
        return None
    length = int(record.rec_headers.get_header("Content-Length") or 0)
    if length > limit_bytes(options):
        return failed(uri, path, too_large(length, options))
    charset = _CHARSET.search(content_type)
    try:
        text = decode(record.content_stream().read(), charset.group(1) if charset else None)
    except InputError as e:
        return failed(uri, path, e)
    kind = "text" if content_type.lower().startswith("text/plain") else "html"
    return Document(doc_id=uri, source_path=str(path), url=uri, raw=text, raw_format=kind)
