"""Strict loading of rule files: every problem names the file, the line and the key."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.rules import RuleError, load_rules


def _error_for(rule_file, text: str) -> RuleError:
    path = rule_file(text)
    with pytest.raises(RuleError) as caught:
        load_rules(path.parent)
    assert str(caught.value).startswith(f"{path}:")
    return caught.value


def test_valid_rule_loads_with_its_fields(rule_file, valid_fact):
    path = rule_file(valid_fact)
    rule = load_rules(path.parent).by_code("TST001")
    assert (rule.kind, rule.level, rule.name) == ("fact", "error", "rule")
    assert rule.unit == "kilometer"
    assert rule.tolerance == 5.0
    assert rule.line == 1
    assert [case.expect_finding for case in rule.cases] == [True, False]


def test_broken_yaml_names_the_line(rule_file, valid_fact):
    error = _error_for(
        rule_file, valid_fact.replace("subject: [Testville, Test City]", "subject: [x")
    )
    assert "broken YAML" in str(error)
    assert error.line >= 6


def test_unknown_key_suggests_the_close_one(rule_file, valid_fact):
    error = _error_for(rule_file, valid_fact.replace("tolerance:", "tolerence:"))
    assert error.line == 11
    assert "key 'tolerence': unknown key; did you mean 'tolerance'?" in str(error)


def test_unknown_key_inside_doc_names_the_nested_key(rule_file, valid_fact):
    error = _error_for(rule_file, valid_fact.replace("  why:", "  whyy:"))
    assert "key 'doc.whyy': unknown key; did you mean 'why' (required)?" in str(error)
    assert error.line == 14


def test_wrong_type_names_key_and_type(rule_file, valid_fact):
    error = _error_for(rule_file, valid_fact.replace("value: 50", "value: fifty"))
    assert str(error).endswith("key 'value': expected a number, got text 'fifty'")
    assert error.line == 9


def test_unknown_kind(rule_file, valid_fact):
    error = _error_for(rule_file, valid_fact.replace("kind: fact", "kind: facts"))
    assert "key 'kind': unknown kind 'facts'; did you mean 'fact'?" in str(error)
    assert error.line == 2


def test_unparsable_unit(rule_file, valid_fact):
    error = _error_for(rule_file, valid_fact.replace("unit: km", "unit: furlongs-ish"))
    assert "key 'unit': unit 'furlongs-ish' is not a unit" in str(error)


def test_unit_of_the_wrong_dimension(rule_file, valid_fact):
    error = _error_for(rule_file, valid_fact.replace("unit: km", "unit: kg"))
    assert "key 'unit'" in str(error) and "measures mass, not length" in str(error)


def test_unparsable_date(rule_file, valid_fact):
    error = _error_for(rule_file, valid_fact + "valid_from: 2022-13-45\n")
    assert "key 'valid_from': expected a date written YYYY-MM-DD" in str(error)


def test_tolerance_below_zero(rule_file, valid_fact):
    error = _error_for(rule_file, valid_fact.replace("tolerance: 5 km", "tolerance: -5 km"))
    assert "key 'tolerance': must not be below zero" in str(error)


def test_regex_that_does_not_compile(rule_file, valid_fact):
    error = _error_for(rule_file, valid_fact + "unless_pattern: ['(unclosed']\n")
    assert "key 'unless_pattern': regex '(unclosed' does not compile" in str(error)


def test_duplicate_code_names_both_files(rule_file, valid_fact):
    first = rule_file(valid_fact, "a.yml")
    second = rule_file(valid_fact, "b.yml")
    with pytest.raises(RuleError) as caught:
        load_rules(first.parent)
    assert str(caught.value).startswith(f"{second}:1: key 'code': duplicate code TST001")
    assert str(first) in str(caught.value)


def test_duplicate_key_in_one_file(rule_file, valid_fact):
    error = _error_for(rule_file, valid_fact + "level: warning\n")
    assert "key 'level': given twice (first on line 3)" in str(error)


def test_missing_required_key(rule_file, valid_fact):
    error = _error_for(rule_file, valid_fact.replace("source: A made-up atlas, page 3.\n", ""))
    assert "key 'source': missing (required)" in str(error)


def test_unknown_message_placeholder(rule_file, valid_fact):
    error = _error_for(rule_file, valid_fact.replace("{expected}", "{expectd}"))
    assert "key 'message': unknown placeholder {expectd}" in str(error)


def test_message_placeholders_take_no_format(rule_file, valid_fact):
    error = _error_for(rule_file, valid_fact.replace("{expected}", "{expected:d}"))
    assert "key 'message': malformed template: placeholder {expected} takes no format" in str(error)
    error = _error_for(rule_file, valid_fact.replace("{expected}", "{}"))
    assert "key 'message': malformed template" in str(error)


def test_bad_level_and_bad_code(rule_file, valid_fact):
    error = _error_for(rule_file, valid_fact.replace("level: error", "level: fatal"))
    assert "key 'level': 'fatal' is not one of: error, warning, info" in str(error)
    error = _error_for(rule_file, valid_fact.replace("code: TST001", "code: tst-1"))
    assert "key 'code'" in str(error)


def test_a_case_needs_text(rule_file, valid_fact):
    error = _error_for(
        rule_file, valid_fact.replace("    - Testville is 50 km", "    - when: Testville is 50 km")
    )
    assert "key 'cases.pass.0.text': missing (required)" in str(error)
    assert error.line == 19


def test_measure_must_be_a_dimension_or_a_list_of_nouns(rule_file, valid_fact):
    error = _error_for(rule_file, valid_fact.replace("measure: length", "measure: troop"))
    assert "key 'measure': 'troop' is not a dimension" in str(error)
    assert "nor a measure of the vocabulary" in str(error)
    assert "write a list: [troop, soldier]" in str(error)


def test_person_misspelling_may_not_be_an_alias(rule_file, valid_fact):
    person = valid_fact.split("subject:")[0].replace("kind: fact", "kind: person")
    person = person.replace(
        "{stated} from {subject} to the sea: it is about {expected}.", "{found}"
    )
    person += "person: Ann Example\naliases: [Example]\nmisspellings: [Exampel, example]\n"
    person += valid_fact[valid_fact.index("doc:") :]
    error = _error_for(rule_file, person)
    assert "key 'misspellings': 'example' is also the name or an alias" in str(error)


def test_empty_file_and_non_mapping(rule_file, valid_fact):
    assert "the file is empty" in str(_error_for(rule_file, ""))
    assert "expected a mapping" in str(_error_for(rule_file, "- a\n- b\n"))


def test_missing_directory():
    with pytest.raises(RuleError, match="no such rules directory"):
        load_rules(Path("/nonexistent/rules"))
