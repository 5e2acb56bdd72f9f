"""Counts that are no parts of the whole before them (CC108): things the whole's members
handle, counted in a noun of another class ("The 12 carmakers displayed 40 German and 35
Japanese cars"), and counts each told by a period of its own ("170 sold this year and 160
last"), which are successive counts, unless the whole is stated as their total or the
parts' verb dates when each member became one."""

from __future__ import annotations

import pytest

from claimcheck.checks.parts_exceed_whole import check_parts_exceed_whole

PUBLISHED = "2024-05-10T09:00:00"


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # people or firms, then the things they handle: not their members
        ("Some 70 growers took 50 goats and 45 pigs to the county show.", False),
        ("The 60 exhibitors in the hall showed 40 French and 35 Italian cars.", False),
        ("The 30 firms, of which 20 were Dutch, sold 15 vans and 12 trucks.", False),
        ("The 50 dealers on the list sold 40 buses and 35 coaches between them.", False),
        # things counted again in their own noun or a kind of it still are parts
        ("The 70 vehicles at the depot comprised 50 vans and 45 lorries.", True),
        ("Of the 70 animals on the farm, 50 were goats and 45 were pigs.", True),
        # people in a role of their own, as parts of a group of people
        ("The 70 volunteers comprised 50 students and 45 pensioners.", True),
    ],
)
def test_parts_counted_in_another_class_of_noun(from_text, body, flagged):
    findings = list(check_parts_exceed_whole(from_text(body, PUBLISHED)))
    assert bool(findings) is flagged


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # each part told by a period of its own, the second by the first's date left out
        (
            "The showroom's 90 bikes are old and new stock, with 60 sold this year and 45 last.",
            False,
        ),
        ("The depot keeps 90 buses; it scrapped 60 this year and 45 last year.", False),
        ("Of the 90 tickets, 60 were checked this week and 45 the week before.", False),
        ("Of the 90 stalls, 60 were let in the first half and 45 in the second.", False),
        ("Of the 90 boats, 60 were serviced in the spring and 45 in the autumn.", False),
        # ... unless the whole is stated as their total, before or after them
        ("A total of 90 boats were serviced, 60 this year and 45 last year.", True),
        ("Over the two years the yard serviced 90 boats, 60 this year and 45 last year.", True),
        ("The 90 stalls were let in two rounds, 60 in the first and 45 in the second.", True),
        ("Of the 90 boats serviced since 2020, 60 came in May and 45 in June.", True),
        ("The 90 stalls are a mix of 60 let this year and 45 let last year.", True),
        # ... or the parts' verb dates when each member became one: members told apart
        ("The choir has 90 singers; 60 joined this year and 45 last year.", True),
        ("Of the 90 houses in the lane, 60 were built in the 1930s and 45 in the 1950s.", True),
        # parts that fit stay quiet either way
        ("Of the 90 boats, 50 were serviced in the spring and 40 in the autumn.", False),
        ("The choir has 90 singers; 50 joined this year and 40 last year.", False),
    ],
)
def test_parts_told_by_successive_periods(from_text, body, flagged):
    findings = list(check_parts_exceed_whole(from_text(body, PUBLISHED)))
    assert bool(findings) is flagged
