"""Counts that running text states without a noun after them: a figure opening a sentence
after one that ends in a month, "the last N" doing something, a count whose verb looks like a
noun, a won/lost tally, a list of names each with a figure after a colon, and a group's size
after "number". Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from claimcheck.extract.quantities import find_quantities


def readings(text):
    return [(m.text, m.value, m.unit, m.change) for m in find_quantities(text)]


# --- a figure opening a sentence after a month name ---------------------------------------------


@pytest.mark.parametrize(
    "text, figure",
    [
        ("The fund stopped taking gifts in October. 65 went to schools.", 65.0),
        ("Voting ended in April. 212 ballots were spoilt.", 212.0),
    ],
)
def test_a_figure_after_a_sentence_ending_in_a_month_is_read(text, figure):
    assert figure in [m.value for m in find_quantities(text)]


def test_a_day_after_an_abbreviated_month_is_still_a_day():
    assert readings("The board met on Nov. 9 and agreed.") == []
    assert readings("The board met on November 9 and agreed.") == []


# --- "the last N" as the subject of a verb -------------------------------------------------------


@pytest.mark.parametrize(
    "text, figure",
    [
        ("Of the nine climbers, the last 3 survived.", 3.0),
        ("The last 25 were released on Friday.", 25.0),
    ],
)
def test_the_last_n_who_acted_is_a_count(text, figure):
    assert [m.value for m in find_quantities(text)][-1] == figure


def test_a_round_of_a_contest_stays_no_count():
    assert readings("The last 16 were drawn on Monday.") == []
    assert readings("She reached the last 8.") == []


# --- a verb in the present read as the counted noun ----------------------------------------------


@pytest.mark.parametrize(
    "text, figure",
    [
        ("About 300 ferry across each morning.", "300"),
        ("Nearly 60 sleep there every night.", "60"),
    ],
)
def test_a_verb_after_a_count_is_not_its_noun(text, figure):
    (mention,) = find_quantities(text)
    assert (mention.text, mention.unit) == (figure, None)


def test_a_collective_noun_or_a_unit_stays_the_counted_noun():
    assert readings("They sent 18 staff abroad.")[0][:3] == ("18 staff", 18.0, "staff")
    assert readings("Farmers keep 700 head of sheep.")[0][:3] == ("700 head", 700.0, "head")
    # an irregular plural in a compound is the noun, whatever preposition follows it
    found = readings("All 35 schoolchildren on the coach were unhurt.")
    assert found[0][:2] == ("35 schoolchildren", 35.0)


# --- won and lost: two counts of one series -----------------------------------------------------


def test_lost_after_won_is_a_second_count_not_a_fall():
    assert readings("The club won 22 and lost 19 that year.") == [
        ("22", 22.0, None, None),
        ("19", 19.0, None, None),
    ]
    found = readings("Over the decade the team won 120 matches, drew 30 and lost 85.")
    assert [(text, change) for text, _, _, change in found] == [
        ("120 matches", None),
        ("30", None),
        ("85", None),
    ]


def test_lost_without_a_count_won_before_is_still_a_fall():
    assert readings("The firm won the contract but lost 8% of its value.")[0][3] == "down"
    assert readings("They won 3 awards. Then the shares lost 6%.")[-1][3] == "down"


# --- a list of names, each with a figure, after a colon -----------------------------------------


def test_each_name_in_a_list_after_a_colon_has_its_figure():
    found = readings("Boats sailed from two ports: Hull 14 and Whitby 9.")
    assert [m[1] for m in found if m[2] is None] == [14.0, 9.0]


def test_a_name_and_a_number_outside_such_a_list_stay_a_name():
    assert readings("The airline still flies the Fokker 50 on short hops.") == []


# --- a group's size after "number" ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text, figure",
    [
        ("The monks, who number forty-two, live on the island.", 42.0),
        ("Its volunteers number sixty.", 60.0),
    ],
)
def test_a_number_word_after_a_group_numbering_is_its_size(text, figure):
    assert [m.value for m in find_quantities(text)] == [figure]


def test_a_rank_after_number_stays_no_count():
    assert readings("She is now world number three.") == []
    assert readings("He wears shirt number eleven.") == []
