"""Each kind of bad input fails alone, with a coded one-line reason; the run goes on."""

import gzip
import json
import os
import random
import shutil

import pytest

from dyadscope import ingest
from dyadscope.ingest.readers import files, reader_for

GOOD_TEXT = (
    "Ports deal signed in Mombasa\n\n"
    "Kenya and Tanzania signed an agreement on Tuesday to share data on cargo handled at their "
    "ports, officials in Mombasa said after two days of talks.\n\n"
    "The agreement covers customs checks, rail links to the interior and joint training.\n"
)


LATIN1_TEXT = (
    "Accord agricole signé à Dakar\n\n"
    "Le Sénégal et le Maroc ont signé mardi à Dakar trois accords de coopération agricole, "
    "a annoncé le ministère sénégalais de l'Agriculture à l'issue de la réunion.\n\n"
    "Les deux pays créeront une commission mixte chargée du suivi des projets communs.\n"
)


def record(n: int) -> str:
    text = GOOD_TEXT.replace("Tuesday", f"day {n}").replace("Mombasa said", f"Mombasa said ({n})")
    return json.dumps(
        {"id": f"rec-{n}", "title": f"Story {n}", "text": text, "date": "2024-05-0" + str(n)}
    )


@pytest.fixture
def mixed_folder(tmp_path, data_dir):
    folder = tmp_path / "inputs"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD_TEXT, encoding="utf-8")
    shutil.copy(data_dir / "html" / "port_deal.html", folder / "good.html")
    (folder / "latin1.txt").write_bytes(LATIN1_TEXT.encode("cp1252"))
    lines = [
        record(1),
        '{"id": "broken", "text": "no closing',
        record(2),
        '{"id": "notext", "x": 1}',
        record(3),
    ]
    (folder / "records.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    rng = random.Random(5)
    (folder / "garbled.txt").write_bytes(bytes(rng.randrange(0x80, 0x100) for _ in range(4000)))
    whole = gzip.compress(GOOD_TEXT.encode() * 50)
    (folder / "truncated.txt.gz").write_bytes(whole[: len(whole) // 2])
    with (folder / "huge.txt").open("wb") as f:
        f.truncate(200 * 1024 * 1024)  # sparse: 200 MB on paper, nothing on disk
    (folder / "locked.txt").write_text(GOOD_TEXT, encoding="utf-8")
    return folder


@pytest.fixture
def locked_file(mixed_folder, monkeypatch):
    path = mixed_folder / "locked.txt"
    if os.geteuid() != 0:
        path.chmod(0)
        return path
    real_open = files.open_binary  # root reads anything: simulate the refusal at the OS call

    def refusing_open(p):
        if p.name == "locked.txt":
            raise files.InputError("E106", detail=os.strerror(13))
        return real_open(p)

    monkeypatch.setattr(files, "open_binary", refusing_open)
    return path


def test_run_fails_each_bad_input_and_keeps_the_good(mixed_folder, locked_file, options):
    docs = {d.doc_id: d for d in ingest.run([mixed_folder], options)}
    expected_failures = {
        "empty.txt": "E101",
        "binary.txt": "E102",
        "garbled.txt": "E103",
        "records.jsonl#2": "E104",
        "huge.txt": "E105",
        "locked.txt": "E106",
        "truncated.txt.gz": "E107",
        "notext": "E109",
    }
    for doc_id, code in expected_failures.items():
        doc = docs[doc_id]
        assert (doc.status, doc.error_code) == ("failed", code), doc_id
        assert doc.error.startswith(code) and "\n" not in doc.error
        assert doc.source_path.startswith(str(mixed_folder))
    good = ["good.txt", "good.html", "latin1.txt", "rec-1", "rec-2", "rec-3"]
    for doc_id in good:
        assert docs[doc_id].status == "ok", (doc_id, docs[doc_id].error)
        assert docs[doc_id].text
    assert docs["latin1.txt"].title == "Accord agricole signé à Dakar"
    assert len(docs) == len(expected_failures) + len(good)


def test_huge_file_is_refused_without_reading(tmp_path, options, monkeypatch):
    path = tmp_path / "huge.html"
    with path.open("wb") as f:
        f.truncate(300 * 1024 * 1024)
    monkeypatch.setattr(files, "open_binary", lambda p: pytest.fail("opened a file over the limit"))
    [doc] = ingest.run([path], options)
    assert doc.error_code == "E105" and "300 MB" in doc.error


def test_jsonl_line_over_limit_fails_alone(tmp_path, options):
    options = options.replace(**{"ingest.max_file_mb": 0.01})
    path = tmp_path / "big.jsonl"
    long_line = json.dumps({"id": "long", "text": "word " * 10000})
    path.write_text("\n".join([record(1), long_line, record(2)]) + "\n", encoding="utf-8")
    docs = list(ingest.run([path], options))
    assert [(d.doc_id, d.status) for d in docs] == [
        ("rec-1", "ok"), ("big.jsonl#2", "failed"), ("rec-2", "ok"),
    ]  # fmt: skip
    assert docs[1].error_code == "E105"


def test_truncated_jsonl_gz_keeps_lines_before_the_cut(tmp_path, options):
    lines = "\n".join(record(n % 9 + 1).replace("rec-", f"r{n}-") for n in range(300)) + "\n"
    whole = gzip.compress(lines.encode())
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(whole[: int(len(whole) * 0.7)])
    docs = list(ingest.run([path], options))
    assert docs[-1].status == "failed" and docs[-1].error_code == "E107"
    assert docs[0].status in ("ok", "duplicate") and len(docs) > 2


def test_json_array_and_pretty_object(tmp_path, options):
    (tmp_path / "array.json").write_text(json.dumps([json.loads(record(1))]), encoding="utf-8")
    (tmp_path / "one.json").write_text(
        json.dumps(json.loads(record(2)), indent=2), encoding="utf-8"
    )
    docs = {d.doc_id: d for d in ingest.run([tmp_path], options)}
    assert docs["rec-1"].status == "ok" and docs["rec-2"].status == "ok"
    assert docs["rec-1"].published == "2024-05-01" and docs["rec-1"].title == "Story 1"


def test_warc_records_become_documents(tmp_path, data_dir, options):
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    html = (data_dir / "html" / "port_deal.html").read_bytes()
    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for uri, body, ctype in [
            ("https://example.org/a", html, "text/html; charset=utf-8"),
            ("https://example.org/logo.png", b"\x89PNG....", "image/png"),
        ]:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            rec = writer.create_warc_record(
                uri, "response", payload=BytesIO(body), http_headers=headers
            )
            writer.write_record(rec)
    docs = list(ingest.run([path], options))
    assert [d.doc_id for d in docs] == ["https://example.org/a"]
    assert docs[0].status == "ok" and "Suez Canal" in docs[0].text


def test_corrupt_warc_fails_with_reason(tmp_path, options):
    path = tmp_path / "bad.warc"
    path.write_bytes(b"this is not a web archive at all\r\n\r\n" * 3)
    docs = list(ingest.run([path], options))
    assert docs[-1].status == "failed" and docs[-1].error_code == "E110"


def test_feed_entries_become_documents(tmp_path, options):
    body = "<p>" + GOOD_TEXT.split("\n\n")[1] + "</p><p>" + GOOD_TEXT.split("\n\n")[2] + "</p>"
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Example Wire</title>'
        "<item><title>Ports deal signed</title><link>https://example.org/ports</link>"
        "<pubDate>Tue, 02 Jan 2024 10:00:00 GMT</pubDate>"
        f"<description><![CDATA[{body}]]></description></item></channel></rss>"
    )
    path = tmp_path / "wire.rss"
    path.write_text(feed, encoding="utf-8")
    [doc] = ingest.run([path], options)
    assert (doc.doc_id, doc.status, doc.title) == (
        "https://example.org/ports",
        "ok",
        "Ports deal signed",
    )
    assert doc.published == "2024-01-02T10:00:00Z" and doc.outlet == "Example Wire"
    assert "cargo handled" in doc.text


def test_malformed_feed_fails(tmp_path, options):
    path = tmp_path / "broken.rss"
    path.write_text("<html><body>not a feed</body>", encoding="utf-8")
    [doc] = ingest.run([path], options)
    assert doc.error_code == "E111"


def test_reader_for_looks_through_gz():
    from pathlib import Path

    assert reader_for(Path("a.txt.gz")) is reader_for(Path("a.txt"))
    assert reader_for(Path("a.warc.gz")) is reader_for(Path("a.warc"))
    assert reader_for(Path("a.docx")) is None


def test_feed_plain_text_summary_becomes_document(tmp_path, options):
    # A short summary without markup: trafilatura refuses it, its text is still the article.
    summary = " ".join(GOOD_TEXT.split("\n\n")[1:]).replace("\n", " ")
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Example Wire</title>'
        "<item><title>Ports deal signed</title><link>https://example.org/ports</link>"
        f"<description>{summary}</description></item></channel></rss>"
    )
    path = tmp_path / "wire.rss"
    path.write_text(feed, encoding="utf-8")
    [doc] = ingest.run([path], options)
    assert doc.status == "ok", doc.error
    assert "cargo handled" in doc.text


def test_jsonl_html_field_with_one_paragraph_is_read(tmp_path, options):
    paragraph = GOOD_TEXT.split("\n\n")[1].replace("\n", " ")
    line = json.dumps({"id": "h1", "html": f"<p>{paragraph}</p>", "date": "2024-05-01"})
    path = tmp_path / "pages.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    [doc] = ingest.run([path], options)
    assert doc.status == "ok", doc.error
    assert doc.text.startswith("Kenya and Tanzania")


def test_empty_jsonl_fails_as_empty_input(tmp_path, options):
    path = tmp_path / "nothing.jsonl"
    path.write_text("\n\n", encoding="utf-8")
    [doc] = ingest.run([path], options)
    assert (doc.doc_id, doc.status, doc.error_code) == ("nothing.jsonl", "failed", "E101")


def test_warc_without_pages_says_so(tmp_path, options):
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "images.warc"
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=False)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        rec = writer.create_warc_record(
            "https://example.org/logo.png", "response", payload=BytesIO(b"\x89PNG"),
            http_headers=headers,
        )  # fmt: skip
        writer.write_record(rec)
    [doc] = ingest.run([path], options)
    assert (doc.status, doc.error_code) == ("failed", "E110")
    assert "no HTML or text page" in doc.error


def test_file_just_over_limit_names_its_size_with_a_decimal(tmp_path, options):
    options = options.replace(**{"ingest.max_file_mb": 1})
    path = tmp_path / "big.txt"
    path.write_text(GOOD_TEXT * (1250 * 1024 // len(GOOD_TEXT)), encoding="utf-8")
    [doc] = ingest.run([path], options)
    assert doc.error_code == "E105" and "1.2 MB exceeds" in doc.error
