"""Phrase building: the words that are never read as people's names."""

from __future__ import annotations

from dyadscope.actors.phrases import NOT_NAMES, name_before


def test_weekday_and_month_names_are_not_names():
    assert {"Monday", "Sunday", "January", "May", "December"} <= NOT_NAMES
    assert {"The", "However"} <= NOT_NAMES
    assert "Lavrov" not in NOT_NAMES


def test_name_before_skips_a_leading_month():
    text = "In May Wang Yong said"
    start, end = name_before(text, text.index(" said"))
    assert text[start:end] == "Wang Yong"
