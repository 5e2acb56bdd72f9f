"""A half or quarter closed on a stated day, however the day is written, spans the months
that close on it; "last <month> <day>" is the most recent such day gone by."""

from __future__ import annotations

from datetime import date

from claimcheck.extract.dates import find_dates

PUBLISHED = date(1987, 4, 1)  # a Wednesday


def _mention(text: str, words: str, base: date = PUBLISHED):
    return next(m for m in find_dates(text, base) if m.text == words)


def test_half_closed_yesterday_spans_the_six_months_to_that_day() -> None:
    text = "Its second half ended yesterday in the black, the carmaker believes."
    half = _mention(text, "second half")
    assert half.value == "1987-H2"
    assert (half.first_day, half.last_day) == (date(1986, 10, 1), date(1987, 3, 31))


def test_quarter_closed_last_friday_ends_on_that_friday() -> None:
    text = "Shipments in the fourth quarter that ended last Friday were a record."
    quarter = _mention(text, "the fourth quarter")
    assert quarter.last_day == date(1987, 3, 27)


def test_half_closed_today_ends_on_the_publication_day() -> None:
    text = "Its first half ending today will show lower margins, the group warned."
    half = _mention(text, "first half")
    assert half.last_day == PUBLISHED


def test_closing_day_in_a_which_clause_after_a_comma() -> None:
    text = "The retailer's second half, which ended on January 31, was its best."
    half = _mention(text, "second half")
    assert (half.first_day, half.last_day) == (date(1986, 8, 1), date(1987, 1, 31))


def test_half_year_written_out_before_its_closing_day() -> None:
    text = "Figures for the first half year ended November 30 are due next week."
    half = _mention(text, "the first half")
    assert (half.first_day, half.last_day) == (date(1986, 6, 1), date(1986, 11, 30))


def test_fiscal_year_with_its_close_in_a_clause() -> None:
    text = "The fiscal year, which ended September 30, brought a loss."
    year = _mention(text, "The fiscal year")
    assert (year.first_day, year.last_day) == (date(1985, 10, 1), date(1986, 9, 30))


def test_half_with_no_closing_day_keeps_the_calendar_half() -> None:
    text = "Sales in the first half were flat, the firm said."
    half = _mention(text, "the first half")
    assert (half.first_day, half.last_day) == (date(1987, 1, 1), date(1987, 6, 30))


def test_a_quarter_ending_a_run_is_not_closed_on_a_day() -> None:
    text = "The second quarter, ending a long slide, lifted the shares on Monday."
    quarter = _mention(text, "The second quarter")
    assert quarter.first_day == date(1987, 4, 1)


def test_last_month_and_day_still_ahead_this_year_is_last_years() -> None:
    text = "The plant has been shut since last April 20."
    day = _mention(text, "April 20")
    assert day.value == "1986-04-20"


def test_last_month_and_day_already_past_is_this_years() -> None:
    text = "The plant has been shut since last March 9."
    day = _mention(text, "March 9")
    assert day.value == "1987-03-09"


def test_month_and_day_a_few_weeks_ahead_without_last_keeps_its_reading() -> None:
    text = "The plant will reopen on April 20."
    day = _mention(text, "April 20")
    assert day.value == "1987-04-20"


def test_another_numbered_part_in_the_sentence_belongs_to_the_same_fiscal_year() -> None:
    text = "Its third quarter, ended February 28, beat the second quarter and the first half."
    quarter = _mention(text, "the second quarter")
    assert (quarter.first_day, quarter.last_day) == (date(1986, 9, 1), date(1986, 11, 30))
    half = _mention(text, "the first half")
    assert (half.first_day, half.last_day) == (date(1986, 6, 1), date(1986, 11, 30))


def test_a_numbered_part_in_the_next_sentence_keeps_the_calendar() -> None:
    text = "Its third quarter, ended February 28, was good. The second quarter was poor."
    quarter = _mention(text, "The second quarter")
    assert quarter.first_day == date(1987, 4, 1)
