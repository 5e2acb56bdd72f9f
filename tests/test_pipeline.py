from datetime import UTC, datetime

from claimcheck.pipeline import Checker
from claimcheck.records import Article

NOW = datetime(2024, 6, 1, tzinfo=UTC)


def check(article):
    return Checker(clock=lambda: NOW).check_article(article)


def test_future_publication_date_is_an_info_finding():
    article = Article(id="f", body="It rained.", published=datetime(2031, 1, 1, tzinfo=UTC))
    [finding] = [f for f in check(article).findings if f.rule == "CC004"]
    assert finding.severity == "info"
    assert "2031-01-01" in finding.message


def test_publication_a_few_hours_ahead_is_clock_skew_not_a_finding():
    article = Article(id="s", body="It rained.", published=datetime(2024, 6, 1, 9, tzinfo=UTC))
    assert not [f for f in check(article).findings if f.rule == "CC004"]


def test_findings_are_located_and_sorted():
    body = "Intro line.\nThey met on Friday, Oct. 3, 2024, in town.\n"
    article = Article(id="w", body=body, published=datetime(2024, 10, 4, tzinfo=UTC), path="w.md")
    result = check(article)
    [finding] = [f for f in result.findings if f.rule == "CC101"]
    assert (finding.line, finding.column) == (2, 13)
    assert finding.path == "w.md"
    assert body[finding.start : finding.end] == finding.text
    assert result.worst_severity == "error"
    assert result.content_hash == check(article).content_hash
