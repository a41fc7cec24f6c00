import pytest

from dyadscope.framing import lexicon


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("29th", 29),
        ("1st", 1),
        ("twenty-ninth", 29),
        ("seventy fifth", 75),
        ("thirtieth", 30),
        ("first", 1),
    ],
)
def test_parse_ordinal_forms(text, number):
    assert lexicon.parse_ordinal(text) == number


def test_parse_ordinal_rejects_plain_words():
    assert lexicon.parse_ordinal("twenty") is None or lexicon.parse_ordinal("twenty") == 20
    assert lexicon.parse_ordinal("meeting") is None


def test_sequence_year_of_edition():
    (seq,) = [s for s in lexicon.sequences() if s.label == "BRICS summit"]
    assert seq.year_of(16) == 2024


def test_plain_text_keeps_offsets():
    text = "the 'best period' in #history"
    assert len(lexicon.plain_text(text)) == len(text)
    assert "'" not in lexicon.plain_text(text)


def test_tables_have_no_duplicate_pairs():
    ties = lexicon.diplomatic_ties()
    assert ties["CHN-RUS"] == 1949
    assert all(len(k) == 7 for k in ties)
