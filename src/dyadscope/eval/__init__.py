"""Evaluation against gold (SPEC section 7)."""

from .scoring import (
    DocumentScore,
    SentenceScore,
    event_matches,
    score_documents,
    score_sentences,
)

__all__ = ["DocumentScore", "SentenceScore", "event_matches", "score_documents", "score_sentences"]
