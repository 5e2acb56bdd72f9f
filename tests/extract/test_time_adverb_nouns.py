"""An adverb of time after a figure is not its counted noun: the figure stays a claim and the
adverb is read as a time of its own ("the count rose to 85 overnight")."""

from datetime import UTC, datetime

from claimcheck.extract.claims import extract_claims
from claimcheck.extract.quantities import find_quantities
from claimcheck.input.text import split_sentences
from claimcheck.records import Article


def _claims(body: str) -> list[tuple[str, str]]:
    article = Article(id="t", body=body, published=datetime(2031, 5, 6, 9, tzinfo=UTC))
    claims = extract_claims(article, split_sentences(body))
    return [(claim.kind, body[claim.start : claim.end]) for claim in claims]


def test_overnight_is_not_a_counted_noun() -> None:
    mentions = find_quantities("The list of closed schools grew to 85 overnight, the council said.")
    assert [(mention.text, mention.unit) for mention in mentions] == [("85", None)]


def test_figure_and_overnight_are_both_claims() -> None:
    claims = _claims("The number of families sheltering in the gym rose to 140 overnight.")
    assert ("quantity", "140") in claims
    assert any(text == "overnight" for kind, text in claims if kind != "quantity")


def test_counted_noun_before_overnight_is_kept() -> None:
    mentions = find_quantities("Crews restored power to 2,300 homes overnight.")
    assert [(mention.text, mention.unit) for mention in mentions] == [("2,300 homes", "home")]
