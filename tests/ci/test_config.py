"""Configuration files: where they are found, strict validation, and flags overriding them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimcheck.ci.config import Config, ConfigError, load_config, load_config_file
from claimcheck.cli.main import main

SLIP = "The council met on Friday, Oct. 3, 2024, to debate the budget."


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_pyproject_table_is_found_from_a_subdirectory(tmp_path):
    write(
        tmp_path / "pyproject.toml",
        '[project]\nname = "paper"\n\n[tool.claimcheck]\nselect = ["CC1"]\n'
        'fail-level = "warning"\nrules = "rules"\n',
    )
    config = load_config(tmp_path / "desk" / "drafts")
    assert config.path == tmp_path / "pyproject.toml"
    assert config.select == ("CC1",)
    assert config.fail_level == "warning"
    assert config.rules == (tmp_path / "rules").resolve()


def test_claimcheck_toml_wins_over_pyproject_in_the_same_directory(tmp_path):
    write(tmp_path / "pyproject.toml", '[tool.claimcheck]\nformat = "json"\n')
    write(tmp_path / "claimcheck.toml", 'format = "sarif"\nignore = "CC107,CC108"\n')
    config = load_config(tmp_path)
    assert config.format == "sarif"
    assert config.ignore == ("CC107", "CC108")


def test_claimcheck_toml_may_use_the_tool_table_too(tmp_path):
    write(tmp_path / "claimcheck.toml", '[tool.claimcheck]\nfail-level = "info"\n')
    assert load_config(tmp_path).fail_level == "info"
    write(tmp_path / "claimcheck.toml", 'format = "json"\n[tool.claimcheck]\nfail-level = "info"\n')
    with pytest.raises(ConfigError, match="not both"):
        load_config(tmp_path)


def test_pyproject_without_the_table_is_passed_over(tmp_path):
    write(tmp_path / "claimcheck.toml", 'fail-level = "info"\n')
    write(tmp_path / "desk" / "pyproject.toml", "[tool.ruff]\nline-length = 100\n")
    assert load_config(tmp_path / "desk").fail_level == "info"


def test_search_stops_at_the_repository_root(tmp_path):
    write(tmp_path / "claimcheck.toml", 'fail-level = "info"\n')
    (tmp_path / "repo" / ".git").mkdir(parents=True)
    assert load_config(tmp_path / "repo" / "drafts") == Config()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'select = ["CC1"]\nfail_levle = "x"\n',
            "claimcheck.toml:2: key 'fail_levle': unknown key",
        ),
        ('fail-level = "loud"\n', "claimcheck.toml:1: key 'fail-level': must be one of"),
        ("select = 7\n", "claimcheck.toml:1: key 'select': must be a list of codes"),
        ('select = ["CC 1"]\n', "key 'select': 'CC 1' is not a code"),
        ("rules = true\n", "key 'rules': must be a path (a string), not a boolean"),
        ('format = "xml"\n', "key 'format': must be one of text, json, sarif"),
        ("select = [\n", "not valid TOML"),
    ],
)
def test_bad_configuration_names_file_and_key(tmp_path, text, expected):
    write(tmp_path / "claimcheck.toml", text)
    with pytest.raises(ConfigError) as caught:
        load_config(tmp_path)
    assert expected in str(caught.value)


def test_unknown_key_suggests_the_close_one(tmp_path):
    write(tmp_path / "pyproject.toml", '[tool.other]\nx = 1\n[tool.claimcheck]\nfail_level = "x"\n')
    with pytest.raises(ConfigError, match=r"pyproject.toml:4: key 'fail_level'.*'fail-level'"):
        load_config(tmp_path)


def test_explicit_config_file(tmp_path):
    path = write(tmp_path / "ci.toml", '[tool.claimcheck]\nformat = "junit"\n')
    assert load_config_file(path).format == "junit"
    with pytest.raises(ConfigError, match="not found"):
        load_config_file(tmp_path / "none.toml")


def draft(tmp_path) -> Path:
    return write(
        tmp_path / "drafts" / "council.md",
        f"---\nid: council\npublished: 2024-10-04T09:00:00Z\n---\n\n{SLIP}\n",
    )


def test_cli_uses_the_configuration_and_flags_override_it(tmp_path, capsys, monkeypatch):
    write(tmp_path / "claimcheck.toml", 'format = "json"\nignore = ["CC101"]\n')
    monkeypatch.chdir(tmp_path)
    code = main(["check", str(draft(tmp_path))])
    payload = json.loads(capsys.readouterr().out)
    assert code == 0 and payload["findings"] == []
    # Flags win: --select replaces the file's selection, --format the file's format.
    code = main(["check", str(draft(tmp_path)), "--ignore", "CC9", "--format", "text"])
    assert code == 1
    assert "CC101 [error]" in capsys.readouterr().out
    # --no-config ignores the file altogether.
    assert main(["check", str(draft(tmp_path)), "--no-config"]) == 1


def test_cli_fail_level_from_configuration(tmp_path, capsys, monkeypatch):
    write(tmp_path / "pyproject.toml", '[tool.claimcheck]\nfail-level = "never"\n')
    monkeypatch.chdir(tmp_path)
    assert main(["check", str(draft(tmp_path))]) == 0
    assert main(["check", str(draft(tmp_path)), "--fail-level", "error"]) == 1


def test_cli_bad_configuration_exits_2(tmp_path, capsys, monkeypatch):
    write(tmp_path / "claimcheck.toml", "colour = 'red'\n")
    monkeypatch.chdir(tmp_path)
    assert main(["check", str(draft(tmp_path))]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "claimcheck.toml:1: key 'colour': unknown key" in captured.err


def test_ledger_may_be_a_file_beside_the_config_or_a_database_url(tmp_path):
    write(tmp_path / "claimcheck.toml", 'ledger = "data/ledger.sqlite"\n')
    assert load_config(tmp_path).ledger == (tmp_path / "data" / "ledger.sqlite").resolve()
    url = "postgresql://newsroom@db.internal/claims"
    write(tmp_path / "claimcheck.toml", f'ledger = "{url}"\n')
    assert load_config(tmp_path).ledger == url
