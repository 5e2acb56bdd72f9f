"""CC104: starts dated by a weekday of a named week, a day of a named month, or the same
time a year back, each counted from the one day or month the words name."""

from __future__ import annotations

import pytest

from claimcheck.checks.duration_start import check_duration_starts

THURSDAY_MID_MAY = "2023-05-18T09:00:00"  # Monday of the week before: May 8


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # a weekday of last week is one day, not "this Monday or the one before"
        ("The quarry has been idle for 10 days, since a landslide on Monday last week.", False),
        ("The quarry has been idle for 16 days, since a landslide on Monday last week.", True),
        ("The quarry has been idle for 4 days, since a landslide on Monday last week.", True),
        # a day of last month
        ("The quarry has been idle for 24 days, since a landslide on the 24th of last month.",
         False),
        ("The quarry has been idle for 40 days, since a landslide on the 24th of last month.",
         True),
        # the same time last year: about twelve months
        ("The quarry has been idle since this time last year, 12 months of lost work.", False),
        ("The quarry has been idle since this time last year, 16 months of lost work.", True),
    ],
)  # fmt: skip
def test_starts_named_from_publication(from_text, body, flagged):
    findings = list(check_duration_starts(from_text(body, THURSDAY_MID_MAY)))
    assert bool(findings) is flagged
