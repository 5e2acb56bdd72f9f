"""CC104: spans closed by an end date the sentence gives, working days counted Monday to
Friday, counts told in two units ("11 weeks and 3 days"), a start counted back in weeks
("which opened a fortnight ago") and a week of a period told after "In" ("In week 9 of")."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # A span between a dated start and a dated end is measured to the end, not to the
        # report (May 13, 2024).
        ("The dock strike started on Oct. 2 and ended on Nov. 27 after 8 weeks.", []),
        ("The dock strike started on Oct. 2 and ended on Nov. 27 after 3 weeks.", ["3 weeks"]),
        (
            "Closed on March 3, 2022, the pool had been shut for 6 months when it reopened "
            "on Sept. 1, 2022.",
            [],
        ),
        (
            "Closed on March 3, 2022, the pool had been shut for 14 months when it reopened "
            "on Sept. 1, 2022.",
            ["14 months"],
        ),
        (
            "The curfew, imposed on Jan. 9, 2023, was lifted on April 2, 2023, after 12 weeks.",
            [],
        ),
        (
            "The curfew, imposed on Jan. 9, 2023, was lifted on April 2, 2023, after 30 weeks.",
            ["30 weeks"],
        ),
        # Working, business and trading days skip the weekends: April 15 to May 13 is 20
        # weekdays but 28 days.
        ("The archive has stayed shut for 20 working days since a flood on April 15.", []),
        (
            "The archive has stayed shut for 28 working days since a flood on April 15.",
            ["28 working days"],
        ),
        (
            "The stock has slipped on 19 straight trading days since the audit warning of "
            "April 15.",
            [],
        ),
        # (calendar days are still counted whole)
        ("The archive has stayed shut for 28 days since a flood on April 15.", []),
        # A count in two units is one span: Feb. 19 to May 13 is 12 weeks and 1 day.
        ("The divers have searched for 12 weeks and 1 day, since the trawler sank on Feb. 19.", []),
        (
            "The divers have searched for 19 weeks and 1 day, since the trawler sank on Feb. 19.",
            ["19 weeks and 1 day"],
        ),
        ("It is four years and two months since the consulate shut in March 2020.", []),
        (
            "It is seven years and two months since the consulate shut in March 2020.",
            ["seven years and two months"],
        ),
        # A start counted back in weeks, headed by a start word.
        ("The sit-in, which opened a fortnight ago, has entered its third week.", []),
        (
            "The sit-in, which opened a fortnight ago, has entered its seventh week.",
            ["seventh week"],
        ),
        # "In week N of" tells a week of the period, gone by or this one: only a week not
        # reached yet is wrong.
        (
            "In week 25 of the blockade, which began on Jan. 8, the port ran out of fuel.",
            ["week 25"],
        ),
        ("In week 4 of the blockade, which began on Jan. 8, the port ran out of fuel.", []),
        ("The blockade, which began on Jan. 8, is in week 4.", ["week 4"]),
    ],
)
def test_closed_spans_working_days_and_two_unit_counts(duration_findings, body, flagged):
    assert duration_findings(body) == flagged
