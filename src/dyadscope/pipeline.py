"""The one place that knows the order of the stages.

Each stage package exposes `STAGE`, a `Stage` naming what it reads and writes on a
`Document` and a `run(docs, options)` generator over a batch. The builder checks once, at
start-up, that every field a stage requires was assigned by an earlier one (spaCy's
`pipe_analysis`). Batches go through the stages in the main process or, with
`pipeline.workers > 1`, in worker processes that load their models once each.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from itertools import islice

from .config import Options
from .errors import UsageError, message
from .records import Document

LOGGER = logging.getLogger(__name__)

# Fields present on a Document as it leaves ingest.
INGEST_ASSIGNS = ("text", "title", "published", "outlet", "language", "content_hash")


@dataclass(frozen=True)
class Stage:
    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    run: Callable[[Iterable[Document], Options], Iterator[Document]]


def document_stages() -> list[Stage]:
    """Stages that work one document at a time, after ingest, in order."""
    from . import actors, coding, framing, nlp

    return [nlp.STAGE, actors.STAGE, framing.STAGE, coding.STAGE]


def check_order(stages: list[Stage], available: Iterable[str] = INGEST_ASSIGNS) -> None:
    have = set(available)
    for stage in stages:
        for needed in stage.requires:
            if needed not in have:
                raise UsageError("E010", stage=stage.name, field=needed)
        have.update(stage.assigns)


def run_batch(docs: list[Document], options: Options) -> list[Document]:
    """Send one batch through every document stage; a stage error fails that batch's docs
    one by one instead of the run."""
    stages = document_stages()
    live = [d for d in docs if d.ok]
    for stage in stages:
        try:
            live = list(stage.run(live, options))
        except Exception as e:  # noqa: BLE001 - one bad batch must not end the run
            LOGGER.exception("stage %s failed on a batch", stage.name)
            live = _retry_one_by_one(stage, live, options, e)
    for doc in docs:
        doc.annotations.clear()  # spaCy objects stay in the worker
    return docs


def _retry_one_by_one(
    stage: Stage, docs: list[Document], options: Options, first: Exception
) -> list[Document]:
    kept = []
    for doc in docs:
        try:
            kept.extend(stage.run([doc], options))
        except Exception as e:  # noqa: BLE001
            doc.fail("E199", message("E199", stage=stage.name, detail=str(e) or repr(e)))
    return kept


def batched(items: Iterable[Document], size: int) -> Iterator[list[Document]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def process(docs: Iterable[Document], options: Options) -> Iterator[Document]:
    """Stream documents through nlp → actors → framing → coding, in order, batch by batch."""
    check_order(document_stages())
    size = int(options.get("pipeline.batch_size", 16))
    workers = int(options.get("pipeline.workers", 1))
    if workers <= 1:
        for batch in batched(docs, size):
            yield from run_batch(batch, options)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        pending = []
        for batch in batched(docs, size):
            pending.append(pool.submit(run_batch, batch, options))
            # Keep at most two batches per worker in flight: bounded memory.
            while len(pending) >= 2 * workers:
                yield from pending.pop(0).result()
        for future in pending:
            yield from future.result()
