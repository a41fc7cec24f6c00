"""Dashboard lists rendered by their templates: long text is cut at a word and marked."""

from __future__ import annotations

import html
import re

from dyadscope.web.views import templates

SENTENCE = "The foreign ministers of both countries met in the capital to discuss trade. " * 4


def _event(sentence: str) -> dict:
    return {"event_id": "e1", "event_type": "CONSULT", "date": "2024-05-14",
            "date_precision": "day", "quad_class": "verbal cooperation", "intensity": 3.0,
            "source": [{"name": "China", "country": "CHN"}], "target": [],
            "evidence": {"sentence": sentence}}  # fmt: skip


def _evidence_cell(event: dict) -> str:
    row = str(templates.env.get_template("_macros.html").module.event_row(event))
    return html.unescape(re.search(r'class="event-link"[^>]*>([^<]*)</a>', row).group(1))


def test_event_list_cuts_long_evidence_at_a_word_with_an_ellipsis():
    shown = _evidence_cell(_event(SENTENCE))
    assert shown.endswith("…") and len(shown) <= 170
    assert SENTENCE.startswith(shown[:-1]) and SENTENCE[len(shown) - 1] == " "


def test_event_list_shows_short_evidence_whole():
    assert _evidence_cell(_event("China and Russia held talks.")) == "China and Russia held talks."
