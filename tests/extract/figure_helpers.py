"""The figure claims (quantities, money, percentages) that the real extractor reads in a
small article: shared by the quantity tests."""

from datetime import datetime

from claimcheck.extract.claims import extract_claims
from claimcheck.records import Article, Claim

FIGURE_KINDS = ("quantity", "money", "percent")
PUBLISHED = datetime(2005, 3, 1)


def figure_claims(text: str, published: datetime = PUBLISHED) -> list[Claim]:
    article = Article(id="t", body=text, published=published)
    return [claim for claim in extract_claims(article) if claim.kind in FIGURE_KINDS]


def figures(
    text: str, published: datetime = PUBLISHED
) -> list[tuple[str, float | None, str | None, str]]:
    """Each figure's text, value, unit and qualifier."""
    return [
        (claim.text, claim.value, claim.unit, claim.qualifier)
        for claim in figure_claims(text, published)
    ]


def figures_and_units(
    text: str, published: datetime = PUBLISHED
) -> list[tuple[str, float | None, str | None]]:
    """Each figure's text, value and unit."""
    return [(claim.text, claim.value, claim.unit) for claim in figure_claims(text, published)]
