"""A faster stand-in for spaCy's `attribute_ruler` with the same rules.

The model's attribute ruler maps tags to coarse parts of speech, morphology and a few
lemmas through spaCy's Matcher and a retokenizer, which costs as much as the parser on the
sentences we parse. Its rules (179 in `en_core_web_sm`) are all small token patterns, so
this component reads them from the loaded ruler and applies them with plain lookups indexed
by tag, later rules overriding earlier ones as in spaCy. `tests/nlp/test_attributes.py`
checks that both give the same tokens.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token

_GETTERS = {
    "TAG": lambda t: t.tag_,
    "LOWER": lambda t: t.lower_,
    "DEP": lambda t: t.dep_,
    "IS_SPACE": lambda t: t.is_space,
    "ORTH": lambda t: t.text,
    "TEXT": lambda t: t.text,
    "POS": lambda t: t.pos_,
}


def _check(token: Token, spec: dict[str, Any]) -> bool:
    for key, wanted in spec.items():
        value = _GETTERS[key](token)
        if isinstance(wanted, dict):
            if "IN" in wanted and value not in wanted["IN"]:
                return False
            if "NOT_IN" in wanted and value in wanted["NOT_IN"]:
                return False
            if "REGEX" in wanted and not re.search(wanted["REGEX"], str(value)):
                return False
        elif value != wanted:
            return False
    return True


class FastAttributes:
    """Apply attribute-ruler rules: (order, token specs, attributes, index of the token)."""

    def __init__(self, patterns: list[dict[str, Any]]) -> None:
        self.by_tag: dict[str | None, list[tuple]] = {}
        order = 0
        for rule in patterns:
            for specs in rule["patterns"]:
                unknown = {k for spec in specs for k in spec} - set(_GETTERS)
                if unknown:
                    raise ValueError(f"attribute rule uses unsupported keys {unknown}")
                tag = specs[0].get("TAG")
                key = tag if isinstance(tag, str) else None
                self.by_tag.setdefault(key, []).append(
                    (order, specs, rule["attrs"], rule.get("index", 0))
                )
                order += 1

    def __call__(self, doc: Doc) -> Doc:
        hits = []
        loose = self.by_tag.get(None, [])
        for token in doc:
            for order, specs, attrs, index in self.by_tag.get(token.tag_, []) + loose:
                end = token.i + len(specs)
                if end > len(doc):
                    continue
                if all(_check(doc[token.i + n], spec) for n, spec in enumerate(specs)):
                    target = index if index >= 0 else len(specs) + index
                    hits.append((order, token.i + target, attrs))
        hits.sort(key=lambda h: h[0])
        for _, i, attrs in hits:
            _assign(doc[i], attrs)
        return doc


def _assign(token: Token, attrs: dict[str, str]) -> None:
    for key, value in attrs.items():
        if key == "POS":
            token.pos_ = value
        elif key == "TAG":
            token.tag_ = value
        elif key == "LEMMA":
            token.lemma_ = value
        elif key == "MORPH":
            token.set_morph(None if value == "_" else value)
        elif key == "DEP":
            token.dep_ = value


@Language.factory("dyadscope_attributes")
def make_fast_attributes(nlp: Language, name: str) -> FastAttributes:
    """Built from the attribute ruler of the pipeline it joins (added before removing it)."""
    return FastAttributes(nlp.get_pipe("attribute_ruler").patterns)


def swap_attribute_ruler(nlp: Language) -> Language:
    """Replace the model's attribute ruler by `FastAttributes` with the same rules."""
    if "attribute_ruler" not in nlp.pipe_names:
        return nlp
    nlp.add_pipe("dyadscope_attributes", before="attribute_ruler")
    nlp.remove_pipe("attribute_ruler")
    return nlp
