"""CC104: "In week N of" the period opening a sentence after the first, or a paragraph, is
read as it is at the start of an article: only a week not reached yet is flagged."""

from __future__ import annotations

import pytest

from claimcheck.checks.duration_start import check_duration_starts

MID_MAY = "2023-05-18T09:00:00"  # the stoppage below began eight weeks earlier
STOPPAGE = "In week {n} of the stoppage, which began on March 23, the depot took on drivers."


@pytest.mark.parametrize(
    ("before", "week", "flagged"),
    [
        ("Bus services were thin all spring. ", 14, True),
        ("Bus services were thin all spring. ", 8, False),
        # a week already gone by: the hiring may have happened then
        ("Bus services were thin all spring. ", 3, False),
        ("Bus services were thin all spring.\n    ", 14, True),
        ("Bus services were thin all spring.\n    ", 3, False),
        ("Bus services were thin all spring.\n\n", 14, True),
    ],
)
def test_week_of_a_period_after_another_sentence(from_text, before, week, flagged):
    body = before + STOPPAGE.format(n=week)
    findings = list(check_duration_starts(from_text(body, MID_MAY)))
    assert bool(findings) is flagged
