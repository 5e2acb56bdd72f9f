"""Months in lists put in calendar order, a past verb before a month or a day, a month named
beside its partner in a span, "Come <year>," and a gap of ages; sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from claimcheck.extract.dates import find_dates

# Written in mid-March: April and May lie within the two months read as coming.
BASE = date(1991, 3, 14)


def _values(text: str, base: date | None = BASE) -> dict[str, str | None]:
    return {m.text: m.value for m in find_dates(text, base)}


def test_a_list_of_months_ahead_runs_forward_in_one_year() -> None:
    text = "The cargoes are due to load in April, June, July and September."
    assert _values(text) == {
        "April": "1991-04",
        "June": "1991-06",
        "July": "1991-07",
        "September": "1991-09",
    }


def test_a_list_crossing_the_turn_of_the_year_goes_on_into_the_next() -> None:
    text = "The tender asks for sugar in November, December, January and February."
    assert _values(text, date(1991, 10, 8)) == {
        "November": "1991-11",
        "December": "1991-12",
        "January": "1992-01",
        "February": "1992-02",
    }


def test_a_cycle_opened_by_a_month_far_ahead_keeps_each_coming_month() -> None:
    # Written in mid-March: the next January is ten months off, April only weeks.
    text = "Contracts will expire in January, April, July and October."
    assert _values(text) == {
        "January": "1992-01",
        "April": "1991-04",
        "July": "1991-07",
        "October": "1991-10",
    }


def test_a_closing_last_year_is_the_year_of_every_member() -> None:
    text = "Output matched the peak it reached in April, June, October and November last year."
    values = _values(text)
    assert [values["April"], values["June"], values["October"]] == [
        "1990-04",
        "1990-06",
        "1990-10",
    ]
    assert values["November last year"] == "1990-11"


def test_a_closing_stated_year_is_the_year_of_every_member() -> None:
    text = "Rail traffic slowed in May, August, and October of 1988."
    assert _values(text) == {"May": "1988-05", "August": "1988-08", "October of 1988": "1988-10"}


def test_a_list_in_the_past_is_left_as_read() -> None:
    text = "Prices fell in June, August and December, the bureau said."
    assert _values(text) == {"June": "1990-06", "August": "1990-08", "December": "1990-12"}


def test_a_list_out_of_calendar_order_is_left_as_read() -> None:
    # August, then back to July: a list compared, no run through the calendar.
    text = "Stocks were highest in August, July and September."
    assert _values(text) == {"August": "1990-08", "July": "1990-07", "September": "1990-09"}


def test_two_months_joined_by_and_alone_are_no_list() -> None:
    # No comma: a pair compared, kept as each is read.
    assert _values("Sales were weak in May and in January.") == {
        "May": "1991-05",
        "January": "1991-01",
    }


def test_a_participle_before_a_month_in_a_forward_looking_clause_is_gone_by() -> None:
    text = "The ministers would first review the accord signed in September."
    assert _values(text) == {"September": "1990-09"}


def test_a_past_tense_before_a_month_within_the_coming_two_is_gone_by() -> None:
    assert _values("Yields fell to a low touched in mid-April.") == {"mid-April": "1990-04"}


@pytest.mark.parametrize(
    "text",
    [
        "The sale should be completed in April.",
        "A ruling is expected in May.",
        "The trial will be\nheard in May.",
    ],
)
def test_a_passive_or_an_expectation_before_a_month_still_looks_ahead(text: str) -> None:
    (value,) = _values(text).values()
    assert value in {"1991-04", "1991-05"}


def test_a_future_clause_keeps_a_month_close_ahead_after_a_past_verb() -> None:
    text = "The drought will only end when the first rains fell in late April."
    assert _values(text) == {"late April": "1991-04"}


def test_a_season_that_began_on_a_day_weeks_ahead_in_the_calendar_began_last_year() -> None:
    assert _values("The marketing year for barley began May 1.") == {"May 1": "1990-05-01"}


@pytest.mark.parametrize(
    "text",
    [
        "Holders registered May 2 will receive the bonus shares.",
        "Directors fixed April 30 as the day of record.",
    ],
)
def test_a_participle_naming_a_day_to_come_keeps_it_ahead(text: str) -> None:
    (value,) = _values(text).values()
    assert value in {"1991-05-02", "1991-04-30"}


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Rains are awaited in the May-October monsoon.", "May"),
        ("The 1990/91 August-July marketing year ends soon.", "August"),
        ("The quota covers the (March-June) window only.", "March"),
    ],
)
def test_the_first_month_of_a_pair_is_read_even_when_its_name_is_a_word(
    text: str, first: str
) -> None:
    assert first in _values(text)


def test_may_as_a_modal_before_a_slash_is_not_read() -> None:
    assert _values("Traders may/might sell.") == {}


def test_come_before_a_year_and_its_comma_names_that_year() -> None:
    text = "Pension costs are climbing. Come 2035, half the budget may go on them."
    assert _values(text) == {"2035": "2035"}


def test_a_label_before_a_number_stays_no_year() -> None:
    assert _values("Gate 2035 was closed for repairs.") == {}


@pytest.mark.parametrize(
    "text",
    ["Her deputy is a year her junior.", "He is a year older than his rival."],
)
def test_a_gap_of_ages_is_a_length_of_a_year(text: str) -> None:
    assert _values(text, None) == {"a year": "P1Y"}


def test_months_of_that_year_take_the_year_named_before_them() -> None:
    text = (
        "The first ferry arrives in March 1993 and the others in May, July and August of that year."
    )
    values = _values(text)
    assert [values["May"], values["July"], values["August"], values["that year"]] == [
        "1993-05",
        "1993-07",
        "1993-08",
        "1993",
    ]


def test_a_single_month_of_the_same_year_takes_that_year() -> None:
    text = "Coffee hit a low in February 1986 and a high in November of the same year."
    values = _values(text)
    assert [values["November"], values["the same year"]] == ["1986-11", "1986"]


def test_that_year_with_no_year_named_in_its_paragraph_is_left_as_read() -> None:
    text = "Sales slowed in 1984.\n    Output peaked in June of that year."
    before = {m.text: m.value for m in find_dates("Output peaked in June of that year.", BASE)}
    assert _values(text)["June"] == before["June"]
