"""Dates read from "the turn of the year/century" and "the second week of January"."""

from datetime import date

from claimcheck.extract.dates import find_dates


def only(text, base):
    found = find_dates(text, base)
    assert len(found) == 1, found
    return found[0]


def test_turn_of_the_year_after_since_is_the_one_just_past():
    mention = only("Fares have climbed 8% since the turn of the year.", date(2003, 9, 20))
    assert mention.text == "the turn of the year"
    assert (mention.value, mention.granularity, mention.mod) == ("2003", "year", "START")
    assert mention.first_day == date(2003, 1, 1)


def test_turn_of_the_year_in_a_future_clause_is_the_coming_one():
    mention = only("Rents will level off around the turn of the year.", date(2003, 4, 2))
    assert mention.value == "2004"
    mention = only("Repairs must end by the turn of the year.", date(2003, 4, 2))
    assert mention.value == "2004"


def test_turn_of_the_year_in_a_past_clause_is_the_one_before():
    mention = only("The mill closed at the turn of the year.", date(2003, 11, 5))
    assert mention.value == "2003"


def test_turn_of_the_year_without_tense_is_the_nearest():
    assert only("At the turn of the year the port is busy.", date(2003, 11, 5)).value == "2004"
    assert only("At the turn of the year the port is busy.", date(2003, 2, 5)).value == "2003"


def test_turn_of_the_century():
    mention = only("The bridge was built around the turn of the century.", date(1987, 5, 1))
    assert (mention.value, mention.granularity, mention.mod) == ("19", "century", "START")
    mention = only("Deaths have fallen since the turn of the century.", date(2005, 5, 1))
    assert mention.value == "20"
    mention = only("The fund will run out by the turn of the century.", date(1987, 5, 1))
    assert mention.value == "20"


def test_turn_of_the_year_without_a_publication_date_is_unresolved():
    mention = only("Prices eased at the turn of the year.", None)
    assert (mention.value, mention.granularity, mention.mod) == (None, "year", "START")


def test_nth_week_of_a_month_is_seven_days_of_it():
    mention = only("Turnout dipped in the second week of January.", date(2011, 2, 14))
    assert mention.text == "the second week of January"
    assert (mention.granularity, mention.first_day, mention.last_day) == (
        "week",
        date(2011, 1, 8),
        date(2011, 1, 14),
    )
    mention = only("Stocks grew in the first week of May.", date(2011, 6, 1))
    assert (mention.first_day, mention.last_day) == (date(2011, 5, 1), date(2011, 5, 7))


def test_last_week_of_a_month_is_its_closing_days_not_a_duration():
    mention = only("The Last week of February 2009 was the coldest.", date(2011, 6, 1))
    assert mention.text == "The Last week of February 2009"
    assert (mention.type, mention.granularity) == ("date", "week")
    assert (mention.first_day, mention.last_day) == (date(2009, 2, 22), date(2009, 2, 28))


def test_week_of_a_day_stays_a_day():
    mention = only("Hearings open the week of March 3.", date(2011, 2, 1))
    assert mention.granularity == "day"
