"""Parts stated with their verbs said again or in the present (CC108), a general noun for
people naming back a role (CC106), and events told by the acts that start them (CC104)."""

from __future__ import annotations

from datetime import date

import pytest

from claimcheck.checks import ArticleContext
from claimcheck.checks.duration_start import check_duration_starts
from claimcheck.checks.figure_two_ways import check_figures_stated_two_ways
from claimcheck.checks.parts_exceed_whole import check_parts_exceed_whole
from claimcheck.records import KnownStart

PUBLISHED = "2024-05-10T09:00:00"


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # the same verb before each part
        ("Buses took 400 of the 600 marchers home, and vans took 260.", True),
        ("Buses took 400 of the 600 marchers home, and vans took 150.", False),
        ("Girls account for 80 of the 120 entrants and boys account for 55.", True),
        # a present verb of composition or of numbering
        ("The 120 entrants met on Friday. Girls form 80 of them, and boys 55.", True),
        ("Of the 120 entrants, girls number 80 and boys 55.", True),
        ("Of the 120 entrants, girls number 80 and boys 40.", False),
        # a percentage of change inside a part's clause
        (
            "Of the 120 farms, 80 saw yields rise by more than 15% this year, and 55 "
            "reported losses.",
            True,
        ),
        # changes in a gapped list with no count before them stay changes, not shares
        (
            "Sales in Ohio were up 41.2 pct, Iowa, 38.5 pct, Utah, 37.1 pct and Maine, 30.2 pct.",
            False,
        ),
        # verbs of saying said twice give claims, not parts
        ("The assembly has 120 seats. The Reds say 80 and the Blues say 55.", False),
        # a relative clause sizing the whole is no part
        ("The guild, whose members number 120, met; 70 voted yes and 50 voted no.", False),
    ],
)
def test_parts_with_their_verbs_said_again_or_in_the_present(from_text, body, flagged):
    findings = list(check_parts_exceed_whole(from_text(body, PUBLISHED)))
    assert bool(findings) is flagged


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        (
            "Twenty divers were stranded on the reef. All 26 men were lifted off by helicopter.",
            "26 men",
        ),
        (
            "The summit's 60 negotiators were held at the border. The 70 people finally crossed "
            "at dawn.",
            "70 people",
        ),
        ("The ferry carried 300 passengers. All 340 travellers got refunds.", "340 travellers"),
        ("The stadium held 900 spectators. All 1,000 fans left safely.", "1,000 fans"),
        # a past form after "all N X" with no verb after it is the sentence's verb
        ("The hamlet has 90 residents. All 110 villagers returned on Friday.", "110 villagers"),
        # with a verb after it, a participle picking some of them out
        ("The hamlet has 90 residents. All 110 villagers injured in the storm were treated.", None),
        # two general nouns are two groups
        ("Twenty women were stranded on the reef. All 26 men were lifted off.", None),
        # the general noun first: the role may be some of them
        ("Twenty people were stranded on the reef. All 26 divers were lifted off.", None),
    ],
)
def test_a_general_noun_names_back_a_role(from_text, body, flagged):
    found = [f.text for f in check_figures_stated_two_ways(from_text(body, PUBLISHED))]
    assert found == ([flagged] if flagged else [])


_EVENT = KnownStart(
    "EVT9",
    date(2022, 5, 10),
    ("Borduvia's invasion", "Borduvian invasion", "invaded Ruritania", "war in Ruritania"),
)


def _durations(from_text, body: str) -> list[str]:
    context = from_text(body, PUBLISHED)
    context = ArticleContext(context.article, context.claims, context.sentences, (_EVENT,))
    return [finding.text for finding in check_duration_starts(context)]


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        (
            "Six months since fighting broke out in Ruritania, the port is half empty.",
            "Two years since fighting broke out in Ruritania, the port is half empty.",
        ),
        (
            "It is six months since Borduvian forces crossed the border.",
            "It is two years since Borduvian forces crossed the border.",
        ),
        (
            "In the six months since Borduvia ordered the invasion, prices have doubled.",
            "In the 24 months since Borduvia ordered the invasion, prices have doubled.",
        ),
        (
            "In the six months since the general launched Borduvia's invasion, prices rose.",
            "In the 24 months since the general launched Borduvia's invasion, prices rose.",
        ),
    ],
)
def test_an_event_told_by_the_act_that_starts_it(from_text, wrong, right):
    assert len(_durations(from_text, wrong)) == 1
    assert _durations(from_text, right) == []


def test_another_armed_force_crossing_is_not_the_event(from_text):
    assert (
        _durations(from_text, "It is six months since Ruritanian forces crossed the border.") == []
    )
