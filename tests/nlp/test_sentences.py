from dyadscope.nlp.models import load_splitter
from dyadscope.nlp.sentences import split_sentences


def test_split_sentences_offsets_point_into_text():
    text = "  First point here. Second one follows.\n\nA new paragraph without a stop\nLast."
    sents = split_sentences(text, load_splitter())
    assert [s.text for s in sents] == [
        "First point here.",
        "Second one follows.",
        "A new paragraph without a stop",
        "Last.",
    ]
    assert all(text[s.start : s.end] == s.text for s in sents)


def test_split_sentences_keeps_abbreviations_inside():
    text = "The U.S. envoy met Mr. Smith in Washington on Jan. 5. They talked."
    sents = split_sentences(text, load_splitter())
    assert sents[-1].text == "They talked."
    assert sents[0].text.startswith("The U.S. envoy met")


def test_split_sentences_empty_text():
    assert split_sentences("", load_splitter()) == []
