"""Language of a clean body: lingua, built once per process for a few preloaded languages.

Low-accuracy mode with the languages of `data/ingest/languages.txt` keeps the detector at about
30 MB and well under a millisecond per page; news bodies are long enough for it to be reliable.
"""

from __future__ import annotations

from functools import lru_cache

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

from .. import data

LANGUAGES_FILE = "ingest/languages.txt"
# Characters read: the opening of a body is plenty to tell its language.
SAMPLE_CHARS = 1200
MIN_CHARS = 20


@lru_cache(maxsize=1)
def _detector() -> LanguageDetector:
    languages = [getattr(Language, name.upper()) for name in data.read_lines(LANGUAGES_FILE)]
    builder = LanguageDetectorBuilder.from_languages(*languages).with_low_accuracy_mode()
    return builder.with_preloaded_language_models().build()


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language ("en"), or None when too short to tell."""
    sample = text[:SAMPLE_CHARS]
    if len(sample.strip()) < MIN_CHARS:
        return None
    found = _detector().detect_language_of(sample)
    return found.iso_code_639_1.name.lower() if found else None
