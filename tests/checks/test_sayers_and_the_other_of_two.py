"""CC108: a sayer opening the sentence of the parts ("Coastguards said 70 ...") names no
category of the first part, wherever the sentence stands in the article, and the sentence
before says nothing of it; two parts told as the one and the other of two things ("50 in
one and 45 in the other") split their whole, with the two things counted between them or
not; a group's members read after it end before a later figure no word sets apart."""

from __future__ import annotations

import pytest

from claimcheck.checks.parts_exceed_whole import check_parts_exceed_whole

CARRIED = (
    "{said} 70 van drivers and 45 foot passengers were on the launch, which was carrying "
    "{whole} people when its engine failed."
)


@pytest.mark.parametrize("said", ["Coastguards said", "Police said", "The crew said that"])
@pytest.mark.parametrize(
    "opening",
    [
        "",
        "Fog had closed the harbour by noon. ",
        # (a comma and "and" close to the part, in the sentence before: no words of it)
        "The harbour shut at noon, and fog rolled in. ",
    ],
)
def test_a_sayer_before_the_parts_names_no_category(from_text, said, opening):
    # ("police" is a side of the civilians/forces partition and "passengers" of the
    # passengers/crew one: read as the first part's category, the sayer made the two
    # parts look like categories of two partitions that may overlap)
    over = opening + CARRIED.format(said=said, whole=100)
    within = opening + CARRIED.format(said=said, whole=120)
    assert len(list(check_parts_exceed_whole(from_text(over)))) == 1
    assert list(check_parts_exceed_whole(from_text(within))) == []


def test_the_noun_s_modifier_does_not_matter(from_text):
    for noun in ("foot passengers", "passengers", "cyclists"):
        body = (
            "Fog had closed the harbour by noon. Police said 70 van drivers and "
            f"45 {noun} were on the launch, which was carrying 100 people."
        )
        assert len(list(check_parts_exceed_whole(from_text(body)))) == 1, noun


def test_a_subject_that_is_no_sayer_still_names_the_category(from_text):
    # the subject opening the parts' sentence is their category: two partitions cut
    # across each other (a soldier may be a passenger), so nothing is added up
    body = (
        "Fog had closed the harbour by noon. Soldiers guarded 70 civilians and 45 "
        "passengers on the launch, which was carrying 100 people."
    )
    assert list(check_parts_exceed_whole(from_text(body))) == []


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("The bakery's 90 staff work at two shops, 50 in one and 45 in the other.", True),
        ("The bakery's 100 staff work at two shops, 50 in one and 45 in the other.", False),
        ("The bakery's 90 staff work at the shops, 50 in one and 45 in the other.", True),
        ("The bakery's 90 staff work at two shops: 50 in one and 45 in the other.", True),
        # (only the one and the other: "one" beside something else tells nothing)
        ("The bakery's 90 staff work at the shops, 50 in one and 45 at weekends.", False),
        ("The bakery's 90 staff work at two shops, 50 in one and 45 part-time.", False),
    ],
)
def test_the_one_and_the_other_of_two(from_text, body, flagged):
    assert bool(list(check_parts_exceed_whole(from_text(body)))) is flagged


@pytest.mark.parametrize(
    ("tail", "flagged"),
    [
        ("", True),
        # a later bare figure no word sets apart (a title, a price) ends the list before it
        (" Critics put the quiz show 24 on their list of the worst.", True),
        (" The shares closed at 71 and later rose.", True),
        # the parts set apart first: still within the whole, nothing to flag
        (" The shares closed at 71 and later rose.", False),
    ],
)
def test_a_later_figure_not_set_apart_ends_the_members(from_text, tail, flagged):
    whole = 60 if flagged else 90
    body = (
        f"Some 39 of the {whole} porters at the market start before dawn, as do another 31 "
        f"on a late shift.{tail}"
    )
    assert bool(list(check_parts_exceed_whole(from_text(body)))) is flagged
