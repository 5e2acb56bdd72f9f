"""Weekdays and months printed in lower case, as a wire story set all in small letters prints
them, are read as their capitalised forms are; "may", "march" and "august" stay words.
Sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from claimcheck.extract.dates import find_dates

# A Friday.
BASE = date(1991, 5, 17)


def _values(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.value) for m in find_dates(text, BASE)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the ministry lifted the ban on tuesday, a spokesman said.", ("tuesday", "1991-05-14")),
        ("the envoy will be back in the capital on monday.", ("monday", "1991-05-20")),
        ("hog prices were steady with wednesday's close.", ("wednesday's", "1991-05-15")),
        ("the talks broke down last thursday over tariffs.", ("last thursday", "1991-05-16")),
    ],
)
def test_a_lower_case_weekday_is_a_day(text: str, expected: tuple[str, str]) -> None:
    assert expected in _values(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the surplus was 40 mln dlrs in january 1990.", ("january 1990", "1990-01")),
        ("imports slowed in february, the bank said.", ("february", "1991-02")),
        ("the board meets again on june 3 to set quotas.", ("june 3", "1991-06-03")),
        ("the accord was signed last november.", ("last november", "1990-11")),
        ("sales in the four weeks ended april 27 rose.", ("april 27", "1991-04-27")),
    ],
)
def test_a_lower_case_month_is_a_date(text: str, expected: tuple[str, str]) -> None:
    assert expected in _values(text)


@pytest.mark.parametrize(
    "text",
    [
        "prices may ease once the harvest is in.",
        "the unions plan to march on the ministry.",
        "an august gathering of bankers met in the city.",
    ],
)
def test_may_march_and_august_in_lower_case_stay_words(text: str) -> None:
    assert _values(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "the strike began on wednesday and ended in january.",
        "shipments for december and november were revised.",
    ],
)
def test_lower_case_reads_as_the_capitalised_copy(text: str) -> None:
    capitalised = " ".join(w.capitalize() if w in _NAMES else w for w in text.split())
    assert [m.value for m in find_dates(text, BASE)] == [
        m.value for m in find_dates(capitalised, BASE)
    ]
    assert len(find_dates(text, BASE)) == 2


_NAMES = {"wednesday", "january", "december", "november"}


def test_a_capitalised_paper_name_is_still_no_day() -> None:
    # The guard for names like a Sunday paper keeps working beside the lower-case reading.
    assert _values("The Sunday Post carried the story.") == []


def test_a_lower_case_weekday_before_a_date_joins_it() -> None:
    # The weekday names the day written after it, not the nearest such day before.
    found = _values("on monday, May 27, the new shares start trading.")
    assert found == [("monday, May 27", "1991-05-27")]
