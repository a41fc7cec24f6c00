import re

from dyadscope.coding.lexicon import EVENT_TYPES, load_lexicon
from dyadscope.data import read_lines


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
    cues = [c.lower() for c in read_lines("nlp/event_cues.txt")]
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, cues)) + ")", re.IGNORECASE)
    lexicon = load_lexicon()
    for (lemma, _pos), entries in lexicon.triggers.items():
        for entry in entries:
            words = [lemma, *entry.needs]
            assert any(pattern.match(w) for w in words), f"no cue for trigger {lemma} {entry.needs}"


def test_load_lexicon_word_lists_come_from_data_files():
    lexicon = load_lexicon()
    assert "meet" in lexicon.symmetric and "they" in lexicon.pronouns
    assert lexicon.preps["with"] == "partner" and lexicon.preps["against"] == "target"
    assert "protester" in lexicon.human_nouns
    assert lexicon.modality["agree"] == "refusal" and lexicon.modality["recall"] == "memory"
