"""Readings of issue 15 found by an eighth audit on unseen copy: the noun after "N fewer", a
price per share before a word of time, results lines in won, a number in words set by "the
number of" or naming a whole group, parts of a unit or of a change, ages in a clause of time
or a rule, titles and names that open with a figure, scales with no count read, a share never
scaled by the sum after it, CFA francs, and cents beside a currency that has none."""

from datetime import UTC, datetime

from figure_helpers import figures, figures_and_units

from claimcheck.extract.claims import extract_claims
from claimcheck.records import Article

# The counted noun after "fewer", and a price per share whatever word follows it.


def test_the_plural_after_n_fewer_is_the_counted_noun():
    assert figures_and_units("Builders started 12,500 fewer homes last spring.") == [
        ("12,500 fewer homes", 12_500.0, "home")
    ]
    assert figures_and_units("The plan means two million fewer drivers.") == [
        ("two million fewer drivers", 2_000_000.0, "driver")
    ]


def test_a_price_per_share_stays_per_share_before_a_word_of_time():
    assert figures_and_units("It made 2.10 dlrs per share before tax credits.") == [
        ("2.10 dlrs per share", 2.1, "USD / share")
    ]
    # a period before "earlier" still dates the figure rather than pricing it
    assert figures_and_units("Output was 4 mln tonnes a year earlier.") == [
        ("4 mln tonnes", 4_000_000.0, "metric_ton")
    ]


def test_won_on_both_sides_of_a_results_line_is_the_korean_currency():
    assert figures_and_units("Div 25 won vs 20 won") == [
        ("25 won", 25.0, "KRW"),
        ("20 won", 20.0, "KRW"),
    ]
    # the verb "won" before a score is no currency
    assert figures_and_units("Seoul won 3 vs 1 in the final.") == [
        ("3", 3.0, None),
        ("1", 1.0, None),
    ]


# Numbers in words that state a figure with no noun after them.


def test_the_number_of_a_plural_set_to_a_number_in_words_counts_that_plural():
    assert figures_and_units(
        "Capping the number of new shops to nine in the first year is prudent, he said."
    ) == [("nine", 9.0, "shop")]
    assert figures_and_units("They cut the staff to nine.") == []


def test_all_and_a_number_in_words_names_a_whole_group():
    assert figures_and_units("The port authority, which runs all four, objected.") == [
        ("four", 4.0, None)
    ]


# Parts of a unit, and parts a whole changes by.


def test_a_part_right_before_a_unit_of_length_or_mass_is_that_much_of_it():
    assert figures_and_units("The cave lies a half mile below the road.") == [
        ("a half mile", 0.5, "mile")
    ]
    assert figures_and_units("She walked a quarter mile home.") == [
        ("a quarter mile", 0.25, "mile")
    ]
    # an ordinal before a noun is no part
    assert figures_and_units("He is seeking a third term.") == []


def test_a_part_before_a_comparative_is_the_share_of_a_change():
    assert figures_and_units("Dealers now hold a third more cars than in May.") == [
        ("a third", 1 / 3, None)
    ]


# Ages.


def test_an_age_in_a_clause_of_time_after_a_pronoun_and_its_contracted_verb():
    assert figures_and_units("I hope to be still racing when I'm 70, she said.") == [
        ("70", 70.0, "year")
    ]
    assert figures_and_units("He left the farm when he was 15.") == [("15", 15.0, "year")]


def test_a_rule_on_the_age_people_must_be():
    assert figures("Jurors must be 18 to serve.") == [("18", 18.0, "year", "exact")]
    assert figures("Entrants have to be at least 16.") == [("16", 16.0, "year", "at_least")]
    assert figures("The margin must be 5 or less.") == [("5 or less", 5.0, None, "at_most")]


# Titles and names with a figure.


def test_a_unit_spelled_with_a_capital_inside_lower_case_prose_is_a_title():
    assert figures("The 4 Metres star signed copies in a small shop on the high street.") == []
    # a scale of degrees is a name, capitalised wherever it is written
    assert figures("The gas boils at minus 40 Celsius.") == [
        ("minus 40 Celsius", -40.0, "degree_Celsius", "exact")
    ]
    assert figures("The runner covered 400 metres on a wet track last night.") == [
        ("400 metres", 400.0, "meter", "exact")
    ]


def test_a_figure_opening_a_title_in_capitals_is_no_count():
    assert figures("He played a juror in 12 Angry Men on the stage of a small theatre.") == []
    assert figures("The chain owns 40 Little Chef outlets in the south of the country.") == [
        ("40 Little Chef outlets", 40.0, "outlet", "exact")
    ]


def test_a_figure_with_plus_before_a_singular_noun_names_a_product():
    assert figures("The operator sells the 4+ network in three regions.") == [
        ("three regions", 3.0, "region", "exact")
    ]
    assert figures("The chain has 300+ stores.") == [("300+ stores", 300.0, "store", "at_least")]


def test_a_time_of_day_in_four_digits_before_a_slot_is_no_figure():
    assert figures("The quiz moves to the 2330 slot on Sundays.") == []
    assert figures("There were 1930 slots on offer.") == [("1930 slots", 1930.0, "slot", "exact")]


# Scales and shares.


def test_a_scale_word_whose_count_was_not_read_states_nothing():
    assert figures("Costs 2,104.2 billion vs 1,998,4 billion") == [
        ("2,104.2 billion", 2_104_200_000_000.0, None, "exact"),
        ("1,998", 1998.0, None, "exact"),
    ]
    assert figures("They laid off tens of thousand of staff.") == []
    assert figures("It was a billion-dollar deal.") == [
        ("a billion-dollar", 1_000_000_000.0, "USD", "exact")
    ]


def test_a_share_is_never_scaled_by_the_sum_after_it():
    assert figures("Spending slid back 12 pct to 31.5 billion.") == [
        ("12 pct", 12.0, "percent", "exact"),
        ("31.5 billion", 31_500_000_000.0, None, "exact"),
    ]


def test_a_sum_opening_a_line_before_a_stop_is_no_list_marker():
    assert figures("Imports fell to\n12.4 billion.") == [
        ("12.4 billion", 12_400_000_000.0, None, "exact")
    ]


def test_a_month_between_a_sum_and_a_singular_noun_is_no_kind_of_it():
    assert figures_and_units("It was above the 31.5 billion March reserve target.") == [
        ("31.5 billion", 31_500_000_000.0, None)
    ]
    assert figures_and_units("They have two April fixtures.") == [
        ("two April fixtures", 2.0, "fixture")
    ]


def test_a_scale_hyphened_to_its_count_comes_before_a_singular_head():
    assert figures_and_units("Half of the 9-million population works on farms.") == [
        ("Half", 0.5, "population"),
        ("9-million population", 9_000_000.0, "population"),
    ]


# CFA francs and cents beside them.


def _money(body: str, dateline: str = "") -> list[tuple[str, float | None, str | None]]:
    article = Article(
        id="t", body=body, dateline=dateline, published=datetime(1987, 3, 3, 12, tzinfo=UTC)
    )
    return [
        (claim.text, claim.value, claim.unit)
        for claim in extract_claims(article)
        if claim.kind in ("quantity", "money", "percent")
    ]


def test_cfa_francs_take_their_zone_from_the_dateline_or_the_text():
    assert _money("The budget is 90 billion CFA francs.", "DAKAR, March 3") == [
        ("90 billion CFA francs", 90_000_000_000.0, "XOF")
    ]
    assert _money("Gabon set aside 40 billion CFA francs.") == [
        ("40 billion CFA francs", 40_000_000_000.0, "XAF")
    ]
    # neither named: the zones are at par, so the West African franc stands for both
    assert _money("The fee is 500 CFA francs.") == [("500 CFA francs", 500.0, "XOF")]


def test_cents_beside_a_currency_whose_minor_unit_has_another_name_are_us_cents():
    assert _money("Growers get 150 CFA francs (50 cents) per kilo.", "ABIDJAN, March 3") == [
        ("150 CFA francs", 150.0, "XOF / kilogram"),
        ("50 cents", 0.5, "USD / kilogram"),
    ]
