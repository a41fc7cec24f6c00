from dyadscope.framing.milestones import extract_milestones, find_anniversaries, resolve_base


def test_milestones_base_year_from_ties_table(make_doc):
    doc = make_doc(
        "China and Russia celebrate the 70th anniversary of diplomatic relations.", "2019-06-05"
    )
    (m,) = extract_milestones(doc, find_anniversaries(doc))
    assert (m.ordinal, m.year, m.base_year) == (70, 2019, 1949)
    assert m.parties == ["CHN", "RUS"]


def test_milestones_base_year_from_article_year_and_next_year_cue(make_doc):
    text = "Beta Premier said next year marks the 10th anniversary of the China-India joint forum."
    doc = make_doc(text, "2030-03-01")
    (m,) = extract_milestones(doc, find_anniversaries(doc))
    assert (m.year, m.base_year) == (2031, 2021)
    assert m.name == "China-India joint forum"


def test_milestones_known_base_event_wins_over_tense(make_doc):
    text = (
        "Russia and China commemorated the seventy-fifth anniversary "
        "of the victory in the Second World War."
    )
    doc = make_doc(text, "2021-01-10")
    (m,) = extract_milestones(doc, find_anniversaries(doc))
    assert (m.ordinal, m.year, m.base_year) == (75, 2020, 1945)


def test_milestones_repeated_anniversary_listed_once(make_doc):
    text = (
        "This year marks the 20th anniversary of the China-Russia Treaty of Good-Neighbourliness. "
        "Russia will hold events for the 20th "
        "anniversary of the treaty of good-neighbourliness this year."
    )
    doc = make_doc(text, "2021-05-01")
    milestones = extract_milestones(doc, find_anniversaries(doc))
    assert [m.base_year for m in milestones] == [2001]


def test_milestones_without_any_date_leave_years_empty(make_doc):
    doc = make_doc("India and Japan mark the 5th anniversary of the port project.")
    (m,) = extract_milestones(doc, find_anniversaries(doc))
    assert m.year is None and m.base_year is None


def test_resolve_base_needs_a_pair_for_pair_events():
    assert resolve_base("strategic partnership of coordination", ["CHN", "RUS"])[0] == 1996
    assert resolve_base("strategic partnership of coordination", ["FRA", "DEU"])[0] is None
