"""The bundled sample corpus that `dyadscope demo` runs on: shipped, complete, consistent.

Fast checks on the files only (no spaCy): counts per format, the manifest against the
folder, the JSON Lines fields, publication dates carried in the pages, and the demo's
intended near-copy.
"""

from __future__ import annotations

import json
import re
import tomllib
from datetime import datetime
from html.parser import HTMLParser
from importlib.resources import files
from pathlib import Path

import pytest

SAMPLE = files("dyadscope") / "sample"
NOT_DOCUMENTS = {"README.md", "MANIFEST.tsv"}
WIRE = "wire.jsonl"
REQUIRED_FIELDS = ("id", "url", "title", "outlet", "author", "published", "text")
PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"


def _read(name: str) -> str:
    return (SAMPLE / name).read_text(encoding="utf-8")


def _manifest_rows() -> list[dict[str, str]]:
    lines = [line for line in _read("MANIFEST.tsv").splitlines() if line and line[0] != "#"]
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"), strict=True)) for line in lines[1:]]


def _wire_records() -> list[dict]:
    return [json.loads(line) for line in _read(WIRE).splitlines() if line.strip()]


def _document_files() -> list[str]:
    return sorted(p.name for p in SAMPLE.iterdir() if p.is_file() and p.name not in NOT_DOCUMENTS)


class _MetaAndParagraphs(HTMLParser):
    """Collects <meta property=...> contents and the text of <p> elements."""

    def __init__(self) -> None:
        super().__init__()
        self.meta: dict[str, str] = {}
        self.paragraphs: list[str] = []
        self._in_p = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "meta" and found.get("property"):
            self.meta[found["property"]] = found.get("content") or ""
        elif tag == "p":
            self._in_p = True
            self.paragraphs.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "p":
            self._in_p = False

    def handle_data(self, data: str) -> None:
        if self._in_p:
            self.paragraphs[-1] += data


def _parse_html(name: str) -> _MetaAndParagraphs:
    parser = _MetaAndParagraphs()
    parser.feed(_read(name))
    return parser


def _shingles(text: str, size: int = 5) -> set[tuple[str, ...]]:
    words = re.findall(r"[a-z0-9]+", text.lower())
    return {tuple(words[i : i + size]) for i in range(len(words) - size + 1)}


def test_sample_folder_ships_with_package():
    assert SAMPLE.is_dir()
    assert (SAMPLE / "README.md").is_file()
    assert "synthetic" in _read("README.md").lower()


def test_sample_package_data_covers_sample_files():
    if not PYPROJECT.is_file():
        pytest.skip("pyproject.toml not found next to the tests (installed package)")
    config = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))
    package_dir = PYPROJECT.parent / "src" / "dyadscope"
    shipped: set[Path] = set()
    for pattern in config["tool"]["setuptools"]["package-data"]["dyadscope"]:
        shipped.update(package_dir.glob(pattern))
    for name in [*_document_files(), *NOT_DOCUMENTS]:
        assert package_dir / "sample" / name in shipped, name


def test_sample_file_counts_per_format():
    names = _document_files()
    suffixes = [Path(name).suffix for name in names]
    assert suffixes.count(".txt") == 8
    assert suffixes.count(".html") == 6
    assert names.count(WIRE) == 1 and suffixes.count(".jsonl") == 1
    assert len(_wire_records()) == 8
    assert len(names) == 15  # nothing else lies in the folder the demo reads


def test_sample_manifest_lists_every_document_and_only_those():
    listed = [row["file"] for row in _manifest_rows()]
    assert len(listed) == len(set(listed))
    expected = {name for name in _document_files() if name != WIRE}
    expected |= {f"{WIRE}#{record['id']}" for record in _wire_records()}
    assert set(listed) == expected


def test_sample_manifest_formats_match_files():
    for row in _manifest_rows():
        suffix = Path(row["file"].split("#")[0]).suffix.lstrip(".")
        assert row["format"] == suffix, row["file"]


def test_sample_manifest_covers_pairs_and_years():
    rows = _manifest_rows()
    pairs = {row["pair"] for row in rows if not row["pair"].startswith("domestic:")}
    years = {row["published"][:4] for row in rows if row["published"] != "undated"}
    assert len(pairs) >= 4
    assert "CHN-RUS" in pairs
    assert len(years) >= 3
    assert any(row["pair"].startswith("domestic:") for row in rows)
    assert any(row["published"] == "undated" for row in rows)


def test_sample_jsonl_records_have_required_fields():
    records = _wire_records()
    for record in records:
        for field in REQUIRED_FIELDS:
            assert isinstance(record.get(field), str) and record[field].strip(), field
        assert datetime.fromisoformat(record["published"]).tzinfo is not None
        assert 150 <= len(record["text"].split()) <= 450, record["id"]
    assert len({record["id"] for record in records}) == len(records)


def test_sample_html_pages_carry_metadata_and_body():
    for name in (n for n in _document_files() if n.endswith(".html")):
        page = _parse_html(name)
        assert page.meta.get("og:title") and page.meta.get("og:site_name"), name
        datetime.fromisoformat(page.meta["article:published_time"])
        words = sum(len(text.split()) for text in page.paragraphs)
        assert 150 <= words <= 600, (name, words)


def _page_dates(row: dict[str, str]) -> set[str]:
    """The publication dates (YYYY-MM-DD) written in the document a manifest row names."""
    name, _, record_id = row["file"].partition("#")
    if record_id:
        record = next(r for r in _wire_records() if r["id"] == record_id)
        return {record["published"][:10]}
    if name.endswith(".html"):
        return {_parse_html(name).meta["article:published_time"][:10]}
    text = _read(name)
    found = set(re.findall(r"\b(20\d\d-\d\d-\d\d)\b", text))
    found |= {f"{y}-{m}-{d}" for d, m, y in re.findall(r"\b(\d\d)\.(\d\d)\.(20\d\d)\b", text)}
    return found


def test_sample_published_dates_are_carried_in_the_pages():
    for row in _manifest_rows():
        expected = set() if row["published"] == "undated" else {row["published"]}
        assert _page_dates(row) == expected, row["file"]


def test_sample_wire_near_copy_resembles_one_page_only():
    records = {record["id"]: record for record in _wire_records()}
    copy = _shingles(records["cw-20240516-0412"]["text"])
    source = _shingles(_read("2024-05-16_eurasia-ledger_putin-beijing-state-visit.txt"))
    other_page = _parse_html("2024-05-17_meridian-post_xi-putin-talks.html")
    other = _shingles(" ".join(other_page.paragraphs))
    assert len(copy & source) / len(copy) >= 0.8
    assert len(copy & other) / len(copy) <= 0.2
