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

# Token attributes a rule may test, read once per token into a row (a tuple in this order)
# before matching; a rule's tests name a field by its place in the row.
_FIELDS = ("TAG", "LOWER", "DEP", "IS_SPACE", "ORTH", "TEXT", "POS")
_TAG, _LOWER = _FIELDS.index("TAG"), _FIELDS.index("LOWER")
_MAX_MEMO = 200_000  # distinct token rows remembered per process
_NONE: tuple = ()


def _row(token: Token) -> tuple:
    text = token.text
    return (token.tag_, token.lower_, token.dep_, token.is_space, text, text, token.pos_)


def _compile(spec: dict[str, Any]) -> tuple[tuple[int, str, Any], ...]:
    """One token spec as (field, test, value) triples: test is eq, in, not_in or regex."""
    out = []
    for key, wanted in spec.items():
        field = _FIELDS.index(key)
        if not isinstance(wanted, dict):
            out.append((field, "eq", wanted))
            continue
        if "IN" in wanted:
            out.append((field, "in", frozenset(wanted["IN"])))
        if "NOT_IN" in wanted:
            out.append((field, "not_in", frozenset(wanted["NOT_IN"])))
        if "REGEX" in wanted:
            out.append((field, "regex", re.compile(wanted["REGEX"])))
    return tuple(out)


def _check(row: tuple, tests: tuple[tuple[int, str, Any], ...]) -> bool:
    for key, test, wanted in tests:
        value = row[key]
        if test == "eq":
            if value != wanted:
                return False
        elif test == "in":
            if value not in wanted:
                return False
        elif test == "not_in":
            if value in wanted:
                return False
        elif not wanted.search(str(value)):
            return False
    return True


def _index_keys(first: dict[str, Any]) -> list[tuple[str, str]] | None:
    """Where a rule is filed, from its first token spec: by lower-case form when it names
    one (or a set), else by tag; None for rules tried on every token."""
    for key, short in (("LOWER", "L"), ("TAG", "T")):
        wanted = first.get(key)
        if isinstance(wanted, str):
            return [(short, wanted)]
    for key, short in (("LOWER", "L"), ("TAG", "T")):
        wanted = first.get(key)
        if isinstance(wanted, dict) and set(wanted) == {"IN"}:
            return [(short, value) for value in wanted["IN"]]
    return None


class FastAttributes:
    """Apply attribute-ruler rules: (order, token tests, attributes, index of the token),
    filed by the lower-case form or tag their first token needs, so a token is only tried
    against rules that can start on it."""

    def __init__(self, patterns: list[dict[str, Any]]) -> None:
        self.filed: dict[tuple[str, str], list[tuple]] = {}
        self.loose: list[tuple] = []
        self.memo: dict[tuple, tuple[list[tuple[int, dict]], list[tuple]]] = {}
        order = 0
        for rule in patterns:
            for specs in rule["patterns"]:
                unknown = {k for spec in specs for k in spec} - set(_FIELDS)
                if unknown:
                    raise ValueError(f"attribute rule uses unsupported keys {unknown}")
                entry = (order, [_compile(s) for s in specs], rule["attrs"], rule.get("index", 0))
                keys = _index_keys(specs[0])
                if keys is None:
                    self.loose.append(entry)
                for key in keys or []:
                    self.filed.setdefault(key, []).append(entry)
                order += 1

    def __call__(self, doc: Doc) -> Doc:
        rows = [_row(t) for t in doc]
        size = len(rows)
        hits = []
        for i, row in enumerate(rows):
            singles, longer = self._rules_for(row)
            for order, attrs in singles:
                hits.append((order, i, attrs))
            for order, tests, attrs, index in longer:
                if i + len(tests) > size:
                    continue
                if all(_check(rows[i + n], t) for n, t in enumerate(tests)):
                    target = index if index >= 0 else len(tests) + index
                    hits.append((order, i + target, attrs))
        hits.sort(key=lambda h: h[0])
        for _, i, attrs in hits:
            _assign(doc[i], attrs)
        return doc

    def _candidates(self, row: tuple) -> list[tuple]:
        return (
            self.filed.get(("L", row[_LOWER]), [])
            + self.filed.get(("T", row[_TAG]), [])
            + self.loose
        )

    def _rules_for(self, row: tuple) -> tuple[list[tuple[int, dict]], list[tuple]]:
        """The one-token rules a token's attributes satisfy (they depend on nothing else),
        and the longer rules whose first token it satisfies: each distinct row is worked out
        once per process (bounded table)."""
        found = self.memo.get(row)
        if found is None:
            if len(self.memo) >= _MAX_MEMO:
                self.memo.clear()
            candidates = self._candidates(row)
            singles = [
                (order, attrs)
                for order, tests, attrs, _ in candidates
                if len(tests) == 1 and _check(row, tests[0])
            ]
            longer = [e for e in candidates if len(e[1]) > 1 and _check(row, e[1][0])]
            found = self.memo[row] = (singles or _NONE, longer or _NONE)
        return found


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
