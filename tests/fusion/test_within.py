from dyadscope.fusion import merge_within_document
from dyadscope.records import Actor, Event, Evidence

CHN = Actor("Beta Premier", "beta", "CHN", "GOV", role="Premier", kind="person")
RUS = Actor("Alpha Minister", "alpha", "RUS", "GOV", role="President", kind="person")


def _event(start, date=None, precision="unknown", etype="CONSULT", doc="d1", target=()):
    source = [RUS, CHN] if not target else [RUS]
    return Event(
        doc_id=doc, event_type=etype, source=source, target=list(target),
        evidence=Evidence(f"sentence at {start}", start, start + 20), symmetric=not target,
        date=date, date_precision=precision, confidence=0.6,
    )  # fmt: skip


def test_merge_within_document_joins_repeated_mentions():
    events = [_event(0), _event(100, "2025-11-18", "day"), _event(300, "2025-11-18", "day")]
    (merged,) = merge_within_document(events)
    assert merged.date == "2025-11-18"
    assert [e.start for e in merged.extra_evidence] == [0, 300]


def test_merge_within_document_keeps_other_types_and_dates():
    events = [
        _event(0, "2025-11-18", "day"),
        _event(50, "2025-11-18", "day", etype="AGREE"),
        _event(90, "2024", "year"),
    ]
    assert len(merge_within_document(events)) == 3


def test_merge_within_document_undated_mention_ambiguous_stays():
    events = [_event(0, "2025-11-18", "day"), _event(50, "2025-10-02", "day"), _event(90)]
    assert len(merge_within_document(events)) == 3


def test_merge_within_document_never_across_documents():
    events = [_event(0, "2025-11-18", "day", doc="a"), _event(0, "2025-11-18", "day", doc="b")]
    assert len(merge_within_document(events)) == 2


def test_merge_within_document_direction_conflict_stays():
    a = _event(0, "2025-11-18", "day", etype="ACCUSE", target=[CHN])
    b = Event(
        doc_id="d1", event_type="ACCUSE", source=[CHN], target=[RUS],
        evidence=Evidence("x", 60, 70), date="2025-11-18", date_precision="day",
    )  # fmt: skip
    assert len(merge_within_document([a, b])) == 2


def test_merge_within_document_dates_days_apart_keep_earliest():
    events = [_event(0, "2025-11-20", "day"), _event(100, "2025-11-18", "day")]
    (merged,) = merge_within_document(events)
    assert merged.date == "2025-11-18" and len(merged.extra_evidence) == 1


def test_merge_within_document_a_week_apart_stays():
    events = [_event(0, "2025-11-20", "day"), _event(100, "2025-11-13", "day")]
    assert len(merge_within_document(events)) == 2


def test_merge_within_document_one_evidence_per_sentence():
    events = [_event(0, "2025-11-18", "day"), _event(0, "2025-11-18", "day"), _event(50)]
    (merged,) = merge_within_document(events)
    assert [(e.start, e.end) for e in merged.extra_evidence] == [(50, 70)]
