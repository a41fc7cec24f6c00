import json
import re
from collections import Counter

import pytest

from dyadscope import ingest
from dyadscope.ingest.html import extract_html, looks_like_html


def token_pr(pred: str, gold: str) -> tuple[float, float]:
    p = Counter(re.findall(r"\w+", pred.casefold()))
    g = Counter(re.findall(r"\w+", gold.casefold()))
    hit = sum((p & g).values())
    return hit / max(sum(p.values()), 1), hit / max(sum(g.values()), 1)


@pytest.fixture
def html_docs(data_dir, options):
    gold = json.loads((data_dir / "html_gold.json").read_text(encoding="utf-8"))
    docs = {d.doc_id: d for d in ingest.run([data_dir / "html"], options)}
    return gold, docs


def test_html_pages_reach_token_precision_and_recall(html_docs):
    gold, docs = html_docs
    assert set(docs) == set(gold)
    for name, expected in gold.items():
        precision, recall = token_pr(docs[name].text, "\n".join(expected["body"]))
        assert precision >= 0.95 and recall >= 0.95, (name, precision, recall)


def test_html_pages_metadata(html_docs):
    gold, docs = html_docs
    for name, expected in gold.items():
        doc = docs[name]
        assert doc.title == expected["title"]
        assert (doc.published, doc.published_precision) == (
            expected["published"],
            expected["published_precision"],
        )
        assert doc.language == expected["language"]


def test_html_page_without_date_stays_undated():
    html = (
        "<html><head><title>Rivers agreement</title></head><body><article><h1>Rivers agreement</h1>"
        "<p>Officials from the two countries signed an agreement on shared rivers in 1998 and "
        "renewed it in 2015, and they met again this week to review it, the ministry said.</p>"
        "<p>The next review will take place in the capital of the neighbouring country.</p>"
        "</article></body></html>"
    )
    page = extract_html(html)
    assert page.published is None
    assert "1998" in page.text


def test_looks_like_html_sniffs_markup():
    assert looks_like_html("<!DOCTYPE html><html><body><p>x</p></body></html>")
    assert not looks_like_html("Plain text with a < sign and a > sign.\nSecond line.")


def test_extract_html_keeps_text_trafilatura_refuses():
    text = "Kenya and Tanzania signed an agreement on Tuesday to share data on port cargo."
    assert extract_html(text).text.strip() == text
    assert extract_html(f"<p>{text}</p>").text.strip() == text
