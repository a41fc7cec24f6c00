"""Scanning text for knowledge-base surface forms."""

from __future__ import annotations


def _spans(kb, text):
    return [(text[h.start : h.end], sorted(h.kinds())) for h in kb.scan(text)]


def test_scan_respects_word_boundaries(kb):
    spans = [s for s, _ in _spans(kb, "Chinatown and Russians")]
    assert "China" not in spans
    assert "Russians" in spans


def test_scan_prefers_longest_match(kb):
    spans = [s for s, _ in _spans(kb, "in the South China Sea")]
    assert spans == ["South China Sea"]


def test_scan_splits_hyphenated_compounds(kb):
    assert [s for s, _ in _spans(kb, "Sino-Russian and Russia-China ties")] == [
        "Sino",
        "Russian",
        "Russia",
        "China",
    ]


def test_scan_prefix_needs_hyphen(kb):
    assert _spans(kb, "Sino relations") == []


def test_scan_matches_role_words_case_insensitively(kb):
    kinds = dict(_spans(kb, "The Foreign Minister and the foreign minister"))
    assert kinds["Foreign Minister"] == ["role"]
    assert kinds["foreign minister"] == ["role"]


def test_scan_finds_transliterations_and_folded_names(kb):
    spans = [s for s, _ in _spans(kb, "Sergey Lavrov met Tayyip Erdogan and Volodymyr Zelenskyy")]
    assert spans[0] == "Sergey Lavrov"
    assert "Tayyip Erdogan" in spans
    assert "Volodymyr Zelenskyy" in spans


def test_name_particles_match_in_either_case():
    from dyadscope.actors.gazetteer import particle_variants

    assert "Anna Von der Berg" in particle_variants("Anna von der Berg")
    assert particle_variants("Anna Berg") == ["Anna Berg"]


def test_scan_skips_a_model_number_that_starts_like_an_acronym():
    from dyadscope.actors.gazetteer import _model_number

    assert _model_number("PAC-3 interceptors", 3)
    assert not _model_number("PAC members", 3)
