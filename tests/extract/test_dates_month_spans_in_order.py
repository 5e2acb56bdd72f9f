"""The two months of a span or an alternative are read in calendar order, in sentences of our
own:

- a bare second month follows the first ("between August and October" written in July is
  this year's October, not last year's);
- a span whose first month is past and whose second, so moved, would lie ahead is one gone
  by, and its first month takes the second's year;
- "between now and <month>" names the coming month;
- two months joined by "and" without "between" are compared, not spanned, and keep their
  readings.
"""

from __future__ import annotations

from datetime import date

import pytest

from claimcheck.extract.dates import find_dates

# A Thursday in mid-July.
BASE = date(1992, 7, 16)


def _values(text: str, base: date | None = BASE) -> dict[str, str | None]:
    return {m.text.replace("\n", " "): m.value for m in find_dates(text, base)}


@pytest.mark.parametrize(
    ("text", "first", "second", "expected"),
    [
        (
            "The ministry invited offers of barley for loading between August and October.",
            "August",
            "October",
            ("1992-08", "1992-10"),
        ),
        (
            "Buyers want the sugar delivered from August to October, dealers reported.",
            "August",
            "October",
            ("1992-08", "1992-10"),
        ),
        (
            "The cargoes will sail in late August/early October, the agent said.",
            "late August",
            "early October",
            ("1992-08", "1992-10"),
        ),
        (
            "The board expects to vote in August or October on the merger.",
            "August",
            "October",
            ("1992-08", "1992-10"),
        ),
        (
            "Exporters plan to sell rubber forward for the November-February period.",
            "November",
            "February",
            ("1992-11", "1993-02"),
        ),
    ],
)
def test_a_second_month_follows_the_first_month_read_ahead(
    text: str, first: str, second: str, expected: tuple[str, str]
) -> None:
    values = _values(text)
    assert (values[first], values[second]) == expected


def test_a_span_gone_by_gives_its_first_month_the_second_months_year() -> None:
    # Written in July: January alone is this year's, but a January-to-November stretch
    # that closed with a November gone by is last year's.
    values = _values("Coffee shipments in the January/November period totalled 90,000 bags.")
    assert (values["January"], values["November"]) == ("1991-01", "1991-11")


def test_a_span_already_in_order_is_left_as_read() -> None:
    values = _values("Rains fell steadily between March and May, the weather bureau said.")
    assert (values["March"], values["May"]) == ("1992-03", "1992-05")


@pytest.mark.parametrize(
    ("text", "month", "expected"),
    [
        (
            "Some 40,000 tonnes have left port, with the rest to go between now and March.",
            "March",
            "1993-03",
        ),
        ("Stocks should be drawn down from now until May, analysts said.", "May", "1993-05"),
        ("The mill must run flat out between now and July.", "July", "1992-07"),
    ],
)
def test_a_month_after_now_in_a_span_is_the_coming_one(
    text: str, month: str, expected: str
) -> None:
    assert _values(text)[month] == expected


def test_months_joined_by_and_alone_are_compared_not_spanned() -> None:
    # Written in February: January is this year's, December the one just gone.
    values = _values("Output was flat in January and December, the office said.", date(1992, 2, 20))
    assert (values["January"], values["December"]) == ("1992-01", "1991-12")


def test_without_a_base_the_months_stay_unresolved() -> None:
    values = _values("Loadings are planned between August and October.", None)
    assert values["October"] is None


@pytest.mark.parametrize(
    ("text", "first", "second", "expected"),
    [
        # A split year puts the span across its turn: October of the first year to
        # September of the second, whichever way the months alone would lean.
        (
            "Cocoa arrivals in the 1991/92 (October/September) season are seen lower.",
            "October",
            "September",
            ("1991-10", "1992-09"),
        ),
        (
            "Growers expect a smaller yield in their current 1991/92 September-August harvest.",
            "September",
            "August",
            ("1991-09", "1992-08"),
        ),
        # A single year holds both months of a span inside it.
        (
            "Imports under the 1992 licence year (April-November) are capped at 40,000 tonnes.",
            "April",
            "November",
            ("1992-04", "1992-11"),
        ),
        # The year may follow the span.
        (
            "Passenger numbers rose 4 pct in the June/January period of 1991/92, it said.",
            "June",
            "January",
            ("1991-06", "1992-01"),
        ),
    ],
)
def test_a_year_written_with_the_span_places_both_months(
    text: str, first: str, second: str, expected: tuple[str, str]
) -> None:
    values = _values(text, date(1992, 2, 20))
    assert (values[first], values[second]) == expected


def test_a_split_year_does_not_place_a_span_inside_one_calendar_year() -> None:
    # "1991/92 (March-June)" does not say which of the two years the months belong to.
    text = "Shipments in 1991/92 (March-June) are put at 1.2 mln tonnes."
    assert _values(text, date(1992, 2, 20)) == _values(
        text.replace("1991/92", "the season"), date(1992, 2, 20)
    ) | {"1991/92": "1991"}
