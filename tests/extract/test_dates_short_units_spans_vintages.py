"""Race times and waits with short units ("secs", "mins", "hrs"), seasons of two years with one
closing digit, years after a plural possessive or a describing word, a month after "its" or
"their", "last half" of a month, a day's figure estimated in the present tense, "daily life",
"the past" before a count of things, and "a year earlier" after a day was stated."""

from datetime import date

from claimcheck.extract.dates import find_dates

BASE = date(1991, 9, 13)  # a Friday


def readings(text, base=BASE):
    return [(m.text, m.type, m.value, m.mod) for m in find_dates(text, base)]


def values(text, base=BASE):
    return [m.value for m in find_dates(text, base)]


# ---- short units ------------------------------------------------------------------------


def test_race_times_with_secs_are_lengths():
    text = "She took the sprint in 11.08secs, finishing 0.12 secs clear of the field."
    assert readings(text) == [
        ("11.08secs", "duration", "PT11.08S", None),
        ("0.12 secs", "duration", "PT0.12S", None),
    ]


def test_whole_minutes_and_hours_with_short_units_are_lengths():
    assert values("Level after 90 mins, the tie went to penalties.") == ["PT90M"]
    assert values("Tankers queued for 17 hrs at the northern berth.") == ["PT17H"]


def test_clock_figures_before_hrs_are_no_lengths():
    # a four-digit clock time and a time with a dot are points of a day, not spans
    assert values("Bids close at 1600 hrs local time.") == []
    assert values("Trading was slow up to 10.45 hrs.") == []


def test_min_stays_a_minimum():
    assert values("The pellets carry 60 min starch.") == []


# ---- years ---------------------------------------------------------------------------------


def test_a_season_with_one_closing_digit_spans_two_years():
    [mention] = find_dates("They toured again in 1953-4 and lost once.", BASE)
    assert (mention.text, mention.value) == ("1953-4", "1953")
    assert mention.last_day == date(1954, 12, 31)


def test_one_closing_digit_that_is_not_the_next_year_is_no_span():
    assert values("The index ranged 1990-7 on the day.") == []


def test_a_year_after_a_plural_possessive_is_a_year():
    assert values("The Lions' 1959 tour of the south began in May.") == ["1959", "1991-05"]


def test_a_year_between_a_describing_word_and_a_plural_is_a_year():
    assert values("The unbeaten 1971 champions met again for a dinner.") == ["1971"]


def test_counts_after_count_words_stay_counts():
    assert values("The remaining 1950 tickets go on sale.") == []
    assert values("An impressive 2000 runners started.") == []
    assert values("The expected 1980 delegates stayed away.") == []


# ---- months and halves --------------------------------------------------------------------


def test_a_verb_like_month_after_its_is_the_month():
    assert values("The carrier said its May passenger load rose.") == ["1991-05"]
    assert values("Their March traffic figures fell.") == ["1991-03"]


def test_may_after_its_subject_stays_a_modal():
    assert values("The board said its plans may change.") == []


def test_last_half_of_a_named_month_is_its_second_half():
    text = "Buyers took soyoil for last half October/first half November shipment."
    assert readings(text) == [
        ("last half October", "date", "1991-10", "END"),
        ("first half November", "date", "1991-11", "START"),
    ]


# ---- days ----------------------------------------------------------------------------------


def test_a_day_figure_estimated_in_the_present_is_the_nearer_day():
    # a Friday: Saturday's is tomorrow's, Thursday's yesterday's
    assert values("Saturday's lamb kill is estimated at 9,000 head.") == ["1991-09-14"]
    assert values("Thursday's lamb kill is estimated at 8,000 head.") == ["1991-09-12"]


def test_a_day_figure_estimated_in_the_past_tense_stays_past():
    assert values("Saturday's lamb kill was estimated at 9,000 head.") == ["1991-09-07"]


# ---- words that are no time ----------------------------------------------------------------


def test_daily_life_is_no_frequency():
    assert values("Phones now shape our daily lives and the daily life of the office.") == [
        "PRESENT_REF"
    ]
    assert values("The plant raised its daily output.") == ["P1D"]


def test_the_past_before_a_count_of_things_is_no_time():
    assert values("He has led the party into the past two contests.") == []
    assert values("The side has won the past five Welsh derbies.") == []


def test_the_past_before_a_count_of_units_stays_a_time():
    assert values("Prices rose over the past two years.") == ["P2Y"]
    assert values("They have spent the past couple of years looking for a buyer.") == ["PAST_REF"]


# ---- a year earlier -----------------------------------------------------------------------


def test_a_comparison_year_after_a_stated_day_leaves_the_year_discussed():
    text = (
        "The brewer put out its 1990 accounts on Tuesday. It made 3 mln dlrs for the year, "
        "against a 1989 loss. Its beer unit lost 1 mln dlrs, against a year earlier gain."
    )
    assert values(text) == ["1990", "1991-09-10", "1989", "1989"]


def test_a_year_stated_without_comparison_moves_the_talk():
    text = (
        "It made a profit in 1990, it said on Tuesday. In 1989 it lost money. "
        "A year earlier it broke even."
    )
    assert values(text) == ["1990", "1991-09-10", "1989", "1988"]


# ---- years in brackets ---------------------------------------------------------------------


def test_a_year_alone_in_brackets_after_a_name_is_a_year():
    assert values("He wrote Harbour Lights (1962) and Tidewater (1966).") == ["1962", "1966"]
    assert values("Funds were raised under the Housing Finance Act (1984).") == ["1984"]


def test_a_month_with_its_year_in_brackets_is_that_month():
    assert values("Dealers still eye the March (1990) peak.") == ["1990-03"]


def test_a_bracketed_relative_year_is_not_joined_to_the_month():
    spans = [m.text for m in find_dates("Talks resume in June (next year, we hope).", BASE)]
    assert spans == ["June", "next year"]


def test_a_figure_in_brackets_below_1900_is_no_year():
    assert values("The fund lost (1450) units.") == []


# ---- sessions of a day ---------------------------------------------------------------------


def test_a_session_of_the_day_is_a_time_of_the_publication_day():
    text = "The central bank lent 80 mln stg to the discount houses in the morning session."
    assert readings(text) == [("the morning", "time", "1991-09-13", None)]


def test_a_session_after_a_named_day_is_a_time_of_that_day():
    text = "On Wednesday, deputies passed the budget in the evening session."
    assert values(text) == ["1991-09-11", "1991-09-11"]
    assert [m.type for m in find_dates(text, BASE)] == ["date", "time"]


def test_sessions_in_general_are_no_time():
    assert values("The afternoon sessions of the exchange are thin.") == []
    # a kind of session the exchange runs, not a time of the day
    assert values("Members voted to add an evening session to the floor hours.") == []
    assert values("The evening session will serve traders in Asia.") == []


def test_the_past_before_a_word_and_a_unit_stays_a_time():
    assert values("Cattle prices firmed in the past two trading days.") == ["PAST_REF"]


# ---- the close of a fiscal year ------------------------------------------------------------


def test_a_month_closing_the_year_before_it_leaves_that_year_discussed():
    text = (
        "Mills lost money in fiscal 1990, ended last March. Orders during the year were "
        "down 4 pct from the previous year."
    )
    assert values(text) == ["1990", "1991-03", "1989"]
    text = "Exports in 1990/91, ending June 30, rose from a year earlier."
    assert values(text) == ["1990", "1991-06-30", "1989"]


def test_a_closing_day_of_a_stretch_that_is_no_year_still_anchors():
    text = "Sales in the four weeks ended August 31 rose from a year earlier."
    assert values(text) == ["P4W", "1991-08-31", "1990"]
