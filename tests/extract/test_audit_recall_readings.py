"""Figures a recall audit of unlabelled articles found unread, in general form (own wording):
a hedged share with no "of", "one" as a margin or a movement, a counted noun behind a quoted
or slash-joined modifier."""

from __future__ import annotations

import pytest

from claimcheck.extract.claims import extract_claims
from claimcheck.input.articles import Article


def _figures(text: str) -> list[tuple[str, float | None, str | None, str]]:
    claims = extract_claims(Article(id="t", body=text))
    return [
        (claim.text, claim.value, claim.unit, claim.qualifier)
        for claim in claims
        if claim.kind in ("quantity", "money", "percent")
    ]


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(claim.kind, claim.text) for claim in extract_claims(Article(id="t", body=text))]


# --- a hedged share standing alone ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "share", "value", "qualifier"),
    [
        ("Of the members polled, nearly a third were undecided.", "a third", 1 / 3, "approx"),
        ("Almost a fifth said they had never voted.", "a fifth", 0.2, "approx"),
        ("The young will make up about a third by 2040, it says.", "a third", 1 / 3, "approx"),
        ("Of the tenants, less than a quarter are satisfied.", "a quarter", 0.25, "less_than"),
        ("Nearly a quarter said the service was poor.", "a quarter", 0.25, "approx"),
        ("Of the seats, more than a third.", "a third", 1 / 3, "more_than"),
    ],
)
def test_a_hedged_share_with_no_of_is_a_fraction(
    text: str, share: str, value: float, qualifier: str
) -> None:
    found = _figures(text)
    assert (share, pytest.approx(value), None, qualifier) in found


def test_a_hedged_quarter_that_is_a_share_is_no_duration() -> None:
    assert ("duration", "a quarter") not in _kinds("Nearly a quarter said they would move.")
    kinds = _kinds("In some offices up to three-quarters fell behind.")
    assert ("quantity", "three-quarters") in kinds
    assert ("duration", "three-quarters") not in kinds


def test_an_unhedged_three_quarters_is_left_to_the_date_reading() -> None:
    # a rugby position, not a share
    kinds = _kinds("The visitors' three-quarters had no room to run.")
    assert ("quantity", "three-quarters") not in kinds


@pytest.mark.parametrize(
    "text",
    [
        "He won a third term in office.",  # an ordinal
        "The work was done in less than a quarter.",  # a span of time
        "Sales fell nearly a quarter in a year.",  # no verb: a quarter may be a span
        "It is about a third party.",  # no hedge of a share, a compound
        "They came a third time.",  # no hedge
    ],
)
def test_a_part_word_without_a_hedged_share_is_no_fraction(text: str) -> None:
    assert not [figure for figure in _figures(text) if figure[1] in (1 / 3, 0.25)]


# --- "one" as a margin or a movement --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        ("The motion was carried by one vote.", "one vote", "vote"),
        ("The confidence index may drop one point next month.", "one point", "point"),
        ("The club slipped one place in the table.", "one place", "place"),
        ("They won by one goal after extra time.", "one goal", "goal"),
        ("The index rose by one point on Monday.", "one point", "point"),
        ("A close race could swing by one seat either way.", "one seat", "seat"),
    ],
)
def test_one_as_a_margin_or_a_movement_is_a_count(text: str, figure: str, unit: str) -> None:
    assert (figure, 1.0, unit, "exact") in _figures(text)


@pytest.mark.parametrize(
    "text",
    [
        "At one point the crowd fell silent.",
        "The idea was backed by one analyst in the room.",
        "Prices fell, one trader said.",
    ],
)
def test_one_as_an_article_is_still_no_count(text: str) -> None:
    assert not [figure for figure in _figures(text) if figure[1] == 1.0]


# --- a counted noun behind a modifier written with punctuation -----------------------------


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        ('The referee counted three "reckless" tackles.', 'three "reckless" tackles', "tackle"),
        ("The report lists two 'unsafe' bridges.", "two 'unsafe' bridges", "bridge"),
        ("The group owns two Anglo/Dutch refineries.", "two Anglo/Dutch refineries", "refinery"),
    ],
)
def test_a_count_reads_its_noun_past_a_quoted_or_paired_modifier(
    text: str, figure: str, unit: str
) -> None:
    values = {(text_, unit_) for text_, _, unit_, _ in _figures(text)}
    assert (figure, unit) in values


def test_a_quoted_word_with_no_noun_after_it_is_not_a_noun() -> None:
    assert _figures('The manager called the two "unlucky".') == []
