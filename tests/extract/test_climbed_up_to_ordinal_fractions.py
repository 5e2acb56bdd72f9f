"""Readings of issue 15 found by a twelfth audit of unseen BBC and Reuters copy: "up to" after
a verb that moved the level (a past climb, or a passive push) names the level reached, no
bound; fractions written in digits with an ordinal's ending ("5/8ths") and fractions over
eleven to a thousand in words ("one-twelfth"); "busses" counts buses."""

from figure_helpers import figures, figures_and_units

# "up" as the particle of a verb of climbing: the figure after "to" is where the level went.


def test_a_rate_that_edged_up_to_a_level_is_no_bound():
    assert figures("The overnight rate edged up to 7.2 pct on Friday.") == [
        ("7.2 pct", 7.2, "percent", "exact")
    ]


def test_a_movement_after_went_up_to_is_an_exact_range():
    assert figures("Its sugar yield went up to 16.4 pct from 15.9 pct last season.") == [
        ("16.4 pct from 15.9 pct", None, "percent", "exact")
    ]


def test_an_index_that_shot_up_to_a_level_is_no_bound():
    assert [qualifier for *_, qualifier in figures("The gauge shot up to 912.5 in May.")] == [
        "exact"
    ]


def test_a_passive_push_up_to_a_price_names_the_price_reached():
    assert figures("The new notes were later pushed up to 98.75 by dealers.") == [
        ("98.75", 98.75, None, "exact")
    ]


def test_a_modal_with_a_present_verb_before_up_to_stays_a_ceiling():
    assert figures("Spending could go up to 40 mln dlrs next year.") == [
        ("40 mln dlrs", 40000000.0, "USD", "at_most")
    ]


def test_up_to_with_no_verb_of_climbing_stays_a_bound():
    assert figures("The lorry carries up to 12 tonnes.") == [
        ("12 tonnes", 12.0, "metric_ton", "at_most")
    ]


# A fraction in digits with an ordinal's ending is read as its words are.


def test_a_digit_fraction_in_eighths_with_its_ending_is_a_fraction():
    assert figures_and_units("Lenders may pick a margin of 3/8ths or a fee instead.") == [
        ("3/8ths", 0.375, None)
    ]


def test_a_small_part_of_a_share_in_digits_is_a_fraction():
    assert figures_and_units("Each warrant buys 1/250th of a preferred share.") == [
        ("1/250th", 0.004, None)
    ]


def test_an_ordinal_ending_on_a_whole_number_stays_an_ordinal():
    assert figures_and_units("It was the 14th straight monthly fall.") == []


def test_a_digit_part_over_one_is_no_fraction():
    assert figures_and_units("See clause 9/4th for the terms.") == []


# Parts over eleven to a thousand, in words.


def test_one_twelfth_of_a_budget_is_a_fraction():
    assert figures_and_units("Each month it may spend one-twelfth of the yearly sum.") == [
        ("one-twelfth", 1 / 12, None)
    ]


def test_a_fifteenth_of_a_whole_is_a_fraction():
    assert figures_and_units("The levy takes a fifteenth of the profit.") == [
        ("a fifteenth", 1 / 15, None)
    ]


def test_a_twelfth_before_a_noun_stays_an_ordinal():
    assert figures_and_units("She won a twelfth title in Rome.") == []


def test_busses_count_buses():
    assert figures_and_units("The city ordered 40 electric busses.") == [
        ("40 electric busses", 40.0, "bus")
    ]


# A figure with decimals or a fraction, no scale, before a singular noun outside the lexicon
# names a level the noun stands for, not a count of it.


def test_a_decimal_before_a_singular_noun_is_no_count_of_it():
    assert figures_and_units("The board kept the 6.25 ceiling for the currency.") == [
        ("6.25", 6.25, None)
    ]


def test_a_fraction_before_a_singular_noun_is_no_count_of_it():
    assert figures_and_units("The 99-3/4 issue sold out fast.") == [("99-3/4", 99.75, None)]


def test_a_part_of_a_share_still_counts_shares():
    assert figures_and_units("Holders get 0.45 share of the buyer for each one held.") == [
        ("0.45 share", 0.45, "share")
    ]


def test_a_whole_number_before_a_singular_noun_still_counts_it():
    assert figures_and_units("The 40 staff voted to strike.") == [("40 staff", 40.0, "staff")]


def test_a_scaled_decimal_before_a_singular_noun_still_counts_it():
    assert figures_and_units("It sold 2.5 mln common stock units.") == [
        ("2.5 mln common stock units", 2500000.0, "unit")
    ]


def test_a_camera_sensor_in_decimal_megapixels_keeps_its_unit():
    assert figures_and_units("The handset has a 3.2 megapixel camera.") == [
        ("3.2 megapixel", 3.2, "megapixel")
    ]


# A part "of a point" is a part of a percentage point, as "a half point" is.


def test_a_quarter_of_a_point_on_a_rate_is_in_percentage_points():
    assert figures_and_units("The bank lifted its base rate by a quarter of a point.") == [
        ("a quarter of a point", 0.25, "percentage_point")
    ]


def test_a_digit_eighth_of_a_point_over_a_benchmark_is_in_percentage_points():
    assert figures_and_units("The notes pay 3/8th of a point over the interbank rate.") == [
        ("3/8th of a point", 0.375, "percentage_point")
    ]


def test_a_part_before_a_hyphened_point_word_is_no_point():
    assert figures_and_units("He missed a third of a point-blank chance list.") == [
        ("a third", 1 / 3, None)
    ]
