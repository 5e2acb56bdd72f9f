"""Readings of wire copy drawn like the fourth development fold: a movement "to X from Y" with a
bound on either level, the earlier levels a movement is set against after "and", and a quote
written right before the day it was quoted on. Every sentence here is written for the test."""

from __future__ import annotations

from claimcheck.extract.quantities import find_quantities


def readings(text):
    return [(m.text, m.value, m.low, m.high, m.unit, m.direction) for m in find_quantities(text)]


# --- a bound on either level of a movement -----------------------------------------------------


def test_a_bound_on_the_level_moved_from_keeps_the_movement_whole():
    found = readings("The merger cuts the number of depots the firm runs to about 70 from over 110")
    assert found == [("70 from over 110", None, 70.0, 110.0, "depot", "down")]


def test_more_than_before_the_old_level_keeps_the_movement_whole():
    found = readings("Staff numbers will fall to 450 workers from more than 600 workers.")
    assert [each[2:] for each in found] == [(450.0, 600.0, "worker", "down")]


def test_a_bound_on_the_level_reached_keeps_the_movement_whole():
    found = readings("Earnings should climb to over 18 mln dlrs from 11 mln dlrs.")
    assert [each[2:] for each in found] == [(1.1e7, 1.8e7, "USD", "up")]
    estimated = readings("Stocks slid to an estimated 91,500 tonnes from 97,200.")
    assert [each[2:] for each in estimated] == [(91500.0, 97200.0, "metric_ton", "down")]


def test_a_bounded_level_with_another_unit_after_from_stays_two_figures():
    # the levels name different things: no one movement is written
    found = readings("Its fleet grew to more than 40 ships from 35 barges.")
    assert [each[0] for each in found] == ["40 ships", "35 barges"]


# --- the earlier levels a movement is set against ----------------------------------------------


def test_a_level_after_a_movement_and_its_day_takes_the_movement_unit():
    found = readings("Sterling firmed to 1.6310 dlrs from 1.6245 yesterday and 1.5980 on Monday.")
    assert found[0][2:] == (1.6245, 1.631, "USD", "up")
    assert found[1][:2] == ("1.5980", 1.598) and found[1][4] == "USD"


def test_a_level_a_year_earlier_after_a_movement_takes_its_unit():
    found = readings("The index edged up to 140.2 points from 139.8 in May and 133.4 a year ago.")
    assert [(each[0], each[4]) for each in found[1:]] == [("133.4", "point")]


def test_a_count_with_its_own_noun_after_a_movement_keeps_its_noun():
    found = readings("Output rose to 6.4 mln tonnes from 6.1 mln and 14 mills stayed shut.")
    assert found[1][:2] == ("14 mills", 14.0) and found[1][4] == "mill"


def test_a_level_after_a_range_written_small_to_large_takes_no_unit_from_it():
    # "between X and Y" is no movement: the bare figure after it is not compared with it
    found = readings("Yields ranged from 7.1 to 7.4 pct last week, and 12 banks took part.")
    assert [each[4] for each in found if each[0].startswith("12")] == ["bank"]


# --- a quote written right before its day -----------------------------------------------------


def test_a_decimal_quote_before_a_month_and_day_is_a_figure():
    found = readings("The franc stood at 5.8640 dlrs from 5.8410 yesterday and 5.7125 April 6.")
    assert ("5.7125", 5.7125) in [each[:2] for each in found]
    grouped = readings("Stocks were 14,250 June 30 against 13,900 a month before.")
    assert ("14,250", 14250.0) in [each[:2] for each in grouped]


def test_a_whole_number_before_a_month_is_still_a_day():
    assert readings("The talks opened on 14 June and closed on 21 June.") == []


# --- the scale of a movement written once --------------------------------------------------


def test_the_level_moved_from_takes_the_scale_of_the_level_reached():
    found = readings("Imports slipped to 512.3 mln dlrs from 530.1 in May.")
    assert found[0][2:] == (5.123e8, 5.301e8, "USD", "down")


def test_a_level_moved_from_far_apart_in_size_keeps_its_own_value():
    # 95 million would be forty times the level reached: the scale is not read into it
    found = readings("The fee rose to 2.4 mln dlrs from 95 per head.")
    assert all(each[2] != 9.5e7 and each[3] != 9.5e7 for each in found)
