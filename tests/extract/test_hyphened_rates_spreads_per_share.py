"""Readings of issue 15 found by a thirteenth audit of unseen BBC and Reuters copy: a measure's
rate written as one compound modifier with "-a-" ("a 4-gram-a-tonne grade") is a rate over any
basis, as the "-per-" form was; "something like" before a figure hedges it; a market's spread
of moves ("0.25 cent lower to 0.45 higher") gives its far side the near side's unit; a sum a
clause names as per-share earnings is per share; a word of degree ("very", "quite") before an
adjective of the counted noun is passed, and is never the noun counted."""

from figure_helpers import figures, figures_and_units

# A measure over a basis written as one compound modifier.


def test_a_hyphened_measure_a_tonne_is_a_rate():
    assert figures_and_units("Drilling found a 5.2-gram-a-tonne seam of gold.") == [
        ("5.2-gram-a-tonne", 5.2, "gram / metric_ton")
    ]


def test_the_per_form_of_the_same_rate_reads_alike():
    assert figures_and_units("Drilling found a 5.2-gram-per-tonne seam of gold.") == [
        ("5.2-gram-per-tonne", 5.2, "gram / metric_ton")
    ]


def test_a_measure_then_a_outside_a_compound_still_needs_a_period():
    # "5 kg a bag" in prose is no rate: only a period after a loose "a" makes one
    assert figures_and_units("Each sack holds 5 kg a bag of feed.")[0][2] == "kilogram"


# "something like" as a hedge.


def test_something_like_before_a_count_is_approximate():
    assert figures("The archive holds something like 15 million pages.") == [
        ("15 million pages", 15000000.0, "page", "approx")
    ]


def test_something_like_before_money_is_approximate():
    assert figures("It may borrow something like 2.5 billion dlrs.")[0][3] == "approx"


def test_looks_like_before_a_figure_is_no_hedge():
    assert figures("It looks like 40 people came.")[0][3] == "exact"


# A spread of moves over a market's contracts.


def test_the_far_side_of_a_spread_of_moves_takes_the_cents():
    assert figures_and_units("Hog futures stood 0.25 cent lower to 0.45 higher at noon.") == [
        ("0.25 cent", 0.0025, "USD"),
        ("0.45", 0.0045, "USD"),
    ]


def test_a_spread_in_points_shares_the_points():
    read = figures_and_units("Bond futures were 6 points up to 4 down in late trade.")
    assert [unit for *_, unit in read] == ["point", "point"]


def test_a_level_after_a_move_keeps_its_own_unit():
    read = figures_and_units("The shares were 3 pct higher to 41 dlrs.")
    assert [unit for *_, unit in read] == ["percent", "USD"]


# Per-share earnings named before their sum.


def test_per_share_earnings_of_a_sum_are_a_price_per_share():
    assert figures_and_units("It reported per-share earnings of 2.40 dlrs for the year.") == [
        ("2.40 dlrs", 2.4, "USD / share")
    ]


def test_earnings_per_share_that_rose_to_a_sum_are_per_share():
    read = figures_and_units("Its earnings per share climbed 12 pct in 1986 to 3.15 dlrs.")
    assert [unit for *_, unit in read] == ["percent", "USD / share"]


def test_a_scaled_total_between_the_words_and_the_sum_ends_the_reach():
    read = figures_and_units(
        "Per share earnings gained as net income rose to 41 mln dlrs from 36.5 mln dlrs."
    )
    assert [unit for *_, unit in read] == ["USD"]


def test_a_sum_in_the_next_sentence_is_not_per_share():
    read = figures_and_units("Per share earnings gained. The firm paid 5 dlrs for each tonne.")
    assert "USD / share" not in [unit for *_, unit in read]


# Words of degree between a count and its noun.


def test_a_count_passes_very_before_an_adjective_of_its_noun():
    assert figures_and_units("The keeper made two very fine saves.") == [
        ("two very fine saves", 2.0, "save")
    ]


def test_a_count_passes_rather_before_a_hyphened_adjective():
    assert figures_and_units("Only five rather ill-at-ease looking trainees turned up.") == [
        ("five rather ill-at-ease looking trainees", 5.0, "trainee")
    ]


def test_a_word_of_degree_is_never_the_noun_counted():
    assert "quite" not in [unit for *_, unit in figures_and_units("The two quite often meet.")]


def test_pretty_before_a_plural_is_still_an_adjective():
    assert figures_and_units("She has two pretty gardens.") == [
        ("two pretty gardens", 2.0, "garden")
    ]


def test_a_total_named_between_ends_the_per_share_reach():
    read = figures_and_units("It posted earnings per share of 19 cts on profits of 455,000 dlrs.")
    assert [unit for *_, unit in read] == ["USD / share", "USD"]


def test_a_sum_too_large_for_a_share_stays_a_total():
    read = figures_and_units("Its earnings per share of 932,000 dlrs, or 1.27 dlrs a share, grew.")
    assert [unit for *_, unit in read] == ["USD", "USD / share"]


def test_a_dividend_row_after_a_per_share_row_is_money_alone():
    read = figures_and_units(
        "Profit per share 8.50 dlrs vs 7.60 Proposed dividend 2.00 dlrs vs 1.80"
    )
    assert [unit for *_, unit in read] == ["USD / share", "USD / share", "USD", "USD"]
