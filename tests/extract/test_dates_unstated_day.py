"""Parts of a night with no day named ("overnight", "in the early hours"), a present tense of a
timetable before a month ("the museum reopens in September"), vague references to the recent
past or near future ("recently", "earlier this month", "the next few weeks") and fiscal years.
Sentences in our own wording, each dated by the publication day of its imagined article."""

from __future__ import annotations

from datetime import date

import pytest

from claimcheck.extract.dates import find_dates

WEDNESDAY = date(2024, 5, 15)
NOVEMBER = date(2023, 11, 8)  # a Wednesday
FEBRUARY = date(2025, 2, 3)  # a Monday

# (publication day, sentence, {expression: TIMEX3 value}): every mention found, none more.
CASES: list[tuple[date, str, dict[str, str]]] = [
    # "overnight" as an adverb is the night just past, valued by its first day as "last night"
    # is; in a future clause the coming night.
    (
        WEDNESDAY,
        "Storms swept the coast overnight, cutting power to thousands.",
        {"overnight": "2024-05-14"},
    ),
    (WEDNESDAY, "Overnight, rebels shelled the airport.", {"Overnight": "2024-05-14"}),
    (WEDNESDAY, "Asian shares slipped overnight as the yen firmed.", {"overnight": "2024-05-14"}),
    (NOVEMBER, "Two trawlers sank overnight off the cape.", {"overnight": "2023-11-07"}),
    (WEDNESDAY, "Crews will work overnight to clear the line.", {"overnight": "2024-05-15"}),
    # As an adjective before a noun it names a kind of loan, rate or stay: no date.
    (WEDNESDAY, "The overnight rate stood at 5.3 percent.", {}),
    (WEDNESDAY, "Banks borrowed overnight funds from the central bank.", {}),
    (FEBRUARY, "She was an overnight success after the film.", {}),
    # A day named after it is the date; "overnight" does not take it over.
    (FEBRUARY, "Heavy snow fell overnight on Saturday.", {"Saturday": "2025-02-01"}),
    # "in the early hours" with no day named: the small hours of the publication day, the
    # ones the night just past ran into; in a future clause the next ones.
    (
        NOVEMBER,
        "A convoy was ambushed in the early hours, officials said.",
        {"the early hours": "2023-11-08"},
    ),
    (
        NOVEMBER,
        "Firefighters were called in the early hours of the morning.",
        {"the early hours of the morning": "2023-11-08"},
    ),
    (
        FEBRUARY,
        "The border crossing will reopen in the early hours.",
        {"the early hours": "2025-02-04"},
    ),
    # A day named: that day, as before.
    (NOVEMBER, "The raid began in the early hours of Monday.", {"Monday": "2023-11-06"}),
    (NOVEMBER, "The suspect was detained late on Tuesday.", {"Tuesday": "2023-11-07"}),
    (WEDNESDAY, "The votes were counted late last night.", {"last night": "2024-05-14"}),
    # A present tense of a timetable before a month after publication: this year's month.
    (WEDNESDAY, "The show returns in August.", {"August": "2024-08"}),
    (WEDNESDAY, "The museum reopens in September after a refit.", {"September": "2024-09"}),
    (WEDNESDAY, "The new bridge opens to traffic in October.", {"October": "2024-10"}),
    (WEDNESDAY, "Voting begins in November.", {"November": "2024-11"}),
    (WEDNESDAY, "The election is in November.", {"November": "2024-11"}),
    (WEDNESDAY, "The new rules come into force in October.", {"October": "2024-10"}),
    (
        FEBRUARY,
        "The tournament starts in June and ends in July.",
        {"June": "2025-06", "July": "2025-07"},
    ),
    (NOVEMBER, "He said the plant closes in March.", {"March": "2024-03"}),
    (WEDNESDAY, "The lease expires in December.", {"December": "2024-12"}),
    # The past tense keeps the month gone by.
    (WEDNESDAY, "The show returned in August.", {"August": "2023-08"}),
    (WEDNESDAY, "The museum reopened in September after a refit.", {"September": "2023-09"}),
    (NOVEMBER, "The plant closed in March.", {"March": "2023-03"}),
    # A month just before publication in the present: a headline's present of the past.
    (WEDNESDAY, "The museum opens in March.", {"March": "2024-03"}),
    # Vague words: "soon" stays unread (see docs/extraction.md); the recent past and the near
    # future are references, not days.
    (WEDNESDAY, "A decision is expected soon.", {}),
    (WEDNESDAY, "The bank has recently cut rates.", {"recently": "PAST_REF"}),
    (WEDNESDAY, "In recent weeks, sales have slowed.", {"recent weeks": "PAST_REF"}),
    (
        NOVEMBER,
        "The firm expects to hire more staff in the coming months.",
        {"the coming months": "FUTURE_REF"},
    ),
    (WEDNESDAY, "Over the next few weeks the plan will be tested.", {"the next few weeks": "PXW"}),
    (WEDNESDAY, "Earlier this year, the bank raised rates.", {"Earlier this year": "2024"}),
    (WEDNESDAY, "Talks collapsed earlier this week.", {"earlier this week": "2024-W20"}),
    (FEBRUARY, "The company will list its shares later this year.", {"later this year": "2025"}),
    # Fiscal years keep their calendar value (see docs/extraction.md).
    (NOVEMBER, "Profit rose in fiscal 2023.", {"fiscal 2023": "2023"}),
]

# (publication day, sentence, expression, first day, last day): "earlier" and "later" in the
# period under way cover the part of it before or after publication.
BOUNDS: list[tuple[date, str, str, date, date]] = [
    (
        WEDNESDAY,
        "The mayor resigned earlier this month.",
        "earlier this month",
        date(2024, 5, 1),
        WEDNESDAY,
    ),
    (
        WEDNESDAY,
        "Earlier this year, the bank raised rates.",
        "Earlier this year",
        date(2024, 1, 1),
        WEDNESDAY,
    ),
    (
        FEBRUARY,
        "The company will list its shares later this year.",
        "later this year",
        FEBRUARY,
        date(2025, 12, 31),
    ),
]


@pytest.mark.parametrize(("base", "text", "expected"), CASES, ids=lambda x: str(x)[:40])
def test_unstated_days_and_vague_references(
    base: date, text: str, expected: dict[str, str]
) -> None:
    assert {m.text: m.value for m in find_dates(text, base)} == expected


@pytest.mark.parametrize(
    ("base", "text", "span", "first", "last"), BOUNDS, ids=lambda x: str(x)[:40]
)
def test_earlier_and_later_cover_the_part_before_or_after_publication(
    base: date, text: str, span: str, first: date, last: date
) -> None:
    (mention,) = (m for m in find_dates(text, base) if m.text == span)
    assert (mention.first_day, mention.last_day) == (first, last)


@pytest.mark.parametrize(
    "text",
    ["Storms swept the coast overnight.", "A convoy was ambushed in the early hours."],
)
def test_a_night_with_no_day_named_is_a_time(text: str) -> None:
    (mention,) = find_dates(text, WEDNESDAY)
    assert mention.type == "time"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # A modal and its verb, or a present progressive, before "in" and a month ahead.
        ("The court may rule in September.", "2024-09"),
        ("The union is holding a ballot in October.", "2024-10"),
        # "due to" a cause sets no timetable; a past tense keeps the month gone by.
        ("The dip is due to the rains in September.", "2023-09"),
        ("The new rules came into force in October.", "2023-10"),
        # A present nine months ahead or more is a headline's present of the past.
        ("Exports rise in February.", "2024-02"),
    ],
)
def test_a_timetable_before_a_month_and_its_limits(text: str, value: str) -> None:
    assert [m.value for m in find_dates(text, WEDNESDAY)] == [value]


def test_a_night_with_no_day_named_has_no_value_without_a_publication_day() -> None:
    (mention,) = find_dates("Storms swept the coast overnight.", None)
    assert (mention.type, mention.value) == ("time", None)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Talks went on until the early hours.", "2024-05-15"),
        ("Talks will go on until the early hours.", "2024-05-16"),
    ],
)
def test_until_the_early_hours_follows_the_tense_of_its_clause(text: str, value: str) -> None:
    assert [m.value for m in find_dates(text, WEDNESDAY)] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # A month and day after a timetable's present, within eight months: ahead.
        ("The museum reopens on September 3.", "2024-09-03"),
        ("The trial begins Sept. 10 in the capital.", "2024-09-10"),
        ("Polling stations open from 4 to 6 October.", "2024-10-04"),
        # A past tense, or a day just before publication, stays past.
        ("The museum reopened on September 3.", "2023-09-03"),
        ("He was born on September 3.", "2023-09-03"),
        ("The museum opens on March 3.", "2024-03-03"),
    ],
)
def test_a_timetable_before_a_month_and_day(text: str, value: str) -> None:
    assert [m.value for m in find_dates(text, WEDNESDAY)] == [value]
