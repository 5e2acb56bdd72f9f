"""Readings general to wire and newspaper copy: a currency word after its country's name or
adjective, a story's one country for a bare currency word far from it, a fraction of a
decimal's last place, version numbers, "from X in <what> to Y" movements and a chain of
comparisons past a place. Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from claimcheck.extract.quantities import find_quantities
from claimcheck.extract.units import qualified_currency


def by_text(text):
    return {mention.text: mention for mention in find_quantities(text)}


# --- which currency a qualified name means --------------------------------------------------


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("12 mln Philippine pesos", "PHP"),
        ("12 mln Chilean pesos", "CLP"),
        ("12 mln Kenya shillings", "KES"),
        ("12 mln Tanzanian shillings", "TZS"),
        ("12 mln Norwegian kronor", "NOK"),
        ("12 mln Danish crowns", "DKK"),
        ("12 mln Irish punts", "IEP"),
        ("12 mln Cyprus pounds", "CYP"),
        ("12 mln Egyptian pounds", "EGP"),
        ("12 mln Zimbabwe dollars", "ZWD"),
        ("12 mln Hong Kong dollars", "HKD"),
        ("12 mln Luxembourg francs", "LUF"),
        ("12 mln Swiss francs", "CHF"),
        ("12 mln Brazilian cruzados", "BRC"),
        ("12 mln Sri Lanka rupees", "LKR"),
        ("12 mln Chinese renminbi", "CNY"),
        ("12 mln South African rand", "ZAR"),
    ],
)
def test_a_currency_word_after_its_country_is_that_countrys_currency(written, code):
    found = by_text(f"The lender agreed to advance {written} to the utility.")
    assert found[written].unit == code
    assert found[written].value == 12_000_000


def test_a_country_no_currency_name_fits_leaves_the_word_to_its_usual_reading():
    assert qualified_currency("Atlantis", "dollars") is None
    found = by_text("The club spent 3 mln Atlantis dollars on a stand.")
    assert all(mention.unit != "ZWD" for mention in found.values())


def test_the_stem_must_match_the_whole_country_phrase():
    assert qualified_currency("South Sudanese", "pounds") == "SSP"
    assert qualified_currency("Sudanese", "pounds") == "SDG"
    assert qualified_currency("Austrian", "dollars") is None


def test_a_country_phrase_with_a_word_more_or_less_still_fits():
    assert qualified_currency("Taiwan", "dlrs") == "TWD"  # CLDR: "New Taiwan dollar"
    assert qualified_currency("West German", "marks") == "DEM"
    assert qualified_currency("East German", "marks") == "DDM"
    assert qualified_currency("Korean", "won") is None  # North or South: undecided
    found = by_text("Exports earned 640 mln Taiwan dlrs and 25 mln Finnish marks.")
    assert found["640 mln Taiwan dlrs"].unit == "TWD"
    assert found["25 mln Finnish marks"].unit == "FIM"


def test_a_bare_currency_word_far_from_the_story_s_one_country_takes_its_currency():
    opening = "The central bank of the Philippines raised its lending rate on Monday. "
    filler = "Traders said the move had been expected for several weeks by most dealers. " * 6
    found = by_text(opening + filler + "The bank also sold 300 mln pesos of bills.")
    assert found["300 mln pesos"].unit == "PHP"


def test_two_countries_far_before_leave_the_bare_word_undecided():
    opening = "Chile and Colombia both reported trade figures on Monday. "
    filler = "Traders said the numbers had been expected for several weeks by dealers. " * 6
    found = by_text(opening + filler + "One exporter sold 300 mln pesos of bonds.")
    assert found["300 mln pesos"].unit == "MXN"  # the bare word's usual holder


# --- a fraction of a decimal's last place ---------------------------------------------------


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("3.41-1/2 dlrs", 3.415),
        ("1.06-3/4 dlrs", 1.0675),
        ("12-3/4 dlrs", 12.75),
        ("8-5/8 pct", 8.625),
    ],
)
def test_a_fraction_after_a_decimal_is_of_its_last_place(written, value):
    found = by_text(f"Oats were bid at {written} late in the session.")
    assert found[written].value == pytest.approx(value)


# --- version and model numbers --------------------------------------------------------------


def test_a_version_after_a_product_name_counts_nothing():
    found = by_text("The maker said its Quill 4.2 release reaches shops next week.")
    assert not any("4.2" in text for text in found)
    found = by_text("Analysts said Tessera 2.5 users complained about the bug.")
    assert not any("2.5" in text for text in found)


def test_a_version_after_a_label_word_is_no_figure():
    found = by_text("Customers on version 7.3 will get the fix in 20 days.")
    assert list(found) == ["20 days"]


def test_a_decimal_after_a_possessive_or_a_row_heading_is_still_read():
    found = by_text("Shops shut after Friday's 6.2 magnitude tremor.")
    assert found["6.2 magnitude"].value == 6.2
    found = by_text("Quarter\n    Revenue 31.4 mlm vs 28.2 mln")
    assert any(mention.value == 31.4 for mention in found.values())
    found = by_text("ZONE A 0.5 0.7")
    assert [mention.value for mention in found.values()] == [0.5, 0.7]


def test_a_fractional_average_count_is_still_a_count():
    found = by_text("Households in the region have 2.3 children on average.")
    assert found["2.3 children"].value == 2.3


# --- one movement past what it measures, a chain past a place -------------------------------


def test_from_a_level_in_what_it_measures_to_another_is_one_movement():
    found = by_text("The trust grew from 410 mln dlrs in deposits to about 1.6 billion dlrs.")
    (movement,) = found.values()
    assert (movement.low, movement.high) == (410e6, 1.6e9)
    assert movement.direction == "up"
    assert movement.unit == "USD"


def test_a_bare_level_after_a_place_continues_the_chain_of_comparisons():
    found = by_text("The franc ended at 6.0410 against 6.0520 in Paris and 6.0480 in Brussels.")
    assert found["6.0410"].unit is None  # nothing names the unit at all
    found = by_text("The mark ended at 1.8210 dlrs against 1.8300 in Paris and 1.8250 in Zurich.")
    assert found["1.8250"].unit == "USD"


# --- a tally written with "to" --------------------------------------------------------------


def test_a_tally_written_with_to_is_votes_for_and_against():
    found = by_text("The council backed the plan on a 31 to 19 vote.")
    assert (found["31"].unit, found["19 vote"].unit) == ("vote", "vote")
    found = by_text("Delegates voted 240 to 95 to adopt the rules.")
    assert (found["240"].unit, found["95"].unit) == ("vote", "vote")


def test_two_bare_numbers_joined_by_to_without_a_vote_stay_bare():
    found = by_text("Seats in the hall went from 31 to 19 after the refit, a vote of thanks said.")
    assert all(mention.unit != "vote" for mention in found.values())
