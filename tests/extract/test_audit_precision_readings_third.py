"""Readings found wrong in a third pass of reading the extractor's output on unlabelled
articles: "half a million" read as a million, money raised (funds) read as a rise, a list
that names its unit once before its figures ("in tonnes: ..."), and the high and low marks of a
price table read as litres. Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from claimcheck.extract.quantities import find_quantities


def by_text(text):
    return {m.text: m for m in find_quantities(text)}


# --- "half a" before a word number -----------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "written", "value"),
    [
        ("Close to half a million voters stayed at home.", "half a million voters", 5e5),
        ("Half a billion euros went on the new line.", "Half a billion euros", 5e8),
        ("The town has half a thousand years of history.", "half a thousand years", 500),
        ("Half a dozen boats sank.", "Half a dozen boats", 6),
    ],
)
def test_half_a_word_number_is_half_of_it(sentence, written, value):
    mention = by_text(sentence)[written]
    assert mention.value == pytest.approx(value)


def test_a_million_without_half_is_still_a_million():
    assert by_text("A million tickets were sold.")["A million tickets"].value == 1e6


# --- funds raised are no rise ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "written"),
    [
        ("The charity concert raised £2.3m for the flood victims.", "£2.3m"),
        ("The brewer is raising 40 mln dlrs through a bond issue.", "40 mln dlrs"),
        ("They hope to raise more than 15m euros from the listing.", "15m euros"),
        ("The bank raised about 310 mln dlrs in new capital.", "310 mln dlrs"),
    ],
)
def test_money_as_the_object_of_raise_is_funds_not_a_rise(sentence, written):
    assert by_text(sentence)[written].change is None


@pytest.mark.parametrize(
    ("sentence", "written"),
    [
        ("Fares were raised 30 cents on Monday.", "30 cents"),
        ("The price rose 2 dlrs a tonne.", "2 dlrs a tonne"),
        ("Its shares gained $1.20 in early trade.", "$1.20"),
    ],
)
def test_a_passive_raise_and_other_rises_stay_rises(sentence, written):
    assert by_text(sentence)[written].change == "up"


# --- a list headed by its unit ---------------------------------------------------------------


def test_figures_after_a_unit_heading_take_that_unit():
    found = by_text(
        "Exports by grain were, in tonnes: barley 4,210 (3,980), oats 875 (nil), rye 1,040. "
        "The board met 12 times."
    )
    for written in ("4,210", "3,980", "875", "1,040"):
        assert (found[written].unit, found[written].dimension) == ("metric_ton", "mass")
    assert found["12 times"].unit != "metric_ton"  # the next sentence is not in the list


def test_a_heading_with_a_comma_also_names_the_unit():
    found = by_text("Stocks held, in hectares, north 310 (290) and south 1,200 (1,150).")
    assert {found[w].unit for w in ("310", "290", "1,200", "1,150")} == {"hectare"}


def test_a_money_heading_does_not_move_a_unit():
    found = by_text("The levies were, in dollars, 14 and 19 in the two ports.")
    assert found["14"].unit is None


# --- a price table's high and low marks ------------------------------------------------------


def test_a_letter_after_a_quote_in_32nds_is_a_mark_not_litres():
    found = by_text("SEP 95 17/32H 95 3/32L 95 9/32")
    assert found["95 17/32H"].value == pytest.approx(95 + 17 / 32)
    assert found["95 3/32L"].unit is None
    assert found["95 3/32L"].value == pytest.approx(95 + 3 / 32)


def test_litres_written_after_a_decimal_stay_litres():
    assert by_text("It holds a 1.5L bottle.")["1.5L"].unit == "liter"
