"""Readings of issue 15 found by a ninth audit of unseen BBC and Reuters copy: counts a
season or a decade, "near" as a hedge, ranges between two ages, a bare second guess at an
amount, "-ly" words inside a counted noun phrase, market moves joined by a slash, item
markers in running text, a table's whole-number cells, clock times before a North American
zone, and points beside a percentage point."""

from figure_helpers import figure_claims, figures, figures_and_units

from claimcheck.extract.quantities import find_quantities

# A count per season, decade or fortnight is a rate, as a count per year is.


def test_a_count_a_season_is_a_rate():
    assert figures_and_units("The winger scored 14 goals a season at his old club.") == [
        ("14 goals a season", 14.0, "goal / season")
    ]


def test_a_count_a_decade_is_a_rate():
    assert figures_and_units(
        "The valley floods three times a decade and loses two bridges a decade."
    )[-1] == ("two bridges a decade", 2.0, "bridge / decade")


def test_a_season_that_dates_the_count_gives_no_rate():
    assert figures_and_units("They sold 300 tickets a season later.") == [
        ("300 tickets", 300.0, "ticket")
    ]


# "near" hedges a figure it follows a verb of level or a preposition of level; a place
# after "near" is no hedge.


def test_near_after_a_level_verb_hedges_the_figure():
    assert figures("The club wants forwards who are near 25 goals by May.") == [
        ("25 goals", 25.0, "goal", "approx")
    ]
    assert figures("The shares stood near 48 at the close.") == [("48", 48.0, None, "approx")]


def test_near_as_a_preposition_of_place_is_no_hedge():
    assert figures("They rented a cottage near two quiet lakes.") == [
        ("two quiet lakes", 2.0, "lake", "exact")
    ]


# "between the ages of N and M" is one range of ages.


def test_between_the_ages_of_two_numbers_is_one_age_range():
    claims = figure_claims("Members between the ages of 30 and 45 were polled.")
    assert [(c.low, c.high, c.unit) for c in claims] == [(30.0, 45.0, "year")]


def test_aged_between_two_numbers_stays_one_age_range():
    claims = figure_claims("Pupils aged between 8 and 12 joined the club.")
    assert [(c.low, c.high, c.unit) for c in claims] == [(8.0, 12.0, "year")]


def test_an_age_then_a_count_joined_by_and_stay_apart():
    assert figures_and_units("She left home at the age of 30 and 45 friends came.") == [
        ("30", 30.0, "year"),
        ("45 friends", 45.0, "friend"),
    ]


# A bare second guess at an amount takes the amount's unit.


def test_a_bare_figure_after_perhaps_takes_the_unit_before_it():
    assert figures_and_units("Brokers expect a bid of about 410 pence, perhaps 420.") == [
        ("410 pence", 4.1, "GBP"),
        ("420", 4.2, "GBP"),
    ]


def test_a_bare_figure_after_or_takes_the_unit_before_it():
    assert figures_and_units("Dealers see the stock open at 95 pence or 98 today.") == [
        ("95 pence", 0.95, "GBP"),
        ("98", 0.98, "GBP"),
    ]


def test_a_bare_figure_after_a_percentage_and_or_takes_no_unit():
    assert figures_and_units("The index shed 2% or 35 in the session.") == [
        ("2%", 2.0, "percent"),
        ("35", 35.0, None),
    ]


# A word in "-ly" inside a counted noun phrase.


def test_an_adverb_before_an_adjective_of_the_counted_plural():
    assert figures_and_units("The firm runs two strikingly different shops.") == [
        ("two strikingly different shops", 2.0, "shop")
    ]


def test_a_word_in_ly_right_before_the_plural_head():
    assert figures_and_units("The couple own three family cars.") == [
        ("three family cars", 3.0, "car")
    ]


def test_an_adverb_before_a_verb_gives_no_counted_noun():
    assert figures_and_units("Of the 50, 20 eventually signed contracts.") == [
        ("50", 50.0, None),
        ("20", 20.0, None),
    ]


# Market moves written as two full prices joined by a slash are one range however wide.


def test_a_move_between_two_full_prices_joined_by_a_slash_is_a_range():
    claims = figure_claims("Fresh hams were off 8.00/13.00 dlrs in slow trade.")
    assert [(c.low, c.high, c.unit) for c in claims] == [(8.0, 13.0, "USD")]


def test_two_far_apart_prices_without_a_move_stay_no_range():
    assert all(m.low is None for m in find_quantities("Bids were 3.10/7.90 dlrs."))


# Item markers "1)" and "2)" written in running text are no figures.


def test_item_markers_after_a_colon_and_after_and_are_no_figures():
    assert figures_and_units("The plan has two aims: 1) lower fares and 2) faster trains.") == [
        ("two aims", 2.0, "aim")
    ]


def test_an_item_marker_opening_a_line_is_no_figure():
    assert figures_and_units("Our reasons follow.\n2) Rents keep rising.") == []


def test_a_figure_closing_a_bracket_it_opened_is_still_a_figure():
    assert figures_and_units("Profit fell (by 14) and sales rose.") == [("14", 14.0, None)]


# A table's whole-number cell after a short row label and a column gap is a figure.


def test_whole_number_cells_of_a_price_table_are_figures():
    table = "CLOSE OF TRADE\n ACME WORKS      61 1/4\n BOLT HOLDINGS   37\n ORE CO INC      112\n"
    assert [m.value for m in find_quantities(table)] == [61.25, 37.0, 112.0]


def test_a_name_and_its_number_in_prose_stay_no_figure():
    assert find_quantities("Fans queued for the Acme Works 49 launch.") == []


# A four-digit clock time before a North American zone is no quantity, in either case.


def test_a_clock_time_before_a_lower_case_zone_is_no_quantity():
    assert find_quantities("Hog prices as of 1430 cdt.\nLoins were steady.") == []


def test_a_viscosity_in_centistokes_stays_a_figure():
    assert [m.value for m in find_quantities("Bunker oil of 380 cst was offered.")] == [380.0]


# Points in the clause of a percentage point are percentage points.


def test_points_after_a_percentage_point_in_one_clause_are_percentage_points():
    assert figures_and_units(
        "The fee is a half-point for arranging the loan and one point for placing it."
    ) == [("half-point", 0.5, "percentage_point"), ("one point", 1.0, "percentage_point")]


def test_points_in_a_later_sentence_keep_their_own_unit():
    assert figures_and_units("Rates rose a half-point. The side lost by one point.") == [
        ("half-point", 0.5, "percentage_point"),
        ("one point", 1.0, "point"),
    ]
