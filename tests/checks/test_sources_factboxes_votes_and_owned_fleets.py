"""CC108: parts told by the places a count named before them, "the other" of two, a factbox
of lines without full stops, a part's change in commas, a sum met by sources, a candidate's
votes against a rival's, things handed back. CC106: a group word fronted with "with", a
group owned through "runs", "its" of a sayer, joining an event."""

from __future__ import annotations

import pytest

from claimcheck.checks.figure_two_ways import check_figures_stated_two_ways
from claimcheck.checks.parts_exceed_whole import check_parts_exceed_whole

LEAD = "The council met on Monday, a spokeswoman said. "


def parts_findings(from_text, text: str) -> list:
    return list(check_parts_exceed_whole(from_text(LEAD + text)))


def size_findings(from_text, text: str) -> list:
    return list(check_figures_stated_two_ways(from_text(LEAD + text)))


@pytest.mark.parametrize(
    "template",
    [
        "Crews led {whole} tenants out of two hostels, 140 from one and 95 from the other, "
        "before the roof gave way.",
        "The {whole} pilgrims travelled from two ports, 140 from Bari and 95 from Genoa.",
    ],
)
def test_parts_told_by_the_places_a_count_named(from_text, template):
    assert len(parts_findings(from_text, template.format(whole=210))) == 1
    assert parts_findings(from_text, template.format(whole=250)) == []


def test_a_factbox_of_lines_without_full_stops(from_text):
    box = "Cars checked at the border:\nPassed: 61\nTurned back: 44\nTotal: {whole}"
    assert len(parts_findings(from_text, box.format(whole=90))) == 1
    assert parts_findings(from_text, box.format(whole=105)) == []


def test_a_part_s_change_in_commas_is_no_part(from_text):
    text = (
        "Of the {whole} apprentices taken on this spring, 130 were girls, up from 90 the "
        "spring before, and 115 were boys."
    )
    assert len(parts_findings(from_text, text.format(whole=220))) == 1
    assert parts_findings(from_text, text.format(whole=245)) == []


def test_a_sum_met_by_the_amounts_after_it(from_text):
    text = (
        "The £{whole}m price of the new depot will be met by £70m from the county and £45m "
        "from the rail operator."
    )
    assert len(parts_findings(from_text, text.format(whole=100))) == 1
    assert parts_findings(from_text, text.format(whole=115)) == []


def test_votes_against_a_rival_s_and_the_votes_cast(from_text):
    text = "Pennock polled 6,400 votes to Hartigan's 5,100, with {whole} cast."
    assert len(parts_findings(from_text, text.format(whole="10,900"))) == 1
    assert parts_findings(from_text, text.format(whole="11,700")) == []


def test_things_handed_back_are_an_outcome_not_a_later_stage(from_text):
    handed = (
        "The pound collected {whole} stray cats last year. Some 150 were adopted and 90 "
        "were returned to their owners."
    )
    assert len(parts_findings(from_text, handed.format(whole=200))) == 1
    assert parts_findings(from_text, handed.format(whole=240)) == []
    # ("returned" alone still tells a later stage: some of those laid off came back)
    later = "The mill laid off 200 workers. Some 150 left the town and 90 later returned."
    assert parts_findings(from_text, later) == []


def test_a_group_word_fronted_with_with_is_the_subject_s(from_text):
    text = (
        "The pilot boat's 9-man crew put to sea at dawn. Fog lifted by noon. With a crew of "
        "{size}, the pilot boat reached the stranded tanker."
    )
    assert len(size_findings(from_text, text.format(size=6))) == 1
    assert size_findings(from_text, text.format(size=9)) == []
    # (a group word of another noun than the subject's: "a team of divers" for the police)
    other = (
        "The pilot boat's 9-man crew put to sea at dawn. With a team of 6 divers, the "
        "police searched the harbour."
    )
    assert size_findings(from_text, other) == []


def test_a_fleet_run_by_a_sayer_and_all_of_its_vessels(from_text):
    text = (
        "The haulier runs a fleet of 30 barges on the canal. Trade was slow. The haulier "
        "said all {size} of its vessels were moored for the winter."
    )
    assert len(size_findings(from_text, text.format(size=38))) == 1
    assert size_findings(from_text, text.format(size=30)) == []
    # ("its" after another sayer: that sayer's vessels, not the haulier's)
    other = text.format(size=38).replace("The haulier said", "The lock keeper said")
    assert size_findings(from_text, other) == []


def test_joining_an_event_is_no_change_of_size(from_text):
    text = (
        "The depot has 40 drivers for its 25 routes. Fares rose. The depot's 52 drivers "
        "will join {what} on Friday."
    )
    assert len(size_findings(from_text, text.format(what="a regional strike"))) == 1
    # (joining the group itself may change its size)
    assert size_findings(from_text, text.format(what="the depot's staff")) == []
