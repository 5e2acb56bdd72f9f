"""Every rule in the shipped rule set behaves as its own `cases:` say (one test per code)."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.rules import load_rules
from claimcheck.rules.cases import run_case

RULES_DIR = Path(__file__).resolve().parents[2] / "rules"
RULE_SET = load_rules(RULES_DIR)


@pytest.mark.parametrize("code", [rule.code for rule in RULE_SET])
def test_rule_cases(code):
    rule = RULE_SET.by_code(code)
    assert any(case.expect_finding for case in rule.cases)
    assert any(not case.expect_finding for case in rule.cases)
    problems = [
        result.explain() for case in rule.cases if not (result := run_case(RULE_SET, rule, case)).ok
    ]
    assert problems == []


def test_a_wrong_case_is_reported(rule_file, valid_fact):
    # The runner must be able to fail: a "fail" text that does not trigger the rule.
    broken = valid_fact.replace(
        "Testville is 200 km from the sea.", "Testville is 52 km from the sea."
    )
    rules = load_rules(rule_file(broken).parent)
    rule = rules.by_code("TST001")
    results = [run_case(rules, rule, case) for case in rule.cases]
    assert [result.ok for result in results] == [False, True]
    assert "fail case: expected a finding, got none" in results[0].explain()


def test_shipped_rules_cover_every_kind_and_folder():
    assert {rule.kind for rule in RULE_SET} == {"fact", "range", "event", "person", "unit-policy"}
    folders = {rule.path.parent.name for rule in RULE_SET}
    assert folders == {"geo", "people", "events", "ranges", "style"}
