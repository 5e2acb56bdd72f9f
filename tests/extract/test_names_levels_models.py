"""Readings of issue 15 found by a fourth audit on unseen copy: a count whose noun stands
after capitalized words, a move then the level it reached, four-digit ends of a measured
range, race distances in "K", a part of one unit, a currency named before its amount, a
model's number, and names that hold a number ("under-21", "(CFC) 12")."""

from datetime import datetime

from claimcheck.extract.claims import extract_claims
from claimcheck.extract.quantities import find_quantities
from claimcheck.records import Article


def units(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(m.text, m.value, m.unit) for m in find_quantities(text)]


def claims(text: str) -> list[tuple[str, str, float | None, float | None, str | None]]:
    article = Article(id="t", body=text, published=datetime(1990, 6, 4))
    return [
        (claim.kind, claim.text, claim.low, claim.high, claim.unit)
        for claim in extract_claims(article)
    ]


# A count, then capitalized words, then the noun it counts.


def test_a_name_ending_in_ly_before_the_noun_is_no_adverb():
    assert units("Voters may remove three County Assembly deputies.") == [
        ("three County Assembly deputies", 3.0, "deputy")
    ]
    assert units("He has won 40 Italy caps.") == [("40 Italy caps", 40.0, "cap")]


def test_an_adverb_in_ly_still_ends_the_search_for_a_noun():
    assert units("Of those asked, 12 quickly agreed.")[0][2] is None


def test_other_before_a_capitalized_adjective_and_a_plural_noun():
    assert units("The regulator fined four other Dutch lenders.") == [
        ("four other Dutch lenders", 4.0, "lender")
    ]


def test_a_name_with_of_inside_it_before_the_noun():
    assert units("Six Bank of Canada economists disagreed.") == [
        ("Six Bank of Canada economists", 6.0, "economist")
    ]
    assert units("Only two House of Lords committees sat.")[0][2] == "committee"


# A move, then the level reached; a move written in thousands, then a scaled level.


def test_a_move_in_a_currency_then_the_level_reached():
    assert units("The stock slipped 7 Swiss francs to close at 415.") == [
        ("7 Swiss francs", 7.0, "CHF"),
        ("415", 415.0, "CHF"),
    ]
    assert units("The shares gained 3 dlrs to 61.")[1] == ("61", 61.0, "USD")


def test_a_named_low_near_a_price_takes_its_currency():
    found = units("The dollar stood at 132.40 yen, above a low of 131.85 hit on Monday.")
    assert found[1] == ("131.85", 131.85, "JPY")
    found = units("The euro fetched 1.42 Swiss francs after a three-week high of 1.45.")
    assert found[-1] == ("1.45", 1.45, "CHF")


def test_a_level_after_a_move_in_pence_or_far_from_a_price_stays_bare():
    assert units("The shares lost 4 pence to 212.")[1] == ("212", 212.0, None)
    assert units("The bond was priced at 98 dlrs, off a high of 7 on the day.")[1][2] is None


def test_a_move_in_thousands_then_a_level_in_millions_is_no_range():
    assert units("Unemployment rose 41,000 to 2.3 million in the spring.") == [
        ("41,000", 41000.0, None),
        ("2.3 million", 2300000.0, None),
    ]
    # a range whose ends are near in size stays one
    assert units("Sales rose 2 to 3 million.") == [("2 to 3 million", None, None)]


# Four-digit ends of a range of a measure are no years.


def test_four_digit_ends_of_a_measured_range():
    assert claims("The mill's output climbed from 1600 to 1900 tonnes a week.") == [
        ("quantity", "1600 to 1900 tonnes a week", 1600.0, 1900.0, "metric_ton / week")
    ]
    assert claims("Fines ran from 1200 to 1700 dlrs.") == [
        ("money", "1200 to 1700 dlrs", 1200.0, 1700.0, "USD")
    ]


def test_years_stay_years_without_a_measure_after_them():
    kinds = [claim[0] for claim in claims("Rents climbed from 1995 to 1998.")]
    assert kinds == ["date", "date"]
    kinds = [claim[0] for claim in claims("Between 2001 and 2004 rents climbed.")]
    assert kinds == ["date", "date"]


# Race distances, parts of one unit, a currency named first, models, names with numbers.


def test_a_race_distance_in_capital_k():
    assert units("She won the 5K final and a 10K road race.") == [
        ("5K", 5.0, "kilometer"),
        ("10K", 10.0, "kilometer"),
    ]


def test_a_part_of_one_unit_is_that_much_of_the_unit():
    assert units("The lake lies a quarter of a mile away.") == [
        ("a quarter of a mile", 0.25, "mile")
    ]
    assert units("Half of the voters stayed home.") == [("Half", 0.5, None)]


def test_a_currency_named_before_a_scaled_amount():
    assert units("The group earned New Zealand dollars 310m last year.") == [
        ("New Zealand dollars 310m", 310_000_000.0, "NZD")
    ]
    assert units("It wants euros 2bn more.") == [("euros 2bn", 2_000_000_000.0, "EUR")]


def test_a_currency_word_before_an_unscaled_number_is_left_alone():
    assert units("They paid in dollars 3 times.")[0][2] != "USD"


def test_a_model_named_with_its_variant_elsewhere_counts_nothing():
    text = "The 320-100XR carries more. Its maker unveiled the 320 jet in Paris."
    assert units(text) == []


def test_a_number_not_written_as_a_model_still_counts():
    assert units("The airline bought 320 jets.") == [("320 jets", 320.0, "jet")]


def test_an_age_group_name_and_a_bracketed_acronym_are_no_counts():
    assert units("He was capped at under-19 level.") == []
    assert units("Output of (HFC) 23 fell.") == []
    assert units("The Under-16 team won 4 games.") == [("4 games", 4.0, "game")]


# A participle with its object after a count; an age after a longer noun phrase; a quoted
# noun phrase as the counted noun.


def test_a_participle_with_an_object_is_no_counted_noun():
    found = units("Two deals were struck, one covering the bank's retail arm, and another.")
    assert ("one covering the bank's retail", 1.0, "retail") not in found
    assert units("Police found three fishing boats.") == [("three fishing boats", 3.0, "boat")]


def test_an_age_after_a_longer_noun_phrase_and_when():
    assert units("The former club captain was 29 when she left.") == [("29", 29.0, "year")]
    assert units("The index was 41 when it closed.") == [("41", 41.0, None)]


def test_a_quoted_noun_phrase_after_a_count():
    assert units('The union counted 800 "agency nurses" on the wards.') == [
        ('800 "agency nurses"', 800.0, "nurse")
    ]


# One construction written twice with the unit once, at its end.


def test_a_parallel_pair_after_at_shares_the_unit_written_last():
    assert units("Wheat sold at 210 and barley at 185 dlrs a tonne.") == [
        ("210", 210.0, "USD / metric_ton"),
        ("185 dlrs a tonne", 185.0, "USD / metric_ton"),
    ]


def test_a_parallel_pair_far_apart_in_size_stays_apart():
    assert units("It opened at 4 and closed at 950 dlrs.")[0] == ("4", 4.0, None)


# One person's age after a copula, a word of time or a clause after it.


def test_one_persons_age_with_time_or_a_clause_after_it():
    assert units("I'm 41 now, and my knees know it.") == [("41", 41.0, "year")]
    assert units("The winger, who is 27 at the start of the season, signed.")[0] == (
        "27",
        27.0,
        "year",
    )
    assert units("Next spring she will be 33 so the clock is ticking.") == [("33", 33.0, "year")]


def test_a_rank_or_a_small_figure_after_a_persons_copula_is_no_age():
    assert units("She is 9 in the world rankings.") == [("9", 9.0, None)]
    assert units("He was 12 at the turn.") == [("12", 12.0, None)]
