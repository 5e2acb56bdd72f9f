"""Builders for the rule tests: rule files in a temporary folder, contexts of real claims."""

from __future__ import annotations

import textwrap
from datetime import datetime
from pathlib import Path

import pytest

from claimcheck.checks.registry import ArticleContext
from claimcheck.extract.claims import extract_claims
from claimcheck.input.text import split_sentences
from claimcheck.records import Article

VALID_FACT = (Path(__file__).parent / "valid_fact.yml").read_text(encoding="utf-8")


def write_rule(folder: Path, text: str, name: str = "rule.yml") -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def context_for(body: str, published: str | None = "2022-12-20", title: str = "") -> ArticleContext:
    article = Article(
        id="test",
        body=body,
        title=title,
        published=datetime.fromisoformat(published) if published else None,
    )
    sentences = split_sentences(body)
    return ArticleContext(article, tuple(extract_claims(article, sentences)), tuple(sentences))


@pytest.fixture
def valid_fact() -> str:
    return VALID_FACT


@pytest.fixture
def rule_file(tmp_path):
    """Write a rule file into the test's folder: rule_file(text, name="rule.yml") -> Path."""

    def write(text: str, name: str = "rule.yml") -> Path:
        return write_rule(tmp_path, text, name)

    return write


@pytest.fixture
def context():
    """context(body, published="2022-12-20", title="") -> ArticleContext with extracted claims."""
    return context_for
