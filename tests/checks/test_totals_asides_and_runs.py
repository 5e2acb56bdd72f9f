"""Wholes stated after their parts or beside them in other shapes (CC108), and durations
read from "N weeks in", a run of periods "for a fourth straight week" and a count of
centuries in an article word (CC104)."""

from __future__ import annotations

import pytest

from claimcheck.checks.duration_start import check_duration_starts
from claimcheck.checks.parts_exceed_whole import check_parts_exceed_whole

PUBLISHED = "2024-05-10T09:00:00"


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # the parts as the subject of a finite verb carrying a total to the whole
        ("Some 700 cyclists by road and 450 by rail took the club's total to 1,000.", True),
        ("Some 700 cyclists by road and 250 by rail took the club's total to 1,000.", False),
        ("Some 700 cyclists by road and 450 by rail brought the total to 1,000.", True),
        # a clause after a break summing the parts by what they hold jointly
        ("The Reds have 50 seats and the Blues 40; between them they hold all 80.", True),
        ("The Reds have 50 seats and the Blues 20; between them they hold all 80.", False),
        ("The Reds have 50 seats and the Blues 40, together holding all 80 seats.", True),
        # a joint wish is no sum
        ("The Reds have 50 seats and the Blues 40; together they want 80 more.", False),
        # a total named by its noun in the sentence after the parts, across a paragraph
        (
            "Online entries came to 900 and entries by post 450.\n\nJudges put the total at 1,200.",
            True,
        ),
        (
            "Online entries came to 900 and entries by post 250.\n\nJudges put the total at 1,200.",
            False,
        ),
        # the whole in brackets after its parts, told by what all of it did
        ("The staff vote: 140 for and 90 against (200 votes cast).", True),
        ("The staff vote: for 140, against 90 (200 votes cast).", True),
        ("The staff vote: for 140, against 50 (200 votes cast).", False),
        # a subject sized in an aside, then kinds of it as its verb's objects
        ("The zoo, with a staff of 80, employs 50 keepers and 45 gardeners.", True),
        ("The zoo, with a staff of 80, employs 50 keepers and 25 gardeners.", False),
        # a noun of sex or age cuts across a job
        ("The zoo, with a staff of 80, employs 50 keepers and 45 women.", False),
        # an amount is no group; reporting is no having
        ("The zoo, with a profit of 80, reported 50 births and 45 deaths.", False),
        # parts quoted, the whole in the attribution after the quotation
        ('"We sent 60 by coach and 55 by train," the head said of our 100 pupils.', True),
        ('"We sent 60 by coach and 35 by train," the head said of our 100 pupils.', False),
        # a gapped part after a fronted phrase of source or place
        ("From the hills came 60 of the 100 walkers, and from the coast 55.", True),
        ("From the hills came 60 of the 100 walkers, and from the coast 35.", False),
        # a time is no category
        ("Of the 100 huts, 60 were rebuilt in April, and in May 55.", False),
        # groups counted, then each sized in an aside after its ordinal
        (
            "The 90 teams fell into two groups: the first, of 50, came from towns, and the "
            "second, of 45, from villages.",
            True,
        ),
        (
            "The 90 teams fell into two groups: the first, of 50, came from towns, and the "
            "second, of 40, from villages.",
            False,
        ),
        # bare parts of one partition sentences after the group they split
        (
            "The bus was carrying 60 pupils when it broke down. A coach came at noon. "
            "Parents were told by text. 35 were boys and 30 were girls.",
            True,
        ),
        (
            "The bus was carrying 60 pupils when it broke down. A coach came at noon. "
            "Parents were told by text. 35 were boys and 25 were girls.",
            False,
        ),
        # another group counted between is the nearer referent
        (
            "The bus was carrying 60 pupils when it broke down. Two coaches with 90 seats "
            "came at noon. Parents were told by text. 35 were boys and 30 were girls.",
            False,
        ),
    ],
)
def test_wholes_beside_their_parts(from_text, body, flagged):
    findings = list(check_parts_exceed_whole(from_text(body, PUBLISHED)))
    assert bool(findings) is flagged


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # "N weeks in," closing the phrase as "on" does: into what the sentence names
        ("Three weeks in, the sit-in that began on January 8 goes on.", True),
        ("Eighteen weeks in, the sit-in that began on January 8 goes on.", False),
        ("He served three years in, and left on January 8 a free man.", False),
        # a run of periods going on, its start in an absolute clause or a clause after it
        ("Ferries stayed in port for a third straight week, the strike having begun Jan. 8.", True),
        (
            "Ferries stayed in port for an 18th straight week, the strike having begun Jan. 8.",
            False,
        ),
        ("Ferries stayed in port for a third straight week; the strike began on January 8.", True),
        # a count of weekly figures after an event is not the time since it
        ("Prices rose for a third straight week after the cut took effect on January 8.", False),
        ("Claims fell for a third straight week, the department said on May 9.", False),
        # a past participle opening the sentence dates the state its subject is in
        ("Closed in March 2019, the mill is now in the second year of its disuse.", True),
        ("Closed in March 2019, the mill is now in the sixth year of its disuse.", False),
        ("Flooded on March 4, the road has been shut for 30 weeks.", True),
        ("Flooded on March 4, the road has been shut for 10 weeks.", False),
        # a fraction of a century the extraction reads as a century with no count
        ("Half a century after the pier opened in 1820, it still draws crowds.", True),
        ("Two centuries after the pier opened in 1824, it still draws crowds.", False),
    ],
)
def test_durations_in_other_shapes(from_text, body, flagged):
    findings = list(check_duration_starts(from_text(body, PUBLISHED)))
    assert bool(findings) is flagged
