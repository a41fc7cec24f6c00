from datetime import date

from dyadscope.nlp.dates import default_date, find_dates, reference_date

WEDNESDAY = date(2026, 1, 21)


def only(text, ref=WEDNESDAY, precision="day"):
    found = find_dates(text, ref, precision)
    assert len(found) == 1, found
    return found[0]


def test_find_dates_weekday_counts_back_from_publication():
    expr = only("The minister said on Tuesday that talks went well.")
    assert (expr.value, expr.precision) == ("2026-01-20", "day")
    assert only("They met on Wednesday.").value == "2026-01-21"
    assert only("They met last Wednesday.").value == "2026-01-14"


def test_find_dates_weekday_in_future_context_counts_forward():
    expr = only("He will travel to Paris on Friday.")
    assert expr.value == "2026-01-23" and expr.future


def test_find_dates_relative_weeks_months_years():
    assert (only("Officials met last week.").value, only("last week").precision) == (
        "2026-01",
        "month",
    )
    assert only("this week").value == "2026-01"
    assert (only("last month").value, only("last month").precision) == ("2025-12", "month")
    assert (only("this year").value, only("this year").precision) == ("2026", "year")
    assert only("next year").value == "2027"
    assert only("in the past year").value == "2025"


def test_find_dates_explicit_dates_and_inferred_year():
    assert only("On December 22, 2020, they spoke.").value == "2020-12-22"
    assert only("On 3 March 2019 the deal").value == "2019-03-03"
    # A month-day after the publication date belongs to the year before.
    assert only("On Nov. 18, the two met.").value == "2025-11-18"
    assert only("On January 19 they met.").value == "2026-01-19"
    assert (only("in February 2020").value, only("in February 2020").precision) == (
        "2020-02",
        "month",
    )


def test_find_dates_range_gives_its_start():
    assert only("The summit ran December 22-23, 2020.").value == "2020-12-22"


def test_find_dates_year_reference_keeps_only_absolute_expressions():
    found = find_dates("On Tuesday, in 2024, they met.", date(2024, 1, 1), "year")
    assert [e.value for e in found] == ["2024"]


def test_find_dates_modal_may_is_not_a_month():
    assert find_dates("They may meet soon. May officials agree?", WEDNESDAY) == []


def test_reference_date_converts_utc_to_reference_zone():
    assert reference_date("2021-05-22T00:39:26Z") == date(2021, 5, 21)
    assert reference_date("2021-05-22 00:39:26Z", "UTC") == date(2021, 5, 22)
    assert reference_date("2026-01-21T14:43") == date(2026, 1, 21)
    assert reference_date("2024") == date(2024, 1, 1)
    assert reference_date("not a date") is None


def test_default_date_precisions():
    assert default_date(WEDNESDAY) == ("2026-01-21", "day")
    assert default_date(WEDNESDAY, "month") == ("2026-01", "month")
    assert default_date(None) == (None, "unknown")


def test_find_dates_year_after_capitalised_preposition():
    # A sentence that opens with its year: "In 2017, ..." dates the sentence.
    assert only("In 2017, the two navies held drills.").value == "2017"
    assert only("Since 2015 the border has been closed.").precision == "year"
