"""Periods that business and wire copy names by reference: a quarter named by its last month,
a period "ending" on a day, "the same period" after a month or a year, a numbered quarter
whose year depends on whether its results are still to come, "at the weekend" in a forecast,
and "the day before" after a stated day. Sentences in our own wording, each with its
publication date and every date expression it holds."""

from __future__ import annotations

from datetime import date

import pytest

from claimcheck.extract.dates import find_dates

# (publication date, text, {expression: value}) for every date expression found.
CASES: list[tuple[str, str, dict[str, str]]] = [
    # A quarter named by the month that closes it.
    (
        "2024-01-22",
        "Mortgage lending slowed in the December quarter.",
        {"December quarter": "2023-Q4"},
    ),
    (
        "2024-11-05",
        "Freight volumes in the September quarter beat forecasts.",
        {"September quarter": "2024-Q3"},
    ),
    # A month that closes no calendar quarter stays a month.
    (
        "2024-12-10",
        "The retailer's November quarter was weak.",
        {"November": "2024-11"},
    ),
    # A period "ending" on a day is running now (or closed within the last three months).
    (
        "2024-03-05",
        "Grain exports should reach 20 million tonnes in the season ending June 30.",
        {"June 30": "2024-06-30"},
    ),
    (
        "2024-03-05",
        "The cooperative expects a surplus in the financial year ending in June.",
        {"the financial year": "2024", "June": "2024-06"},
    ),
    (
        "2024-08-14",
        "The group lost money in the quarter ending June 30.",
        {"the quarter": "2024-Q2", "June 30": "2024-06-30"},
    ),
    # ... unless it is named as an earlier one.
    (
        "2024-03-05",
        "The insurer moved to calendar reporting from the previous fiscal year ending June 30.",
        {"the previous fiscal year": "2023", "June 30": "2023-06-30"},
    ),
    # A numbered fiscal quarter takes the year its fiscal year closes in.
    (
        "2024-02-20",
        "The toolmaker earned more in its first quarter ended December 31.",
        {"first quarter": "2024-Q1", "December 31": "2023-12-31"},
    ),
    (
        "2024-10-15",
        "Brokers expect a record for the fourth quarter ending December 31.",
        {"the fourth quarter": "2024-Q4", "December 31": "2024-12-31"},
    ),
    # A quarter opening months ahead: this year's when still to come, last year's when its
    # results are to be reported or it is the figure compared with.
    (
        "2024-02-12",
        "The brewer will report a fourth-quarter loss next week.",
        {"fourth-quarter": "2023-Q4", "next week": "2024-W08"},
    ),
    (
        "2024-02-12",
        "Managers hope this quarter will be stronger than the fourth quarter.",
        {"this quarter": "2024-Q1", "the fourth quarter": "2023-Q4"},
    ),
    (
        "2024-02-12",
        "Orders slumped, but the second half should be better.",
        {"the second half": "2024-H2"},
    ),
    (
        "2024-02-12",
        "Cost cuts should bring the mill into profit by the fourth quarter.",
        {"the fourth quarter": "2024-Q4"},
    ),
    (
        "2024-02-12",
        "Margins narrowed in the fourth quarter.",
        {"the fourth quarter": "2023-Q4"},
    ),
    # "The same period" and "the year-ago period" refer back to the month, half or year named.
    (
        "2024-03-04",
        "Van sales in February rose 9% from the same period last year.",
        {"February": "2024-02", "the same period last year": "2023-02"},
    ),
    (
        "2024-03-04",
        "Ferry traffic in February fell short of the year-ago period.",
        {"February": "2024-02", "the year-ago period": "2023-02"},
    ),
    (
        "2024-03-04",
        "Exports in calendar 2023 fell, while imports rose in the same period.",
        {"calendar 2023": "2023", "the same period": "2023"},
    ),
    (
        "2024-03-04",
        "Rail freight in January 2024 beat the comparable period of 2022.",
        {"January 2024": "2024-01", "the comparable period of 2022": "2022-01"},
    ),
    (
        "2024-03-04",
        "The chain expects sales this year to grow, with margins flat in the same period.",
        {"this year": "2024", "the same period": "2024"},
    ),
    (
        "2024-03-04",
        "Hotel occupancy in February was 71%, against 66% in the same month last year.",
        {"February": "2024-02", "the same month last year": "2023-02"},
    ),
    (
        "2024-03-12",
        "Footfall rose in the week to March 10, and fell in the same week a year earlier.",
        {"March 10": "2024-03-10", "the same week a year earlier": "2023-W10"},
    ),
    # "The day before", "the week after" at a clause end: one unit from the stated period.
    (
        "2024-03-06",
        "The bridge shut on Sunday. The day before, engineers had found a crack.",
        {"Sunday": "2024-03-03", "The day before": "2024-03-02"},
    ),
    (
        "2024-05-20",
        "Voting opened on May 6, 2024 and the week after, counting began.",
        {"May 6, 2024": "2024-05-06", "the week after": "2024-W20"},
    ),
    # A deadline after "by" or "until" lies ahead unless the clause is in the past.
    (
        "2024-03-04",
        "The buyer hopes to complete the purchase by June 1.",
        {"June 1": "2024-06-01"},
    ),
    (
        "2024-03-04",
        "The debt had been repaid by January 31.",
        {"January 31": "2024-01-31"},
    ),
    # A capitalized weekday between "the" and a capitalized word is a name.
    (
        "2024-03-03",
        "A survey for The Sunday Herald put the party ahead, and it was published on Sunday.",
        {"Sunday": "2024-03-03"},
    ),
    (
        "2024-03-06",
        "On Monday Ministers met; the Monday meeting ran late.",
        {"Monday": "2024-03-04"},
    ),
    # "the fall" is the season after a preposition of time, a decline otherwise; a season
    # before a crop names the crop.
    (
        "2024-03-05",
        "The fall in copper prices worried miners.",
        {},
    ),
    (
        "2024-03-05",
        "Analysts blamed the fall on weak demand, and the fall was steep.",
        {},
    ),
    (
        "2024-03-05",
        "The orchard plans to double its harvest in the fall.",
        {"the fall": "2024-FA"},
    ),
    (
        "2024-03-05",
        "Frost damaged much of the winter wheat in the north.",
        {},
    ),
    (
        "2024-03-05",
        "Negotiators hope to close the deal by the autumn.",
        {"the autumn": "2024-FA"},
    ),
    (
        "2024-03-05",
        "The tablets, which it said will be formally launched this summer, cost less.",
        {"this summer": "2024-SU"},
    ),
    # "At the weekend" in a forecast is the coming one; in a report, the one just past.
    (
        "2024-07-18",
        "A decision is expected at the weekend.",
        {"the weekend": "2024-W29-WE"},
    ),
    (
        "2024-07-18",
        "Rescuers worked through the weekend, the coastguard said.",
        {"the weekend": "2024-W28-WE"},
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), CASES, ids=lambda x: str(x)[:40])
def test_referenced_periods_resolve_as_a_reader_would(
    published: str, text: str, expected: dict[str, str]
) -> None:
    found = [m for m in find_dates(text, date.fromisoformat(published)) if m.type == "date"]
    assert {m.text: m.value for m in found} == expected


def test_a_month_quarter_spans_the_three_months_ending_with_it() -> None:
    (mention,) = find_dates("Output grew in the June quarter.", date(2024, 8, 1))
    assert (mention.granularity, mention.first_day, mention.last_day) == (
        "quarter",
        date(2024, 4, 1),
        date(2024, 6, 30),
    )


def test_the_day_after_an_event_is_not_counted_from_the_last_date() -> None:
    text = "Talks began on Monday. Shares fell the day after the vote."
    found = find_dates(text, date(2024, 3, 6))
    assert [m.text for m in found] == ["Monday"]


def test_the_same_year_ago_period_is_one_expression() -> None:
    text = "Profit in the quarter to March 31 beat the same year-ago period."
    found = find_dates(text, date(2024, 4, 20))
    assert "the same year" not in [m.text for m in found]
    assert any(m.text.endswith("year-ago period") and m.value == "2023-Q1" for m in found)
