"""Reporting stretches that are no quarter (nine months to a closing day, a fiscal year ended
in a named month, a span of months, the first months of a year) and the same stretch a year
back; a year written before a quarter's closing month; a month before "position" that is a
statistic's; month names typed with two capitals; a session of the day told in the past
with no preposition before it."""

from datetime import date

from date_helpers import BASE, days, found

# ---- a stretch ended on a day, a year back -------------------------------------------------


def test_year_ago_nine_months_after_nine_months_ended():
    text = (
        "Operating income for the nine months ended March 31 reached 7.2 mln dlrs, "
        "against 5.9 mln dlrs in the year-ago nine months."
    )
    back = found(text)["the year-ago nine months"]
    assert days(back) == ("1994", date(1993, 7, 1), date(1994, 3, 31))


def test_year_earlier_period_without_hyphen_after_nine_months_to():
    text = (
        "Revenue for the nine months to March 31 was 88 mln dlrs, up from 80 mln dlrs in "
        "the year earlier period."
    )
    back = found(text)["the year earlier period"]
    assert days(back) == ("1994", date(1993, 7, 1), date(1994, 3, 31))


def test_year_earlier_fiscal_year_after_a_year_ended_in_january():
    text = (
        "The retailer earned 14 mln dlrs in the year ended January 31, compared with "
        "11 mln dlrs in the year-earlier fiscal year."
    )
    back = found(text)["the year-earlier fiscal year"]
    # a year closing in January is named by the year before, as fiscal years are
    assert days(back) == ("1993", date(1993, 2, 1), date(1994, 1, 31))


def test_year_ago_period_after_a_fiscal_year_ended_in_september():
    text = (
        "For the fiscal year ended September 30, the group lost 2 mln dlrs, after a profit "
        "of 1 mln dlrs in the year ago period."
    )
    back = found(text)["the year ago period"]
    assert days(back) == ("1993", date(1992, 10, 1), date(1993, 9, 30))


def test_same_period_a_year_ago_after_weeks_ended_is_one_phrase():
    text = (
        "Crude runs in the four weeks ended April 28 averaged 12.1 mln barrels a day, "
        "from 11.7 mln in the same period a year ago."
    )
    readings = found(text)
    assert "a year ago" not in readings
    back = readings["the same period a year ago"]
    assert days(back) == ("1994", date(1994, 4, 1), date(1994, 4, 28))


def test_year_ago_nine_months_without_a_stretch_stays_the_year_before():
    text = "Profit rose strongly against the year-ago nine months, the chairman said."
    assert found(text)["the year-ago nine months"].value == "1994"


# ---- the first months of a year; spans of months ----------------------------------------


def test_year_earlier_nine_months_after_the_first_nine_months_of_a_year():
    text = (
        "Shipments in the first nine months of 1994 slipped to 310,000 tonnes from "
        "325,000 tonnes in the year-earlier nine months."
    )
    back = found(text)["the year-earlier nine months"]
    assert days(back) == ("1993", date(1993, 1, 1), date(1993, 9, 30))


def test_first_months_of_a_compared_year_are_no_stretch_discussed():
    # the quarter stays the one discussed: the comparison year names no stretch of its own
    text = (
        "First-quarter net fell to 40 mln dlrs from 44 mln dlrs in the first three months "
        "of 1994. Fee income dropped, against a gain in the year-earlier period."
    )
    assert found(text)["the year-earlier period"].value == "1994-Q1"


def test_same_period_last_year_after_a_span_of_months():
    text = "Car sales from October 1994 to March 1995 climbed 6 pct on the same period last year."
    back = found(text)["the same period last year"]
    assert days(back) == ("1994-H1", date(1993, 10, 1), date(1994, 3, 31))


def test_same_period_last_year_after_a_calendar_quarter_of_months():
    text = "Tourist arrivals in January-March grew 3 pct from the same period last year."
    back = found(text)["the same period last year"]
    assert days(back) == ("1994-Q1", date(1994, 1, 1), date(1994, 3, 31))


def test_same_period_after_three_months_to_a_month():
    text = (
        "Retail volumes in the three months to April rose 1.1 pct, while prices fell in the "
        "same period. Volumes were 2 pct above the same period a year earlier."
    )
    readings = found(text)
    # three months named by the quarter their closing month falls in, as "the quarter
    # ended April 30" is
    assert days(readings["the same period"]) == ("1995-Q2", date(1995, 2, 1), date(1995, 4, 30))
    back = readings["the same period a year earlier"]
    assert days(back) == ("1994-Q2", date(1994, 2, 1), date(1994, 4, 30))


def test_comparable_period_after_a_comparison_word_is_a_year_back():
    text = (
        "Sales for the year to date slipped to 9,100 units from 9,400 units in the "
        "comparable period."
    )
    assert found(text)["the comparable period"].value == "1994"


# ---- a year before a quarter's closing month -----------------------------------------------


def test_year_before_a_months_quarter():
    readings = found("The 1993 September quarter showed a small deficit.")
    assert list(readings) == ["1993 September quarter"]
    assert days(readings["1993 September quarter"]) == (
        "1993-Q3",
        date(1993, 7, 1),
        date(1993, 9, 30),
    )


def test_year_before_a_fiscal_months_quarter_is_left():
    # "fiscal 1995 March quarter" depends on the fiscal calendar: the year is read alone
    readings = found("Output in the fiscal 1995 March quarter was flat.")
    assert "fiscal 1995" in readings
    assert not any("quarter" in text for text in readings)


def test_month_quarter_without_a_year_is_unchanged():
    assert found("Exports rose in the December quarter.")["December quarter"].value == "1994-Q4"


# ---- "position" after a month ---------------------------------------------------------------


def test_position_of_a_statistic_is_that_month():
    text = "The jobless rate stood at 7.9 pct; the February position was revised up."
    assert found(text)["February"].value == "1995-02"


def test_positions_in_a_market_are_contract_months():
    text = "Funds switched August positions into October contracts late in the day."
    readings = found(text)
    assert readings["August"].value == "1995-08"
    assert readings["October"].value == "1995-10"


# ---- month names with two capitals ----------------------------------------------------------


def test_month_typed_with_two_capitals():
    readings = found("The dividend is payable JUly 14 to holders of record JUne 30.")
    assert readings["JUly 14"].value == "1995-07-14"
    assert readings["JUne 30"].value == "1995-06-30"


def test_two_capitals_of_a_word_that_is_more_than_a_month_are_left():
    assert found("MAy we add that the MArch past was long?") == {}


# ---- a session of the day told in the past --------------------------------------------------


def test_session_of_the_day_as_a_subject_in_the_past():
    text = "Dealers said the morning session was thin and rates drifted."
    session = found(text)["the morning"]
    assert (session.type, session.first_day) == ("time", BASE)


def test_session_planned_or_approved_is_no_time():
    assert found("The evening session was approved by the exchange board.") == {}
    assert found("The evening session will start in the autumn.").keys() <= {"the autumn"}
