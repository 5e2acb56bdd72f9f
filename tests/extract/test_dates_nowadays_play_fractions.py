""" "Today" as the present age, periods of a match, any weekday of a kind, lengths of time with
fractions, the wire's "end-1987" and "yearend", "effective" after a past verb, a reporting
period closing in a month ahead, and papers called "daily" by name alone."""

from datetime import date

from claimcheck.extract.dates import find_dates

BASE = date(1990, 6, 12)  # a Tuesday


def readings(text, base=BASE):
    return [(m.text.replace("\n", " "), m.type, m.value, m.mod) for m in find_dates(text, base)]


def values(text, base=BASE):
    return [m.value for m in find_dates(text, base)]


# ---- "today" meaning nowadays ------------------------------------------------------------


def test_today_after_a_noun_and_of_is_the_present_age():
    assert values("Few teenagers of today could name a typewriter brand.") == ["PRESENT_REF"]


def test_today_set_against_years_back_is_the_present_age():
    text = "Phone boxes are far rarer today than they were twenty years ago."
    assert values(text) == ["PRESENT_REF", "1970"]
    text = "Most of the faults noted a decade ago remain unsolved today, the report says."
    assert values(text) == ["1980", "PRESENT_REF"]


def test_today_of_an_event_keeps_its_day():
    # a past clause, a verb after it, and "as of" keep the publication day
    assert values("Thirty years ago the mill opened; it shut its gates today.") == [
        "1960",
        "1990-06-12",
    ]
    assert values("The firm, founded ten years ago, today named a new chief.") == [
        "1980",
        "1990-06-12",
    ]
    assert values("As of today the union has received no offer.") == ["1990-06-12"]


# ---- periods of play ---------------------------------------------------------------------


def test_quarters_and_halves_of_a_match_are_no_calendar_periods():
    assert values("The visitors scored twice in the final quarter to snatch the win.") == []
    assert values("They trailed by eight points going into the fourth quarter.") == []
    assert values("Our side conceded three tries in the first half.") == []


def test_quarters_of_business_stay_calendar_quarters():
    assert values("Operating profit fell in the fourth quarter.") == ["1989-Q4"]


def test_a_quarter_point_move_is_no_length_of_time():
    assert values("The central bank has made three quarter-point cuts.") == []
    assert values("She backed a quarter point increase.") == []
    assert values("Output grew for three quarters running.") == ["P3Q"]


# ---- a weekday of a kind -----------------------------------------------------------------


def test_any_weekday_of_a_kind_has_no_date():
    assert values("Cheap tickets need a Saturday-night stay at the resort.") == []
    assert values("The market used to be held on a Thursday.") == []


def test_a_weekday_with_an_article_can_still_be_one_day():
    assert values("The stock climbed to a Friday close of 4.10 dlrs.") == ["1990-06-08"]


# ---- lengths of time with fractions ------------------------------------------------------


def test_lengths_with_fractions_are_read_whole():
    assert values("The loans run for 7-1/2 years.") == ["P7.5Y"]
    assert values("The bonds have an average life of 11.3 years.") == ["P11.3Y"]
    assert values("She held the post for four-and-a-half years.") == ["P4.5Y"]
    assert values("The talks lasted two and a half hours.") == ["PT2.5H"]


def test_a_fraction_after_a_figure_is_not_a_length():
    assert values("Revenue was up 3.5 pct at 1.25 dlrs per share.") == []
    assert values("Each worker lost $4.5 days of wages.") == []


def test_a_spelled_count_before_and_shares_the_unit_after_it():
    assert values("Deposit rates for three and six months were unchanged.") == ["P3M", "P6M"]


def test_a_decade_of_something_is_a_length():
    assert values("She looked back on a decade of research.") == ["P1DE"]
    assert values("It was the best year of his life.") == []


# ---- the wire's "end-1987" and "yearend" -------------------------------------------------


def test_end_hyphen_year_is_the_close_of_that_year():
    found = readings("Debt should fall by end-1991 from a peak at end 1989.")
    assert found == [("end-1991", "date", "1991", "END"), ("end 1989", "date", "1989", "END")]


def test_yearend_in_one_word_is_the_last_closed_year_end_in_a_past_clause():
    assert values("Reserves stood at 3 billion dlrs at yearend.") == ["1989-12-31"]


# ---- "effective" after a past verb -------------------------------------------------------


def test_effective_day_after_a_past_verb_is_the_nearer_one():
    assert values("The group sold its brewing arm effective January 1.") == ["1990-01-01"]
    assert values("He was appointed managing director effective August 1.") == ["1990-08-01"]
    assert values("The bank will raise the fee effective January 1.") == ["1991-01-01"]


# ---- a reporting period closing ahead ----------------------------------------------------


def test_half_year_closing_ahead_with_a_future_verb_after_it():
    text = "Profits for the half-year to September will be lower, the board said."
    assert values(text) == ["1990-09"]
    assert values("Profits rose in the half-year to September.") == ["1989-09"]


# ---- a paper named "daily" ---------------------------------------------------------------


def test_daily_before_a_paper_name_that_closes_the_phrase():
    assert values("The daily Tagesblatt reported the merger on its front page.") == []
    assert values("The weekly Treasury bill auction drew strong bids.") == ["P1W"]
