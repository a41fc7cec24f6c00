from dyadscope.coding.classifier import TypeClassifier


def _model() -> TypeClassifier:
    # Two classes, three terms; "expelled" pushes to SANCTION, "met" to CONSULT.
    return TypeClassifier(
        classes=("CONSULT", "SANCTION"),
        index={"expelled": 0, "met": 1, "expelled diplomats": 2},
        idf=(1.0, 1.0, 2.0),
        coef=((-2.0, 3.0, -1.0), (2.0, -3.0, 1.0)),
        intercept=(0.0, 0.0),
    )


def test_type_classifier_features_are_l2_normalised_tfidf():
    feats = _model().features("Norway expelled diplomats.")
    assert set(feats) == {0, 2}
    assert abs(sum(w * w for w in feats.values()) - 1.0) < 1e-9
    assert feats[2] > feats[0]  # the bigram has the higher idf


def test_type_classifier_predicts_with_probability():
    label, prob = _model().predict("Norway expelled two diplomats.")
    assert label == "SANCTION" and 0.5 < prob <= 1.0
    label, _ = _model().predict("The ministers met in Oslo.")
    assert label == "CONSULT"
