"""CC104: "when" right after a verb of starting heads the start's own clause ("the 20-week
walkout that began when porters left their posts on March 4"), so the date that clause
names dates the term; "when" after any other verb, and "after", still name another event."""

from __future__ import annotations

import pytest

from claimcheck.checks.duration_start import check_duration_starts

# March 4 to June 17, 2024: 15 weeks.
MID_JUNE = "2024-06-17T09:00:00"


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # a stand-off has no planned length: longer than the time since its start is wrong
        ("Mediators will meet on Friday over the 24-week stand-off that began when porters "
         "left their posts on March 4.", True),
        ("Mediators will meet on Friday over the 15-week stand-off that began when porters "
         "left their posts on March 4.", False),
        # a term said to go on is its age so far, either way
        ("The 9-week boycott, which started when shoppers turned away on March 4, goes on.",
         True),
        ("The 15-week boycott, which started when shoppers turned away on March 4, goes on.",
         False),
        ("Talks on Friday aim to end the 26-week row that erupted when the council shut "
         "the library on March 4.", True),
        ("Talks on Friday aim to end the 15-week row that erupted when the council shut "
         "the library on March 4.", False),
        # "after" still relates another event, whatever verb stands before it
        ("The 26-week blockade, which started after lorries parked across the road on "
         "March 4, continues.", False),
        # "when" after another verb is another event, not the start
        ("The 26-week blockade, which hardened when lorries parked across the road on "
         "March 4, continues.", False),
    ],
)  # fmt: skip
def test_a_start_told_by_a_when_clause(from_text, body, flagged):
    findings = list(check_duration_starts(from_text(body, MID_JUNE)))
    assert bool(findings) is flagged
