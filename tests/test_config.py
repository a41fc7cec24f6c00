import pytest

from dyadscope.config import load_options
from dyadscope.errors import UsageError


def test_load_options_defaults_present():
    options = load_options()
    assert options.get("pipeline.batch_size") > 0
    assert options.get("nosuch.key", "fallback") == "fallback"


def test_load_options_user_file_overrides_only_its_keys(tmp_path):
    user = tmp_path / "mine.toml"
    user.write_text("[pipeline]\nworkers = 3\n")
    options = load_options(user)
    assert options.get("pipeline.workers") == 3
    assert options.get("pipeline.batch_size") == load_options().get("pipeline.batch_size")


def test_load_options_dotted_overrides_are_typed():
    options = load_options(overrides=["coding.min_confidence=0.9", "nlp.parse=all"])
    assert options.get("coding.min_confidence") == 0.9
    assert options.get("nlp.parse") == "all"


def test_load_options_bad_override_is_usage_error():
    with pytest.raises(UsageError) as info:
        load_options(overrides=["no-dot-here"])
    assert info.value.code == "E003" and info.value.exit_code == 2


def test_options_replace_returns_changed_copy():
    options = load_options()
    changed = options.replace(**{"pipeline.workers": 2})
    assert changed.get("pipeline.workers") == 2
    assert options.get("pipeline.workers") == 1
