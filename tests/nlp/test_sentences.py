import pytest

from dyadscope.nlp.models import load_model, load_splitter
from dyadscope.nlp.sentences import dateline_length, split_sentences


def split_texts(text: str) -> list[str]:
    """The sentences' texts, once each sentence's offsets are checked to point into `text`."""
    sents = split_sentences(text, load_splitter())
    assert all(text[s.start : s.end] == s.text for s in sents)
    return [s.text for s in sents]


def test_split_sentences_offsets_point_into_text():
    text = "  First point here. Second one follows.\n\nA new paragraph without a stop\nLast."
    assert split_texts(text) == [
        "First point here.",
        "Second one follows.",
        "A new paragraph without a stop",
        "Last.",
    ]


def test_split_sentences_keeps_abbreviations_inside():
    text = "The U.S. envoy met Mr. Smith in Washington on Jan. 5. They talked."
    sents = split_sentences(text, load_splitter())
    assert sents[-1].text == "They talked."
    assert sents[0].text.startswith("The U.S. envoy met")


def test_split_sentences_empty_text():
    assert split_sentences("", load_splitter()) == []


def test_wire_dateline_is_left_out_of_the_first_sentence():
    text = "OSLO, March 3 (Nordwire) - Norway expelled two envoys.\nBERGEN — It rained."
    assert split_texts(text) == ["Norway expelled two envoys.", "It rained."]


def test_a_pair_of_names_joined_by_a_dash_is_not_a_dateline():
    assert dateline_length("Chile - Peru ties improved.") == 0
    assert dateline_length("U.S. - Mexico talks resumed.") == 0
    assert dateline_length("LIMA (Andes Wire) — Peru said") > 0


def test_subheading_glued_to_a_sentence_is_split_off():
    text = "Border talks The two delegations met on Monday. Aides told The Daily Ledger so."
    assert split_texts(text) == [
        "Border talks",
        "The two delegations met on Monday.",
        "Aides told The Daily Ledger so.",
    ]


@pytest.mark.slow
def test_splitter_sharing_the_models_tokenizer_splits_the_same():
    text = (
        'WARSAW (Wire) - The U.S. envoy met Mr. Smith on Jan. 5. "We talked," he said!\n'
        "Border talks The two sides (again) met.  Next   one?Yes. e.g. this; and that...\n"
    )
    assert split_sentences(text, load_splitter(load_model())) == split_sentences(
        text, load_splitter()
    )
