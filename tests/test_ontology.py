from dyadscope.data import read_table
from dyadscope.ontology import QUAD_CLASSES, actor_code, actor_codes, event_types, type_info


def test_ontology_has_the_sixteen_plover_types_in_known_quads():
    assert len(event_types()) == 16
    assert {info.quad_class for info in type_info().values()} == set(QUAD_CLASSES)


def test_ontology_agrees_with_the_coders_intensity_table():
    # The coder's table refines intensity by mode; its mode-less rows must match the ontology.
    coder = {r["type"]: r for r in read_table("coding/plover.tsv") if not r["mode"]}
    for name, info in type_info().items():
        assert coder[name]["quad_class"] == info.quad_class, name
        assert float(coder[name]["intensity"]) == info.default_intensity, name


def test_actor_codes_write_organisations_as_igo_acronym():
    assert actor_code({"country": "IGO", "igo": "UN"}) == "IGO:UN"
    assert actor_code({"country": "CHN"}) == "CHN"
    assert actor_codes([{"country": None}, {"country": "RUS"}]) == ["RUS"]
