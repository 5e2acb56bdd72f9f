"""Clock figures before a time zone that only look like years, results periods a sentence
places in last year, and the seasons of a sport or a crop."""

from datetime import date

from claimcheck.extract.clock import find_clock_times
from claimcheck.extract.dates import find_dates


def read(text: str, base: date | None) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.type, m.value) for m in find_dates(text, base)]


def days(text: str, base: date | None) -> list[tuple[str, date | None, date | None]]:
    return [(m.text, m.first_day, m.last_day) for m in find_dates(text, base)]


# Four-digit clock times with a zone after them.


def test_a_kick_off_time_under_a_date_line_is_no_year():
    text = "Hampden Park\n\nWednesday, 9 March\n\n1930 GMT\n\nReferee: A. Smith"
    assert read(text, date(2005, 3, 1)) == [("Wednesday, 9 March", "date", "2005-03-09")]
    assert [m.value for m in find_clock_times(text)] == ["T19:30"]


def test_a_time_on_the_next_line_after_a_date_with_no_publication_day():
    text = "Friday, 4 February\n1400 GMT\nLive on the radio"
    assert read(text, None) == [("Friday, 4 February", "date", None)]


def test_a_deadline_day_and_its_clock_time():
    # A day right after a clock time is read as that time's day (kind "time").
    assert read("Offers must arrive by 1700 EST on May 6.", date(1988, 4, 1)) == [
        ("May 6", "time", "1988-05-06")
    ]
    assert read("The tender closes May 6, 1600 local time.", date(1988, 4, 1)) == [
        ("May 6", "date", "1988-05-06")
    ]


def test_a_clock_time_in_hours_is_no_length_of_time():
    assert read("The board meets again at 1830 hours local.", date(1988, 4, 1)) == []
    assert read("Bids are due at 0945 hrs GMT.", date(1988, 4, 1)) == []


def test_a_zone_word_does_not_stop_real_years():
    # Not a time of day (no minute 87), and a year before a comma and a zone stays a year.
    assert read("In 1987 GMT began a new service.", None) == [("1987", "date", "1987")]
    assert read("By 2003, BST staff had left.", None) == [("2003", "date", "2003")]


def test_a_four_digit_time_with_local_time_is_a_time_of_day():
    assert [m.value for m in find_clock_times("Polls open at 0730 local time.")] == ["T07:30"]


# Halves and quarters of a company's results.

FEBRUARY = date(1991, 2, 14)
AUGUST = date(1991, 8, 14)


def test_a_half_reported_in_august_is_this_years():
    assert read("The brewer said first-half profits rose 8 pct.", AUGUST) == [
        ("first-half", "date", "1991-H1")
    ]


def test_a_half_reported_in_february_without_a_year_is_the_fiscal_half_closing_now():
    # A first half reported before June is out is a fiscal half; the project names fiscal
    # periods by the year they close in, as "the first quarter ended Dec. 31" is.
    assert read("The brewer said first-half profits rose 8 pct.", FEBRUARY) == [
        ("first-half", "date", "1991-H1")
    ]


def test_a_half_reported_with_last_year_named_is_last_years():
    assert read("Last year the brewer made a first-half profit of 9 mln.", FEBRUARY) == [
        ("Last year", "date", "1990"),
        ("first-half", "date", "1990-H1"),
    ]
    assert read("In 1990 the mill reported a second quarter loss.", FEBRUARY)[1] == (
        "second quarter",
        "date",
        "1990-Q2",
    )


def test_last_year_as_the_figure_compared_with_leaves_the_period_this_years():
    found = read("Second quarter sales rose to 9 mln from 8 mln last year.", date(1991, 3, 20))
    assert found[0] == ("Second quarter", "date", "1991-Q2")


def test_a_half_of_this_fiscal_year_or_ahead_is_not_moved_back():
    assert read("It posted a loss in the first half of the current year.", FEBRUARY)[0] == (
        "the first half",
        "date",
        "1991-H1",
    )
    assert read("Last year was hard; the firm expects a better second half.", FEBRUARY)[1] == (
        "second half",
        "date",
        "1991-H2",
    )


def test_a_last_year_period_does_not_become_the_quarter_discussed():
    text = (
        "The maker reported a third quarter loss last year of 2 mln dlrs. "
        "Orders fell in the quarter just ended."
    )
    found = read(text, date(1991, 4, 9))
    assert found[0] == ("third quarter", "date", "1990-Q3")
    assert found[-1][0] == "the quarter" and found[-1][2] != "1990-Q3"


# Seasons of a sport or a crop.


def test_a_football_season_runs_across_the_turn_of_the_year():
    text = "The striker has scored 14 league goals this season."
    assert days(text, date(2005, 2, 20)) == [("this season", date(2004, 7, 1), date(2005, 6, 30))]
    assert read(text, date(2005, 9, 20)) == [("this season", "date", "2005")]


def test_seasons_counted_back_in_a_football_story():
    text = "The club were relegated last season and won the cup four seasons ago."
    assert read(text, date(2005, 2, 20)) == [
        ("last season", "date", "2003"),
        ("four seasons ago", "date", "2000"),
    ]
    assert read("The manager left the season before last.", date(2005, 2, 20)) == [
        ("the season before last", "date", "2002")
    ]


def test_a_cricket_season_is_a_calendar_year():
    text = "The bowler took 60 wickets for the county this season."
    assert days(text, date(1994, 9, 30)) == [("this season", date(1994, 1, 1), date(1994, 12, 31))]


def test_a_crop_season_is_left_unresolved():
    # Marketing years open in different months; the ledger dates a crop's tonnes by the
    # split year the report names.
    text = "Growers expect the maize harvest to be smaller this season."
    assert read(text, date(1987, 3, 10)) == [("this season", "date", None)]
    assert read(text, date(1987, 11, 10)) == [("this season", "date", None)]


def test_a_season_with_no_sport_or_crop_is_left_unresolved():
    assert read("The designer favours pale colours this season.", date(2005, 2, 20)) == [
        ("this season", "date", None)
    ]
    assert read("The striker scored twice this season.", None) == [("this season", "date", None)]


def test_a_previous_season_after_a_stated_year_counts_from_that_year():
    text = "In 1998 the club scored 80 league goals, up from 61 the previous season."
    assert ("previous season", "date", None) in read(text, date(2003, 3, 2))
    text = "The club scored 80 league goals, up from 61 the previous season."
    assert ("previous season", "date", "2001") in read(text, date(2003, 3, 2))


def test_seasonal_words_and_season_tickets_are_no_seasons():
    assert read("Seasonal demand for wheat rose.", date(1987, 3, 2)) == []
    assert read("A football club sold this season-ticket.", date(1987, 3, 2)) == []


# Years before a verb ending in "s", and months naming an event.


def test_a_year_before_was_or_has_is_a_year():
    assert read("Pre-tax profit for 1999 was 12 mln.", None) == [("1999", "date", "1999")]
    assert read("Although 2001 may be slower, sales grew.", None) == [("2001", "date", "2001")]
    assert read("Notes due 1996 were priced at par.", None) == [("1996", "date", "1996")]
    # A figure before a plural noun is still a count.
    assert read("The army sent 2000 tanks.", None) == []


def test_a_capitalised_month_before_an_event_noun_is_a_month():
    assert read("Parties prepare for an expected May election.", None) == [("May", "date", None)]
    assert read("Critics recalled the March budget.", None) == [("March", "date", None)]
    # The modal verb and a name stay out.
    assert read("The company may election agents hire.", None) == []
    assert read("Voters may decide later.", None) == []
