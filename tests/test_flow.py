"""Integration: the real Prefect flow over small article folders (one temporary server)."""

import json
import shutil
from pathlib import Path

import pytest

pytestmark = pytest.mark.integration

FIXTURES = Path(__file__).parent / "fixtures" / "articles"


@pytest.fixture(scope="module")
def prefect_server():
    from prefect.testing.utilities import prefect_test_harness

    # A cold server can take well over 15 s to start on a busy 2-core machine.
    with prefect_test_harness(server_startup_timeout=180):
        yield


@pytest.fixture()
def inbox(tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    for name in ("weekday-slip.md", "clean.md", "mixed.jsonl"):
        shutil.copy(FIXTURES / name, folder / name)
    return folder


def test_run_writes_reports_and_is_incremental(prefect_server, inbox, tmp_path):
    from flows.claimcheck_flow import claimcheck_run

    reports = tmp_path / "reports"
    ledger = tmp_path / "ledger.sqlite"
    summary = claimcheck_run(
        paths=[str(inbox)], reports_dir=str(reports), ledger_path=str(ledger), chunk_size=2
    )
    run_dir = Path(summary["reports_dir"])
    assert run_dir.parent == reports
    assert summary["articles"] == 4
    assert summary["findings_by_severity"]["error"] >= 3  # CC101 and two unreadable records
    written = sorted(p.name for p in (run_dir / "articles").iterdir())
    assert "weekday-slip.json" in written and "weekday-slip.md" in written
    assert len(written) == 8
    on_disk = json.loads((run_dir / "summary.json").read_text())
    assert on_disk["claims"] == summary["claims"] > 0
    assert (run_dir / "findings.csv").read_text().count("CC101") == 1

    again = claimcheck_run(
        paths=[str(inbox)], reports_dir=str(reports), ledger_path=str(ledger), chunk_size=2
    )
    assert again["articles"] == 0
    assert again["articles_unchanged"] == 4

    (inbox / "clean.md").write_text((inbox / "clean.md").read_text().replace("four", "five"))
    third = claimcheck_run(
        paths=[str(inbox)], reports_dir=str(reports), ledger_path=str(ledger), chunk_size=2
    )
    assert third["articles"] == 1
