"""The pre-aggregated relations index equals `relations_index` over the same fused events and
coverage, for every dyad, direction and frequency, on SQLite and PostgreSQL."""

from __future__ import annotations

import random

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from sample_records import add_history, fill_store

from dyadscope.analysis import relations_index
from dyadscope.core import Dyadscope
from dyadscope.records import Actor, Document, Event, Evidence
from dyadscope.store import schema as t
from dyadscope.store.engine import MIGRATIONS, migrate

FREQS = ("day", "week", "month", "quarter", "year")
COUNTRIES = ("CHN", "RUS", "USA", "IND")
SCO = Actor("Shanghai Cooperation Organisation", "SCO", "IGO", "IGO", igo="SCO")
TYPES = [
    ("CONSULT", "verbal cooperation", 3.0),
    ("COOPERATE", "material cooperation", 6.0),
    ("REQUEST", "neutral", None),  # no intensity: the type's default stands in
    ("ACCUSE", "verbal conflict", -3.3),
    ("SANCTION", "material conflict", -7.1),
]


def _date(rng: random.Random) -> tuple[str | None, str]:
    year, month, day = rng.choice((2022, 2023)), rng.randint(1, 12), rng.randint(1, 28)
    kind = rng.random()
    if kind < 0.6:
        return f"{year}-{month:02d}-{day:02d}", "day"
    if kind < 0.8:
        return f"{year}-{month:02d}", "month"
    if kind < 0.93:
        return f"{year}", "year"
    return None, "unknown"


def _event(rng: random.Random, doc: Document, i: int) -> Event:
    a, b = rng.sample(COUNTRIES, 2)
    actor_a = Actor(a, a, a, "GOV")
    actor_b = SCO if rng.random() < 0.1 else Actor(b, b, b, "GOV")
    etype, quad, intensity = rng.choice(TYPES)
    shape = rng.random()
    if shape < 0.3:  # a joint act
        source, target, symmetric = [actor_a, actor_b], [], True
    elif shape < 0.4:  # two countries acting together toward a third
        c = next(x for x in COUNTRIES if x not in (a, b))
        source, target, symmetric = [actor_a, Actor(c, c, c, "GOV")], [actor_b], False
    else:
        source, target, symmetric = [actor_a], [actor_b], False
    date, precision = _date(rng)
    start = i * 20
    return Event(
        doc.doc_id,
        etype,
        source,
        target,
        Evidence(doc.text[start : start + 19], start, start + 19),
        symmetric=symmetric,
        date=date,
        date_precision=precision,
        confidence=0.7,
        quad_class=quad,
        intensity=intensity,
        interstate=rng.random() > 0.05,
    )


def random_documents(n_docs: int = 60, seed: int = 3) -> list[Document]:
    """Documents whose events cover every case the index treats apart: precisions from day
    to none, joint and directed acts, organisations, domestic events, missing intensities."""
    rng = random.Random(seed)
    docs = []
    for d in range(n_docs):
        doc = Document(f"r{d:03d}.txt", "x" * 200, title=f"Random {d}", outlet=f"O{d % 4}")
        doc.published, doc.published_precision, doc.content_hash = "2023-01-01", "day", f"h{d}"
        doc.events = [_event(rng, doc, i) for i in range(rng.randint(1, 6))]
        docs.append(doc)
    return docs


def _fused(store) -> list[dict]:
    with store.engine.connect() as c:
        return [dict(r.data) for r in c.execute(sa.select(t.fused_events.c.data))]


def _dyads(store) -> list[str]:
    with store.engine.connect() as c:
        return sorted({r.dyad for r in c.execute(sa.select(t.fused_dyads.c.dyad))})


def _assert_same_as_relations_index(store) -> int:
    fused = _fused(store)
    compared = 0
    for dyad in _dyads(store):
        first, second = dyad.split("-")
        coverage = store.coverage_by_day(dyad)
        for pair in ((first, second), (second, first)):
            for directed in (False, True):
                for freq in FREQS:
                    name = "-".join(pair)
                    expected = relations_index(
                        fused, name, freq, directed=directed, coverage=coverage
                    )
                    got = store.index_from_totals(pair, freq, directed)
                    assert got == expected, (name, freq, directed)
                    compared += bool(expected)
    return compared


def test_index_totals_equal_relations_index_on_sample(store):
    fill_store(store)
    add_history(store)
    assert _assert_same_as_relations_index(store) > 20


def test_index_totals_equal_relations_index_on_random_events(store):
    docs = random_documents()
    store.write_documents(docs)
    store.write_coded(docs)
    store.refresh_fusion()
    assert _assert_same_as_relations_index(store) > 50
    with store.engine.connect() as c:
        unplaced = c.execute(sa.select(t.index_periods).where(t.index_periods.c.period == ""))
        assert list(unplaced), "the random events should include coarse and undated ones"


def test_index_totals_follow_a_refresh(store):
    fill_store(store)
    before = store.index_from_totals(("CHN", "RUS"), "year", False)
    add_history(store)
    after = store.index_from_totals(("CHN", "RUS"), "year", False)
    assert sum(r["n_events"] for r in after) > sum(r["n_events"] for r in before)


def test_store_fused_before_the_tables_existed_is_marked_stale(store, store_url):
    fill_store(store)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with store.engine.begin() as c:
        config.attributes["connection"] = c
        command.downgrade(config, "0001")
    migrate(store.engine)  # back to head: empty aggregate tables, fused events present
    assert store.fusion_stale()
    ds = Dyadscope(store, store.options)
    from_events = ds.index("CHN-RUS", freq="month")
    ds.refresh()
    assert not store.fusion_stale()
    assert ds.index("CHN-RUS", freq="month") == from_events


@pytest.mark.parametrize("directed", [False, True])
def test_core_index_window_keeps_to_its_periods(store, directed):
    fill_store(store)
    add_history(store)
    ds = Dyadscope(store, store.options)
    whole = ds.index("CHN-RUS", freq="month", directed=directed)["items"]
    part = ds.index("CHN-RUS", freq="month", directed=directed, since="2023-01", until="2023-06")
    assert [r["period"] for r in part["items"]] == [f"2023-0{m}" for m in range(1, 7)]
    by_period = {r["period"]: r for r in whole}
    assert all(r == by_period[r["period"]] for r in part["items"])


WINDOWS = [  # (freq, since, until): each end on a period boundary of freq
    ("day", "2022-03-05", "2023-01-20"),
    ("week", "2022-01-03", "2022-12-25"),
    ("month", "2022-05-01", None),
    ("quarter", None, "2022-09-30"),
    ("year", "2023-01-01", "2023-12-31"),
]


@pytest.mark.parametrize(("freq", "lo", "hi"), WINDOWS)
def test_index_totals_in_an_aligned_window_equal_relations_index(store, freq, lo, hi):
    from dyadscope.store.aggregates import is_aligned
    from dyadscope.store.rows import date_bounds

    assert is_aligned(lo, hi, freq)
    docs = random_documents(seed=5)
    store.write_documents(docs)
    store.write_coded(docs)
    store.refresh_fusion()
    fused = []
    for event in _fused(store):  # the event date filters: the date's span overlaps the window
        first, last = date_bounds(event.get("date"))
        if first and (lo is None or last >= lo) and (hi is None or first <= hi):
            fused.append(event)
    compared = 0
    for dyad in _dyads(store):
        coverage = {
            day: n
            for day, n in store.coverage_by_day(dyad).items()
            if (lo is None or day >= lo) and (hi is None or day <= hi)
        }
        for pair, directed in ((tuple(dyad.split("-")), False), (tuple(dyad.split("-")), True)):
            expected = relations_index(fused, "-".join(pair), freq, directed, coverage)
            assert store.index_from_totals(pair, freq, directed, lo, hi) == expected
            compared += bool(expected)
    assert compared > 10


def test_is_aligned_needs_period_boundaries():
    from dyadscope.store.aggregates import is_aligned

    assert is_aligned("2024-04-01", "2024-06-30", "quarter")
    assert not is_aligned("2024-05-01", None, "quarter")
    assert not is_aligned("2024-05-01", None, "week")  # a Wednesday
    assert is_aligned("2024-04-29", "2024-05-05", "week")
    assert not is_aligned(None, "2024-02-30", "day")
    assert is_aligned(None, None, "year")


def test_core_index_unaligned_window_comes_from_events(store):
    fill_store(store)
    add_history(store)
    ds = Dyadscope(store, store.options)
    rows = ds.index("CHN-RUS", freq="month", since="2023-01-15", until="2023-03-10")["items"]
    assert [r["period"] for r in rows] == ["2023-02", "2023-03"]
    overlapping = store.index_events("CHN-RUS", "2023-01-15", "2023-03-10")
    inside = [e for e in overlapping if e["date_precision"] == "day"]
    assert rows[0]["unplaced_events"] == len(overlapping) - len(inside) > 0  # d.html's 2023
    assert all("2023-01-15" <= e["date"] <= "2023-03-10" for e in inside)
    assert sum(r["n_events"] for r in rows) == len(inside) > 0
    whole = {r["period"]: r for r in ds.index("CHN-RUS", freq="month")["items"]}
    assert rows[-1]["n_events"] < whole["2023-03"]["n_events"]  # the 11th is outside
