"""How the API's entry point tells paths from article texts."""

from pathlib import Path

from dyadscope.config import load_options
from dyadscope.workflow import read_inputs


def test_read_inputs_mistyped_path_fails_as_missing_input(tmp_path):
    missing = [str(tmp_path / "feed.jsonl"), "artciles/", Path(tmp_path / "gone.txt")]
    docs = list(read_inputs(missing, load_options()))
    assert [d.error_code for d in docs] == ["E001", "E001", "E001"]


def test_read_inputs_sentence_is_read_as_text():
    text = "Kenya and Tanzania signed an agreement on Tuesday to share data on port cargo."
    [doc] = read_inputs([text], load_options())
    assert doc.doc_id == "text-0" and doc.status == "ok"
