from pathlib import Path

import pytest

from dyadscope.config import load_options

DATA = Path(__file__).parent / "data"


@pytest.fixture
def options():
    return load_options()


@pytest.fixture
def data_dir() -> Path:
    return DATA
