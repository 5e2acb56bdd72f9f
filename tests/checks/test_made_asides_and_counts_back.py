"""CC104: a compound age dated by an aside telling how the thing was made, or by a fronted
participle of making; a term whose noun a present verb of origin dates ("dates from"); a
span restated in the present after a dash ("- that is N weeks without"); a count back
from now ("N weeks ago") set beside the date it names again. CC103 leaves such a count of
weeks, months or years that misses its date by two units or more to CC104. A running period
counts from the same noun dated as starting paragraphs before; a span "after" its start in
a sentence about the past ends on the recent day the sentence names."""

from __future__ import annotations

import pytest

from claimcheck.checks.duration_start import check_duration_starts
from claimcheck.checks.relative_date import check_relative_dates

PUBLISHED = "2024-05-10T09:00:00"


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # an aside of making after the aged noun dates its start
        ("Gunfire broke the 30-month-old truce, signed on Feb. 2, 2023, late on Sunday.", True),
        ("Gunfire broke the 15-month-old truce, signed on Feb. 2, 2023, late on Sunday.", False),
        ("The 30-month-old accord, brokered by Norway on Feb. 2, 2023, still holds.", True),
        # (an aside of another event dates no age; nor is a person's age counted from it)
        ("The 40-year-old viaduct, closed on Feb. 2, will reopen in June.", False),
        ("The 40-year-old driver, arrested on Feb. 2, was later released.", False),
        # a fronted participle of making: its subject is the aged noun phrase
        ("Set up in 1985, the 12-year-old co-operative still bakes bread daily.", True),
        ("Set up in 1985, the 39-year-old co-operative still bakes bread daily.", False),
        # (closing a mill does not start its age)
        ("Shut in 1985, the 12-year-old mill was left to rot.", False),
        # a present verb of origin after the term's noun
        ("The 30-week row over parking permits dates from Feb. 2, when fees doubled.", True),
        ("The 14-week row over parking permits dates from Feb. 2, when fees doubled.", False),
        ("The 30-week row over parking permits goes back to Feb. 2.", True),
        # a span restated in the present after a dash
        ("The porters were last paid on Feb. 2 - that is 30 weeks without wages.", True),
        ("The porters were last paid on Feb. 2 - that is 14 weeks without wages.", False),
        # a span "after" its start in a sentence about the past, ending on a recent day
        ("Last week, 4 years after the colliery shut in 1994, the site was sold.", True),
        ("Last week, 30 years after the colliery shut in 1994, the site was sold.", False),
        ("Yesterday, 20 weeks after the landslide on Feb. 2, the line reopened.", True),
        ("Yesterday, 14 weeks after the landslide on Feb. 2, the line reopened.", False),
        # (a day long past ends the span elsewhere; nothing to check)
        ("In 1998, 4 years after the colliery shut in 1994, the site was sold.", False),
        # "today" between the count and "since"
        ("It is 30 weeks today since the quarry closed on Feb. 2.", True),
        ("It is 14 weeks today since the quarry closed on Feb. 2.", False),
        # a running period, an event dated by its own verb in the subject's clause
        ("Porters who walked out on Feb. 2 are now in their 30th week without pay.", True),
        ("Porters who walked out on Feb. 2 are now in their 14th week without pay.", False),
        # (a week "of" something else may count from another day)
        ("Porters who were balloted on Feb. 2 are now in their 30th week of talks.", False),
        # (a past verb after the dash keeps the span in the past)
        ("The porters were last paid on Feb. 2 - it was three weeks before the vote.", False),
    ],
)
def test_made_asides_origins_and_restated_spans(from_text, body, flagged):
    findings = list(check_duration_starts(from_text(body, PUBLISHED)))
    assert bool(findings) is flagged


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("On Feb. 2, 30 weeks ago, the board agreed to sell the depot.", True),
        ("On Feb. 2, 14 weeks ago, the board agreed to sell the depot.", False),
        ("On Feb. 2, six weeks ago, the board agreed to sell the depot.", True),
        ("The pier was last painted in 1980, some 12 years ago, and it shows.", True),
        ("The pier was last painted in 1980, some 44 years ago, and it shows.", False),
        ("The vote, thirty weeks ago, on Feb. 2, was close.", True),
        ("The quarry has been shut since a rockfall on Feb. 2, now 30 weeks ago.", True),
        ("The yacht last reported its position on Feb. 2. That was 30 weeks ago.", True),
        ("The yacht last reported its position on Feb. 2. That was 14 weeks ago.", False),
        # (days named twice are CC103's; a count not set beside the date is not read)
        ("On May 1, two days ago, the board agreed to sell the depot.", False),
        ("The board met on Feb. 2 and agreed 30 weeks ago to sell the depot.", False),
    ],
)
def test_counts_back_beside_the_date_they_name(from_text, body, flagged):
    findings = list(check_duration_starts(from_text(body, PUBLISHED)))
    assert bool(findings) is flagged


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # far off in weeks: a span wrong for its start, CC104's finding only
        ("On Feb. 2, 30 weeks ago, the board agreed to sell the depot.", False),
        ("The yacht last reported its position on Feb. 2. That was 30 weeks ago.", False),
        # a near miss is a date named twice, still read here
        ("On April 20, a week ago, the board agreed to sell the depot.", True),
        # days are always read here
        ("On May 1, two days ago, the board agreed to sell the depot.", True),
    ],
)
def test_relative_dates_leave_far_counts_back_to_the_duration_check(from_text, body, flagged):
    findings = list(check_relative_dates(from_text(body, PUBLISHED)))
    assert bool(findings) is flagged


def test_a_running_period_counts_from_the_same_noun_dated_paragraphs_before(from_text):
    opening = "Crews met on Tuesday. The walkout at the ferry port began on Feb. 2.\n\n"
    middle = "Talks have stalled and both sides blame each other.\n\n"
    wrong = opening + middle + "Now in its 30th week, the walkout has cost the port its freight."
    right = opening + middle + "Now in its 14th week, the walkout has cost the port its freight."
    # (the nearest sentence naming the noun dates another walkout: nothing to count from)
    other = (
        opening
        + "The walkout ended on March 1. A new one began on April 20.\n\n"
        + "Now in its 30th week, the walkout has cost the port its freight."
    )
    assert list(check_duration_starts(from_text(wrong, PUBLISHED)))
    assert not list(check_duration_starts(from_text(right, PUBLISHED)))
    assert not list(check_duration_starts(from_text(other, PUBLISHED)))
