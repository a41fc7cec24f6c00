"""What a sentence takes from earlier in its document: authors of acts pointed back to,
people named before, the document's other party."""

import pytest
from test_coder import build

from dyadscope.coding import code_document
from dyadscope.coding.anaphora import DocumentMemory
from dyadscope.config import load_options
from dyadscope.records import Actor, Mention

pytestmark = pytest.mark.slow


def _events(doc):
    doc = code_document(doc, load_options())
    return [(e.event_type, sorted(e.countries()), e.date) for e in doc.events]


def _add_mention(doc, text: str, code: str, kind: str = "person") -> None:
    start = doc.text.index(text)
    index = next(i for i, s in enumerate(doc.sentences) if s.start <= start < s.end)
    actor = Actor(name=text, actor_id=f"{code}-{text}", country=code, kind=kind)
    doc.mentions.append(Mention(start, start + len(text), text, "ACTOR", index, actor))


def test_object_author_rejected_resolution_takes_its_author_from_the_document():
    doc = build(
        "Norway's parliament adopted a resolution on Monday condemning the arrests. "
        "On Tuesday, Russia rejected the resolution as biased."
    )
    found = _events(doc)
    assert ("REJECT", ["NOR", "RUS"], "2026-01-20") in found


def test_object_author_needs_a_definite_object():
    doc = build(
        "Norway's parliament adopted a resolution on Monday condemning the arrests. "
        "On Tuesday, Russia rejected a resolution on fishing quotas."
    )
    assert not any(t == "REJECT" and "NOR" in c for t, c, _ in _events(doc))


def test_object_author_same_country_author_stays_domestic():
    doc = build(
        "Russia made a proposal on Monday to reopen the border. "
        "On Tuesday, Lavrov rejected the proposal."
    )
    assert not any(t == "REJECT" and c != ["RUS"] for t, c, _ in _events(doc))


def test_earlier_actor_definite_description_names_the_speaker():
    doc = build(
        "A Freedonian government spokesperson spoke on Monday. "
        "The arrests are an example of how Russia uses vague laws to suppress dissent, "
        "the spokesperson said on Tuesday."
    )
    _add_mention(doc, "A Freedonian government spokesperson", "FRD")
    assert ("ACCUSE", ["FRD", "RUS"], "2026-01-20") in _events(doc)


def test_earlier_actor_definite_noun_inside_an_earlier_description():
    doc = build(
        "A Freedonian foreign ministry spokesperson spoke on Monday. "
        "The ministry summoned the Russian ambassador on Tuesday."
    )
    _add_mention(doc, "A Freedonian foreign ministry spokesperson", "FRD")
    assert any(t == "ACCUSE" and c == ["FRD", "RUS"] for t, c, _ in _events(doc))


def test_partner_request_about_an_agreement_goes_to_the_other_party():
    doc = build(
        "Norway and Russia signed the Oslo accord in 2019. "
        "Norway accused Russia of delays on Monday. "
        "On Tuesday, Norway urged that all parts of the Oslo accord be implemented."
    )
    assert ("REQUEST", ["NOR", "RUS"], "2026-01-20") in _events(doc)


def test_partner_foreign_request_goes_to_the_country_the_document_is_about():
    doc = build(
        "Freedonia held elections on Sunday. Freedonia counted the votes on Monday. "
        "Freedonia's opposition protested in the capital. "
        "On Tuesday, Norway's parliament voted 300-7, urging a full investigation of "
        "irregularities in the January 18 vote."
    )
    assert ("REQUEST", ["FRD", "NOR"], "2026-01-20") in _events(doc)


def test_document_memory_focus_needs_a_clear_lead():
    norway = Actor(name="Norway", actor_id="NOR", country="NOR", kind="state")
    russia = Actor(name="Russia", actor_id="RUS", country="RUS", kind="state")
    mentions = [Mention(i, i + 1, "x", "ACTOR", 0, a) for i, a in enumerate([norway] * 3)]
    assert DocumentMemory(mentions, None).focus() == norway
    tied = mentions + [Mention(9 + i, 10 + i, "y", "ACTOR", 0, russia) for i in range(3)]
    assert DocumentMemory(tied, None).focus() is None


def test_carried_date_undated_remark_continues_a_dated_statement():
    doc = build(
        "It issued a statement on Monday criticising the fishing ban. "
        "Norway said it was ready to support Russia in the talks."
    )
    found = _events(doc)
    assert ("AGREE", ["NOR", "RUS"], "2026-01-19") in found


def test_carried_date_needs_a_statement_before():
    doc = build(
        "It rained heavily on Monday in the capital. "
        "Norway said it was ready to support Russia in the talks."
    )
    assert ("AGREE", ["NOR", "RUS"], "2026-01-21") in _events(doc)


def test_unnamed_body_and_institution_adjective_take_the_document_countries():
    doc = build(
        "The U.S. Congress passed a bill on Freedonia on Monday. "
        "Freedonia protested. Freedonia recalled an envoy. "
        "On Wednesday, lawmakers voted in the lower house, decrying the congressional move "
        "as interference in Freedonia's affairs."
    )
    _add_mention(doc, "The U.S. Congress", "USA", "organisation")
    assert ("ACCUSE", ["FRD", "USA"], "2026-01-21") in _events(doc)


def test_welcoming_the_meeting_praises_those_who_met():
    doc = build(
        "Norway's prime minister met Russia's president on Saturday. "
        "A Freedonian spokesperson welcomed the meeting on Sunday."
    )
    _add_mention(doc, "A Freedonian spokesperson", "FRD")
    assert any(t == "SUPPORT" and set(c) == {"FRD", "NOR", "RUS"} for t, c, _ in _events(doc))
