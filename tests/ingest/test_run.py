import json

from dyadscope import ingest
from dyadscope.ingest.dedup import DedupIndex

STORY = (
    "Mongolia and Kazakhstan signed an agreement on Thursday to open a direct air route between "
    "Ulaanbaatar and Astana, the two foreign ministries said in a joint statement.\n\n"
    "Flights will start in the spring, and the two governments will also simplify visas for "
    "business travellers, according to the statement.\n"
)


def page(title: str, story: str = STORY) -> str:
    return f"Menu\n\n{title}\n\nShare\n\n{story}\nCopyright 2024 Example. All rights reserved.\n"


def test_run_names_documents_by_relative_path(tmp_path, options):
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text(page("Air route opens"), encoding="utf-8")
    (tmp_path / "sub" / "b.txt").write_text(
        page("Visas eased", STORY.replace("spring", "autumn") + "More."), encoding="utf-8"
    )
    (tmp_path / "notes.md").write_text("not an input type", encoding="utf-8")
    ids = [d.doc_id for d in ingest.run([tmp_path], options)]
    assert ids == ["a.txt", "sub/b.txt"]
    assert [d.doc_id for d in ingest.run([tmp_path / "sub" / "b.txt"], options)] == ["b.txt"]
    assert [d.doc_id for d in ingest.run([str(tmp_path / "**" / "*.txt")], options)] == [
        "a.txt",
        "sub/b.txt",
    ]


def test_run_reports_missing_and_unsupported_inputs(tmp_path, options):
    (tmp_path / "notes.md").write_text("x", encoding="utf-8")
    docs = list(ingest.run([tmp_path / "nothing.txt", tmp_path / "notes.md"], options))
    assert [(d.status, d.error_code) for d in docs] == [("failed", "E001"), ("failed", "E112")]


def test_run_is_idempotent(tmp_path, options):
    (tmp_path / "a.txt").write_text(page("Air route opens"), encoding="utf-8")
    records = [{"id": "j1", "text": page("Other", STORY.replace("Thursday", "Friday") + "Again.")}]
    (tmp_path / "b.jsonl").write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    first = [(d.doc_id, d.content_hash, d.status) for d in ingest.run([tmp_path], options)]
    second = [(d.doc_id, d.content_hash, d.status) for d in ingest.run([tmp_path], options)]
    assert first == second
    assert all(h for _, h, _ in first)


def test_run_marks_duplicates_and_keeps_their_text(tmp_path, options):
    (tmp_path / "a.txt").write_text(page("Air route opens"), encoding="utf-8")
    (tmp_path / "b.txt").write_text(page("Air route opens (update)"), encoding="utf-8")
    docs = list(ingest.run([tmp_path], options))
    assert [d.status for d in docs] == ["ok", "duplicate"]
    assert docs[1].duplicate_of == "a.txt" and docs[1].text == docs[0].text


def test_run_against_a_store_index_is_stable(tmp_path, options):
    (tmp_path / "a.txt").write_text(page("Air route opens"), encoding="utf-8")
    (tmp_path / "b.txt").write_text(page("Air route opens (update)"), encoding="utf-8")
    stored = list(ingest.run([tmp_path], options))
    rows = [(d.doc_id, d.content_hash, d.annotations.get("minhash")) for d in stored]
    again = list(ingest.run([tmp_path], options, dedup=DedupIndex.from_rows(rows)))
    assert [(d.status, d.duplicate_of) for d in again] == [("ok", None), ("duplicate", "a.txt")]


def test_run_learns_lines_an_outlet_repeats(tmp_path, options):
    footer = "Example Gazette is published daily by the Example Media Group of the city."
    lines = []
    for n in range(8):
        story = (
            STORY.replace("Thursday", f"day {n}").replace("spring", f"season {n}") + f"Note {n}."
        )
        text = page(f"Story number {n}", story) + footer + "\n"
        lines.append(
            json.dumps({"id": f"s{n}", "url": f"https://gazette.example/{n}", "text": text})
        )
    (tmp_path / "feed.jsonl").write_text("\n".join(lines), encoding="utf-8")
    docs = list(ingest.run([tmp_path / "feed.jsonl"], options))
    assert all(d.status == "ok" for d in docs)
    assert all("Example Media Group" not in d.text for d in docs)


def test_from_text_cleans_text_and_html(options):
    doc = ingest.from_text(
        page("Air route opens"), doc_id="t1", published="2024-03-07", options=options
    )
    assert (doc.status, doc.title, doc.published, doc.published_precision) == (
        "ok",
        "Air route opens",
        "2024-03-07",
        "day",
    )
    assert "Share" not in doc.text and doc.content_hash and doc.raw is None
    html = (
        "<html><body><article><h1>Air route opens</h1>"
        + "".join(f"<p>{p}</p>" for p in STORY.split("\n\n"))
        + "</article></body></html>"
    )
    doc = ingest.from_text(
        html, doc_id="t2", url="https://news.example/2024/03/07/air", options=options
    )
    assert doc.status == "ok" and "Ulaanbaatar" in doc.text and "<p>" not in doc.text
    assert doc.published == "2024-03-07"


def test_from_text_fails_empty_and_contentless(options):
    assert ingest.from_text("  \n", doc_id="e", options=options).error_code == "E101"
    assert ingest.from_text("Menu\nShare\nHome", doc_id="m", options=options).error_code == "E108"
