"""Full names of a document indexed by surname (actors/names.py)."""

from __future__ import annotations

from dyadscope.actors.names import find_document_name, index_names, speaker_starts


def test_index_names_keeps_unknown_name_glued_to_kb_surname(kb):
    text = "Supporters of Jimmy Lai marched. Lai thanked them."
    index = index_names(text, kb.scan(text), kb)
    assert [(n.name, n.pid) for n in index["Lai"]] == [("Jimmy Lai", None)]


def test_index_names_ignores_title_before_surname(kb):
    text = "President Lai spoke in Taipei."
    assert "Lai" not in index_names(text, kb.scan(text), kb)


def test_find_document_name_prefers_earlier_then_same_paragraph(kb):
    text = "Lai spoke first, said Sebastien Lai.\nLai left."
    index = index_names(text, kb.scan(text), kb)
    assert find_document_name(index, text, "Lai", 0).name == "Sebastien Lai"
    assert find_document_name(index, text, "Lai", text.index("Lai left")).name == "Sebastien Lai"
    assert find_document_name(index, text, "Wu", 0) is None


def test_find_document_name_does_not_cross_paragraphs_forward(kb):
    text = "Lai spoke first.\nLater, said Sebastien Lai, it ended."
    index = index_names(text, kb.scan(text), kb)
    assert find_document_name(index, text, "Lai", 0) is None


def test_speaker_starts_finds_unknown_speakers_only(kb):
    text = '"It failed," said Maria Olsen. Sergei Lavrov said nothing.'
    spans = speaker_starts(text, kb.scan(text))
    assert [text[s:e] for s, e in spans] == ["Maria Olsen"]
