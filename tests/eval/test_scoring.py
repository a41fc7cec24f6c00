from dyadscope.eval import score_documents, score_sentences
from dyadscope.eval.scoring import dates_agree


def actor(code):
    if code.startswith("IGO:"):
        return {"country": "IGO", "igo": code[4:]}
    return {"country": code}


def pred(doc, etype, src, tgt=(), date=None, symmetric=False, conf=0.9):
    return {
        "doc_id": doc,
        "event_type": etype,
        "source": [actor(c) for c in src],
        "target": [actor(c) for c in tgt],
        "symmetric": symmetric,
        "date": date,
        "confidence": conf,
    }


def gold_event(etype, src, tgt=(), date=None, precision="unknown", symmetric=False, **kw):
    return {
        "type": etype,
        "alt_types": kw.get("alt", []),
        "source": list(src),
        "target": list(tgt),
        "symmetric": symmetric,
        "date": date,
        "date_precision": precision,
        "required": kw.get("required", True),
    }


def test_dates_agree_day_allows_one_day():
    assert dates_agree("2026-01-20", "day", "2026-01-21")
    assert not dates_agree("2026-01-20", "day", "2026-01-22")
    assert not dates_agree("2026-01-20", "day", "2026-01")


def test_dates_agree_coarser_precisions_and_null():
    assert dates_agree("2024", "year", "2024-08-21")
    assert dates_agree("2024-06", "month", "2024-06-30")
    assert not dates_agree("2024-06", "month", "2024-07-01")
    assert dates_agree(None, "unknown", None)
    assert not dates_agree("2024", "year", None)


def test_score_documents_symmetric_and_directed():
    gold = [
        {
            "doc": "d1",
            "events": [
                gold_event(
                    "CONSULT", ["CHN", "RUS"], date="2020-12-22", precision="day", symmetric=True
                ),
                gold_event("ACCUSE", ["CHN"], ["USA"], alt=["REJECT"]),
            ],
        }
    ]
    preds = [
        pred("d1", "CONSULT", ["RUS", "CHN"], date="2020-12-22", symmetric=True),
        pred("d1", "REJECT", ["CHN"], ["USA"]),
        pred("d1", "THREATEN", ["CHN"], ["JPN"]),  # spurious
        pred("d1", "PROTEST", ["CHN"]),  # one country only: not counted
        pred("other", "CONSULT", ["CHN", "RUS"], symmetric=True),  # doc not in gold
    ]
    score = score_documents(gold, preds)
    assert (score.hits, score.misses, score.false_positives) == (2, 0, 1)
    assert round(score.precision, 3) == 0.667


def test_score_documents_optional_matches_are_neutral_and_one_to_one():
    gold = [
        {
            "doc": "d",
            "events": [
                gold_event("AGREE", ["CHN"], ["RUS"], required=False),
                gold_event("AGREE", ["CHN"], ["RUS"]),
            ],
        }
    ]
    preds = [pred("d", "AGREE", ["CHN"], ["RUS"]), pred("d", "AGREE", ["CHN"], ["RUS"])]
    score = score_documents(gold, preds)
    assert (score.hits, score.false_positives, score.optional_hits) == (1, 0, 1)
    preds.append(pred("d", "AGREE", ["CHN"], ["RUS"]))
    assert score_documents(gold, preds).false_positives == 1


def test_score_documents_igo_codes():
    gold = [{"doc": "d", "events": [gold_event("REQUEST", ["IGO:UN"], ["AFG"])]}]
    assert score_documents(gold, [pred("d", "REQUEST", ["IGO:UN"], ["AFG"])]).hits == 1
    assert score_documents(gold, [pred("d", "REQUEST", ["IGO:EU"], ["AFG"])]).hits == 0


def test_score_sentences_takes_top_prediction():
    rows = [
        {"id": "s1", "event": "ACCUSE", "source": [{"code": "USA"}], "target": [{"code": "IRN"}]},
        {"id": "s2", "event": "PROTEST", "source": [{"code": "IGO"}], "target": None},
    ]
    preds = [
        pred("s1", "ACCUSE", ["USA"], ["IRN"], conf=0.9),
        pred("s1", "THREATEN", ["IRN"], ["USA"], conf=0.2),
    ]
    summary = score_sentences(rows, preds).summary()
    assert summary["type_accuracy"] == 0.5
    assert summary["source_accuracy"] == 1.0 and summary["source_scored"] == 1
    assert summary["target_accuracy"] == 1.0
