"""CC106 and CC108: members placed by a participle, asides before a verb, "the N of them",
nested parts, shares of a split, and a whole named by a participle."""

from __future__ import annotations

import pytest

from claimcheck.checks.figure_two_ways import check_figures_stated_two_ways
from claimcheck.checks.parts_exceed_whole import check_parts_exceed_whole


def _sizes(from_text, body: str) -> list[str]:
    return [finding.text for finding in check_figures_stated_two_ways(from_text(body))]


def _parts(from_text, body: str) -> list[str]:
    return [finding.text for finding in check_parts_exceed_whole(from_text(body))]


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # A definite count placed by a participle of employing or stationing names whose
        # members they are, all of them.
        (
            "The sawmill's 210 workers went home early. Its owner said the 260 people "
            "employed at the sawmill would keep their pay.",
            ["260 people"],
        ),
        (
            "The fort's 90 soldiers left by sea. Officers said the 120 troops stationed at "
            "the fort had been told in May.",
            ["120 troops"],
        ),
        # An aside between the subject and its verb of size.
        (
            "The hospice, which was built in 1994, has 36 nurses. A letter from the 44 nurses "
            "at the hospice asked for more beds.",
            ["44 nurses"],
        ),
        # "The N of them" opening the sentence after an owned group: all of it again.
        (
            "The library's 14 volunteers met on Tuesday. The 19 of them want longer hours.",
            ["19"],
        ),
        # Families and households of one block are one kind of count.
        (
            "About 70 families live on the estate. The council wrote to the estate's 95 "
            "households about rents.",
            ["95 households"],
        ),
    ],
)
def test_groups_named_in_these_ways_are_compared(from_text, body, flagged):
    assert _sizes(from_text, body) == flagged


@pytest.mark.parametrize(
    "body",
    [
        # A bare count with a participle may pick some out: no size of the whole.
        "The sawmill's 210 workers went home early. Some 60 people employed at the sawmill "
        "stayed on.",
        # The aside holds another group's figure; the subject's size agrees.
        "The hospice, which has 12 beds, has 36 nurses. All 36 nurses at the hospice signed.",
        # "The 14 of them" agreeing with the group.
        "The library's 14 volunteers met on Tuesday. The 14 of them want longer hours.",
    ],
)
def test_these_forms_agreeing_or_picking_some_out_are_not_flagged(from_text, body):
    assert _sizes(from_text, body) == []


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # A part of a part, in dashes or brackets, is not added to the whole's parts.
        (
            "Of the 90 people housed by the charity, 50 are families - 12 of them with "
            "babies - and 55 are single adults.",
            ["90 people"],
        ),
        (
            "Of the 90 people housed by the charity, 50 are families (12 of them with "
            "babies) and 55 are single adults.",
            ["90 people"],
        ),
        (
            "The 140 starters included 80 club riders, among them 20 juniors, and 75 newcomers.",
            ["140 starters"],
        ),
        # A subject that "is split" or "was shared" out in shares.
        (
            "The joint venture is split 55 pct to the parent, 35 pct to a bank and 25 pct to "
            "the province.",
            ["25 pct"],
        ),
        # "Of those arrested": the whole named by its participle, another figure between.
        (
            "Officers made 120 arrests at the festival.\n\nThat is up from 85 last year. Of "
            "those arrested, 70 were charged and 65 were released.",
            ["120 arrests"],
        ),
    ],
)
def test_parts_read_in_these_ways_are_summed(from_text, body, flagged):
    assert _parts(from_text, body) == flagged


@pytest.mark.parametrize(
    "body",
    [
        # The nested count is not a part: the two parts fit the whole.
        "Of the 90 people housed by the charity, 50 are families - 45 of them with babies - "
        "and 40 are single adults.",
        # "The 30 of them" restates the group; it is no part of it.
        "The council's 30 gardeners stopped work. The 30 of them want a rise.",
        "The council's 30 gardeners stopped work. The 35 of them want a rise.",
        # Shares of a split that fit.
        "The joint venture is split 55 pct to the parent and 45 pct to a bank.",
        # Of those arrested, parts that fit the arrests.
        "Officers made 120 arrests at the festival.\n\nThat is up from 85 last year. Of "
        "those arrested, 70 were charged and 45 were released.",
    ],
)
def test_parts_that_fit_or_restate_the_whole_are_not_flagged(from_text, body):
    assert _parts(from_text, body) == []


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # A lower bound and a smaller figure of one group.
        (
            "The rowing club, which has more than 400 members, wants a new boathouse. A "
            "letter went to its 310 members in June.",
            ["310 members"],
        ),
        # An upper bound and a larger figure.
        (
            "The choir's 64 singers rehearse weekly. The choir, which has fewer than 40 "
            "singers, is looking for tenors.",
            ["40 singers"],
        ),
    ],
)
def test_a_bound_against_a_figure_beyond_it_is_flagged(from_text, body, flagged):
    (finding,) = check_figures_stated_two_ways(from_text(body))
    assert [finding.text] == flagged
    assert "more than" in finding.message or "fewer than" in finding.message


@pytest.mark.parametrize(
    "body",
    [
        # A figure on the open side of the bound agrees with it.
        "The rowing club, which has more than 400 members, wants a new boathouse. A letter "
        "went to its 520 members in June.",
        # A hedged figure just below the bound may be the same size.
        "The rowing club, which has more than 400 members, wants a new boathouse. A letter "
        "went to its roughly 380 members in June.",
    ],
)
def test_a_figure_a_bound_allows_is_not_flagged(from_text, body):
    assert _sizes(from_text, body) == []


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # Parts joined as company ("together with", "along with", "alongside").
        (
            "Twenty-five coaches, together with 40 riders, make up the 55-strong squad.",
            ["55-strong squad"],
        ),
        (
            "On the farm, 18 pickers worked alongside 22 packers; there were 35 people on "
            "site in all.",
            ["35 people"],
        ),
    ],
)
def test_parts_joined_as_company_are_summed(from_text, body, flagged):
    assert _parts(from_text, body) == flagged


def test_parts_joined_as_company_that_fit_are_not_flagged(from_text):
    body = "Twenty coaches, along with 30 riders, make up the 55-strong squad."
    assert _parts(from_text, body) == []
