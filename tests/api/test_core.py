"""Parameter checks of the core object, shared by the API, the CLI and the dashboard."""

from __future__ import annotations

import pytest

from dyadscope.core import iterate, parse_date, parse_dyad, parse_limit
from dyadscope.errors import UsageError


def test_parse_dyad_accepts_case_and_organisations():
    assert parse_dyad("chn-rus") == ("CHN", "RUS")
    assert parse_dyad("RUS-IGO:SCO") == ("RUS", "IGO:SCO")


@pytest.mark.parametrize("bad", ["CHN", "CHN-CHN", "CHINA-RUSSIA", "CHN_RUS", ""])
def test_parse_dyad_rejects(bad):
    with pytest.raises(UsageError):
        parse_dyad(bad)


def test_parse_date_expands_periods():
    assert parse_date("2024") == "2024-01-01"
    assert parse_date("2024", end=True) == "2024-12-31"
    assert parse_date("2024-02", end=True) == "2024-02-29"
    assert parse_date("2023-02", end=True) == "2023-02-28"
    assert parse_date("2024-02-29") == "2024-02-29"


@pytest.mark.parametrize("bad", ["2023-02-29", "2024-13", "24-01-01", "today"])
def test_parse_date_rejects(bad):
    with pytest.raises(UsageError):
        parse_date(bad)


def test_parse_limit_bounds():
    assert parse_limit(1000) == 1000
    with pytest.raises(UsageError):
        parse_limit(0)


def test_iterate_follows_cursors():
    pages = {None: ([1, 2], "a"), "a": ([3], None)}

    def query(limit, cursor=None):
        items, nxt = pages[cursor]
        return {"items": items, "total": 3, "next": nxt}

    assert list(iterate(query)) == [1, 2, 3]
