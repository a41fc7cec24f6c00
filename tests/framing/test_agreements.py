from dyadscope.framing.agreements import extract_agreements


def test_agreements_titles_and_domains(make_doc):
    text = (
        "After the talks, Beta Premier and Alpha Minister signed a joint declaration on energy "
        "security, as well as an updated version of the China-Russia grain trade roadmap."
    )
    doc = make_doc(text, "2027-04-02")
    found = {a.title: a for a in extract_agreements(doc)}
    assert "joint declaration on energy security" in found
    assert "China-Russia grain trade roadmap (revised)" in found
    assert found["joint declaration on energy security"].domains == ["energy", "security"]
    assert found["China-Russia grain trade roadmap (revised)"].parties == ["CHN", "RUS"]
    assert found["joint declaration on energy security"].date == "2027-04-02"


def test_agreements_covering_list_gives_domains(make_doc):
    text = (
        "India and Japan signed six memoranda of understanding covering health, railways and space."
    )
    (a,) = extract_agreements(make_doc(text, "2026-01-01"))
    assert a.title == "memoranda of understanding"
    assert set(a.domains) >= {"health", "transport", "technology"}


def test_agreements_need_a_signing_verb(make_doc):
    text = "China and Russia discussed the investment plan and a possible treaty."
    assert extract_agreements(make_doc(text, "2026-01-01")) == []


def test_agreements_anniversary_of_old_treaty_is_not_new(make_doc):
    text = "China and Russia marked the anniversary of the signing of the treaty of friendship."
    assert extract_agreements(make_doc(text, "2026-01-01")) == []


def test_agreements_plan_as_verb_is_skipped(make_doc):
    text = "China and India signed nothing but plan to meet again."
    assert extract_agreements(make_doc(text, "2026-01-01")) == []


def test_agreements_document_far_from_the_signing_is_skipped(make_doc):
    text = (
        "India and Japan signed a memorandum on hydrogen and critical minerals, and agreed to "
        "launch a working-level dialogue on a youth mobility programme."
    )
    titles = [a.title for a in extract_agreements(make_doc(text, "2026-01-01"))]
    assert titles == ["memorandum on hydrogen and critical minerals"]
