from dyadscope.framing import frame_document


def test_dating_from_anniversary_and_ordinal_meeting(make_doc):
    text = (
        "Beta Premier co-chaired the 27th regular meeting "
        "between Chinese and Russian heads of government. "
        "China and Russia mark the 73rd anniversary of diplomatic ties."
    )
    doc = frame_document(make_doc(text))
    assert (doc.published, doc.published_precision) == ("2022", "year")
    assert "diplomatic ties" in doc.published_inferred
    assert [m.base_year for m in doc.milestones] == [1949]


def test_dating_next_year_cue_moves_the_year(make_doc):
    text = (
        "Alpha Minister noted that next year marks the "
        "25th anniversary of diplomatic ties between Russia and Korea."
    )
    doc = frame_document(make_doc(text))
    assert doc.published == "2014"


def test_dating_full_date_in_the_inferred_year_gives_day(make_doc):
    text = (
        "China and Russia celebrate the 76th anniversary of diplomatic relations. "
        "The ministry posted the statement on March 3, 2025."
    )
    doc = frame_document(make_doc(text))
    assert (doc.published, doc.published_precision) == ("2025-03-03", "day")


def test_dating_keeps_a_read_date(make_doc):
    doc = frame_document(
        make_doc("China and Russia mark the 73rd anniversary of diplomatic ties.", "2030-01-01")
    )
    assert doc.published == "2030-01-01" and doc.published_inferred is None


def test_dating_nothing_to_go_on_leaves_no_date(make_doc):
    doc = frame_document(make_doc("India and Japan held talks on trade."))
    assert doc.published is None and doc.published_inferred is None
