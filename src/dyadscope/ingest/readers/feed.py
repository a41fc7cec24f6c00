"""RSS and Atom feeds (`.rss`, `.atom`, `.xml`, `.rss.gz`): one document per entry.

Feeds are small, so a feed file is parsed whole (within ingest.max_file_mb). An entry's doc_id is
its link, else its id, else `<file>#<n>`; its content (or summary) is HTML.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import feedparser

from ...config import Options
from ...records import Document
from . import register
from .files import InputError, failed, read_bytes


@register(".rss", ".atom", ".xml", ".rdf")
def read_feed_file(path: Path, doc_id: str, options: Options) -> Iterator[Document]:
    try:
        content = read_bytes(path, options)
        if not content.strip():
            raise InputError("E101")
    except InputError as e:
        yield failed(doc_id, path, e)
        return
    parsed = feedparser.parse(content)
    if not parsed.entries:
        reason = str(parsed.get("bozo_exception") or "no entries")
        yield failed(doc_id, path, InputError("E111", detail=reason.splitlines()[0][:200]))
        return
    outlet = parsed.feed.get("title") or None
    for number, entry in enumerate(parsed.entries, start=1):
        yield _entry_document(entry, f"{doc_id}#{number}", path, outlet)


def _entry_document(entry, fallback_id: str, path: Path, outlet: str | None) -> Document:
    link = entry.get("link") or None
    doc_id = link or entry.get("id") or fallback_id
    if entry.get("content"):
        body = "\n".join(part.get("value", "") for part in entry.content)
    else:
        body = entry.get("summary") or ""
    if not body.strip():
        return failed(doc_id, path, InputError("E101"))
    return Document(
        doc_id=doc_id,
        source_path=str(path),
        url=link,
        title=entry.get("title") or None,
        published=_entry_date(entry),
        outlet=outlet,
        author=entry.get("author") or None,
        raw=body,
        raw_format="html",
    )


def _entry_date(entry) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if parsed:  # feedparser converts every date to UTC: say so, or the zone is lost
        return time.strftime("%Y-%m-%dT%H:%M:%SZ", parsed)
    return entry.get("published") or entry.get("updated") or None
