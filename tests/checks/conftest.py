"""Small builders for check tests: an article body, hand-built claims found by their text."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from claimcheck.checks import ArticleContext
from claimcheck.input.text import split_sentences
from claimcheck.records import Article, Claim


class ContextBuilder:
    """Builds an ArticleContext whose claims point at the given phrases of the body."""

    def __init__(self, body: str, published: str | None = "2024-03-14T09:00:00") -> None:
        self.body = body
        self.published = datetime.fromisoformat(published) if published else None
        self.claims: list[Claim] = []

    def claim(self, text: str, occurrence: int = 0, **fields: Any) -> ContextBuilder:
        start = -1
        for _ in range(occurrence + 1):
            start = self.body.index(text, start + 1)
        fields.setdefault("kind", "quantity")
        self.claims.append(
            Claim(article_id="a1", text=text, start=start, end=start + len(text), **fields)
        )
        return self

    def build(self, **article_fields: Any) -> ArticleContext:
        article = Article(id="a1", body=self.body, published=self.published, **article_fields)
        claims = tuple(sorted(self.claims, key=lambda claim: claim.start))
        return ArticleContext(article, claims, tuple(split_sentences(self.body)))


def extracted_context(body: str, published: str | None = "2024-05-13T09:00:00") -> ArticleContext:
    """A context whose claims come from the real extractor, for text-to-finding tests."""
    from claimcheck.extract.claims import extract_claims

    moment = datetime.fromisoformat(published) if published else None
    article = Article(id="a1", body=body, published=moment)
    sentences = split_sentences(body)
    return ArticleContext(article, tuple(extract_claims(article, sentences)), tuple(sentences))


@pytest.fixture
def article():
    return ContextBuilder


@pytest.fixture
def from_text():
    return extracted_context


def duration_start_findings(
    body: str, published: str = "2024-05-13T09:00:00", events: tuple = ()
) -> list[str]:
    """The texts CC104 flags in `body`, read against the rule-set events given (none unless
    a test names some)."""
    from claimcheck.checks.duration_start import check_duration_starts

    context = extracted_context(body, published)
    context = ArticleContext(context.article, context.claims, context.sentences, tuple(events))
    return [finding.text for finding in check_duration_starts(context)]


@pytest.fixture
def duration_findings():
    return duration_start_findings
