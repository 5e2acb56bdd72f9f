"""CC104: a term that ended about the day of the report is all the time since its start.
Leaving the state ("came out of", told as "emerged ... from") ends it as "ending" does, and
"this week" is near enough to the report for a term counted in weeks or longer."""

from __future__ import annotations

import pytest

from claimcheck.checks.duration_start import check_duration_starts

# Feb. 5 to May 20, 2024: 15 weeks, three months and a half, 105 days.
LATE_MAY = "2024-05-20T09:00:00"


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("Villagers emerged today from a 5-week siege which had begun on Feb. 5.", True),
        ("Villagers emerged today from a 15-week siege which had begun on Feb. 5.", False),
        ("Villagers emerged this week from a 5-week siege which had begun on Feb. 5.", True),
        ("The crew emerged this week from a 1-month lockdown which had started on Feb. 5.",
         True),
        ("The crew emerged this week from a 4-month lockdown which had started on Feb. 5.",
         False),
        ("Bus drivers returned this week, ending a 6-week strike that began on Feb. 5.", True),
        # a few days either way are more than a count of days can take
        ("Villagers emerged this week from a 60-day siege which had begun on Feb. 5.", False),
        # another day of ending, or a past the report looks back on, is not now
        ("Villagers emerged last week from a 5-week siege which had begun on Feb. 5.", False),
    ],
)  # fmt: skip
def test_a_term_ended_about_now(from_text, body, flagged):
    findings = list(check_duration_starts(from_text(body, LATE_MAY)))
    assert bool(findings) is flagged
