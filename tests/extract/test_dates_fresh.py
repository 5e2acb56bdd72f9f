"""A fresh check of date extraction: sentences in our own wording, each with its publication
date, and every date expression in it with the value it should resolve to. They cover
seasons by tense, "current", parts of a period, year-end, centuries in words, quarters by
tense, lengths of time against points in time, and what relative expressions count from."""

from __future__ import annotations

from datetime import date

import pytest

from claimcheck.extract.dates import find_dates

# (publication date, sentence, {expression: (type, value)}) for every expression found.
CASES: list[tuple[str, str, dict[str, tuple[str, str]]]] = [
    # Seasons: the tense of the clause and the publication date decide which one.
    (
        "2025-10-08",
        "Reservoir levels sank to a record low this summer.",
        {"this summer": ("date", "2025-SU")},
    ),
    (
        "2025-04-02",
        "Water companies warn of hosepipe bans this summer.",
        {"this summer": ("date", "2025-SU")},
    ),
    (
        "2025-07-14",
        "The ski lifts stood idle over the winter, the resort said.",
        {"the winter": ("date", "2024-WI")},
    ),
    (
        "2025-07-14",
        "The resort will reopen its lifts over the winter.",
        {"the winter": ("date", "2025-WI")},
    ),
    (
        "2025-01-20",
        "The canal froze this winter for the first time in years.",
        {"this winter": ("date", "2024-WI")},
    ),
    (
        "2025-11-03",
        "The orchard lost half its crop in the spring.",
        {"the spring": ("date", "2025-SP")},
    ),
    ("2025-11-03", "Veterans of the Winter War gathered in the capital.", {}),
    # "current" the adjective is the present; the noun and "current account" are not dates.
    (
        "2025-03-12",
        "Under the current rules, tenants get two months' notice.",
        {"current": ("date", "PRESENT_REF"), "two months": ("duration", "P2M")},
    ),
    ("2025-03-12", "A fast current carried the kayak downstream.", {}),
    ("2025-03-12", "The current account deficit narrowed to 2% of output.", {}),
    # Parts of the period under way; "year-end" is the closing day of the year.
    (
        "2025-03-12",
        "The index has gained 6% since the start of the year.",
        {"the start of the year": ("date", "2025")},
    ),
    (
        "2025-03-12",
        "The airline hopes to restore all routes by the end of the decade.",
        {"the end of the decade": ("date", "202")},
    ),
    (
        "2025-03-12",
        "Fares rise in the middle of the month.",
        {"the middle of the month": ("date", "2025-03")},
    ),
    (
        "2025-09-30",
        "The merger should be completed by year-end.",
        {"year-end": ("date", "2025-12-31")},
    ),
    (
        "2025-09-30",
        "The fund has returned 11% since year-end.",
        {"year-end": ("date", "2024-12-31")},
    ),
    (
        "2025-02-20",
        "Cash holdings fell to 3 billion at year-end, the lender said.",
        {"year-end": ("date", "2024-12-31")},
    ),
    (
        "2025-02-20",
        "The bidder extended its offer to year-end.",
        {"year-end": ("date", "2025-12-31")},
    ),
    (
        "2025-02-20",
        "Analysts expect the rate to reach 4% by year-end 2026.",
        {"year-end 2026": ("date", "2026-12-31")},
    ),
    # A British financial year, read as the fiscal year is.
    (
        "2025-02-20",
        "The chain expects a loss for the current financial year.",
        {"the current financial year": ("date", "2025")},
    ),
    (
        "2025-02-20",
        "The chain made a loss last financial year.",
        {"last financial year": ("date", "2024")},
    ),
    # Centuries written as ordinals in words.
    (
        "2025-03-12",
        "The mill was built in the early eighteenth century.",
        {"the early eighteenth century": ("date", "17")},
    ),
    (
        "2025-03-12",
        "Such storms were rare in the twentieth century.",
        {"the twentieth century": ("date", "19")},
    ),
    # Quarters: results reported are of the quarter ended, a forecast of the one under way.
    (
        "2025-05-06",
        "Ticket sales rose 9% in the quarter, the theatre group said.",
        {"the quarter": ("date", "2025-Q1")},
    ),
    (
        "2025-05-06",
        "The group expects ticket sales to slow in the quarter.",
        {"the quarter": ("date", "2025-Q2")},
    ),
    (
        "2025-02-11",
        "Margins narrowed in the fourth quarter.",
        {"the fourth quarter": ("date", "2024-Q4")},
    ),
    (
        "2025-02-11",
        "Margins should widen in the third quarter.",
        {"the third quarter": ("date", "2025-Q3")},
    ),
    (
        "2025-02-11",
        "Margins narrowed in the second half of last year.",
        {"the second half of last year": ("date", "2024-H2")},
    ),
    # A length of time against a point in time.
    (
        "2025-06-04",
        "The tunnel has been shut for three weeks.",
        {"three weeks": ("duration", "P3W")},
    ),
    ("2025-06-04", "The tunnel shut three weeks ago.", {"three weeks ago": ("date", "2025-W20")}),
    (
        "2025-06-04",
        "The tunnel will reopen in three weeks.",
        {"three weeks": ("date", "2025-W26")},
    ),
    (
        "2025-06-04",
        "Fuel prices are the highest in five years.",
        {"five years": ("duration", "P5Y")},
    ),
    # What relative expressions count from: the period just named, else publication.
    (
        "2025-06-04",
        "Turnover reached 40 million in 2021, up from 35 million a year earlier.",
        {"2021": ("date", "2021"), "a year earlier": ("date", "2020")},
    ),
    (
        "2025-06-04",
        "Turnover reached 40 million in 2021 and fell the following year.",
        {"2021": ("date", "2021"), "the following year": ("date", "2022")},
    ),
    (
        "2025-06-04",
        "The strike began last Thursday.",
        {"last Thursday": ("date", "2025-05-29")},
    ),
    ("2025-06-04", "Bus drivers walked out on Monday.", {"Monday": ("date", "2025-06-02")}),
    ("2025-06-04", "The board will vote on Monday.", {"Monday": ("date", "2025-06-09")}),
    ("2025-06-04", "Visitor numbers fell last month.", {"last month": ("date", "2025-05")}),
    (
        "2025-06-04",
        "The inquiry reports later this year.",
        {"later this year": ("date", "2025")},
    ),
    (
        "2025-06-04",
        "Rents have climbed in recent years.",
        {"recent years": ("date", "PAST_REF")},
    ),
]


@pytest.mark.parametrize(("published", "sentence", "expected"), CASES, ids=lambda x: str(x)[:40])
def test_every_expression_resolves_as_a_reader_would(
    published: str, sentence: str, expected: dict[str, tuple[str, str]]
) -> None:
    found = find_dates(sentence, date.fromisoformat(published))
    for mention in found:
        assert sentence[mention.start : mention.end] == mention.text
    assert {m.text: (m.type, m.value) for m in found} == expected


def test_year_end_after_since_runs_from_the_closing_day_to_publication() -> None:
    (mention,) = find_dates("The fund has returned 11% since year-end.", date(2025, 9, 30))
    assert (mention.granularity, mention.mod) == ("day", "ON_OR_AFTER")
    assert (mention.period_start, mention.period_end) == (date(2024, 12, 31), date(2025, 9, 30))


def test_the_start_of_the_year_after_since_stays_this_year() -> None:
    # Only the end of a period counts back after "since" ("since the end of the year" is
    # the last one's end); the start of the year is this year's.
    (mention,) = find_dates("Prices have risen since the start of the year.", date(2025, 3, 12))
    assert (mention.value, mention.mod) == ("2025", "START")
    (mention,) = find_dates("Prices have risen since the end of the year.", date(2025, 3, 12))
    assert (mention.value, mention.mod) == ("2024", "END")


def test_a_century_in_words_spans_its_hundred_years() -> None:
    (mention,) = find_dates("Canals spread across the region in the nineteenth century.", None)
    assert (mention.first_day, mention.last_day) == (date(1800, 1, 1), date(1899, 12, 31))
    (mention,) = find_dates("Cities will grow through the twenty-first century.", None)
    assert mention.value == "20"
