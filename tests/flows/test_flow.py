"""The real Prefect flow (one temporary server): what the core of a run (tests/run/) does, wired."""

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from claimcheck.ledger import open_ledger
from claimcheck.pipeline.checker import Checker

FIXTURES = Path(__file__).parents[1] / "fixtures" / "articles"


@pytest.fixture()
def inbox(tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    for name in ("weekday-slip.md", "clean.md", "mixed.jsonl"):
        shutil.copy(FIXTURES / name, folder / name)
    return folder


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
    assert again["nothing_new"] and again["reports_dir"] is None  # no run folder

    (inbox / "clean.md").write_text((inbox / "clean.md").read_text().replace("four", "five"))
    third = claimcheck_run(paths=[str(inbox)], **options)
    assert third["articles"] == 1
    runs = json.loads((reports / "runs.json").read_text())
    assert [run["run_id"] for run in runs] == [third["run_id"], summary["run_id"]]


@pytest.mark.integration
def test_a_failed_chunk_leaves_its_articles_to_the_next_run(
    prefect_server, inbox, tmp_path, monkeypatch
):
    from claimcheck.run.runner import ChunksFailed
    from claimcheck_flows.claimcheck_flow import claimcheck_run

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
    (first_dir,) = [p for p in reports.iterdir() if p.is_dir() and p.name != "rules"]
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
    from claimcheck.run.workers import POOL_MIN_ARTICLES
    from claimcheck_flows.claimcheck_flow import claimcheck_run

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


@pytest.mark.integration
def test_claimcheck_run_ends_with_the_run_in_one_line_and_the_page_to_open(tmp_path):
    """What `make run` shows last, after every log line of Prefect's."""
    inbox = tmp_path / "inbox"
    shutil.copytree(Path(__file__).parents[2] / "examples" / "articles", inbox)
    command = [str(Path(sys.executable).with_name("claimcheck")), "run", "inbox", "--no-progress"]
    tail = []
    for _ in range(2):
        result = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True)
        assert result.returncode == 0, result.stderr[-3000:]
        tail.append(result.stdout.strip().splitlines()[-2:])
    (summary, page), (quiet, index) = tail
    assert re.fullmatch(
        r"run \S+: 7 article\(s\) checked, 0 unchanged, \d+ claims, .* info", summary
    )
    assert page.startswith("report: ") and page.endswith("/index.html")
    assert Path(page.removeprefix("report: ")).is_file()
    assert "nothing new (7 article(s) unchanged, no run folder written)" in quiet
    assert index == f"report: {tmp_path / 'reports' / 'index.html'}"


# Runs `claimcheck run inbox` in a fresh interpreter and says whether Prefect was imported.
RUN_AND_TELL = (
    "import sys\n"
    "from claimcheck.cli.main import main\n"
    "code = main(['run', 'inbox', '--no-progress'])\n"
    "print('prefect imported:', 'prefect' in sys.modules)\n"
    "sys.exit(code)\n"
)


@pytest.mark.integration
def test_a_rerun_with_nothing_new_answers_without_prefect_and_news_goes_through_the_flow(
    tmp_path,
):
    inbox = tmp_path / "inbox"
    shutil.copytree(Path(__file__).parents[2] / "examples" / "articles", inbox)

    def run_once() -> str:
        result = subprocess.run(
            [sys.executable, "-c", RUN_AND_TELL], cwd=tmp_path, capture_output=True, text=True
        )
        assert result.returncode == 0, result.stderr[-3000:]
        return result.stdout

    first = run_once()
    assert "prefect imported: True" in first and "7 article(s) checked, 0 unchanged" in first
    again = run_once()
    assert "prefect imported: False" in again
    assert "nothing new (7 article(s) unchanged, no run folder written)" in again
    checks = json.loads((tmp_path / "reports" / "checks.json").read_text())
    assert checks["nothing_new"] and checks["quiet_checks"] == 1
    article = inbox / "river-bridge-reopens.md"
    article.write_text(article.read_text() + "\nThe bridge carries 40 trucks an hour.\n")
    third = run_once()
    assert "prefect imported: True" in third and "1 article(s) checked, 6 unchanged" in third
    checks = json.loads((tmp_path / "reports" / "checks.json").read_text())
    assert not checks["nothing_new"]
