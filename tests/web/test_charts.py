"""Formatting helpers shared by the dashboard and the CLI tables."""

from __future__ import annotations

from dyadscope.web.charts import shorten, timeline_chart


def test_shorten_cuts_at_a_word_with_an_ellipsis():
    assert shorten("Wang Yi met Sergey Lavrov in Moscow", 20) == "Wang Yi met Sergey…"


def test_shorten_keeps_a_whole_last_word_that_fits():
    # "Sergey" ends at the 18th character, the 19th is a space: 18 + "…" fits in 19.
    assert shorten("Wang Yi met Sergey Lavrov in Moscow", 19) == "Wang Yi met Sergey…"


def test_shorten_keeps_short_text_on_one_line():
    assert shorten("Wang Yi\nmet  Lavrov", 40) == "Wang Yi met Lavrov"


def test_shorten_cuts_one_long_word_and_still_marks_it():
    assert shorten("Antidisestablishmentarianism", 10) == "Antidises…"


def test_timeline_hover_cuts_evidence_at_a_word():
    sentence = "The two foreign ministers spoke by telephone about trade. " * 4
    event = {"event_id": "e1", "event_type": "CONSULT", "date": "2024-05-14",
             "evidence": {"sentence": sentence}}  # fmt: skip
    hover = timeline_chart([event])["data"][0]["text"][0]
    body = hover.split("<br>", 1)[1].replace("<br>", " ")
    assert body.endswith("…") and len(body) <= 140
    assert body[:-1].split()[-1] in sentence.split()
