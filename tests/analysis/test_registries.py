from dyadscope.analysis import consolidate, consolidate_milestones
from dyadscope.analysis.registries import annotate_milestones, name_key


def _milestone(doc, name, ordinal, year, base, parties=("CHN", "RUS")):
    return {"doc_id": doc, "name": name, "ordinal": ordinal, "year": year, "base_year": base,
            "parties": list(parties)}  # fmt: skip


def test_consolidate_milestones_agreeing_documents():
    rows = consolidate_milestones([
        _milestone("a", "signing of the China-Russia Treaty of Friendship", 20, 2021, 2001),
        _milestone("b", "the Russia-China treaty of friendship", 25, 2026, 2001),
    ])  # fmt: skip
    (row,) = rows
    assert row["base_year"] == 2001 and row["consistent"] and row["n_docs"] == 2


def test_consolidate_milestones_flags_disagreement():
    (row,) = consolidate_milestones([
        _milestone("a", "diplomatic ties", 75, 2024, 1949),
        _milestone("b", "diplomatic ties", 75, 2024, 1949),
        _milestone("c", "diplomatic ties", 70, 2024, 1954),
    ])  # fmt: skip
    assert row["base_year"] == 1949 and not row["consistent"]
    assert row["base_years"] == {1949: 2, 1954: 1}


def test_annotate_milestones_marks_the_odd_one():
    items = annotate_milestones([
        _milestone("a", "diplomatic ties", 75, 2024, 1949),
        _milestone("b", "diplomatic ties", 75, 2024, 1949),
        _milestone("c", "diplomatic ties", 70, 2024, 1954),
        _milestone("d", "diplomatic ties", 3, None, None, parties=("IND", "JPN")),
    ])  # fmt: skip
    assert [i["consistent"] for i in items] == [True, True, False, None]


def test_consolidate_agreements_across_documents():
    items = [
        {"doc_id": "a", "title": "joint communique", "parties": ["CHN", "RUS"], "date": "2024",
         "domains": [], "ordinal": None},
        {"doc_id": "b", "title": "Joint Communique", "parties": ["RUS", "CHN"],
         "date": "2024-08-21",
         "domains": ["trade"], "ordinal": None},
    ]  # fmt: skip
    (row,) = consolidate(items, name_field="title")
    assert (
        row["doc_ids"] == ["a", "b"] and row["date"] == "2024-08-21" and row["domains"] == ["trade"]
    )


def test_name_key_normalises():
    assert (
        name_key("the establishment of the China-Russia partnership") == "china-russia partnership"
    )
    assert name_key("Russia–China partnership") == "china-russia partnership"
