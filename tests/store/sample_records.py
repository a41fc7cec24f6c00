"""Hand-built records for the store, API and dashboard tests (no spaCy, no shared data).

Four articles: two reports of one China-Russia phone call, a US-China sanctions story and
an article whose text carries markup that must be shown escaped; plus a failed input and a
duplicate.
"""

from __future__ import annotations

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


def _ev(doc_id: str, text: str, sentence: str) -> Evidence:
    start = text.index(sentence)
    return Evidence(sentence, start, start + len(sentence))


def _sentence(text: str, fragment: str) -> str:
    """The sentence of `text` that holds `fragment`."""
    at = text.index(fragment)
    start = text.rfind(". ", 0, at) + 2 if text.rfind(". ", 0, at) >= 0 else 0
    end = text.find(". ", at)
    return text[start : (end + 1 if end >= 0 else len(text))]


def _mention(text: str, fragment: str, label: str, actor: Actor | None) -> Mention:
    start = text.index(fragment)
    return Mention(start, start + len(fragment), fragment, label, 0, actor)


def document_a() -> Document:
    doc = Document("a.txt", TEXT_A, title="Wang Yi and Lavrov talk by phone", outlet="Xinhua")
    doc.published, doc.published_precision, doc.content_hash = "2024-05-15", "day", "hash-a"
    call = _ev("a.txt", TEXT_A, _sentence(TEXT_A, "phone call"))
    agree = _ev("a.txt", TEXT_A, _sentence(TEXT_A, "agreed to deepen"))
    sign = _ev("a.txt", TEXT_A, _sentence(TEXT_A, "Joint Communique"))
    doc.events = [
        Event(
            "a.txt",
            "CONSULT",
            [WANG, LAVROV],
            [],
            call,
            mode="phone",
            symmetric=True,
            date="2024-05-14",
            date_precision="day",
            confidence=0.9,
            quad_class="verbal cooperation",
            intensity=3.0,
            interstate=True,
            contexts=["diplomatic"],
            trigger="phone call",
        ),
        Event(
            "a.txt",
            "AGREE",
            [CHINA, RUSSIA],
            [],
            agree,
            symmetric=True,
            date="2024-05-14",
            date_precision="day",
            confidence=0.7,
            quad_class="verbal cooperation",
            intensity=4.0,
            interstate=True,
            contexts=["energy"],
            trigger="agreed",
        ),
        Event(
            "a.txt",
            "SUPPORT",
            [CHINA, RUSSIA],
            [],
            sign,
            symmetric=True,
            date="2024-05",
            date_precision="month",
            confidence=0.8,
            quad_class="verbal cooperation",
            intensity=5.0,
            interstate=True,
            contexts=["economic"],
            trigger="signed",
        ),
    ]
    doc.mentions = [
        _mention(TEXT_A, "Wang Yi", "PERSON", WANG),
        _mention(TEXT_A, "Sergey Lavrov", "PERSON", LAVROV),
        _mention(TEXT_A, "May 14, 2024", "DATE", None),
        _mention(TEXT_A, "China", "GPE", CHINA),
    ]
    quoted = "at their best level in history"
    start = TEXT_A.index(quoted)
    doc.quotes = [Quote("a.txt", quoted, start, start + len(quoted), LAVROV, "2024-05-14", "day")]
    doc.agreements = [
        Agreement(
            "a.txt",
            "Joint Communique on Investment Cooperation",
            ["CHN", "RUS"],
            "2024-05",
            "month",
            ["investment"],
            sign,
        )
    ]
    marked = _ev("a.txt", TEXT_A, _sentence(TEXT_A, "30th anniversary"))
    doc.milestones = [
        Milestone("a.txt", "strategic partnership", ["CHN", "RUS"], 30, 2026, 1996, marked)
    ]
    meeting = _ev("a.txt", TEXT_A, _sentence(TEXT_A, "29th regular"))
    doc.mechanisms = [
        Mechanism(
            "a.txt",
            "regular meeting of heads of government",
            ["CHN", "RUS"],
            29,
            "2024",
            "year",
            [],
            meeting,
        )
    ]
    said = _ev("a.txt", TEXT_A, _sentence(TEXT_A, quoted))
    doc.verdicts = [
        Verdict(
            "a.txt",
            "at their best level in history",
            LAVROV,
            ["CHN", "RUS"],
            "2024-05-14",
            "day",
            1.0,
            said,
        )
    ]
    return doc


def document_b() -> Document:
    doc = Document("b.txt", TEXT_B, title="Lavrov, Wang discuss Eurasia", outlet="TASS")
    doc.published, doc.published_precision, doc.content_hash = "2024-05-14", "day", "hash-b"
    call = _ev("b.txt", TEXT_B, _sentence(TEXT_B, "spoke by phone"))
    drill = _ev("b.txt", TEXT_B, _sentence(TEXT_B, "joint exercises"))
    doc.events = [
        Event(
            "b.txt",
            "CONSULT",
            [LAVROV, WANG],
            [],
            call,
            mode="phone",
            symmetric=True,
            date="2024-05-14",
            date_precision="day",
            confidence=0.85,
            quad_class="verbal cooperation",
            intensity=3.0,
            interstate=True,
        ),
        Event(
            "b.txt",
            "AGREE",
            [RUSSIA, SCO],
            [],
            drill,
            symmetric=True,
            date="2024-05-14",
            date_precision="day",
            confidence=0.6,
            quad_class="verbal cooperation",
            intensity=4.0,
            interstate=True,
            contexts=["military"],
        ),
    ]
    doc.mentions = [_mention(TEXT_B, "Sergey Lavrov", "PERSON", LAVROV)]
    return doc


def document_c() -> Document:
    doc = Document("c.txt", TEXT_C, title="US sanctions Chinese firms", outlet="VOA")
    doc.published, doc.published_precision, doc.content_hash = "2024-03-20", "day", "hash-c"
    sanction = _ev("c.txt", TEXT_C, _sentence(TEXT_C, "imposed sanctions"))
    condemn = _ev("c.txt", TEXT_C, _sentence(TEXT_C, "condemned"))
    doc.events = [
        Event(
            "c.txt",
            "SANCTION",
            [USA],
            [CHINA],
            sanction,
            date="2024-03",
            date_precision="month",
            confidence=0.9,
            quad_class="material conflict",
            intensity=-6.0,
            interstate=True,
            contexts=["trade"],
        ),
        Event(
            "c.txt",
            "ACCUSE",
            [CHINA],
            [USA],
            condemn,
            date="2024-03",
            date_precision="month",
            confidence=0.8,
            quad_class="verbal conflict",
            intensity=-4.0,
            interstate=True,
        ),
    ]
    return doc


def document_d() -> Document:
    doc = Document("d.html", TEXT_D, title="Talks <i>amid</i> tensions", outlet="Example")
    doc.published, doc.published_precision, doc.content_hash = "2023", "year", "hash-d"
    talks = _ev("d.html", TEXT_D, _sentence(TEXT_D, "held talks"))
    doc.events = [
        Event(
            "d.html",
            "CONSULT",
            [CHINA, RUSSIA],
            [],
            talks,
            symmetric=True,
            date="2023",
            date_precision="year",
            confidence=0.6,
            quad_class="verbal cooperation",
            intensity=1.0,
            interstate=True,
            contexts=["trade"],
        ),
    ]
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
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
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
            text = pattern.format(a=a.name, b=b.name, m=f"{MONTHS[month - 1]} {year}")
            doc_id = f"history/{stamp}-{j}.txt"
            doc = Document(doc_id, text, title=f"{a.name} and {b.name}, {stamp}", outlet="Wire")
            doc.published, doc.published_precision = f"{stamp}-15", "day"
            doc.content_hash = f"hash-{doc_id}"
            symmetric = quad.endswith("cooperation")
            doc.events = [
                Event(
                    doc_id,
                    etype,
                    [a, b] if symmetric else [a],
                    [] if symmetric else [b],
                    Evidence(text, 0, len(text)),
                    symmetric=symmetric,
                    date=f"{stamp}-{10 + j}",
                    date_precision="day",
                    confidence=0.7,
                    quad_class=quad,
                    intensity=intensity,
                    interstate=True,
                )
            ]
            docs.append(doc)
    return docs


def add_history(store) -> None:  # type: ignore[no-untyped-def]
    docs = history_documents()
    store.write_documents(docs)
    store.write_coded(docs)
    store.refresh_fusion()
