"""The committed currency table is what tools/generate_currencies.py makes from Babel's CLDR."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

from claimcheck.extract import currency_table

TOOL = Path(__file__).resolve().parents[2] / "tools" / "generate_currencies.py"


def _generator():
    spec = importlib.util.spec_from_file_location("generate_currencies", TOOL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_table_matches_the_cldr_data_it_was_generated_from():
    babel = pytest.importorskip("babel")
    committed = Path(currency_table.__file__).read_text(encoding="utf-8")
    version = re.search(r"from Babel (\S+);", committed)[1]
    assert babel.__version__ == version, (
        f"currency_table.py was generated from Babel {version}, Babel {babel.__version__} is "
        "installed: run tools/generate_currencies.py"
    )
    assert _generator().render() == committed, "run tools/generate_currencies.py"


def test_the_table_knows_currencies_outside_any_hand_list():
    assert currency_table.CURRENCY_NAMES["ukrainian hryvnias"] == "UAH"
    assert currency_table.CURRENCY_NAMES["polish zlotys"] == "PLN"
    assert currency_table.CURRENCY_SYMBOLS["₦"] == "NGN"
    assert currency_table.MINOR_UNIT_DIGITS["JPY"] == 0


def test_checking_needs_no_cldr_at_start_up():
    import subprocess
    import sys

    probe = "import sys, claimcheck.extract.claims; print('babel' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert result.stdout.strip() == "False"
