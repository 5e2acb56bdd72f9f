"""CC104: durations against a start read by what the words do: "no fewer than" and "no more
than" as the bound they set (not as "fewer than", "more than"); "from D until now" (or "till
this day") runs a span up to now; a time "on" opening a sentence counts from the event the
rest of the sentence dates by a noun ("the flood of June 2023"); "On day N of" a period
tells a day gone by or today, so only a day not reached yet is wrong."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # A negated comparison is the other bound: "no fewer than N" is at least N.
        (
            "The ward has been shut to visitors for no fewer than 30 weeks, since an outbreak "
            "on Feb. 2.",
            ["no fewer than 30 weeks"],
        ),
        (
            "The ward has been shut to visitors for no fewer than 12 weeks, since an outbreak "
            "on Feb. 2.",
            [],
        ),
        # ("fewer than 30 weeks" alone is true of 14 weeks)
        (
            "The ward has been shut to visitors for fewer than 30 weeks, since an outbreak "
            "on Feb. 2.",
            [],
        ),
        (
            "The ward has been shut to visitors for no more than 4 weeks, since an outbreak "
            "on Feb. 2.",
            ["no more than 4 weeks"],
        ),
        (
            "The ward has been shut to visitors for no more than 16 weeks, since an outbreak "
            "on Feb. 2.",
            [],
        ),
        # "until now" runs the span up to the present; "until" a date closes it.
        ("From Feb. 2 until now, 30 weeks in all, no train has used the line.", ["30 weeks"]),
        ("From Feb. 2 until now, 14 weeks in all, no train has used the line.", []),
        ("The line has carried no train from Feb. 2 till this day, 30 weeks.", ["30 weeks"]),
        ("The ferry ran from Feb. 2 until April 1, 30 weeks in all, and has not sailed since.", []),
        # "N months on" opening a sentence, the event dated by its noun later in it.
        (
            "Thirty months on, the families of those lost in the flood of June 2023 still wait "
            "for news.",
            ["Thirty months"],
        ),
        (
            "Eleven months on, the families of those lost in the flood of June 2023 still wait "
            "for news.",
            [],
        ),
        ("Thirty months on, sales at the end of June 2023 are still low.", []),
        (
            "Thirty months on, the families of those lost in the flood of June 2023 found new "
            "homes.",
            [],
        ),
        # "On day N of": a day gone by may be told, one not reached yet may not.
        ("On day 200 of the strike, which began on Jan. 3, talks resumed.", ["day 200"]),
        ("On day 40 of the strike, which began on Jan. 3, talks resumed.", []),
        ("It is day 40 of the strike, which began on Jan. 3.", ["day 40"]),
    ],
)
def test_spans_read_by_what_the_words_do(duration_findings, body, flagged):
    assert duration_findings(body) == flagged
