"""The pipeline's entry points, shared by the Python API and the CLI.

`extract` is stateless (inputs in, records out); `ingest_into`, `code_pending` and `run` go
through a store and are idempotent. Documents stream: nothing here holds a corpus.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from . import ingest, pipeline
from .config import Options, load_options
from .ingest.readers import reader_for
from .records import Document

LOGGER = logging.getLogger(__name__)

Progress = Callable[[Document], None]


@dataclass
class RunCounts:
    documents: int = 0
    ok: int = 0
    duplicates: int = 0
    failed: int = 0
    events: int = 0
    new: int = 0  # documents the store did not hold before
    failures: list[tuple[str, str]] = field(default_factory=list)

    def count(self, doc: Document) -> None:
        self.documents += 1
        if doc.status == "failed":
            self.failed += 1
            self.failures.append((_failure_label(doc), doc.error or "failed"))
        elif doc.status == "duplicate":
            self.duplicates += 1
        else:
            self.ok += 1
            self.events += len(doc.events)


def _failure_label(doc: Document) -> str:
    """The input as the user named it, plus the record within it when there is one."""
    path = doc.source_path
    if not path or path.endswith(doc.doc_id):
        return path or doc.doc_id
    return f"{path} [{doc.doc_id}]"


def _is_path_like(item: str | Path) -> bool:
    """A Path, an existing path or glob, or one word that names a readable file or folder.

    A mistyped path ("artciles/", "feed.jsonl") must fail as a missing input, not be read as
    an article text of one word.
    """
    if isinstance(item, Path):
        return True
    if "\n" in item or len(item) >= 4096:
        return False
    if Path(item).exists() or any(ch in item for ch in "*?["):
        return True
    word = item.strip()
    return (
        bool(word)
        and not any(ch.isspace() for ch in word)
        and (word.endswith(("/", "\\")) or reader_for(Path(word)) is not None)
    )


def read_inputs(items: Iterable[str | Path], options: Options) -> Iterator[Document]:
    """Paths (files, folders, globs) are read by ingest; other strings are article texts."""
    from .ingest.dedup import DedupIndex

    dedup = DedupIndex()
    paths: list[str | Path] = []
    for n, item in enumerate(items):
        if _is_path_like(item):
            paths.append(item)
            continue
        doc = ingest.from_text(str(item), doc_id=f"text-{n}", options=options)
        if doc.ok and (earlier := dedup.check_and_add(doc)):
            doc.status, doc.duplicate_of = "duplicate", earlier
        yield doc
    if paths:
        yield from ingest.run(paths, options, dedup=dedup)


def extract(
    inputs: Iterable[str | Path] | str | Path,
    options: Options | None = None,
    *,
    progress: Progress | None = None,
) -> Iterator[Document]:
    """Documents in (paths or texts), coded Documents out, in input order, one at a time.

    Failed and duplicate documents come out too, with their status, so nothing is lost.
    """
    options = options or load_options()
    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    for doc in pipeline.process(read_inputs(inputs, options), options):
        if progress:
            progress(doc)
        yield doc


def ingest_into(
    store, paths: Iterable[str | Path], options: Options, *, progress=None
) -> RunCounts:
    """Read and clean inputs into the store (deduplicated against what it already holds)."""
    from .ingest.dedup import DedupIndex

    counts = RunCounts()
    dedup = DedupIndex.from_rows(store.dedup_rows())

    def counted() -> Iterator[Document]:
        for doc in ingest.run(paths, options, dedup=dedup):
            counts.count(doc)
            if progress:
                progress(doc)
            yield doc

    written = store.write_documents(counted())
    counts.new = int(written.get("new", 0)) if isinstance(written, dict) else 0
    return counts


def code_pending(store, options: Options, *, progress=None) -> RunCounts:
    """Code every stored document not yet coded, batch by batch, then refresh fusion."""
    counts = RunCounts()
    size = int(options.get("pipeline.batch_size", 16))

    def pending() -> Iterator[Document]:
        for batch in store.documents_to_code(size):
            yield from batch

    for coded in pipeline.batched(pipeline.process(pending(), options), size):
        store.write_coded(coded)
        for doc in coded:
            counts.count(doc)
            if progress:
                progress(doc)
    store.refresh_fusion()
    return counts
