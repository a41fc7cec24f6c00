from dyadscope.coding.polarity import Polarity, reinterpret


def test_reinterpret_future_cooperation_is_an_announcement():
    assert reinterpret("CONSULT", Polarity(future=True)) == "AGREE"
    assert reinterpret("AID", Polarity(future=True)) == "AGREE"


def test_reinterpret_future_conflict_or_condition_is_a_threat():
    assert reinterpret("SANCTION", Polarity(future=True)) == "THREATEN"
    assert reinterpret("RETREAT", Polarity(future=True, conditional=True)) == "THREATEN"


def test_reinterpret_negation_hypotheticals_and_questions_drop_the_event():
    assert reinterpret("CONSULT", Polarity(negated=True)) is None
    assert reinterpret("ASSAULT", Polarity(hypothetical=True)) is None
    assert reinterpret("ACCUSE", Polarity(question=True)) is None


def test_reinterpret_negated_promise_is_a_refusal():
    assert reinterpret("AID", Polarity(negated=True, future=True)) == "REJECT"
    assert reinterpret("AGREE", Polarity(negated=True)) == "REJECT"


def test_reinterpret_plain_past_keeps_the_type():
    assert reinterpret("ACCUSE", Polarity()) == "ACCUSE"
