"""Bad rules, configuration and waiver files stop claimcheck: exit 2, one line, FILE:LINE: key."""

import re
import time

import pytest

RULE = """\
code: GEO900
name: harbour-bridge-length
kind: fact
level: warning
message: "{stated} for the harbour bridge: it is about {expected} long."
source: City engineering office, bridge register 2023.
subject: [harbour bridge]
measure: length
value: 1200
unit: m
tolerance: 100 m
unless_pattern: ["planned"]
doc:
  what: A length of the harbour bridge far from its real 1,200 m.
  why: The bridge is a landmark; its length is easy to check.
cases:
  fail:
    - The harbour bridge is 3 km long.
  pass:
    - The harbour bridge is 1,200 m long.
"""

# (what is wrong, edit of the valid rule, line, key or None, words the message must hold)
BROKEN_RULES = [
    ("broken YAML", ("level: warning", "level: [warning"), 5, None, "broken YAML"),
    ("control character", ("[harbour bridge]", "[harbour bridge]\x07"), 7, None, "not allowed"),
    ("unknown key", ("level: warning", "level: warning\ncolour: red"), 5, "colour", "unknown key"),
    ("misspelt key", ("source:", "sorce:"), 6, "sorce", "did you mean 'source'"),
    ("wrong type", ("value: 1200", "value: twelve"), 9, "value", "expected a number"),
    ("list for text", ("level: warning", "level: [a, b]"), 4, "level", "expected non-empty text"),
    ("unknown unit", ("unit: m", "unit: furlongz"), 10, "unit", "not a unit"),
    ("negative tolerance", ("tolerance: 100 m", "tolerance: -5 m"), 11, "tolerance", "below zero"),
    ("bad regex", ('["planned"]', '["plan(ned"]'), 12, "unless_pattern", "does not compile"),
    ("key twice", ("value: 1200", "value: 1200\nvalue: 1300"), 10, "value", "given twice"),
    ("python tag", ("code: GEO900", "code: !!python/object/apply:os.getcwd []"), 1, None, "tag"),
]


def one_line(err: str) -> str:
    assert err.endswith("\n") and err.count("\n") == 1, err
    return err.rstrip("\n")


def where(path, line: int, key: str | None) -> str:
    return f"{path}:{line}: " + (f"key '{key}': " if key else "")


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "story.md"
    path.write_text("---\nid: story\n---\nThe harbour bridge is 3 km long.\n")
    return path


def test_the_valid_rule_loads_and_fires(tmp_path, article, run_cli):
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "bridge.yml").write_text(RULE)
    assert run_cli("rules", "validate", str(tmp_path / "rules"))[0] == 0
    code, out, _ = run_cli("check", str(article), "--rules", str(tmp_path / "rules"), "--no-config")
    assert code == 0 and "GEO900" in out  # a warning: below the default fail level


@pytest.mark.parametrize(
    ("edit", "line", "key", "words"),
    [case[1:] for case in BROKEN_RULES],
    ids=[case[0] for case in BROKEN_RULES],
)
def test_a_broken_rule_stops_check_and_validate(tmp_path, article, run_cli, edit, line, key, words):
    rules = tmp_path / "rules"
    rules.mkdir()
    old, new = edit
    assert old in RULE
    path = rules / "bridge.yml"
    path.write_text(RULE.replace(old, new, 1))

    code, out, err = run_cli("rules", "validate", str(rules))
    message = one_line(err)
    assert code == 2 and out == ""
    assert message.startswith(where(path, line, key)) and words in message

    code, out, err = run_cli("check", str(article), "--rules", str(rules), "--no-config")
    assert code == 2 and out == ""
    assert one_line(err) == f"claimcheck: {message}"


def test_duplicate_codes_name_both_files(tmp_path, article, run_cli):
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "a.yml").write_text(RULE)
    (rules / "b.yml").write_text(RULE.replace("harbour-bridge-length", "bridge-again"))
    code, _, err = run_cli("rules", "validate", str(rules))
    assert code == 2
    assert one_line(err) == (
        f"{rules / 'b.yml'}:1: key 'code': duplicate code GEO900: also used by {rules / 'a.yml'}:1"
    )
    code, _, err = run_cli("check", str(article), "--rules", str(rules), "--no-config")
    assert code == 2 and "duplicate code GEO900" in one_line(err)


def alias_bomb(levels: int = 7) -> str:
    text = "l0: &l0 [x, x, x, x, x, x, x, x, x]\n"
    for level in range(1, levels + 1):
        text += f"l{level}: &l{level} [" + ", ".join([f"*l{level - 1}"] * 9) + "]\n"
    return text


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("code: GEO900\n" + alias_bomb(), 3, "aliases (*name)"),
        ("code: " + "[" * 20_000 + "]" * 20_000 + "\n", 1, "nest"),
    ],
    ids=["billion laughs", "deep nesting"],
)
def test_hostile_rule_files_fail_fast(tmp_path, run_cli, text, line, words):
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "bomb.yml").write_text(text)
    started = time.monotonic()
    code, _, err = run_cli("rules", "validate", str(rules))
    assert time.monotonic() - started < 5
    assert code == 2 and one_line(err).startswith(f"{rules / 'bomb.yml'}:{line}: ")
    assert words in err


# -- claimcheck.toml and [tool.claimcheck] ----------------------------------------------------

BROKEN_CONFIGS = [
    ("claimcheck.toml", 'select = ["CC1"]\nfail-level = \n', 2, None, "not valid TOML"),
    ("claimcheck.toml", 'select = ["CC1"\n', 2, None, "not valid TOML"),
    ("claimcheck.toml", 'select = ["CC1"]\nselect = ["CC2"]\n', 2, None, "not valid TOML"),
    ("claimcheck.toml", 'fail_lvl = "error"\n', 1, "fail_lvl", "did you mean 'fail-level'"),
    ("claimcheck.toml", "fail-level = 3\n", 1, "fail-level", "must be one of"),
    ("claimcheck.toml", "select = 5\n", 1, "select", "must be a list of codes"),
    ("claimcheck.toml", 'select = ["C C"]\n', 1, "select", "is not a code"),
    ("claimcheck.toml", "caf\xe9 = 1\n", 1, None, "not UTF-8"),
    ("pyproject.toml", '[project]\nname = "x"\n[tool.claimcheck]\nformat = 1\n', 4, "format", ""),
    ("pyproject.toml", "[tool.claimcheck]\nrules = 5\n", 2, "rules", "must be a path"),
]


@pytest.mark.parametrize(("name", "text", "line", "key", "words"), BROKEN_CONFIGS)
def test_a_broken_configuration_stops_check(
    tmp_path, article, run_cli, name, text, line, key, words
):
    (tmp_path / ".git").mkdir()  # the search for a configuration file stops here
    path = tmp_path / name
    path.write_bytes(text.encode("latin-1"))
    code, out, err = run_cli("check", str(article))
    message = one_line(err)
    assert code == 2 and out == ""
    assert message.startswith(f"claimcheck: {where(path, line, key)}") and words in message
    # The same file named with --config gives the same message.
    assert run_cli("check", str(article), "--config", str(path))[2] == err


# -- the waiver file --------------------------------------------------------------------------

WAIVER = "waivers:\n  - article: story\n    code: GEO\n    reason: Checked.\n    expires: {date}\n"
BROKEN_WAIVERS = [
    ("waivers: [\n", 2, None, "not YAML"),
    (WAIVER.format(date="2027-01-31") + "\x07", 6, None, "not allowed"),
    (WAIVER.format(date="2027-13-01"), 5, "expires", "must be a date"),
    (WAIVER.format(date="2027-02-30"), 5, "expires", "must be a date"),
    (WAIVER.format(date="soon"), 5, "expires", "must be a date"),
    (WAIVER.format(date="2027-01-31").replace("reason", "reasn"), 4, "reasn", "unknown key"),
    (WAIVER.format(date="2027-01-31").replace("story", "[a, b]"), 2, "article", "must be text"),
    (WAIVER.format(date="2027-01-31").replace("    reason: Checked.\n", ""), 2, "reason", ""),
    ("waivers:\n  - just text\n", 2, None, "must be a mapping"),
    ("waivers: 5\n", 1, "waivers", "must be a list"),
    (WAIVER.format(date="2027-01-31").replace("story", "!!python/object/apply:os.getcwd []"), 2,
     "article", "could not determine a constructor"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "line", "key", "words"), BROKEN_WAIVERS)
def test_a_broken_waiver_file_stops_check(tmp_path, article, run_cli, text, line, key, words):
    path = tmp_path / "claimcheck-waivers.yml"
    path.write_text(text)
    code, out, err = run_cli("check", str(article), "--no-config")
    message = one_line(err)
    assert code == 2 and out == ""
    assert message.startswith(f"claimcheck: {where(path, line, key)}") and words in message


def test_a_valid_waiver_file_waives(tmp_path, article, run_cli):
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "bridge.yml").write_text(RULE)
    (tmp_path / "claimcheck-waivers.yml").write_text(WAIVER.format(date="2999-01-31"))
    code, out, _ = run_cli("check", str(article), "--rules", str(tmp_path / "rules"), "--no-config")
    assert code == 0 and not re.search(r"GEO900 \[", out)
