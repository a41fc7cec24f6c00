from dyadscope.fusion import fuse


def _groups(fused):
    return sorted(sorted(f["members"]) for f in fused)


def test_fuse_same_meeting_from_three_outlets(event):
    a = event(doc="a", event_id="a1")
    b = event(doc="b", event_id="b1", date="2024-05-17")
    c = event(doc="c", event_id="c1", source=("CHN",), target=("RUS",))
    (fused,) = fuse([a, b, c])
    assert sorted(fused["members"]) == ["a1", "b1", "c1"]
    assert fused["source_count"] == 3 and fused["doc_ids"] == ["a", "b", "c"]
    assert fused["date"] == "2024-05-16" and fused["date_precision"] == "day"
    assert fused["event_id"] == fused["fused_id"]
    assert len(fused["evidence_list"]) == 3


def test_fuse_keeps_meetings_a_week_apart_separate(event):
    fused = fuse([event(doc="a"), event(doc="b", date="2024-05-23")])
    assert len(fused) == 2


def test_fuse_complete_link_stops_chains(event):
    days = ["2024-05-16", "2024-05-17", "2024-05-18"]
    fused = fuse([event(doc=f"d{i}", date=d) for i, d in enumerate(days)])
    assert len(fused) == 2


def test_fuse_near_types_join_far_types_do_not(event):
    agree = event(doc="a", etype="AGREE", event_id="x1")
    support = event(doc="b", etype="SUPPORT", event_id="x2")
    consult = event(doc="c", etype="CONSULT", event_id="x3")
    assert _groups(fuse([agree, support, consult])) == [["x1", "x2"], ["x3"]]


def test_fuse_direction_matters_for_directed_types(event):
    a = event(doc="a", etype="SANCTION", source=("IND",), target=("PAK",))
    b = event(doc="b", etype="SANCTION", source=("PAK",), target=("IND",))
    assert len(fuse([a, b])) == 2


def test_fuse_different_people_same_pair_stay_apart(event):
    a = event(doc="a", source=("Alpha Minister", "Beta Premier"))
    b = event(doc="b", source=("Alpha Minister", "Delta Chief"), date="2024-05-17")
    assert len(fuse([a, b])) == 2


def test_fuse_coarse_report_joins_only_an_unambiguous_group(event):
    one = [event(doc="a", event_id="a"), event(doc="m", event_id="m", date="2024-05")]
    assert _groups(fuse(one)) == [["a", "m"]]
    two = [
        event(doc="a", event_id="a"),
        event(doc="b", event_id="b", date="2024-05-25"),
        event(doc="m", event_id="m", date="2024-05"),
    ]
    assert _groups(fuse(two)) == [["a"], ["b"], ["m"]]


def test_fuse_undated_syndicated_copy_joins_by_sentence(event):
    text = "The two leaders met in the capital on Thursday to discuss energy and trade."
    a = event(doc="a", event_id="a", sentence=text)
    b = event(doc="b", event_id="b", sentence=text, date=None)
    assert _groups(fuse([a, b])) == [["a", "b"]]


def test_fuse_undated_without_copy_stays_alone(event):
    assert len(fuse([event(doc="a"), event(doc="b", date=None)])) == 2


def test_fuse_different_types_in_one_document_never_merge(event):
    a = event(doc="a", etype="AGREE", event_id="a1")
    b = event(doc="a", etype="SUPPORT", event_id="a2")
    assert len(fuse([a, b])) == 2


def test_fuse_locations_must_agree(event):
    a = event(doc="a", location="CHN")
    b = event(doc="b", location="RUS")
    c = event(doc="c", location=None)
    assert len(fuse([a, b, c])) == 2


def test_fuse_ids_stable_when_documents_are_added(event):
    first = [event(doc="a", event_id="zz"), event(doc="b", event_id="yy")]
    (before,) = fuse(first)
    existing = {m: before["fused_id"] for m in before["members"]}
    later = first + [event(doc="c", event_id="aa")]
    (after,) = fuse(later, existing)
    assert after["fused_id"] == before["fused_id"]
    assert sorted(after["members"]) == ["aa", "yy", "zz"]


def test_fuse_split_group_gives_old_id_to_larger_part(event):
    events = [
        event(doc="a", event_id="p"),
        event(doc="b", event_id="q"),
        event(doc="c", event_id="r", date="2024-06-30"),
    ]
    existing = {"p": "f-old", "q": "f-old", "r": "f-old"}
    fused = {tuple(sorted(f["members"])): f["fused_id"] for f in fuse(events, existing)}
    assert fused[("p", "q")] == "f-old"
    assert fused[("r",)] != "f-old"


def test_fuse_canonical_type_by_vote(event):
    events = [event(doc=d, etype=t) for d, t in (("a", "AGREE"), ("b", "AGREE"), ("c", "SUPPORT"))]
    (fused,) = fuse(events)
    assert fused["event_type"] == "AGREE"


def test_fuse_no_actors_never_fuse(event):
    assert len(fuse([event(doc="a", source=()), event(doc="b", source=())])) == 2


def test_fuse_empty_input():
    assert fuse([]) == []


DRILLS = "China and Russia held joint naval drills in the Sea of Japan in November."


def test_fuse_copies_in_adjacent_years_stay_apart(event):
    # Issue 8: one wording dated a year apart was fused. Year intervals end and start on
    # consecutive days, so the copies' few days of slack must not bridge 2022 and 2023.
    a = event(doc="a", event_id="a", etype="COOPERATE", sentence=DRILLS, date="2022")
    b = event(doc="b", event_id="b", etype="COOPERATE", sentence=DRILLS, date="2023")
    assert _groups(fuse([a, b])) == [["a"], ["b"]]


def test_fuse_copy_must_fit_every_member_of_a_group(event):
    # A coarse copy that joins a dated group must not pull in a copy from the next year.
    day = event(doc="a", event_id="a", etype="COOPERATE", date="2022-11-23")
    year = event(doc="b", event_id="b", etype="COOPERATE", sentence=DRILLS, date="2022")
    later = event(doc="c", event_id="c", etype="COOPERATE", sentence=DRILLS, date="2023-01-02")
    groups = _groups(fuse([day, year, later]))
    assert ["c"] in groups
    assert not any("a" in g and "c" in g for g in groups)


def test_fuse_undated_copy_of_two_happenings_stays_alone(event):
    dated = [
        event(doc="a", event_id="a", etype="COOPERATE", sentence=DRILLS, date="2022-11"),
        event(doc="b", event_id="b", etype="COOPERATE", sentence=DRILLS, date="2023-11"),
    ]
    undated = event(doc="u", event_id="u", etype="COOPERATE", sentence=DRILLS, date=None)
    assert _groups(fuse([*dated, undated])) == [["a"], ["b"], ["u"]]


def test_fuse_redated_day_copy_still_joins(event):
    # Syndication slack stays for day-precise copies resolved against another publication day.
    a = event(doc="a", event_id="a", etype="COOPERATE", sentence=DRILLS, date="2022-11-10")
    b = event(doc="b", event_id="b", etype="COOPERATE", sentence=DRILLS, date="2022-11-14")
    assert _groups(fuse([a, b])) == [["a", "b"]]


def test_fuse_coarse_report_of_another_type_needs_shared_wording(event):
    # A month-dated signing is not yesterday's unrelated agreement of the same pair ...
    agreed = event(doc="a", event_id="a", etype="AGREE", sentence="They agreed to expand trade.")
    signed = event(doc="b", event_id="b", etype="SUPPORT", date="2024-05",
                   sentence="They signed a joint communique on investment.")  # fmt: skip
    assert _groups(fuse([agreed, signed])) == [["a"], ["b"]]
    # ... but a month-dated report of the same happening in other words of a near type joins.
    told = event(doc="c", event_id="c", etype="SUPPORT", date="2024-05",
                 sentence="They agreed this month to expand trade.")  # fmt: skip
    assert _groups(fuse([agreed, told])) == [["a", "c"]]
