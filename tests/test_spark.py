"""The Spark entry point codes a DataFrame of articles with the same pipeline."""

import json
import os
import sys

import pytest

pyspark = pytest.importorskip("pyspark", reason="pyspark not installed (pip install .[spark])")

ARTICLES = [
    {
        "id": "a1",
        "published": "2024-05-14",
        "text": "Japanese Prime Minister Fumio Kishida held talks with South Korean President "
        "Yoon Suk Yeol in Seoul on Monday, and the two leaders signed an agreement on "
        "semiconductor supply chains.",
    },
    {"id": "a2", "published": "2024-05-14", "text": "Rain fell on the city all day long."},
]


@pytest.fixture(scope="module")
def spark():
    from pyspark.sql import SparkSession

    os.environ["PYSPARK_PYTHON"] = sys.executable
    session = (
        SparkSession.builder.master("local[1]")
        .appName("dyadscope-test")
        .config("spark.ui.enabled", "false")
        .getOrCreate()
    )
    yield session
    session.stop()


@pytest.mark.slow
def test_extract_events_on_a_dataframe(spark):
    from dyadscope.spark import extract_events

    events = extract_events(spark.createDataFrame(ARTICLES)).collect()
    assert events, "the first article holds an interstate meeting"
    assert {e.doc_id for e in events} == {"a1"}
    record = json.loads(events[0].event_json)
    assert record["doc_id"] == "a1" and record["event_type"]
