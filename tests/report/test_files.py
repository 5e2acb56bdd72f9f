import json
from datetime import UTC, date, datetime

from claimcheck.pipeline.checker import ArticleResult, Checker
from claimcheck.records import Article, Claim, Finding
from claimcheck.report.articles import RunReport
from claimcheck.report.coverage import checked_claims
from claimcheck.report.files import safe_name
from claimcheck.report.markdown import article_markdown
from claimcheck.report.readings import claim_reading, claim_summary
from claimcheck.report.summary import load_catalog, read_runs, update_shared_files, write_summary

BODY = "On Friday, Oct. 3, 2024, the council approved a budget of $12 million.\n"


def result():
    article = Article(
        id="council/../../etc",
        body=BODY,
        title="Council budget",
        published=datetime(2024, 10, 4, tzinfo=UTC),
    )
    return Checker().check_article(article)


def test_safe_name_never_leaves_the_folder():
    for hostile in ("../../etc/passwd", "/abs/path", "a\0b", "..", ""):
        name = safe_name(hostile)
        assert "/" not in name and "\0" not in name and not name.startswith(".")
    assert safe_name("plain-id_1") == "plain-id_1"
    assert safe_name("a/b") != safe_name("a_b")


def test_markdown_marks_findings_and_claims():
    text = article_markdown(result())
    assert "CC101" in text
    assert "**Friday, Oct. 3, 2024**[1]" in text
    assert "**$12 million**" in text
    assert "| 2 | $12 million | money | 12,000,000 USD |" in text


def test_run_report_writes_json_markdown_and_html_inside_its_folder(tmp_path):
    report = RunReport(tmp_path / "run")
    stem = report.write_article(result())
    files = sorted(p.name for p in (tmp_path / "run" / "articles").iterdir())
    assert files == [f"{stem}.html", f"{stem}.json", f"{stem}.md"]
    (entry,) = report.entries
    assert entry["stem"] == stem and entry["worst"] == "error"
    assert entry["findings_by_severity"]["error"] == 1
    payload = json.loads((tmp_path / "run" / "articles" / f"{stem}.json").read_text())
    assert payload["article"]["id"] == "council/../../etc"
    assert any(f["rule"] == "CC101" for f in payload["findings"])


def test_summary_counts_and_csv(tmp_path):
    checked = result()
    summary = write_summary(
        tmp_path, "run-1", 1, 0, len(checked.claims), list(checked.findings), {"total": 1.5}
    )
    assert summary["findings_by_severity"]["error"] == 1
    assert json.loads((tmp_path / "summary.json").read_text())["claims"] == len(checked.claims)
    csv_lines = (tmp_path / "findings.csv").read_text().splitlines()
    assert csv_lines[0].startswith("article_id,rule,severity,message")
    assert len(csv_lines) == 2


def test_the_same_id_in_two_chunks_of_a_run_gets_two_reports(tmp_path):
    first, second = RunReport(tmp_path / "run"), RunReport(tmp_path / "run")
    assert first.write_article(result()) != second.write_article(result())


def test_discard_removes_what_a_failed_chunk_wrote(tmp_path):
    kept, failed = RunReport(tmp_path / "run"), RunReport(tmp_path / "run")
    kept_stem = kept.write_article(result())
    failed.write_article(result())
    failed.discard()
    files = sorted(p.name for p in (tmp_path / "run" / "articles").iterdir())
    assert files == [f"{kept_stem}.html", f"{kept_stem}.json", f"{kept_stem}.md"]
    assert failed.entries == []


def claim(**fields) -> Claim:
    base = {"article_id": "a", "kind": "quantity", "text": "x", "start": 0, "end": 1}
    return Claim(**(base | fields))


def test_claim_summary_reads_like_an_editor_would_check_it():
    miles = claim(
        text="60 miles", value=60, unit="mile", dimension="length",
        normalized_value=96560.64, normalized_unit="meter",
    )  # fmt: skip
    assert claim_summary(miles) == "60 miles ≈ 96.6 km"
    km = claim(
        text="about 90 km", value=90, unit="kilometer", dimension="length", qualifier="approx",
        normalized_value=90000.0, normalized_unit="meter",
    )  # fmt: skip
    assert claim_summary(km) == "about 90 km ≈ 55.9 miles"
    crowd = claim(text="1,200 people", value=1200, unit="person", dimension="count")
    assert claim_summary(crowd) == "1,200 × person"
    share = claim(kind="percent", text="4.5 percent", value=4.5, unit="percent", change="up")
    assert claim_summary(share) == "a rise of 4.5%"
    assert claim_summary(claim(kind="duration", text="14 months", period="P14M")) == "14 months"


def test_claim_reading_names_the_day_a_relative_date_means():
    yesterday = claim(
        kind="date", text="yesterday", date="2022-12-19", granularity="day",
        first_day=date(2022, 12, 19), last_day=date(2022, 12, 19), relative=True,
    )  # fmt: skip
    assert claim_reading(yesterday) == "yesterday = Mon 19 Dec 2022 (from the publication date)"
    year = claim(kind="date", text="1987", date="1987", granularity="year",
                 first_day=date(1987, 1, 1), last_day=date(1987, 12, 31))  # fmt: skip
    assert claim_reading(year) == "1987 (year)"
    unresolved = claim(kind="date", text="last Saturday", relative=True)
    assert claim_reading(unresolved) == "last Saturday = unresolved (no publication date)"


def test_a_claim_is_checked_when_a_finding_or_its_evidence_covers_it():
    article = Article(id="a", body="Sixty miles (97 km) and 12 boats.")
    claims = (
        claim(text="Sixty miles", start=0, end=11),
        claim(text="97 km", start=13, end=18),
        claim(text="12 boats", start=24, end=32),
    )
    finding = Finding(
        article_id="a", rule="CC102", severity="error", message="m", start=13, end=18,
        evidence={"original": {"text": "Sixty miles", "start": 0, "end": 11}},
    )  # fmt: skip
    checked = checked_claims(ArticleResult(article, claims, (finding,), "hash"))
    assert checked == {0, 1}


def test_shared_files_list_runs_newest_first_and_catalog_latest_reports(tmp_path):
    entry = {"id": "story/1", "stem": "story_1-abc"}
    update_shared_files(tmp_path, {"run_id": "20240101T000000Z-a", "articles": 1}, [entry])
    runs = update_shared_files(tmp_path, {"run_id": "20240102T000000Z-b", "articles": 1}, [entry])
    assert [run["run_id"] for run in runs] == ["20240102T000000Z-b", "20240101T000000Z-a"]
    assert load_catalog(tmp_path)["story/1"] == "20240102T000000Z-b/articles/story_1-abc.html"
    (tmp_path / "runs.json").unlink()  # rebuilt from the runs' summaries when lost
    (tmp_path / "20240103T000000Z-c").mkdir()
    (tmp_path / "20240103T000000Z-c" / "summary.json").write_text(
        json.dumps({"run_id": "20240103T000000Z-c", "articles": 0})
    )
    assert [run["run_id"] for run in read_runs(tmp_path)] == ["20240103T000000Z-c"]


def test_reports_are_readable_by_others_as_the_umask_allows(tmp_path):
    import os

    import pytest

    from claimcheck.report import files as report

    mask = os.umask(0o022)
    os.umask(mask)
    if mask & 0o044:
        pytest.skip("this process's umask hides files from others")
    report.write_atomic(tmp_path / "page.html", "<p>hi</p>")
    assert (tmp_path / "page.html").stat().st_mode & 0o777 == 0o666 & ~mask


def test_temporaries_of_killed_writers_are_removed_once_an_hour_old(tmp_path):
    import os
    import time

    from claimcheck.report.files import remove_stale_temporaries

    run = tmp_path / "2024-05-02T10-00-00" / "articles"
    run.mkdir(parents=True)
    old = [tmp_path / ".index.html.11-22.tmp", run / ".a1.json.11-22.tmp"]
    fresh = run / ".a2.json.33-44.tmp"  # a run writing right now
    report = run / "a1.json"
    hidden_but_not_ours = tmp_path / ".keep"
    for path in [*old, fresh, report, hidden_but_not_ours]:
        path.write_text("{}", encoding="utf-8")
    two_hours_ago = time.time() - 7200
    for path in [*old, report, hidden_but_not_ours]:
        os.utime(path, (two_hours_ago, two_hours_ago))

    assert remove_stale_temporaries(tmp_path) == 2
    assert not any(path.exists() for path in old)
    assert fresh.exists() and report.exists() and hidden_but_not_ours.exists()


def test_a_new_page_is_written_whole_and_never_over_another(tmp_path, monkeypatch):
    import os

    import pytest

    from claimcheck.report import files as report

    mask = os.umask(0o022)
    os.umask(mask)
    for unnamed in (None, False):  # by an unnamed file where the system has them, else not
        monkeypatch.setattr(report, "_unnamed_files", unnamed)
        folder = tmp_path / f"unnamed-{unnamed}" / "articles"
        page = str(folder / "a1.json")
        assert report.create_whole(page, b'{"id":"a1"}')  # the folder made with it
        assert not report.create_whole(page, b'{"id":"other"}')
        assert (folder / "a1.json").read_bytes() == b'{"id":"a1"}'
        if mask & 0o044 == 0:
            assert (folder / "a1.json").stat().st_mode & 0o777 == 0o666 & ~mask
        report.write_whole(page, b'{"id":"a1","again":true}')  # an existing page: replaced
        report.write_whole(str(folder / "a1.md"), b"# a1")
        assert (folder / "a1.json").read_bytes() == b'{"id":"a1","again":true}'
        assert sorted(p.name for p in folder.iterdir()) == ["a1.json", "a1.md"]  # no leftovers
    with pytest.raises(IsADirectoryError):
        report.write_whole(str(tmp_path), b"not over a folder")
