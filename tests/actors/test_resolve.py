"""Resolving phrases and whole documents."""

from __future__ import annotations

from dyadscope.actors import get_resolver, run
from dyadscope.actors.resolve import normalise_date
from dyadscope.config import Options
from dyadscope.records import Document, Mention, Sentence


def _doc(text, date="2024-05-01", mentions=()):
    return Document(
        "t",
        text=text,
        published=date,
        mentions=list(mentions),
        sentences=[Sentence(0, len(text), text)],
    )


def test_normalise_date_fills_coarse_dates():
    assert normalise_date("2024") == "2024-07-01"
    assert normalise_date("2024-03") == "2024-03-15"
    assert normalise_date("2020-12-22T10:00") == "2020-12-22"
    assert normalise_date(None) is None


def test_resolve_document_mentions_do_not_overlap(resolver):
    text = "Russian Foreign Minister Sergei Lavrov met Chinese Premier Li Qiang in Beijing."
    doc = resolver.resolve_document(_doc(text))
    spans = [(m.start, m.end) for m in doc.mentions]
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))
    assert doc.mentions[0].text == "Russian Foreign Minister Sergei Lavrov"


def test_resolve_document_keeps_ner_mentions_it_does_not_cover(resolver):
    text = "On Tuesday the Acme Widget Board met."
    ner = [Mention(3, 10, "Tuesday", "DATE", 0), Mention(15, 32, "Acme Widget Board", "ORG", 0)]
    doc = resolver.resolve_document(_doc(text, mentions=ner))
    assert [(m.text, m.label, m.actor) for m in doc.mentions] == [
        ("Tuesday", "DATE", None),
        ("Acme Widget Board", "ORG", None),
    ]


def test_resolve_document_learns_ner_person_from_title(resolver):
    text = "Kenyan Interior Minister Amos Kiprono spoke. Kiprono said more."
    ner = [Mention(25, 37, "Amos Kiprono", "PERSON", 0)]
    doc = resolver.resolve_document(_doc(text, mentions=ner))
    people = [m for m in doc.mentions if m.actor and m.actor.name == "Amos Kiprono"]
    assert len(people) == 2
    assert people[0].actor.country == "KEN"
    assert people[1].actor.reason.startswith("coreference")


def test_resolve_document_records_places(resolver):
    doc = resolver.resolve_document(_doc("The talks in Moscow ended."))
    place = next(m for m in doc.mentions if m.text == "Moscow")
    assert place.label == "PLACE" and place.actor is None
    assert doc.annotations["places"][(place.start, place.end)] == "RUS"


def test_resolve_reason_is_always_recorded(resolver):
    doc = resolver.resolve_document(_doc("President Xi met the Russian side in Moscow, he said."))
    assert all(m.actor.reason for m in doc.mentions if m.actor)


def test_run_stage_resolves_each_document_once_per_process():
    options = Options({"actors": {"extra_file": ""}})
    assert get_resolver(options) is get_resolver(options)
    docs = list(run([_doc("Putin spoke.", "2025-01-01")], options))
    assert docs[0].mentions[0].actor.name == "Vladimir Putin"


def test_run_stage_turns_a_failure_into_data():
    bad = Document("bad", text=None)  # type: ignore[arg-type]
    bad.mentions = None  # type: ignore[assignment]
    out = list(run([bad], Options({"actors": {"extra_file": ""}})))
    assert out[0].status == "failed" and out[0].error_code == "E199"


def test_resolve_document_reads_a_national_security_council(resolver):
    doc = resolver.resolve_document(_doc("Kenya's National Security Council met on Monday."))
    body = next(m for m in doc.mentions if "Security Council" in m.text)
    assert (body.actor.country, body.actor.sector, body.actor.igo) == ("KEN", "GOV", None)


def test_resolve_document_pronoun_skips_the_other_gender(resolver):
    text = "Ms. Ama Wanjiru met President William Ruto. She said the talks went well."
    ner = [Mention(4, 15, "Ama Wanjiru", "PERSON", 0)]
    doc = resolver.resolve_document(_doc(text, "2024-05-01", ner))
    she = next(m for m in doc.mentions if m.text == "She")
    assert she.actor.name == "Ama Wanjiru"
