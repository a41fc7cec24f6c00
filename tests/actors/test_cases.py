"""The team's table of (mention, date) → expected actor cases (tests/actors/data/cases.tsv)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from dyadscope.actors import Resolver
from dyadscope.records import Actor, Document

CASES = Path(__file__).parent / "data" / "cases.tsv"


def _load() -> list[dict[str, str]]:
    lines = [ln for ln in CASES.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def _find(doc: Document, mention: str):
    needle, _, nth = mention.partition("@")
    start = -1
    for _ in range(int(nth or 1)):
        start = doc.text.index(needle, start + 1)
    for m in doc.mentions:
        if m.start <= start < m.end:
            return m
    return None


def _actual(resolver: Resolver, case: dict[str, str]) -> tuple[str, Actor | None]:
    if case["mention"] == "=":
        actor = resolver.resolve(case["text"], case["date"])
        return ((actor.code if actor else None) or "NONE"), actor
    doc = resolver.resolve_document(Document("case", text=case["text"], published=case["date"]))
    mention = _find(doc, case["mention"])
    if mention is None:
        return "NONE", None
    if mention.label == "PLACE":
        return "PLACE:" + doc.annotations["places"][(mention.start, mention.end)], None
    return ((mention.actor.code if mention.actor else None) or "NONE"), mention.actor


def test_cases_table_is_large_enough():
    assert len(_load()) >= 60


@pytest.mark.parametrize("case", _load(), ids=lambda c: f"{c['text'][:40]}|{c['date']}")
def test_cases_resolve_as_expected(resolver: Resolver, case: dict[str, str]):
    code, actor = _actual(resolver, case)
    assert code == case["country"], actor
    for field in ("name", "role", "sector"):
        if case[field] != "*":
            assert actor is not None and getattr(actor, field) == case[field], (field, actor)
