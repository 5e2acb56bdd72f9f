"""CC106 and CC108 on forms of the 14xx blind block: a headline's compound in words, a group
"led by" someone, "a former" person, an owner's members "all N of them", a whole told as a
joint sum right after its parts, and parts fronted by "With" before a clause's whole."""

from __future__ import annotations

from claimcheck.checks.figure_two_ways import check_figures_stated_two_ways
from claimcheck.checks.parts_exceed_whole import check_parts_exceed_whole

LEAD = "Officials met on Tuesday to go over the plans.\n\n"


def _sizes(from_text, body: str) -> list[str]:
    return [finding.text for finding in check_figures_stated_two_ways(from_text(LEAD + body))]


def _parts(from_text, body: str) -> list[str]:
    return [finding.text for finding in check_parts_exceed_whole(from_text(LEAD + body))]


def test_a_headline_opening_with_a_compound_in_words_sizes_its_group(from_text):
    body = (
        "Nine-man crew rescued from drifting trawler\n\n"
        "The lifeboat brought the 12-strong crew to the harbour before dawn."
    )
    assert _sizes(from_text, body) == ["12-strong crew"]


def test_a_plural_compound_opening_a_sentence_is_no_group(from_text):
    body = (
        "Nine-man crews are common on such trawlers. "
        "The lifeboat brought the 12-strong crew to the harbour before dawn."
    )
    assert _sizes(from_text, body) == []


def test_a_group_led_by_someone_is_still_the_whole_group(from_text):
    body = (
        "The bids were judged by a panel of 7 experts headed by a retired engineer. "
        "The 10 experts on the panel will publish their report in May."
    )
    assert _sizes(from_text, body) == ["10 experts"]


def test_a_former_person_in_the_sentence_lets_no_size_change(from_text):
    body = (
        "The review is run by a panel of 7 experts chaired by a former minister. "
        "The 10 experts on the panel will publish their report in May."
    )
    assert _sizes(from_text, body) == ["10 experts"]


def test_an_owners_members_all_n_of_them_in_dashes(from_text):
    body = (
        "The 30-piece band has not been paid for months. "
        "The band's musicians - all 36 of them - refused to play on Friday."
    )
    assert _sizes(from_text, body) == ["36"]


def test_an_owners_members_all_n_of_them_agreeing_are_quiet(from_text):
    body = (
        "The 30-piece band has not been paid for months. "
        "The band's musicians, all 30 of them, refused to play on Friday."
    )
    assert _sizes(from_text, body) == []


def test_a_joint_sum_right_after_its_parts(from_text):
    body = "The two clinics have 250 and 310 beds, or 480 between them."
    assert _parts(from_text, body) == ["480"]


def test_a_joint_sum_that_adds_up_is_quiet(from_text):
    body = "The two clinics have 250 and 310 beds, or 560 between them."
    assert _parts(from_text, body) == []


def test_parts_fronted_by_with_before_a_clause_whole(from_text):
    body = (
        "With 140 runners from local clubs and 90 from abroad, the race attracted 200 "
        "runners on Sunday."
    )
    assert _parts(from_text, body) == ["200 runners"]


def test_with_counts_of_other_things_are_no_parts(from_text):
    body = "With 14 wins and 9 draws, the club has 20 points after the autumn."
    assert _parts(from_text, body) == []
