"""CC106: one group's size given as two different figures."""

from __future__ import annotations

import pytest

from claimcheck.checks.figure_two_ways import check_figures_stated_two_ways


def test_flags_a_crew_given_two_sizes(article):
    body = "The cargo ship sailed with a crew of 14. Coast guards lifted all 17 crew members off."
    (finding,) = check_figures_stated_two_ways(article(body).build())
    assert finding.rule == "CC106" and finding.severity == "warning"
    assert finding.text == "17"
    assert finding.evidence["other"]["text"] == "a crew of 14"
    assert finding.evidence["values"] == [14, 17]


def test_flags_number_words_and_compound_forms(article):
    body = (
        "The 11-member council met in private. Two members resigned, and the council of nine voted."
    )
    # "resigned" is a change word: the council shrank.
    assert list(check_figures_stated_two_ways(article(body).build())) == []
    body = "The 11-member council met in private. The council of nine voted against it."
    (finding,) = check_figures_stated_two_ways(article(body).build())
    assert finding.text == "nine"


@pytest.mark.parametrize(
    "body",
    [
        "The cargo ship sailed with a crew of 14. Coast guards lifted all 14 crew members off.",
        # Two different crews.
        "The ferry's crew of 14 waited. The tug's crew of 5 helped tow it.",
        "The ship had a crew of 14. All 5 crew members of the tug were praised.",
        # A size that changes within the story.
        "The board of 9 met in March. It was expanded from 9 to 11 members in May, "
        "and the board of 11 met in June.",
        # Generic counts are not group sizes.
        "Some 14 people boarded. Later 17 people were rescued.",
    ],
)
def test_consistent_or_different_groups_are_not_flagged(article, body):
    assert list(check_figures_stated_two_ways(article(body).build())) == []


def test_a_bare_later_does_not_excuse_a_second_size(article):
    body = (
        "A crew of 9 was stuck on the dredger. The port later said all 11 crew members "
        "had reached the quay."
    )
    (finding,) = check_figures_stated_two_ways(article(body).build())
    assert finding.text == "11"
    body = "A crew of 9 was stuck on the dredger. Two more sailors joined, and all 11 crew left."
    assert list(check_figures_stated_two_ways(article(body).build())) == []


def test_from_article_text(from_text):
    body = "The cargo ship sailed with a crew of 14. Coast guards lifted all 17 crew members off."
    assert [finding.text for finding in check_figures_stated_two_ways(from_text(body))] == ["17"]
