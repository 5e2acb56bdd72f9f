"""CC106: a group's size stated in a title-case headline line and again in the body."""

from __future__ import annotations

from claimcheck.checks.figure_two_ways import check_figures_stated_two_ways


def _flagged(from_text, body: str) -> list[str]:
    return [finding.text for finding in check_figures_stated_two_ways(from_text(body))]


def test_a_headline_size_against_the_body_is_flagged(from_text):
    body = (
        "18 Stranded Hikers Airlifted From Mountain Ridge\n\n"
        "The 16 hikers had spent two nights on the ridge, police said."
    )
    assert _flagged(from_text, body) == ["16 hikers"]


def test_a_headline_size_that_agrees_is_not_flagged(from_text):
    body = (
        "18 Stranded Hikers Airlifted From Mountain Ridge\n\n"
        "The 18 hikers had spent two nights on the ridge, police said."
    )
    assert _flagged(from_text, body) == []


def test_a_capitalised_name_in_prose_is_still_no_size(from_text):
    body = "Fans of the Big Four met in town. The 4 members of the band signed autographs."
    assert _flagged(from_text, body) == []
