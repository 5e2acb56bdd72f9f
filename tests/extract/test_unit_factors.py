"""The committed unit factors are what pint computes (tools/generate_unit_factors.py)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from claimcheck.extract import units

TOOL = Path(__file__).resolve().parents[2] / "tools" / "generate_unit_factors.py"


def test_the_table_matches_pint():
    spec = importlib.util.spec_from_file_location("generate_unit_factors", TOOL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    committed = Path(units.__file__).with_name("unit_factors.py").read_text(encoding="utf-8")
    assert module.render() == committed, "run tools/generate_unit_factors.py"


def test_lexicon_conversions_need_no_pint():
    probe = (
        "import sys; from claimcheck.extract import units; "
        "v = units.convert(3, 'mile', 'kilometer'); b = units.to_base(2, 'metric_ton / day'); "
        "print(round(v, 3), b[1], 'pint' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert result.stdout.split() == ["4.828", "kilogram", "/", "second", "False"]


def test_units_outside_the_lexicon_still_go_through_pint():
    assert units.convert(1, "furlong", "meter") == pytest.approx(201.17, rel=1e-3)
