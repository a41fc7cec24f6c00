from pathlib import Path

import pytest

from dyadscope.eval import gate

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"


def test_check_passes_at_or_above_floors():
    baseline = {"gold_digest": "abc", "floors": {"seeds.f1": 0.8, "gsr.type_accuracy": 0.7}}
    assert gate.check({"seeds.f1": 0.8, "gsr.type_accuracy": 0.9}, baseline, "abc") == []


def test_check_names_each_figure_below_its_floor():
    baseline = {"gold_digest": "abc", "floors": {"seeds.f1": 0.8, "voa.f1": 0.5}}
    problems = gate.check({"seeds.f1": 0.79, "voa.f1": 0.6}, baseline, "abc")
    assert len(problems) == 1 and "seeds.f1" in problems[0]


def test_check_fails_when_gold_changed():
    problems = gate.check({"seeds.f1": 1.0}, {"gold_digest": "old", "floors": {}}, "new")
    assert problems and "gold files changed" in problems[0]


def test_updated_floors_never_lower_without_permission():
    baseline = {"floors": {"seeds.f1": 0.9}}
    assert gate.updated_floors({"seeds.f1": 0.5}, baseline, allow_lower=False)["seeds.f1"] == 0.9
    assert gate.updated_floors({"seeds.f1": 0.5}, baseline, allow_lower=True)["seeds.f1"] == 0.45
    assert gate.updated_floors({"seeds.f1": 0.99}, baseline, allow_lower=False)["seeds.f1"] == 0.94


@pytest.mark.slow
@pytest.mark.skipif(not (SHARED / "gold").exists(), reason="shared development gold not present")
def test_gate_holds_on_shared_gold():
    baseline = gate.load_baseline()
    figures = gate.measure(SHARED)
    assert gate.check(figures, baseline, gate.gold_digest(SHARED)) == []
