"""Readings of issue 15 left by earlier audits: ranges of four-digit clock times, hundreds
written once for a range, a scaled figure or a count whose noun is left out, the next decade,
halves of a split year or of a match, and a deadline month that lies ahead."""

from datetime import date, datetime

from claimcheck.extract.claims import extract_claims
from claimcheck.extract.clock import find_clock_times
from claimcheck.extract.dates import find_dates
from claimcheck.extract.quantities import find_quantities
from claimcheck.records import Article


def quantities(text: str) -> list[tuple[str, float | None, float | None, float | None, str | None]]:
    return [(m.text, m.value, m.low, m.high, m.unit) for m in find_quantities(text)]


def units(text: str) -> list[tuple[float | None, str | None]]:
    return [(m.value, m.unit) for m in find_quantities(text)]


def read(text: str, base: date | None) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.type, m.value) for m in find_dates(text, base)]


def claims(text: str) -> list[tuple[str, str]]:
    article = Article(id="t", body=text, published=datetime(1990, 6, 4))
    return [(claim.kind, claim.text) for claim in extract_claims(article)]


# Four-digit clock times in a range, the zone written once after the second.


def test_both_ends_of_a_curfew_are_times_of_day():
    text = "The army ordered people indoors between 2300 and 0500 GMT."
    assert [m.value for m in find_clock_times(text)] == ["T23:00", "T05:00"]
    assert claims(text) == [("time", "2300"), ("time", "0500 GMT")]


def test_a_hyphened_and_a_from_to_range_of_times():
    assert [m.text for m in find_clock_times("Roads close 0800-1100 GMT on race day.")] == [
        "0800",
        "1100 GMT",
    ]
    assert [m.value for m in find_clock_times("Polls open from 0630 to 2000 hrs.")] == [
        "T06:30",
        "T20:00",
    ]


def test_figures_in_a_range_with_no_zone_stay_quantities():
    assert find_clock_times("Sales rose from 1200 to 1500 units.") == []
    # a first figure with neither "between", "from" nor a hyphen is no time's first end
    assert [m.text for m in find_clock_times("The index hit 2200 and 0500 GMT came")] == [
        "0500 GMT"
    ]


# A scale word written once at the end of a range in words.


def test_hundreds_written_once_apply_to_both_ends():
    assert quantities("between eight and eleven hundred soldiers") == [
        ("eight and eleven hundred soldiers", None, 800.0, 1100.0, "soldier")
    ]
    assert quantities("from three to five hundred dollars") == [
        ("three to five hundred dollars", None, 300.0, 500.0, "USD")
    ]


def test_a_range_whose_first_end_is_already_large_is_left():
    assert quantities("between forty and twelve hundred workers") == [
        ("forty and twelve hundred workers", None, 40.0, 1200.0, "worker")
    ]


# A scaled figure whose unit is left out after a measured one.


def test_a_bare_scaled_figure_takes_the_measure_before_it():
    text = "The mine yields 14 mln tonnes now and should reach 20 mln by 1995."
    assert units(text) == [(14e6, "metric_ton"), (20e6, "metric_ton")]
    text = "Reserves stood at 3 billion barrels last year, and 3.5 billion this year."
    assert units(text) == [(3e9, "barrel"), (3.5e9, "barrel")]


def test_a_scaled_figure_after_a_word_of_value_is_not_the_measure():
    text = "It sold 2 mln tonnes of ore for 45 mln."
    assert units(text)[1] == (45e6, None)
    text = "Output was 4 mln tonnes, worth 30 mln."
    assert units(text)[1] == (30e6, None)


def test_a_bare_scaled_figure_with_a_noun_of_its_own_is_left():
    assert units("It shipped 2 mln tonnes and 3 mln crates.")[1] == (3e6, "crate")


# A count that opens the next clause with no noun counts what the count before counted.


def test_an_elliptic_count_after_a_semicolon():
    text = "Nine climbers were caught by the storm; only two were rescued."
    assert units(text) == [(9.0, "climber"), (2.0, "climber")]


def test_no_noun_is_carried_across_a_sentence_end():
    text = "Nine climbers were caught by the storm. Only two were rescued."
    assert units(text) == [(9.0, "climber"), (2.0, None)]


def test_an_elliptic_count_in_the_next_clause():
    text = "Thirty passengers were on board, but only five have been found."
    assert units(text) == [(30.0, "passenger"), (5.0, "passenger")]


def test_a_count_followed_by_of_them_keeps_no_noun():
    assert units("Nine climbers were caught, and four of them were rescued.")[1] == (4.0, None)


def test_a_bare_number_that_does_not_open_a_clause_keeps_no_noun():
    assert units("Nine climbers were caught and the team said 4 were seen.")[1] == (4.0, None)


# "the next decade": the ten years from publication, as "the coming decade".


def test_the_next_decade_is_ten_years_from_publication():
    (mention,) = find_dates("Demand should double over the next decade.", date(1991, 5, 2))
    assert (mention.text, mention.type, mention.value) == ("the next decade", "duration", "P1DE")
    assert (mention.period_start, mention.period_end) == (date(1991, 5, 2), date(2001, 5, 2))
    coming = find_dates("Demand should double over the coming decade.", date(1991, 5, 2))
    assert [(m.type, m.period_end) for m in coming] == [("duration", date(2001, 5, 2))]


# A half or a quarter of a stated fiscal or split year.


def test_a_half_before_a_fiscal_year_takes_it():
    assert read("It posted first half fiscal 1989 sales of 3 mln dlrs.", date(1990, 2, 1)) == [
        ("first half fiscal 1989", "date", "1989-H1")
    ]


def test_a_half_of_a_split_year_takes_the_year_it_closes_in():
    assert read("Exports in the first half of 1988/89 fell.", date(1990, 2, 1)) == [
        ("the first half of 1988/89", "date", "1989-H1")
    ]
    assert read("the second quarter of 1999/00", date(2001, 2, 1)) == [
        ("the second quarter of 1999/00", "date", "2000-Q2")
    ]


# The half of a match.


def test_a_half_of_a_match_is_no_date():
    assert read("Rovers conceded a penalty early in the second half.", date(2004, 3, 1)) == []
    assert read("The hosts led at the break and scored again in the first half.", None) == []


def test_a_half_year_of_business_stays_a_date():
    assert read("Profits fell in the first half, the club said.", date(2004, 3, 1)) == [
        ("the first half", "date", "2004-H1")
    ]


# A deadline month in a clause not in the past lies ahead.


def test_a_deadline_month_faced_now_is_the_coming_one():
    assert read("The council faces an April deadline to set rents.", date(1990, 8, 1)) == [
        ("April", "date", "1991-04")
    ]
    assert read("The council will meet its April deadline.", date(1990, 8, 1)) == [
        ("April", "date", "1991-04")
    ]


def test_a_deadline_month_in_the_past_tense_stays_past():
    assert read("The council missed its April deadline.", date(1990, 8, 1)) == [
        ("April", "date", "1990-04")
    ]


# "the new year": the coming one late in the year, the one begun early in it.


def test_the_new_year_said_in_the_autumn_is_the_next_year():
    assert read("Fares go up in the new year, the operator said.", date(1996, 11, 20)) == [
        ("new year", "date", "1997")
    ]


def test_the_new_year_said_in_january_is_the_year_begun():
    assert read("Trade was slow as the new year opened.", date(1997, 1, 8)) == [
        ("new year", "date", "1997")
    ]


def test_the_new_year_in_midsummer_or_a_holiday_is_not_read_so():
    assert read("Trade was slow as the new year opened.", date(1997, 7, 8)) == []
    assert read("Shops shut for the new year holiday.", date(1996, 12, 20)) == []
