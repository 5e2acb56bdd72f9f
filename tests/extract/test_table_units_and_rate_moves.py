"""A unit stated once for a wire table, carried to its bare cells; a price raised "each" and a
rate moved between months, each read as one movement."""

import pytest

from claimcheck.extract.quantities import find_quantities


def readings(text):
    return [(m.text, m.value, m.unit) for m in find_quantities(text)]


# ---- a unit or scale stated once for a table ------------------------------------------------

COFFEE_TABLE = (
    "LONDON COFFEE CLOSE - MAY 4\n"
    "                      cts/lb\n"
    " Robusta grade 2         120.50  up 1.25\n"
    " Arabica grade 3         131.75  off 0.50\n"
)


def test_unit_line_above_the_columns_gives_its_unit_to_every_price_cell():
    found = [m for m in find_quantities(COFFEE_TABLE) if m.unit is not None]
    assert [m.unit for m in found] == ["USD / pound"] * 4
    assert [m.value for m in found] == pytest.approx([1.205, 0.0125, 1.3175, 0.005])


def test_grade_numbers_in_a_priced_table_take_no_price():
    table = "SPOT RICE - JUNE 2\n          dlrs/tonne\n Thai no. 5     310  up 2\n"
    units = {m.text: m.unit for m in find_quantities(table)}
    assert units.get("5") is None
    assert units["310"] == "USD / metric_ton"


def test_title_closing_with_thousands_of_a_unit_scales_the_cells():
    table = "CANOLA SHIPMENTS (000 tonnes)\n  Week 14     82.4    77.0\n  Season    1,905   1,644\n"
    values = [(m.value, m.unit) for m in find_quantities(table)]
    assert values == [
        (pytest.approx(82400), "metric_ton"),
        (pytest.approx(77000), "metric_ton"),
        (pytest.approx(1905000), "metric_ton"),
        (pytest.approx(1644000), "metric_ton"),
    ]


def test_title_ending_in_a_currency_and_scale_after_in():
    table = "KOREA CURRENT ACCOUNT in mln dlrs\n Goods   3,410   2,975\n"
    assert [(m.value, m.unit) for m in find_quantities(table)] == [
        (pytest.approx(3.41e9), "USD"),
        (pytest.approx(2.975e9), "USD"),
    ]


def test_bracketed_row_heading_reaches_its_own_row_only():
    table = (
        "    OATS\n"
        "              1987/88    1986/87\n"
        "  Yield (bu)    55.1      54.3\n"
        "  Exports        44        39\n"
    )
    assert readings(table) == [
        ("55.1", pytest.approx(55.1), "bushel"),
        ("54.3", pytest.approx(54.3), "bushel"),
        ("44", 44, None),
        ("39", 39, None),
    ]


def test_the_table_ends_at_a_blank_line_a_new_title_or_prose():
    blank = "WOOL SALES (000 kilos)\n Fine   12.5\n\n Coarse   8.1\n"
    assert [m.unit for m in find_quantities(blank)] == ["kilogram", None]
    new_title = "WOOL SALES (000 kilos)\n Fine   12.5\n COTTON\n Coarse   8.1\n"
    assert [m.unit for m in find_quantities(new_title)] == ["kilogram", None]
    prose = "WOOL SALES (000 kilos)\n Fine   12.5\nThe board expects sales to reach 40 next week.\n"
    assert [m.unit for m in find_quantities(prose)][-1] is None


def test_a_row_counting_what_was_traded_is_not_priced():
    table = "COCOA SPOTS - MAY 4\n        stg/tonne\n Ghana    1,520\n Spot vol    640\n"
    units = {m.text: m.unit for m in find_quantities(table)}
    assert units["1,520"] == "GBP / metric_ton"
    assert units["640"] is None


def test_cells_with_their_own_scale_or_unit_keep_it():
    table = "RESULTS (mln)\n Sales 1.2 billion vs 980.5\n Net 40.1 stg vs 38.2\n"
    by_text = {m.text: m for m in find_quantities(table)}
    assert by_text["1.2 billion"].value == pytest.approx(1.2e9)
    assert by_text["40.1 stg"].unit == "GBP"


def test_a_scale_wrapped_onto_its_own_line_is_no_table_heading():
    text = "Profit 51.9 mln vs 30.1\n Mln\n Net 1,234 vs 1,100\n"
    by_text = {m.text: m.value for m in find_quantities(text)}
    assert by_text["1,234"] == 1234


def test_a_period_line_over_a_results_table_is_no_unit():
    text = "Shr 1.10 dlrs vs 90 cts\n    Year\n    Net 15,401,000 vs 13,525,000\n"
    by_text = {m.text: m for m in find_quantities(text)}
    assert by_text["15,401,000"].unit is None
    assert by_text["15,401,000"].value == 15401000


# ---- movements written level first ----------------------------------------------------------


def test_a_price_raised_each_is_one_per_share_movement():
    (mention,) = find_quantities(
        "She lifted her bid for Delta Corp shares to 41 dlrs each from 37 dlrs."
    )
    assert (mention.low, mention.high, mention.direction) == (37, 41, "up")
    assert mention.unit == "USD / share"


def test_a_rate_moved_from_one_month_to_the_next_is_one_range():
    (mention,) = find_quantities("Bank lending growth slowed to 6.4 pct in April from 7.1 pct.")
    assert (mention.low, mention.high, mention.direction) == (6.4, 7.1, "down")
    (rose,) = find_quantities("The savings rate rose 8.25 pct in June from 7.9 pct.")
    assert (rose.low, rose.high, rose.direction) == (7.9, 8.25, "up")


def test_a_rate_whose_old_level_names_its_own_month_stays_two_dated_figures():
    # Each month's figure is a statistic of its own (the ledger sets the earlier one against
    # that month's release), as with "6 pct for 1987 from 9 pct in 1986".
    text = "Bank lending growth slowed to 6.4 pct in April from 7.1 pct in March."
    assert [(m.value, m.low) for m in find_quantities(text)] == [(6.4, None), (7.1, None)]


def test_an_aside_between_the_old_level_and_its_month_keeps_the_figures_apart():
    text = (
        "Bank lending growth slowed to 6.4 pct in April from 7.1 pct (revised from 7.3) in March."
    )
    assert [m.value for m in find_quantities(text)] == [6.4, 7.1, 7.3]
    (revised,) = find_quantities(
        "Bank lending growth slowed to 6.4 pct in April from 7.1 pct (revised)."
    )
    assert (revised.low, revised.high) == (6.4, 7.1)


def test_a_rate_after_a_verb_but_from_a_sum_stays_two_figures():
    text = "Exports rose 12 pct in May from 400 mln dlrs a year earlier."
    assert [m.unit for m in find_quantities(text)] == ["percent", "USD"]


# ---- a futures table's row, opened by its contract month ------------------------------------

FUTURES_ROWS = (
    "ZINC CLOSE\n SEP7 4410L 4425H   4390\n DEC7 4480B 4495A   4452\n MAR8        4560A   4518\n"
)


def test_marked_quotes_on_a_contract_row_are_cells_not_litres_or_amperes():
    found = find_quantities(FUTURES_ROWS)
    assert [m.value for m in found] == [4410, 4425, 4390, 4480, 4495, 4452, 4560, 4518]
    assert all(m.unit is None for m in found)


def test_a_glued_letter_outside_a_contract_row_keeps_its_reading():
    (mention,) = find_quantities("The plant draws 40A at peak load.")
    assert mention.unit == "ampere"


def test_a_market_named_over_quoted_rates_gives_them_no_currency():
    table = "DEPOSIT RATES - MAY 4\n    SWISS FRANC\n 1 month     3-5/8\n 3 months    4\n"
    assert all(m.unit != "CHF" for m in find_quantities(table))


def test_a_turnover_row_of_a_price_table_is_not_priced():
    table = "VIENNA COINS - MAY 4\n Schilling per coin\n Ducat 1,840\n Turnover 6.5\n"
    units = {m.text: m.unit for m in find_quantities(table)}
    assert units["1,840"] == "ATS / coin"
    assert units["6.5"] is None
