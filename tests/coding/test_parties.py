"""Who did it to whom: passives, expulsions, protests, cut-offs and condemned attacks."""

import pytest

pytestmark = pytest.mark.slow


def _only(events):
    assert len(events) == 1, events
    return events[0]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Turkish Foreign Minister Hakan Fidan was refused a meeting by Greek officials.",
            "GRC",
            "TUR",
        ),
        ("A Chinese coast guard vessel struck a Philippine supply boat.", "CHN", "PHL"),
        ("A Philippine supply boat was struck by a Chinese coast guard vessel.", "CHN", "PHL"),
        ("The Russian consul was expelled, the Polish foreign ministry said.", "POL", "RUS"),
        ("Two Iranian diplomats were ordered to leave the Netherlands.", "NLD", "IRN"),
        ("Three Sudanese diplomats were told to leave Chad within 72 hours.", "TCD", "SDN"),
    ],
)
def test_parties_passive_source_and_target(code_text, text, source, target):
    event = _only(code_text(text))
    assert event[1] == [source] and event[2] == [target]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Nigeria gave the Ghanaian diplomats 48 hours to leave the country.", "GHA"),
        ("Mali ordered the French ambassador to go home.", "FRA"),
        ("Moscow declared the Estonian consul persona non grata.", "EST"),
        ("Ukraine declared two Hungarian diplomats persona non grata on Thursday.", "HUN"),
        ("Algeria recalled its ambassador from Spain.", "ESP"),
        ("Colombia called home its ambassador to Venezuela for consultations.", "VEN"),
    ],
)
def test_parties_expulsions_and_recalls_are_sanctions(code_text, text, target):
    event = _only(code_text(text))
    assert event[0] == "SANCTION" and event[2] == [target]


def test_parties_order_to_troops_stays_a_request(code_text):
    event = _only(code_text("Mali ordered the French troops to leave."))
    assert event[0] == "REQUEST"


@pytest.mark.parametrize(
    ("text", "kind", "target"),
    [
        ("Hundreds gathered outside the Danish embassy on Friday.", "PROTEST", "DNK"),
        ("Protesters burned American flags on Wednesday.", "PROTEST", "USA"),
        ("Demonstrators burned Israeli flags outside parliament.", "PROTEST", "ISR"),
        ("Ukraine cut gas exports to its neighbour Hungary.", "SANCTION", "HUN"),
        ("Kyrgyzstan cut power exports to Kazakhstan.", "SANCTION", "KAZ"),
        ("Senegal banned imports from Gambia.", "SANCTION", "GMB"),
    ],
)
def test_parties_protests_and_cut_offs_aim_at_the_foreign_party(code_text, text, kind, target):
    event = _only(code_text(text))
    assert event[0] == kind and event[2] == [target]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Thai police freed the Cambodian workers on Monday.", "KHM"),
        ("Venezuela closed its border with Colombia on Tuesday.", "COL"),
        ("Egypt freed the Greek fishermen after talks.", "GRC"),
    ],
)
def test_parties_foreign_party_in_predicate_beats_domestic_default(code_text, text, target):
    event = _only(code_text(text))
    assert event[2] == [target]


@pytest.mark.parametrize(
    "text",
    [
        "Iranian President Hassan Rouhani condemned the attack on the Saudi embassy.",
        "Pakistan condemned the attack on the Chinese consulate in Karachi.",
        "Norway condemned the bombing of the Russian embassy.",
    ],
)
def test_parties_condemned_attack_does_not_accuse_its_victim(code_text, text):
    event = _only(code_text(text))
    assert event[0] == "ACCUSE" and event[2] == []


def test_parties_condemned_attack_accuses_its_named_doer(code_text):
    event = _only(code_text("Pakistan condemned the Israeli attack on the Saudi embassy."))
    assert event[0] == "ACCUSE" and event[2] == ["ISR"]


@pytest.mark.parametrize(
    "text",
    [
        "Iran stands accused of supplying drones to rebels, Israel said.",
        "Iran is accused of arming militias in the region, according to Israel.",
        "Iran stands accused of violating the truce, Israeli officials said.",
    ],
)
def test_parties_unnamed_accuser_is_the_reporting_party(code_text, text):
    event = _only(code_text(text))
    assert event[:3] == ("ACCUSE", ["ISR"], ["IRN"])


def test_parties_accusation_without_reporter_keeps_no_source(code_text):
    event = _only(code_text("Iran is accused of arming militias in the region."))
    assert event[0] == "ACCUSE" and event[1] == [""]


@pytest.mark.parametrize(
    "text, source, target",
    [
        ("Chile pressed Peru to reopen the border.", ["CHL"], ["PER"]),
        ("Chile pressured Peru to reopen the border.", ["CHL"], ["PER"]),
        ("Egypt stepped up pressure on Ethiopia to halt the dam.", ["EGY"], ["ETH"]),
    ],
)
def test_parties_pressing_someone_to_act_is_a_request(code_text, text, source, target):
    assert ("REQUEST", source, target, False) in code_text(text)


def test_parties_apposition_after_the_accused_is_not_the_deed(code_text):
    text = "Vietnam accused Ethiopia of ramming a fishing boat, the latest clash in the standoff."
    events = [e for e in code_text(text) if e[0] == "ACCUSE"]
    assert events and events[0][1] == ["VNM"] and events[0][2] == ["ETH"]


def test_parties_joint_refusal_to_meet_is_mutual(code_text):
    text = "Egypt and Ethiopia failed to reach agreement on the dam on Sunday."
    (event,) = [e for e in code_text(text) if e[0] == "REJECT"]
    assert event[3] and event[1] == ["EGY", "ETH"]


def test_parties_venue_of_a_meeting_is_no_party(code_text):
    text = "William Ruto and Yoweri Museveni met on the sidelines of the ASEAN summit on Monday."
    (event,) = [e for e in code_text(text) if e[0] == "CONSULT"]
    assert event[1] == ["KEN", "UGA"] and event[3]


def test_parties_hostile_act_aimed_at_a_party(code_text):
    (event,) = [e for e in code_text("Egypt lashed out at Ethiopia on Monday.") if e[0] == "ACCUSE"]
    assert event[1] == ["EGY"] and event[2] == ["ETH"]


def test_parties_rejected_complaint_answers_its_author(code_text):
    text = (
        "Greek officials lodged a formal protest with Turkish diplomats. "
        "Turkish officials rejected the complaint."
    )
    (event,) = [e for e in code_text(text) if e[0] == "REJECT"]
    assert event[1] == ["TUR"] and event[2] == ["GRC"]


def test_parties_leaders_chairing_their_countries_meeting_meet_each_other(code_text):
    text = (
        "William Ruto and Yoweri Museveni co-chaired the regular meeting between the heads "
        "of the Kenyan and Ugandan governments on Monday."
    )
    events = [e for e in code_text(text) if e[0] == "CONSULT"]
    assert events and events[0][3] and events[0][2] == []


def test_parties_second_verb_is_aimed_where_the_first_was(code_text):
    events = code_text("Norway summoned the Russian ambassador and demanded an explanation.")
    assert ("REQUEST", ["NOR"], ["RUS"], False) in events


def test_parties_apposition_gives_a_named_persons_country(code_text):
    events = code_text("Norway freed Ivan Petrov, a Russian national, on Monday.")
    assert ("RETREAT", ["NOR"], ["RUS"], False) in events


def test_parties_subject_misread_as_apposition_of_a_fronted_place(code_text):
    events = code_text(
        "Chile accused Norway of dumping salmon. "
        "In Oslo, Norway's trade secretary, Kari Nordmann, rejected the accusations on Monday."
    )
    assert ("REJECT", ["NOR"], ["CHL"], False) in events


def test_parties_body_owned_by_a_pronoun_acts_for_its_antecedent(code_text):
    events = code_text("Norway said its negotiators had reached agreement with Chile.")
    assert ("AGREE", ["CHL", "NOR"], [], True) in events
