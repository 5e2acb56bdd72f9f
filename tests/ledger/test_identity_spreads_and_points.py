"""A spread between two measures, and a figure in basis points, are never a rate's level."""

from __future__ import annotations

import pytest
from identity_helpers import figures

_STORY = (
    "Harlow Savings Bank raised its prime rate to 8.5 pct on Tuesday, dealers said.\n"
    '    "Nothing has changed," said Ann Roe, economist at Tamsen Brothers Inc.\n'
    "    She said the spread between banks' cost of funds and the prime rate is now around "
    "{now} compared with {then} in 1986.\n"
)


@pytest.mark.parametrize(
    ("now", "then"),
    [("1.37 pct", "1.53 pct"), ("137 basis points", "a 153 basis point average")],
)
def test_a_spread_between_two_rates_is_not_the_rate_named_last(now, then):
    found = figures(_STORY.format(now=now, then=then))
    assert found["8.5 pct"].identity.what == "prime-rate"
    assert [text for text in found if text != "8.5 pct"] == []


def test_a_rate_in_basis_points_is_no_level_of_the_rate():
    body = (
        "Harlow Savings Bank raised its prime rate to 8.5 pct on Tuesday, dealers said.\n"
        "    Its prime rate is now 140 basis points above the bank's cost of funds, "
        "dealers said.\n"
    )
    found = figures(body)
    assert found["8.5 pct"].identity.what == "prime-rate"
    assert "140 basis points" not in found
