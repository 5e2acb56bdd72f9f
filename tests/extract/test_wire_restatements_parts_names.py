"""Readings of issue 15 left over by the read of unseen wire copy: a bare figure restated a
clause after its unit (across a percentage change, named as a rate, compared with a price
after its year), dollars per share offered beside a larger sum, the parts of a whole
introduced by "of which", "Group of" and its number as a name, and a "principal amount" as
money."""

from figure_helpers import figures_and_units

# A bare figure a clause after its unit, the same measure compared or restated.


def test_the_figure_a_percentage_change_is_measured_from_keeps_the_measure():
    text = "Output averaged 410 mln cubic feet per day in 1986, down 7 pct from 1985's 441 mln."
    assert figures_and_units(text)[-1] == ("441 mln", 441e6, "cubic_foot / day")
    text = "Revenue was 90 mln dlrs, up 12 pct on the year-ago 80 mln."
    assert figures_and_units(text)[-1] == ("80 mln", 80e6, "USD")


def test_a_count_before_a_percentage_is_no_measure_to_restate():
    # a scaled figure never takes a percentage's unit, and an age passes none on
    text = "The boy, 12, grew 5 pct from 1985's 3 mln."
    assert figures_and_units(text)[-1][2] is None


def test_a_bare_figure_named_as_a_rate_after_a_percentage_is_a_percentage():
    text = "The bank cut its prime rate to 9.25 pct on Monday but left its deposit rate at 9.5."
    assert figures_and_units(text)[-1] == ("9.5", 9.5, "percent")


def test_a_rate_in_another_sentence_keeps_no_unit():
    text = "Inflation was 4 pct. The board set the target rate at 21.3."
    assert figures_and_units(text)[-1] == ("21.3", 21.3, None)


def test_a_price_compared_after_its_year_takes_the_basis():
    text = "Gas fetched 2.10 dlrs per thousand cubic feet in 1986, against 2.31 dlrs in 1985."
    assert figures_and_units(text)[1] == ("2.31 dlrs", 2.31, "USD / 1000 cubic_foot")


def test_a_sum_after_a_price_and_its_month_is_not_compared():
    text = "Crude sold at 12.10 dlrs a barrel in March and 5,000 dlrs went in fees."
    assert figures_and_units(text)[-1] == ("5,000 dlrs", 5000.0, "USD")


# Dollars per share beside a sum, as cents already were.


def test_dollars_after_or_beside_a_far_larger_sum_are_per_share():
    text = "Results exclude gains of 5,210,000 or 1.64 dlrs for the year."
    assert figures_and_units(text)[-1] == ("1.64 dlrs", 1.64, "USD / share")
    text = "The note excludes a loss of 3,100,000 dlrs, or 1.20 dlrs."
    assert figures_and_units(text)[-1] == ("1.20 dlrs", 1.2, "USD / share")


def test_dollars_with_a_basis_of_their_own_are_not_made_per_share():
    text = "Income was 700 mln dlrs or 4.10 dlrs per ADR last year."
    assert figures_and_units(text)[1][2] != "USD / share"


def test_dollars_beside_a_sum_of_like_size_stay_money():
    text = "The fee rose to 4,000 dlrs or 3,900 dlrs after tax."
    assert [unit for _, _, unit in figures_and_units(text)] == ["USD", "USD"]


# "of which": the parts of a whole keep its unit.


def test_parts_after_of_which_keep_the_whole_unit():
    text = "The farm covers 200 acres, of which 120 are under glass."
    assert figures_and_units(text)[-1] == ("120", 120.0, "acre")
    text = "Growers made 30 mln tonnes, raw value, of cane of which 11.5 mln went abroad."
    assert figures_and_units(text)[-1] == ("11.5 mln", 11.5e6, "metric_ton")


def test_a_kind_named_after_a_later_part_is_not_a_count():
    text = "Stocks stand at 600,000 tonnes, of which 150,000 are white sugar and 420,000 raws."
    assert [unit for _, _, unit in figures_and_units(text)] == ["metric_ton"] * 3


def test_the_second_part_after_of_which_counts_the_whole_noun():
    text = (
        "It will sell 900,000 shares, of which 700,000 shares come from the firm and 200,000"
        " from two holders."
    )
    assert [unit for _, _, unit in figures_and_units(text)][:3] == ["share"] * 3


def test_a_part_larger_than_the_whole_is_left_alone():
    text = "It holds 40 tonnes, of which 5,000 were sold in lots."
    assert figures_and_units(text)[-1][2] is None


def test_a_part_whose_scale_is_left_unsaid_is_left_alone():
    text = "The notes total 9,120 billion lire, of which 7,310 went to banks."
    assert figures_and_units(text)[-1][2] is None


# Names and sums with no unit word of their own.


def test_the_number_of_a_group_is_part_of_its_name_even_across_a_line_break():
    assert figures_and_units("Talks among the Group of\nSeven finance ministers ended.") == []
    assert figures_and_units("Envoys of the Group of 24 developing nations met.") == []
    assert figures_and_units("A group of 12 nations met.") == [("12 nations", 12.0, "nation")]


def test_a_principal_amount_is_money_in_the_currency_named_before():
    text = "The firm will lend 4.2 mln dlrs and tender 250,000 principal amount of its notes."
    assert figures_and_units(text)[-1] == ("250,000", 250000.0, "USD")


def test_a_principal_amount_with_no_currency_named_is_no_count():
    text = "Holders may tender 250,000 principal amount of notes."
    assert figures_and_units(text) == [("250,000", 250000.0, None)]


# A results note's "shr" in prose heads no figure; "shr" after a figure makes it per share.


def test_shr_in_a_notes_prose_does_not_make_the_sum_per_share():
    text = (
        "Shr 40 cts vs 31 cts\n    Note: Qtr shr and net exclude a gain of 3,210,000 dlrs"
        " or 14 cts share vs a loss of 12 cts shr."
    )
    units = [unit for _, _, unit in figures_and_units(text)]
    assert units == ["USD / share", "USD / share", "USD", "USD / share", "USD / share"]
