"""CC104: a start given away from its duration (an earlier sentence naming the same thing, a
clause after a colon, a fronted participle, a date set before its noun), hedges after the
count, a count to a near day, anniversaries kept now, and terms of states with no length
planned. Published Monday, May 13, 2024: Feb. 19 is 12 weeks back."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("It is 30 weeks, more or less, since the mill stopped on Feb. 19.", ["30 weeks"]),
        ("It is 12 weeks, more or less, since the mill stopped on Feb. 19.", []),
        ("It is 30 weeks or thereabouts since the mill stopped on Feb. 19.", ["30 weeks"]),
        ("It is 11 weeks or thereabouts since the mill stopped on Feb. 19.", []),
    ],
)
def test_a_hedge_after_the_count(duration_findings, body, flagged):
    assert duration_findings(body) == flagged


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("Sealed off on Feb. 19, the quarry has now been empty for five weeks.", ["five weeks"]),
        ("Sealed off on Feb. 19, the quarry has now been empty for 12 weeks.", []),
    ],
)
def test_a_fronted_participle_dates_the_state_of_its_subject(duration_findings, body, flagged):
    assert duration_findings(body) == flagged


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        (
            "On Thursday it will be 30 weeks since the miners were trapped on Feb. 19.",
            ["30 weeks"],
        ),
        ("On Thursday it will be 12 weeks since the miners were trapped on Feb. 19.", []),
        # a span still to come after a past date is not a count up to now
        ("The prisoners will be freed 90 days after they were sentenced on May 2.", []),
    ],
)
def test_a_count_reaching_a_near_day(duration_findings, body, flagged):
    assert duration_findings(body) == flagged


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        (
            "The chapel has been locked for over 30 years; it was handed to the diocese on "
            "Feb. 19, 2010.",
            ["over 30 years"],
        ),
        (
            "The chapel has been locked for over 13 years; it was handed to the diocese on "
            "Feb. 19, 2010.",
            [],
        ),
        (
            "The spring has run dry for at least 40 months: farmers last filled their tanks "
            "from it on Feb. 19, 2023.",
            ["at least 40 months"],
        ),
        (
            "The spring has run dry for at least 14 months: farmers last filled their tanks "
            "from it on Feb. 19, 2023.",
            [],
        ),
        # the sentence after, opening with a pronoun, dates it the same way
        (
            "The chapel has been locked for over 30 years. It was handed to the diocese on "
            "Feb. 19, 2010.",
            ["over 30 years"],
        ),
    ],
)
def test_a_start_dated_after_a_colon_or_in_the_next_sentence(duration_findings, body, flagged):
    assert duration_findings(body) == flagged


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("The June 2012 accord, now five years old, expires next spring.", ["five years old"]),
        ("The June 2012 accord, now 11 years old, expires next spring.", []),
        (
            "Engineers have condemned the 40-year-old jetty, put up in 2001, after a storm.",
            ["40-year-old"],
        ),
        ("Engineers have condemned the 23-year-old jetty, put up in 2001, after a storm.", []),
    ],
)
def test_ages_from_a_date_before_the_noun_or_an_aside_of_building(duration_findings, body, flagged):
    assert duration_findings(body) == flagged


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("The choir, formed in 2004, celebrates 35 years of singing this week.", ["35 years"]),
        ("The choir, formed in 2004, celebrates 20 years of singing this week.", []),
        # kept in the past, the anniversary counts to another day
        ("The choir, formed in 2004, celebrated 10 years of singing in 2014.", []),
    ],
)
def test_an_anniversary_kept_now(duration_findings, body, flagged):
    assert duration_findings(body) == flagged


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        (
            "Negotiators hope to end the 30-week deadlock that began at the plant on Feb. 19.",
            ["30-week"],
        ),
        ("Negotiators hope to end the 12-week deadlock that began at the plant on Feb. 19.", []),
        # a course may be planned longer than it has run
        ("The 30-week course that began on Feb. 19 has filled every place.", []),
    ],
)
def test_a_state_with_no_planned_length_is_no_longer_than_its_age(duration_findings, body, flagged):
    assert duration_findings(body) == flagged


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        (
            "Floods cut the road on Feb. 19. It has stayed closed ever since, 30 weeks now.",
            ["30 weeks"],
        ),
        ("Floods cut the road on Feb. 19. It has stayed closed ever since, 12 weeks now.", []),
        (
            "Cleaners first blocked the depot on Feb. 19. The protest is now in its 20th week.",
            ["20th week"],
        ),
        (
            "Cleaners first blocked the depot on Feb. 19. The protest is now in its 13th week.",
            [],
        ),
    ],
)
def test_a_start_in_the_sentence_before(duration_findings, body, flagged):
    assert duration_findings(body) == flagged


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        (
            "A landslide buried the coast road on Feb. 19. Crews are still clearing it.\n\n"
            "In the 30 weeks since the landslide, buses have taken a long detour.",
            ["30 weeks"],
        ),
        (
            "A landslide buried the coast road on Feb. 19. Crews are still clearing it.\n\n"
            "In the 12 weeks since the landslide, buses have taken a long detour.",
            [],
        ),
        (
            "Inspectors shut the old ferry terminal over safety fears on Feb. 19. Ships dock "
            "at the fish quay instead.\n\nThe terminal has been closed for 30 weeks.",
            ["30 weeks"],
        ),
        (
            "Inspectors shut the old ferry terminal over safety fears on Feb. 19. Ships dock "
            "at the fish quay instead.\n\nThe terminal has been closed for 12 weeks.",
            [],
        ),
        # the nearest sentence naming the noun dates something else about it
        (
            "The terminal's owners said on Feb. 19 that repairs would start soon.\n\n"
            "The terminal has been closed for 30 weeks.",
            [],
        ),
    ],
)
def test_a_thing_dated_earlier_in_the_article_named_again(duration_findings, body, flagged):
    assert duration_findings(body) == flagged
