"""Synthetic events for the analysis tests: a dyad that warms, then sours."""

from __future__ import annotations

import pytest

TYPES = {  # type: (quad class, intensity)
    "CONSULT": ("verbal cooperation", 3.0),
    "AGREE": ("verbal cooperation", 4.0),
    "COOPERATE": ("material cooperation", 6.0),
    "ACCUSE": ("verbal conflict", -3.0),
    "SANCTION": ("material conflict", -7.0),
    "REQUEST": ("neutral", -0.5),
}


def make_event(date, etype="CONSULT", source=("CHN", "RUS"), target=(), doc="d", sources=1):
    quad, intensity = TYPES[etype]
    return {
        "event_id": f"{doc}-{date}-{etype}",
        "doc_id": doc,
        "doc_ids": [f"{doc}{i}" for i in range(sources)],
        "source_count": sources,
        "event_type": etype,
        "source": [{"name": c, "country": c} for c in source],
        "target": [{"name": c, "country": c} for c in target],
        "symmetric": not target,
        "date": date,
        "date_precision": {10: "day", 7: "month", 4: "year"}[len(date)],
        "quad_class": quad,
        "intensity": intensity,
        "interstate": True,
    }


@pytest.fixture
def synthetic_events():
    return synthetic()


def synthetic() -> list[dict]:
    events = []
    for month in range(1, 13):  # a warm year: meetings, agreements, cooperation
        day = f"2024-{month:02d}-10"
        events.append(make_event(day, "CONSULT", doc=f"w{month}", sources=2 + month % 3))
        if month % 2:
            events.append(make_event(day, "AGREE", doc=f"a{month}"))
        if month % 4 == 0:
            events.append(
                make_event(day, "COOPERATE", doc=f"c{month}", source=("CHN",), target=("RUS",))
            )
    for month in range(1, 10):  # then trouble
        day = f"2025-{month:02d}-15"
        events.append(make_event(day, "ACCUSE", doc=f"x{month}", source=("RUS",), target=("CHN",)))
        if month > 4:
            events.append(
                make_event(
                    day, "SANCTION", doc=f"s{month}", source=("CHN",), target=("RUS",), sources=4
                )
            )
        if month in (2, 7):
            events.append(make_event(day, "CONSULT", doc=f"k{month}"))
    return events
