"""One event per happening within a document, and the finishing touches on each event.

`merge_events` hands the document's events to the fusion stage's within-document merge
when it exists, else merges them itself: same type, same countries, dates compatible.
The merged event keeps the best-dated, most confident report as its evidence and the others
as extra evidence.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from ..records import Event
from .lexicon import Lexicon

LOGGER = logging.getLogger(__name__)


def finish(event: Event, lexicon: Lexicon) -> Event:
    """Quad class, intensity, the interstate flag and the id."""
    event.quad_class, event.intensity = lexicon.quad_and_intensity(event.event_type, event.mode)
    event.interstate = is_interstate(event)
    event.assign_id()
    return event


def is_interstate(event: Event) -> bool:
    """Two countries (or a country and an IGO) on the event's sides. Co-targets of an act
    whose doer is unknown ("militants attacked a joint Kenya-U.S. base") are one side only:
    nothing says one state acted towards the other."""
    if not event.symmetric and event.target and not any(a.code for a in event.source):
        return False
    return len(event.countries()) >= 2


def merge_events(events: list[Event]) -> list[Event]:
    try:
        from ..fusion import merge_within_document  # type: ignore[attr-defined]
    except ImportError:
        merge_within_document = None
    if merge_within_document is not None:
        try:
            # Fusion merges reports of one happening; the coder's own pass then joins what
            # is left of one type, one direction and one date ("Lavrov praised ...",
            # "Russia is satisfied with ..." in one readout).
            return simple_merge(merge_within_document(events))
        except Exception:  # noqa: BLE001 - fall back to the simple merge
            LOGGER.exception("fusion.merge_within_document failed; using the coder's merge")
    return simple_merge(events)


def simple_merge(events: list[Event]) -> list[Event]:
    ranked = sorted(events, key=_rank, reverse=True)
    kept: list[Event] = []
    for event in ranked:
        same = next((k for k in kept if _same_happening(k, event)), None)
        if same is None:
            kept.append(event)
            continue
        if event.evidence.start != same.evidence.start:
            same.extra_evidence.append(event.evidence)
        if same.date is None and event.date is not None:
            same.date, same.date_precision = event.date, event.date_precision
        same.confidence = min(1.0, max(same.confidence, event.confidence) + 0.03)
    return sorted(kept, key=lambda e: e.evidence.start)


def _rank(event: Event) -> tuple:
    precision = {"day": 3, "month": 2, "year": 1}.get(event.date_precision, 0)
    return (event.confidence, precision)


def _same_happening(a: Event, b: Event) -> bool:
    if a.event_type != b.event_type or a.countries() != b.countries() or not a.countries():
        return False
    if _opposite(a, b):
        return False
    return _dates_compatible(a.date, b.date)


def _opposite(a: Event, b: Event) -> bool:
    """X accused Y, Y accused X: two directed events, not one. A meeting is one happening
    whichever side is told as its doer (the visitor, or the host)."""
    if a.symmetric or b.symmetric or a.event_type == "CONSULT":
        return False
    src_a = {x.code for x in a.source}
    src_b = {x.code for x in b.source}
    return bool(src_a and src_b and not src_a & src_b)


def _dates_compatible(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return True
    width = min(len(a), len(b))
    return a[:width] == b[:width]


def absorb_undated(events: list[Event], explicit: dict) -> list[Event]:
    """A report whose date was only defaulted ("after Putin met Li") joins the one explicitly
    dated report of the same type and countries ("On November 18, Putin met Li")."""
    dated = [e for e in events if explicit.get(id(e))]
    kept = []
    for event in events:
        if explicit.get(id(event)):
            kept.append(event)
            continue
        fits = [
            d
            for d in dated
            if d.event_type == event.event_type
            and d.countries() == event.countries()
            and d.countries()
            and not _opposite(d, event)
        ]
        if len(fits) == 1:
            fits[0].extra_evidence.append(event.evidence)
            fits[0].confidence = max(fits[0].confidence, event.confidence)
        else:
            kept.append(event)
    return kept


def split_pairs(events: list[Event]) -> list[Event]:
    """One record per pair of countries for a directed act with several doers or several
    targets ("criticised by U.N., U.S. and French representatives", "called on Ethiopia and
    Egypt"): the relations index and the gold count dyads, and each country's act can be
    confirmed or contradicted on its own. Joint acts (symmetric: a three-way meeting) stay
    one record. Actors with no country go with every copy."""
    out: list[Event] = []
    for event in events:
        sources, targets = _codes(event.source), _codes(event.target)
        if event.symmetric or (len(sources) < 2 and len(targets) < 2):
            out.append(event)
            continue
        for source in sources or [None]:
            for target in targets or [None]:
                if source is not None and source == target:
                    continue
                out.append(
                    replace(
                        event,
                        source=_of_code(event.source, source),
                        target=_of_code(event.target, target),
                    )
                )
    return out


def _codes(actors) -> list[str]:
    return list(dict.fromkeys(a.code for a in actors if a.code))


def _of_code(actors, code: str | None) -> list:
    return [a for a in actors if a.code is None or a.code == code]


def separate_calls(event: Event, text: str, lexicon: Lexicon) -> list[Event]:
    """ "X spoke by phone with Y and later with Z", "held separate calls with Y and Z": one
    call per partner, each with the caller (listed first). A call the sentence does not
    mark as separate stays one (a three-way call)."""
    codes = _codes(event.source)
    if event.event_type != "CONSULT" or event.mode != "phone" or not event.symmetric:
        return [event]
    words = set(text.lower().replace(",", " ").split())
    if len(codes) < 3 or not words & lexicon.cues("separate_mark"):
        return [event]
    caller = codes[0]
    return [
        replace(event, source=[a for a in event.source if a.code in {caller, other}])
        for other in codes[1:]
    ]
