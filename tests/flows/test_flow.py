"""The run flow: incremental selection (unit) and the real Prefect flow (one temporary server)."""

import json
import shutil
from pathlib import Path

import pytest

from claimcheck.input.articles import read_articles
from claimcheck.ledger import open_ledger
from claimcheck.pipeline.checker import Checker
from claimcheck.report.articles import RunReport
from claimcheck.run.batch import (
    RunSettings,
    check_chunk,
    fresh_records,
    rules_digest,
    settings_digest,
)

FIXTURES = Path(__file__).parents[1] / "fixtures" / "articles"


@pytest.fixture()
def inbox(tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    for name in ("weekday-slip.md", "clean.md", "mixed.jsonl"):
        shutil.copy(FIXTURES / name, folder / name)
    return folder


def settings_for(tmp_path, **fields) -> RunSettings:
    base = {"reports_dir": str(tmp_path / "run"), "ledger_path": str(tmp_path / "l.sqlite")}
    return RunSettings(**(base | fields))


# Incremental selection, without Prefect ---------------------------------------------------


def test_recorded_articles_are_skipped_until_content_or_rules_change(inbox, tmp_path):
    settings = settings_for(tmp_path)
    key = settings_digest(settings)
    records = list(read_articles([inbox]))
    fresh, skipped = fresh_records(records, settings.ledger_path, key)
    assert (len(fresh), skipped) == (len(records), 0)
    check_chunk(fresh, settings, RunReport(tmp_path / "run"), key)

    fresh, skipped = fresh_records(records, settings.ledger_path, key)
    assert skipped == 4  # every readable article; the three unreadable records stay
    assert all(not hasattr(record, "body") for record in fresh)

    (inbox / "clean.md").write_text((inbox / "clean.md").read_text().replace("four", "five"))
    changed = list(read_articles([inbox]))
    fresh, skipped = fresh_records(changed, settings.ledger_path, key)
    assert [r.id for r in fresh if hasattr(r, "body")] == ["clean"] and skipped == 3

    narrower = settings_digest(settings_for(tmp_path, select=("CC101",)))
    assert fresh_records(records, settings.ledger_path, narrower)[1] == 0


def test_rules_digest_follows_rule_files_and_selection(tmp_path):
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "a.yml").write_text("code: R1\n")
    before = rules_digest(str(rules))
    assert rules_digest(str(rules)) == before
    (rules / "a.yml").write_text("code: R2\n")
    assert rules_digest(str(rules)) != before
    assert rules_digest(None, select=("cc1",)) == rules_digest(None, select=("CC1",))
    assert rules_digest(None, ignore=("CC1",)) != rules_digest(None)


def test_a_failing_chunk_writes_no_reports_and_records_nothing(inbox, tmp_path, monkeypatch):
    settings = settings_for(tmp_path)
    records = [r for r in read_articles([inbox]) if hasattr(r, "body")]
    original = Checker.check_article

    def fail_on_second(self, article):
        if article.id == records[1].id:
            raise RuntimeError("boom")
        return original(self, article)

    monkeypatch.setattr(Checker, "check_article", fail_on_second)
    with pytest.raises(RuntimeError):
        check_chunk(records, settings, RunReport(tmp_path / "run"), "key")
    assert list((tmp_path / "run" / "articles").iterdir()) == []
    with open_ledger(settings.ledger_path) as ledger:
        assert ledger.stats()["articles"] == 0


def test_runs_compare_with_prior_articles_and_link_their_reports(tmp_path):
    pytest.importorskip("claimcheck.ledger.priors")
    from datetime import UTC, datetime

    from claimcheck.records import Article
    from claimcheck.report.summary import update_shared_files

    def story(article_id, metres, month):
        body = f"The Harlow River bridge in Ashby is {metres} meters long.\n"
        published = datetime(2024, month, 1, tzinfo=UTC)
        return Article(id=article_id, body=body, source="Valley Ledger", published=published)

    ledger = str(tmp_path / "l.sqlite")
    first = RunSettings(reports_dir=str(tmp_path / "run-1"), ledger_path=ledger)
    key = settings_digest(first)
    done = check_chunk([story("bridge-old", 412, 1)], first, RunReport(tmp_path / "run-1"), key)
    update_shared_files(tmp_path, {"run_id": "run-1"}, done.entries)

    second = RunSettings(reports_dir=str(tmp_path / "run-2"), ledger_path=ledger)
    outcome = check_chunk([story("bridge-new", 512, 2)], second, RunReport(tmp_path / "run-2"), key)
    assert [f.evidence.get("prior_article_id") for f in outcome.findings] == ["bridge-old"]
    page = (tmp_path / "run-2" / "articles" / "bridge-new.html").read_text()
    assert '<a href="../../run-1/articles/bridge-old.html">bridge-old</a>' in page


# The real flow ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def prefect_server():
    from prefect.testing.utilities import prefect_test_harness

    # A cold server can take well over 15 s to start on a busy 2-core machine.
    with prefect_test_harness(server_startup_timeout=180):
        yield


@pytest.mark.integration
def test_run_writes_reports_and_is_incremental(prefect_server, inbox, tmp_path):
    from prefect.artifacts import Artifact

    from claimcheck_flows.claimcheck_flow import claimcheck_run

    reports = tmp_path / "reports"
    ledger = tmp_path / "ledger.sqlite"
    options = {"reports_dir": str(reports), "ledger_path": str(ledger), "chunk_size": 2}
    summary = claimcheck_run(paths=[str(inbox)], **options)
    run_dir = Path(summary["reports_dir"])
    assert run_dir.parent == reports
    assert summary["articles"] == 4
    assert summary["findings_by_severity"]["error"] >= 3  # CC101 and two unreadable records
    written = sorted(p.name for p in (run_dir / "articles").iterdir())
    assert {"weekday-slip.json", "weekday-slip.md", "weekday-slip.html"} <= set(written)
    assert len(written) == 12
    on_disk = json.loads((run_dir / "summary.json").read_text())
    assert on_disk["claims"] == summary["claims"] > 0
    assert on_disk["status"] == "completed"
    stages = set(on_disk["timings_seconds"])
    assert {"total", "read_and_filter", "extract_and_check", "write_reports", "ledger"} <= stages
    assert (run_dir / "findings.csv").read_text().count("CC101") == 1
    index = (run_dir / "index.html").read_text()
    assert index.index("articles/weekday-slip.html") < index.index("articles/clean.html")
    assert f"{run_dir.name}/index.html" in (reports / "index.html").read_text()

    table = Artifact.get("claimcheck-findings")
    assert table is not None and "CC101" in str(table.data)
    markdown = Artifact.get("claimcheck-summary")
    assert markdown is not None and summary["run_id"] in str(markdown.data)

    again = claimcheck_run(paths=[str(inbox)], **options)
    assert again["articles"] == 0
    assert again["articles_unchanged"] == 4
    assert again["timings_seconds"]["total"] < 5

    (inbox / "clean.md").write_text((inbox / "clean.md").read_text().replace("four", "five"))
    third = claimcheck_run(paths=[str(inbox)], **options)
    assert third["articles"] == 1
    runs = json.loads((reports / "runs.json").read_text())
    assert [run["run_id"] for run in runs] == [third["run_id"], again["run_id"], summary["run_id"]]


@pytest.mark.integration
def test_a_failed_chunk_leaves_its_articles_to_the_next_run(
    prefect_server, inbox, tmp_path, monkeypatch
):
    from claimcheck_flows.claimcheck_flow import ChunksFailed, claimcheck_run

    reports = tmp_path / "reports"
    options = {
        "reports_dir": str(reports),
        "ledger_path": str(tmp_path / "ledger.sqlite"),
        "chunk_size": 2,
    }
    original = Checker.check_article

    def fail_on_a1(self, article):
        if article.id == "a1":  # second in the chunk [clean, a1]: clean is written first
            raise RuntimeError("checker broke")
        return original(self, article)

    monkeypatch.setattr(Checker, "check_article", fail_on_a1)
    with pytest.raises(ChunksFailed):
        claimcheck_run(paths=[str(inbox)], **options)
    (first_dir,) = [p for p in reports.iterdir() if p.is_dir()]
    partial = json.loads((first_dir / "summary.json").read_text())
    assert partial["status"] == "partial" and partial["chunks_failed"] == 1
    assert partial["articles"] == 2  # a4 and weekday-slip
    assert not list((first_dir / "articles").glob("clean.*"))

    monkeypatch.setattr(Checker, "check_article", original)
    second = claimcheck_run(paths=[str(inbox)], **options)
    assert second["articles"] == 2 and second["articles_unchanged"] == 2
    reported = sorted(p.stem for p in Path(second["reports_dir"], "articles").glob("*.json"))
    assert reported == ["a1", "clean"]


@pytest.mark.integration
def test_a_big_run_uses_worker_processes_and_a_rerun_skips_the_unchanged_file(
    prefect_server, tmp_path
):
    from claimcheck_flows.claimcheck_flow import POOL_MIN_ARTICLES, claimcheck_run

    archive = tmp_path / "archive.jsonl"
    count = POOL_MIN_ARTICLES + 50
    lines = []
    for number in range(count):
        # Every tenth story names the wrong weekday for its date (March 3, 2024 was a Sunday).
        weekday = "Monday" if number % 10 == 0 else "Sunday"
        body = f"Stall {number} opened on {weekday}, March 3, 2024, selling {number + 2} pies."
        record = {"id": f"s{number}", "published": "2024-03-04T09:00:00", "body": body}
        lines.append(json.dumps(record) + "\n")
    archive.write_text("".join(lines))
    options = {
        "reports_dir": str(tmp_path / "reports"),
        "ledger_path": str(tmp_path / "ledger.sqlite"),
        "chunk_size": 100,
        "workers": 2,
        "reports_for": "findings",
        "progress": False,
    }
    summary = claimcheck_run(paths=[str(archive)], **options)
    assert (summary["mode"], summary["workers"]) == ("pool", 2)
    assert summary["articles"] == count and summary["findings_by_rule"] == {"CC101": count // 10}
    pages = sorted(p.stem for p in Path(summary["reports_dir"], "articles").glob("*.html"))
    assert pages == sorted(f"s{n}" for n in range(0, count, 10))
    with open_ledger(options["ledger_path"]) as ledger:
        assert ledger.stats()["articles"] == count

    again = claimcheck_run(paths=[str(archive)], **options)
    assert (again["articles"], again["articles_unchanged"]) == (0, count)
    assert again["timings_seconds"]["read_and_filter"] < 0.05  # the file was not read

    with archive.open("a") as out:
        body = "Stall x opened on Sunday, March 3, 2024."
        out.write(json.dumps({"id": "late", "published": "2024-03-04", "body": body}) + "\n")
    third = claimcheck_run(paths=[str(archive)], **options)
    assert (third["articles"], third["articles_unchanged"]) == (1, count)
    assert third["mode"] == "threads"  # one new article: no processes started for it
