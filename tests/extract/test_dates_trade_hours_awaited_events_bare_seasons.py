"""The part of a day a market trades ("in morning trade"); "a year before" closing its
phrase; the end of the quarter under discussion; an event month awaited by a word of
expectation or a modal; a season with no article after a preposition of time; a month
before "record of"."""

from datetime import date

from date_helpers import found

# ---- the part of a day a market trades ----------------------------------------------------


def test_morning_trade_is_a_time_of_the_publication_day():
    mention = found("The brewer's stock slipped 3 pence in morning trade in Leeds.")["morning"]
    assert (mention.type, mention.value) == ("time", "1995-05-10")


def test_early_afternoon_trading_keeps_its_part():
    text = "Bank shares were 1% lower in early afternoon trading."
    mention = found(text)["early afternoon"]
    assert (mention.type, mention.value, mention.mod) == ("time", "1995-05-10", "START")


def test_trade_after_a_named_day_takes_that_day():
    text = "On Monday the miner's shares jumped in thin evening dealings."
    assert found(text)["evening"].value == "1995-05-08"


def test_a_session_or_trading_after_a_wrapped_line_is_still_read():
    text = (
        "The bank lent 40 mln stg in the morning\nsession and the pound fell in afternoon\ntrading."
    )
    dates = found(text)
    assert dates["the morning"].value == "1995-05-10"
    assert dates["afternoon"].value == "1995-05-10"


def test_a_morning_trade_with_no_preposition_is_no_time():
    assert "morning" not in found("The morning trade route crosses the pass.")


# ---- "a year before" that closes its phrase -----------------------------------------------


def test_a_year_before_after_a_figure_counts_back_like_a_year_earlier():
    text = "The dairy earned 3 mln dlrs, up from 2.2 mln dlrs a year before, on sales of 9 mln."
    mention = found(text)["a year before"]
    assert (mention.type, mention.value) == ("date", "1994")


def test_a_year_before_an_event_stays_a_length():
    text = "The plant closed a year before the merger."
    mention = found(text)["a year"]
    assert (mention.type, mention.value) == ("duration", "P1Y")


def test_days_before_with_no_object_stay_a_length():
    mention = found("The crew had landed two days before.")["two days"]
    assert (mention.type, mention.value) == ("duration", "P2D")


# ---- the end of the quarter under discussion ----------------------------------------------


def test_end_of_the_quarter_after_a_reported_quarter_is_that_quarter():
    text = "The lender posted a first quarter loss. At the end of the quarter bad loans were 2 bln."
    assert found(text)["the end of the quarter"].value == "1995-Q1"


def test_end_of_the_quarter_with_none_discussed_is_the_running_one():
    text = "The lender will sell the unit by the end of the quarter."
    assert found(text)["the end of the quarter"].value == "1995-Q2"


# ---- an event month that is awaited -------------------------------------------------------


def test_speculation_of_an_early_month_election_looks_ahead():
    text = "The poll should cool talk of an early September election, analysts said."
    mention = found(text)["early September"]
    assert (mention.value, mention.mod) == ("1995-09", "START")


def test_a_modal_before_a_month_vote_looks_ahead():
    text = "The row may delay a November vote on the treaty."
    assert found(text)["November"].value == "1995-11"


def test_plans_for_a_month_trip_look_ahead():
    assert found("The minister plans an October trip to Lima.")["October"].value == "1995-10"


def test_an_event_month_in_a_past_clause_stays_past():
    text = "The party lost seats in the September election."
    assert found(text)["September"].value == "1994-09"


def test_a_statistic_month_is_not_awaited():
    text = "Economists expect the September figures to show a drop."
    assert found(text)["September"].value == "1994-09"


# ---- a season with no article -------------------------------------------------------------


def test_by_late_season_in_a_past_sentence_is_the_one_gone_by():
    text = "By late summer, demand for the flats had cooled, the builder said."
    mention = found(text)["late summer"]
    assert (mention.value, mention.mod) == ("1994-SU", "END")


def test_by_a_season_in_a_future_clause_is_the_coming_one():
    assert found("The pool will reopen by autumn.")["autumn"].value == "1995-FA"


def test_a_season_before_a_noun_is_not_read_alone():
    assert "summer" not in found("Hotels fill in summer months.")


def test_a_bare_season_without_a_base_is_unresolved():
    assert found("Trade slowed in winter.", None)["winter"].value is None


# ---- a month before "record of" -----------------------------------------------------------


def test_a_month_before_record_of_is_that_month():
    text = "Van sales rose to a March record of 5,100 units."
    assert found(text)["March"].value == "1995-03"


def test_a_modal_may_before_record_is_no_month():
    assert "may" not in found("The mill may record a loss.")


# ---- a named year's part right after the year ---------------------------------------------


def test_end_of_a_year_then_its_ordinal_quarter_is_one_mention():
    text = "Bad loans were 4 pct of assets at the end of the 1994 second quarter."
    mention = found(text)["the end of the 1994 second quarter"]
    assert (mention.value, mention.mod) == ("1994-Q2", "END")


def test_start_of_a_year_then_its_first_half():
    text = "The yard was idle from the start of the 1993 first half."
    mention = found(text)["the start of the 1993 first half"]
    assert (mention.value, mention.mod) == ("1993-H1", "START")


def test_end_of_a_year_alone_keeps_the_year():
    assert found("Debt fell by the end of 1993.")["the end of 1993"].value == "1993"


# ---- "the same month of last year" ---------------------------------------------------------


def test_same_month_of_last_year_is_that_month_a_year_back():
    text = "The yard sold 90 boats in April, against 70 in the same month of last year."
    assert found(text)["the same month of last year"].value == "1994-04"


def test_same_month_of_the_previous_year_across_a_wrap():
    text = "The yard sold 90 boats in April, against 70 in the same\nmonth of the previous year."
    assert found(text)["the same month of the previous year"].value == "1994-04"


# ---- the first or last three or six months of a named year ---------------------------------


def test_last_three_months_of_a_year_are_its_fourth_quarter():
    text = "The carrier lost 8 mln dlrs in the last three months of 1993."
    mention = found(text)["the last three months of 1993"]
    assert (mention.value, mention.first_day, mention.last_day) == (
        "1993-Q4",
        date(1993, 10, 1),
        date(1993, 12, 31),
    )


def test_first_six_months_of_a_year_are_its_first_half_and_anchor_the_same_period():
    text = "Exports rose in the first six months of 1993, against the same period of 1992."
    dates = found(text)
    assert dates["the first six months of 1993"].value == "1993-H1"
    assert dates["the same period of 1992"].value == "1992-H1"


def test_first_nine_months_of_a_year_stay_a_length_and_a_year():
    dates = found("Exports rose in the first nine months of 1993.")
    assert dates["the first nine months"].value == "P9M"
    assert dates["1993"].value == "1993"


def test_first_six_months_of_a_fiscal_year_stay_a_length():
    dates = found("Exports rose in the first six months of fiscal 1993.")
    assert dates["the first six months"].value == "P6M"
