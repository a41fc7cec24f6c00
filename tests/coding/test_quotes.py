from datetime import date

from dyadscope.coding.quotes import extract_quotes
from dyadscope.records import Actor, Document, Mention, Sentence


def test_extract_quotes_finds_speaker_next_to_said():
    text = 'Lavrov said: "Our cooperation with Beijing has never been stronger than today."'
    lavrov = Actor(name="Sergei Lavrov", actor_id="lavrov", country="RUS", kind="person")
    doc = Document(
        doc_id="q",
        text=text,
        sentences=[Sentence(0, len(text), text)],
        mentions=[Mention(0, 6, "Lavrov", "PERSON", 0, lavrov)],
    )
    quotes = extract_quotes(doc, date(2026, 1, 21))
    assert len(quotes) == 1
    quote = quotes[0]
    assert quote.speaker is lavrov and quote.text.startswith("Our cooperation")
    assert text[quote.start : quote.end] == quote.text and quote.date == "2026-01-21"


def test_extract_quotes_skips_short_scare_quotes():
    text = 'The ties entered a "new era" last year.'
    doc = Document(doc_id="q", text=text, sentences=[Sentence(0, len(text), text)])
    assert extract_quotes(doc, None) == []
