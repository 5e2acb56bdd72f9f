"""Readings of wire copy drawn like the blind folds: a level "at" after a change in percent and
the level it moved from, a revision "up from" or "down from", an amount and what it measures
before "up from" an amount with the unit, degrees below zero, number words that count nothing
(an article before a currency's trader, a group named by its size) and points before the noun
of the move they measure. Every sentence here is written for the test."""

from __future__ import annotations

from claimcheck.extract.quantities import find_quantities


def readings(text):
    return [(m.text, m.value, m.low, m.high, m.unit, m.direction) for m in find_quantities(text)]


# --- one movement written "at X from Y", "X, revised up from Y" --------------------------------


def test_a_level_at_after_a_fall_in_percent_and_the_level_it_left_are_one_movement():
    found = readings("Shipments were down 4.5 pct at 6.20 billion dlrs from 6.49 billion.")
    assert found[0][:2] == ("4.5 pct", 4.5)
    assert found[1][2:] == (6.2e9, 6.49e9, "USD", "down")
    assert len(found) == 2


def test_a_level_at_that_disagrees_with_the_change_stays_two_figures():
    # a rise in percent cannot end lower than it began: no one movement is written
    found = readings("Shipments were up 4.5 pct at 6.20 billion dlrs from 6.49 billion.")
    assert [each[0] for each in found] == ["4.5 pct", "6.20 billion dlrs", "6.49 billion"]


def test_a_figure_revised_up_or_down_from_an_earlier_one_is_one_movement():
    up = readings("The money market gap was put at 620 mln stg, earlier revised up from 580 mln.")
    assert up == [("620 mln stg, earlier revised up from 580 mln", None, 5.8e8, 6.2e8, "GBP", "up")]
    down = readings("Its forecast is now 35 mln stg, revised down from 42 mln.")
    assert down[0][2:] == (3.5e7, 4.2e7, "GBP", "down")


def test_a_revision_whose_word_disagrees_with_the_figures_stays_two_figures():
    found = readings("Its forecast is now 35 mln stg, revised up from 42 mln.")
    assert len(found) == 2


def test_an_amount_and_what_it_measures_then_up_from_an_amount_with_its_unit_is_one_range():
    found = readings(
        "The bank said its trading arm earned 540 mln in pretax profit, up from roughly "
        "410 mln dlrs in 1985."
    )
    (move,) = found[:1]
    assert move[2:] == (4.1e8, 5.4e8, "USD", "up")
    assert [each for each in found if each[0].startswith("1985")] == []


def test_a_move_to_a_level_from_one_with_its_unit_keeps_two_figures():
    found = readings("Crude stocks fell to 31.5 mln from 33.9 mln barrels.")
    assert [each[0] for each in found] == ["31.5 mln", "33.9 mln barrels"]


# --- degrees below zero ----------------------------------------------------------------------


def test_two_figures_of_degrees_below_zero_are_one_negative_temperature_range():
    found = readings("Strong winds pushed the wind chill to 10 and 20 degrees below zero.")
    assert found == [
        ("10 and 20 degrees below zero", None, -20.0, -10.0, "degree_Fahrenheit", None)
    ]


def test_one_figure_of_degrees_below_zero_takes_the_scale_written_after_it():
    found = readings("The coil works when chilled to 300 degrees below zero Fahrenheit.")
    assert found == [
        ("300 degrees below zero Fahrenheit", -300.0, None, None, "degree_Fahrenheit", None)
    ]
    celsius = readings("Readings fell to 8 degrees below zero, or about 18 Celsius lower.")
    assert celsius[0][1:5] == (-8.0, None, None, "degree_Celsius")


# --- number words that count nothing ---------------------------------------------------------


def test_one_before_a_currency_and_its_trader_is_an_article():
    assert readings("One dollar trader said the central bank stayed out of the market.") == []
    assert readings("One sterling dealer expected a cut.") == []
    # a sum of one unit stays a sum
    assert readings("One dollar bought 140 yen at the close.")[0][:2] == ("One dollar", 1.0)


def test_a_group_named_by_its_size_after_the_is_no_count():
    assert readings("Prices steadied after the seven agreed to act together.") == []
    assert readings("Officials expect the five will meet again soon.") == []
    assert readings("The six nations met in Paris.")[0][:2] == ("six nations", 6.0)


# --- points before the move they measure -----------------------------------------------------


def test_points_before_the_noun_of_a_move_measure_it_and_a_rate_makes_them_percentage_points():
    rate = readings("Deposit rates showed 1/8 point falls in quiet dealings.")
    assert rate == [("1/8 point", 0.125, None, None, "percentage_point", None)]
    index = readings("Several blue chips showed 3 point gains by midday.")
    assert index == [("3 point", 3.0, None, None, "point", None)]


def test_an_amount_in_a_period_of_its_own_then_up_from_another_stays_two_figures():
    found = readings("Revenue climbed to 7.2 mln dlrs in the second quarter, up from 5.1 mln dlrs.")
    assert [each[0] for each in found] == ["7.2 mln dlrs", "5.1 mln dlrs"]


def test_a_count_of_moves_sized_in_points_keeps_counting_the_moves():
    # wire copy wraps its lines anywhere: the size's words may stand on two lines
    found = readings("The bank made two half\npoint cuts in its lending rate.")
    assert found == [("two half\npoint cuts", 2.0, None, None, "cut", None)]
