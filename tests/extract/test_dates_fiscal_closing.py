"""Fiscal periods stated with the day they close on ("the second quarter ended Nov. 30", "the
fiscal year ending Sept. 30"): the value names the period as the company's fiscal calendar does
(a quarter by the fiscal year it belongs to, a year by the year it closes in), and the first and
last days are the months that actually close on that day. The same quarter a year back ("a
year earlier", "the year-ago quarter") is that stretch a year before, valued by the calendar
quarter its closing day falls in (the fiscal count is the company's own). Sentences in our own
wording, each dated by the publication day of its imagined article."""

from __future__ import annotations

from datetime import date

import pytest

from claimcheck.extract.dates import find_dates

SPRING = date(1993, 4, 14)
AUTUMN = date(1995, 10, 19)

# (publication day, text, expression, value, first day, last day)
CASES: list[tuple[date, str, str, str, date, date]] = [
    # A quarter closing at a month's end: the three whole months before that end.
    (
        SPRING,
        "The toolmaker earned 4 mln dlrs in its second quarter ended February 28.",
        "second quarter",
        "1993-Q2",
        date(1992, 12, 1),
        date(1993, 2, 28),
    ),
    (
        SPRING,
        "Revenue in the first quarter ended Dec. 31 climbed to 80 mln dlrs.",
        "first quarter",
        "1993-Q1",
        date(1992, 10, 1),
        date(1992, 12, 31),
    ),
    # A 52-week calendar closes on a weekday: the day after the same day three months back.
    (
        SPRING,
        "Sales in the fourth quarter ended March 27 were flat, the grocer said.",
        "the fourth quarter",
        "1993-Q4",
        date(1992, 12, 28),
        date(1993, 3, 27),
    ),
    # A half closing on January 31 belongs to the fiscal year before, by the value.
    (
        SPRING,
        "The retailer lost money in the second half ended January 31.",
        "the second half",
        "1992-H2",
        date(1992, 8, 1),
        date(1993, 1, 31),
    ),
    # A year is named by the year it closes in (one closing in January by the year before).
    (
        AUTUMN,
        "During the fiscal year ended June 30 the mill shipped 2 mln tonnes.",
        "the fiscal year",
        "1995",
        date(1994, 7, 1),
        date(1995, 6, 30),
    ),
    (
        AUTUMN,
        "The chain expects a loss for the current fiscal year ending January 31.",
        "the current fiscal year",
        "1995",
        date(1995, 2, 1),
        date(1996, 1, 31),
    ),
    (
        AUTUMN,
        "It made 9 mln dlrs in the previous fiscal year ended Sept 30, 1994.",
        "the previous fiscal year",
        "1994",
        date(1993, 10, 1),
        date(1994, 9, 30),
    ),
    # A year after the closing day with no comma before it is the closing day's year.
    (
        SPRING,
        "The notes are the first sold in the fiscal year ending on June 30 1994.",
        "the fiscal year",
        "1994",
        date(1993, 7, 1),
        date(1994, 6, 30),
    ),
    # The same quarter a year back moves the real days and is valued by the calendar quarter
    # its closing day falls in: a January close is a first quarter, whatever the fiscal count.
    (
        SPRING,
        "Profit for the third quarter ended January 31 rose to 6 mln dlrs from 5 mln a year "
        "earlier.",
        "a year earlier",
        "1992-Q1",
        date(1991, 11, 1),
        date(1992, 1, 31),
    ),
    (
        SPRING,
        "Net in the second quarter ended Feb 28 was 3 mln dlrs, against 2 mln dlrs in the "
        "year-ago quarter.",
        "the year-ago quarter",
        "1992-Q1",
        date(1991, 12, 1),
        date(1992, 2, 29),
    ),
]


@pytest.mark.parametrize(("base", "text", "expression", "value", "first", "last"), CASES)
def test_fiscal_period_with_its_closing_day(
    base: date, text: str, expression: str, value: str, first: date, last: date
) -> None:
    mention = next(m for m in find_dates(text, base) if m.text.replace("\n", " ") == expression)
    assert (mention.value, mention.first_day, mention.last_day) == (value, first, last)


# Without a closing day nothing changes: calendar quarters and years, calendar days.
PLAIN: list[tuple[date, str, str, str, date, date]] = [
    (
        SPRING,
        "Profit in the first quarter rose 8 pct from a year earlier.",
        "a year earlier",
        "1992-Q1",
        date(1992, 1, 1),
        date(1992, 3, 31),
    ),
    (
        AUTUMN,
        "The agency spent more than planned in the current fiscal year.",
        "the current fiscal year",
        "1995",
        date(1995, 1, 1),
        date(1995, 12, 31),
    ),
]


@pytest.mark.parametrize(("base", "text", "expression", "value", "first", "last"), PLAIN)
def test_period_without_closing_day_stays_calendar(
    base: date, text: str, expression: str, value: str, first: date, last: date
) -> None:
    mention = next(m for m in find_dates(text, base) if m.text.replace("\n", " ") == expression)
    assert (mention.value, mention.first_day, mention.last_day) == (value, first, last)


def test_quarter_without_number_closing_on_a_day() -> None:
    # Named by the calendar quarter it ends in; its days the three months closing that day;
    # the closing day stays a date of its own.
    mentions = find_dates("Orders in the quarter ended Nov. 30 fell.", SPRING)
    assert [(m.text, m.value, m.first_day, m.last_day) for m in mentions] == [
        ("the quarter", "1992-Q4", date(1992, 9, 1), date(1992, 11, 30)),
        ("Nov. 30", "1992-11-30", date(1992, 11, 30), date(1992, 11, 30)),
    ]
