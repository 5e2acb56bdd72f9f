"""CC104 and CC103: readings that depended on the article around a slip rather than on its
wording: a start with no year that lies after a mid-month publication day once its part of
the month is read ("since late April" in an article of April 13 is last year's); February
of a leap year moved to the year before or after; "the turn of the year" as the turn, not
the whole year after it; a count in words joined by a hyphen ("twenty-two weeks") that is
no compound; a count of one the extraction leaves unread ("a one-week-long closure", "One
year later"); a running period counted from the same noun dated far back in a long
article."""

from __future__ import annotations

import pytest

from claimcheck.checks.duration_start import check_duration_starts
from claimcheck.checks.relative_date import check_relative_dates

MID_APRIL = "2023-04-13T09:00:00"
LATE_JANUARY_LEAP = "2004-01-23T09:00:00"
EARLY_MARCH_LEAP = "2004-03-10T09:00:00"


@pytest.mark.parametrize(
    ("body", "published", "flagged"),
    [
        # a part of a month after publication day: the same month a year before
        ("The cannery has been shut since late April, almost 7 months, and is for sale.",
         MID_APRIL, True),
        ("The cannery has been shut since late April, almost 12 months, and is for sale.",
         MID_APRIL, False),
        # (the first half of the month has begun: this year's)
        ("The cannery has been shut since early April, nearly two weeks, and is for sale.",
         MID_APRIL, False),
        # February of a leap year, read in the January before: last year's February
        ("The cannery has been shut since late February, almost 18 months, and is for sale.",
         LATE_JANUARY_LEAP, True),
        ("The cannery has been shut since late February, almost 11 months, and is for sale.",
         LATE_JANUARY_LEAP, False),
        ("The cannery has been shut since February, almost 18 months, and is for sale.",
         LATE_JANUARY_LEAP, True),
    ],
)  # fmt: skip
def test_a_start_without_a_year_read_against_the_publication_day(
    from_text, body, published, flagged
):
    findings = list(check_duration_starts(from_text(body, published)))
    assert bool(findings) is flagged


def test_leap_february_beside_last_year_is_the_year_before(from_text):
    # In March 2004 "February" alone is this year's (to the 29th); "last year" beside it
    # points at February 2003, which ends on the 28th.
    body = "Councillors met on Monday. Last year, in February, the tannery closed its gates."
    assert not list(check_relative_dates(from_text(body, EARLY_MARCH_LEAP)))
    # (a month that last month cannot be is still flagged)
    body = "Councillors met on Monday. Last month, in January, the tannery closed its gates."
    assert list(check_relative_dates(from_text(body, EARLY_MARCH_LEAP)))


@pytest.mark.parametrize(
    ("body", "published", "flagged"),
    [
        ("The kiln has fired nothing for 5 weeks - not since the turn of the year.",
         "2023-03-20T09:00:00", True),
        ("The kiln has fired nothing for 11 weeks - not since the turn of the year.",
         "2023-03-20T09:00:00", False),
        ("The kiln has fired nothing for 30 weeks - not since the turn of the year.",
         "2023-10-20T09:00:00", True),
        ("The kiln has fired nothing for 42 weeks - not since the turn of the year.",
         "2023-10-20T09:00:00", False),
        # (near the turn itself, a few days either way)
        ("The kiln has fired nothing for 2 weeks - not since the turn of the year.",
         "2023-01-12T09:00:00", False),
    ],
)  # fmt: skip
def test_the_turn_of_the_year_is_its_first_days(from_text, body, published, flagged):
    findings = list(check_duration_starts(from_text(body, published)))
    assert bool(findings) is flagged


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # a count in words with a hyphen inside is a plain count
        ("The barge last left on Jan. 2; it is now twenty-two weeks on and stocks are low.",
         True),
        ("The barge last left on Jan. 2; it is now eighteen weeks on and stocks are low.",
         False),
        # (a compound of the count and its unit stays the term of its noun)
        ("The barge last left on Jan. 2; a twenty-two-week wait is now on the cards.",
         False),
        # a count of one in a compound, which the extraction leaves unread
        ("Shopkeepers blame the one-week-long closure of the lane, begun on April 1.", True),
        ("Shopkeepers blame the one-month-long closure of the lane, begun on April 1.", False),
        # (as "the two-week closure": a term of its noun, perhaps the length planned)
        ("Shopkeepers blame the one-week closure of the lane, begun on April 1.", False),
    ],
)  # fmt: skip
def test_counts_in_words_and_counts_of_one(from_text, body, flagged):
    findings = list(check_duration_starts(from_text(body, "2023-05-10T09:00:00")))
    assert bool(findings) is flagged


@pytest.mark.parametrize(("later", "flagged"), [("One year", True), ("Seven years", False)])
def test_one_year_later_in_a_sentence_about_now(from_text, later, flagged):
    body = f"The tannery closed in 2016. {later} later, the yard is a car park."
    findings = list(check_duration_starts(from_text(body, "2023-05-10T09:00:00")))
    assert bool(findings) is flagged


def test_a_running_period_counts_from_a_start_told_far_back(from_text):
    filler = "Traders in the square said footfall was down and rents were up again. " * 60
    opening = "The lockout at the cable works began on Feb. 2.\n\n"
    assert len(filler) > 3000
    for ordinal, flagged in (("thirtieth", True), ("fourteenth", False)):
        body = opening + filler + f"\n\nNow in its {ordinal} week, the lockout has idled 300."
        findings = list(check_duration_starts(from_text(body, "2024-05-10T09:00:00")))
        assert bool(findings) is flagged
