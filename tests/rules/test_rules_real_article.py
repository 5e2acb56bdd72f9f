"""The shipped rules on the real article: only its real problem (a misspelled name) is flagged."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.checks.registry import ArticleContext
from claimcheck.extract.claims import extract_claims
from claimcheck.input.articles import read_articles
from claimcheck.input.text import split_sentences
from claimcheck.rules import load_rules

ROOT = Path(__file__).resolve().parents[2]
ARTICLE = ROOT.parent / "shared" / "articles" / "putin-minsk-2022-12.md"

pytestmark = [
    pytest.mark.shared,
    pytest.mark.skipif(not ARTICLE.exists(), reason="../shared is absent"),
]


def test_real_article_flags_only_the_misspelled_name():
    [article] = list(read_articles([ARTICLE]))
    sentences = split_sentences(article.body)
    context = ArticleContext(article, tuple(extract_claims(article, sentences)), tuple(sentences))
    findings = load_rules(ROOT / "rules").check(context)
    assert [(f.rule, f.text) for f in findings] == [("PPL002", "Lushenko")]


def test_real_article_distance_is_matched_and_consistent():
    # The "60 miles" to the border is recognized by GEO001 and found consistent (~97 km).
    [article] = list(read_articles([ARTICLE]))
    sentences = split_sentences(article.body)
    context = ArticleContext(article, tuple(extract_claims(article, sentences)), tuple(sentences))
    rules = load_rules(ROOT / "rules")
    from claimcheck.rules.matching import ArticleView

    view = ArticleView(context)
    rule = rules.by_code("GEO001")
    matches = [m for c in context.claims if (m := rule.match_claim(c, view))]
    assert [m.claim.text for m in matches] == ["60 miles"]
    assert rule.judge(matches[0], view) is None
