from dyadscope.config import Options
from dyadscope.framing import STAGE, run
from dyadscope.records import Document


def test_stage_runs_over_documents_and_skips_failed(make_doc):
    good = make_doc("China and Russia signed a trade agreement.", "2026-01-01")
    failed = Document(doc_id="bad").fail("E101", "E101 empty input")
    out = list(run([good, failed], Options()))
    assert [d.doc_id for d in out] == ["t1", "bad"]
    assert [a.title for a in good.agreements] == ["trade agreement"]
    assert failed.agreements == []


def test_stage_survives_odd_input():
    doc = Document(doc_id="odd", text="\x00 ))) 99th anniversary of ((( 12345678901234567890th")
    (out,) = run([doc], Options())
    assert out.status == "ok"


def test_stage_declares_what_it_writes():
    assert "published" in STAGE.assigns and "sentences" in STAGE.requires
