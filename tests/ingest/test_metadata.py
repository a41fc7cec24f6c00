from dyadscope.ingest.metadata import (
    combine_outlet,
    find_agency_credit,
    find_lead_outlet,
    outlet_from_url,
    read_byline,
)


def test_read_byline_splits_author_outlet_date():
    byline = read_byline("By JANE ROE | CHINA DAILY | Updated: 2025-01-02 08:00")
    assert (byline.author, byline.outlet, byline.date.iso) == (
        "Jane Roe",
        "China Daily",
        "2025-01-02T08:00",
    )


def test_read_byline_ignores_headings():
    assert read_byline("Strengthening Cooperation within the Region") is None


def test_find_lead_outlet_needs_an_outlet_name():
    assert find_lead_outlet("Lagos, The Harbour Times: Officials met.") == "The Harbour Times"
    assert find_lead_outlet("Lagos, Nigeria: Officials met on Monday.") is None


def test_agency_credit_and_combination():
    agency = find_agency_credit('... and "serve as a boost to our relations." (ANI)')
    assert agency == "ANI"
    assert combine_outlet("Some Publisher", agency) == "Some Publisher (ANI)"
    assert combine_outlet(None, "Reuters") == "Reuters"
    assert find_agency_credit("He met the ministers (in Paris)") is None


def test_outlet_from_url_uses_table_then_host():
    assert outlet_from_url("https://www.chinadaily.com.cn/a/2025/x.html") == "China Daily"
    assert outlet_from_url("https://news.example.org/story") == "news.example.org"


def test_read_byline_ignores_language_switcher_codes():
    byline = read_byline("TR | EN")
    assert byline is None or byline.outlet is None
