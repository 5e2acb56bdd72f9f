"""CC104: spans counted back from now that news copy restates by their start: a first whose
noun phrase is long ("the first nationwide stoppage by ferry crews in N years - the last one
was in YYYY"), a negation on the object ("has made no repayment of principal in N years,
not since YYYY"), a record over a span ("at its lowest in N years, since Month YYYY", only
from a start set right beside it), and a compound term whose noun takes a phrase before
"since" ("a N-year cap on water bills since Month YYYY", with or without its hyphen)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # A first whose noun phrase runs past the window a future "in N years" is read in.
        (
            "This is the first nationwide stoppage by ferry crews in 30 years - the last one was "
            "in 2010.",
            ["30 years"],
        ),
        (
            "This is the first nationwide stoppage by ferry crews in 14 years - the last one was "
            "in 2010.",
            [],
        ),
        # The negation on the object: "has made no ... in N years".
        (
            "The treasury has made no repayment of principal in thirty years, not since 2010.",
            ["thirty years"],
        ),
        (
            "The treasury has made no repayment of principal in fourteen years, not since 2010.",
            [],
        ),
        # ("will make no repayment in five years" is to come)
        ("The treasury will make no repayment in thirty years, a minister warned in 2010.", []),
        # A record over a span, its start set right beside it.
        ("Unemployment is at its lowest in 30 years, since March 2010.", ["30 years"]),
        ("Unemployment is at its lowest in 14 years, since March 2010.", []),
        # (a later clause's "since" is its own, and a "since" before the record is not its)
        ("The yen is at its highest in 30 years and has risen since March 2010.", []),
        ("Since March 2010 the yen has stood at its highest in 30 years.", []),
        # A compound term whose noun takes a phrase before "since".
        (
            "Households have been living with a nine-year cap on their water bills since "
            "March 2020.",
            ["nine-year"],
        ),
        (
            "Households have been living with a four-year cap on their water bills since "
            "March 2020.",
            [],
        ),
        (
            "Households have been living with a nine year cap on their water bills since "
            "March 2020.",
            ["nine year"],
        ),
        # (a spaced term of a rate, with no "since" after its noun, stays a term)
        ("The bank's seven day deposit rate was cut in March 2020.", []),
    ],
)
def test_spans_restated_by_their_start(duration_findings, body, flagged):
    assert duration_findings(body) == flagged
