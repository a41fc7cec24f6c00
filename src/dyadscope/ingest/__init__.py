"""Ingest: input files in, clean, dated, attributed and de-duplicated Documents out.

`run` streams Documents from files, folders and globs: status "ok", "duplicate" (with
`duplicate_of`, text kept) or "failed" (with a coded one-line reason); nothing is dropped.
`from_text` cleans one page held in memory. Pages are read a window at a time so that lines an
outlet repeats on many pages can be learned (boilerplate.LearnedLines) before they are cleaned;
memory stays bounded by the window, whatever the size of the input.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path

from ..config import Options, load_options
from ..errors import message
from ..records import Document
from .boilerplate import LearnedLines
from .dedup import DedupIndex
from .document import finish, group_of, page_keys, prepare
from .readers import reader_for
from .sources import Missing, expand

LOGGER = logging.getLogger(__name__)

__all__ = ["DedupIndex", "from_text", "read_documents", "run"]

# Pages read ahead before cleaning: what repeated lines are learned from at first.
WINDOW = 64


def run(
    paths: Iterable[str | Path], options: Options, *, dedup: DedupIndex | None = None
) -> Iterator[Document]:
    """Clean documents from `paths` in input order; duplicates and failures come out too."""
    if dedup is None:
        dedup = DedupIndex(float(options.get("ingest.near_duplicate_threshold", 0.85)))
    learned = LearnedLines(
        min_pages=int(options.get("ingest.boilerplate_min_pages", 4)),
        min_share=float(options.get("ingest.boilerplate_min_share", 0.3)),
    )
    raw_docs = read_documents(paths, options)
    while window := list(islice(raw_docs, int(options.get("ingest.window", WINDOW)))):
        prepared = [_guarded(prepare, doc) for doc in window]
        for doc in window:
            if doc.ok:
                learned.observe(group_of(doc), page_keys(doc))
        for doc, meta in zip(window, prepared, strict=True):
            if doc.ok and meta is not None:
                group = group_of(doc)
                _guarded(
                    finish, doc, meta, options, lambda key, g=group: learned.is_boilerplate(g, key)
                )
            if doc.ok and (earlier := dedup.check_and_add(doc)):
                doc.status, doc.duplicate_of = "duplicate", earlier
            if doc.status == "failed":
                LOGGER.warning("%s: %s", doc.doc_id, doc.error)
            yield doc


def read_documents(paths: Iterable[str | Path], options: Options) -> Iterator[Document]:
    """Raw documents from every input, as their readers give them (not yet cleaned)."""
    for source in expand(paths):
        if isinstance(source, Missing):
            values = {"path": source.given} if source.code == "E001" else {"name": source.given}
            doc = Document(doc_id=source.given, source_path=source.given)
            yield doc.fail(source.code, message(source.code, **values))
            continue
        reader = reader_for(source.path)
        yield from reader(source.path, source.doc_id, options)


def from_text(
    text: str,
    *,
    doc_id: str,
    published: str | None = None,
    title: str | None = None,
    url: str | None = None,
    options: Options | None = None,
) -> Document:
    """One page held in memory (a text dump or HTML, sniffed) as a clean Document."""
    options = options or load_options()
    doc = Document(doc_id=doc_id, url=url, title=title, published=published, raw=text)
    if not text or not text.strip():
        return doc.fail("E101", message("E101"))
    meta = _guarded(prepare, doc)
    if meta is not None:
        _guarded(finish, doc, meta, options)
    return doc


def _guarded(step, doc: Document, *args):
    """Run one cleaning step; an unexpected error fails this document, not the run."""
    if not doc.ok:
        return None
    try:
        return step(doc, *args)
    except Exception as e:  # noqa: BLE001 - bad input never ends a run
        LOGGER.exception("ingest failed on %s", doc.doc_id)
        doc.fail("E199", message("E199", stage="ingest", detail=str(e) or repr(e)))
        doc.raw = None
        return None
