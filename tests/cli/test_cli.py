import json
import subprocess
import sys
from pathlib import Path

import pytest

from claimcheck.cli.main import main

FIXTURES = Path(__file__).parents[1] / "fixtures" / "articles"


def run_cli(capsys, *args):
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_extract_prints_claims_with_offsets(capsys):
    code, out, _ = run_cli(capsys, "extract", FIXTURES / "weekday-slip.md", "--format", "json")
    assert code == 0
    claims = json.loads(out)
    body = (FIXTURES / "weekday-slip.md").read_text().split("---\n", 2)[2]
    money = next(c for c in claims if c["unit"] == "USD")
    assert money["value"] == 12_000_000
    assert body[money["start"] : money["end"]] == money["text"]
    date = next(c for c in claims if c["kind"] == "date")
    assert date["date"] == "2024-10-03"


def test_check_json_reports_weekday_slip_and_exits_1(capsys):
    code, out, _ = run_cli(capsys, "check", FIXTURES / "weekday-slip.md", "--format", "json")
    assert code == 1
    payload = json.loads(out)
    [finding] = [f for f in payload["findings"] if f["rule"] == "CC101"]
    assert finding["severity"] == "error"
    assert finding["text"] == "Friday, Oct. 3, 2024"
    assert (finding["line"], finding["column"]) == (8, 20)
    for key in ("article_id", "message", "start", "end", "evidence"):
        assert key in finding


def test_fail_level_controls_exit_code(capsys):
    path = FIXTURES / "weekday-slip.md"
    assert run_cli(capsys, "check", path, "--fail-level", "never")[0] == 0
    assert run_cli(capsys, "check", path, "--ignore", "CC101")[0] == 0
    assert run_cli(capsys, "check", FIXTURES / "clean.md", "--fail-level", "info")[0] == 0


def test_text_format_is_path_line_col_code(capsys):
    code, out, _ = run_cli(capsys, "check", FIXTURES / "weekday-slip.md")
    assert code == 1
    first = out.splitlines()[0]
    assert first.startswith(f"{FIXTURES / 'weekday-slip.md'}:8:20: CC101 [error] ")


def test_missing_input_exits_2_with_reason(capsys, tmp_path):
    code, out, err = run_cli(capsys, "check", tmp_path / "missing.md")
    assert code == 2
    assert out == ""
    assert "missing.md: no such file or directory" in err
    assert len(err.strip().splitlines()) == 1


def test_bad_record_is_reported_and_others_checked(capsys):
    code, out, _ = run_cli(capsys, "check", FIXTURES / "mixed.jsonl", "--format", "json")
    payload = json.loads(out)
    assert payload["articles_checked"] == 2
    problems = [f for f in payload["findings"] if f["rule"] == "CC002"]
    assert [p["line"] for p in problems] == [2, 3]
    assert code == 1


def test_record_stores_in_ledger_and_stats_reads_it(capsys, tmp_path):
    ledger = tmp_path / "ledger.sqlite"
    code, _, _ = run_cli(capsys, "check", FIXTURES / "clean.md", "--ledger", ledger, "--record")
    assert code == 0
    code, out, _ = run_cli(capsys, "ledger", "stats", "--ledger", ledger, "--format", "json")
    stats = json.loads(out)
    assert stats["articles"] == 1 and stats["claims"] > 0
    code, out, _ = run_cli(capsys, "ledger", "show", "clean", "--ledger", ledger)
    assert code == 0 and "12 miles" in out


def test_record_without_ledger_is_a_usage_error(capsys):
    code, _, err = run_cli(capsys, "check", FIXTURES / "clean.md", "--record")
    assert code == 2 and "--ledger" in err


@pytest.mark.parametrize("command", ["check", "extract"])
def test_check_path_never_imports_prefect(command):
    script = (
        "import sys\n"
        "from claimcheck.cli.main import main\n"
        f"main([{command!r}, {str(FIXTURES / 'clean.md')!r}])\n"
        "assert 'prefect' not in sys.modules, 'prefect was imported'\n"
    )
    completed = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert completed.returncode == 0, completed.stderr


def test_check_loads_only_its_own_command_the_json_output_and_no_ledger_code():
    """`check` builds its own parser alone (argparse looks up its message catalog for every
    option of every command), and the json format needs the schema version, not the files."""
    script = (
        "import sys\n"
        "from claimcheck.cli.main import main\n"
        f"main(['check', {str(FIXTURES / 'clean.md')!r}, '--format', 'json', '--no-config'])\n"
        "loaded = sorted(name for name in sys.modules if name.startswith('claimcheck.cli.'))\n"
        "assert 'claimcheck.cli.commands.run' not in loaded, loaded\n"
        "assert 'claimcheck.cli.commands.ledger' not in loaded, loaded\n"
        "assert 'importlib.resources' not in sys.modules, 'importlib.resources was imported'\n"
        "assert 'claimcheck.ledger' not in sys.modules, 'ledger code loaded'\n"
        "assert 'yaml' not in sys.modules, 'yaml was imported for plain front matter'\n"
    )
    completed = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert completed.returncode == 0, completed.stderr


def test_every_command_is_still_listed_and_parsed_by_name(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    listed = capsys.readouterr().out
    for name in ("check", "extract", "run", "serve", "ledger", "rules", "reports", "config"):
        assert name in listed
    with pytest.raises(SystemExit) as exit_info:
        main(["ledger", "--help"])
    assert exit_info.value.code == 0 and "usage: claimcheck ledger" in capsys.readouterr().out


# --- exit codes and formats of `check` in CI -------------------------------------------------

SLIP = FIXTURES / "weekday-slip.md"


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github", "junit", "rdjson"])
def test_every_format_has_the_same_exit_codes(capsys, fmt):
    assert run_cli(capsys, "check", SLIP, "--format", fmt, "--no-config")[0] == 1
    assert run_cli(capsys, "check", SLIP, "--format", fmt, "--fail-level", "never")[0] == 0
    code, out, _ = run_cli(capsys, "check", FIXTURES / "clean.md", "--format", fmt)
    assert code == 0 and out


def test_fail_level_info_fails_on_an_info_finding(capsys, tmp_path):
    undated = tmp_path / "undated.md"
    undated.write_text("The ferry sailed yesterday with 40 passengers.\n")
    assert run_cli(capsys, "check", undated, "--no-config")[0] == 0
    code, out, _ = run_cli(capsys, "check", undated, "--fail-level", "info", "--no-config")
    assert code == 1 and "CC001 [info]" in out


def test_invalid_rule_set_exits_2_with_the_rule_file(capsys, tmp_path):
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "bad.yml").write_text("code: GEO999\nname: x\nkind: no-such-kind\n")
    code, out, err = run_cli(capsys, "check", SLIP, "--rules", rules)
    assert code == 2 and out == ""
    assert "bad.yml" in err and len(err.strip().splitlines()) == 1


def test_output_file_gets_the_report_and_stdout_stays_empty(capsys, tmp_path):
    target = tmp_path / "claimcheck.sarif"
    code, out, _ = run_cli(capsys, "check", SLIP, "--format", "sarif", "--output", target)
    assert code == 1 and out == ""
    assert json.loads(target.read_text())["version"] == "2.1.0"
    code, _, err = run_cli(capsys, "check", SLIP, "--output", tmp_path / "no" / "dir" / "x")
    assert code == 2 and "cannot write" in err


def test_github_format_writes_the_job_summary(capsys, tmp_path, monkeypatch):
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    code, out, _ = run_cli(capsys, "check", SLIP, "--format", "github")
    assert code == 1
    assert out.startswith("::error file=")
    assert "| error | CC101 |" in summary.read_text()
