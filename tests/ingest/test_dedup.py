from dyadscope.ingest.dedup import DedupIndex, content_hash
from dyadscope.records import Document

STORY = (
    "Officials from Ghana and Togo met in Accra on Monday to discuss border trade, customs posts "
    "and a new road link between Aflao and Lome. The delegations agreed to meet every quarter, "
    "to share data on cross-border traffic and to open a joint customs post before the end of "
    "the year, according to a statement released after the talks by the two foreign ministries."
)


def doc(doc_id: str, text: str) -> Document:
    return Document(doc_id=doc_id, text=text)


def test_content_hash_ignores_case_spacing_and_punctuation():
    assert content_hash("Hello,  World!") == content_hash("hello world")
    assert content_hash("hello world") != content_hash("hello there")


def test_check_and_add_flags_exact_copy():
    index = DedupIndex()
    assert index.check_and_add(doc("a", STORY)) is None
    assert index.check_and_add(doc("b", STORY.upper())) == "a"


def test_check_and_add_flags_near_copy():
    index = DedupIndex()
    index.check_and_add(doc("a", STORY))
    edited = STORY.replace("on Monday", "on Monday afternoon") + " (Reuters)"
    assert index.check_and_add(doc("b", edited)) == "a"


def test_check_and_add_keeps_different_story():
    index = DedupIndex()
    index.check_and_add(doc("a", STORY))
    other = "Farmers in Kenya planted more maize this season after heavy rains in the highlands."
    assert index.check_and_add(doc("b", other)) is None


def test_check_and_add_is_idempotent_and_stores_minhash():
    index = DedupIndex()
    first = doc("a", STORY)
    assert index.check_and_add(first) is None
    assert isinstance(first.annotations["minhash"], bytes)
    assert index.check_and_add(doc("a", STORY)) is None  # the same document again
    assert len(index) == 1


def test_from_rows_rebuilds_index():
    original = doc("a", STORY)
    DedupIndex().check_and_add(original)
    rows = [("a", original.content_hash, original.annotations["minhash"])]
    index = DedupIndex.from_rows(rows)
    assert index.check_and_add(doc("b", STORY + " Extra words at the end.")) == "a"
    assert index.check_and_add(doc("a", STORY)) is None


def test_from_rows_keeps_stored_duplicates_as_duplicates():
    original, copy = doc("a", STORY), doc("b", STORY)
    DedupIndex().check_and_add(original)
    DedupIndex().check_and_add(copy)
    rows = [(d.doc_id, d.content_hash, d.annotations["minhash"]) for d in (original, copy)]
    index = DedupIndex.from_rows(rows)
    assert index.check_and_add(doc("b", STORY)) == "a"


def test_many_documents_flush_to_arrays():
    index = DedupIndex()
    index._bands.flush_at = index._exact.flush_at = 50
    for n in range(120):
        text = f"Document number {n} about topic {n * 7} with words {n} {n + 1} {n + 2} and more."
        assert index.check_and_add(doc(f"d{n}", text)) is None
    assert (
        index.check_and_add(
            doc("copy", "Document number 42 about topic 294 with words 42 43 44 and more.")
        )
        == "d42"
    )
