"""Figures in findings' messages read as an editor writes them: never in exponent form."""

from __future__ import annotations

import pytest

from claimcheck.checks.helpers import message_number
from claimcheck.checks.parts_exceed_whole import check_parts_exceed_whole


@pytest.mark.parametrize(
    ("value", "printed"),
    [
        (12.0, "12"),
        (100.60000000000001, "100.6"),
        (0.25, "0.25"),
        (2500.0, "2500"),
        (340_000.0, "340,000"),
        (340_000_000.0, "340,000,000"),
        (1_250_000.5, "1,250,000.5"),
    ],
)
def test_message_numbers_are_short_and_never_in_exponent_form(value, printed):
    assert message_number(value) == printed


def test_parts_of_a_large_sum_are_totalled_in_full(from_text):
    body = "The trust's $2.5 billion fund covers $1.8 billion in grants and $0.9 billion in loans."
    (finding,) = check_parts_exceed_whole(from_text(body))
    assert "= 2,700,000,000," in finding.message
    assert "e+0" not in finding.message
