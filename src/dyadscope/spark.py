"""Running the same pipeline on Spark: one partition is one stream of documents.

Each executor's Python worker loads the spaCy model and the actor knowledge base once (the
stages cache them per process) and codes its partition batch by batch, exactly as
`dyadscope extract` does on a laptop. Needs the `spark` extra (`pip install dyadscope[spark]`).

    from pyspark.sql import SparkSession
    from dyadscope.spark import extract_events
    spark = SparkSession.builder.master("local[2]").getOrCreate()
    articles = spark.read.json("articles.jsonl")          # columns: id, text, published, ...
    events = extract_events(articles)                     # one row per coded event
    events.write.parquet("events.parquet")
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from .config import Options, load_options

EVENT_COLUMNS = (
    ("event_id", "string"),
    ("doc_id", "string"),
    ("event_type", "string"),
    ("date", "string"),
    ("date_precision", "string"),
    ("source_countries", "array<string>"),
    ("target_countries", "array<string>"),
    ("interstate", "boolean"),
    ("quad_class", "string"),
    ("intensity", "double"),
    ("event_json", "string"),
)
TEXT_FIELDS = ("text", "body", "content", "event_text", "html")
DATE_FIELDS = ("published", "pub_date", "date", "publish_date")


def _first(row: Mapping[str, Any], names: Iterable[str]) -> Any:
    return next((row[n] for n in names if row.get(n)), None)


def documents_from_rows(rows: Iterable[Mapping[str, Any]], options: Options) -> Iterator:
    """Article rows (SPEC section 5 JSON field names) → clean Documents."""
    from .ingest import from_text

    for n, row in enumerate(rows):
        row = row.asDict() if hasattr(row, "asDict") else row
        yield from_text(
            str(_first(row, TEXT_FIELDS) or ""),
            doc_id=str(row.get("id") or f"row#{n}"),
            published=_first(row, DATE_FIELDS),
            title=row.get("title"),
            url=row.get("url"),
            options=options,
        )


def code_partition(rows: Iterable[Mapping[str, Any]], settings: dict) -> Iterator[tuple]:
    """Code one partition; yields one tuple per event in `EVENT_COLUMNS` order."""
    from .pipeline import process

    options = Options(settings)
    for doc in process(documents_from_rows(rows, options), options):
        for event in doc.events:
            record = event.to_dict()
            yield (
                record["event_id"],
                record["doc_id"],
                record["event_type"],
                record["date"],
                record["date_precision"],
                sorted({a["country"] for a in record["source"] if a.get("country")}),
                sorted({a["country"] for a in record["target"] if a.get("country")}),
                record["interstate"],
                record["quad_class"],
                record["intensity"],
                json.dumps(record, ensure_ascii=False),
            )


def extract_events(articles, options: Options | None = None):
    """A Spark DataFrame of articles → a DataFrame of coded events."""
    settings = (options or load_options()).settings
    schema = ", ".join(f"{name} {kind}" for name, kind in EVENT_COLUMNS)
    rdd = articles.rdd.mapPartitions(lambda rows: code_partition(rows, settings))
    return articles.sparkSession.createDataFrame(rdd, schema=schema)
