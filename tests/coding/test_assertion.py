"""Mentions that are not asserted events, on hand-built documents (harness in test_coder.py)."""

import pytest
from test_coder import coded

pytestmark = pytest.mark.slow


def types(text: str) -> list[str]:
    events, _ = coded(text)
    return [t for t, _, _ in events]


def test_headline_glued_to_a_sentence_is_not_an_event():
    assert "SUPPORT" not in types("U.S. support crucial Lavrov, speaking Sunday, dismissed fears.")


def test_reason_noun_with_a_possessor_is_not_an_event():
    assert "REJECT" not in types("Norway punished Freedonia for its refusal to pay the debt.")


def test_name_given_to_talks_is_not_another_event():
    events, _ = coded("Norway urged both parties to resume the talks, known as the Oslo process.")
    assert [t for t, _, _ in events].count("CONSULT") == 0


def test_continued_support_is_support_not_an_announcement():
    assert "SUPPORT" in types("Norway will continue to stand with Freedonia.")
    assert "AGREE" not in types("Norway will continue to stand with Freedonia.")


def test_passive_in_a_time_clause_keeps_its_own_subject():
    _, doc = coded(
        "Norway condemned the crackdown, as Freedonian protesters were killed on Friday."
    )
    killed = [e for e in doc.events if e.event_type == "ASSAULT"]
    assert all("NOR" not in {a.country for a in e.source} for e in killed)


def test_doer_through_a_preposition():
    _, doc = coded("Freedonian youths resorted to throwing stones at the police.")
    protest = next(e for e in doc.events if e.event_type == "PROTEST")
    assert [a.country for a in protest.source] == ["FRD"]


def test_remark_in_a_relative_clause_gives_no_stance():
    text = "One of the things Lavrov said was that Norway must stop bullying Freedonia."
    assert "ACCUSE" not in types(text)


def test_alleged_act_is_no_report(code_text):
    assert not code_text("Iranian officials allegedly offered to pay Egypt for the land.")


def test_private_visitors_are_no_consultation(code_text):
    assert not code_text("Thousands of Chinese tourists visited Vietnam on Monday.")


def test_event_noun_as_a_topic_is_no_report(code_text):
    events = code_text("The Egypt-Jordan panel will focus on threats from Iran.")
    assert not [e for e in events if e[0] == "THREATEN"]


def test_weighed_sanction_is_a_threat(code_text):
    events = code_text("Egypt is considering suspending flights from Jordan.")
    assert [(e[0], e[1], e[2]) for e in events] == [("THREATEN", ["EGY"], ["JOR"])]


def test_act_beside_a_verb_of_judging_is_no_wish(code_text):
    events = code_text("Egypt considers the talks a good step and urged Ethiopia to sign the deal.")
    assert ("REQUEST", ["EGY"], ["ETH"]) in [(e[0], e[1], e[2]) for e in events]


def test_is_sports_report_needs_two_signals():
    from dyadscope.coding.assertion import is_sports_report
    from dyadscope.coding.lexicon import load_lexicon

    lexicon = load_lexicon()
    assert is_sports_report("Norway beat Sweden 2-1 in Tuesday's friendly.", lexicon)
    assert is_sports_report("The coach praised the squad after the match.", lexicon)
    assert not is_sports_report("The House voted 368-7 to condemn the attack.", lexicon)
    assert not is_sports_report("Norway sent a team of doctors to Chile.", lexicon)


def test_noun_weighed_or_prepared_is_no_act():
    events, _ = coded("Norway is weighing new sanctions on Russia.")
    assert not [e for e in events if e[0] == "SANCTION"]
