"""Readings of issue 15 found by an eleventh audit of unseen BBC and Reuters copy: two
estimates joined by a slash before one scale word, a rate's basis whose unit wraps onto the
next line of wire copy, tie-break points in brackets after a set's score, a score after
"defeated" and the like, a chain of three dashed numbers, and a market mover's change
"to" its price in a list that writes its verb once."""

from figure_helpers import figure_claims, figures_and_units


def spans_and_ranges(text: str) -> list[tuple[str, float | None, float | None, str | None]]:
    return [(claim.text, claim.low, claim.high, claim.unit) for claim in figure_claims(text)]


# Two amounts joined by a slash and followed by a scale word are two estimates of one amount:
# the scale and the unit after it belong to both sides.


def test_a_scaled_pair_of_estimates_is_one_range_of_counted_things():
    assert spans_and_ranges("The harvest forecast was lowered to 1.5/2.0 mln bags.") == [
        ("1.5/2.0 mln bags", 1500000.0, 2000000.0, "bag")
    ]


def test_a_scaled_pair_takes_the_currency_after_the_scale():
    assert spans_and_ranges("Brokers see annual sales of 3.5/4.0 billion dlrs.") == [
        ("3.5/4.0 billion dlrs", 3500000000.0, 4000000000.0, "USD")
    ]


def test_the_scale_reaches_the_side_that_shares_a_noun_with_an_earlier_figure():
    assert spans_and_ranges("Exports may drop to 1.1 mln tonnes from 1.3/1.4 mln.") == [
        ("1.1 mln tonnes", None, None, "metric_ton"),
        ("1.3/1.4 mln", 1300000.0, 1400000.0, "metric_ton"),
    ]


def test_a_bid_and_offer_without_a_scale_stay_a_close_quote():
    assert spans_and_ranges("Bullion closed at 411.20/70 dlrs an ounce.") == [
        ("411.20/70 dlrs an ounce", 411.2, 411.7, "USD / ounce")
    ]


def test_two_amounts_far_apart_before_a_scale_are_no_range():
    claims = spans_and_ranges("The board weighed 1.0/4.0 mln as options.")
    assert not any(low == 1000000.0 and high == 4000000.0 for _, low, high, _ in claims)


# A wire story breaks its lines anywhere: the unit of a rate's round basis may open the next
# line; a paragraph's indent still ends the figure.


def test_the_basis_unit_on_the_next_line_belongs_to_the_rate():
    assert figures_and_units("Buyers paid about 1,410 francs per 100\nkilos for the crop.") == [
        ("1,410 francs per 100\nkilos", 1410.0, "FRF / 100 kilogram")
    ]


def test_a_word_on_the_next_line_that_is_no_unit_leaves_the_basis_alone():
    assert figures_and_units("The lira was quoted at 80.15/20 francs per 100\nagainst 80.10.")[
        0
    ] == ("80.15/20 francs per 100", None, "FRF / 100")


def test_a_new_indented_paragraph_is_not_read_as_the_basis_unit():
    assert figures_and_units("A refund of 40 Ecus per 100\n    Kilos of barley was set.") == [
        ("40 Ecus per 100", 40.0, "XEU / 100")
    ]


# Tennis: a set's tie-break points in brackets belong to the score line, which is no range
# and holds no fraction.


def test_a_score_line_with_tie_breaks_holds_no_figure():
    assert figure_claims("Final: Garcia 6-7 (6/8) 6-2 7-6 (10/8) 6-3 Lopez") == []


def test_tie_break_points_after_a_won_set_are_no_fraction():
    assert figure_claims("She took the opener 7-6 (2/4) before cruising home.") == []


def test_a_fraction_in_brackets_after_a_percentage_range_stays():
    assert figures_and_units("Prices rose 3-4 pct (1/2 of that from fuel).") == [
        ("3-4 pct", None, "percent"),
        ("1/2", 0.5, None),
    ]


# A score after a verb of beating, with the loser between, is no range of numbers.


def test_a_score_after_defeated_is_no_range():
    assert figure_claims("A lower-league side defeated the holders 2-1 in extra time.") == []


def test_a_score_after_crushed_is_no_range():
    assert figure_claims("The champions were crushed 2-5 by their rivals.") == []


# Three small numbers dashed together name a formation or a product, not a range.


def test_a_three_part_formation_is_no_range():
    assert figure_claims("The coach switched to a 4-5-1 formation at half time.") == []


def test_a_range_ending_in_a_mixed_fraction_is_still_a_range():
    assert spans_and_ranges("Banks quoted rates of 3-4-1/2 pct for the loans.") == [
        ("3-4-1/2 pct", 3.0, 4.5, "percent")
    ]


# A list of market movers says its verb once: each "move to price" after it is a change and
# the price reached, not a range, when the unit follows the move alone or the move is a
# fraction far below the price.


def test_a_move_in_pence_then_a_bare_price_is_no_range():
    assert figures_and_units("Boots rose 6p to 412 and Tesco 3p to 198.") == [
        ("6p", 0.06, "GBP"),
        ("412", 412.0, None),
        ("3p", 0.03, "GBP"),
        ("198", 198.0, None),
    ]


def test_a_fractional_move_then_a_price_in_dollars_is_no_range():
    assert figures_and_units("Alcan added 1/4 to 27 dlrs, Domtar 3/8 to 18-1/2.") == [
        ("1/4", 0.25, None),
        ("27 dlrs", 27.0, "USD"),
        ("3/8", 0.375, None),
        ("18-1/2", 18.5, None),
    ]


def test_a_range_of_fines_with_its_unit_at_the_end_stays_a_range():
    assert spans_and_ranges("Fines of 100 to 5,000 dlrs were proposed.") == [
        ("100 to 5,000 dlrs", 100.0, 5000.0, "USD")
    ]


def test_a_range_of_small_fractions_stays_a_range():
    assert spans_and_ranges("Dealers expect a cut of 1/4 to 1/2 pct.") == [
        ("1/4 to 1/2 pct", 0.25, 0.5, "percent")
    ]
