from dyadscope.framing.mechanisms import extract_mechanisms, find_editions, name_key


def test_editions_year_from_sequence_table(make_doc):
    text = (
        "Beta Premier and Alpha Minister held the 25th "
        "regular meeting of Chinese and Russian heads of government."
    )
    doc = make_doc(text)
    (edition,) = find_editions(doc)
    assert edition.ordinal == 25 and edition.year == 2020
    (mech,) = extract_mechanisms(doc, [edition])
    assert mech.name.startswith("regular meeting of Chinese and Russian heads of government")
    assert (mech.date, mech.date_precision) == ("2020", "year")


def test_editions_unknown_series_take_article_date(make_doc):
    doc = make_doc(
        "India and Japan opened the 7th round of maritime dialogue in Tokyo.", "2024-02-03"
    )
    (mech,) = extract_mechanisms(doc, find_editions(doc))
    assert mech.ordinal == 7 and mech.date == "2024-02-03"
    assert mech.parties == ["IND", "JPN"]


def test_editions_skip_first_meeting_of_the_year(make_doc):
    doc = make_doc("It was the first meeting between China and India this year.", "2024-02-03")
    assert find_editions(doc) == []


def test_themed_years_read_year_range_before_or_after(make_doc):
    text = (
        "China and Russia agreed to make 2030 and 2031 the China-Russia Years of Sport. "
        "India hailed the India-Japan Year of Tourism in 2028."
    )
    doc = make_doc(text, "2029-01-01")
    mechs = {m.name: m.years for m in extract_mechanisms(doc, [])}
    assert mechs["China-Russia Years of Sport"] == [2030, 2031]
    assert mechs["India-Japan Year of Tourism"] == [2028]


def test_committees_listed_per_field(make_doc):
    text = (
        "Beta Premier heard reports from China-Russia cooperation committees, including those "
        "focused on energy, transport and space."
    )
    doc = make_doc(text, "2025-01-01")
    names = [m.name for m in extract_mechanisms(doc, [])]
    assert "China-Russia cooperation committee on energy" in names
    assert "China-Russia cooperation committee on space" in names


def test_committees_domestic_organ_is_not_a_mechanism(make_doc):
    doc = make_doc("The Central Committee of the Party met in Beijing.", "2025-01-01")
    assert extract_mechanisms(doc, []) == []


def test_name_key_ignores_pair_order():
    assert name_key("Russia-China Years of Culture") == name_key(
        "the China-Russia Years of Culture"
    )
