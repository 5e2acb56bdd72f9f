"""Kinds of wrong link read in whole-corpus findings, each kept apart in general form: a figure
given for another party or place of a list, a region's measure, a good's price inside an index,
a year's change after a quarter's words, an addition to a count, the stocks of some holders, a
rival's bid, a record the rate is said to go past, a revision restated to the digit. The
sentences are our own."""

from datetime import UTC, datetime
from types import SimpleNamespace

from identity_helpers import figures, identity

from claimcheck.ledger.relations import SAME, UPDATE, relation

MARCH = datetime(2025, 3, 20, 9, tzinfo=UTC)

# -- another party or place of a list ---------------------------------------------------------


def test_each_share_of_a_list_is_the_party_named_after_it():
    found = figures(
        "The Greens are shown with a 38 pct share of the vote against 32 pct for Labour and "
        "27 pct for the centrist Liberal Alliance in the latest poll."
    )
    assert found["32 pct"].identity.of_what == "labour"
    assert found["27 pct"].identity.of_what == "liberal alliance"
    assert found["38 pct"].identity.of_what == "greens"


def test_a_figure_given_for_another_country_is_that_country_s():
    found = figures(
        "The fund forecast Norway's growth at 2.1 pct in 2025, against 3.0 pct for Portugal.",
        published=MARCH,
    )
    assert found["2.1 pct"].identity.of_what == "norway"
    assert found["3.0 pct"].identity.of_what == "portugal"


def test_a_region_s_measure_is_not_the_country_the_article_is_about():
    body = (
        "Ostera's foreign debt stands at 41.5 billion dlrs. A banker said the region's total "
        "debt rose by only 2.8 pct last year to 390 billion dlrs."
    )
    found = figures(body, title="OSTERA DEBT TALKS")
    assert found["41.5 billion dlrs"].identity.of_what == "ostera"
    assert "390 billion dlrs" not in found


# -- parts: a good within an index, a quarter within a year, an addition, some holders --------


def test_a_good_s_price_change_inside_a_price_index_is_not_the_index_s():
    found = figures(
        "Ostera's consumer price index showed that the cost of heating oil rose in February "
        "by 4.2 pct, after a 6.6 pct rise in January."
    )
    assert "4.2 pct" not in found and "6.6 pct" not in found
    index = identity("Ostera's consumer prices rose 0.4 pct in February.", "0.4 pct")
    assert (index.what, index.when) == ("consumer-prices:change", "2025-02")


def test_a_change_given_for_all_of_a_year_is_the_year_s_after_a_quarter_s_words():
    found = figures(
        "Norway's gross domestic product grew at a revised annual rate of 1.1 pct in the "
        "fourth quarter, the statistics office said. The final fourth quarter revision left "
        "unchanged the earlier estimate of a 2.5 pct increase in GDP for all of 2024 over 2023.",
        published=MARCH,
        title="NORWAY GDP",
    )
    assert found["2.5 pct"].identity.when == "2024"
    assert found["1.1 pct"].identity.when == "2024-Q4"


def test_a_count_of_more_is_an_addition_not_the_whole():
    found = figures(
        "A landslide hit Varnholt on Sunday, killing 12 people. Rescuers found five more "
        "bodies on Monday, and eight more people were killed in Varnholt on Monday."
    )
    assert found["12 people"].identity.what == "killed"
    assert not [text for text in found if "more" in text]
    ships = figures(
        "Ostera's seamen went on strike on March 1. Over 120 vessels in Ostera, and some "
        "seven more in ports abroad, have been idled by the strike."
    )
    assert "seven" not in ships
    bound = figures("More than 120 vessels have been idled by the Ostera seamen's strike.")
    assert "120 vessels" in bound


def test_stocks_held_by_some_holders_are_a_part_of_all_stocks():
    found = figures(
        "Refined copper stocks held by Norwegian refineries fell to 52,000 tonnes at the end "
        "of January, the metals bureau said. Exchange copper stocks rose to 40,000 tonnes in "
        "January.",
        published=MARCH,
        title="NORWAY COPPER STOCKS FALL",
    )
    held, all_stocks = found["52,000 tonnes"].identity, found["40,000 tonnes"].identity
    assert held.part_of == "held-by:norwegian refineries"
    assert all_stocks.part_of is None
    assert held.index_keys() != all_stocks.index_keys()


def test_stocks_of_two_holders_together_are_not_the_second_holder_s():
    found = figures(
        "Delmar Exchange copper stocks rose to 40,000 tonnes in January, the metals bureau "
        "said. Combined refinery and Delmar Exchange copper stocks eased to 92,000 "
        "tonnes in January.",
        published=MARCH,
        title="NORWAY COPPER STOCKS FALL",
    )
    assert found["40,000 tonnes"].identity.of_what == "delmar exchange"
    combined = found.get("92,000 tonnes")
    assert combined is None or combined.identity.of_what != "delmar exchange"


# -- deals, records -------------------------------------------------------------------------


def test_a_rival_s_bid_from_another_company_is_for_the_company_bid_for():
    found = figures(
        "Harlow Capital raised its offer for Brenlow Corp to 48 dlrs a share, topping a 46 "
        "dlr a share bid from Marlow Group."
    )
    raised = found["48 dlrs a share"].identity.of_what
    rival = found["46 dlr a share"].identity.of_what
    assert raised.startswith("brenlow") and raised.endswith("by harlow capital")
    assert rival.startswith("brenlow") and rival.endswith("by marlow")


def test_a_record_the_rate_may_go_past_is_not_the_rate():
    found = figures(
        "Dealers said the Ostera discount rate could fall below its record low of 3.5 pct.",
        published=MARCH,
    )
    assert "3.5 pct" not in found
    hit = identity("Ostera's discount rate hit a record low of 3.5 pct on Monday.", "3.5 pct")
    assert hit.what == "discount-rate"


# -- a revision restated to the digit ---------------------------------------------------------


def _compared(value: float, precision: float, basis: str | None) -> SimpleNamespace:
    return SimpleNamespace(
        low=value - precision, high=value + precision, value=value, precision=precision,
        unit="USD", basis=basis, attribution=None, behaviour="moves", subject_role="place",
        published=None, period_last=None,
    )  # fmt: skip


def test_a_revision_to_the_digit_of_an_estimate_is_the_same_figure_however_loosely_written():
    # "an estimated 759 mln" then "revised to a daily average of 759 mln": one number.
    assert relation(_compared(759.0, 38.0, "revised"), _compared(759.0, 0.5, "estimate")) == SAME
    assert relation(_compared(760.0, 38.0, "revised"), _compared(759.0, 0.5, "estimate")) == UPDATE


def test_a_range_restated_unchanged_under_a_revision_word_is_the_same_range():
    def ranged(low: float, high: float, basis: str | None) -> SimpleNamespace:
        found = _compared(low, 0.0, basis)
        found.value, found.low, found.high = None, low, high
        return found

    assert relation(ranged(0.5, 1.5, "revised"), ranged(0.5, 1.5, None)) == SAME
    assert relation(ranged(0.5, 2.0, "revised"), ranged(0.5, 1.5, None)) == UPDATE


def test_a_stake_hoped_or_planned_for_is_not_a_stake_held():
    hoped = identity(
        "Harlow Capital had said in January it hoped to take a 37.5 pct stake in Brenlow Corp.",
        "37.5 pct",
    )
    taken = identity("Harlow Capital took a 37.5 pct stake in Brenlow Corp in January.", "37.5 pct")
    assert (hoped.what, hoped.modality) == ("stake", "forecast")
    assert (taken.what, taken.modality) == ("stake", "fact")
    assert hoped.index_keys() != taken.index_keys()


def test_a_while_clause_states_another_thing_s_figure():
    found = figures(
        "Brakwell Trading said tea earnings rose to 220 mln dlrs in March from 110 mln dlrs in "
        "February while oil derivatives were down to 54 mln dlrs from 58 mln dlrs in February.",
        published=MARCH,
    )
    tea = found["220 mln dlrs"].identity.what
    spice = found.get("54 mln dlrs from 58 mln dlrs") or found.get("54 mln dlrs")
    assert spice is None or spice.identity.what != tea
