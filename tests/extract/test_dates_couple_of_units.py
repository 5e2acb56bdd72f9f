""" "couple of" with no article before a unit of time counts as "a couple of" does: after "the
last", "the next", "another". Sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from claimcheck.extract.dates import find_dates

BASE = date(2004, 11, 9)


def _read(text: str) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.type, m.value) for m in find_dates(text, BASE)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Costs have doubled over the last couple of years.",
            ("the last couple of years", "date", "PAST_REF"),
        ),
        (
            "Trade was thin in the past couple of weeks.",
            ("the past couple of weeks", "date", "PAST_REF"),
        ),
        (
            "The club will decide in the next couple of days.",
            ("the next couple of days", "duration", "PXD"),
        ),
        (
            "He expects to stay for another couple of years.",
            ("couple of years", "duration", "PXY"),
        ),
    ],
)
def test_couple_of_before_a_unit_is_a_vague_count(
    text: str, expected: tuple[str, str, str | None]
) -> None:
    assert expected in _read(text)


def test_the_past_is_not_read_apart_from_its_count() -> None:
    # Before, "the past" alone was read as a vague past and the count left out.
    assert ("the past", "date", "PAST_REF") not in _read("Rates rose in the past couple of months.")


def test_a_couple_of_people_is_no_time() -> None:
    assert _read("A couple of dealers said the market was quiet.") == []
