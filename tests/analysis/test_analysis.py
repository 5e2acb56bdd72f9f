"""Data for analysts: parquet tables per run, every run as DataFrames, trends on the index."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

pd = pytest.importorskip("pandas")

from claimcheck.analysis import load_runs  # noqa: E402
from claimcheck.analysis.trends import stream_trends  # noqa: E402
from claimcheck.run.runner import check_run, finish_run, prepare_run  # noqa: E402
from claimcheck.run.workers import check_chunk_placed  # noqa: E402

FIXTURES = Path(__file__).parents[1] / "fixtures" / "articles"
ARTICLE = (
    "---\nid: {id}\nsource: {source}\npublished: {published}\n---\n\n"
    "The council met on Friday, Oct. 3, 2024, and approved $12 million for {what}.\n"
)


def run_once(inbox: Path, reports: Path, ledger: Path) -> dict:
    run = prepare_run(str(reports), ledger_path=str(ledger), workers=1)
    with ThreadPoolExecutor(2) as threads:

        def submit(chunk, placement):
            return threads.submit(
                check_chunk_placed, chunk, run.settings, run.rules_key, placement.mode, 1
            )

        checked = check_run(run, [str(inbox)], submit, chunk_size=2)
    return finish_run(run, checked).summary


def add(inbox: Path, article_id: str, source: str, published: str, what: str) -> None:
    text = ARTICLE.format(id=article_id, source=source, published=published, what=what)
    (inbox / f"{article_id}.md").write_text(text, encoding="utf-8")


@pytest.fixture()
def two_runs(tmp_path):
    inbox, reports, ledger = tmp_path / "inbox", tmp_path / "reports", tmp_path / "l.sqlite"
    inbox.mkdir()
    add(inbox, "roads", "Gazette", "2024-10-04T09:00:00Z", "roads")
    add(inbox, "parks", "Courier", "2024-10-05T09:00:00Z", "parks")
    shutil.copy(FIXTURES / "mixed.jsonl", inbox)
    first = run_once(inbox, reports, ledger)
    add(inbox, "bridges", "Gazette", "2024-10-21T09:00:00Z", "bridges")
    second = run_once(inbox, reports, ledger)
    quiet = run_once(inbox, reports, ledger)
    assert quiet["nothing_new"]
    return reports, first, second


def test_every_run_writes_its_tables(two_runs):
    _, first, second = two_runs
    pq = pytest.importorskip("pyarrow.parquet")
    for summary in (first, second):
        folder = Path(summary["reports_dir"])
        claims = pq.read_table(folder / "claims.parquet")
        findings = pq.read_table(folder / "findings.parquet")
        assert claims.num_rows == summary["claims"]
        assert findings.num_rows == summary["findings"]
        assert set(claims.column("run_id").to_pylist()) == {summary["run_id"]}


def test_load_runs_gives_dataframes_of_every_run(two_runs):
    reports, first, second = two_runs
    data = load_runs(reports)
    assert isinstance(data.runs, pd.DataFrame) and list(data.runs["run_id"]) == sorted(
        [first["run_id"], second["run_id"]]
    )
    assert len(data.claims) == first["claims"] + second["claims"]
    assert len(data.findings) == first["findings"] + second["findings"]
    weekday_slips = data.findings[data.findings["rule"] == "CC101"]
    assert sorted(weekday_slips["article_id"]) == ["bridges", "parks", "roads"]
    assert str(data.findings["published"].dtype) == "datetime64[us, UTC]" or str(
        data.findings["published"].dtype
    ).startswith("datetime64")
    gazette = data.claims[data.claims["source"] == "Gazette"]
    assert set(gazette["article_id"]) == {"roads", "bridges"}
    assert (gazette[gazette["unit"] == "USD"]["value"] == 12_000_000).all()
    only_findings = load_runs(reports, tables=("findings",))
    assert only_findings.claims.empty and len(only_findings.findings) == len(data.findings)


def test_trends_per_source_and_rule_by_week(two_runs):
    reports, _, _ = two_runs
    trends = json.loads((reports / "trends.json").read_text())
    assert trends == {**stream_trends(reports), "computed_at": trends["computed_at"]}
    weeks = trends["weeks"]
    assert len(weeks) == 12 and weeks[-1] == "2024-10-21"  # a Monday, the newest week
    by_source = {row["label"]: row["counts"] for row in trends["by_source"]}
    # 4 and 5 October 2024 fall in the week of Monday 30 September, four weeks before the 21st.
    assert by_source["Gazette"][-1] >= 1 and by_source["Gazette"][-4] >= 1
    assert by_source["Courier"][-4] >= 1 and by_source["Courier"][-1] == 0
    assert sum(by_source["Gazette"][-3:-1]) == 0
    rules = {row["label"]: row["total"] for row in trends["by_rule"]}
    assert rules["CC101"] == 3
    # Unreadable lines and undated articles (in mixed.jsonl) are counted apart.
    undated = load_runs(reports).findings["published"].isna().sum()
    assert trends["undated"] == undated >= 2
    index = (reports / "index.html").read_text()
    trends_section = index.split('id="trends"', 1)[1]
    assert "<svg" in trends_section and "Gazette" in trends_section and "CC101" in trends_section


def test_the_check_command_loads_no_dataframes_no_dateparser_no_prefect(tmp_path):
    draft = tmp_path / "draft.md"
    draft.write_text(
        ARTICLE.format(id="d", source="Desk", published="2024-10-04T09:00:00Z", what="x")
    )
    code = (
        "import sys\n"
        "from claimcheck.cli.main import main\n"
        f"main(['check', {str(draft)!r}, '--no-config'])\n"
        "loaded = [m for m in ('pandas', 'pyarrow', 'dateparser', 'prefect') if m in sys.modules]\n"
        "assert not loaded, loaded\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)


def _findings_table(folder: Path, rows: list[dict], row_group: int = 2) -> None:
    """A run's findings.parquet of these rows (the other columns empty), small row groups."""
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    from claimcheck.analysis.tables import FINDINGS_NAME, FINDINGS_SCHEMA

    folder.mkdir(parents=True)
    table = pa.Table.from_pylist(rows, schema=FINDINGS_SCHEMA)
    pq.write_table(table, folder / FINDINGS_NAME, row_group_size=row_group)


def test_trends_read_every_run_a_batch_at_a_time(tmp_path, caplog):
    reports = tmp_path / "reports"
    first, second, damaged, unlisted = (
        "20250101T000000Z-aaaaaa",
        "20250102T000000Z-bbbbbb",
        "20250103T000000Z-cccccc",
        "20250104T000000Z-dddddd",
    )

    def finding(source: str | None, published: str | None, rule: str) -> dict:
        return {"source": source, "published": published, "rule": rule, "evidence": "{}" * 50}

    _findings_table(
        reports / first,
        [
            finding("Gazette", "2024-10-04T09:00:00Z", "CC101"),  # week of 30 September
            finding("Gazette", "2024-10-05T23:30:00-05:00", "CC101"),  # 6 Oct UTC, same week
            finding("", "2024-10-21T08:00:00Z", "CC102"),  # no source, the newest week
            finding(None, None, "CC103"),  # undated
            finding("Courier", "2024-06-03T12:00:00Z", "CC101"),  # before the 12 weeks
        ],
    )
    _findings_table(
        reports / second,
        [
            finding("Courier", "2024-10-22T10:00:00Z", "CC102"),
            finding("Gazette", "2024-10-23T10:00:00Z", "CC101"),
            finding("Gazette", "not a date", "CC101"),  # unreadable: undated
        ],
    )
    (reports / damaged).mkdir()
    (reports / damaged / "findings.parquet").write_bytes(b"not parquet")
    _findings_table(reports / unlisted, [finding("Herald", "2024-10-22T10:00:00Z", "CC104")])
    listed = [{"run_id": run_id} for run_id in (second, damaged, first, "20250105T000000Z-gone")]
    (reports / "runs.json").write_text(json.dumps(listed))

    for batch_rows in (1, 2, 1000):
        trends = stream_trends(reports, batch_rows=batch_rows)
        assert trends["weeks"][-1] == "2024-10-21" and trends["weeks"][-4] == "2024-09-30"
        assert len(trends["weeks"]) == 12 and trends["weeks"][0] == "2024-08-05"
        by_source = {row["label"]: (row["counts"], row["total"]) for row in trends["by_source"]}
        assert list(by_source) == ["Gazette", "(no source)", "Courier"]  # most first, then A-Z
        assert by_source["Gazette"] == ([0] * 8 + [2, 0, 0, 1], 3)
        assert by_source["Courier"] == ([0] * 11 + [1], 1)  # June's finding is outside
        assert by_source["(no source)"][1] == 1
        by_rule = {row["label"]: row["total"] for row in trends["by_rule"]}
        assert by_rule == {"CC101": 3, "CC102": 2}
        assert trends["findings"] == 5 and trends["undated"] == 2
    assert "cannot be read" in caplog.text and damaged in caplog.text
    # What `load_runs` loads: the listed runs with a folder, the damaged one left out.
    assert len(load_runs(reports, tables=("findings",)).findings) == 8


def test_trends_of_runs_without_dated_findings(tmp_path):
    reports = tmp_path / "reports"
    run_id = "20250101T000000Z-aaaaaa"
    _findings_table(reports / run_id, [{"rule": "CC900", "source": "Wire", "published": None}])
    (reports / "runs.json").write_text(json.dumps([{"run_id": run_id}]))
    assert stream_trends(reports) == {
        "weeks": [],
        "by_source": [],
        "by_rule": [],
        "findings": 0,
        "undated": 1,
    }
