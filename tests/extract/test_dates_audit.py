"""Kinds of date error found by reading every date of a sample of wire stories: a week that
"the year-ago period" refers back to, a part of a season or year stated with "of" or "in",
a year before the noun it dates ("its 1990 earnings", "Note: 1989 figures"). Sentences in our
own wording, each dated by the publication day of its imagined article."""

from __future__ import annotations

from datetime import date

import pytest

from claimcheck.extract.dates import find_dates

THURSDAY = date(1991, 3, 21)  # ISO week 12 of 1991
AUTUMN = date(1994, 10, 12)

# (publication day, text, {expression: (TIMEX3 value, mod)}): every date mention, none more.
CASES: list[tuple[date, str, dict[str, tuple[str, str | None]]]] = [
    # "the year-ago period", "the same period of <year>" after a week: that week of the
    # other year, the week of the same number.
    (
        THURSDAY,
        "Mills are due to roll 41,000 tons of steel this week, against 38,500 in the "
        "year-ago period.",
        {"this week": ("1991-W12", None), "the year-ago period": ("1990-W12", None)},
    ),
    (
        THURSDAY,
        "Plants will assemble 90,000 trucks this week; they made 84,000 in the 1989 period.",
        {"this week": ("1991-W12", None), "the 1989 period": ("1989-W12", None)},
    ),
    # After "year to date": the same stretch of the year before or of the year stated,
    # January 1 to the day of publication, even when a week was named before it.
    (
        THURSDAY,
        "Yards will launch 3 hulls this week. Year-to-date launches reached 31, against 27 "
        "in the 1990 period and 25 in the 1989 period.",
        {
            "this week": ("1991-W12", None),
            "Year-to-date": ("1991", None),
            "the 1990 period": ("1990", None),
            "the 1989 period": ("1989", None),
        },
    ),
    # After a month, as before: that month a year back.
    (
        AUTUMN,
        "Orders fell in August and were 4 pct under the year-earlier period.",
        {"August": ("1994-08", None), "the year-earlier period": ("1993-08", None)},
    ),
    # A part of a season after "the end/start/middle of the": the season with its mod.
    (
        AUTUMN,
        "The bridge should reopen by the end of the winter.",
        {"the end of the winter": ("1994-WI", "END")},
    ),
    (
        THURSDAY,
        "Talks will resume at the start of the summer.",
        {"the start of the summer": ("1991-SU", "START")},
    ),
    # "early in" / "late in" before a year or a month: its first or last stretch.
    (
        THURSDAY,
        "The mine should open early in fiscal 1993.",
        {"early in fiscal 1993": ("1993", "START")},
    ),
    (AUTUMN, "The ferry sank late in 1987.", {"late in 1987": ("1987", "END")}),
    (AUTUMN, "Prices peaked early in July.", {"early in July": ("1994-07", "START")}),
    # "early in the morning" is a part of a day, not a modifier of a date.
    (AUTUMN, "The guards left early in the morning.", {}),
    # A year close to publication before a word for a period's figures dates them.
    (
        THURSDAY,
        "Analysts cut their 1991 earnings estimates for the group.",
        {"1991": ("1991", None)},
    ),
    (
        AUTUMN,
        "The brewer said projected 1995 sales would top 3 billion marks.",
        {"1995": ("1995", None)},
    ),
    # ... but a count stays a count, and a number far from publication is not a year.
    (AUTUMN, "The rebels lost 1995 tanks and trucks.", {}),
    (AUTUMN, "Dealers logged 2020 sales of the model.", {}),
    # After a heading and its colon, a year before a word is a year ...
    (
        THURSDAY,
        "NOTE: 1990 net includes a gain of 3 mln dlrs.",
        {"1990": ("1990", None)},
    ),
    # ... while a capitalised label before a number, or a colon before a bare figure, is not.
    (THURSDAY, "Gate 1990 is closed.", {}),
    (THURSDAY, "Volume: 1990", {}),
]


def test_year_to_date_compared_with_the_same_stretch() -> None:
    text = "Year to date, exports were 12 mln tons, up from 10 mln in the year-ago period."
    found = {m.text: m for m in find_dates(text, THURSDAY)}
    back = found["the year-ago period"]
    assert (back.first_day, back.last_day) == (date(1990, 1, 1), date(1990, 3, 21))


@pytest.mark.parametrize(("base", "text", "expected"), CASES)
def test_dates_read_in_the_audit(
    base: date, text: str, expected: dict[str, tuple[str, str | None]]
) -> None:
    found = {m.text: (m.value, m.mod) for m in find_dates(text, base) if m.type == "date"}
    assert found == expected
