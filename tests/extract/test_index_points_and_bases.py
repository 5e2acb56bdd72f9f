"""Index points as a unit of their own, a figure quoted per a round basis ("per 100"), and a
counted noun shared by a bare count coordinated after it. Every sentence is written for the
test."""

from __future__ import annotations

import pytest

from claimcheck.extract.claims import extract_claims
from claimcheck.extract.quantities import find_quantities
from claimcheck.records import Article


def read(text):
    return [(m.value, m.low, m.high, m.unit, m.dimension) for m in find_quantities(text)]


# --- index points ---------------------------------------------------------------------------


def test_an_index_move_is_in_index_points_and_its_level_stays_bare():
    # The level keeps no unit: the ledger reads a market close as a bare number.
    assert read("The Kelmark all-share index fell 12.5 points to 1,830.2 on Friday.") == [
        (12.5, None, None, "point", "index"),
        (1830.2, None, None, None, None),
    ]


def test_a_move_in_index_points_then_the_level_is_no_range():
    # a verb the change words do not list: the level is still far from the move
    assert read("The Ostra average skidded 61.25 points to 3108.40, its worst day.") == [
        (61.25, None, None, "point", "index"),
        (3108.4, None, None, None, None),
    ]
    # a range of moves stays one range
    assert read("The Ostra index could add 30 to 40 points more.") == [
        (None, 30, 40, "point", "index")
    ]


def test_a_level_that_writes_points_is_in_index_points():
    assert read("The Kelmark composite closed at 2,411.07 points.") == [
        (2411.07, None, None, "point", "index")
    ]


def test_index_points_and_sport_points_are_different_figures():
    index = find_quantities("Shares slid and the Tarvo index lost 27 points by midday.")[0]
    sport = find_quantities("Her striker scored 27 points against the visitors.")[0]
    assert index.value == sport.value and index.unit == sport.unit == "point"
    assert (index.dimension, sport.dimension) == ("index", "count")


def test_an_index_move_keeps_its_points_beside_a_percentage():
    claims = extract_claims(
        Article(id="t", body="The Tarvo stock index dropped 40.3 points, or 1.2 percent.")
    )
    figures = [(c.value, c.unit, c.dimension) for c in claims if c.value is not None]
    assert figures == [(40.3, "point", "index"), (1.2, "percent", "percent")]


def test_index_points_have_no_base_unit_to_normalize_to():
    (claim,) = extract_claims(Article(id="t", body="The Tarvo index gained 12.5 points."))
    assert (claim.unit, claim.dimension) == ("point", "index")
    assert (claim.normalized_value, claim.normalized_unit) == (None, None)  # not printers' points


def test_a_range_of_index_points_is_in_index_points():
    mention = find_quantities("The Tarvo index swung between 30 and 45 points on the day.")[0]
    assert (mention.low, mention.high, mention.unit, mention.dimension) == (
        30,
        45,
        "point",
        "index",
    )


# --- a round basis after "per" --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "unit", "span"),
    [
        ("The lira stood at 12.44/48 marks per 100.", "DEM / 100", "12.44/48 marks per 100"),
        ("Dealers put it at 1.3620 marks per 100 yen", "DEM / 100 JPY", "1.3620 marks per 100 yen"),
        ("A broker charges 7 dlrs per 1,000 shares", "USD / 1000 share", "7 dlrs per 1,000 shares"),
        ("Cocoa fetched 95 dlrs per 100 kilos.", "USD / 100 kilogram", "95 dlrs per 100 kilos"),
    ],
)
def test_a_price_per_a_round_basis_carries_the_basis(text, unit, span):
    mentions = find_quantities(text)
    assert len(mentions) == 1, mentions
    assert (mentions[0].unit, mentions[0].dimension, mentions[0].text) == (unit, "price", span)


def test_a_basis_ends_before_a_word_that_is_no_noun():
    mention = find_quantities("They paid 3 dlrs per 100 in the spring.")[0]
    assert (mention.unit, mention.text) == ("USD / 100", "3 dlrs per 100")


def test_per_a_number_that_is_no_round_basis_stays_two_figures():
    assert [m.unit for m in find_quantities("It paid 12 dlrs per 7.5 tonnes.")] == [
        "USD",
        "metric_ton",
    ]


# --- a counted noun shared across "and" / "or" ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Customs officers impounded 6 trucks and 2 at the border.", "truck"),
        ("Two bidders or three are expected.", "bidder"),
        ("The clinic treated 40 patients on Monday, and 35 on Tuesday.", "patient"),
    ],
)
def test_a_bare_count_coordinated_after_a_count_counts_the_same(text, noun):
    mentions = find_quantities(text)
    assert [(m.unit, m.dimension) for m in mentions] == [(noun, "count"), (noun, "count")]


@pytest.mark.parametrize(
    "text",
    [
        "The fleet has 9 ferries and 4 of them are new.",
        "They built 12 sheds and sold 5.",
    ],
)
def test_a_part_of_a_group_or_a_count_after_a_verb_keeps_no_noun(text):
    assert find_quantities(text)[1].unit is None
