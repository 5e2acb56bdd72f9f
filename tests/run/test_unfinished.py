"""A run killed part way: the next run removes the chunk results it kept and reports what it
recorded without reporting (run.unfinished)."""

import json
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from claimcheck.ledger import open_ledger
from claimcheck.run.runner import check_run, finish_run, prepare_run
from claimcheck.run.unfinished import RunLock
from claimcheck.run.workers import check_chunk_placed

# A run in its own process that dies (as if killed: no clean-up) at the step named.
KILLED_RUN = """
import os, sys
from concurrent.futures import ThreadPoolExecutor
import claimcheck.run.runner as runner
from claimcheck.run.workers import check_chunk_placed

inbox, reports, ledger, step = sys.argv[1:5]
original = getattr(runner, step)
setattr(runner, step, lambda *args, **kwargs: os._exit(9))
run = runner.prepare_run(reports, ledger_path=ledger, workers=1)
with ThreadPoolExecutor(2) as threads:
    def submit(chunk, placement):
        return threads.submit(check_chunk_placed, chunk, run.settings, run.rules_key, "threads", 1)
    runner.check_run(run, [inbox], submit, chunk_size=1)
"""


def _bridge(folder: Path, day: str, metres: int) -> None:
    (folder / f"bridge-{day}.md").write_text(
        f"---\nid: bridge-{day}\nsource: Valley Ledger\npublished: {day}\n---\n"
        f"The Harlow River bridge in Ashby is {metres} meters long.\n"
    )


def _inbox(tmp_path: Path) -> Path:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    _bridge(inbox, "2024-01-05", 412)
    _bridge(inbox, "2024-02-05", 512)  # contradicts January's length: CC201
    return inbox


def _killed_run(inbox: Path, reports: Path, ledger: Path, step: str) -> None:
    process = subprocess.run(
        [sys.executable, "-c", KILLED_RUN, str(inbox), str(reports), str(ledger), step],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert process.returncode == 9, process.stderr[-2000:]


def _run(inbox: Path, reports: Path, ledger: Path):
    run = prepare_run(str(reports), ledger_path=str(ledger), workers=1)
    with ThreadPoolExecutor(2) as threads:

        def submit(chunk, placement):
            return threads.submit(
                check_chunk_placed, chunk, run.settings, run.rules_key, placement.mode, 1
            )

        checked = check_run(run, [str(inbox)], submit, chunk_size=1)
    return finish_run(run, checked).summary


def _pending(reports: Path) -> list[Path]:
    return list(reports.glob("*/.pending-*.tmp"))


def test_a_run_killed_after_recording_is_reported_by_the_next_run(tmp_path):
    inbox, reports, ledger = _inbox(tmp_path), tmp_path / "reports", tmp_path / "l.sqlite"
    _killed_run(inbox, reports, ledger, "report_chunks")
    with open_ledger(ledger) as opened:
        assert opened.stats()["articles"] == 2  # recorded, with its CC201 ...
    assert not list(reports.glob("*/summary.json"))  # ... but never reported
    assert len(_pending(reports)) == 2 and len(list(reports.glob(".run-*.lock"))) == 1

    summary = _run(inbox, reports, ledger)
    assert (summary["articles"], summary["articles_unchanged"]) == (2, 0)
    assert summary["findings_by_rule"].get("CC201") == 1
    rows = (Path(summary["reports_dir"]) / "findings.csv").read_text()
    assert "CC201" in rows and "bridge-2024-02-05" in rows
    assert _pending(reports) == [] and list(reports.glob(".run-*.lock")) == []
    with open_ledger(ledger) as opened:
        assert opened.stats()["articles"] == 2 and opened.stats()["findings"] == 1

    again = _run(inbox, reports, ledger)
    assert again["nothing_new"] and again["articles_unchanged"] == 2


def test_a_run_killed_while_checking_leaves_nothing_to_redo_and_no_kept_results(tmp_path):
    inbox, reports, ledger = _inbox(tmp_path), tmp_path / "reports", tmp_path / "l.sqlite"
    _killed_run(inbox, reports, ledger, "compare_in_order")
    assert len(_pending(reports)) == 2  # young: the age rule alone would keep them an hour
    # The dead run's scratch tables: the pass's entries and the index lines of its chunks.
    assert len(list(reports.glob("*/.staged-*.tmp"))) == 2
    summary = _run(inbox, reports, ledger)
    assert summary["articles"] == 2 and summary["findings_by_rule"].get("CC201") == 1
    assert _pending(reports) == [] and list(reports.glob(".run-*.lock")) == []
    assert list(reports.glob("*/.staged-*.tmp")) == []


def test_a_live_runs_lock_and_kept_results_are_left_alone(tmp_path):
    reports = tmp_path / "reports"
    live = RunLock(reports, "20240101T000000Z-aaaaaa")
    live.acquire()
    live.recording(["a1", "a2"])
    kept = reports / "20240101T000000Z-aaaaaa" / ".pending-0123456789ab.tmp"
    kept.parent.mkdir(parents=True)
    kept.write_text("[]\n")
    later = RunLock(reports, "20240101T000001Z-bbbbbb")
    later.acquire()
    assert later.take_over() == frozenset() and kept.exists()
    later.release()
    live.release()  # stopped after recording, alive or not: its ids are left to redo
    after = RunLock(reports, "20240101T000002Z-cccccc")
    after.acquire()
    assert after.take_over() == {"a1", "a2"} and not kept.exists()
    after.recording(["a1"])
    assert json.dumps(sorted(after.path.read_text().split())) == '["a1", "a2"]'
    assert not live.path.exists()
    after.finished()
    assert list(reports.glob(".run-*.lock")) == []


# A process that dies (as if killed) at a step of making a new ledger.
KILLED_WHILE_CREATING = """
import os, sys
import claimcheck.ledger.sqlite as sqlite
from claimcheck.ledger import open_ledger

ledger, step = sys.argv[1:3]
if step == "_migrate":
    sqlite.SQLiteLedger._migrate = lambda self: os._exit(9)
else:
    setattr(sqlite, step, lambda *args, **kwargs: os._exit(9))
open_ledger(ledger)
"""


@pytest.mark.parametrize("step", ["_enter_wal", "_migrate"])
def test_a_run_killed_while_making_its_ledger_leaves_none_and_the_next_makes_it(tmp_path, step):
    """Killed after SQLite made the file but before its header (`_enter_wal`) or its tables
    (`_migrate`) were written: no ledger file is left (an empty one would be refused by every
    later run), and the next run makes a whole ledger."""
    ledger = tmp_path / "ledger.sqlite"
    process = subprocess.run(
        [sys.executable, "-c", KILLED_WHILE_CREATING, str(ledger), step],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert process.returncode == 9, process.stderr[-2000:]
    assert not ledger.exists()
    with open_ledger(ledger) as opened:
        assert opened.stats()["articles"] == 0
    inbox = _inbox(tmp_path)
    summary = _run(inbox, tmp_path / "reports", ledger)
    assert summary["articles"] == 2


def test_the_lock_file_lists_every_id_once_in_order_written_a_part_at_a_time(tmp_path):
    reports = tmp_path / "reports"
    dead = RunLock(reports, "20240101T000000Z-aaaaaa")
    dead.acquire()
    dead.recording(["b-00002", "z-00001"])
    dead.release()
    lock = RunLock(reports, "20240101T000001Z-bbbbbb")
    lock.acquire()
    assert lock.take_over() == {"b-00002", "z-00001"}
    ids = [f"b-{number:05d}" for number in range(12_001)]  # more than one part's worth
    # Sorted, some ids twice (an article in two chunks): each is written once.
    lock.recording(sorted(["a-1", "c-1", *ids, *ids[4998:5003]]))
    written = lock.path.read_text()
    assert written.endswith("\n") and "\n\n" not in written
    assert written.split("\n")[:-1] == sorted({"a-1", "c-1", "z-00001", *ids})
    lock.finished()
