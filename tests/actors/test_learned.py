"""People the KB lacks, placed by their own sentence (NER names given by hand)."""

from __future__ import annotations

from dyadscope.records import Document, Mention


def _person(resolver, text, name, date="2024-05-01"):
    start = text.index(name)
    ner = [Mention(start, start + len(name), name, "PERSON", 0)]
    doc = resolver.resolve_document(Document("t", text=text, published=date, mentions=ner))
    return next(m.actor for m in doc.mentions if m.start == start)


def test_placed_person_from_words_before_the_name(resolver):
    actor = _person(resolver, "Saudi women's rights campaigner Noura Qasim spoke.", "Noura Qasim")
    assert (actor.country, actor.sector, actor.role) == ("SAU", "CVL", "Women's Rights Campaigner")
    assert actor.reason.startswith("learned: placed by its sentence")


def test_placed_person_from_an_appositive(resolver):
    text = "Officials met Maria Ressa, 60, the Philippine journalist, on Monday."
    actor = _person(resolver, text, "Maria Ressa")
    assert (actor.country, actor.sector) == ("PHL", "MED")


def test_placed_person_needs_a_noun_for_a_person(resolver):
    actor = _person(resolver, "Kenya sentenced Ochieng Otieno on Friday.", "Ochieng Otieno")
    assert actor.country is None


def test_placed_person_ignores_a_place_in_an_earlier_sentence(resolver):
    text = "Talks were held in Nigeria. Economist Ada Obi Nwosu spoke."
    actor = _person(resolver, text, "Ada Obi Nwosu")
    assert actor.country is None or actor.reason.startswith("learned: title")


def _titled(resolver, text, name, date="2024-05-01"):
    """The actor of the mention covering `name` (the title before it joins the mention)."""
    start = text.index(name)
    ner = [Mention(start, start + len(name), name, "PERSON", 0)]
    doc = resolver.resolve_document(Document("t", text=text, published=date, mentions=ner))
    return next(m.actor for m in doc.mentions if m.start <= start < m.end)


def test_organisation_title_without_organisation_takes_no_country(resolver):
    text = "Chile and Peru sent aid to Chile's north. Secretary General Ana Duarte Solis spoke."
    actor = _titled(resolver, text, "Ana Duarte Solis")
    assert actor.country is None and actor.name == "Ana Duarte Solis"


def test_national_title_without_country_takes_the_document_country(resolver):
    text = "Chile held talks in Santiago with Chile's partners. Minister Ana Duarte Solis spoke."
    actor = _titled(resolver, text, "Ana Duarte Solis")
    assert actor.country == "CHL"
