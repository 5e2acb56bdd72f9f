"""Readings of issue 15 found by a tenth audit of unseen BBC and Reuters copy: a sum paid
"annually", a bare "Nm" that adds to a scaled sum of money, inches glued to the digits,
Norwegian kroner, a kicker's "slotted over", "N-odd", a quoted phrase inside a counted
noun phrase, "then" as an adjective of the head, and "one" after ", now"."""

from figure_helpers import figures, figures_and_units

# A sum of money followed by a period's adverb is money per period, as a mass or volume is.


def test_money_annually_is_money_per_year():
    assert figures_and_units("The charity gives $40,000 annually to the clinic.") == [
        ("$40,000 annually", 40000.0, "USD / year")
    ]


def test_money_yearly_and_monthly_are_rates():
    assert figures_and_units("Each club pays £2m yearly and £5,000 monthly in fees.") == [
        ("£2m yearly", 2000000.0, "GBP / year"),
        ("£5,000 monthly", 5000.0, "GBP / month"),
    ]


def test_a_percentage_annually_stays_a_percentage():
    assert figures_and_units("Exports grew 4% annually over the decade.") == [
        ("4%", 4.0, "percent")
    ]


# "Nm" ending its phrase after a sum of money with a scale word in the same sentence is
# millions of that money; a size or a race keeps its metres.


def test_bare_millions_after_a_scaled_sum_take_its_currency():
    assert figures_and_units(
        "The buyer pays 2bn euros now and another 700m when the deal closes."
    ) == [("2bn euros", 2000000000.0, "EUR"), ("700m", 700000000.0, "EUR")]


def test_a_further_sum_due_later_is_money_too():
    assert figures_and_units("The club received £3bn, with a further 450m due in May.")[-1] == (
        "450m",
        450000000.0,
        "GBP",
    )


def test_a_length_after_a_sum_of_money_stays_a_length():
    assert figures_and_units("The £4m grant paid for a tower 120m high.")[-1] == (
        "120m",
        120.0,
        "meter",
    )
    assert figures_and_units("She won £1m in prize money and the 800m at the Games.")[-1] == (
        "800m",
        800.0,
        "meter",
    )


def test_bare_metres_with_no_sum_before_stay_metres():
    assert figures_and_units("The crane lifted the beam 40m to the roof.") == [
        ("40m", 40.0, "meter")
    ]


# "in" written against the digits is inches.


def test_inches_glued_to_the_digits():
    assert figures("Buyers want sets of at least 50in (127cm) for the living room.") == [
        ("50in", 50.0, "inch", "at_least"),
        ("127cm", 127.0, "centimeter", "at_least"),
    ]
    assert figures_and_units("He sharpened a 9in blade.") == [("9in", 9.0, "inch")]


def test_a_lost_blank_before_in_the_is_no_inch():
    assert [unit for _, _, unit in figures_and_units("They scored 12in the second half.")] == []


def test_feet_and_inches_are_still_one_height():
    assert figures_and_units("The centre stands 6ft 5in tall.") == [("6ft 5in", 6 + 5 / 12, "foot")]


# "kroner" are Danish unless Norway is named before the figure.


def test_kroner_in_a_norwegian_story_are_norwegian():
    assert figures_and_units("An Oslo court fined the trader 250,000 kroner last week.") == [
        ("250,000 kroner", 250000.0, "NOK")
    ]


def test_kroner_with_no_country_named_stay_danish():
    assert figures_and_units("The brewer earned 3.2bn kroner in the year.") == [
        ("3.2bn kroner", 3200000000.0, "DKK")
    ]


# A kicker's "slotted over" sends each kick over the bar: no bound on the count.


def test_slotted_over_is_no_bound():
    assert figures("The fly-half slotted over five penalties in the wind.") == [
        ("five penalties", 5.0, "penalty", "exact")
    ]


def test_over_before_a_count_is_still_a_bound():
    assert figures("The fly-half kicked more than 30 penalties, over 12 conversions.")[-1] == (
        "12 conversions",
        12.0,
        "conversion",
        "more_than",
    )


# "N-odd" is a round figure and some more.


def test_n_odd_is_approximate():
    assert figures("The shop took 30-odd orders on Monday.") == [
        ("30-odd orders", 30.0, "order", "approx")
    ]


# A short quoted phrase between the figure and its plural noun stays inside the phrase.


def test_a_quoted_phrase_before_the_counted_noun():
    assert figures_and_units("Analysts expect 1.5 million 'smart home' speakers in use.") == [
        ("1.5 million 'smart home' speakers", 1500000.0, "speaker")
    ]


def test_a_quoted_clause_after_a_figure_counts_nothing():
    assert figures_and_units('He said 30 "were turned away" at the door.') == [("30", 30.0, None)]


# "then" before a plural head says who they were at the time.


def test_then_as_an_adjective_of_the_head():
    assert figures_and_units("The inquiry named four then ministers.") == [
        ("four then ministers", 4.0, "minister")
    ]


def test_then_before_a_verb_ends_the_phrase():
    assert figures_and_units("The two then travelled to Rome.") == [("two", 2.0, None)]


# "one <noun>" beside another count of the clause, after ", now".


def test_one_after_now_beside_a_count_is_a_count():
    assert figures_and_units("We trailed by three goals at the break, now one goal.") == [
        ("three goals", 3.0, "goal"),
        ("one goal", 1.0, "goal"),
    ]


def test_a_period_adjective_before_a_noun_gives_no_rate():
    assert figures_and_units("Wheat hit the 20 cent daily limit in early trade.")[0] == (
        "20 cent",
        0.2,
        "USD",
    )


# A sum restated inside brackets passes no currency to a bare scaled figure after them.


def test_a_bracketed_restatement_gives_no_currency_to_a_later_figure():
    assert figures_and_units(
        "Profit rose to 90m euros (£62m; $117m) this year, up from 45m in the year before."
    )[-1] == ("45m", 45000000.0, "EUR")


def test_a_sum_that_opens_its_own_bracket_still_gives_its_currency():
    assert figures_and_units(
        "The two biggest costs are pensions (210 billion forints this year) and roads (95 billion)."
    )[-1] == ("95 billion", 95000000000.0, "HUF")
