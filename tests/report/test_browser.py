"""The HTML report in a real browser (headless Debian chromium): highlights, findings, no script."""

import os
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest

from claimcheck.pipeline.checker import Checker
from claimcheck.records import Article
from claimcheck.report.articles import RunReport
from claimcheck.report.html import run_index_html

CHROMIUM = shutil.which("chromium") or (
    "/usr/bin/chromium" if os.path.exists("/usr/bin/chromium") else None
)

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")

BODY = (
    "Relief crews reached the harbour on Friday, Oct. 3, 2024, after a storm pushed water "
    "2 kilometers inland.\n\n"
    "Officials said 104 percent of the town's households had registered for grants. "
    "The council set aside $12 million.\n\n"
    "A reader wrote <script>document.body.setAttribute('data-pwned', 'yes')</script> and "
    "<img src=x onerror=\"document.body.setAttribute('data-pwned', 'img')\"> in the comments.\n"
)


def chromium(*arguments: str, profile: Path) -> subprocess.CompletedProcess:
    command = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={profile}",
        *arguments,
    ]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=True)


@pytest.fixture(scope="module")
def report_page(tmp_path_factory):
    run_dir = tmp_path_factory.mktemp("reports") / "run-1"
    report = RunReport(run_dir)
    article = Article(
        id="harbour-storm",
        title="Storm <b>relief</b> reaches the harbour",
        source="Test Courier",
        body=BODY,
        published=datetime(2024, 10, 4, 9, 0, tzinfo=UTC),
    )
    result = Checker().check_article(article)
    stem = report.write_article(result)
    page = run_index_html(
        {
            "run_id": "run-1",
            "articles": 1,
            "articles_unchanged": 0,
            "claims": len(result.claims),
            "findings": len(result.findings),
            "findings_by_severity": {"info": 0, "warning": 0, "error": len(result.findings)},
            "timings_seconds": {"total": 0.1},
        },
        report.entries,
        result.findings,
    )
    (run_dir / "index.html").write_text(page, encoding="utf-8")
    return run_dir / "articles" / f"{stem}.html", result


def test_report_renders_highlights_and_findings_and_runs_no_script(report_page, tmp_path):
    page, result = report_page
    dom = chromium("--dump-dom", page.as_uri(), profile=tmp_path / "profile").stdout
    assert dom.count('<mark class="claim') >= len(result.claims) // 2
    assert 'class="claim sev-error"' in dom
    assert (
        dom.count('<li class="error" id="finding-')
        == len([f for f in result.findings if f.severity == "error"])
        > 0
    )
    assert "data-pwned" not in dom.split("<body")[1].split(">")[0]
    assert "&lt;script&gt;" in dom and "<img src=" not in dom
    assert "Storm &lt;b&gt;relief&lt;/b&gt;" in dom


def test_report_screenshot_is_written(report_page, tmp_path):
    page, _result = report_page
    shot = Path(os.environ.get("CLAIMCHECK_SCREENSHOT_DIR", tmp_path)) / "article-report.png"
    chromium(
        "--window-size=1280,1000",
        f"--screenshot={shot}",
        page.as_uri(),
        profile=tmp_path / "profile",
    )
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert shot.stat().st_size > 10_000  # a blank page is a few hundred bytes
