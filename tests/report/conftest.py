"""Articles whose claims come from the real extractor, for report tests."""

from __future__ import annotations

from datetime import datetime

import pytest

from claimcheck.checks import ArticleContext
from claimcheck.extract.claims import extract_claims
from claimcheck.input.text import split_sentences
from claimcheck.records import Article


def extracted_context(body: str, published: str | None = "2024-05-13T09:00:00") -> ArticleContext:
    moment = datetime.fromisoformat(published) if published else None
    article = Article(id="a1", body=body, published=moment)
    sentences = split_sentences(body)
    return ArticleContext(article, tuple(extract_claims(article, sentences)), tuple(sentences))


@pytest.fixture
def from_text():
    return extracted_context
