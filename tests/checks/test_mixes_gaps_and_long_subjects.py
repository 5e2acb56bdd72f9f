"""Wholes named as a mix of their parts, a gapped part counted in a capitalized word, a
whole's noun phrase with a participle's phrase, changes in brackets after a part, a holder's
relative clause, parts told apart by "as" (CC108); durations qualified "to the month", running
"and counting" whatever the verb, related to a start by "following", or by a bare "since" closing
its clause (CC104)."""

from __future__ import annotations

import pytest

from claimcheck.checks.duration_start import check_duration_starts
from claimcheck.checks.parts_exceed_whole import check_parts_exceed_whole

PUBLISHED = "2024-05-10T09:00:00"


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # the whole as a mix, a blend or a combination of its parts
        ("The 80 cottages in the village are a mix of 50 holiday lets and 45 homes.", True),
        ("The 80 cottages in the village are a mix of 50 holiday lets and 30 homes.", False),
        ("The 80 trees were a blend of 50 oaks and 45 beeches.", True),
        # a gapped last part counted in one capitalized word (a nationality)
        ("The 90 climbers, of whom 50 were French and 45 Italian, reached the hut.", True),
        ("The 90 climbers, of whom 50 were French and 35 Italian, reached the hut.", False),
        # the whole's noun phrase carries a participle's phrase before "were"
        ("The 90 pupils taught at the village school were 50 boys and 45 girls.", True),
        ("The 90 pupils taught at the village school were 50 boys and 40 girls.", False),
        # a count's change in brackets after it is no part and no break in the list
        ("In the 60-seat chamber, Reds won 35 seats (up four) and Blues 31 (down two).", True),
        ("In the 60-seat chamber, Reds won 35 seats (up four) and Blues 21 (down two).", False),
        ("In the 60-seat chamber, Reds won 35 seats (+4) and Blues 31 (-2).", True),
        # a shared whole's first holder named with a relative clause of what it took
        (
            "The £90,000 prize was shared between a teacher from Hull, who took £50,000, and "
            "a club of anglers, with £45,000.",
            True,
        ),
        (
            "The £90,000 prize was shared between a teacher from Hull, who took £50,000, and "
            "a club of anglers, with £40,000.",
            False,
        ),
        # parts told apart by "as" and an object each
        ("Some 90 patients were seen, 50 as inpatients and 45 as outpatients.", True),
        ("Some 90 patients were seen, 50 as inpatients and 40 as outpatients.", False),
    ],
)
def test_mixes_gaps_and_long_subjects(from_text, body, flagged):
    findings = list(check_parts_exceed_whole(from_text(body, PUBLISHED)))
    assert bool(findings) is flagged


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # "to the month", "to the year" qualify a count as "to the day" does
        ("Almost 25 years to the month after the pit shut in May 2014, it is a park.", True),
        ("Almost ten years to the month after the pit shut in May 2014, it is a park.", False),
        # "and counting" runs the duration up to now, whatever the clause's verb
        ("Families face a wait of 20 weeks and counting since the flood on April 2.", True),
        ("Families face a wait of five weeks and counting since the flood on April 2.", False),
        # "following" relates a duration to its start as "after" does
        ("The road has been shut for 20 weeks following the landslide on April 2.", True),
        ("The road has been shut for five weeks following the landslide on April 2.", False),
        # a bare "since" closing its clause reads back to the start stated before it
        ("The road was closed on April 2; it is 20 weeks since.", True),
        ("The road was closed on April 2; it is five weeks since.", False),
        ("He was jailed for 20 weeks in 2019 and has not worked since.", False),
    ],
)
def test_durations_qualified_up_to_now(from_text, body, flagged):
    findings = list(check_duration_starts(from_text(body, PUBLISHED)))
    assert bool(findings) is flagged
