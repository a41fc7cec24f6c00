"""Article text cut into annotated segments; snippets escaped before marking."""

from __future__ import annotations

from dyadscope.web.annotate import Span, document_spans, excerpt, segments, snippet_html

TEXT = "Wang Yi met Lavrov. <b>Bold</b> claims followed."


def test_segments_cover_the_text_once_with_nested_spans():
    spans = [Span(0, 19, "event", "CONSULT", "e1", "CONSULT"), Span(0, 7, "mention m-PERSON", "P")]
    parts = segments(TEXT, spans)
    assert "".join(p.text for p in parts) == TEXT
    assert parts[0].text == "Wang Yi" and parts[0].css == "event mention m-PERSON"
    assert parts[1].text == " met Lavrov." and parts[1].events == ["e1"]
    assert parts[-1].css == ""


def test_segments_of_a_window():
    parts = segments(TEXT, [Span(4, 30, "quote", "q")], window=(0, 10))
    assert "".join(p.text for p in parts) == TEXT[:10]


def test_document_spans_mark_the_selected_event():
    doc = {
        "events": [
            {"event_id": "e1", "fused_id": "f1", "event_type": "CONSULT", "source": [],
             "target": [], "evidence": {"start": 0, "end": 19, "sentence": TEXT[:19]}},
        ],
        "mentions": [
            {"start": 0, "end": 7, "label": "PERSON", "actor": {"name": "Wang Yi", "country": "CN"}}
        ],
    }  # fmt: skip
    spans = document_spans(doc, selected="f1")
    assert [s.kind for s in spans] == ["mention m-PERSON", "event sel"]
    assert spans[0].title == "PERSON: Wang Yi (CN)"


def test_excerpt_widens_to_sentences():
    text = "First sentence here. " * 60 + "The event. " + "After. " * 200
    start = text.index("The event.")
    lo, hi = excerpt(text, start, start + 10, context=100)
    assert start - 100 <= lo < start - 60
    assert text[lo:].startswith("First sentence")
    assert hi == start + 110


def test_snippet_html_escapes_then_marks():
    html = str(snippet_html("<script>x</script> \x02phone\x03 call"))
    assert html == "&lt;script&gt;x&lt;/script&gt; <mark>phone</mark> call"
