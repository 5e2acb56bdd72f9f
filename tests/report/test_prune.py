"""`claimcheck reports prune`: old run folders go, the shared files forget them."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from claimcheck.cli.main import main
from claimcheck.report.prune import PruneError, parse_age, prune_runs

NOW = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)


def make_runs(reports: Path, ages_in_days: list[int]) -> list[str]:
    """Run folders started `ages` days before NOW, each with one article page."""
    reports.mkdir(parents=True, exist_ok=True)
    ids, catalog = [], {}
    for number, age in enumerate(ages_in_days):
        stamp = (NOW - timedelta(days=age)).strftime("%Y%m%dT%H%M%SZ")
        run_id = f"{stamp}-{number:06x}"
        (reports / run_id / "articles").mkdir(parents=True)
        (reports / run_id / "articles" / f"a{number}.html").write_text("page")
        catalog[f"a{number}"] = f"{run_id}/articles/a{number}.html"
        ids.append(run_id)
    runs = [
        {
            "run_id": run_id,
            "status": "completed",
            "articles": 1,
            "articles_unchanged": 0,
            "claims": 3,
            "findings": 0,
            "findings_by_severity": {"error": 0, "warning": 0, "info": 0},
            "finished_at": run_id[:15],
        }
        for run_id in sorted(ids, reverse=True)
    ]
    (reports / "runs.json").write_text(json.dumps(runs))
    (reports / "catalog.json").write_text(json.dumps(catalog))
    return sorted(ids, reverse=True)


def test_keep_the_newest_n(tmp_path):
    reports = tmp_path / "reports"
    newest_first = make_runs(reports, [1, 3, 40, 90])
    result = prune_runs(reports, keep=2, now=NOW)
    assert result.removed == tuple(newest_first[2:])
    assert sorted(p.name for p in reports.iterdir() if p.is_dir()) == sorted(newest_first[:2])
    listed = [run["run_id"] for run in json.loads((reports / "runs.json").read_text())]
    assert listed == newest_first[:2]
    catalog = json.loads((reports / "catalog.json").read_text())
    assert sorted(catalog) == ["a0", "a1"]
    assert "runs with new or changed articles" in (reports / "index.html").read_text().lower()


def test_older_than_and_both_together(tmp_path):
    reports = tmp_path / "reports"
    newest_first = make_runs(reports, [1, 3, 40, 90])
    assert prune_runs(reports, older_than=timedelta(days=30), now=NOW, dry_run=True).removed == (
        newest_first[2],
        newest_first[3],
    )
    assert len([p for p in reports.iterdir() if p.is_dir()]) == 4  # dry run: nothing removed
    # Both: only runs beyond the newest 3 that are also older than 30 days.
    result = prune_runs(reports, keep=3, older_than=timedelta(days=30), now=NOW)
    assert result.removed == (newest_first[3],)


def test_the_newest_run_always_stays(tmp_path):
    reports = tmp_path / "reports"
    [only] = make_runs(reports, [400])
    assert prune_runs(reports, older_than=timedelta(days=1), now=NOW).removed == ()
    assert (reports / only).is_dir()
    with pytest.raises(PruneError):
        prune_runs(reports, keep=0, now=NOW)
    with pytest.raises(PruneError):
        prune_runs(reports, now=NOW)


def test_ages(tmp_path):
    assert parse_age("30d") == timedelta(days=30)
    assert parse_age("12h") == timedelta(hours=12)
    assert parse_age("2w") == timedelta(weeks=2)
    with pytest.raises(PruneError, match="30d"):
        parse_age("a month")


def test_the_command(tmp_path, monkeypatch, capsys):
    reports = tmp_path / "reports"
    newest_first = make_runs(reports, [0, 0, 0])
    monkeypatch.chdir(tmp_path)
    assert main(["reports", "prune", "--keep", "1", "--no-config"]) == 0
    out = capsys.readouterr().out
    assert "removed 2 run(s), kept 1" in out
    assert [p.name for p in reports.iterdir() if p.is_dir()] == [newest_first[0]]
    assert main(["reports", "prune", "--older-than", "soon", "--no-config"]) == 2
    assert main(["reports", "prune", "--keep", "1", "--reports", "nowhere"]) == 2
