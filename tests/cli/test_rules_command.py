"""`claimcheck rules validate|list|test|doc`: exit codes and what each prints or writes."""

from __future__ import annotations

import argparse
from pathlib import Path

from claimcheck.cli.commands import rules as rules_cli

ROOT = Path(__file__).resolve().parents[2]


def run(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="claimcheck")
    rules_cli.add_parser(parser.add_subparsers(dest="command", required=True))
    return rules_cli.run(parser.parse_args(["rules", *argv]))


def test_validate_ok(capsys):
    assert run("validate", str(ROOT / "rules")) == 0
    assert "valid" in capsys.readouterr().out


def test_validate_reports_file_line_key_and_exits_2(tmp_path, capsys, valid_fact):
    (tmp_path / "bad.yml").write_text(valid_fact.replace("level: error", "levle: error"))
    assert run("validate", str(tmp_path)) == 2
    error = capsys.readouterr().err.strip()
    assert error.startswith(
        f"{tmp_path / 'bad.yml'}:3: key 'levle': unknown key; did you mean 'level'"
    )


def test_validate_missing_directory_exits_2(tmp_path, capsys):
    assert run("validate", str(tmp_path / "none")) == 2
    assert "no such rules directory" in capsys.readouterr().err


def test_default_directory_is_rules_here(tmp_path, monkeypatch, capsys, valid_fact):
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "a.yml").write_text(valid_fact)
    monkeypatch.chdir(tmp_path)
    assert run("list") == 0
    assert capsys.readouterr().out == "TST001\tfact\terror\trules/a.yml\n"


def test_test_command_runs_the_cases(tmp_path, capsys, valid_fact):
    (tmp_path / "a.yml").write_text(valid_fact)
    assert run("test", str(tmp_path)) == 0
    (tmp_path / "a.yml").write_text(valid_fact.replace("200 km", "51 km"))
    assert run("test", str(tmp_path)) == 1
    assert "expected a finding, got none" in capsys.readouterr().out


def test_doc_writes_pages_and_index(tmp_path, valid_fact):
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "a.yml").write_text(valid_fact)
    out = tmp_path / "docs"
    assert run("doc", str(tmp_path / "rules"), "--out", str(out)) == 0
    names = sorted(p.name for p in out.iterdir())
    assert [n for n in names if not n.startswith("CC")] == ["TST001.md", "index.md"]
    assert "CC101.md" in names
    page = (out / "TST001.md").read_text()
    for part in (
        "# TST001 a",
        "A wrong distance",
        "Readers plan trips",
        "A made-up atlas",
        "Testville is 200 km from the sea.",
        "| known value | 50 km (45–55 km) |",
    ):
        assert part in page
