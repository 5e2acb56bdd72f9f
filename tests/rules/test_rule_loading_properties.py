"""Whatever a rule file holds, loading it either gives a rule or a RuleError naming the file."""

from __future__ import annotations

from pathlib import Path

import yaml
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.rules import RuleError, load_rule_file

BASE = yaml.safe_load((Path(__file__).parent / "valid_fact.yml").read_text(encoding="utf-8"))
ODD_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-10, 10**6),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=12),
    st.lists(st.text(max_size=6), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
    st.sampled_from(["km", "-5 km", "10%", "2022-02-30", "(", "length", "fact", "tons"]),
)


@given(key=st.sampled_from(sorted(BASE)), value=ODD_VALUES)
def test_any_value_for_any_key_loads_or_raises_rule_error(tmp_path_factory, key, value):
    path = tmp_path_factory.mktemp("rules") / "rule.yml"
    path.write_text(yaml.safe_dump({**BASE, key: value}, allow_unicode=True), encoding="utf-8")
    try:
        rule = load_rule_file(path)
    except RuleError as error:
        assert str(error).startswith(f"{path}:")
        assert error.line >= 1
    else:
        assert rule.code == BASE["code"] or key == "code"


@given(text=st.text(max_size=200))
def test_any_text_loads_or_raises_rule_error(tmp_path_factory, text):
    path = tmp_path_factory.mktemp("rules") / "rule.yml"
    path.write_text(text, encoding="utf-8")
    try:
        load_rule_file(path)
    except RuleError as error:
        assert str(error).startswith(f"{path}:")
