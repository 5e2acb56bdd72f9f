"""Mistakes stop claimcheck at once, in one line, with exit code 2, before Prefect starts and
without leaving anything half-written: no run folder, no reports folder, no new ledger file."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from claimcheck.cli.main import main
from claimcheck.ledger import LedgerError, open_ledger

FIXTURES = Path(__file__).parents[1] / "fixtures" / "articles"
# Runs main() in a fresh interpreter and fails if Prefect was imported: every check here must
# happen before it.
NO_PREFECT = (
    "import sys\n"
    "from claimcheck.cli.main import main\n"
    "code = main(sys.argv[1:])\n"
    "assert 'prefect' not in sys.modules, 'prefect was imported'\n"
    "sys.exit(code)\n"
)


@pytest.fixture()
def inbox(tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    shutil.copy(FIXTURES / "weekday-slip.md", folder)
    return folder


def claimcheck(*args, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PREFECT_HOME": str(cwd / "prefect-home")}
    env.pop("PREFECT_API_URL", None)
    began = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-c", NO_PREFECT, *map(str, args)],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    result.seconds = time.perf_counter() - began
    return result


def one_line(result) -> str:
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_reports_folder_that_cannot_be_written(inbox, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the reports should go\n")
    line = one_line(claimcheck("run", inbox, "--reports", blocker / "reports", cwd=tmp_path))
    assert "cannot create the reports folder" in line and str(blocker) in line
    line = one_line(claimcheck("run", inbox, "--reports", blocker, cwd=tmp_path))
    assert "is a file, not a folder" in line
    assert not (tmp_path / ".claimcheck").exists()  # no ledger created either


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_read_only_reports_folder(inbox, tmp_path):
    reports = tmp_path / "reports"
    reports.mkdir()
    reports.chmod(0o555)
    try:
        line = one_line(claimcheck("run", inbox, "--reports", reports, cwd=tmp_path))
    finally:
        reports.chmod(0o755)
    assert "cannot write the reports folder" in line
    assert list(reports.iterdir()) == []


def test_broken_rules_stop_run_and_serve_before_prefect(inbox, tmp_path):
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "broken.yml").write_text("code: GEO9\nkind: fact\nlevel: loud\n")
    for argv in (("run", inbox), ("serve", inbox, "--interval", "60")):
        result = claimcheck(*argv, "--rules", rules, "--reports", tmp_path / "r", cwd=tmp_path)
        assert "broken.yml" in one_line(result)
        assert result.seconds < 20  # no server start-up
    assert not (tmp_path / "r").exists()


def test_a_corrupt_ledger_leaves_no_run_folder(inbox, tmp_path):
    ledger = tmp_path / "ledger.sqlite"
    ledger.write_bytes(b"this was a ledger until a disk filled up" * 50)
    before = ledger.read_bytes()
    reports = tmp_path / "reports"
    line = one_line(
        claimcheck("run", inbox, "--ledger", ledger, "--reports", reports, cwd=tmp_path)
    )
    assert str(ledger) in line and "not a claimcheck ledger" in line
    assert not reports.exists() and ledger.read_bytes() == before


def test_a_ledger_of_an_older_schema_is_refused_and_a_current_one_accepted(inbox, tmp_path):
    import sqlite3

    old = tmp_path / "old.sqlite"
    with sqlite3.connect(old) as connection:
        connection.executescript(
            "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
            "INSERT INTO meta VALUES ('schema_version', '2');"
        )
    reports = tmp_path / "reports"
    for command in (("run", inbox, "--reports", reports), ("check", inbox)):
        line = one_line(claimcheck(*command, "--ledger", old, cwd=tmp_path))
        assert str(old) in line and "schema version 2" in line
    assert not reports.exists()
    with sqlite3.connect(old) as connection:  # never migrated behind the user's back
        assert connection.execute("SELECT value FROM meta").fetchall() == [("2",)]
    current = tmp_path / "current.sqlite"
    open_ledger(current).close()
    result = claimcheck("check", inbox, "--ledger", current, "--no-config", cwd=tmp_path)
    assert result.returncode == 1 and "Traceback" not in result.stderr  # its findings


def test_an_empty_file_is_never_turned_into_a_ledger(inbox, tmp_path):
    empty = tmp_path / "typo.sqlite"
    empty.touch()
    with pytest.raises(LedgerError, match="empty file"):
        open_ledger(empty)
    line = one_line(claimcheck("check", inbox, "--ledger", empty, "--record", cwd=tmp_path))
    assert "empty file (0 bytes)" in line
    line = one_line(claimcheck("run", inbox, "--ledger", empty, cwd=tmp_path))
    assert "empty file (0 bytes)" in line
    assert empty.stat().st_size == 0
    foreign = tmp_path / "notes.sqlite"
    foreign.write_text("ids of articles to check again\n")
    with pytest.raises(LedgerError, match="not a SQLite database"):
        open_ledger(foreign)


def test_check_against_a_ledger_that_does_not_exist(inbox, tmp_path, capsys):
    missing = tmp_path / "missng.sqlite"
    assert main(["check", str(inbox), "--ledger", str(missing)]) == 2
    assert "no such ledger (give --record to create it" in capsys.readouterr().err
    assert not missing.exists()
    assert main(["check", str(inbox), "--ledger", str(missing), "--record"]) == 1
    assert missing.is_file()
    assert main(["check", str(inbox), "--ledger", str(missing)]) == 1  # now it exists


def test_inputs_holding_no_articles(tmp_path, capsys):
    empty = tmp_path / "drafts"
    empty.mkdir()
    (empty / "notes.docx").write_text("not an article format")
    ledger = tmp_path / "new.sqlite"
    assert main(["check", str(empty), "--ledger", str(ledger), "--record"]) == 2
    assert "no articles here" in capsys.readouterr().err
    assert not ledger.exists()
    blank = tmp_path / "wire.jsonl"
    blank.write_text("\n")
    assert main(["check", str(blank), "--ledger", str(ledger), "--record"]) == 2
    assert "no articles in" in capsys.readouterr().err
    assert not ledger.exists()
    line = one_line(claimcheck("run", empty, cwd=tmp_path))
    assert "no articles here" in line and str(empty) in line
    assert not (tmp_path / "reports").exists()


def test_serve_over_an_empty_inbox_is_fine(tmp_path):
    pytest.importorskip("prefect")
    from claimcheck.cli.commands.serve import deployment_from_args
    from claimcheck.cli.main import build_parser

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    parser, _ = build_parser()
    args = parser.parse_args(["serve", str(inbox), "--interval", "60", "--no-config"])
    assert deployment_from_args(args).parameters["paths"] == [str(inbox)]
