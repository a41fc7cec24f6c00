from dyadscope.ingest.dates import (
    MONTH_NAMES,
    MONTHS,
    WEEKDAYS,
    calendar,
    complete_dateline,
    date_from_url,
    find_agency_dateline,
    find_date,
    find_embedded_post_date,
    find_lead_date,
    parse_iso,
    weekdays_named,
)


def test_find_date_reads_time_precision():
    assert find_date("Updated: 2026-02-05 06:51").iso == "2026-02-05T06:51"
    assert find_date("Updated: 2026-02-05 06:51").precision == "minute"
    assert find_date("2026-01-21 14:43 Last Updated At:23:07").iso == "2026-01-21T14:43"
    assert find_date("Posted March 3, 2024 at 5:07 pm").iso == "2024-03-03T17:07"
    assert find_date("12 September 2023").precision == "day"


def test_find_date_rejects_impossible_dates():
    assert find_date("2024-02-31") is None
    assert find_date("no date here, only 2024") is None


def test_find_lead_date_reads_opening_date():
    found = find_lead_date("On December 22, 2020, the two ministers spoke by phone.")
    assert (found.iso, found.precision) == ("2020-12-22", "day")
    assert find_lead_date("The ministers met on December 22, 2020, in Moscow.") is None


def test_agency_dateline_needs_a_year():
    dateline = find_agency_dateline("BEIJING, Aug. 19 (Xinhua) -- Chinese and Russian officials")
    assert (dateline.place, dateline.agency, dateline.month, dateline.day) == (
        "BEIJING",
        "Xinhua",
        8,
        19,
    )
    assert complete_dateline(dateline, None) is None
    assert complete_dateline(dateline, 2024).iso == "2024-08-19"


def test_date_from_url_reads_day_and_month():
    assert date_from_url("https://x.example/world/2024/08/21/story.html").iso == "2024-08-21"
    assert date_from_url("https://x.example/2024/08/story").precision == "month"
    assert date_from_url("https://x.example/news/12345") is None


def test_embedded_post_date_takes_latest():
    text = "— Ministry (@mfa_x) November 18, 2025 ... — Someone (@someone) November 20, 2025"
    assert find_embedded_post_date(text).iso == "2025-11-20"


def test_parse_iso_keeps_written_precision():
    assert parse_iso("2023-10-05").precision == "day"
    assert parse_iso("2025-02-11T08:15:00+00:00").iso == "2025-02-11T08:15:00+00:00"
    assert parse_iso("2025-03-14 20:30:26Z").iso == "2025-03-14T20:30:26Z"
    assert parse_iso("2024-05-16 09:12").iso == "2024-05-16T09:12"
    assert parse_iso("2024-07").precision == "month"
    assert parse_iso("2024").precision == "year"


def test_find_date_reads_dotted_dates_day_first():
    found = find_date("Published 16.05.2025, 18:52 (GMT+3)")
    assert (found.iso, found.precision) == ("2025-05-16T18:52", "minute")
    assert find_date("Updated 1.2.2024").iso == "2024-02-01"


def test_calendar_table_gives_names_in_calendar_order():
    assert WEEKDAYS[0] == "monday" and WEEKDAYS[6] == "sunday" and len(WEEKDAYS) == 7
    assert MONTH_NAMES[0] == "january" and MONTH_NAMES[11] == "december"
    assert (MONTHS["jan"], MONTHS["may"], MONTHS["sep"], MONTHS["sept"], MONTHS["dec"]) == (
        1, 5, 9, 9, 12,
    )  # fmt: skip
    assert calendar() is calendar()  # read once


def test_abbreviated_months_and_weekdays_are_read_from_the_table():
    assert find_date("Sept. 9, 2024").iso == "2024-09-09"
    assert weekdays_named("On Friday and on sunday") == {4, 6}
