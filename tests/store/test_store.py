"""The store on SQLite and PostgreSQL: migrations, idempotent writes, crash safety, fusion
ids, queries and full-text search."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sample_records import all_documents, coded_documents, document_a, fill_store

from dyadscope.records import Document
from dyadscope.store import EventQuery, QueryError, open_store
from dyadscope.store import schema as t


def test_open_store_migrates_to_head(store):
    with store.engine.connect() as c:
        assert MigrationContext.configure(c).get_current_revision() == "0002"


def _not_fts(name, kind, *_args) -> bool:
    # The full-text index is built by hand in the migration (FTS5 tables, a GIN index).
    return not (name or "").startswith(("documents_fts", "ix_documents_fts"))


def test_schema_matches_migrations(store):
    with store.engine.connect() as c:
        context = MigrationContext.configure(c, opts={"include_name": _not_fts})
        diff = compare_metadata(context, t.metadata)
    assert diff == []


def test_open_store_twice_keeps_data(store, store_url):
    store.write_documents([document_a()])
    again = open_store(store_url)
    assert again.list_documents(None, 10, None).total == 1
    again.close()


def test_write_documents_is_idempotent(store):
    first = store.write_documents(all_documents())
    assert first["new"] == 6 and first["failed"] == 1 and first["duplicate"] == 1
    second = store.write_documents(all_documents())
    assert second["unchanged"] == 6 and second["new"] == 0
    changed = document_a()
    changed.text, changed.content_hash = changed.text + " More.", "hash-a2"
    third = store.write_documents([changed])
    assert third["updated"] == 1
    assert store.get_document("a.txt")["text"].endswith("More.")


def test_write_documents_keeps_failed_reason_and_duplicate_link(store):
    store.write_documents(all_documents())
    failed = store.list_documents("failed", 10, None).items
    assert [d["error_code"] for d in failed] == ["E102"]
    assert failed[0]["error"].startswith("E102")
    duplicate = store.list_documents("duplicate", 10, None).items
    assert duplicate[0]["duplicate_of"] == "a.txt"


def test_dedup_rows_give_minhash_bytes(store):
    doc = document_a()
    doc.annotations["minhash"] = b"\x01\x02\x03"
    store.write_documents([doc, *all_documents()[1:]])
    rows = {doc_id: (h, m) for doc_id, h, m in store.dedup_rows()}
    assert rows["a.txt"] == ("hash-a", b"\x01\x02\x03")
    assert "broken.bin" not in rows and "a-copy.txt" not in rows


def test_documents_to_code_yields_only_uncoded_usable_documents(store):
    store.write_documents(all_documents())
    batches = list(store.documents_to_code(batch_size=3))
    ids = [d.doc_id for batch in batches for d in batch]
    assert ids == ["a.txt", "b.txt", "c.txt", "d.html"]
    assert isinstance(batches[0][0], Document) and batches[0][0].text.startswith("Chinese")
    store.write_coded([d for d in coded_documents() if d.doc_id == "a.txt"])
    assert [d.doc_id for b in store.documents_to_code() for d in b] == ["b.txt", "c.txt", "d.html"]


def _count(store, table) -> int:
    with store.engine.connect() as c:
        return c.execute(sa.select(sa.func.count()).select_from(table)).scalar_one()


def test_write_coded_twice_leaves_no_duplicates(store):
    store.write_documents(all_documents())
    store.write_coded(coded_documents())
    counts = [
        _count(store, x) for x in (t.events, t.event_dyads, t.mentions, t.quotes, t.agreements)
    ]
    store.write_coded(coded_documents())
    assert [
        _count(store, x) for x in (t.events, t.event_dyads, t.mentions, t.quotes, t.agreements)
    ] == counts
    assert counts[0] == 8


def test_crash_mid_batch_loses_nothing_committed(store, monkeypatch):
    store.write_documents(all_documents())
    docs = {d.doc_id: d for d in coded_documents()}
    batches = list(store.documents_to_code(batch_size=2))
    store.write_coded([docs[d.doc_id] for d in batches[0]])

    def crash(*_args):
        raise RuntimeError("power cut")

    monkeypatch.setattr(type(store), "_mark_coded", crash)
    with pytest.raises(RuntimeError):
        store.write_coded([docs[d.doc_id] for d in batches[1]])
    monkeypatch.undo()
    assert _count(store, t.events) == 5  # a.txt and b.txt only: the failed batch rolled back
    rest = [d.doc_id for b in store.documents_to_code() for d in b]
    assert rest == ["c.txt", "d.html"]
    store.write_coded([docs[i] for i in rest])
    assert _count(store, t.events) == 8
    assert list(store.documents_to_code()) == []


def test_refresh_fusion_keeps_fused_ids_stable(store):
    store.write_documents(all_documents()[:3])
    for batch in store.documents_to_code():
        store.write_coded([d for d in coded_documents() if d.doc_id in {x.doc_id for x in batch}])
    store.refresh_fusion()
    before = {r.event_id: r.fused_id for r in _members(store)}
    assert not store.fusion_stale()
    store.write_documents(all_documents())
    store.write_coded([coded_documents()[3]])
    assert store.fusion_stale()
    store.refresh_fusion()
    after = {r.event_id: r.fused_id for r in _members(store)}
    assert all(after[e] == f for e, f in before.items())
    assert len(after) == 8


def _members(store):
    with store.engine.connect() as c:
        return list(c.execute(sa.select(t.fused_members)))


@pytest.fixture
def filled(store):
    fill_store(store)
    return store


def _types(page) -> list[str]:
    return sorted(e["event_type"] for e in page.items)


def test_list_events_filters(filled):
    both = EventQuery(dyad="CHN-RUS")
    assert {e["event_type"] for e in filled.list_events(both, fused=False).items} == {
        "CONSULT",
        "AGREE",
        "SUPPORT",
    }
    assert _types(filled.list_events(EventQuery(types=("SANCTION",)), fused=False)) == ["SANCTION"]
    march = EventQuery(since="2024-03-01", until="2024-03-31")
    assert _types(filled.list_events(march, fused=False)) == ["ACCUSE", "SANCTION"]
    assert filled.list_events(EventQuery(country="USA"), fused=False).total == 2
    assert filled.list_events(EventQuery(actor="lavrov"), fused=False).total == 2
    assert filled.list_events(EventQuery(q="joint exercises"), fused=False).total == 1
    conflict = EventQuery(quad_class="material conflict")
    assert _types(filled.list_events(conflict, fused=False)) == ["SANCTION"]
    assert filled.list_events(EventQuery(dyad="IGO:SCO-RUS"), fused=False).total == 1


def test_list_events_pages_cover_everything_once(filled):
    seen, cursor = [], None
    while True:
        page = filled.list_events(EventQuery(), fused=False, sort="date", limit=3, cursor=cursor)
        seen += [e["event_id"] for e in page.items]
        if not page.next:
            break
        cursor = page.next
    assert len(seen) == len(set(seen)) == page.total == 8


def test_list_events_rejects_a_cursor_of_another_sort(filled):
    page = filled.list_events(EventQuery(), fused=False, sort="date", limit=2)
    with pytest.raises(QueryError):
        filled.list_events(EventQuery(), fused=False, sort="confidence", limit=2, cursor=page.next)
    with pytest.raises(QueryError):
        filled.list_events(EventQuery(), fused=False, limit=2, cursor="not-a-cursor")


def test_fused_events_carry_sources(filled):
    page = filled.list_events(EventQuery(dyad="CHN-RUS", types=("CONSULT",)), fused=True)
    for item in page.items:
        assert item["fused_id"] and item["source_count"] == len(item["doc_ids"])
    members = [filled.member_events(i["fused_id"]) for i in page.items]
    assert sum(len(m) for m in members) == 3  # two reports of the call + the 2023 talks


def test_get_document_returns_every_annotation(filled):
    doc = filled.get_document("a.txt")
    assert len(doc["events"]) == 3 and len(doc["mentions"]) == 4
    assert doc["quotes"][0]["speaker"]["name"] == "Sergey Lavrov"
    assert doc["agreements"][0]["title"] == "Joint Communique on Investment Cooperation"
    assert doc["milestones"][0]["base_year"] == 1996
    assert doc["verdicts"][0]["phrase"] == "at their best level in history"
    assert doc["mechanisms"][0]["ordinal"] == 29
    assert all(e["fused_id"] for e in doc["events"])
    assert filled.get_document("nope") is None


def test_registries_filter_by_dyad(filled):
    assert filled.list_registry("agreements", ("CHN", "RUS"), None, 10, None).total == 1
    assert filled.list_registry("agreements", ("CHN", "USA"), None, 10, None).total == 0
    assert filled.list_registry("quotes", ("RUS", "CHN"), None, 10, None).total == 1
    assert filled.list_registry("verdicts", None, "a.txt", 10, None).total == 1


def test_search_finds_words_and_phrases(filled):
    page = filled.search_documents("communique", 10, None)
    assert [i["doc_id"] for i in page.items] == ["a.txt"]  # the duplicate is left out
    assert "\x02" in page.items[0]["snippet"]
    assert filled.search_documents('"joint exercises"', 10, None).total == 1
    assert filled.search_documents("sanctions bullying", 10, None).total == 1
    assert filled.search_documents('AND OR NOT ( "', 10, None).total == 0


def test_search_without_words_is_a_usage_error(filled):
    with pytest.raises(QueryError):
        filled.search_documents("  ()  ", 10, None)


def test_summaries_count_dyads_and_actors(filled):
    dyads = {d["dyad"]: d for d in filled.dyad_summaries()}
    assert set(dyads) == {"CHN-RUS", "CHN-USA", "IGO:SCO-RUS"}
    assert dyads["CHN-USA"]["quad_counts"]["material conflict"] == 1
    actors = {a["actor_id"]: a for a in filled.actor_summaries(dyad="CHN-RUS")}
    assert actors["Q-lavrov"]["role"] == "Foreign Minister"
    edges = filled.actor_edges(list(actors), "CHN-RUS")
    assert {"source": "Q-lavrov", "target": "Q-wangyi"} in [
        {k: e[k] for k in ("source", "target")} for e in edges
    ]
    assert filled.counts()["documents_failed"] == 1


def test_index_events_are_slim_and_dated(filled):
    events = filled.index_events("CHN-RUS", "2024-01-01", "2024-12-31")
    assert events and all(e["date"].startswith("2024") for e in events)
    assert set(filled.coverage_by_day("CHN-RUS")) >= {"2024-05-14"}
