"""CC106: a group named by a proper name opening its sentence, a size said to hold "now",
"all N of them" after a clause whose subject is the group, and a holder's seats in a body."""

from __future__ import annotations

import pytest

from claimcheck.checks.figure_two_ways import check_figures_stated_two_ways

NAMED_BY_A_PROPER_NAME = [
    # a proper name renamed by an apposition, then written with "'s"
    (
        "Larkfield College, a school of 640 students, shut its doors on Monday. Exams "
        "for Larkfield College's 700 students were put back a week.",
        True,
    ),
    (
        "Larkfield College, a school of 640 students, shut its doors on Monday. Exams "
        "for Larkfield College's 640 students were put back a week.",
        False,
    ),
    # a name with a possessive inside it
    (
        "St Brendan's Infirmary, a hospital of 220 beds, was cut off by the snow. Food "
        "for St Brendan's Infirmary's 260 beds came by tractor.",
        True,
    ),
    # the same after ", which has"
    (
        "Corran Mills, which has 85 weavers, stopped the looms on Tuesday. Corran Mills' "
        "70 weavers were sent home.",
        True,
    ),
    # a fronted place is no owner of the group after it
    (
        "In West Dunmore, a crew of 12 firefighters was called out. West Dunmore's 16 "
        "firefighters were praised by the mayor.",
        False,
    ),
    (
        "Meanwhile, a team of 12 nurses arrived. The team's 16 nurses left at noon.",
        True,
    ),
]


A_SIZE_SAID_TO_HOLD_NOW = [
    # both sizes said to hold today
    (
        "Started by four neighbours, the choir now numbers 38. The choir's 46 members "
        "rehearse in the church hall.",
        True,
    ),
    ("The choir's 46 members rehearse on Thursdays. The choir now has 38 members.", True),
    # the other size told of the past: the group may have changed since
    ("The choir's 46 members sang in 2015. The choir now numbers 38.", False),
    ("The choir had 46 members when it began. The choir now numbers 38.", False),
    ("The choir's 46 members rehearse on Thursdays. The choir now has 46 members.", False),
]


ALL_OF_THEM_COUNTS_THE_CLAUSES_SUBJECT = [
    (
        "The 9 divers surfaced shortly after noon. They were brought ashore, all 11 of "
        "them, by the lifeboat.",
        True,
    ),
    (
        "The 9 divers surfaced shortly after noon. They were brought ashore, all 9 of "
        "them, by the lifeboat.",
        False,
    ),
    (
        "The 9 divers surfaced shortly after noon. The divers had been trapped, all 11 "
        "of them, for six hours.",
        True,
    ),
    # a subject that is no definite group: nothing to count
    (
        "The 9 divers surfaced shortly after noon. Police said they were safe, all 11 of "
        "them, by the evening.",
        False,
    ),
]


A_HOLDERS_SEATS_IN_A_BODY_ARE_SOME_OF_THEM = [
    # one party's seats in a chamber are some of the chamber's seats
    (
        "Ministers could lose their majority in the 450-seat assembly. The Greens now "
        "hold 120 seats in the assembly, and the Liberals have 96 seats in the assembly.",
        False,
    ),
    (
        "Ministers could lose their majority in the 450-seat assembly. The Greens now "
        "have 120 seats in the assembly after the vote last May.",
        False,
    ),
    # the chamber's own seats, stated twice
    (
        "Ministers could lose their majority in the 450-seat assembly. The assembly has 480 seats.",
        True,
    ),
]


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        *NAMED_BY_A_PROPER_NAME,
        *A_SIZE_SAID_TO_HOLD_NOW,
        *ALL_OF_THEM_COUNTS_THE_CLAUSES_SUBJECT,
        *A_HOLDERS_SEATS_IN_A_BODY_ARE_SOME_OF_THEM,
    ],
)
def test_the_group_is_flagged_only_where_its_size_is_stated_two_ways(from_text, body, flagged):
    findings = list(check_figures_stated_two_ways(from_text(body)))
    assert bool(findings) is flagged
