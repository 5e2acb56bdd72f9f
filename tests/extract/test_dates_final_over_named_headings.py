"""Four date forms of news and wire copy: "the final N months of <year>" read as "the last N
months of <year>", a year near publication after "over" ("up 8 pct over 1985"), a month no
one is named after between a determiner and a name ("the March Basel accord"), and a market
table's heading day ("CLSG 9-MAR"). Sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from claimcheck.extract.dates import find_dates

BASE = date(1987, 5, 12)


def _read(text: str, base: date | None = BASE) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.type, m.value) for m in find_dates(text, base)]


def _stretch(text: str) -> tuple[str, date | None, date | None]:
    (mention,) = [m for m in find_dates(text, BASE) if m.type == "duration"]
    return mention.value, mention.period_start, mention.period_end


# --- "the final N <units> of ..." ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Margins narrowed over the final three months of 1984.", ("1984-Q4", "date")),
        ("Exports recovered in the final six months of 1986.", ("1986-H2", "date")),
    ],
)
def test_final_quarter_or_half_of_a_named_year_is_that_part(
    text: str, expected: tuple[str, str]
) -> None:
    (mention,) = find_dates(text, BASE)
    assert mention.text.startswith("the final")
    assert (mention.value, mention.type) == expected


def test_final_months_of_a_named_year_are_its_closing_stretch() -> None:
    assert _stretch("Orders slowed over the final nine months of 1986.") == (
        "P9M",
        date(1986, 4, 1),
        date(1986, 12, 31),
    )


def test_final_months_of_last_year_close_the_year_before_publication() -> None:
    assert _stretch("Demand fell in the final two months of last year.") == (
        "P2M",
        date(1986, 11, 1),
        date(1986, 12, 31),
    )


def test_final_weeks_of_a_quarter_are_a_plain_length_not_the_weeks_up_to_now() -> None:
    (length, quarter) = find_dates("Output was cut over the final four weeks of the quarter.", BASE)
    assert (length.text, length.value) == ("the final four weeks", "P4W")
    assert length.period_start is None and length.period_end is None
    assert quarter.text == "the quarter"


def test_final_reads_the_same_as_last_with_no_publication_day() -> None:
    assert _read("Sales picked up over the final three months of 2003.", None) == [
        ("the final three months of 2003", "date", "2003-Q4")
    ]


def test_final_without_a_count_and_of_is_left_as_before() -> None:
    assert _read("The final day of the auction was quiet.") == []


# --- "over <year>" ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Net profit climbed 31 pct over 1986.", [("1986", "date", "1986")]),
        ("Freight volume showed a gain of 4,200 tonnes over 1985.", [("1985", "date", "1985")]),
        ("Prices should stay firm over 1987 as a whole.", [("1987", "date", "1987")]),
        ("The state will repay the loans over 1988-1990.", [("1988-1990", "date", "1988")]),
    ],
)
def test_a_year_near_publication_after_over_is_a_year(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Over 1985 workers joined the strike.",
        "The plant shipped over 1986 tonnes of zinc.",
        "Attendance reached over 1950 on the first night.",
    ],
)
def test_a_count_after_over_stays_a_count(text: str) -> None:
    assert _read(text) == []


# --- a month before a name ----------------------------------------------------------------


def test_month_of_a_named_accord_is_the_last_such_month() -> None:
    # written in May, under a future verb: the accord of last January, not next January
    assert _read("Ministers will revisit the January Basel accord next week.") == [
        ("January", "date", "1987-01"),
        ("next week", "date", "1987-W21"),
    ]


def test_month_after_a_possessive_before_a_report_name() -> None:
    assert _read("Sentiment weakened in the bank's February Tankan survey.") == [
        ("February", "date", "1987-02")
    ]


def test_month_before_a_market_and_a_contract_noun_is_the_contract_month() -> None:
    assert _read("It sold at a premium to the November Chicago delivery.") == [
        ("November", "date", "1987-11")
    ]


@pytest.mark.parametrize(
    "text",
    ["The award went to April Jenkins.", "A song by the June Brides played."],
)
def test_months_that_are_given_names_before_a_name_stay_names(text: str) -> None:
    assert _read(text) == []


# --- a market table's heading day ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("LME COPPER CLSG 11-MAY\n  CASH 905", ("11-MAY", "1987-05-11")),
        ("WHEAT VOLUME ISSUED 11-MAY FOR PRIOR DAY", ("11-MAY", "1987-05-11")),
        ("CBT CORN OPG 30-DEC-86 OPEN HIGH", ("30-DEC-86", "1986-12-30")),
    ],
)
def test_a_heading_day_in_capitals_is_that_day(text: str, expected: tuple[str, str]) -> None:
    assert [(m.text, m.value) for m in find_dates(text, BASE)] == [expected]


def test_a_heading_day_without_publication_day_is_a_day_unresolved() -> None:
    (mention,) = find_dates("OPG TRENDS 4-JUN", None)
    assert (mention.text, mention.value, mention.granularity) == ("4-JUN", None, "day")


@pytest.mark.parametrize("text", ["JUN7 6695 UP 115", "rated 3-MAY-B by the agency", "31-FEB"])
def test_contract_codes_ratings_and_impossible_days_are_no_heading_day(text: str) -> None:
    assert _read(text) == []
