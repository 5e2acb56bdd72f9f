"""A figure before a singular "week ago" or "year ago" (the wire's weekly statistics) is no span
of time, and an age range written with "year olds" is one claim, not an age and a duration."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from claimcheck.extract.claims import extract_claims
from claimcheck.extract.dates import find_dates
from claimcheck.extract.quantities import find_quantities
from claimcheck.input.articles import Article

PUBLISHED = datetime(2031, 9, 17, 12, tzinfo=UTC)  # a Wednesday


def _claims(text: str) -> list[tuple[str, str, float | None, str | None]]:
    claims = extract_claims(Article(id="t", body=text, published=PUBLISHED))
    return [(claim.kind, claim.text, claim.value, claim.unit) for claim in claims]


# --- a figure before a singular unit and "ago" ------------------------------------------


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        (
            "Pig arrivals at the yards came to 41,500 head versus 39,800 week ago and"
            " 44,250 year ago.",
            [("41,500 head", 41500), ("39,800", 39800), ("44,250", 44250)],
        ),
        (
            "The mill ground 7,300 tonnes vs 6,950 month ago.",
            [("7,300 tonnes", 7300), ("6,950", 6950)],
        ),
        (
            "Inspectors graded 820 carcasses, compared with 760 week ago.",
            [("820 carcasses", 820), ("760", 760)],
        ),
    ],
)
def test_a_figure_compared_before_week_ago_counts_what_the_figure_before_counts(text, figures):
    claims = _claims(text)
    assert not [c for c in claims if c[0] == "duration"]
    quantities = [(t, v) for kind, t, v, _ in claims if kind == "quantity"]
    assert quantities == figures
    units = {unit for kind, _, _, unit in claims if kind == "quantity"}
    assert len(units) == 1  # each compared figure has the first one's noun or unit


def test_the_time_words_after_the_figure_are_the_period_a_week_or_year_back():
    claims = _claims(
        "Slaughter stood at 410,000 head against 395,000 week ago and 388,000 year ago."
    )
    dates = [(text, kind) for kind, text, _, _ in claims if kind == "date"]
    assert dates == [("week ago", "date"), ("year ago", "date")]
    found = find_dates("It was 52 head against 47 week ago.", date(2031, 9, 17))
    assert [(m.text, m.value) for m in found] == [("week ago", "2031-W37")]
    found = find_dates("Cash sales 12,400 against 11,900 year ago.", date(2031, 9, 17))
    assert [(m.text, m.value) for m in found] == [("year ago", "2030")]


def test_a_figure_before_week_ago_without_a_comparison_is_bare_not_weeks():
    figures = [(m.text, m.unit, m.dimension) for m in find_quantities("Stocks hit 2,600 week ago.")]
    assert figures == [("2,600", None, None)]


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("The plant shut three weeks ago.", "three weeks ago", "2031-W35"),
        ("The mine flooded 40 years ago.", "40 years ago", "1991"),
        ("The deal closed one year ago.", "one year ago", "2030"),
        ("The deal closed a month ago.", "a month ago", "2031-08"),
    ],
)
def test_plural_units_and_one_or_a_still_count_time_back(text, written, value):
    found = find_dates(text, date(2031, 9, 17))
    assert [(m.text, m.value) for m in found] == [(written, value)]


def test_a_span_of_weeks_stays_a_duration():
    claims = _claims("Trading was halted for 3 weeks, then resumed.")
    assert [(kind, text) for kind, text, _, _ in claims] == [("duration", "3 weeks")]


# --- age ranges -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "written", "low", "high"),
    [
        ("Turnout among 18 to 24 year olds fell.", "18 to 24 year olds", 18, 24),
        ("A survey of 35-44 year olds was run.", "35-44 year olds", 35, 44),
        ("Most 16 to 19 year old drivers passed.", "16 to 19 year old", 16, 19),
    ],
)
def test_an_age_range_is_one_claim(text, written, low, high):
    claims = extract_claims(Article(id="t", body=text, published=PUBLISHED))
    assert [(c.kind, c.text, c.low, c.high, c.dimension) for c in claims] == [
        ("quantity", written, low, high, "age")
    ]


def test_a_range_of_weeks_keeps_its_first_count_as_a_duration():
    claims = _claims("Healing takes four to eight weeks.")
    assert [(kind, text) for kind, text, _, _ in claims] == [
        ("duration", "four"),
        ("duration", "eight weeks"),
    ]
