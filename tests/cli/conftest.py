"""The rule file the rules command is tried on: the one the rule tests use."""

from pathlib import Path

import pytest

VALID_FACT = Path(__file__).parents[1] / "rules" / "valid_fact.yml"


@pytest.fixture
def valid_fact() -> str:
    return VALID_FACT.read_text(encoding="utf-8")
