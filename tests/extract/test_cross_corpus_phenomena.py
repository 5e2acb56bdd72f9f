"""Readings that recur across news corpora: frequencies, index points, deadweight tonnage,
suspended hyphens, two periods compared, quotes with two sides, and counted nouns written in
less common ways. Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from claimcheck.extract.claims import extract_claims
from claimcheck.extract.quantities import find_quantities
from claimcheck.records import Article


def only(text):
    mentions = find_quantities(text)
    assert len(mentions) == 1, mentions
    return mentions[0]


def claims_of(text):
    return extract_claims(Article(id="t", body=text))


# --- frequencies ---------------------------------------------------------------------------


def test_a_count_of_times_per_period_is_one_frequency_claim():
    claims = claims_of("The ferry sails four times a week in winter.")
    frequency = next(claim for claim in claims if claim.kind == "frequency")
    assert frequency.text == "four times a week"
    assert (frequency.value, frequency.count, frequency.unit) == (4, 4, "time / week")
    assert frequency.dimension == "frequency"
    assert frequency.period == "P1W"
    # the recurring period is the frequency's own, not a second claim beside it
    assert [claim.kind for claim in claims].count("frequency") == 1


def test_a_count_of_times_within_a_window_stays_a_count_of_times():
    claims = claims_of("The reservoir has overflowed three times over the past nine years.")
    frequency = next(claim for claim in claims if claim.kind == "frequency")
    assert (frequency.value, frequency.unit, frequency.dimension) == (3, "time", "count")
    assert frequency.period == "P9Y"
    assert any(claim.kind == "duration" and claim.value == 9 for claim in claims)


def test_a_period_without_a_count_is_no_figure():
    claims = claims_of("The league table is published every three months.")
    assert all(not (claim.unit or "").startswith("time") for claim in claims)


# --- index points --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Brenford composite index slipped 14.2 points on Tuesday.",
        "Blue chips rallied and the benchmark gauge added 31 points.",
        "The Nikkei average ended 120.5 points lower.",
    ],
)
def test_points_of_a_market_index_are_index_points(text):
    mention = find_quantities(text)[0]
    assert mention.unit == "point"
    assert mention.dimension == "index"


@pytest.mark.parametrize(
    "text",
    [
        "The guard scored 27 points in the final quarter.",
        "She fought off five break points in the opening game.",
    ],
)
def test_points_in_sport_stay_a_count_of_points(text):
    mention = only(text)
    assert (mention.unit, mention.dimension) == ("point", "count")


def test_an_index_change_does_not_borrow_the_percentage_beside_it():
    mentions = find_quantities("The share index was up 8.6 points, or 0.4%, at noon.")
    assert (mentions[0].value, mentions[0].unit, mentions[0].dimension) == (8.6, "point", "index")
    assert (mentions[1].value, mentions[1].unit) == (0.4, "percent")


# --- deadweight tonnage ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The owners sold a 96,500 dwt bulk carrier.", 96500),
        ("It ordered two ships of 45,000 deadweight tonnes each.", 45000),
        ("Its tankers total 1.2 mln tonnes deadweight.", 1_200_000),
    ],
)
def test_deadweight_tonnage_is_a_mass_in_tonnes(text, value):
    mention = next(m for m in find_quantities(text) if m.value == value)
    assert (mention.unit, mention.dimension) == ("metric_ton", "mass")


# --- a hyphen suspended until a span of time -------------------------------------------------


def test_a_suspended_hyphen_before_a_span_of_years_is_one_duration():
    claims = claims_of("Prosecutors asked for a 4- to 7-year term.")
    assert not any(claim.kind == "quantity" for claim in claims)
    duration = next(claim for claim in claims if claim.kind == "duration")
    assert (duration.low, duration.high, duration.unit) == (4, 7, "year")


def test_a_suspended_hyphen_before_a_measure_still_shares_the_measure():
    mentions = find_quantities("The depot uses 3- and 8-tonne lorries.")
    assert [(m.value, m.unit) for m in mentions] == [(3, "metric_ton"), (8, "metric_ton")]


# --- two periods compared, not one movement ---------------------------------------------------


def test_a_forecast_for_one_year_against_the_level_of_another_is_two_figures():
    mentions = find_quantities("The board cut its estimate to 3 pct for 1988 from 11 pct in 1987.")
    assert [(m.value, m.low, m.high) for m in mentions] == [(3, None, None), (11, None, None)]


def test_a_revised_forecast_for_the_same_period_stays_one_movement():
    mention = only("The institute trimmed its outlook to 1.9 pct for next year from 2.4 pct.")
    assert (mention.low, mention.high, mention.direction) == (1.9, 2.4, "down")


def test_a_level_against_a_year_earlier_without_its_own_period_stays_one_movement():
    mention = only("Turnover slipped to 410 mln dlrs from 455 mln dlrs a year earlier.")
    assert (mention.low, mention.high, mention.direction) == (410e6, 455e6, "down")


# --- quotes with a bid and an offer -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("Sterling finished at 2.3140/50 marks in late trade.", 2.314, 2.315, "DEM"),
        ("The dollar was quoted at 131.60/70 yen.", 131.6, 131.7, "JPY"),
        ("Overnight funds traded at 6.15/25 pct.", 6.15, 6.25, "percent"),
        ("The spot price stood at 402.10/403.60 in Zurich.", 402.1, 403.6, None),
        ("Silver was fixed at 6.05/10 dlrs an ounce.", 6.05, 6.10, "USD / ounce"),
    ],
)
def test_a_two_sided_quote_is_one_range(text, low, high, unit):
    mention = only(text)
    assert (mention.low, mention.high, mention.unit) == (
        pytest.approx(low),
        pytest.approx(high),
        unit,
    )


@pytest.mark.parametrize(
    "text",
    [
        "The hearing is set for 4/11/88.",
        "Bonds yielded 8-3/8 pct.",
        "Prices stood at 2.10/5.90 dlrs.",
        "Premiums were 6.5/8 over the futures.",
    ],
)
def test_dates_fractions_far_apart_pairs_and_single_digits_are_no_quotes(text):
    assert all(m.low is None or m.high <= m.low * 1.25 for m in find_quantities(text))
    assert not any("/" in m.text and m.low is not None for m in find_quantities(text))


# --- counted nouns written in less common ways -------------------------------------------------


def test_the_part_after_of_the_whole_counts_the_same_things():
    mentions = find_quantities("Of the 25 clinics inspected, 19 met the new standard.")
    assert [(m.value, m.unit) for m in mentions] == [(25, "clinic"), (19, "clinic")]


def test_a_verb_and_a_comparative_after_a_count_are_no_counted_noun():
    mentions = find_quantities("Of the 9 mills, 7 reported higher output.")
    assert mentions[1].unit == "mill"


def test_owners_in_the_possessive_are_the_ones_counted():
    mention = only("The coach read out all eleven starters' numbers.")
    assert (mention.value, mention.unit, mention.text) == (11, "starter", "eleven starters")


def test_capitalized_irregular_plurals_are_counted():
    assert only("The letter was signed by 23 Assemblymen.").unit == "assemblyman"


def test_a_name_then_was_and_a_bare_number_before_when_is_an_age():
    mention = only("Okafor was 19 when he first played abroad.")
    assert (mention.unit, mention.dimension) == ("year", "age")


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The group reported a share loss of 1.35 dlrs for the half.", "USD / share"),
        ("Share earnings were 86 cts against 71 cts.", "USD / share"),
    ],
)
def test_money_named_per_share_before_it_is_a_per_share_price(text, unit):
    assert find_quantities(text)[0].unit == unit


def test_a_possessive_inside_a_capitalized_name_is_not_what_is_counted():
    mention = find_quantities("The 80,000-strong Allied Farmers' League met in March.")[0]
    assert mention.unit != "farmer"


@pytest.mark.parametrize(
    "text", ["CLOSING RATES US 1.4310/20      YEN 187.40/60", "RATES US 1.4310/20 YEN 187.40/60"]
)
def test_a_table_row_label_after_a_quote_is_not_its_unit(text):
    mentions = find_quantities(text)
    assert [(m.low, m.unit) for m in mentions] == [(1.431, None), (187.4, None)]


def test_a_single_letter_after_a_quote_in_a_table_is_no_unit():
    mention = only("Basis for the June shipment 7.5/8.5 P against futures.")
    assert (mention.low, mention.high, mention.unit) == (7.5, 8.5, None)
