"""CC106 read through hedges and quantifiers over a sayer's group; CC108 shares a verb
"takes up"."""

from __future__ import annotations

import pytest

from claimcheck.checks.figure_two_ways import check_figures_stated_two_ways
from claimcheck.checks.parts_exceed_whole import check_parts_exceed_whole


def _sizes_flagged(from_text, body: str) -> list[str]:
    return [finding.text for finding in check_figures_stated_two_ways(from_text(body))]


def _parts_flagged(from_text, body: str) -> list[str]:
    return [finding.text for finding in check_parts_exceed_whole(from_text(body))]


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # A hedge between the owner and the figure, and one after a verb of saying.
        (
            "The depot's roughly 1,800 drivers were balloted in spring.\n\n"
            "A shop steward said about 900 drivers work at the depot.",
            ["900 drivers"],
        ),
        # Two hedged sizes of one owner's members, far apart.
        (
            "The academy has about 1,100 pupils.\n\nThe academy's nearly 1,700 pupils sat "
            "the exam.",
            ["1,700 pupils"],
        ),
        # A hedged figure may stand for one a few percent off: not a contradiction.
        (
            "The depot's roughly 1,800 drivers were balloted in spring.\n\n"
            "A shop steward said 1,700 drivers work at the depot.",
            [],
        ),
    ],
)
def test_hedged_sizes(from_text, body, flagged):
    assert _sizes_flagged(from_text, body) == flagged


@pytest.mark.parametrize("quantifier", ["none of its", "each of its", "every one of its", "its"])
def test_quantifier_over_the_sayers_members(from_text, quantifier):
    body = (
        "The trust's workforce of 4,200 was told of the plan.\n\n"
        f"Managers at the trust said {quantifier} 5,000 staff would keep their posts."
    )
    assert _sizes_flagged(from_text, body) == ["5,000 staff"]


def test_change_word_read_whole_past_the_reach(from_text):
    # "join the walkout" takes part in an event; the window round the figure ends inside
    # those words, which are still read to the sentence's end.
    body = (
        "The hospital's 60 porters cover both sites.\n\n"
        "All 75 of the hospital's porters are expected to join the walkout."
    )
    assert _sizes_flagged(from_text, body) == ["75"]
    joined = body.replace("join the walkout", "join from the agency pool")
    assert _sizes_flagged(from_text, joined) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [("takes up", "take up"), ("took up", "took up"), ("has taken up", "have taken up")],
)
def test_shares_a_verb_of_filling_takes(from_text, first, second):
    body = f"Rent {first} 58% of the shop's costs, while wages {second} 49%."
    assert _parts_flagged(from_text, body) == ["49%"]


def test_a_rise_is_still_no_share(from_text):
    body = "Rents went up 58% in the decade and wages went up 49%."
    assert _parts_flagged(from_text, body) == []


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("The bridge company is 64% owned by the province and 47% by a bank.", ["47%"]),
        (
            "The bridge company is 64 pct owned by the province and 47 pct owned by a bank.",
            ["47 pct"],
        ),
        # Owners' shares adding up to the whole, or less, are no slip.
        ("The bridge company is 64% owned by the province and 36% by a bank.", []),
        # Two holdings of two companies, each its own whole.
        ("The bank has a 64% owned unit and a 47% owned unit in the province.", []),
    ],
)
def test_owners_shares_of_one_thing(from_text, body, flagged):
    assert _parts_flagged(from_text, body) == flagged


def test_no_hedge_read_through_after_of(from_text):
    # "the futures of about 50 metals": "X of N" would read "futures" as a group word, and
    # the metals halted on one day as a second size of it.
    body = (
        "The bourse has suspended dealing in the futures of 30 metals on Monday. The bourse "
        "usually lists the futures of about 50 metals, an official said."
    )
    assert _sizes_flagged(from_text, body) == []
