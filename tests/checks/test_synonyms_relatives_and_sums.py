"""CC106 and CC108 in more wordings: two words for one kind of thing, a relative clause
opened by a preposition, the few left out of "all but", a yes and its denial, a whole the
words call a sum, "of which" lines, amounts a budget goes on."""

from __future__ import annotations

import pytest

from claimcheck.checks.figure_two_ways import check_figures_stated_two_ways
from claimcheck.checks.parts_exceed_whole import check_parts_exceed_whole


def _sizes_flagged(from_text, body: str) -> list[str]:
    return [finding.text for finding in check_figures_stated_two_ways(from_text(body))]


def _wholes_flagged(from_text, body: str) -> list[str]:
    findings = check_parts_exceed_whole(from_text(body))
    return [finding.evidence["whole"]["text"] for finding in findings]


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        (
            "A 14-vessel convoy of tugs left the estuary at noon. The harbour master said the "
            "convoy's 19 boats would anchor off the pier overnight.",
            "19 boats",
        ),
        (
            "Building on the 240-home development resumed in June. Deposits have been paid on "
            "all 275 houses on the development.",
            "275 houses",
        ),
        (
            "Nine potholers were lifted out of the shaft on Sunday. The 12 cavers had been "
            "underground since Friday.",
            "12 cavers",
        ),
        (
            "The guild, to which 64 weavers belong, meets in the old corn exchange. The "
            "guild's 75 weavers sell their cloth at the Saturday market.",
            "75 weavers",
        ),
        (
            "All but two of the trawler's 11 crew were lifted off by the lifeboat. The 14 crew "
            "had been at sea for a week.",
            "14 crew",
        ),
    ],
)
def test_one_group_named_in_other_words(from_text, body, flagged):
    assert _sizes_flagged(from_text, body) == [flagged]


@pytest.mark.parametrize(
    "body",
    [
        # A past verb in the relative clause tells an event some of them took part in.
        "The hall, in which 300 guests dined, was full. The hall's 340 guests left at midnight.",
        # Two words for two kinds of thing are two groups.
        "The yard built 14 ships last year. Its 19 cranes stood idle in May.",
        # "All but two of" leaves the eleven whole: one size, said twice.
        "All but two of the trawler's 11 crew were lifted off. The 11 crew had been at sea.",
    ],
)
def test_other_groups_or_one_size_are_not_flagged(from_text, body):
    assert _sizes_flagged(from_text, body) == []


@pytest.mark.parametrize(
    ("body", "whole"),
    [
        (
            "Of the 420 drivers asked, 260 said they felt safe on the night buses, whereas "
            "190 said they did not.",
            "420 drivers",
        ),
        (
            "The two choirs have a combined membership of 150: 90 sing in the town choir and "
            "75 in the cathedral choir.",
            "150",
        ),
        ("* Parcels sorted: 900\n* of which next-day: 560\n* of which standard: 410", "900"),
        (
            "The depot reopened. * Parcels sorted: 900\n* of which next-day: 560\n"
            "* of which standard: 410",
            "900",
        ),
        (
            "The festival's £80,000 budget covers £50,000 in artists' fees and £38,000 in staging.",
            "£80,000",
        ),
        (
            "The library had 2,400 visitors in the week of the fair. Some 1,500 came in the "
            "mornings, while 1,100 came in the afternoons.",
            "2,400 visitors",
        ),
    ],
)
def test_parts_over_the_whole_in_more_wordings(from_text, body, whole):
    assert _wholes_flagged(from_text, body) == [whole]


def test_shares_of_an_owners_counted_whole(from_text):
    body = "Girls make up 57% of the academy's 900 pupils and boys 48%, the inspectors found."
    (finding,) = check_parts_exceed_whole(from_text(body))
    assert finding.text == "48%" and finding.evidence["parts_total"] == 105


def test_shares_answering_two_questions_of_an_owners_whole_are_not_flagged(from_text):
    body = "Some 58% of the region's 1,200 farms expect higher yields and 49% expect losses."
    assert list(check_parts_exceed_whole(from_text(body))) == []


@pytest.mark.parametrize(
    "body",
    [
        # Two answers to two questions: one driver may give both.
        "Of the 420 drivers asked, 260 said they felt safe on the night buses, whereas 190 "
        "said they wanted more lighting.",
        # Lines with no "of which" list figures side by side, not the parts of the first.
        "* Parcels sorted: 900\n* Parcels returned: 560\n* Parcels lost: 410",
        # The parts add up: nothing to flag.
        "The festival's £80,000 budget covers £50,000 in artists' fees and £30,000 in staging.",
    ],
)
def test_parts_within_or_not_of_the_whole_are_not_flagged(from_text, body):
    assert _wholes_flagged(from_text, body) == []


def test_an_aside_opened_by_it_speaks_of_the_sentences_subject(from_text):
    body = (
        "The dredger ran aground off the point (it has 14 crew, the harbour office said) and "
        "was refloated at high tide. All 18 seafarers on the dredger were unhurt."
    )
    assert _sizes_flagged(from_text, body) == ["18 seafarers"]


def test_an_aside_about_another_thing_ties_nothing(from_text):
    body = (
        "The dredger cleared the channel to the marina (it has 14 berths) by noon. All 18 "
        "seafarers on the dredger were paid off on Friday."
    )
    assert _sizes_flagged(from_text, body) == []
