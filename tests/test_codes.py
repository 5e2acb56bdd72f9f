"""The code catalog: every built-in code once, checks registered under theirs, templates."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from claimcheck.checks import registered_checks
from claimcheck.checks.registry import register
from claimcheck.codes import CATALOG, STAGES, fill, level_of

README = Path(__file__).resolve().parents[1] / "README.md"


def test_every_check_code_has_a_registered_check_and_no_other_code_does():
    checks = registered_checks()
    check_codes = {code for code, entry in CATALOG.items() if entry.stage == "check"}
    assert set(checks) == check_codes
    for code, spec in checks.items():
        entry = CATALOG[code]
        assert (spec.name, spec.severity, spec.summary) == (entry.name, entry.level, entry.summary)


def test_entries_are_complete():
    for code, entry in CATALOG.items():
        assert re.fullmatch(r"CC\d{3}", code) and entry.code == code
        assert entry.stage in STAGES
        assert entry.level in ("error", "warning", "info")
        assert entry.name == entry.name.lower() and " " not in entry.name
        assert entry.summary.endswith(".")


def test_the_readme_lists_every_code_at_its_level():
    rows = dict(
        re.findall(r"^\| (CC\d{3}) \| .* \| (error|warning|info) \|$", README.read_text(), re.M)
    )
    assert rows == {code: entry.level for code, entry in CATALOG.items()}


def test_a_code_outside_the_catalog_cannot_be_registered_as_a_check():
    with pytest.raises(KeyError):
        register("CC999")
    with pytest.raises(ValueError, match="not a check code"):
        register("CC002")


def test_level_of_reads_the_catalog():
    assert level_of("CC101") == "error"
    assert level_of("CC202") == "info"


@pytest.mark.parametrize(
    ("template", "evidence", "expected"),
    [
        ("{date} ({actual_weekday})", {"date": "2024-10-03", "actual_weekday": "Thursday"},
         "2024-10-03 (Thursday)"),
        ("{date} ({actual_weekday})", {"date": "2024-10-03"}, ""),
        ("{date}", {"date": ""}, ""),
        ("{units[-1]} and {units[0]}", {"units": ["mile", "km"]}, "km and mile"),
        ("{units[5]}", {"units": ["mile"]}, ""),
        ("whole {whole[value]}", {"whole": {"value": 120}}, "whole 120"),
        ("whole {whole[value]}", {"whole": 120}, ""),
        ("{value} percent", {"value": 112.5}, "112.5 percent"),
        ("{value}", {"value": 2_500_000.0}, "2,500,000"),
        ("no fields", {}, "no fields"),
        ("", {"value": 1}, ""),
    ],
)  # fmt: skip
def test_fill(template, evidence, expected):
    assert fill(template, evidence) == expected


def test_an_entry_names_a_known_stage():
    from claimcheck.codes import Code

    with pytest.raises(ValueError, match="stage"):
        Code("CC998", "made-up", "info", "Made up.", "nowhere")
