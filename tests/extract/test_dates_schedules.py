"""A timetable in the present tense ("the walkout begins Monday"), commodity contract and
shipment months, the opening months of a year ("the first eight months") and the year as a
whole or to date. Sentences in our own wording, each with its publication date and every date
expression it holds."""

from __future__ import annotations

from datetime import date

import pytest

from claimcheck.extract.dates import find_dates

# (publication date, text, {expression: value}) for every date expression found.
# 2024-05-15 is a Wednesday.
CASES: list[tuple[str, str, dict[str, str]]] = [
    # A present tense of a scheduled event names the coming day.
    (
        "2024-05-15",
        "Negotiations between the pilots and the airline resume on Friday.",
        {"Friday": "2024-05-17"},
    ),
    ("2024-05-15", "The dockers' walkout begins Monday.", {"Monday": "2024-05-20"}),
    (
        "2024-05-15",
        "The brewer reports annual earnings on Thursday.",
        {"Thursday": "2024-05-16"},
    ),
    ("2024-05-15", "The council's final ballot is on Saturday.", {"Saturday": "2024-05-18"}),
    (
        "2024-05-15",
        "The union is meeting management negotiators on Tuesday.",
        {"Tuesday": "2024-05-21"},
    ),
    (
        "2024-05-15",
        "The trade fair, which opens on Friday, expects record crowds.",
        {"Friday": "2024-05-17"},
    ),
    # A past tense, or a present of reporting, stays with the day gone by.
    ("2024-05-15", "The trade fair opened on Monday.", {"Monday": "2024-05-13"}),
    ("2024-05-15", "The mayor said on Tuesday that buses run late.", {"Tuesday": "2024-05-14"}),
    ("2024-05-15", "Chief executive quits on Monday", {"Monday": "2024-05-13"}),
    ("2024-05-15", "The regulator says Monday it had found no fault.", {"Monday": "2024-05-13"}),
    # A noun, not a verb: "the close of business".
    (
        "2024-05-15",
        "By the close of business Monday, most holders had sold.",
        {"Monday": "2024-05-13"},
    ),
    # A timetable overtaken: "had been due to".
    (
        "2024-05-15",
        "The permit had been due to expire Tuesday.",
        {"Tuesday": "2024-05-14"},
    ),
    # Contract and shipment months lie ahead of the day they are quoted.
    (
        "2024-05-15",
        "Cocoa for the March contract slipped two dollars.",
        {"March": "2025-03"},
    ),
    (
        "2024-05-15",
        "Traders quoted Feb/Mar at 410 dollars a tonne.",
        {"Feb": "2025-02", "Mar": "2025-03"},
    ),
    ("2024-05-15", "Jan futures rose 3 cents.", {"Jan": "2025-01"}),
    ("2024-05-15", "Mills bought wheat for April shipments.", {"April": "2025-04"}),
    (
        "2024-05-15",
        "Sugar for July to October delivery was offered.",
        {"July": "2024-07", "October": "2024-10"},
    ),
    # Months that are statistics, spans of a season or a quarter stay as read before.
    ("2024-05-15", "Exports fell 4 pct on a drop in April shipments.", {"April": "2024-04"}),
    # The split year puts the season's September in its second year.
    (
        "2024-05-15",
        "Crushings rose in the 2023/24 season (October/September).",
        {"2023/24": "2023", "October": "2023-10", "September": "2024-09"},
    ),
    (
        "2024-02-15",
        "Household spending grew in October/December, faster than in July/September.",
        {"October": "2023-10", "December": "2023-12", "July": "2023-07", "September": "2023-09"},
    ),
    (
        "2024-05-15",
        "Output rose in the January/March quarter.",
        {"January": "2024-01", "March quarter": "2024-Q1"},
    ),
    (
        "2024-05-15",
        "Mills sold four cargoes for Nov/Dec at 400 dollars.",
        {"Nov": "2024-11", "Dec": "2024-12"},
    ),
    ("2024-05-15", "It may position itself as a buyer.", {}),
    # The year as a whole and the year to date.
    (
        "2024-05-15",
        "Profit dropped in the third quarter of 2023 but rose for the year as a whole.",
        {"the third quarter of 2023": "2023-Q3", "the year as a whole": "2023"},
    ),
    ("2024-05-15", "Year-to-date sales of vans were flat.", {"Year-to-date": "2024"}),
    ("2024-05-15", "Deliveries are up 6 pct in the year to date.", {"the year to date": "2024"}),
    (
        "2024-05-15",
        "Orders trail last year's year-to-date total.",
        {"last year's": "2023", "year-to-date": "2023"},
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), CASES, ids=lambda x: str(x)[:40])
def test_schedules_contracts_and_years_resolve_as_a_reader_would(
    published: str, text: str, expected: dict[str, str]
) -> None:
    found = [m for m in find_dates(text, date.fromisoformat(published)) if m.type == "date"]
    assert {m.text: m.value for m in found} == expected


def test_the_year_to_date_ends_on_the_publication_day() -> None:
    (mention,) = find_dates("Output is 2 pct lower year to date.", date(2024, 5, 15))
    assert (mention.first_day, mention.last_day) == (date(2024, 1, 1), date(2024, 5, 15))


# (publication date, text, first and last day of "the first N months/quarters").
OPENING_STRETCHES: list[tuple[str, str, tuple[date, date] | None]] = [
    (
        "2024-11-20",
        "Turnover grew 8 pct in the first ten months of the year.",
        (date(2024, 1, 1), date(2024, 10, 31)),
    ),
    # Said in February, eight months of this year are not yet over: last year's.
    (
        "2024-02-10",
        "The carrier lost money in the first eight months.",
        (date(2023, 1, 1), date(2023, 8, 31)),
    ),
    (
        "2024-02-10",
        "Refunds doubled in the first two quarters of 2022.",
        (date(2022, 1, 1), date(2022, 6, 30)),
    ),
    (
        "2024-02-10",
        "Imports eased in the first five months of last year.",
        (date(2023, 1, 1), date(2023, 5, 31)),
    ),
    # Months counted from another first day: a season, a fiscal year, a split year.
    ("2024-02-10", "Arrivals climbed in the first four months of the coffee season.", None),
    ("2024-02-10", "Loans rose in the first seven months of 2023/24.", None),
    ("2024-02-10", "The fiscal year began well: sales rose in the first three months.", None),
]


@pytest.mark.parametrize(
    ("published", "text", "period"), OPENING_STRETCHES, ids=lambda x: str(x)[:40]
)
def test_the_first_months_of_a_year_are_a_length_over_its_opening(
    published: str, text: str, period: tuple[date, date] | None
) -> None:
    (mention,) = [
        m for m in find_dates(text, date.fromisoformat(published)) if m.text.startswith("the first")
    ]
    assert mention.type == "duration"
    found = None if mention.period_start is None else (mention.period_start, mention.period_end)
    assert found == period
