"""The bundled actor tables: complete, well-formed, consistent."""

from __future__ import annotations

import re

from dyadscope.actors.tables import fold, read_tables, slug

ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def test_read_tables_covers_un_members_and_territories():
    tables = read_tables()
    codes = {c.code for c in tables.countries}
    assert len(codes) >= 195
    assert {"CHN", "RUS", "USA", "TWN", "PSE", "VAT", "XKX"} <= codes


def test_read_tables_terms_are_well_formed():
    tables = read_tables()
    codes = {c.code for c in tables.countries} | {f"IGO:{i.acronym}" for i in tables.igos}
    for person in tables.people.values():
        for term in person.terms:
            assert term.country in codes, term
            assert ISO_DATE.match(term.start), term
            assert not term.end or (ISO_DATE.match(term.end) and term.start <= term.end), term


def test_read_tables_people_rows_name_people_with_terms():
    tables = read_tables()
    assert all(p.terms for p in tables.people.values()), [
        p.name for p in tables.people.values() if not p.terms
    ]


def test_fold_strips_diacritics():
    assert fold("Recep Tayyip Erdoğan") == "Recep Tayyip Erdogan"
    assert fold("Đurić") == "Duric"
    assert slug("Sergei Lavrov") == "sergei-lavrov"
