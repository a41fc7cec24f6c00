"""Scoring predicted events against gold, exactly as SPEC section 7 fixes it.

Document gold (seeds, VOA): a prediction matches a gold event when its type is the gold type
or an alternative, its actors' countries agree, and its date agrees at the gold precision.
Each gold event takes at most one prediction (a maximum matching, required events first).
Recall counts required gold events; precision counts predictions between two different
countries, and a prediction matched to an optional gold event is neither hit nor miss.

Sentence gold (PLOVER GSR): each sentence is a document; its top prediction (highest
confidence) is compared for event type, and for source/target countries where the gold
code is a country.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date as Date
from typing import Any

from ..ontology import actor_codes as ontology_codes

# CAMEO-style codes in sentence gold that name a sector or group, not a country.
NON_COUNTRY_CODES = frozenset({"IGO", "NGO", "IMG", "ISM", "REB", "MNC", "UNK", ""})


def actor_codes(actors: Iterable[Mapping[str, Any]] | None) -> set[str]:
    """Country codes of exported actors, organisations written `IGO:UN` as in gold."""
    return set(ontology_codes(actors))


def is_interstate_prediction(event: Mapping[str, Any]) -> bool:
    return len(actor_codes(event.get("source")) | actor_codes(event.get("target"))) >= 2


def dates_agree(gold: str | None, precision: str | None, pred: str | None) -> bool:
    if not gold:
        return True
    if not pred:
        return False
    if precision == "day":
        if len(pred) < 10:
            return False
        try:
            gap = Date.fromisoformat(gold[:10]) - Date.fromisoformat(pred[:10])
        except ValueError:
            return False
        return abs(gap.days) <= 1
    width = {"month": 7, "year": 4}.get(precision or "", len(gold))
    return len(pred) >= width and pred[:width] == gold[:width]


def countries_agree(gold: Mapping[str, Any], pred: Mapping[str, Any]) -> bool:
    src, tgt = actor_codes(pred.get("source")), actor_codes(pred.get("target"))
    gold_src, gold_tgt = set(gold.get("source") or []), set(gold.get("target") or [])
    if gold.get("symmetric"):
        return src | tgt == gold_src | gold_tgt
    if src >= gold_src and tgt >= gold_tgt:
        return True
    return bool(pred.get("symmetric")) and src | tgt == gold_src | gold_tgt


def event_matches(gold: Mapping[str, Any], pred: Mapping[str, Any]) -> bool:
    types = {gold["type"], *(gold.get("alt_types") or [])}
    return (
        pred.get("event_type") in types
        and countries_agree(gold, pred)
        and dates_agree(gold.get("date"), gold.get("date_precision"), pred.get("date"))
    )


def _match(golds: list[dict], preds: list[dict], taken: dict[int, int]) -> None:
    """Augmenting-path bipartite matching; `taken` maps prediction index → gold index."""
    edges = {
        g: [p for p, pred in enumerate(preds) if event_matches(gold, pred)]
        for g, gold in enumerate(golds)
    }

    def augment(g: int, seen: set[int]) -> bool:
        for p in edges[g]:
            if p in seen:
                continue
            seen.add(p)
            if p not in taken or augment(taken[p], seen):
                taken[p] = g
                return True
        return False

    # Required events first, so an optional one never takes a prediction a required one needs.
    order = sorted(range(len(golds)), key=lambda g: not golds[g].get("required", True))
    for g in order:
        if g not in taken.values():
            augment(g, set())


@dataclass
class DocumentScore:
    hits: int = 0
    misses: int = 0
    false_positives: int = 0
    optional_hits: int = 0
    per_type: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    missed: list[dict] = field(default_factory=list)
    spurious: list[dict] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return _ratio(self.hits, self.hits + self.false_positives)

    @property
    def recall(self) -> float:
        return _ratio(self.hits, self.hits + self.misses)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def summary(self) -> dict[str, Any]:
        return {
            "precision": round(self.precision, 3),
            "recall": round(self.recall, 3),
            "f1": round(self.f1, 3),
            "hits": self.hits,
            "misses": self.misses,
            "false_positives": self.false_positives,
            "optional_hits": self.optional_hits,
        }


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def score_documents(
    gold_rows: Iterable[Mapping[str, Any]], predictions: Iterable[Mapping]
) -> DocumentScore:
    """Score events of documents against document gold (`seeds.jsonl`, `voa_dev.jsonl`)."""
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for pred in predictions:
        by_doc[str(pred.get("doc_id"))].append(dict(pred))
    score = DocumentScore()
    for row in gold_rows:
        golds = list(row.get("events") or [])
        preds = [p for p in by_doc.get(str(row["doc"]), []) if is_interstate_prediction(p)]
        taken: dict[int, int] = {}
        _match(golds, preds, taken)
        _tally(score, row["doc"], golds, preds, taken)
    return score


def _tally(score: DocumentScore, doc: str, golds: list, preds: list, taken: dict) -> None:
    matched_golds = set(taken.values())
    for g, gold in enumerate(golds):
        if gold.get("required", True):
            hit = g in matched_golds
            score.hits += hit
            score.misses += not hit
            score.per_type[gold["type"]]["hit" if hit else "miss"] += 1
            if not hit:
                score.missed.append({"doc": doc, **gold})
    for p, pred in enumerate(preds):
        if p not in taken:
            score.false_positives += 1
            score.per_type[pred.get("event_type", "?")]["false_positive"] += 1
            score.spurious.append(pred)
        elif not golds[taken[p]].get("required", True):
            score.optional_hits += 1


@dataclass
class SentenceScore:
    total: int = 0
    type_correct: int = 0
    source_total: int = 0
    source_correct: int = 0
    target_total: int = 0
    target_correct: int = 0
    confusion: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))

    def summary(self) -> dict[str, Any]:
        return {
            "sentences": self.total,
            "type_accuracy": round(_ratio(self.type_correct, self.total), 3),
            "source_accuracy": round(_ratio(self.source_correct, self.source_total), 3),
            "target_accuracy": round(_ratio(self.target_correct, self.target_total), 3),
            "source_scored": self.source_total,
            "target_scored": self.target_total,
        }


def gold_countries(actors: Any) -> set[str]:
    if not isinstance(actors, list):
        return set()
    return {a.get("code") for a in actors if a.get("code") and a["code"] not in NON_COUNTRY_CODES}


def score_sentences(
    gold_rows: Iterable[Mapping[str, Any]], predictions: Iterable[Mapping]
) -> SentenceScore:
    """Score the top prediction of each gold sentence (PLOVER GSR format)."""
    top: dict[str, Mapping] = {}
    for pred in predictions:
        key = str(pred.get("doc_id"))
        if key not in top or pred.get("confidence", 0) > top[key].get("confidence", 0):
            top[key] = pred
    score = SentenceScore()
    for row in gold_rows:
        pred = top.get(str(row["id"]), {})
        gold_type = row.get("event") or row.get("type")
        score.total += 1
        score.type_correct += pred.get("event_type") == gold_type
        score.confusion[gold_type][pred.get("event_type") or "-"] += 1
        _score_role(score, "source", gold_countries(row.get("source")), pred)
        _score_role(score, "target", gold_countries(row.get("target")), pred)
    return score


def _score_role(score: SentenceScore, role: str, gold: set[str], pred: Mapping) -> None:
    if not gold:
        return
    predicted = actor_codes(pred.get(role))
    if role == "target" and pred.get("symmetric"):
        predicted |= actor_codes(pred.get("source"))  # a symmetric event lists both as source
    setattr(score, f"{role}_total", getattr(score, f"{role}_total") + 1)
    if gold <= predicted:
        setattr(score, f"{role}_correct", getattr(score, f"{role}_correct") + 1)
