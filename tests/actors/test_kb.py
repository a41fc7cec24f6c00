"""The knowledge base interface: offices at a date, places, candidates, user files."""

from __future__ import annotations

from dyadscope.actors import KnowledgeBase


def test_office_holders_on_handover_day_prefers_incoming(kb):
    holders = kb.office_holders("GBR", "HOG", "2022-10-25")
    assert kb.people[holders[0].person].name == "Rishi Sunak"


def test_office_holders_chinese_foreign_minister_2023(kb):
    assert [kb.people[t.person].name for t in kb.office_holders("CHN", "FM", "2023-05-01")] == [
        "Qin Gang"
    ]


def test_place_country_cities_and_capitals(kb):
    assert kb.place_country("Moscow") == "RUS"
    assert kb.place_country("Doha") == "QAT"
    assert kb.place_country("Tianjin") == "CHN"
    assert kb.place_country("Atlantis") is None


def test_country_name_for_states_and_igos(kb):
    assert kb.country_name("RUS") == "Russia"
    assert kb.country_name("IGO:UN") == "United Nations"
    assert kb.country_name("XXX") is None


def test_candidates_rank_office_holder_first(kb):
    found = kb.candidates("Li", "2024-05-01")
    assert found and found[0].prior >= found[-1].prior
    assert any(c.actor.name == "Li Qiang" and c.prior > 0.5 for c in found)


def test_candidates_for_unknown_text_is_empty(kb):
    assert kb.candidates("Nobody Atall", "2024-05-01") == []


def test_load_applies_user_yaml(tmp_path):
    extra = tmp_path / "actors.yaml"
    extra.write_text(
        "people:\n"
        "  - name: Jana Testova\n"
        "    country: CZE\n"
        "    terms:\n"
        "      - {country: CZE, office: FM, start: 2030-01-01}\n"
        "places:\n"
        "  - {name: Testville, country: CZE}\n",
        encoding="utf-8",
    )
    kb = KnowledgeBase.load([extra])
    holders = kb.office_holders("CZE", "FM", "2030-06-01")
    assert [kb.people[t.person].name for t in holders] == ["Jana Testova"]
    assert kb.place_country("Testville") == "CZE"
