"""A year near publication before a word for a season's crops names the crops of that year,
as one before "sales" or "exports" does; sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from claimcheck.extract.dates import find_dates

BASE = date(1991, 3, 20)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Lawmakers want the payment rule applied to 1991 crops only.", "1991"),
        ("Loans outstanding on 1989 crops fell again last week.", "1989"),
        ("The aid covers 1990 harvests lost to the drought.", "1990"),
        ("Officials expect 1992 plantings to shrink.", "1992"),
    ],
)
def test_a_year_before_crops_is_their_year(text: str, year: str) -> None:
    values = [m.value for m in find_dates(text, BASE) if m.text == year]
    assert values == [year]


def test_a_large_count_of_crops_far_from_publication_stays_a_count() -> None:
    # Forty years off the publication year: a count of 1,950 crops, not a year.
    assert not [m for m in find_dates("Growers listed 1950 crops in the survey.", BASE)]
