import json
import subprocess
import sys
from pathlib import Path

import pytest

from claimcheck.cli import main

FIXTURES = Path(__file__).parent / "fixtures" / "articles"


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
        "from claimcheck.cli import main\n"
        f"main([{command!r}, {str(FIXTURES / 'clean.md')!r}])\n"
        "assert 'prefect' not in sys.modules, 'prefect was imported'\n"
    )
    completed = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert completed.returncode == 0, completed.stderr
