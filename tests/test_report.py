import json
from datetime import UTC, datetime

from claimcheck.pipeline import Checker
from claimcheck.records import Article
from claimcheck.report import RunReport, article_markdown, safe_name, write_summary

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


def test_run_report_writes_json_and_markdown_inside_its_folder(tmp_path):
    report = RunReport(tmp_path / "run")
    stem = report.write_article(result())
    files = sorted(p.name for p in (tmp_path / "run" / "articles").iterdir())
    assert files == [f"{stem}.json", f"{stem}.md"]
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
