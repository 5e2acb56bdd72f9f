"""Decades and centuries counted from one stated before ("the following decade"), halves of
a traded month ("first-half June shipment"), "the latter half", "the week before last", an
event month said to be expected, the New Year as the holiday, a match's half told by the
side's showing, and a bare "last" standing for the period "this" names ("this year than
last"). Sentences in our own wording, each dated by the publication day of its imagined
article."""

from __future__ import annotations

from datetime import date

import pytest

from claimcheck.extract.dates import find_dates

SPRING = date(1987, 3, 10)
SUMMER = date(1987, 8, 10)
DECEMBER = date(1987, 12, 18)
JANUARY = date(1988, 1, 6)

# (publication day, text, {expression: (TIMEX3 value, mod)}): every date mention, none more.
CASES: list[tuple[date, str, dict[str, tuple[str | None, str | None]]]] = [
    # A decade or century before or after the one stated, or after publication's.
    (
        SUMMER,
        "Coal output climbed through the 1950s and slipped in the following decade.",
        {"the 1950s": ("195", None), "the following decade": ("196", None)},
    ),
    (
        SUMMER,
        "Rail freight peaked in the sixties, after a slow start in the previous decade.",
        {"the sixties": ("196", None), "the previous decade": ("195", None)},
    ),
    (
        SUMMER,
        "The mill opened in 1962 and had doubled its staff by the following decade.",
        {"1962": ("1962", None), "the following decade": ("197", None)},
    ),
    (
        SUMMER,
        "Steel was booming in the 1950s. A strike came in 1964; in the following decade "
        "the works closed.",
        {"the 1950s": ("195", None), "1964": ("1964", None), "the following decade": ("197", None)},
    ),
    (
        SUMMER,
        "Planners think the reservoir will run short early in the next century.",
        {"the next century": ("20", None)},
    ),
    (
        SUMMER,
        "Canal trade faded in the 18th century and the following century saw it revive.",
        {"the 18th century": ("17", None), "the following century": ("18", None)},
    ),
    (
        SUMMER,
        "Ore grades fell in the 1970s and will fall further in the next decade.",
        {"the 1970s": ("197", None), "the next decade": ("198", None)},
    ),
    # "The next decade" with no decade in its sentence stays ten years from publication.
    (
        SUMMER,
        "Fleets were rebuilt in the 1950s. The board thinks demand will double in the next decade.",
        {"the 1950s": ("195", None), "the next decade": ("P1DE", None)},
    ),
    # A half of a month before a traded month: days 1-15 or 16 to the end, ahead.
    (
        SPRING,
        "The mill bought 5,000 tonnes of sugar for first-half June shipment, dealers said.",
        {"first-half June": ("1987-06", "START")},
    ),
    (
        SPRING,
        "Exporters sold two cargoes of barley for second half February delivery.",
        {"second half February": ("1988-02", "END")},
    ),
    (
        SPRING,
        "Grain loadings for the second half of March were slow.",
        {"the second half of March": ("1987-03", "END")},
    ),
    # An event month that the text expects, in a clause not in the past, lies ahead.
    (
        SUMMER,
        "The governing party trails in polls ahead of an expected May election.",
        {"May": ("1988-05", None)},
    ),
    (
        SUMMER,
        "Engineers prepare the planned June launch of the weather satellite.",
        {"June": ("1988-06", None)},
    ),
    (
        SUMMER,
        "The opposition won the expected May election by a wide margin.",
        {"May": ("1987-05", None)},
    ),
    # "The New Year" after "over", "at" or "to see in" is the holiday, January 1.
    (
        DECEMBER,
        "Most ports will close over the New Year, shipping agents said.",
        {"New Year": ("1988-01-01", None)},
    ),
    (
        JANUARY,
        "Crowds gathered in the main square to see in the New Year.",
        {"New Year": ("1988-01-01", None)},
    ),
    (
        DECEMBER,
        "The ministry will publish the plan in the new year.",
        {"new year": ("1988", None)},
    ),
    # A match's half told by the side's showing is no half-year; a firm's half still is.
    (
        JANUARY,
        "The coach praised his side's second-half display after a slow start.",
        {},
    ),
    (
        JANUARY,
        "The retailer expects a stronger second-half performance, with sales recovering.",
        {"second-half": ("1988-H2", None)},
    ),
    # Two units from publication's: "the week before last", "the year after next".
    (
        SPRING,
        "Freight rates touched a low the week before last.",
        {"the week before last": ("1987-W09", None)},
    ),
    (
        SPRING,
        "The port expects the new berth to open the year after next.",
        {"the year after next": ("1989", None)},
    ),
    (
        SPRING,
        "Imports doubled the month before last.",
        {"the month before last": ("1987-01", None)},
    ),
    # "the latter half" is the second half, of a year or of a month.
    (
        SPRING,
        "Margins narrowed in the latter half of 1986.",
        {"the latter half of 1986": ("1986-H2", None)},
    ),
    (
        SPRING,
        "Tankers queued in the latter half of January.",
        {"the latter half of January": ("1987-01", "END")},
    ),
    (
        SPRING,
        "The latter quarter was weak for the group.",
        {},
    ),
    (
        SPRING,
        "Sales were higher in the latter period of 1986.",
        {"1986": ("1986", None)},
    ),
    # A half or quarter "of the <year> fiscal year": that year, a split one by its closing year.
    (
        SPRING,
        "Demand should pick up in the latter half of the 1987/88 fiscal year.",
        {"the latter half of the 1987/88 fiscal year": ("1988-H2", None)},
    ),
    (
        SPRING,
        "Losses narrowed in the third quarter of the 1986 financial year.",
        {"the third quarter of the 1986 financial year": ("1986-Q3", None)},
    ),
    # A bare "last" after "than" or "as" is the period before the one "this" names.
    (
        SPRING,
        "Growers expect to sow more beet this year than last, the ministry said.",
        {"this year": ("1987", None), "last": ("1986", None)},
    ),
    (
        SPRING,
        "Refiners ran fewer barrels this month than last.",
        {"this month": ("1987-03", None), "last": ("1987-02", None)},
    ),
    (
        SPRING,
        "Rainfall was lower this year than last winter.",
        {"this year": ("1987", None), "last winter": ("1986-WI", None)},
    ),
    (
        SPRING,
        "Stocks for this year as last reported by the board were ample.",
        {"this year": ("1987", None)},
    ),
]


@pytest.mark.parametrize(("base", "text", "expected"), CASES)
def test_every_date_and_its_value(
    base: date, text: str, expected: dict[str, tuple[str | None, str | None]]
) -> None:
    found = {m.text.replace("\n", " "): (m.value, m.mod) for m in find_dates(text, base)}
    assert found == expected


def test_the_following_decade_without_any_date_counts_from_publication() -> None:
    (mention,) = find_dates("Sales may recover in the following decade.", SUMMER)
    assert mention.value == "199"


def test_a_new_year_holiday_without_a_publication_day_is_an_unresolved_day() -> None:
    (mention,) = find_dates("Trading was thin at the New Year.", None)
    assert mention.value is None
    assert mention.granularity == "day"
