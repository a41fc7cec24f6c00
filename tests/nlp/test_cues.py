from dyadscope.nlp.cues import Cues, is_candidate, names_an_actor


def test_names_an_actor_capitalised_word_or_reference():
    assert names_an_actor("Iran threatened to close the strait.")
    assert names_an_actor("the talks ended after they walked out.")
    assert not names_an_actor("The number of attacks rose sharply last year.")


def test_is_candidate_needs_cue_and_actor():
    assert is_candidate("Norway expelled two diplomats.")
    assert not is_candidate("The number of attacks rose sharply last year.")
    assert not is_candidate("Norway is a country of fjords.")


def test_is_candidate_pair_cue_needs_verb_and_object():
    assert is_candidate("Norway held talks with Freedonia.")
    assert not is_candidate("Norway held a reception for Freedonia.")
    assert not is_candidate("Several Norwegians noted it, according to the committee.")


def test_is_candidate_reported_obligation():
    # "X said Y must ..." is a request whatever the verb of the act
    assert is_candidate("Norway said on Tuesday that Freedonia must return the helicopter.")


def test_pair_cue_needs_a_word_from_each_side_of_the_same_pair():
    pairs = (
        (frozenset({"held", "hold"}), frozenset({"talks"})),
        (frozenset({"signed"}), frozenset({"deal", "pact"})),
    )
    cues = Cues(frozenset(), None, pairs)
    assert cues.search("They held talks.")
    assert cues.search("They signed a pact.")
    assert not cues.search("They held a pact.")  # each half from a different pair
    assert not cues.search("They signed talks.")
