"""CC106 and CC108 on forms counted in wire and web copy: parts after "including" with no
comma, a total named "making a total of" after its parts, and a group sized "with N ..."
in a dash aside."""

from __future__ import annotations

from claimcheck.checks.figure_two_ways import check_figures_stated_two_ways
from claimcheck.checks.parts_exceed_whole import check_parts_exceed_whole

LEAD = "Officials met on Tuesday to go over the plans.\n\n"


def _sizes(from_text, body: str) -> list[str]:
    return [finding.text for finding in check_figures_stated_two_ways(from_text(LEAD + body))]


def _parts(from_text, body: str) -> list[str]:
    return [finding.text for finding in check_parts_exceed_whole(from_text(LEAD + body))]


def test_parts_after_including_without_a_comma_are_read(from_text):
    body = (
        "Maize stocks stood at 3,100,000 bushels including 1,900,000 in Duluth and "
        "1,500,000 in Omaha."
    )
    assert _parts(from_text, body) == ["3,100,000 bushels"]


def test_parts_after_including_that_fit_the_whole_pass(from_text):
    body = (
        "Maize stocks stood at 3,100,000 bushels including 1,900,000 in Duluth and "
        "900,000 in Omaha."
    )
    assert _parts(from_text, body) == []


def test_making_a_total_of_names_the_whole_after_its_parts(from_text):
    body = "The fair sold 420 tickets to adults and 260 to pupils, making a total of 610 tickets."
    assert _parts(from_text, body) == ["610 tickets"]


def test_making_a_total_of_that_adds_up_passes(from_text):
    body = "The fair sold 420 tickets to adults and 190 to pupils, making a total of 610 tickets."
    assert _parts(from_text, body) == []


def test_a_size_after_a_wire_dash_and_with_is_the_group_s(from_text):
    body = (
        "The dockers' union -- with 5,400 members -- voted to strike.\n\n"
        "A ballot of the union's 4,600 members closes on Friday."
    )
    assert _sizes(from_text, body) == ["4,600 members"]


def test_a_bare_figure_after_a_dash_and_with_sizes_nothing(from_text):
    body = (
        "The hunt -- with 150 on horseback -- met at the village green.\n\n"
        "The hunt's 200 members voted to carry on."
    )
    assert _sizes(from_text, body) == []
