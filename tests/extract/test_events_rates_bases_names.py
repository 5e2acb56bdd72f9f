"""Readings of issue 15 found by a ninth read of unseen British copy: race distances written
with capitals, a title closed by a figure, "about" as a preposition, counts and sums per a
period or per a thing, a basis in words, parts "out of" a whole, people named after an
adjective, "singles"/"doubles" before the noun counted, and figures that name a firm, hold a
place in an order or restate a span of time."""

from figure_helpers import figures, figures_and_units

# Race distances written with capitals are lengths; titles stay no figure.


def test_a_capitalised_distance_before_an_event_word_is_a_length():
    assert figures_and_units("Jones took bronze in the 400 Metres Hurdles in Rome.") == [
        ("400 Metres", 400.0, "meter")
    ]
    assert figures_and_units("She set a record in the 200 Metres final last night.") == [
        ("200 Metres", 200.0, "meter")
    ]


def test_a_capitalised_distance_ending_its_name_after_the_is_a_length():
    assert figures_and_units("He entered the 5,000 Metres at the trials.") == [
        ("5,000 Metres", 5000.0, "meter")
    ]


def test_a_capitalised_unit_before_a_title_noun_stays_no_figure():
    assert figures("The 9 Metres singer opened a shop in the square.") == []
    assert figures("Critics praised 21 Grams when it came out.") == []


def test_a_figure_closing_a_title_opened_by_a_figure_is_no_figure():
    assert figures("The cast of 13 Going on 30 met fans in the city.") == []


# "about" after a word that takes it as a preposition is no hedge.


def test_about_after_a_verb_of_thought_or_speech_is_no_hedge():
    assert figures("Parents worried about 40 more pupils in the class.") == [
        ("40 more pupils", 40.0, "pupil", "exact")
    ]
    assert figures("The council talked about 12 new parks.") == [
        ("12 new parks", 12.0, "park", "exact")
    ]
    # a hedge still reads after a verb of amount
    assert figures("The repair cost about £300.") == [("£300", 300.0, "GBP", "approx")]


# Counts and sums at a rate: per a period, per a thing, per a round basis.


def test_a_count_of_things_a_year_is_a_rate():
    assert figures_and_units("The yard will launch 12 ships a year.") == [
        ("12 ships a year", 12.0, "ship / year")
    ]
    assert figures_and_units("The clinic sees 300 patients a day.") == [
        ("300 patients a day", 300.0, "patient / day")
    ]


def test_a_period_after_a_count_that_dates_it_is_no_rate():
    assert figures_and_units("It had hired 40 cooks a year after opening.")[0] == (
        "40 cooks",
        40.0,
        "cook",
    )
    assert figures_and_units("The club scored two goals a minute into the match.") == [
        ("two goals", 2.0, "goal")
    ]


def test_a_sum_before_a_and_a_thing_ending_the_clause_is_paid_per_thing():
    assert figures_and_units("The actor now earns $15m a picture.") == [
        ("$15m a picture", 15_000_000.0, "USD / picture")
    ]
    assert figures_and_units("Boots cost £60 a pair, the shop said.") == [
        ("£60 a pair", 60.0, "GBP / pair")
    ]


def test_a_sum_before_a_and_a_noun_going_on_has_no_basis():
    assert figures_and_units("They spent £4m a club official said.") == [
        ("£4m", 4_000_000.0, "GBP")
    ]


def test_a_sum_per_thing_then_per_period_keeps_both():
    assert figures_and_units("Schools get $30 per pupil per year for books.") == [
        ("$30 per pupil per year", 30.0, "USD / pupil / year")
    ]


def test_a_round_basis_in_words_is_written_as_its_number():
    # the thing the basis counts is kept, as after digits ("per 1,000 shares")
    assert figures_and_units("Just 12 doctors per thousand residents work there.")[0][2] == (
        "doctor / 1000 resident"
    )


# Counted nouns: a part out of a whole, people named after an adjective, kinds of titles.


def test_a_part_out_of_a_counted_whole_takes_its_noun():
    assert figures_and_units("Firms shipped 40 million out of 90 million tablets.") == [
        ("40 million", 40_000_000.0, "tablet"),
        ("90 million tablets", 90_000_000.0, "tablet"),
    ]


def test_people_named_after_an_adjective_are_the_ones_counted():
    assert figures_and_units("The fund helped 80 million poor Brazilians.") == [
        ("80 million poor Brazilians", 80_000_000.0, "brazilian")
    ]
    assert figures_and_units("Books went to 500 less fortunate Scots.") == [
        ("500 less fortunate Scots", 500.0, "scot")
    ]
    assert figures_and_units("Meals went to 60 less fortunate families.") == [
        ("60 less fortunate families", 60.0, "family")
    ]


def test_singles_and_doubles_before_a_plural_are_kinds_of_it():
    assert figures_and_units("She holds four doubles titles.") == [
        ("four doubles titles", 4.0, "title")
    ]
    assert figures_and_units("He lost two singles rubbers.") == [
        ("two singles rubbers", 2.0, "rubber")
    ]


# No figure: a firm named by a digit, a place in an order, a span restated without its unit.


def test_a_digit_listed_with_names_of_firms_is_a_name():
    assert figures("Clips are sold by carriers such as Orange and 3.") == []
    # a count after a name keeps its noun
    assert figures_and_units("Smith and 3 other riders crashed.")[0][2] == "rider"


def test_a_figure_before_a_singular_name_and_its_verb_is_a_name():
    assert figures("7 Media signs the young band.") == []
    assert figures_and_units("Seven Labour peers oppose the bill.") == [
        ("Seven Labour peers", 7.0, "peer")
    ]


def test_the_first_million_is_a_place_in_an_order():
    assert figures("The first million sold carry a free disc.") == []
    assert figures_and_units("The first 500 buyers get a free disc.") == [
        ("500 buyers", 500.0, "buyer")
    ]


def test_a_bare_number_restating_a_span_of_time_is_no_figure():
    assert figures("She backed a cut to 24 weeks and might go down to 20.") == []
    # another figure between the span and the bare number breaks the ellipsis
    assert figures("She backed a cut to 24 weeks, 300 doctors said, down to 20.")[-1] == (
        "20",
        20.0,
        None,
        "exact",
    )
    # a span that is no level leaves a later bare figure alone
    assert figures("He spent five years abroad and cut the list to 20.") == [
        ("20", 20.0, None, "exact")
    ]
