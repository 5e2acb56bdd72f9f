"""CC105: a share of a group stated as more than 100 percent of it."""

from __future__ import annotations

import pytest

from claimcheck.checks.share_over_whole import check_shares_over_whole


def _flag(article, body, figure, **fields):
    value = float(figure.split()[0].removesuffix("%"))
    fields.setdefault("value", value)
    context = article(body).claim(figure, kind="percent", unit="percent", **fields).build()
    return list(check_shares_over_whole(context))


def test_flags_a_share_of_households_above_100_percent(article):
    body = "The water board says it now serves 108 percent of the valley's households."
    (finding,) = _flag(article, body, "108 percent")
    assert finding.rule == "CC105" and finding.severity == "error"
    assert finding.text == "108 percent"
    assert "108 percent of the valley's households" in finding.message
    assert finding.evidence["group"]["text"] == "of the valley's households"
    group = finding.evidence["group"]
    assert body[group["start"] : group["end"]] == group["text"]


@pytest.mark.parametrize(
    ("body", "figure"),
    [
        ("Turnout reached 103% of registered voters in the district.", "103%"),
        ("The fund bought a 115 percent stake in the port operator.", "115 percent"),
        ("Nearly 101 percent of respondents backed the proposal.", "101 percent"),
    ],
)
def test_flags_other_shares_of_a_group(article, body, figure):
    assert len(_flag(article, body, figure)) == 1


@pytest.mark.parametrize(
    ("body", "figure"),
    [
        ("Rents rose 140 percent over the decade.", "140 percent"),
        ("Public debt stands at 118 percent of GDP.", "118 percent"),
        ("The ward ran at 115 percent of capacity all winter.", "115 percent"),
        ("Orders were 125 percent of last year's level.", "125 percent"),
        ("Pay is 130 percent of the regional average.", "130 percent"),
        ("Bookings were up 160 percent of households surveyed.", "160 percent"),
        ("The council serves 96 percent of the valley's households.", "96 percent"),
        ("The plan pays out 120 percent of members' contributions.", "120 percent"),
    ],
)
def test_growth_ratios_and_plausible_shares_are_not_flagged(article, body, figure):
    assert _flag(article, body, figure) == []


def test_a_figure_marked_as_a_change_is_not_flagged(article):
    body = "Membership grew 120 percent of members in a year."
    assert _flag(article, body, "120 percent", change="up") == []


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("The utility now reaches 107 percent of the district's households.", "107 percent"),
        ("The utility now reaches 97 percent of the district's households.", None),
        ("Ticket prices rose 130 percent in two years.", None),
        # Any group, not a list of groups: a plural or collective noun past its modifiers.
        ("Some 112 percent of the valley's beekeepers joined the scheme.", "112 percent"),
        ("The union says 104% of the dockers voted for the strike.", "104%"),
        ("Volunteers now make up 109 per cent of the lifeboat crew.", "109 per cent"),
        ("Women make up 118 per cent of the ward's nursing staff.", "118 per cent"),
        ("Women make up 58 per cent of the ward's nursing staff.", None),
        # Amounts and levels may be exceeded.
        ("Exports reached 115 percent of the quota set in May.", None),
        ("Spending hit 120 percent of the council's budget.", None),
        # A change in an earlier sentence is not a change of this figure.
        ("The hall holds over four hundred. 130% of the members came.", "130%"),
    ],
)
def test_from_article_text(from_text, body, flagged):
    texts = [finding.text for finding in check_shares_over_whole(from_text(body))]
    assert texts == ([flagged] if flagged else [])


def test_a_ratio_to_a_price_is_no_share(from_text):
    body = "The state sold 51 pct of the bank for 145 pct of the public offer price."
    assert list(check_shares_over_whole(from_text(body))) == []
