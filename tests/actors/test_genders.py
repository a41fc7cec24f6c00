"""Gender evidence for pronouns: honorifics, given names, gendered titles."""

from __future__ import annotations

from dyadscope.actors.genders import gender_of


def test_gender_of_reads_an_honorific_before_the_name():
    text = "Talks ended. Ms. Okoro said more."
    start = text.index("Okoro")
    assert gender_of(text, start, start + 5, "Okoro") == "F"


def test_gender_of_reads_a_given_name():
    assert gender_of("Angela Merkel", 0, 13, "Angela Merkel") == "F"
    assert gender_of("Jimmy Lai", 0, 9, "Jimmy Lai") == "M"


def test_gender_of_reads_a_gendered_title_or_role():
    text = "spokeswoman Ama Owusu"
    assert gender_of(text, 0, len(text), "Ama Owusu") == "F"
    assert gender_of("Bhumibol", 0, 8, "Bhumibol Adulyadej", "King") == "M"


def test_gender_of_unknown_without_evidence():
    assert gender_of("Wang Yi", 0, 7, "Wang Yi") is None
