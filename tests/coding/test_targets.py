"""Who an event is aimed at, on hand-built documents (harness in test_coder.py)."""

import pytest
from test_coder import build, coded

from dyadscope.coding import code_document
from dyadscope.config import load_options
from dyadscope.records import Actor, Mention

pytestmark = pytest.mark.slow


def roles(doc, event_type):
    event = next(e for e in doc.events if e.event_type == event_type)
    return [a.country for a in event.source], [a.country for a in event.target]


def with_place(text: str, name: str, code: str):
    """A document where `name` is a place of country `code`, not an actor."""
    doc = build(text)
    start = doc.text.index(name)
    doc.mentions = [m for m in doc.mentions if m.text != name]
    doc.mentions.append(Mention(start, start + len(name), name, "PLACE", 0, None))
    doc.annotations["places"] = {(start, start + len(name)): code}
    return doc


def test_fallback_target_reads_a_clause_under_the_source_noun():
    _, doc = coded("Freedonian rebels issued a statement demanding that Norway free the prisoners.")
    assert roles(doc, "REQUEST") == (["FRD"], ["NOR"])


def test_fallback_target_for_a_joint_source_of_a_directed_event():
    _, doc = coded("China and Russia threatened to retaliate against Norway.")
    assert "NOR" in roles(doc, "THREATEN")[1]


def test_fallback_target_skips_time_phrases():
    _, doc = coded("Norway demanded a ceasefire before allowing Chinese aid convoys.")
    assert "CHN" not in roles(doc, "REQUEST")[1]


def test_fallback_target_accusation_aims_at_the_doer_of_the_deed():
    _, doc = coded(
        "Norway is investigating crimes by Freedonian soldiers against Chinese villagers."
    )
    assert roles(doc, "ACCUSE") == (["NOR"], ["FRD"])


def test_fallback_target_group_named_by_its_place():
    doc = with_place("Freedonia demanded a truce with the militias in Norway.", "Norway", "NOR")
    assert roles(code_document(doc, load_options()), "REQUEST") == (["FRD"], ["NOR"])


def test_fallback_target_where_an_organisation_acts():
    doc = with_place("The agency will send food aid to refugees in Norway.", "Norway", "NOR")
    start = doc.text.index("agency")
    un = Actor(name="agency", actor_id="un", country="IGO", igo="UN", kind="organisation")
    doc.mentions.append(Mention(start, start + 6, "agency", "ORG", 0, un))
    doc = code_document(doc, load_options())
    assert roles(doc, "AGREE")[1] == ["NOR"]


def test_domestic_target_when_no_other_party_is_named():
    _, doc = coded("The Freedonian president declined to resign.")
    assert roles(doc, "REJECT") == (["FRD"], ["FRD"])


def test_beneficiary_of_a_request_is_not_its_target():
    _, doc = coded("The U.S. called for Lavrov's immediate release.")
    assert "RUS" not in {c for e in doc.events for c in e.countries()}


def test_obligation_of_another_actor_of_the_same_country_is_a_request():
    _, doc = coded("Freedonian rebels said Freedonia's president must step down.")
    assert roles(doc, "REQUEST") == (["FRD"], ["FRD"])
