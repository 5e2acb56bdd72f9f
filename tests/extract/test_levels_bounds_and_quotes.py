"""Readings general to wire and newspaper copy: a price's level restated without its basis,
denied bounds ("not above"), rate-table quotes joined by a dash, bare movements "to X from
Y", money per period after "worth of", counts past a maker's model and results between two
named sides. Every sentence here is written for the test."""

from __future__ import annotations

from claimcheck.extract.quantities import find_quantities


def by_text(text):
    return {mention.text: mention for mention in find_quantities(text)}


# --- a price's level, its basis written once ------------------------------------------------


def test_a_closing_level_takes_the_basis_of_the_price_before_it():
    found = by_text("Copper touched $4.10 a pound in Chicago before settling at $4.02.")
    assert found["$4.10 a pound"].unit == "USD / pound"
    assert found["$4.02"].unit == "USD / pound"
    assert found["$4.02"].dimension == "price"


def test_the_level_moved_from_shares_the_basis_but_the_change_does_not():
    found = by_text("Barley climbed 15 cents to 3.40 dlrs per bushel and oats rose to 2.10 dlrs.")
    assert found["3.40 dlrs per bushel"].unit == "USD / bushel"
    assert found["2.10 dlrs"].unit == "USD / bushel"
    assert found["15 cents"].unit == "USD"


def test_a_level_named_as_a_level_of_takes_the_basis():
    found = by_text(
        "The board held the support price at 7.25 dlrs per hundredweight, not the target "
        "level of 7.90 dlrs."
    )
    assert found["7.90 dlrs"].unit == "USD / hundredweight"


def test_a_sum_of_another_size_or_currency_stays_money():
    found = by_text("Gold was quoted at $410 an ounce, and the fund raised $5,000 from savers.")
    assert found["$5,000"].unit == "USD"
    found = by_text("Bread rose to 90 pence a loaf from 80 cents in the other shop.")
    assert found["80 cents"].dimension != "price"


# --- bounds denied --------------------------------------------------------------------------


def test_not_above_and_not_below_are_bounds_from_the_other_side():
    assert by_text("The offer will be not above $25 a share.")["$25 a share"].qualifier == (
        "at_most"
    )
    assert by_text("Units will be sold at not below 8 dlrs.")["8 dlrs"].qualifier == "at_least"
    # without the denial the word names a level passed
    assert by_text("The stock fell below $30 on Friday.")["$30"].qualifier == "less_than"


# --- two-sided quotes joined by a dash ------------------------------------------------------


def test_a_quote_whose_offer_gives_only_its_last_digits_after_a_dash():
    found = by_text("The guilder opened at 2.1130-40 and sterling at 3.0510-25.")
    assert (found["2.1130-40"].low, found["2.1130-40"].high) == (2.113, 2.114)
    assert (found["3.0510-25"].low, found["3.0510-25"].high) == (3.051, 3.0525)


def test_a_dashed_range_of_decimals_is_no_quote():
    found = by_text("Growth is put at 1.5-2.5 pct and inflation at 2.75-10 pct.")
    assert (found["1.5-2.5 pct"].low, found["1.5-2.5 pct"].high) == (1.5, 2.5)
    assert all(mention.low != 2.75 or mention.high != 2.1 for mention in found.values())


# --- a bare movement "to X from Y" ----------------------------------------------------------


def test_a_bare_level_moved_to_from_is_one_range_with_its_direction():
    found = by_text("Truck registrations rose 8 pct to 2,640 from 2,444 in the quarter.")
    movement = found["2,640 from 2,444"]
    assert (movement.low, movement.high, movement.direction) == (2444, 2640, "up")
    movement = by_text("Its fleet shrank to 310 from 345 last year.")["310 from 345"]
    assert (movement.low, movement.high, movement.direction) == (310, 345, "down")


def test_small_bare_numbers_or_years_to_from_stay_apart():
    found = by_text("He slipped to 14 from 9 in the rankings.")
    assert all(mention.low is None for mention in found.values())
    assert all(mention.low is None for mention in find_quantities("moved to 1990 from 1985"))


# --- money per period after "worth of" ------------------------------------------------------


def test_money_worth_of_goods_a_year_is_money_per_year():
    found = by_text("The embargo could cost the growers 45 mln dlrs' worth of sales a year.")
    assert found["45 mln dlrs' worth of sales a year"].unit == "USD / year"
    found = by_text("They spend $12 of fuel a day.")
    assert found["$12 of fuel a day"].unit == "USD / day"


def test_money_a_period_ago_is_no_rate():
    found = by_text("It booked $7 million of charges a year earlier.")
    assert found["$7 million"].unit == "USD"


# --- counts past a maker and its model ------------------------------------------------------


def test_a_count_past_a_makers_model_counts_the_noun_after_it():
    found = by_text("The carrier leased eight Embraer 190 jets and 4 Fokker 100 aircraft.")
    assert found["eight Embraer 190 jets"].unit == "jet"
    assert found["4 Fokker 100 aircraft"].unit == "aircraft"
    assert by_text("It flies two Boeing 767-300 freighters.")["two Boeing 767-300 freighters"]


def test_a_model_number_alone_is_no_count():
    assert find_quantities("The Fokker 100 and the Embraer 190 are regional jets.") == []


# --- results between two sides --------------------------------------------------------------


def test_a_result_between_two_named_sides_is_a_score():
    assert find_quantities("Millwall 1-3 Stoke: the visitors ran riot.") == []


def test_a_set_taken_or_a_score_levelled_is_a_score():
    assert find_quantities("She dropped the opening set 3-6 but recovered.") == []
    assert find_quantities("A late try made it 10-12 with a minute left.") == []
    assert find_quantities("The sides were level at 9-9 at the break.") == []


def test_a_range_before_a_capitalised_noun_is_still_a_range():
    found = by_text("Some 30-40 Americans were evacuated.")
    assert any(mention.low == 30 and mention.high == 40 for mention in found.values())


def test_a_bound_up_to_is_no_level_of_the_price():
    found = by_text("Rents run up to £900 a month, and deposits of up to £900.")
    assert found["£900 a month"].unit == "GBP / month"
    assert found["£900"].unit == "GBP"


def test_the_class_of_a_share_after_per_is_no_basis_of_its_own():
    found = by_text("The warrant price drops to 6.25 dlrs per common share from 7 dlrs.")
    assert found["6.25 dlrs per common share"].unit == "USD / share"
    assert found["7 dlrs"].unit == "USD / share"
    assert by_text("It paid 14 pence per ordinary share.")["14 pence per ordinary share"].unit == (
        "GBP / share"
    )


# --- a bare number after an article ---------------------------------------------------------


def test_a_bare_number_after_an_article_names_a_model_or_a_round():
    assert find_quantities("The pilot flew a 757 to Lagos.") == []
    assert find_quantities("The leader carded a 66 on the final day.") == []


def test_after_an_article_a_range_a_noun_or_a_unit_is_still_read():
    found = by_text("They expect a 2-4% rise and a 20 or 25 point lead.")
    assert (found["2-4%"].low, found["2-4%"].high) == (2, 4)
    assert (found["20 or 25 point"].low, found["20 or 25 point"].high) == (20, 25)
    assert by_text("It hired a 1,200 strong workforce.")
    assert by_text("It owns a 12 storey block.")["12 storey"].unit == "storey"


def test_a_dashed_bond_price_in_32nds_is_no_decimal_quote():
    found = find_quantities("The long bond slipped to 97.14-18 from 98.02-06.")
    assert all(mention.high != 97.18 for mention in found)
    found = by_text("The bill rate is seen at 5.71-73 pct; the note yield at 7.10-14 pct.")
    assert (found["5.71-73 pct"].low, found["5.71-73 pct"].high) == (5.71, 5.73)
    assert (found["7.10-14 pct"].low, found["7.10-14 pct"].high) == (7.1, 7.14)
