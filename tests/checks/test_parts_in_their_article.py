"""CC108 read inside a whole article: the sentences around a list of parts must not decide
whether the list is one."""

from __future__ import annotations

import pytest

from claimcheck.checks.parts_exceed_whole import check_parts_exceed_whole


def _found(from_text, body: str) -> list[str]:
    return [finding.text for finding in check_parts_exceed_whole(from_text(body))]


_LIST = "The inquiry heard from 240 witnesses, namely 130 police officers and 125 hospital porters."


@pytest.mark.parametrize(
    "following",
    [
        "",
        "The minister left early.",
        "She went away.",
        "The report will go to the health board for further action.",
        "He declined to comment on the findings.",
        "Shares in the company closed higher on Friday.",
    ],
)
def test_the_sentence_after_the_last_part_does_not_describe_it(from_text, following):
    # The last part's words stop at its full stop: whatever the article says next, the
    # list is read the same.
    body = f"Staff were told on Monday.\n\n{_LIST}\n\n{following}\n"
    assert _found(from_text, body) == ["240 witnesses"]


@pytest.mark.parametrize(
    "body",
    [
        # A bare last part closing its sentence: its label before it, after a comma.
        "Rangers counted 95 birds on the island; gulls made up 50 of them and terns, 48.\n\n"
        "The survey ends in June.",
        # A bare last part in a sentence of its own: its subject and verb before it.
        "The theatre sold 300 tickets to members. Students bought 220. All told, 480 tickets "
        "were sold.\n\nThe run ends in June.",
        # A bare part with its own label written with the figure.
        "Jobs at the depot: 400 total - 260 full-time, 170 part-time.\n\nThe depot opened in 1990.",
    ],
)
def test_a_bare_last_part_is_described_by_its_own_words(from_text, body):
    assert _found(from_text, body)


def test_a_list_whose_parts_may_overlap_stays_quiet_whatever_follows(from_text):
    # One verb for both parts: the same people may be in both; the next sentence's words
    # do not make them a partition.
    body = (
        "The garage tested 120 cars; 70 failed the brake test and 65 failed the light test."
        "\n\nOwners were sent letters."
    )
    assert _found(from_text, body) == []


_SHARES = (
    "Some 58% of the drivers voted to accept the offer.",
    "Another 49% rejected it, the union said.",
)
_RINGED = (
    "Rangers ringed 41 swans and 36 geese on the estuary.",
    "The trust said 70 birds had been ringed in all.",
)


@pytest.mark.parametrize(
    ("ends", "between", "expected"),
    [
        # A percentage of change between two shares of one group is a movement, not a share
        # of another whole: "Another N%" still adds to the share before it.
        (_SHARES, "Turnout rose 4.2 per cent on the last ballot.", ["49%"]),
        (_SHARES, "Membership fees rose 3% in January.", ["49%"]),
        # A share of something else between: the shares are not added.
        (_SHARES, "The firm holds 30% of the regional market.", []),
        # A sentence holding one count of another thing is no list a whole "in all" could
        # sum up: the parts before it are read.
        (_RINGED, "Exports of machine tools rose to 12,400 units last year.", ["70 birds"]),
        (_RINGED, "The survey polled 2,000 households.", ["70 birds"]),
        # Two counts listed between: a list of other things, nearer the whole than the parts.
        (_RINGED, "The survey polled 2,000 households and 300 farms.", []),
    ],
)
def test_a_sentence_between_two_halves_of_a_statement(from_text, ends, between, expected):
    first, last = ends
    assert _found(from_text, f"{first}\n\n{between}\n\n{last}") == expected
