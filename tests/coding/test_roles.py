"""Who is the doer in "threats from X", "stands accused of", requests and race idioms."""

import pytest

pytestmark = pytest.mark.slow


def _types(events, kind):
    return [e for e in events if e[0] == kind]


@pytest.mark.parametrize(
    ("text", "kind", "source", "target"),
    [
        ("Peru faced sharp criticism from Chile over the fishing rights.", "ACCUSE", "CHL", "PER"),
        (
            "Kazakhstan faced threats from Russian officials over the pipeline.",
            "THREATEN",
            "RUS",
            "KAZ",
        ),
        (
            "Norway faces growing threats from Russian warships near the islands.",
            "THREATEN",
            "RUS",
            "NOR",
        ),
    ],
)
def test_roles_from_phrase_names_the_doer(code_text, text, kind, source, target):
    (event,) = _types(code_text(text), kind)
    assert event[1] == [source] and event[2] == [target]


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        ("Peruvian officials stand accused of blocking aid shipments.", "PER"),
        ("Hungarian officials remain accused of spying on Ukraine.", "HUN"),
        ("Israeli soldiers stand accused of crossing into Egypt.", "ISR"),
    ],
)
def test_roles_stand_accused_reads_as_passive(code_text, text, accused):
    (accuse,) = _types(code_text(text), "ACCUSE")
    assert accuse[2] == [accused] and accused not in accuse[1]


def test_roles_accused_by_agent_is_the_source(code_text):
    (accuse,) = _types(
        code_text("Pakistan was accused by Israel of arming the militants."), "ACCUSE"
    )
    assert accuse[1] == ["ISR"] and accuse[2] == ["PAK"]


@pytest.mark.parametrize(
    ("text", "foreign"),
    [
        ("Vietnam encouraged firms to compete with Chinese suppliers.", "CHN"),
        ("The Kenyan government urged local traders to sell more goods to Ethiopia.", "ETH"),
        ("Chile asked its farmers to export more fruit to Brazil.", "BRA"),
    ],
)
def test_roles_request_target_is_the_one_asked(code_text, text, foreign):
    for request in _types(code_text(text), "REQUEST"):
        assert foreign not in request[2]


def test_roles_request_to_a_country_keeps_it(code_text):
    (request,) = _types(
        code_text("Kenyan officials urged Ethiopia to trade with Egypt."), "REQUEST"
    )
    assert request[2] == ["ETH"]


@pytest.mark.parametrize(
    ("first", "follow"),
    [
        (
            "Egypt, Jordan and Ethiopia met on Monday.",
            "The three nations accused Israel of violating the truce.",
        ),
        (
            "Colombia, Venezuela and Brazil held talks on Friday.",
            "The three governments accused Chad of ignoring the crisis.",
        ),
    ],
)
def test_roles_three_nations_are_the_parties_named_before(code_text, first, follow):
    (accuse,) = _types(code_text(f"{first} {follow}"), "ACCUSE")
    assert len(accuse[1]) == 3 and "" not in accuse[1]


@pytest.mark.parametrize(
    "text",
    [
        "Brazil pulled out front in the race for investment.",
        "Chile pulled ahead of Peru in the regional rankings.",
        "Norway pulled out ahead in the medal table.",
        "Chile and Peru have pulled way out front in the mining race.",
    ],
)
def test_roles_race_idiom_is_no_retreat(code_text, text):
    assert not _types(code_text(text), "RETREAT")


@pytest.mark.parametrize(
    "text",
    [
        "Russian troops pulled out of Ukraine on Monday.",
        "Egypt pulled back its troops from the border with Jordan.",
    ],
)
def test_roles_troop_pullout_is_still_retreat(code_text, text):
    assert _types(code_text(text), "RETREAT")


def test_roles_reduced_passive_noun_is_acted_upon(code_text):
    events = code_text("Hundreds of Peruvian fishermen detained by Chilean forces were freed.")
    detained = [e for e in events if e[0] == "COERCE"]
    assert detained and detained[0][1] == ["CHL"] and detained[0][2] == ["PER"]


def test_roles_misread_participle_after_a_root_noun_stays_active(code_text):
    events = code_text("An official Iranian newspaper called on Arabs to mobilize against Israel.")
    assert ("REQUEST", ["IRN"]) in [(e[0], e[1]) for e in events]
