import pytest

from dyadscope.analysis import period_key, relations_index
from dyadscope.errors import UsageError

from .conftest import make_event


@pytest.mark.parametrize(
    ("freq", "key"),
    [
        ("day", "2024-08-21"),
        ("week", "2024-W34"),
        ("month", "2024-08"),
        ("quarter", "2024-Q3"),
        ("year", "2024"),
    ],
)
def test_period_key_each_freq(freq, key):
    assert period_key("2024-08-21", "day", freq) == key


def test_period_key_too_coarse_is_none():
    assert period_key("2024-08", "month", "week") is None
    assert period_key("2024", "year", "quarter") is None
    assert period_key(None, "unknown", "year") is None


def test_index_counts_and_intensity(synthetic_events):
    rows = relations_index(synthetic_events, "CHN-RUS", "year")
    assert [r["period"] for r in rows] == ["2024", "2025"]
    warm, cold = rows
    assert warm["n_events"] == 12 + 6 + 3
    assert warm["verbal_cooperation"] == 18 and warm["material_cooperation"] == 3
    assert warm["cc_index"] > 0 > cold["cc_index"]
    assert cold["types"]["SANCTION"] == 5
    assert warm["intensity_mean"] == pytest.approx(
        warm["intensity_sum"] / warm["n_events"], abs=0.01
    )


def test_index_fills_empty_periods(synthetic_events):
    events = [make_event("2024-01-05"), make_event("2024-04-05")]
    rows = relations_index(events, "CHN-RUS", "month")
    assert [r["period"] for r in rows] == ["2024-01", "2024-02", "2024-03", "2024-04"]
    assert rows[1]["n_events"] == 0 and rows[1]["cc_index"] is None


def test_index_directed_keeps_one_direction_and_joint_acts(synthetic_events):
    rows = relations_index(synthetic_events, "RUS-CHN", "year", directed=True)
    cold = rows[-1]
    assert cold["types"].get("SANCTION") is None
    assert cold["types"]["ACCUSE"] == 9 and cold["types"]["CONSULT"] == 2


def test_index_normalises_by_coverage():
    events = [make_event("2024-01-05", sources=1), make_event("2024-02-05", sources=1)]
    coverage = {"2024-01-05": 1, "2024-02-01": 10, "2024-02-20": 10}
    jan, feb = relations_index(events, "CHN-RUS", "month", coverage=coverage)
    assert feb["coverage"] == 20 and jan["coverage"] == 1
    assert jan["cc_index"] == pytest.approx(3.0) and feb["cc_index"] == pytest.approx(0.15)


def test_index_leaves_out_other_dyads_and_domestic_events():
    events = [
        make_event("2024-01-05", source=("CHN", "USA")),
        {**make_event("2024-01-05"), "interstate": False},
        make_event("2024-01-05"),
    ]
    (row,) = relations_index(events, "CHN-RUS", "month")
    assert row["n_events"] == 1


def test_index_counts_unplaced_coarse_events():
    rows = relations_index([make_event("2024-01-05"), make_event("2024")], "CHN-RUS", "month")
    assert rows[0]["unplaced_events"] == 1


def test_index_bad_dyad_and_freq():
    with pytest.raises(UsageError):
        relations_index([], "CHN", "month")
    with pytest.raises(UsageError):
        relations_index([make_event("2024-01-05")], "CHN-RUS", "fortnight")


def test_index_empty():
    assert relations_index([], "CHN-RUS") == []


def test_index_joint_act_toward_a_third_country_is_not_between_the_pair():
    # China and Russia condemning the US together says nothing cold about China-Russia.
    joint = make_event("2024-01-05", "ACCUSE", source=("CHN", "RUS"), target=("USA",))
    assert relations_index([joint], "CHN-RUS", "month") == []
    (row,) = relations_index([joint], "RUS-USA", "month")
    assert row["verbal_conflict"] == 1


def test_index_undirected_counts_both_directions():
    there = make_event("2024-01-05", "ACCUSE", source=("CHN",), target=("RUS",), doc="x")
    back = make_event("2024-01-06", "ACCUSE", source=("RUS",), target=("CHN",), doc="y")
    (row,) = relations_index([there, back], "CHN-RUS", "month")
    assert row["n_events"] == 2
    (one,) = relations_index([there, back], "CHN-RUS", "month", directed=True)
    assert one["n_events"] == 1


def test_index_totals_round_trip_gives_the_same_rows(synthetic_events):
    from dyadscope.analysis import bucket_events, index_rows, summarise

    buckets, unplaced = bucket_events(synthetic_events, "quarter")
    totals = {key: summarise(group) for key, group in buckets.items()}
    assert index_rows(totals, len(unplaced), "quarter", None) == relations_index(
        synthetic_events, "CHN-RUS", "quarter"
    )
