"""Readings of issue 15 found by a read of unseen wire copy: a country's initials before the
noun counted (and the capital the wire puts after them), a count before a hyphened size,
a movement "to X from Y" that writes its unit once, cents offered beside a larger sum in a
results note (per share), special drawing rights as a currency, and a basis in words
that keeps the unit after it."""

from figure_helpers import figures_and_units

# A country's initials between a count and its noun.


def test_initials_of_a_country_modify_the_noun_counted():
    assert figures_and_units("Eight U.S. refiners cut their runs.") == [
        ("Eight U.S. refiners", 8.0, "refiner")
    ]
    assert figures_and_units("The group named four large U.K. insurers.") == [
        ("four large U.K. insurers", 4.0, "insurer")
    ]


def test_a_capital_after_the_initials_is_a_case_slip_not_a_name():
    assert figures_and_units("Quotas went to three U.S. Exporters of rice.") == [
        ("three U.S. Exporters", 3.0, "exporter")
    ]
    assert figures_and_units("Rates were raised by six of the big U.K. Lenders.") == [
        ("six", 6.0, "lender")
    ]


def test_initials_closing_a_sentence_take_no_count():
    assert figures_and_units("Sales grew 4 pct in the U.S. Officials were pleased.") == [
        ("4 pct", 4.0, "percent")
    ]


# A count before a size joined to its noun by a hyphen.


def test_a_count_before_a_hyphened_size_counts_the_noun_after_the_size():
    assert figures_and_units("The airline leased three 120-seat jets.") == [
        ("three", 3.0, "jet"),
        ("120-seat", 120.0, "seat"),
    ]
    assert figures_and_units("The utility runs two 600-mw units on coal.") == [
        ("two", 2.0, "unit"),
        ("600-mw", 600.0, "megawatt"),
    ]


# A movement "to X from Y unit": the unit written once, after the start.


def test_the_level_reached_takes_the_unit_written_after_the_start():
    assert figures_and_units("Stocks of heating oil fell to 41.3 mln from 44.8 mln barrels.") == [
        ("41.3 mln", 41_300_000.0, "barrel"),
        ("44.8 mln barrels", 44_800_000.0, "barrel"),
    ]
    assert figures_and_units("Dealer sales slipped 8 pct to 2,310 from 2,511 trucks.") == [
        ("8 pct", 8.0, "percent"),
        ("2,310", 2_310.0, "truck"),
        ("2,511 trucks", 2_511.0, "truck"),
    ]


def test_a_figure_set_by_the_number_of_keeps_its_noun_before_from():
    text = "The deal lifts the number of orders to 212 from 9 buyers."
    assert figures_and_units(text)[0] == ("212", 212.0, "order")


def test_a_figure_after_to_without_from_keeps_no_unit():
    assert figures_and_units("Output fell to 41.3 mln, and stocks to 44.8 mln barrels.")[0] == (
        "41.3 mln",
        41_300_000.0,
        None,
    )


# Cents offered beside a much larger sum: the sum per share.


def test_cents_after_or_beside_a_larger_sum_are_per_share():
    assert figures_and_units("The year includes a tax credit of 612,000 dlrs or nine cts.") == [
        ("612,000 dlrs", 612_000.0, "USD"),
        ("nine cts", 0.09, "USD / share"),
    ]
    assert figures_and_units("Profit was 4.4 mln dlrs, or 37 cts, in the year.") == [
        ("4.4 mln dlrs", 4_400_000.0, "USD"),
        ("37 cts", 0.37, "USD / share"),
    ]


def test_cents_beside_a_sum_of_like_size_stay_money():
    assert figures_and_units("A ticket costs 3 dlrs or 75 cts for pupils.") == [
        ("3 dlrs", 3.0, "USD"),
        ("75 cts", 0.75, "USD"),
    ]


# Special drawing rights.


def test_special_drawing_rights_are_a_currency():
    assert figures_and_units("The fund agreed a loan of 120 mln SDRs.") == [
        ("120 mln SDRs", 120_000_000.0, "XDR")
    ]
    assert figures_and_units("It drew 40 mln SDR from a standby credit.") == [
        ("40 mln SDR", 40_000_000.0, "XDR")
    ]


# A basis in words after "per" keeps what it counts.


def test_a_basis_in_words_keeps_the_unit_after_it():
    assert figures_and_units("Gas fetched 1.92 dlrs per thousand cubic feet.") == [
        ("1.92 dlrs per thousand cubic feet", 1.92, "USD / 1000 cubic_foot")
    ]
