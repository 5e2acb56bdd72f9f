"""CC001: an article without a usable publication date."""

from __future__ import annotations

from claimcheck.checks.published_missing import check_published_missing


def test_no_publication_date_gives_one_info_note(article):
    body = "The mayor spoke yesterday about the new budget."
    context = (
        article(body, published=None)
        .claim("yesterday", kind="date", relative=True)
        .build(published_problem="no 'published' field")
    )
    (finding,) = check_published_missing(context)
    assert finding.rule == "CC001" and finding.severity == "info"
    assert "relative dates were not resolved" in finding.message
    assert "no 'published' field" in finding.message
    assert finding.evidence["relative_dates"] == ["yesterday"]
    assert (finding.start, finding.end, finding.line, finding.column) == (0, 0, 0, 0)


def test_article_with_publication_date_gets_no_note(article):
    context = article("The mayor spoke yesterday.").build()
    assert list(check_published_missing(context)) == []
