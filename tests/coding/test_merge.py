from dyadscope.coding.lexicon import load_lexicon
from dyadscope.coding.merge import finish, simple_merge, split_pairs
from dyadscope.records import Actor, Event, Evidence


def actor(code):
    return Actor(name=code, actor_id=code, country=code)


def event(etype, src, tgt, start, date="2026-01-20", conf=0.6, symmetric=False):
    return Event(
        doc_id="d",
        event_type=etype,
        source=[actor(c) for c in src],
        target=[actor(c) for c in tgt],
        evidence=Evidence("s", start, start + 1),
        date=date,
        date_precision="day" if date and len(date) == 10 else "year",
        confidence=conf,
        symmetric=symmetric,
    )


def test_simple_merge_joins_reports_of_one_happening():
    merged = simple_merge(
        [
            event("CONSULT", ["CHN", "RUS"], [], 0, symmetric=True),
            event("CONSULT", ["RUS", "CHN"], [], 50, conf=0.8, symmetric=True),
        ]
    )
    assert len(merged) == 1
    assert merged[0].evidence.start == 50 and [e.start for e in merged[0].extra_evidence] == [0]


def test_simple_merge_keeps_opposite_directions_and_other_dates_apart():
    merged = simple_merge(
        [
            event("ACCUSE", ["CHN"], ["USA"], 0),
            event("ACCUSE", ["USA"], ["CHN"], 10),
            event("ACCUSE", ["CHN"], ["USA"], 20, date="2025-03-01"),
        ]
    )
    assert len(merged) == 3


def test_finish_sets_quad_intensity_and_interstate():
    lexicon = load_lexicon()
    done = finish(event("SANCTION", ["USA"], ["RUS"], 0), lexicon)
    assert done.quad_class == "material conflict" and done.intensity < 0 and done.interstate
    domestic = finish(event("COERCE", ["TUR"], ["TUR"], 0), lexicon)
    assert not domestic.interstate and domestic.event_id


def test_is_interstate_co_targets_of_an_unknown_doer_are_one_side():
    lexicon = load_lexicon()
    joint_base = finish(event("ASSAULT", [], ["NOR", "DNK"], 0), lexicon)
    assert not joint_base.interstate
    unnamed = Event(
        doc_id="d",
        event_type="ASSAULT",
        source=[Actor(name="gunmen", actor_id="", country=None)],
        target=[actor("NOR"), actor("DNK")],
        evidence=Evidence("s", 0, 1),
    )
    assert not finish(unnamed, lexicon).interstate


def test_is_interstate_joint_doers_and_known_doer_still_count():
    lexicon = load_lexicon()
    assert finish(event("COOPERATE", ["NOR", "DNK"], [], 0, symmetric=True), lexicon).interstate
    assert finish(event("ASSAULT", ["SWE"], ["NOR", "DNK"], 0), lexicon).interstate


def test_split_pairs_gives_one_record_per_dyad_of_a_directed_act():
    called = event("REQUEST", ["SDN"], ["ETH", "EGY"], 0)
    pairs = split_pairs([called])
    assert sorted((e.source[0].code, e.target[0].code) for e in pairs) == [
        ("SDN", "EGY"),
        ("SDN", "ETH"),
    ]


def test_split_pairs_keeps_a_joint_act_whole():
    meeting = event("CONSULT", ["KAZ", "KGZ", "TJK"], [], 0, symmetric=True)
    assert split_pairs([meeting]) == [meeting]
