"""A weekday placed in a week named from publication, a day of a month named from it, the
same time of year a year apart, and "the next fortnight": each one mention resolved against
the publication date."""

from __future__ import annotations

from datetime import date

from claimcheck.extract.dates import find_dates

PUBLISHED = date(1992, 6, 11)  # a Thursday


def _texts(text: str, base: date | None = PUBLISHED) -> list[str]:
    return [m.text for m in find_dates(text, base)]


def _mention(text: str, words: str, base: date | None = PUBLISHED):
    return next(m for m in find_dates(text, base) if m.text == words)


def test_weekday_before_last_week_is_that_day_of_the_week_before() -> None:
    text = "The dock workers walked out on Tuesday last week over pay."
    walkout = _mention(text, "Tuesday last week")
    assert walkout.value == "1992-06-02"
    assert walkout.weekday == 1
    assert walkout.relative
    assert _texts(text) == ["Tuesday last week"]


def test_weekday_after_last_week_on_is_the_same_day() -> None:
    text = "Last week on Friday the council voted the budget down."
    assert _mention(text, "Last week on Friday").value == "1992-06-05"


def test_weekday_of_next_week_is_in_the_coming_week() -> None:
    text = "Ministers will meet again on Monday of next week."
    assert _mention(text, "Monday of next week").value == "1992-06-15"


def test_weekday_this_week_stays_in_the_publication_week() -> None:
    text = "The bank trimmed its rate on Monday this week."
    assert _mention(text, "Monday this week").value == "1992-06-08"


def test_owned_weekday_of_last_week() -> None:
    text = "Traders still talk of last week's Wednesday sell-off."
    assert _mention(text, "last week's Wednesday").value == "1992-06-03"


def test_weekday_before_last_weeks_noun_is_not_joined() -> None:
    text = "On Monday last week's output figures were revised upward."
    assert "Monday last week" not in _texts(text)


def test_weekday_of_last_week_without_publication_day_is_unresolved() -> None:
    mention = _mention("The valve broke on Sunday last week.", "Sunday last week", None)
    assert mention.value is None
    assert mention.weekday == 6


def test_ordinal_day_of_last_month() -> None:
    text = "The contract was signed on the 9th of last month in Oslo."
    signed = _mention(text, "the 9th of last month")
    assert signed.value == "1992-05-09"
    assert signed.granularity == "day"
    assert _texts(text) == ["the 9th of last month"]


def test_day_in_words_of_next_month() -> None:
    text = "Bids close on the fifteenth of next month."
    assert _mention(text, "the fifteenth of next month").value == "1992-07-15"


def test_day_past_the_months_length_is_not_made_up() -> None:
    # a 31st of last month when last month (May) has 31 days is read; June has 30
    assert _mention("Due on the 31st of last month.", "the 31st of last month").value == (
        "1992-05-31"
    )
    assert "the 31st of this month" not in _texts("Due on the 31st of this month.")


def test_this_time_last_year_is_the_publication_month_a_year_back() -> None:
    text = "Hotel bookings are well above this time last year, the board said."
    mention = _mention(text, "this time last year")
    assert mention.value == "1991-06"
    assert (mention.first_day, mention.last_day) == (date(1991, 6, 1), date(1991, 6, 30))


def test_same_time_next_year_looks_ahead() -> None:
    text = "The line should be running by the same time next year."
    assert _mention(text, "the same time next year").value == "1993-06"


def test_same_time_a_year_ago_after_a_stated_day_is_that_day_a_year_back() -> None:
    text = "Reserves stood at 40 mln crowns on May 31, against 31 mln at the same time a year ago."
    mention = _mention(text, "the same time a year ago")
    assert mention.value == "1991-05-31"


def test_that_time_last_year_after_a_stated_month_keeps_its_part() -> None:
    text = "Herds grew at the end of April, up from that time last year."
    mention = _mention(text, "that time last year")
    assert mention.value == "1991-04"
    assert mention.mod == "END"


def test_stated_day_in_an_earlier_sentence_is_not_the_anchor() -> None:
    text = "Reserves were counted on May 31. They exceed the same time last year."
    assert _mention(text, "the same time last year").value == "1991-06"


def test_since_this_time_last_year_runs_to_publication() -> None:
    text = "The pool has been shut since this time last year."
    mention = _mention(text, "this time last year")
    assert mention.mod == "ON_OR_AFTER"


def test_time_of_the_year_stays_no_date() -> None:
    assert _texts("Trade is always slow at this time of the year.") == []


def test_the_next_fortnight_is_the_fourteen_days_ahead() -> None:
    mention = _mention("A ruling is due in the next fortnight.", "the next fortnight")
    assert mention.type == "duration"
    assert mention.value == "P2W"
    assert (mention.period_start, mention.period_end) == (date(1992, 6, 11), date(1992, 6, 25))


def test_weekday_set_off_after_the_week_stays_its_own_mention() -> None:
    # the weekday restates the week: the relative-date check compares the two
    assert _texts("The panel met last week, on Monday.") == ["last week", "Monday"]
    assert _texts("The panel met earlier this week on Monday.") == ["earlier this week", "Monday"]
