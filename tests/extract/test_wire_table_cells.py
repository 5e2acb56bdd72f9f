"""Wire tables and results lines: futures cells after a contract month, columns of a supply
table, a "vs" pair whose second side drops the scale, the next row's heading after a pair, a
count named by "the number of" after or before it, and a day hyphened to its month. Every
text here is written for the test."""

from __future__ import annotations

from claimcheck.extract.quantities import find_quantities


def readings(text):
    return [(mention.text, mention.value, mention.unit) for mention in find_quantities(text)]


# --- contract months ----------------------------------------------------------------------


def test_whole_numbers_after_contract_months_are_cells_not_days_or_years():
    text = "WHEAT VOLUME\nMAR8   1204       MAY8   2890\nJUL8    417\n"
    assert readings(text) == [("1204", 1204.0, None), ("2890", 2890.0, None), ("417", 417.0, None)]


def test_a_quote_marked_as_a_bid_is_no_billions():
    text = "FEEDER CATTLE\nOCT7   7105B   7090\nNOV7   7120    7118\n"
    found = readings(text)
    assert ("7105B", 7105.0, None) in found
    assert [value for _, value, _ in found] == [7105.0, 7090.0, 7120.0, 7118.0]


def test_a_date_in_prose_after_a_month_stays_out():
    assert readings("The board met on May 7 1986 to approve the plan.") == []


def test_a_b_glued_to_a_sum_outside_a_table_is_still_billions():
    assert readings("Assets reached 4B dlrs.") == [("4B dlrs", 4e9, "USD")]


def test_a_day_hyphened_to_its_month_is_no_count():
    assert readings("VOLUME REPORT\n9-MAR FOR THE PRIOR SESSION\n") == []


# --- columns and rows -----------------------------------------------------------------------


def test_every_column_of_a_supply_row_is_read_after_another_row():
    text = (
        "   Opening stock   410     410       388     388\n"
        "     Crushings   122     122       131     131\n"
    )
    values = [value for _, value, _ in readings(text)]
    assert values == [410.0, 410.0, 388.0, 388.0, 122.0, 122.0, 131.0, 131.0]


def test_a_capital_after_the_second_side_of_a_pair_opens_the_next_row():
    text = "    Freight costs 12.3 mln vs 10.9 mln Selling\nexpenses 4.1 mln vs 3.8 mln\n"
    assert ("10.9 mln", 10.9e6, None) in readings(text)


def test_the_second_side_of_a_pair_takes_the_first_sides_scale_at_the_rows_end():
    text = "    Operating income 52.6 mln vs 47.1\n    Depreciation 8.4 mln vs 7.9\n"
    assert readings(text) == [
        ("52.6 mln", 52.6e6, None),
        ("47.1", 47.1e6, None),
        ("8.4 mln", 8.4e6, None),
        ("7.9", 7.9e6, None),
    ]


def test_a_carried_currency_comes_with_its_scale():
    found = readings("    Pretax 9.2 mln dlrs vs 6.5\n")
    assert found == [("9.2 mln dlrs", 9.2e6, "USD"), ("6.5", 6.5e6, "USD")]


def test_a_pair_written_to_other_decimals_keeps_its_own_value():
    found = readings("    Margin 14.2 mln vs 13\n")
    assert ("13", 13.0, None) in found


# --- "the number of" ----------------------------------------------------------------------


def test_a_figure_right_before_the_number_of_counts_its_noun():
    found = readings("The purchase brings to 14 the number of stores it runs in Ohio.")
    assert found == [("14", 14.0, "store")]


def test_a_small_move_after_the_number_of_is_one_range():
    (mention,) = find_quantities("The plant will raise the number of presses to 36 from 12.")
    assert (mention.low, mention.high, mention.unit) == (12.0, 36.0, "press")


def test_a_small_move_without_a_counted_noun_stays_two_figures():
    values = [mention.value for mention in find_quantities("It cut the rate to 5 from 6.")]
    assert values == [5.0, 6.0]


# --- a letter that opens a name -----------------------------------------------------------


def test_a_letter_hyphened_to_a_name_is_no_temperature():
    found = readings("HOGS APR7 50.10 UP 0.45\nF-CATTLE APR7 68.30 UP 0.12\n")
    assert ("0.45", 0.45, None) in found
    assert all(unit != "degree_Fahrenheit" for _, _, unit in found)


# --- a revision in brackets -----------------------------------------------------------------


def test_a_bracketed_revision_takes_the_unit_of_the_figure_it_revises():
    found = readings("Exports fell to 2.6 mln bales from 3.1 mln (revised from 3.0 mln) in 1985.")
    assert ("3.0 mln", 3.0e6, "bale") in found


def test_a_bracket_that_revises_nothing_carries_no_unit():
    found = readings("The index stood at 4.5 pct (from 12 lenders polled) last week.")
    assert ("12 lenders", 12.0, "lender") in found


def test_an_ask_after_a_bid_is_read_as_a_bare_quote():
    found = readings("COPPER  SEP7 6480B 6495A\n")
    assert found == [("6480B", 6480.0, None), ("6495A", 6495.0, None)]
    assert readings("The charger draws 2A.") == [("2A", 2.0, "ampere")]


def test_a_revision_whose_scale_follows_the_bracket_is_given_no_unit():
    found = readings("Deposits rose to 12.4 billion dlrs from 12.1 (revised from 12.2) billion.")
    assert ("12.2", 12.2, None) in found
