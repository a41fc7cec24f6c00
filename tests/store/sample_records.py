"""Hand-built records for the store, API and dashboard tests (no spaCy, no shared data).

Four articles: two reports of one China-Russia phone call, a US-China sanctions story and
an article whose text carries markup that must be shown escaped; plus a failed input and a
duplicate.
"""

from __future__ import annotations

from dyadscope.ingest.dates import MONTH_NAMES
from dyadscope.records import (
    Actor,
    Agreement,
    Document,
    Event,
    Evidence,
    Mechanism,
    Mention,
    Milestone,
    Quote,
    Verdict,
)

WANG = Actor("Wang Yi", "Q-wangyi", "CHN", "GOV", "Foreign Minister", text="Wang Yi", kind="person")
LAVROV = Actor(
    "Sergey Lavrov", "Q-lavrov", "RUS", "GOV", "Foreign Minister", text="Lavrov", kind="person"
)
CHINA = Actor("China", "CHN", "CHN", "GOV", text="China")
RUSSIA = Actor("Russia", "RUS", "RUS", "GOV", text="Russia")
USA = Actor("United States", "USA", "USA", "GOV", text="The United States")
SCO = Actor("Shanghai Cooperation Organisation", "SCO", "IGO", "IGO", igo="SCO", text="SCO")

TEXT_A = (
    "Chinese Foreign Minister Wang Yi held a phone call with Russian Foreign Minister "
    "Sergey Lavrov on May 14, 2024. The two sides agreed to deepen cooperation in energy. "
    'Lavrov said relations were "at their best level in history". '
    "China and Russia signed a Joint Communique on Investment Cooperation. "
    "The ministers marked the 30th anniversary of the strategic partnership. "
    "They prepared the 29th regular meeting of heads of government."
)
TEXT_B = (
    "Sergey Lavrov and Wang Yi spoke by phone on May 14, discussing the situation in "
    "Eurasia and the coming SCO summit. Russia and the SCO agreed to hold joint exercises."
)
TEXT_C = (
    "The United States imposed sanctions on Chinese companies in March 2024. "
    "China condemned the sanctions as bullying and urged Washington to change course."
)
TEXT_D = (
    "Editors note: <script>alert('x')</script> & <b>bold</b> tags appear in this page. "
    "China and Russia held talks on trade in 2023 amid <i>new</i> tensions."
)


PRECISION = {4: "year", 7: "month", 10: "day"}  # by the length of an ISO date
VERBAL_COOPERATION = "verbal cooperation"


def _sentence(text: str, fragment: str) -> str:
    """The sentence of `text` that holds `fragment`."""
    at = text.index(fragment)
    start = text.rfind(". ", 0, at) + 2 if text.rfind(". ", 0, at) >= 0 else 0
    end = text.find(". ", at)
    return text[start : (end + 1 if end >= 0 else len(text))]


def _evidence(text: str, fragment: str) -> Evidence:
    """The sentence holding `fragment`, with its offsets in `text`."""
    sentence = _sentence(text, fragment)
    start = text.index(sentence)
    return Evidence(sentence, start, start + len(sentence))


def _mention(text: str, fragment: str, label: str, actor: Actor | None) -> Mention:
    start = text.index(fragment)
    return Mention(start, start + len(fragment), fragment, label, 0, actor)


def _document(
    doc_id: str, text: str, title: str, outlet: str, published: str, content_hash: str
) -> Document:
    doc = Document(doc_id, text, title=title, outlet=outlet)
    doc.published, doc.published_precision = published, PRECISION[len(published)]
    doc.content_hash = content_hash
    return doc


def _event(
    doc: Document,
    event_type: str,
    actors: tuple[list[Actor], list[Actor]],
    fragment: str,
    date: str,
    coded: tuple[str, float, float],
    **extra: object,
) -> None:
    """Add an interstate event of `doc`: `actors` is (source, target), `coded` is
    (quad class, intensity, confidence); its evidence is the sentence holding `fragment`,
    it is symmetric when it has no target, and the date's length gives its precision."""
    (source, target), (quad, intensity, confidence) = actors, coded
    doc.events.append(
        Event(
            doc.doc_id,
            event_type,
            source,
            target,
            _evidence(doc.text, fragment),
            symmetric=not target,
            date=date,
            date_precision=PRECISION[len(date)],
            confidence=confidence,
            quad_class=quad,
            intensity=intensity,
            interstate=True,
            **extra,
        )
    )


def document_a() -> Document:
    doc = _document(
        "a.txt", TEXT_A, "Wang Yi and Lavrov talk by phone", "Xinhua", "2024-05-15", "hash-a"
    )
    _event(doc, "CONSULT", ([WANG, LAVROV], []), "phone call", "2024-05-14",
           (VERBAL_COOPERATION, 3.0, 0.9), mode="phone", contexts=["diplomatic"],
           trigger="phone call")  # fmt: skip
    _event(doc, "AGREE", ([CHINA, RUSSIA], []), "agreed to deepen", "2024-05-14",
           (VERBAL_COOPERATION, 4.0, 0.7), contexts=["energy"], trigger="agreed")  # fmt: skip
    _event(doc, "SUPPORT", ([CHINA, RUSSIA], []), "Joint Communique", "2024-05",
           (VERBAL_COOPERATION, 5.0, 0.8), contexts=["economic"], trigger="signed")  # fmt: skip
    doc.mentions = [
        _mention(TEXT_A, "Wang Yi", "PERSON", WANG),
        _mention(TEXT_A, "Sergey Lavrov", "PERSON", LAVROV),
        _mention(TEXT_A, "May 14, 2024", "DATE", None),
        _mention(TEXT_A, "China", "GPE", CHINA),
    ]
    quoted = "at their best level in history"
    start = TEXT_A.index(quoted)
    doc.quotes = [Quote("a.txt", quoted, start, start + len(quoted), LAVROV, "2024-05-14", "day")]
    sign = _evidence(TEXT_A, "Joint Communique")
    doc.agreements = [
        Agreement("a.txt", "Joint Communique on Investment Cooperation", ["CHN", "RUS"],
                  "2024-05", "month", ["investment"], sign)
    ]  # fmt: skip
    marked = _evidence(TEXT_A, "30th anniversary")
    doc.milestones = [
        Milestone("a.txt", "strategic partnership", ["CHN", "RUS"], 30, 2026, 1996, marked)
    ]
    meeting = _evidence(TEXT_A, "29th regular")
    doc.mechanisms = [
        Mechanism("a.txt", "regular meeting of heads of government", ["CHN", "RUS"], 29,
                  "2024", "year", [], meeting)
    ]  # fmt: skip
    said = _evidence(TEXT_A, quoted)
    doc.verdicts = [
        Verdict("a.txt", quoted, LAVROV, ["CHN", "RUS"], "2024-05-14", "day", 1.0, said)
    ]
    return doc


def document_b() -> Document:
    doc = _document("b.txt", TEXT_B, "Lavrov, Wang discuss Eurasia", "TASS", "2024-05-14", "hash-b")
    _event(doc, "CONSULT", ([LAVROV, WANG], []), "spoke by phone", "2024-05-14",
           (VERBAL_COOPERATION, 3.0, 0.85), mode="phone")  # fmt: skip
    _event(doc, "AGREE", ([RUSSIA, SCO], []), "joint exercises", "2024-05-14",
           (VERBAL_COOPERATION, 4.0, 0.6), contexts=["military"])  # fmt: skip
    doc.mentions = [_mention(TEXT_B, "Sergey Lavrov", "PERSON", LAVROV)]
    return doc


def document_c() -> Document:
    doc = _document("c.txt", TEXT_C, "US sanctions Chinese firms", "VOA", "2024-03-20", "hash-c")
    _event(doc, "SANCTION", ([USA], [CHINA]), "imposed sanctions", "2024-03",
           ("material conflict", -6.0, 0.9), contexts=["trade"])  # fmt: skip
    _event(doc, "ACCUSE", ([CHINA], [USA]), "condemned", "2024-03",
           ("verbal conflict", -4.0, 0.8))  # fmt: skip
    return doc


def document_d() -> Document:
    doc = _document("d.html", TEXT_D, "Talks <i>amid</i> tensions", "Example", "2023", "hash-d")
    _event(doc, "CONSULT", ([CHINA, RUSSIA], []), "held talks", "2023",
           (VERBAL_COOPERATION, 1.0, 0.6), contexts=["trade"])  # fmt: skip
    return doc


def failed_document() -> Document:
    doc = Document("broken.bin", "", source_path="broken.bin")
    return doc.fail("E102", "E102 binary content, not text (NUL bytes)")


def duplicate_document() -> Document:
    doc = Document("a-copy.txt", TEXT_A, title="Wang Yi and Lavrov talk by phone")
    doc.status, doc.duplicate_of, doc.content_hash = "duplicate", "a.txt", "hash-a"
    return doc


def coded_documents() -> list[Document]:
    return [document_a(), document_b(), document_c(), document_d()]


def all_documents() -> list[Document]:
    return [*coded_documents(), failed_document(), duplicate_document()]


def fill_store(store) -> None:  # type: ignore[no-untyped-def]
    """Ingest, code and fuse the sample the way the pipeline does."""
    docs = all_documents()
    store.write_documents(docs)
    for batch in store.documents_to_code(batch_size=2):
        by_id = {d.doc_id: d for d in coded_documents()}
        store.write_coded([by_id[d.doc_id] for d in batch])
    store.refresh_fusion()


HISTORY_TYPES = [
    ("CONSULT", "verbal cooperation", 3.0, "{a} and {b} held talks in {m}."),
    ("AGREE", "verbal cooperation", 4.0, "{a} and {b} agreed to expand trade in {m}."),
    ("COOPERATE", "material cooperation", 6.0, "{a} and {b} held joint naval drills in {m}."),
    ("ACCUSE", "verbal conflict", -3.0, "{a} criticised {b} over tariffs in {m}."),
    ("SANCTION", "material conflict", -7.0, "{a} imposed sanctions on firms from {b} in {m}."),
]
HISTORY_PAIRS = [(CHINA, RUSSIA), (CHINA, RUSSIA), (USA, CHINA), (RUSSIA, SCO)]
UKRAINE = Actor("Ukraine", "UKR", "UKR", "GOV", text="Ukraine")


def history_documents(months: int = 30) -> list[Document]:
    """One small article per month and pair, types cycling so the index moves."""
    docs = []
    for i in range(months):
        year, month = 2022 + i // 12, i % 12 + 1
        stamp = f"{year}-{month:02d}"
        for j, (a, b) in enumerate([*HISTORY_PAIRS, (RUSSIA, UKRAINE)]):
            kind = (i + j * 2) % len(HISTORY_TYPES) if j != 4 else 4 - (i % 2)
            etype, quad, intensity, pattern = HISTORY_TYPES[kind]
            if (a, b) == (CHINA, RUSSIA) and etype in ("SANCTION", "ACCUSE") and i % 3:
                etype, quad, intensity, pattern = HISTORY_TYPES[i % 3]
            text = pattern.format(
                a=a.name, b=b.name, m=f"{MONTH_NAMES[month - 1].capitalize()} {year}"
            )
            doc_id = f"history/{stamp}-{j}.txt"
            title = f"{a.name} and {b.name}, {stamp}"
            doc = _document(doc_id, text, title, "Wire", f"{stamp}-15", f"hash-{doc_id}")
            symmetric = quad.endswith("cooperation")
            actors = ([a, b], []) if symmetric else ([a], [b])
            _event(doc, etype, actors, text, f"{stamp}-{10 + j}", (quad, intensity, 0.7))
            docs.append(doc)
    return docs


def add_history(store) -> None:  # type: ignore[no-untyped-def]
    docs = history_documents()
    store.write_documents(docs)
    store.write_coded(docs)
    store.refresh_fusion()
