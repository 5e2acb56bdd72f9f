"""A denied comparison as a bound ("no ticket dearer than", "not over"), a number after "the
top"/"the last" doing something, a list of counted places opening its sentence, and match
scores that are no ranges. Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from claimcheck.extract.quantities import find_quantities


def readings(text):
    return [(m.text, m.value, m.low, m.high, m.qualifier) for m in find_quantities(text)]


# --- a denied comparison bounds the figure from the other side --------------------------------


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("There was no seat higher than $250 on the route.", "at_most"),
        ("No flat was higher than $900 a month.", "at_most"),
        ("The lorry carried not over 30 tonnes.", "at_most"),
        ("The rule allows no greater than 15 passengers.", "at_most"),
        ("No cabin larger than 20 square metres was offered.", "at_most"),
        ("Wages were no lower than $11 an hour.", "at_least"),
        ("The hall seats not under 600 people.", "at_least"),
        ("There were no fewer than 45 stalls.", "at_least"),
        ("They hired not less than 70 guards.", "at_least"),
        ("The keeper could not stop more than 3 shots.", "at_most"),
    ],
)
def test_a_denied_comparison_is_a_bound(text, qualifier):
    assert find_quantities(text)[0].qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Rents higher than $900 a month were common.", "more_than"),
        ("Flats larger than 90 square metres sell slowly.", "more_than"),
        ("Crowds of fewer than 300 people gathered.", "less_than"),
        # a negator kept from the comparison by "only" leaves it a comparison
        ("The road was not only over 40 km long but steep.", "more_than"),
        # "not" denying a verb and its object leaves the comparison after them alone
        ("The list will not name films less than 10 years old.", "less_than"),
    ],
)
def test_a_comparison_not_denied_stays_a_comparison(text, qualifier):
    assert find_quantities(text)[0].qualifier == qualifier


# --- "the top four" as the subject of a verb --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Of the gang, the top four were arrested at dawn.", 4.0),
        ("The top 3 were charged on Tuesday.", 3.0),
        ("The last two were jailed for a year.", 2.0),
    ],
)
def test_a_number_after_top_or_last_that_acts_is_a_count(text, figure):
    assert [m.value for m in find_quantities(text)] == [figure]


def test_a_rank_or_a_stage_after_top_or_last_stays_no_count():
    assert readings("The top four teams go through to the playoffs.") == []
    assert readings("The side reached the last eight in May.") == []
    assert readings("The top four were drawn against each other.") == []


# --- a colon list of counted places opening its sentence --------------------------------------


def test_a_list_after_a_count_opening_the_sentence_reads_each_figure():
    found = readings("Three depots: Crewe 30, Derby 12, Bury 5.")
    assert [m[1] for m in found] == [3.0, 30.0, 12.0, 5.0]
    found = readings("Two mills: Ashby 8, Tring 6.")
    assert [m[1] for m in found] == [2.0, 8.0, 6.0]


def test_scorers_and_their_minutes_stay_no_figures():
    assert readings("Scorers: Lowe 12, Platt 77.") == []
    assert [m[1] for m in readings("They got 2 goals: Lowe 12, Platt 77.")] == [2.0]


# --- a match score is not a range ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "She saved a set point at 4-5 down in the second set.",
        "At 1-2 up the visitors sat back.",
        "He won 7-5, 6-4 in the semi-final.",
        "The champion lost 3-6, 6-7 to a qualifier.",
        "She beat Kerr 2-6, 6-3, 6-4.",
    ],
)
def test_a_score_is_not_a_range(text):
    assert [m for m in readings(text) if m[2] is not None] == []


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Pupils aged 4-5, 6-7 and 8-9 took part.", 6.0, 7.0),
        ("Fares went up 3-4 percent.", 3.0, 4.0),
        ("Each visit lasts 2-3 hours.", 2.0, 3.0),
    ],
)
def test_a_range_of_small_numbers_stays_a_range(text, low, high):
    assert (low, high) in [(m[2], m[3]) for m in readings(text)]
