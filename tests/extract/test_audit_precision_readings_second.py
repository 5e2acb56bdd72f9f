"""Readings found wrong in a second pass of reading the extractor's output on unlabelled
articles: a plural part under a number word ("two thirds") with no "of" after it, the minute of
a substitution on a team sheet, a title's second number ("Quest 1 and 2"), an age after
"retire before" or "work until", a part of a group behind "his own", gas volumes whose
abbreviation carries the scale ("bcf", "tcf"), "Nm" as millions beside the words of a firm's
accounts, and a bare level of a price ("the morning fix of 412.25"). Every sentence here is
written for the test."""

from __future__ import annotations

import pytest

from claimcheck.extract.quantities import find_quantities


def by_text(text):
    return {m.text: m for m in find_quantities(text)}


# --- fractions -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "written", "value"),
    [
        ("Roughly two thirds - about 64% - backed the plan.", "two thirds", 2 / 3),
        ("Three fifths voted to stay.", "Three fifths", 0.6),
        ("The other two thirds stayed home.", "two thirds", 2 / 3),
    ],
)
def test_a_plural_part_under_a_number_word_is_a_fraction(sentence, written, value):
    mention = by_text(sentence)[written]
    assert mention.value == pytest.approx(value)
    assert (mention.unit, mention.dimension) == (None, "fraction")


def test_halves_and_quarters_alone_are_not_read_as_fractions():
    # periods of play or of a financial year: no fraction without "of"
    found = by_text("They led for the first three quarters.")
    assert all(m.dimension != "fraction" for m in found.values())


# --- team sheets and titles ------------------------------------------------------------------


def test_the_minute_of_a_substitution_is_no_claim():
    line = "Subs: Hale for Morton (53), Ives for van der Berg (60), Olsen for Pike (47)."
    assert find_quantities(line) == []


def test_a_bracketed_count_after_a_name_without_a_substitution_is_kept():
    found = by_text("Tallies: Hale (12), Morton (9).")
    assert {m.value for m in found.values()} == {12, 9}


def test_the_second_number_of_a_title_is_no_count():
    assert find_quantities("Fans of the films Quest 1 and 2 queued all night.") == []
    # a count of goals after a team's name is still a count
    found = by_text("Rovers scored 2 and 3 goals in the two legs.")
    assert found["3 goals"].value == 3


# --- ages --------------------------------------------------------------------------------------


def test_an_age_after_retire_before_or_work_until():
    (mention,) = find_quantities("Nobody can be made to retire before 67 under the plan.")
    assert (mention.value, mention.unit, mention.dimension) == (67, "year", "age")
    (mention,) = find_quantities("With a pension reform, staff could work on until 68.")
    assert (mention.value, mention.unit, mention.dimension) == (68, "year", "age")


def test_work_until_a_small_hour_is_not_an_age():
    (mention,) = find_quantities("They work until 10 on most nights.")
    assert mention.dimension != "age"


# --- a part of a group -----------------------------------------------------------------------


def test_a_part_of_a_group_behind_own_counts_the_noun():
    (mention,) = find_quantities("She brought three of her own advisers.")
    assert (mention.value, mention.unit) == (3, "adviser")


# --- gas volumes -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "written", "value", "unit"),
    [
        ("The field holds 1.5 bcf of gas.", "1.5 bcf", 1.5e9, "cubic_foot"),
        ("Proven reserves stand at 4 tcf.", "4 tcf", 4e12, "cubic_foot"),
        ("The pipe holds 20 BCM.", "20 BCM", 2e10, "meter ** 3"),
        ("The pipe carries 20 BCM a year.", "20 BCM a year", 2e10, "meter ** 3 / year"),
        ("The well flows 12 mmcf per day.", "12 mmcf per day", 1.2e7, "cubic_foot / day"),
    ],
)
def test_a_gas_abbreviation_carries_its_scale(sentence, written, value, unit):
    mention = by_text(sentence)[written]
    assert mention.value == pytest.approx(value)
    assert mention.unit == unit


def test_mcf_is_not_given_a_scale():
    # written for a thousand and for a million cubic feet alike
    found = by_text("The utility buys 40 mcf of gas a day.")
    assert all(m.value == 40 for m in found.values())


# --- millions or metres ------------------------------------------------------------------------


def test_nm_beside_the_words_of_accounts_is_millions():
    assert by_text("Turnover climbed to 640m.")["640m"].value == 640_000_000
    assert by_text("The start-up raised 3.2m from backers.")["3.2m"].value == 3_200_000


def test_nm_after_rose_without_accounts_stays_a_length():
    mention = by_text("The flood water rose to 4m.")["4m"]
    assert (mention.value, mention.unit) == (4, "meter")
    mention = by_text("Its profits paid for a tower that rose 300m high.")["300m"]
    assert mention.unit == "meter"


# --- levels of a price -------------------------------------------------------------------------


def test_a_bare_level_near_a_price_takes_its_unit():
    found = by_text(
        "Silver ended at 6.40/6.45 dlrs an ounce, above the morning fix of 6.38"
        " and the close of 6.31."
    )
    assert found["6.38"].unit == "USD / ounce"
    assert found["6.31"].unit == "USD / ounce"
    found = by_text("Its posted price is 17 dlrs a barrel, while the sour grade is now 16.40.")
    assert found["16.40"].unit == "USD / barrel"


def test_a_bare_figure_far_from_the_price_keeps_no_unit():
    found = by_text("The price is 17 dlrs a barrel and the index closed at 245.10.")
    assert found["245.10"].unit is None
    found = by_text("The price is 17 dlrs a barrel while the index is now 92.50.")
    assert found["92.50"].unit is None


# --- a noun left out after a repeated verb -----------------------------------------------------


def test_a_bare_count_after_the_same_verb_counts_the_same_noun():
    found = by_text("The guild has 1.4 million members and the league has 600,000.")
    assert found["600,000"].unit == "member"
    found = by_text("North Mill employs 2,500 staff, while South Mill employs 900.")
    assert found["900"].unit == "staff"


def test_a_bare_count_after_another_verb_keeps_no_noun():
    found = by_text("The chain has 40 shops and its shares rose 25.")
    assert found["25"].unit is None
