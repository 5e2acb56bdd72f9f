"""The HTML reports: highlights and findings in place, untrusted text escaped, indexes."""

import re
from datetime import UTC, date, datetime
from html.parser import HTMLParser

import pytest

from claimcheck.pipeline.checker import ArticleResult, Checker
from claimcheck.records import Article, Claim, Finding
from claimcheck.report.articles import RunReport
from claimcheck.report.evidence import evidence_lines
from claimcheck.report.html import (
    article_html,
    bar_chart,
    reports_index_html,
    run_index_html,
    safe_href,
    segments,
)

HOSTILE = (
    "Officials said <script>alert('x')</script> on Friday, Oct. 3, 2024, and "
    '<img src=x onerror="alert(1)"> spent $12 million. '
    'See <a href="javascript:alert(2)">here</a> & more.\n'
)


def checked(body: str, **fields) -> ArticleResult:
    article = Article(
        id=fields.pop("id", "story-1"),
        body=body,
        published=datetime(2024, 10, 4, tzinfo=UTC),
        **fields,
    )
    return Checker().check_article(article)


class Elements(HTMLParser):
    """Every start tag with its attributes, to look at the page as a browser would."""

    def __init__(self, page: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.feed(page)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def named(self, tag: str) -> list[dict[str, str | None]]:
        return [attrs for name, attrs in self.tags if name == tag]


def test_article_text_scripts_and_handlers_show_as_text_never_as_markup():
    result = checked(
        HOSTILE,
        title="<script>alert('title')</script>",
        source='"><img src=x onerror=alert(3)>',
        url="javascript:alert(4)",
    )
    page = article_html(result)
    elements = Elements(page)
    assert elements.named("script") == []
    assert elements.named("img") == []
    assert not any(name.startswith("on") for _tag, attrs in elements.tags for name in attrs)
    assert not any(
        (attrs.get("href") or "").lower().startswith("javascript:") for attrs in elements.named("a")
    )
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=&#34;alert(" in page
    assert "<code>javascript:alert(4)</code>" in page  # the article URL, shown as text


def made(body: str, claims, findings) -> ArticleResult:
    """A result built by hand, so these tests do not move with the extractors."""
    return ArticleResult(Article(id="story-1", body=body), tuple(claims), tuple(findings), "h")


DATED = "On Friday, Oct. 3, 2024, the council approved a budget of $12 million.\n"
WEEKDAY = Claim(
    article_id="story-1", kind="date", text="Friday, Oct. 3, 2024", start=3, end=23,
    date="2024-10-03", granularity="day", first_day=date(2024, 10, 3), last_day=date(2024, 10, 3),
)  # fmt: skip
BUDGET = Claim(
    article_id="story-1", kind="money", text="$12 million", start=58, end=69,
    value=12_000_000, unit="USD", dimension="currency",
)  # fmt: skip
SLIP = Finding(
    article_id="story-1", rule="CC101", severity="error", start=3, end=23, line=1, column=4,
    message="Oct. 3, 2024 was a Thursday, not a Friday",
    evidence={"stated_weekday": "Friday", "computed_weekday": "Thursday"},
)  # fmt: skip


def test_every_claim_is_highlighted_with_its_reading_and_findings_in_severity_colour():
    page = article_html(made(DATED, [WEEKDAY, BUDGET], [SLIP]))
    marks = [m for m in Elements(page).named("mark") if m.get("title")]
    weekday, budget = marks
    assert weekday["title"].startswith("Friday, Oct. 3, 2024 = Thu 3 Oct 2024")
    assert "[1] error: Oct. 3, 2024 was a Thursday" in weekday["title"]
    assert weekday["class"] == "claim sev-error" and weekday["id"] == "at-finding-1"
    assert budget == {"class": "claim", "title": "12,000,000 USD"}
    assert '<a class="error" href="#finding-1"' in page  # the numbered marker after the span
    finding_item = page[page.index('id="finding-1"') :]
    assert "Oct. 3, 2024 was a Thursday, not a Friday." in finding_item
    assert "Computed weekday: Thursday." in finding_item
    assert "Claims (2; 1 with a finding)" in page  # the date has a finding, the budget not


def test_findings_without_a_span_are_listed_for_the_whole_article():
    note = Finding(article_id="story-1", rule="CC001", severity="info", message="no date")
    page = article_html(made(DATED, [BUDGET], [note]))
    assert "whole article" in page
    text_marks = [m for m in Elements(page).named("mark") if m.get("title")]
    assert [m["class"] for m in text_marks] == ["claim"]  # nothing to mark in the text


def test_segments_cover_the_body_exactly_once():
    result = checked("Troops moved 60 miles (97 km) on Monday, Dec. 19, 2022.\n")
    pieces = segments(result)
    assert "".join(piece.text for piece in pieces) == result.article.body
    assert any(not piece.plain for piece in pieces)


def test_prior_article_in_evidence_links_to_its_report():
    finding = Finding(
        article_id="now", rule="CC301", severity="warning", message="m",
        evidence={"prior_article_id": "old/story", "rule_file": "rules/x.yml",
                  "source": "javascript:alert(1) and https://example.org/facts"},
    )  # fmt: skip
    lines = evidence_lines(
        finding, prior_href=lambda article_id: f"../../run-0/{article_id.replace('/', '_')}.html"
    )
    links = [(text, href) for line in lines for text, href in line if href]
    assert ("old/story", "../../run-0/old_story.html") in links
    assert ("https://example.org/facts", "https://example.org/facts") in links
    assert not [href for _, href in links if href.startswith("javascript")]


def test_prior_links_resolve_through_the_run_folder_and_the_catalog(tmp_path):
    report = RunReport(tmp_path / "run-2")
    report.write_article(checked("Nine boats came.\n", id="same-run"))
    assert report.prior_href("same-run") == "same-run.html"
    (tmp_path / "catalog.json").write_text('{"older": "run-1/articles/older.html"}')
    assert report.prior_href("older") == "../../run-1/articles/older.html"
    assert report.prior_href("unknown") is None


def test_finding_with_prior_article_renders_a_link():
    body = "The bridge is 412 meters long.\n"
    article = Article(id="now", body=body)
    finding = Finding(
        article_id="now", rule="CC301", severity="warning", message="length differs from before",
        start=14, end=24, line=1, column=15, evidence={"prior_article_id": "bridge-2019"},
    )  # fmt: skip
    claim = Claim(article_id="now", kind="quantity", text="412 meters", start=14, end=24)
    page = article_html(
        ArticleResult(article, (claim,), (finding,), "h"), prior_href=lambda _id: "old.html"
    )
    assert '<a href="old.html">bridge-2019</a>' in page
    assert "Length differs from before." in page
    assert "Claims (1; 1 with a finding)" in page


def test_safe_href_keeps_only_web_links():
    assert safe_href("https://example.org/a?b=1") == "https://example.org/a?b=1"
    for hostile in (
        "javascript:alert(1)",
        " JavaScript:alert(1)",
        "data:text/html,x",
        "vbscript:x",
    ):
        assert safe_href(hostile) is None


@pytest.fixture()
def entries():
    return [
        {"id": "clean", "title": "Clean", "source": "A", "published": None, "stem": "clean",
         "claims": 3, "claims_checked": 0, "worst": None,
         "findings_by_severity": {"info": 0, "warning": 0, "error": 0}},
        {"id": "bad", "title": "<b>Bad</b>", "source": "<svg onload=alert(1)>", "published": None,
         "stem": "bad", "claims": 5, "claims_checked": 2, "worst": "error",
         "findings_by_severity": {"info": 0, "warning": 1, "error": 2}},
        {"id": "meh", "title": "Meh", "source": "A", "published": None, "stem": "meh",
         "claims": 1, "claims_checked": 1, "worst": "warning",
         "findings_by_severity": {"info": 0, "warning": 1, "error": 0}},
    ]  # fmt: skip


def summary(**fields):
    base = {
        "run_id": "20240101T000000Z-abc",
        "articles": 3,
        "articles_unchanged": 4,
        "claims": 9,
        "claims_checked": 3,
        "findings": 3,
        "findings_by_severity": {"info": 0, "warning": 1, "error": 2},
        "findings_by_rule": {"CC101": 2, "CC104": 1},
        "timings_seconds": {"total": 1.5, "extract_and_check": 1.0},
    }
    return base | fields


def finding(article_id, rule, severity):
    return Finding(article_id=article_id, rule=rule, severity=severity, message="m")


def test_run_index_sorts_worst_first_and_draws_self_contained_charts(entries):
    findings = [
        finding("bad", "CC101", "error"),
        finding("bad", "CC101", "error"),
        finding("meh", "CC104", "warning"),
        Finding(article_id="x:3", rule="CC002", severity="error", message="not UTF-8",
                path="in/x.jsonl", line=3),
    ]  # fmt: skip
    page = run_index_html(summary(), entries, findings)
    links = [a["href"] for a in Elements(page).named("a") if a["href"].startswith("articles/")]
    assert links[::3] == ["articles/bad.html", "articles/meh.html", "articles/clean.html"]
    assert "&lt;b&gt;Bad&lt;/b&gt;" in page and "&lt;svg onload=alert(1)&gt;" in page
    assert "<svg" in page and page.count("<rect") == 3 + 3  # three rules, three sources
    # Rules are named and linked to their page (the reports' own copy: no docs base given).
    assert '<a href="../rules/CC101.html">' in page and "CC101 weekday-date-mismatch" in page
    assert "in/x.jsonl:3" in page and "not UTF-8" in page
    elements = Elements(page)
    assert elements.named("script") == [] and elements.named("link") == []
    assert not re.search(r"(src|href)=\"(https?:)?//", page)


def test_bar_chart_scales_to_the_largest_count():
    chart = bar_chart("t", {"a": 10, "b": 5, "c": 0})
    widths = {bar["label"]: bar["width"] for bar in chart["bars"]}
    assert widths["a"] == 2 * widths["b"]
    assert [bar["label"] for bar in chart["bars"]] == ["a", "b", "c"]


def test_reports_index_lists_busy_runs_and_folds_quiet_ones():
    runs = [
        summary(run_id="20240103T000000Z-c", articles=0, findings=0, status="completed"),
        summary(run_id="20240102T000000Z-b", status="partial"),
        summary(run_id="20240101T000000Z-a", status="completed"),
    ]
    page = reports_index_html(runs)
    hrefs = [a["href"] for a in Elements(page).named("a")]
    assert hrefs[:2] == ["20240102T000000Z-b/index.html", "20240101T000000Z-a/index.html"]
    assert "1 run(s) with nothing new" in page
    assert "partial" in page
