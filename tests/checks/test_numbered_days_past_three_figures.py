"""CC104: a long event's days run past three figures ("On day 1,000 of the blockade"); a
day number of four figures, with or without its thousands comma, is read as any other."""

from __future__ import annotations

from datetime import date

import pytest

from claimcheck.records import KnownStart

# March 1, 2021 to Oct. 6, 2024: day 1,316 of the blockade.
BLOCKADE = KnownStart("EVT9", date(2021, 3, 1), ("blockade of Port Tarn",))
AUTUMN = "2024-10-06T09:00:00"


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # days not reached yet, told as gone by
        ("On day 1,500 of the blockade of Port Tarn, a ferry got through.", ["day 1,500"]),
        ("On day 1500 of the blockade of Port Tarn, a ferry got through.", ["day 1500"]),
        ("Today is day 1,900 of the blockade of Port Tarn.", ["day 1,900"]),
        # today's day, or one gone by told as such
        ("Today is day 1,316 of the blockade of Port Tarn.", []),
        ("On day 1,200 of the blockade of Port Tarn, a ferry got through.", []),
        # four figures bare name a year, not a day count, for any other unit
        ("The mill entered year 2024 of the blockade of Port Tarn with no orders.", []),
    ],
)  # fmt: skip
def test_day_numbers_of_four_figures(duration_findings, body, flagged):
    assert duration_findings(body, AUTUMN, events=(BLOCKADE,)) == flagged
