import pickle

import pytest

from dyadscope import pipeline
from dyadscope.config import load_options
from dyadscope.errors import UsageError
from dyadscope.pipeline import Stage
from dyadscope.records import Document


def _stage(name, requires=(), assigns=(), fn=None):
    def run(docs, options):
        for doc in docs:
            if fn:
                fn(doc)
            yield doc

    return Stage(name, tuple(requires), tuple(assigns), run)


def test_check_order_accepts_the_real_stages():
    pipeline.check_order(pipeline.document_stages())


def test_check_order_names_the_missing_field():
    stages = [_stage("b", requires=["parse"]), _stage("a", assigns=["parse"])]
    with pytest.raises(UsageError) as info:
        pipeline.check_order(stages)
    assert "parse" in str(info.value) and info.value.code == "E010"


def test_batched_splits_without_losing_items():
    docs = [Document(str(i)) for i in range(5)]
    sizes = [len(b) for b in pipeline.batched(docs, 2)]
    assert sizes == [2, 2, 1]


def test_run_batch_fails_only_the_bad_document(monkeypatch):
    def explode(doc):
        if doc.doc_id == "bad":
            raise ValueError("cannot handle this one")
        doc.events = []

    monkeypatch.setattr(pipeline, "document_stages", lambda: [_stage("boom", fn=explode)])
    docs = [Document("a", text="x"), Document("bad", text="y"), Document("c", text="z")]
    out = pipeline.run_batch(docs, load_options())
    assert [d.status for d in out] == ["ok", "failed", "ok"]
    assert "cannot handle this one" in out[1].error and out[1].error_code == "E199"


def test_run_batch_skips_documents_that_already_failed(monkeypatch):
    seen = []
    monkeypatch.setattr(pipeline, "document_stages", lambda: [_stage("s", fn=seen.append)])
    failed = Document("f").fail("E101", "empty input")
    out = pipeline.run_batch([failed, Document("ok", text="t")], load_options())
    assert [d.doc_id for d in seen] == ["ok"] and len(out) == 2


def test_options_and_documents_pickle_for_worker_processes():
    options = load_options()
    assert pickle.loads(pickle.dumps(options)).get("pipeline.batch_size") == options.get(
        "pipeline.batch_size"
    )
    doc = Document("d", text="Some text.")
    assert pickle.loads(pickle.dumps(doc)).text == "Some text."
