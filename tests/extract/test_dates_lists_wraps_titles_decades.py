"""The last quarter or half of a named year, "the year ago quarter" without its hyphen, a month
and its noun split by a line wrap, the first day of a list of days, a bracketed year inside a
company's name, a table note's one-letter key before a year, "total" before a year's
figures, "second-" joined to the next word, a title with a capital "The", and decades in two
digits before the noun they describe."""

from datetime import date

from claimcheck.extract.dates import find_dates

BASE = date(1995, 5, 10)  # a Wednesday


def readings(text, base=BASE):
    return [(m.text, m.type, m.value) for m in find_dates(text, base)]


def values(text, base=BASE):
    return [m.value for m in find_dates(text, base)]


# ---- the closing part of a named year ------------------------------------------------------


def test_last_quarter_of_a_year_is_its_fourth():
    assert values("Freight volumes sagged in the last quarter of 1993.") == ["1993-Q4"]
    assert values("Hiring picked up in the last quarter of fiscal 1994.") == ["1994-Q4"]


def test_last_half_of_a_year_is_its_second():
    assert values("Margins narrowed over the last half of 1994.") == ["1994-H2"]


def test_last_quarter_without_a_year_is_unchanged():
    # no year named: still the stretch just gone by, as before
    assert readings("Orders slowed in the last quarter, the board said.") == [
        ("the last quarter", "duration", "P1Q")
    ]


# ---- a period a year back, hyphen dropped ------------------------------------------------


def test_year_ago_quarter_without_hyphen():
    text = "First-quarter profit rose to 8 mln dlrs from 6 mln in the year ago quarter."
    assert values(text) == ["1995-Q1", "1994-Q1"]


def test_year_earlier_month_without_hyphen():
    text = "Car sales in April rose 4 pct from the year earlier month."
    assert values(text) == ["1995-04", "1994-04"]


def test_a_year_ago_alone_stays_a_year():
    assert values("Margins were thinner a year ago.") == ["1994"]


# ---- a month and its noun across a line wrap ----------------------------------------------


def test_contract_month_after_a_line_wrap():
    assert values("Copper is seen firmer in the July\ncontract, dealers said.") == ["1995-07"]


def test_quarter_named_by_its_month_after_a_line_wrap():
    assert values("Exports grew in the March\nquarter.") == ["1995-Q1"]


def test_modal_may_before_a_wrap_is_still_no_month():
    assert values("Rates may\nrise, a dealer said.") == []


# ---- lists of days ------------------------------------------------------------------------


def test_every_day_of_a_list_takes_the_month():
    text = "Trials are set for 2, 9, 16 and 23 June."
    assert values(text) == ["1995-06-02", "1995-06-09", "1995-06-16", "1995-06-23"]


def test_a_larger_figure_before_the_list_is_no_day():
    # 40 cannot open a list ending on 23: a figure of something else
    assert values("He scored 40, 9 and 23 June saw rain.") == ["1995-06-09", "1995-06-23"]


# ---- years in names and notes ------------------------------------------------------------


def test_bracketed_year_inside_a_company_name_is_no_year():
    assert values("It sold Harbour Foundry (1958) Ltd to a rival.") == []
    assert values("Shares of Delta Mills (1971) Inc fell.") == []


def test_bracketed_year_after_a_title_is_still_a_year():
    assert values("She starred in Winter Light (1962) and little else.") == ["1962"]


def test_one_letter_note_key_before_a_year():
    text = "Prices exclude freight.  R-1994 prices. S-cents per pound."
    assert values(text) == ["1994"]


def test_letter_and_year_as_a_model_name_is_no_year():
    assert values("The new K-1990 engine was shown.") == []


def test_total_before_a_years_figure_is_that_year():
    assert values("Total 1994 turnover reached 3.1 billion francs.") == ["1994"]
    assert values("Exports made up a third of total 1993\nrevenues.") == ["1993"]


def test_total_before_people_stays_a_count():
    assert values("A total 1990 workers were laid off.") == []


def test_year_before_results_without_a_publication_day():
    assert values("The chain said weak demand hit its 2003 sales.", None) == ["2003"]
    assert values("Rain had curbed 1999 earnings, it said.", None) == ["1999"]


# ---- ordinals and titles -------------------------------------------------------------------


def test_second_joined_to_a_word_is_an_ordinal():
    assert values("She saved two second-set break points.") == []
    assert values("They netted three second-half goals.") == []


def test_seconds_with_long_stay_a_length():
    assert values("A 30-second-long advert ran.") == ["PT30S"]


def test_capital_the_inside_a_sentence_opens_a_title():
    assert values("Fans still love The Tomorrow Gang and its songs.") == []


def test_tomorrow_at_a_sentence_start_is_the_next_day():
    assert values("The vote is due. Tomorrow the count starts.") == ["1995-05-11"]


# ---- decades in two digits -----------------------------------------------------------------


def test_short_decade_before_the_noun_it_describes():
    assert values("Critics loved the 50s crime thriller again.") == ["195"]


def test_short_decade_as_a_level_stays_unread():
    assert values("The index could reach the 90s level soon.") == []
    assert values("The index could reach the 90s again.") == []


def test_apostrophe_decades_before_a_noun():
    assert values("Radio plays remixed 60's and 70's pop.") == ["196", "197"]


def test_apostrophe_figure_after_a_name_is_no_decade():
    assert values("Club 40's new album is out.") == []
    assert values("He shot 70's in every round.") == []
