import pytest

from dyadscope import nlp
from dyadscope.config import load_options
from dyadscope.records import Document

TEXT = (
    "The foreign ministers of Brazil and Argentina met in Brasilia on Monday.\n"
    "It rained all afternoon in the capital.\n"
)


@pytest.mark.slow
def test_nlp_run_parses_only_candidate_sentences():
    options = load_options(overrides=["nlp.ner=true"])
    [doc] = list(nlp.run([Document("d", text=TEXT)], options))
    assert len(doc.sentences) == 2
    assert set(doc.annotations["parses"]) == {0}
    labels = {(m.text, m.label) for m in doc.mentions}
    assert ("Brazil", "GPE") in labels
    assert all(doc.text[m.start : m.end] == m.text for m in doc.mentions)


@pytest.mark.slow
def test_nlp_run_parse_all_option():
    options = load_options(overrides=["nlp.parse=all"])
    [doc] = list(nlp.run([Document("d", text=TEXT)], options))
    assert set(doc.annotations["parses"]) == {0, 1}


@pytest.mark.slow
def test_nlp_run_default_skips_the_entity_recognizer():
    [doc] = list(nlp.run([Document("d", text=TEXT)], load_options()))
    assert set(doc.annotations["parses"]) == {0}
    parsed = doc.annotations["parses"][0]
    assert not doc.mentions and not parsed.ents
    assert any(t.dep_ == "nsubj" for t in parsed)  # still tagged, lemmatised and parsed
