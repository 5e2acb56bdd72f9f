"""Readings of issue 15: an attached "m" before a capitalised plural of people ("1.6m
Britons", "3m Londoners", "2m Sudanese") counts millions of them, while a length stays a
length before a place, an event, a brand after "a" or a track race named as the event."""

from datetime import datetime

import pytest
from figure_helpers import figures_and_units


def figures(text: str) -> list[tuple[str, float | None, str | None]]:
    return figures_and_units(text, published=datetime(2011, 6, 1))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nearly 1.6m Britons booked a holiday abroad.", ("1.6m Britons", 1_600_000, "briton")),
        ("Each day 3m Londoners ride the buses.", ("3m Londoners", 3_000_000, "londoner")),
        ("Roughly 2m Americans changed insurer.", ("2m Americans", 2_000_000, "american")),
        ("The census counted 5m Muslims.", ("5m Muslims", 5_000_000, "muslim")),
        ("Some 2m Iraqis had left their homes.", ("2m Iraqis", 2_000_000, "iraqi")),
        ("Over 2.5m Kenyans queued to vote.", ("2.5m Kenyans", 2_500_000, "kenyan")),
    ],
)
def test_a_capitalised_plural_of_people_counts_millions(
    text: str, expected: tuple[str, float, str]
) -> None:
    assert figures(text) == [expected]


def test_plurals_in_ese_and_men_count_millions_too() -> None:
    assert [value for _, value, _ in figures("At least 2m Sudanese were uprooted.")] == [2e6]
    assert [value for _, value, _ in figures("About 1m Englishmen enlisted.")] == [1e6]


def test_the_same_count_reads_alike_with_the_scale_spelt_out() -> None:
    short = figures("Last year 4.5m Scots went to the polls.")
    spelt = figures("Last year 4.5 million Scots went to the polls.")
    assert [(value, unit) for _, value, unit in short] == [(4.5e6, "scot")]
    assert [(value, unit) for _, value, unit in spelt] == [(4.5e6, "scot")]


@pytest.mark.parametrize(
    "text",
    [
        "She finished fourth in the 400m Olympic final.",  # an adjective, no plural
        "He took delivery of a 65m Sunseeker in May.",  # a model after a length
        "A 50m Lloyds loan was refused.",  # a name after "a": one thing that long
        "Engineers planned a 300m Thames crossing.",  # a river
        "The 30m Alps tunnel opened.",  # a range of mountains
        "She won 100m Paralympics gold.",  # an event
        "Crowds saw the 800m Worlds in Doha.",  # an event
        "The 400m Americans took the relay.",  # runners of a race named as the event
        "He won the 10m Jones Cup.",  # a longer name goes on
    ],
)
def test_a_length_before_a_name_stays_a_length(text: str) -> None:
    assert [unit for _, _, unit in figures(text)] == ["meter"]


def test_a_city_named_in_the_plural_is_no_group_of_people() -> None:
    assert [unit for _, _, unit in figures("They walked the 20m Athens promenade.")] == ["meter"]


def test_a_championship_in_capitals_after_a_named_track_race_is_no_count() -> None:
    assert figures("He won the men's 800m AAAs crown again.") == [("800m", 800, "meter")]
    assert figures("The label shipped 3m CDs.") == [("3m CDs", 3_000_000, "cd")]
