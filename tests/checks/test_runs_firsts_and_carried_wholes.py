"""CC104: a run of periods with its word of succession after it ("month running"), a start
named as a week of a month, a term that ended on the day of the report, a count of one or
two that cannot stand for a fraction of itself, and the first time in a span dated by the
last time; CC108: a whole restated after its parts with "or", a whole a carrier's relative
clause says it carried, a verb's particle "away" that is no venue, and "the other" of two
with its noun left out."""

from __future__ import annotations

import pytest

from claimcheck.checks.duration_start import check_duration_starts
from claimcheck.checks.parts_exceed_whole import check_parts_exceed_whole

PUBLISHED = "2024-05-10T09:00:00"


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # a word of succession after the period, the start in an absolute clause
        ("Fares went up for the ninth month running, the rises having begun in March 2024.", True),
        ("Fares went up for the third month running, the rises having begun in March 2024.", False),
        ("Fares went up for the 12th week in a row since the cut on Jan. 5.", True),
        ("Fares went up for the 18th week in a row since the cut on Jan. 5.", False),
        # (a count of weekly rises after an event is not the time since it)
        ("Fares went up for the ninth month running after the cut in March 2024.", False),
        # a week of a month as the start; "last week" itself stays no start
        ("The library has been closed since the second week of February, seven months.", True),
        ("The library has been closed since the second week of February, three months.", False),
        ("The library has been closed since last week, seven months after the fire.", False),
        # a term that ended on the day of the report is the whole time since its start
        ("Porters went back today, ending a 25-week strike that began on Feb. 12.", True),
        ("Porters went back today, ending a 12-week strike that began on Feb. 12.", False),
        ("The 25-week strike by porters, which began on Feb. 12, ended today.", True),
        # (ended on another day: the term may be shorter than the time since its start)
        ("The 25-week strike by porters, which began on Feb. 12, ended last month.", False),
        # a count of one cannot stand for a quarter of itself
        ("It is a year since the pier burned down on Feb. 20.", True),
        ("It is nearly a year since the pier burned down on Feb. 20.", True),
        ("It is nearly a year since the pier burned down on June 20, 2023.", False),
        ("More than a month after the flood on April 2, the road is still shut.", False),
        # the first time in a span: the gap since the last time
        ("It is the town's first carnival in 30 years; the last was held in 2011.", True),
        ("It is the town's first carnival in 13 years; the last was held in 2011.", False),
        ("It is the first cut in rates in eight months. The previous one was in March.", True),
        ("It is the first cut in rates in two months. The previous one was in March.", False),
        # (no last time dated: nothing to count from)
        ("The club won its first title in 30 years in 2011.", False),
    ],
)
def test_runs_weeks_of_months_ended_terms_and_firsts(from_text, body, flagged):
    findings = list(check_duration_starts(from_text(body, PUBLISHED)))
    assert bool(findings) is flagged


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # the whole restated after its parts, opened by "or" and closed by a break
        ("Wardens ticketed 60 cars and 45 vans, or 90 vehicles, on the seafront.", True),
        ("Wardens ticketed 60 cars and 30 vans, or 90 vehicles, on the seafront.", False),
        ("Wardens ticketed 60 cars and 45 vans, or 90 vehicles.", True),
        # (a bare choice between two figures is no whole)
        ("The council may hire 60 wardens, or 90 if the budget allows.", False),
        # the parts on a carrier, the whole what the carrier was carrying
        (
            "Police said 60 pilgrims and 45 students were on the coach, which was carrying "
            "90 people when it overturned.",
            True,
        ),
        (
            "Police said 60 pilgrims and 30 students were on the coach, which was carrying "
            "90 people when it overturned.",
            False,
        ),
        # "turned away", "given away": a particle, not the away side of home and away
        ("Of 90 bidders, 60 were accepted while 45 were turned away.", True),
        ("Of 90 bidders, 60 were accepted while 30 were turned away.", False),
        ("Of the 90 matches, 60 were played at home and 45 away.", True),
        # "the other" of two, its noun left out
        ("Of the 90 nurses, 60 work in one ward and 45 in the other.", True),
        ("Of the 90 nurses, 60 work in one ward and 30 in the other.", False),
    ],
)
def test_wholes_restated_with_or_and_carried(from_text, body, flagged):
    findings = list(check_parts_exceed_whole(from_text(body, PUBLISHED)))
    assert bool(findings) is flagged
