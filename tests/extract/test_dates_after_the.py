"""After "the", the date scanner tries only the shapes its next word can go on with.

Each restricted alternation must read exactly what the whole alternation of the shapes "the"
starts reads, for every next word it is chosen for and whatever follows that word.
"""

from __future__ import annotations

import re

import pytest

from claimcheck.extract import dates
from claimcheck.extract.dates import find_dates

# What may follow the next word: continuations each shape accepts, and some none accepts.
CONTINUATIONS = [
    "",
    " quarter",
    " quarters",
    " fiscal quarter",
    " fiscal 1986 quarter",
    " half of 1987",
    " period",
    " recent quarter",
    " recent period, said",
    " most recent quarter",
    " century",
    " nineteenth century",
    " three months",
    " two weeks",
    " few years",
    " 12 months",
    " day",
    " week",
    " month",
    " year",
    " year ago",
    " fiscal year",
    " financial year",
    " calendar year",
    "-end",
    "-end 1986",
    "'s end",
    "-ago quarter",
    "-earlier period",
    " as a whole",
    " to date",
    " 1999",
    " nineteen ninety-nine",
    " two thousand and three",
    " future",
    " near future",
    " before yesterday",
    " after tomorrow",
    " before last",
    " months",
    " fiscal 1987",
    " recent years",
    " century's end",
    " of the year",
    " of the year 1987",
    " of the month",
    " of March",
    " of March 1987",
    " of 1987",
    " of the season",
    " of the century",
    " of the third quarter",
    " of last year",
    " of this week",
    " of spring",
    " of the summer",
    " of summer 1987",
    " of next week",
    " of the nineteenth century",
    " of the 19th century",
    "-ago",
    "-earlier",
    " of the 1980s",
    "-1990s",
    " 1980s",
    "-nineties",
    " twenties",
    " summer",
    " summer of 1987",
    "-summer",
    " twentieth century",
    "-19th century",
    " in the year",
    " past",
    " weekend",
    " day before yesterday",
    " day after tomorrow",
    " same day",
    " same quarter a year ago",
    " entire year",
    " whole fiscal year",
    " full year",
    " latest quarter",
    " previous year",
    " prior period",
    " coming weeks",
    " following year",
    " third quarter",
    " second half",
    " fourth-quarter",
    " time",
    " of them",
    " winner",
    ", and",
    "-ever",
    "ly",
]


def _reading(match: re.Match[str] | None) -> tuple | None:
    if match is None:
        return None
    groups = {name: value for name, value in match.groupdict().items() if value is not None}
    return match.span(), match.lastgroup, groups


@pytest.mark.parametrize("word", sorted(dates._SHAPES_AFTER_THE))
@pytest.mark.parametrize("case", [str.lower, str.capitalize, str.upper])
def test_the_shapes_after_a_word_read_as_all_the_shapes_of_the(word, case) -> None:
    restricted = dates._MASTER_AFTER_THE[word]
    for rest in CONTINUATIONS:
        text = case(f"the {word}{rest}") + " now."
        expected = _reading(dates._THE_MASTER.match(text))
        got = None if restricted is None else _reading(restricted.match(text))
        assert got == expected, text
        # and as the whole alternation of every shape reads it
        assert _reading(dates._MASTER.match(text)) == expected, text


def test_the_table_names_shapes_in_their_priority_order() -> None:
    order = [name for name, _ in dates._ALTERNATIVES]
    for shapes in dates._SHAPES_AFTER_THE.values():
        names = shapes.split()
        assert all(name in order for name in names)
        assert names == sorted(names, key=order.index)


def test_dates_after_the_are_read_through_the_table() -> None:
    text = (
        "Profit in the most recent quarter rose, the same day the final quarter closed; "
        "over the past three months and the year as a whole, the other two fell."
    )
    found = [(m.text, m.granularity) for m in find_dates(text, None)]
    assert ("the most recent quarter", "quarter") in found
    assert ("the final quarter", "quarter") in found
    assert ("the past three months", "month") in found
    assert ("the year as a whole", "year") in found
    assert not any("other" in text for text, _ in found)
