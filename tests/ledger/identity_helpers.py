"""Figures of a small article read by the real extractor and the identity model, by their text:
shared by the identity tests."""

from datetime import UTC, datetime

from claimcheck.extract.claims import extract_claims
from claimcheck.input.text import split_sentences
from claimcheck.ledger.identity import Figure, Identity, identify
from claimcheck.records import Article

PUBLISHED = datetime(2025, 3, 4, 9, tzinfo=UTC)


def figures(
    body: str, published: datetime | None = PUBLISHED, title: str = ""
) -> dict[str, Figure]:
    """The figures of an article with an identity, by their text."""
    article = Article(id="a", body=body, title=title, published=published)
    sentences = split_sentences(body)
    found = identify(article, extract_claims(article, sentences), sentences)
    return {" ".join(figure.claim.text.split()): figure for figure in found}


def identity(body: str, text: str, **extra: object) -> Identity:
    """The identity of the figure written `text` in `body`."""
    return figures(body, **extra)[text].identity  # type: ignore[arg-type]
