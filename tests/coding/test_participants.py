"""Collective and enumerated participants: every named party of a meeting takes part."""

import pytest

pytestmark = pytest.mark.slow


def _types(events, kind):
    return [e for e in events if e[0] == kind]


def test_participants_enumerated_ministers_all_take_part(code_text):
    events = code_text(
        "The three foreign ministers, Sergei Lavrov, Wang Yi and Hakan Fidan, flew to Iran on "
        "Monday for talks."
    )
    (consult,) = _types(events, "CONSULT")
    assert consult[1] == ["CHN", "RUS", "TUR"] and consult[2] == ["IRN"]


@pytest.mark.parametrize(
    "text",
    [
        "Delegations from Ethiopia and Egypt met in the capital on Tuesday.",
        "Officials from Ethiopia and Egypt held talks on Tuesday.",
    ],
)
def test_participants_group_from_countries_is_symmetric(code_text, text):
    (consult,) = _types(code_text(text), "CONSULT")
    assert consult[1] == ["EGY", "ETH"] and consult[3]


@pytest.mark.parametrize(
    "follow",
    [
        "The two leaders signed a border agreement.",
        "Both leaders signed a border agreement.",
        "The two men signed a border agreement.",
        "The delegations signed a border agreement.",
    ],
)
def test_participants_pair_phrase_takes_the_meetings_parties(code_text, follow):
    events = code_text(
        f"Kenyan President William Ruto hosted Ugandan President Yoweri "
        f"Museveni on Monday. {follow}"
    )
    signed = [e for e in events if e[0] != "CONSULT"]
    assert signed and sorted(signed[0][1] + signed[0][2]) == ["KEN", "UGA"]


def test_participants_counterpart_meeting_then_both_ministers(code_text):
    events = code_text(
        "Brazil's foreign minister met his Argentine counterpart on Friday. "
        "Both foreign ministers pledged to open a new border crossing."
    )
    (agree,) = _types(events, "AGREE")
    assert sorted(agree[1] + agree[2]) == ["ARG", "BRA"]


def test_participants_pair_phrase_without_an_earlier_meeting_codes_nothing(code_text):
    assert code_text("The two leaders signed a border agreement.") == []


@pytest.mark.parametrize("noun", ["bloc", "alliance"])
def test_participants_the_bloc_is_the_organisation_named_before(code_text, noun):
    org = "ASEAN" if noun == "bloc" else "NATO"
    events = code_text(
        f"Vietnam's prime minister held talks with {org} leaders on Monday. "
        f"The {noun} pledged support for Vietnam."
    )
    (agree,) = _types(events, "AGREE")
    assert agree[1] == [f"IGO:{org}"] and agree[2] == ["VNM"]


def test_participants_people_in_part_of_a_country_belong_to_it(code_text):
    text = "Rebels in the north of Mali attacked French troops on Monday."
    (event,) = [e for e in code_text(text) if e[0] == "ASSAULT"]
    assert event[1] == ["MLI"] and event[2] == ["FRA"]
