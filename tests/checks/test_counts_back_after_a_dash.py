"""CC104 on a count back from now set after a date by a dash ("on Feb. 2 - 30 weeks ago -"):
the number after the dash starts a length of time, so the date is one day, not a range of
days ending on that number, and the count is checked against it."""

from __future__ import annotations

import pytest

from claimcheck.checks.duration_start import check_duration_starts

PUBLISHED = "2024-05-10T09:00:00"


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("The depot was sold on Feb. 2 - 30 weeks ago - to a developer.", True),
        ("The depot was sold on Feb. 2 - 14 weeks ago - to a developer.", False),
        ("The ferry last sailed on Feb. 2 - 9 months ago - before the strike.", True),
        ("The ferry last sailed on Feb. 2 - 3 months ago - before the strike.", False),
    ],
)
def test_a_count_back_after_a_dash_is_checked_against_the_day(from_text, body, flagged):
    findings = list(check_duration_starts(from_text(body, PUBLISHED)))
    assert bool(findings) is flagged
