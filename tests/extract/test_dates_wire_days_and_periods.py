"""Days of the month in words, a day with its year named after it, dividend dates listed
without a verb, a month before its statistic, weeks of "the month", the closing months of a
year, and papers named "daily" or "weekly"."""

from datetime import date

from claimcheck.extract.dates import find_dates


def readings(text, base):
    return [(m.text.replace("\n", " "), m.type, m.value) for m in find_dates(text, base)]


def only(text, base):
    found = find_dates(text, base)
    assert len(found) == 1, found
    return found[0]


# ---- a day of the month written in words -------------------------------------------------


def test_day_in_words_after_a_month_is_that_day():
    base = date(1988, 2, 10)
    mention = only("The bank will buy back the notes on March seven.", base)
    assert (mention.text, mention.value) == ("March seven", "1988-03-07")
    assert mention.first_day == mention.last_day == date(1988, 3, 7)


def test_day_in_words_in_a_dividend_listing():
    base = date(1988, 2, 10)
    found = readings("Qtly div 12 cts vs 12 cts prior     Pay March Nine     Record Feb Four", base)
    assert found == [
        ("March Nine", "date", "1988-03-09"),
        ("Feb Four", "date", "1988-02-04"),
    ]


def test_day_in_words_takes_the_year_written_after_it():
    mention = only(
        "Warrants may be used until October two, 1991, the firm said.", date(1988, 2, 10)
    )
    assert mention.value == "1991-10-02"
    mention = only("The option lapses on July one 1990.", date(1988, 2, 10))
    assert mention.value == "1990-07-01"


def test_number_words_that_count_are_no_day():
    base = date(1988, 6, 10)
    # a count of a plural noun, a unit, "of", a day said as "one day"
    assert readings("In May two mills closed.", base) == [("May", "date", "1988-05")]
    assert readings("In March one of the mills closed.", base) == [("March", "date", "1988-03")]
    assert readings("It sold June one-year bills.", base)[0][0] != "June one"
    assert readings("May one day bring peace?", base) == [("one day", "date", "FUTURE_REF")]


def test_after_in_a_day_in_words_needs_a_word_that_goes_on_from_a_date():
    base = date(1988, 6, 10)
    assert readings("In April one bank failed.", base) == [("April", "date", "1988-04")]
    found = readings("Stocks in the four weeks ended in April four were lower.", base)
    assert ("April four", "date", "1988-04-04") in found


# ---- a day with this, next or last year after it ------------------------------------------


def test_day_followed_by_next_year_is_one_date():
    mention = only("A first coupon falls due on May 12 next year.", date(1988, 6, 10))
    assert (mention.text, mention.value) == ("May 12 next year", "1989-05-12")


def test_day_followed_by_this_or_last_year():
    assert only("Talks end on 3 November this year.", date(1988, 6, 10)).value == "1988-11-03"
    assert (
        only("Rents have risen since August 2 last year.", date(1988, 6, 10)).value == "1987-08-02"
    )


def test_day_before_last_years_possessive_stays_apart():
    found = readings("Output on May 2 last year's pace was met.", date(1988, 6, 10))
    assert ("May 2", "date", "1988-05-02") in found
    assert ("last year's", "date", "1987") in found


# ---- dividend dates listed without a verb -------------------------------------------------


def test_pay_and_record_days_in_a_listing_lie_ahead():
    base = date(1988, 2, 10)
    found = readings("Qtly div 9 cts vs 8 cts previously     Pay May 16     Record April 28", base)
    assert found == [("May 16", "date", "1988-05-16"), ("April 28", "date", "1988-04-28")]


def test_record_day_a_few_weeks_back_stays_past():
    found = readings("Qtly div 9 cts     Pay Feb 26     Record Jan 12", date(1988, 3, 1))
    assert found == [("Feb 26", "date", "1988-02-26"), ("Jan 12", "date", "1988-01-12")]


def test_paid_in_a_past_clause_stays_past():
    found = readings("It paid 9 cts on May 16 to holders of record April 28.", date(1988, 2, 10))
    assert found[0][2] == "1987-05-16"


# ---- a month before its statistic opens a sentence -----------------------------------------


def test_month_before_a_statistic_at_a_sentence_start():
    base = date(1988, 4, 20)
    assert readings("March exports fell to 2.1 billion dlrs.", base) == [
        ("March", "date", "1988-03")
    ]
    assert readings("May output is forecast to rise.", date(1988, 6, 20)) == [
        ("May", "date", "1988-05")
    ]


def test_modal_may_before_a_verb_stays_a_verb():
    assert readings("May trade flow freely between them?", date(1988, 6, 20)) == []


# ---- weeks of "the month" -----------------------------------------------------------------


def test_week_of_the_month_with_no_month_stated_is_of_the_publication_month():
    mention = only("Deliveries slowed in the first week of the month.", date(1988, 9, 14))
    assert mention.first_day == date(1988, 9, 1)
    assert mention.last_day == date(1988, 9, 7)
    assert mention.granularity == "week"


def test_last_week_of_the_month_follows_the_month_stated():
    found = find_dates(
        "Sales rose in July, and in the last week of the month they doubled.", date(1988, 9, 14)
    )
    week = found[-1]
    assert week.text == "the last week of the month"
    assert (week.first_day, week.last_day) == (date(1988, 7, 25), date(1988, 7, 31))
    assert all(m.type != "duration" for m in found)


# ---- the closing months of a year ---------------------------------------------------------


def test_last_months_of_a_named_year_cover_its_end():
    mention = find_dates("Prices eased in the last four months of 1985.", date(1988, 9, 14))[0]
    assert (mention.type, mention.value) == ("duration", "P4M")
    assert (mention.period_start, mention.period_end) == (date(1985, 9, 1), date(1985, 12, 31))


def test_last_months_of_the_year_ahead_or_past():
    mention = only("Demand should pick up in the last three months of the year.", date(1988, 5, 2))
    assert (mention.period_start, mention.period_end) == (date(1988, 10, 1), date(1988, 12, 31))
    mention = only("Demand fell in the last three months of the year.", date(1988, 2, 2))
    assert (mention.period_start, mention.period_end) == (date(1987, 10, 1), date(1987, 12, 31))


def test_last_months_without_a_year_still_count_back_from_publication():
    mention = only("Demand fell in the last three months.", date(1988, 2, 2))
    assert (mention.period_start, mention.period_end) == (date(1987, 11, 2), date(1988, 2, 2))


# ---- papers named "daily" and "weekly" ----------------------------------------------------


def test_a_paper_called_daily_or_weekly_is_no_frequency():
    base = date(1988, 2, 10)
    assert readings("He spoke to the financial daily Borsen Nyt on Tuesday.", base) == [
        ("Tuesday", "date", "1988-02-09")
    ]
    assert readings("The Oslo weekly Kapital printed the letter.", base) == []
    assert readings("Two weekly magazines were sold.", base) == []
    assert readings("The Daily and Sunday Gazette titles merged.", base) == []


def test_weekly_before_a_named_event_stays_a_frequency():
    base = date(1988, 2, 10)
    assert readings("Rates rose at the weekly Treasury bill sale.", base) == [
        ("weekly", "set", "P1W")
    ]
    assert readings("The airline runs a daily nonstop flight.", base) == [("daily", "set", "P1D")]
