"""Event records written by hand for the fusion tests."""

from __future__ import annotations

import itertools

import pytest

_ids = itertools.count()

PEOPLE = {
    "Alpha Minister": "RUS",
    "Beta Premier": "CHN",
    "Gamma Envoy": "IND",
    "Delta Chief": "CHN",
}


def _actor(name: str) -> dict:
    if name in PEOPLE:
        return {"text": name, "name": name, "actor_id": name, "country": PEOPLE[name],
                "sector": "GOV", "role": "Minister"}  # fmt: skip
    return {"text": name, "name": name, "actor_id": name.lower(), "country": name, "sector": None,
            "role": None}  # fmt: skip


@pytest.fixture
def event():
    def make(doc="d1", etype="CONSULT", source=("CHN", "RUS"), target=(), date="2024-05-16",
             precision=None, sentence="", location=None, mode=None, event_id=None):  # fmt: skip
        precision = precision or {10: "day", 7: "month", 4: "year"}.get(len(date or ""), "unknown")
        return {
            "event_id": event_id or f"e{next(_ids)}",
            "doc_id": doc,
            "event_type": etype,
            "mode": mode,
            "contexts": [],
            "source": [_actor(s) for s in source],
            "target": [_actor(t) for t in target],
            "symmetric": not target,
            "date": date,
            "date_precision": precision,
            "location": location,
            "evidence": {"sentence": sentence or f"{etype} sentence {doc}", "start": 0, "end": 10},
            "confidence": 0.8,
            "interstate": True,
            "intensity": 3.0,
        }

    return make
