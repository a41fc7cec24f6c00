from dyadscope.framing.verdicts import extract_verdicts


def test_verdicts_phrase_speaker_and_polarity(make_doc):
    text = (
        "Alpha Minister said that Russia-China relations are "
        "going through the best period in their history."
    )
    (v,) = extract_verdicts(make_doc(text, "2027-01-01"))
    assert v.phrase == "best period in their history"
    assert v.speaker is not None and v.speaker.name == "Alpha Minister"
    assert v.polarity > 0.5 and v.parties == ["CHN", "RUS"]


def test_verdicts_quote_marks_inside_phrase(make_doc):
    text = (
        "The ministry wrote that ties have entered a "
        "'new era' of partnership with China and Russia."
    )
    doc = make_doc(text.replace("The ministry", "the ministry"), "2027-01-01")
    phrases = [v.phrase for v in extract_verdicts(doc)]
    assert any(p.startswith("entered a new era") for p in phrases)


def test_verdicts_need_a_relationship_word(make_doc):
    text = "Gamma Envoy said the harvest in India was the best in their history."
    assert extract_verdicts(make_doc(text, "2027-01-01")) == []


def test_verdicts_negative_polarity(make_doc):
    text = (
        "Gamma Envoy said relations between India and China "
        "had sunk to their lowest point in decades."
    )
    (v,) = extract_verdicts(make_doc(text, "2027-01-01"))
    assert v.polarity < 0


def test_verdicts_speaker_from_previous_sentence(make_doc):
    text = (
        "Beta Premier spoke to reporters in Beijing. "
        "China and Russia enjoy an unprecedented level of trust in their partnership, he added."
    )
    (v,) = extract_verdicts(make_doc(text, "2027-01-01"))
    assert v.speaker is not None and v.speaker.name == "Beta Premier"
    assert v.phrase == "unprecedented level of trust"


def test_verdicts_highest_level_ever(make_doc):
    text = "Beta Premier said China-Russia ties are at the highest level they have ever reached."
    (v,) = extract_verdicts(make_doc(text, "2027-01-01"))
    assert v.phrase == "highest level they have ever reached" and v.polarity > 0.5
