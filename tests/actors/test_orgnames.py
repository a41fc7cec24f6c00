"""Organisations read from their own names (actors/orgnames.py)."""

from __future__ import annotations

from dyadscope.actors.orgnames import find_orgs


def _orgs(kb, text):
    return [(a.name, a.country, a.sector) for _, a in find_orgs(text, kb.scan(text))]


def test_find_orgs_takes_country_from_own_name(kb):
    assert _orgs(kb, "The Union of Kenyan Farmers marched.") == [
        ("Union of Kenyan Farmers", "KEN", "NGO")
    ]


def test_find_orgs_ignores_country_it_is_for(kb):
    assert _orgs(kb, "the Council for Peace in Sudan met") == [("Council for Peace", None, "NGO")]


def test_find_orgs_leaves_kb_names_alone(kb):
    assert _orgs(kb, "The European Union and the Soviet Union and the Security Council.") == []


def test_find_orgs_cue_word_sets_sector(kb):
    assert _orgs(kb, "the Iraqi Governing Council said") == [
        ("Iraqi Governing Council", "IRQ", "GOV")
    ]


def test_find_orgs_needs_more_than_the_head(kb):
    assert _orgs(kb, "The Forum ended. The Union said no.") == []
