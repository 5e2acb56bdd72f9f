"""First members of ranges and alternatives, decades written with two digits, and titles or
match rounds that only look like dates."""

from datetime import date

from claimcheck.extract.dates import find_dates

BASE = date(1996, 6, 12)


def read(text: str, base: date | None = BASE) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.type, m.value) for m in find_dates(text, base)]


def test_a_day_before_an_alternative_day_and_its_month():
    assert read("The ferry sails on 8 or 9 July.") == [
        ("8", "date", "1996-07-08"),
        ("9 July", "date", "1996-07-09"),
    ]
    assert read("Talks are set for 3 and 4 October 1995.") == [
        ("3", "date", "1995-10-03"),
        ("4 October 1995", "date", "1995-10-04"),
    ]


def test_a_first_day_after_the_second_is_left():
    assert [v for _, _, v in read("Tickets went on sale 20 to 4 May.")] == ["1996-05-04"]


def test_a_first_day_with_no_publication_date_is_unresolved():
    assert read("The fair opens on 8 or 9 July.", None) == [
        ("8", "date", None),
        ("9 July", "date", None),
    ]


def test_a_count_before_a_count_and_its_unit_is_a_duration():
    assert read("Repairs need three to five weeks.") == [
        ("three", "duration", "P3W"),
        ("five weeks", "duration", "P5W"),
    ]
    assert read("A refit lasts 2-3 months.") == [
        ("2", "duration", "P2M"),
        ("3 months", "duration", "P3M"),
    ]
    assert read("The wait is between six and nine days.") == [
        ("six", "duration", "P6D"),
        ("nine days", "duration", "P9D"),
    ]


def test_a_count_that_is_not_the_lower_end_is_left():
    # "and" without "between" joins two things, and a larger first count is no range.
    assert [t for t, _, _ in read("Eight and four hours later it rained.")] == ["four hours"]
    assert [t for t, _, _ in read("It fell from 9 to 4 years.")] == ["4 years"]


def test_the_first_month_of_a_span_takes_the_year_of_the_second():
    assert read("Output rose in February-April 1990.") == [
        ("February", "date", "1990-02"),
        ("April 1990", "date", "1990-04"),
    ]
    assert read("Sales dipped between March and May 1991.")[0] == ("March", "date", "1991-03")
    # A span across the turn of a year: the first month falls in the year before.
    assert read("Snow fell from November to February 1989.")[0] == ("November", "date", "1988-11")


def test_a_month_with_its_own_year_keeps_it():
    assert read("From May 1990 to June 1991 prices rose.")[0] == ("May 1990", "date", "1990-05")


def test_two_digit_decades_after_a_preposition_or_at_the_start():
    assert read("Vinyl sold well in the 60s.") == [("the 60s", "date", "196")]
    assert read("The late 70s brought punk.") == [("The late 70s", "date", "197")]
    # A preposition that only tells time outweighs a level word before it.
    mention = find_dates("Rates peaked during the mid-80s.", BASE)[0]
    assert (mention.text, mention.value, mention.mod) == ("the mid-80s", "198", "MID")


def test_a_second_decade_after_a_conjunction():
    assert [v for _, _, v in read("Films of the 1950s and 60s return.")] == ["195", "196"]


def test_a_decade_is_named_from_the_publication_year():
    assert read("Rents rose in the 20s.", date(2004, 1, 5)) == [("the 20s", "date", "192")]
    assert read("Rents rose in the 90s.", date(2004, 1, 5)) == [("the 90s", "date", "199")]


def test_two_digits_after_a_level_are_no_decade():
    assert read("Shares traded in the 40s on the day.") == []
    assert read("Temperatures stayed in the 80s.") == []
    assert read("The index ended in the 30s percent.") == []


def test_a_programme_named_today_is_no_day():
    assert read("She spoke on the network's Today programme.") == []
    assert read("He was a guest on NBC's Today.") == []
    assert read("Today the board meets.") == [("Today", "date", "1996-06-12")]


def test_quarter_finals_are_a_round_not_a_quarter():
    assert read("The side reached the quarter-finals.") == []
    assert read("They lost in the quarter final.") == []
    assert read("Profit rose in the quarter.") == [("the quarter", "date", "1996-Q1")]


def test_two_digits_after_prices_in_fractions_are_a_level():
    text = "The 7-3/8s of 2001 fell. Both issues were in the low 90s at the close."
    assert [m.text for m in find_dates(text, BASE)] == ["2001"]
    assert read("Bids were at 12 pct. Offers stayed in the 80s.") == []


def test_a_first_month_with_its_own_year_word_keeps_it():
    assert read("Work runs from May this year to March 1998.")[0] == (
        "May this year",
        "date",
        "1996-05",
    )


def test_a_list_of_ages_or_magnitudes_is_no_decade():
    assert read("Players stay fit into their 30s, 40s and 50s.") == []
    assert read("Crowds ran in the 10s, 100s and 1,000s.") == []
