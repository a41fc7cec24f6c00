"""Helpers shared by the commands."""

from dyadscope.cli._common import shorten


def test_shorten_cuts_at_a_word_with_an_ellipsis():
    assert shorten("Wang Yi met Sergey Lavrov in Moscow", 20) == "Wang Yi met Sergey…"


def test_shorten_keeps_short_text_on_one_line():
    assert shorten("Wang Yi\nmet  Lavrov", 40) == "Wang Yi met Lavrov"
