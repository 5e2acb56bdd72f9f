"""Two readings of the date extractor, in sentences of our own:

- the year-ago of a fiscal quarter stated with its closing day ("the second quarter ended
  November 30 ... a year before") is the same stretch a year back, valued by the calendar
  quarter that closing day falls in, not by the company's own count of its quarters;
- a season with no article in a clause that tells of a habit ("when demand is slack in
  summer", "prices usually ease in winter") names no particular season and is no date.
"""

from __future__ import annotations

from datetime import date

import pytest

from claimcheck.extract.dates import find_dates

MARCH = date(1991, 3, 12)
OCTOBER = date(1991, 10, 21)


def _reading(text: str, expression: str, base: date) -> tuple[str | None, date | None, date | None]:
    mention = next(m for m in find_dates(text, base) if m.text.replace("\n", " ") == expression)
    return mention.value, mention.first_day, mention.last_day


@pytest.mark.parametrize(
    ("text", "expression", "value", "first", "last"),
    [
        # A quarter closing in November lies in the calendar's fourth quarter.
        (
            "The mill made 3 mln dlrs in its second quarter ended November 30, against a loss "
            "of 1 mln dlrs a year before.",
            "a year before",
            "1989-Q4",
            date(1989, 9, 1),
            date(1989, 11, 30),
        ),
        # A January close: the first calendar quarter a year back.
        (
            "Profit in the fourth quarter ended January 31 slipped to 2 mln dlrs from 4 mln "
            "a year earlier.",
            "a year earlier",
            "1990-Q1",
            date(1989, 11, 1),
            date(1990, 1, 31),
        ),
        # "The year-ago quarter" reads the same way, and takes the real days too.
        (
            "Net in the third quarter ended December 31 rose to 8 mln dlrs from 6 mln in the "
            "year-ago quarter.",
            "the year-ago quarter",
            "1989-Q4",
            date(1989, 10, 1),
            date(1989, 12, 31),
        ),
    ],
)
def test_year_back_of_a_fiscal_quarter_follows_its_closing_day(
    text: str, expression: str, value: str, first: date, last: date
) -> None:
    assert _reading(text, expression, MARCH) == (value, first, last)


def test_a_fiscal_quarter_keeps_its_own_count() -> None:
    # Only the year-ago reading changes: the quarter stated stays the company's second.
    text = "The mill made 3 mln dlrs in its second quarter ended November 30, up from a year ago."
    assert _reading(text, "second quarter", MARCH)[0] == "1991-Q2"


def test_a_calendar_quarter_year_back_is_unchanged() -> None:
    text = "Sales in the third quarter ended September 30 fell to 9 mln from 11 mln a year ago."
    assert _reading(text, "a year ago", OCTOBER) == (
        "1990-Q3",
        date(1990, 7, 1),
        date(1990, 9, 30),
    )


@pytest.mark.parametrize(
    "text",
    [
        "When demand is slack in summer, the buyers will take fewer cargoes.",
        "Heating oil stocks usually build in autumn.",
        "If river levels are low in winter, barges sail half empty.",
        "Whenever it rains in spring, planting slips.",
    ],
)
def test_a_habitual_bare_season_is_no_date(text: str) -> None:
    assert not [m for m in find_dates(text, OCTOBER) if m.granularity == "season"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # One summer in the past: a past tense tells of a particular season.
        ("When sales were weak in summer, the firm cut jobs.", "1991-SU"),
        # "is expected to" looks ahead to one spring, not a habit.
        ("If output is expected to rise in spring, prices will fall.", "1992-SP"),
        # No habit word at all: the season ahead, as before.
        ("The new line should be running by late summer.", "1992-SU"),
    ],
)
def test_a_particular_bare_season_is_still_read(text: str, value: str) -> None:
    seasons = [m for m in find_dates(text, OCTOBER) if m.granularity == "season"]
    assert [m.value for m in seasons] == [value]


@pytest.mark.parametrize(
    ("text", "value", "first", "last"),
    [
        # The nine months a third quarter completes close on its day: their year back ends
        # on that day a year earlier (nine months have no value of their own: the year).
        (
            "Net in the third quarter ended February 28 rose to 3 mln dlrs. For the nine "
            "months, net slipped to 7 mln dlrs from 8 mln dlrs a year earlier.",
            "1990",
            date(1989, 6, 1),
            date(1990, 2, 28),
        ),
        # The first half a second quarter completes: the calendar half of its closing day.
        (
            "Orders in the second quarter ended January 31 rose. For the first half, orders "
            "were up 9 pct from a year before.",
            "1990-H1",
            date(1989, 8, 1),
            date(1990, 1, 31),
        ),
        # The full fiscal year a fourth quarter completes: a January close names the year
        # before, as the fiscal year itself is named.
        (
            "The chain lost money in the fourth quarter ended January 31. For the full fiscal "
            "year it earned 5 mln dlrs, down from 6 mln dlrs a year before.",
            "1989",
            date(1989, 2, 1),
            date(1990, 1, 31),
        ),
    ],
)
def test_year_back_of_the_stretch_a_closed_quarter_completes(
    text: str, value: str, first: date, last: date
) -> None:
    back = [m for m in find_dates(text, MARCH) if m.text.startswith("a year")]
    assert [(m.value, m.first_day, m.last_day) for m in back] == [(value, first, last)]


def test_a_fiscal_year_ahead_of_a_second_quarter_keeps_the_quarter_reading() -> None:
    # The year is still running after a second quarter: "a year ago" stays the quarter's.
    text = (
        "Profit in the second quarter ended March 31 rose. For the full fiscal year it expects "
        "3 dlrs a share against 2 dlrs a share a year ago."
    )
    back = [m for m in find_dates(text, date(1991, 4, 20)) if m.text == "a year ago"]
    assert [m.value for m in back] == ["1990-Q1"]
