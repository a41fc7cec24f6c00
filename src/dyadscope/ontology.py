"""The PLOVER ontology in one place: the sixteen event types, their quad classes and the
per-type attributes other stages use (`data/ontology/plover_types.tsv`), and how actors are
written as codes (`CHN`, or `IGO:UN` for an organisation)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .data import read_table

# SPEC section 2, from most cooperative to most conflictual: the order tables and charts use.
QUAD_CLASSES = (
    "verbal cooperation",
    "material cooperation",
    "neutral",
    "verbal conflict",
    "material conflict",
)


@dataclass(frozen=True, slots=True)
class TypeInfo:
    quad_class: str
    default_intensity: float  # used only when an event carries no intensity of its own
    near_group: str  # reports typed differently within one near group may be one happening
    direction_free: bool  # outlets word it either way round (A visits B / B receives A)


@lru_cache(maxsize=1)
def type_info() -> dict[str, TypeInfo]:
    """Event type → its attributes, in the table's order."""
    return {
        row["type"]: TypeInfo(
            row["quad_class"],
            float(row["default_intensity"]),
            row["near_group"],
            row["direction_free"] == "1",
        )
        for row in read_table("ontology/plover_types.tsv")
    }


def event_types() -> tuple[str, ...]:
    return tuple(type_info())


def actor_code(actor: Mapping[str, Any]) -> str | None:
    """An exported actor's country code as gold files write it."""
    country = actor.get("country")
    if country == "IGO" and actor.get("igo"):
        return f"IGO:{actor['igo']}"
    return str(country) if country else None


def actor_codes(actors: Iterable[Mapping[str, Any]] | None) -> list[str]:
    return [code for actor in actors or () if (code := actor_code(actor))]
