"""CC104: an event's age written with spaces ("the two month old dispute") against its start.

The extraction reads "two month" as the duration and leaves "old" after it; the check must
still read the pair as the compound age of the noun that follows, as it reads the hyphened
"two-month-old dispute" the older extraction gave it whole.
"""

from __future__ import annotations

from datetime import date

from claimcheck.checks.duration_start import check_duration_starts

PUBLISHED = "2024-09-03T09:00:00"
START = {"kind": "date", "granularity": "day", "first_day": date(2024, 3, 2)}


def _context(article, count: str, value: int):
    body = (
        f"Growers and the mill, at odds since March 2, met again to settle the {count} month "
        "old quarrel over prices."
    )
    return (
        article(body, published=PUBLISHED)
        .claim("March 2", last_day=date(2024, 3, 2), **START)
        .claim(f"{count} month", kind="duration", value=value, unit="month", dimension="time")
        .build()
    )


def test_a_spaced_age_that_does_not_fit_its_start_is_flagged(article):
    (finding,) = check_duration_starts(_context(article, "two", 2))
    assert finding.rule == "CC104"
    assert finding.text == "two month"


def test_a_spaced_age_that_fits_its_start_is_not_flagged(article):
    assert list(check_duration_starts(_context(article, "six", 6))) == []
