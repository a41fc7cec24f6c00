from dyadscope.coding.lexicon import EVENT_TYPES, load_lexicon
from dyadscope.nlp.cues import load_cues


def test_load_lexicon_every_type_has_triggers_and_a_plover_row():
    lexicon = load_lexicon()
    typed = {e.event_type for entries in lexicon.triggers.values() for e in entries}
    assert typed == set(EVENT_TYPES)
    for event_type in EVENT_TYPES:
        quad, intensity = lexicon.quad_and_intensity(event_type, None)
        assert quad and -10 <= intensity <= 10


def test_quad_and_intensity_uses_mode_rows():
    lexicon = load_lexicon()
    assert (
        lexicon.quad_and_intensity("CONSULT", "visit")[1]
        > lexicon.quad_and_intensity("CONSULT", "phone")[1]
    )
    assert lexicon.quad_and_intensity("ASSAULT", None)[0] == "material conflict"


def test_event_cues_cover_every_trigger():
    cues = load_cues()
    lexicon = load_lexicon()
    for (lemma, _pos), entries in lexicon.triggers.items():
        for entry in entries:
            needs = set(entry.needs)
            for pseudo in ("@goods", "@carrying"):  # stand for any aid good in the sentence
                if pseudo in needs:
                    needs = (needs - {pseudo}) | {sorted(lexicon.cues("aid_goods"))[0]}
            objects = [w for w in needs if not w.startswith("@")] or [""]
            for word in objects:  # the trigger with each word it may need
                assert cues.search(f"{lemma} {word}"), f"no cue for trigger {lemma} {word}"


def test_event_cues_are_whole_words():
    cues = load_cues()
    assert cues.search("Norway severed ties") and cues.search("they were banned")
    assert not cues.search("several people noted it, according to the committee")


def test_load_lexicon_word_lists_come_from_data_files():
    lexicon = load_lexicon()
    assert "meet" in lexicon.symmetric and "they" in lexicon.pronouns
    assert lexicon.preps["with"] == "partner" and lexicon.preps["against"] == "target"
    assert "protester" in lexicon.human_nouns
    assert lexicon.modality["agree"] == "refusal" and lexicon.modality["recall"] == "memory"
