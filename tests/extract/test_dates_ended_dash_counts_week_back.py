"""A day or month right after "ended" in a sentence about the past is the last such day up
to publication (written in May, "the quarter ended June 30" is last year's); a dash and a
number that starts a length of time after a month and day make no range of days; "the
year-ago week" and "the same period last year" after "the week ended <day>" are that week
52 weeks back; a span of months that is a calendar quarter is the quarter "a year earlier"
counts back from."""

from datetime import date

from date_helpers import days, found

# ---- "ended" before a day or month later in the year than publication ---------------------


def test_quarter_ended_a_day_ahead_in_the_year_is_last_years():
    text = "Brewing profit in the quarter ended June 30 climbed to 4 mln dlrs."
    dates = found(text)
    assert dates["June 30"].value == "1994-06-30"
    assert dates["the quarter"].value == "1994-Q2"


def test_six_months_ended_a_day_ahead_in_the_year_is_last_years():
    text = "The miller earned 2.2 mln dlrs in the six months ended June 30."
    assert found(text)["June 30"].value == "1994-06-30"


def test_year_ended_a_month_ahead_is_last_years():
    text = "Timber shipments in the year ended June rose 6 pct, the board said."
    assert found(text)["June"].value == "1994-06"


def test_ended_a_day_just_past_stays_this_year():
    text = "Brewing profit in the quarter ended March 31 climbed to 4 mln dlrs."
    assert found(text)["March 31"].value == "1995-03-31"


def test_ended_in_a_sentence_that_looks_ahead_is_the_coming_close():
    text = "The miller said it expects to book a charge against the half-year ended June 30."
    assert found(text)["June 30"].value == "1995-06-30"


def test_ended_after_a_future_is_the_coming_close():
    text = "The grocer will show a loss for its year ended June 30, its chairman said."
    assert found(text)["June 30"].value == "1995-06-30"


def test_ending_in_a_past_sentence_is_still_the_running_period():
    # a season still running holds months already past: the tense does not decide here
    text = "Wool sales in the first ten months of the season ending June 30 rose 4 pct."
    assert found(text)["June 30"].value == "1995-06-30"


# ---- a dash, then a length of time --------------------------------------------------------


def test_dash_before_a_count_of_weeks_ago_is_no_range():
    text = "The pier gave way on April 5 - 20 weeks ago - in a gale."
    dates = found(text)
    assert days(dates["April 5"]) == ("1995-04-05", date(1995, 4, 5), date(1995, 4, 5))
    assert "20 weeks ago" in dates


def test_dash_before_a_small_count_of_weeks_ago_keeps_the_day():
    text = "The pier gave way on April 5 - 2 weeks ago - in a gale."
    assert found(text)["April 5"].value == "1995-04-05"


def test_to_before_a_count_of_years_is_no_range():
    text = "The smuggler was sentenced on April 5 to 7 years in jail."
    dates = found(text)
    assert days(dates["April 5"]) == ("1995-04-05", date(1995, 4, 5), date(1995, 4, 5))
    assert dates["7 years"].value == "P7Y"


def test_dash_between_two_days_is_still_a_range():
    text = "The book fair ran April 5 - 20, its organisers said."
    assert found(text)["April 5 - 20"].last_day == date(1995, 4, 20)


# ---- the week ended a day, a year back ----------------------------------------------------


def test_year_ago_week_after_week_ended_is_that_week_52_weeks_back():
    text = (
        "Members crushed 2.1 mln bushels in the week ended May 4, against 1.8 mln in the "
        "year-ago week."
    )
    back = found(text)["the year-ago week"]
    # May 4, 1995 is a Thursday; 52 weeks back, Thursday May 5, 1994 (ISO week 18)
    assert days(back) == ("1994-W18", date(1994, 4, 29), date(1994, 5, 5))


def test_same_period_last_year_after_week_ended_is_that_week_back():
    text = "Loadings in the week ended May 6 were 40 cars against 36 in the same period last year."
    back = found(text)["the same period last year"]
    assert days(back) == ("1994-W18", date(1994, 5, 1), date(1994, 5, 7))


def test_week_named_after_versus_does_not_move_the_year_ago_period():
    text = (
        "Juice movement in the week ended May 6 was 3.1 mln gallons versus 2.8 mln gallons in "
        "the week ended April 29 and 2.5 mln gallons in the corresponding year-ago period."
    )
    back = found(text)["year-ago period"]
    assert days(back) == ("1994-W18", date(1994, 5, 1), date(1994, 5, 7))


# ---- a span of months that is a quarter ---------------------------------------------------


def test_year_earlier_after_a_later_comparison_quarter_counts_from_the_span():
    text = (
        "Household spending in October-December was 9 bln against 8.7 bln in the September "
        "quarter and 8.1 bln a year earlier."
    )
    assert found(text, date(1995, 2, 10))["a year earlier"].value == "1993-Q4"


def test_year_ago_after_a_span_of_a_quarter_is_that_quarter_back():
    text = "Car output in April-June rose 5 pct from a year ago."
    assert found(text, date(1995, 8, 10))["a year ago"].value == "1994-Q2"
