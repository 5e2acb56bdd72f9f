"""Figures of a small article read by the real extractor and the identity model, by their text,
and the ledger's findings on a few small articles: shared by the identity tests."""

from dataclasses import dataclass
from datetime import UTC, datetime

from claimcheck.extract.claims import extract_claims
from claimcheck.input.text import split_sentences
from claimcheck.ledger.comparison import OrderedPass
from claimcheck.ledger.identity import Figure, Identity, identify
from claimcheck.pipeline.checker import Checker, ledger_entry_for
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


def wire_article(article_id: str, day: int, body: str) -> Article:
    """A wire story published at noon on a day of March 2025."""
    published = datetime(2025, 3, day, 12, tzinfo=UTC)
    return Article(id=article_id, body=body, source="Wire", published=published, title="")


def ordered_results(*articles: Article) -> dict:
    """The ordered pass's result for each article (its links, findings and figures), the
    articles checked and compared in the order given, nothing recorded."""
    checker = Checker()
    entries = [ledger_entry_for(checker.check_article(a), f"key-{a.id}") for a in articles]
    return OrderedPass(None).run(entries, record=False)


def ordered_findings(*articles: Article) -> dict[str, list]:
    """The ledger's findings on each article, the articles compared in the order given."""
    return {key: value.findings for key, value in ordered_results(*articles).items()}


def links_of(results: dict, article_id: str) -> list[tuple[str, str, str]]:
    """An article's links from `ordered_results`: the later figure's text, the earlier
    article and the relation."""
    return [
        (link.later.text, link.earlier.article_id, link.relation)
        for link in results[article_id].links
    ]


@dataclass(frozen=True)
class StoredFigure:
    """The fields of a stored figure that the comparison of two sources' ranges reads."""

    value: float | None
    low: float
    high: float
    attribution: str | None
    text: str = ""
