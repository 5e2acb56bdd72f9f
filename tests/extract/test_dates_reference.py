"""Tests for the reference point of relative dates: which stated period "a year earlier" or
"the previous month" counts from, and points ahead ("in three years")."""

from __future__ import annotations

from datetime import date

from claimcheck.extract.dates import find_dates

BASE = date(2023, 5, 17)  # a Wednesday


def values(text: str, base: date = BASE) -> dict[str, tuple[str, str | None]]:
    found = find_dates(text, base)
    for mention in found:
        assert text[mention.start : mention.end] == mention.text
    return {mention.text: (mention.type, mention.value) for mention in found}


# ---- "the previous <unit>": a period, counted from the one discussed ---------------------


def test_the_previous_year_is_the_year_before_the_one_just_named() -> None:
    found = values("Ferry crossings reached 410 in 2019, against 388 the previous year.")
    assert found["the previous year"] == ("date", "2018")


def test_the_previous_month_without_a_stated_month_is_the_one_before_publication() -> None:
    assert values("Orders were flat compared with the previous month.")["the previous month"] == (
        "date",
        "2023-04",
    )


def test_the_previous_week_counts_from_the_last_day_when_a_quarter_came_between() -> None:
    text = (
        "Claims totalled 2,100 in the week ended March 11, a figure published with a lag. "
        "That was up from 2,050 the previous week."
    )
    assert values(text)["the previous week"] == ("date", "2023-W09")


def test_the_previous_hour_stays_a_length_of_time() -> None:
    assert values("Rain fell steadily over the previous hour.")["the previous hour"] == (
        "duration",
        "PT1H",
    )


def test_the_previous_century_is_a_century() -> None:
    assert values("The previous century saw two wars.")["The previous century"] == ("date", "19")


def test_the_month_before_is_left_to_the_ledger() -> None:
    # The ledger reads "the month before" next to a figure itself; a date here would be
    # counted back a second time.
    assert values("Exports rose in March from the month before.") == {"March": ("date", "2023-03")}


def test_the_previous_weekday_is_the_one_before_the_day_reported_on() -> None:
    text = "On Friday, May 12 the index closed down 3%, and 5% below the previous Friday."
    assert values(text)["previous Friday"] == ("date", "2023-05-05")


def test_last_weekday_still_counts_from_publication() -> None:
    text = "On Friday, May 5 the index fell. It rose again last Friday."
    assert values(text)["last Friday"] == ("date", "2023-05-12")


# ---- "a year earlier": the period under discussion, not a comparison figure ---------------


def test_a_year_earlier_after_a_month_is_that_month_a_year_back() -> None:
    text = "Hotel bookings in March rose to 9,200 from 8,700 a year earlier."
    assert values(text)["a year earlier"] == ("date", "2022-03")


def test_a_comparison_month_does_not_become_the_reference() -> None:
    text = (
        "Pension assets stood at 51.2 billion in April, against 50.4 billion in March "
        "and 47.9 billion in April last year. Gold holdings were unchanged from a year earlier."
    )
    assert values(text)["a year earlier"] == ("date", "2022-04")


def test_a_year_stated_after_a_quarter_ends_the_quarter_talk() -> None:
    text = "Profit rose in the first quarter. In 2019, turnover had climbed from a year earlier."
    assert values(text)["a year earlier"] == ("date", "2018")


def test_the_comparison_year_of_a_quarter_keeps_the_quarter() -> None:
    text = "Fourth-quarter profit rose, after a loss in 2021. A year ago, its debt was higher."
    assert values(text)["A year ago"] == ("date", "2021-Q4")


def test_a_day_of_report_keeps_the_quarter_under_discussion() -> None:
    text = (
        "First-quarter sales rose to 40m from 35m a year earlier, the chain said on Monday. "
        "Margins widened from a year earlier."
    )
    found = find_dates(text, BASE)
    assert [m.value for m in found if m.text == "a year earlier"] == ["2022-Q1", "2022-Q1"]


def test_a_month_naming_a_quarter_sets_the_quarter() -> None:
    text = "Exports in the June quarter rose to 4.1 billion from 3.8 billion a year earlier."
    assert values(text)["a year earlier"] == ("date", "2022-Q2")


def test_only_one_year_back_is_read_as_the_year_ago_quarter() -> None:
    text = "Third-quarter earnings rose. The founder left the firm six years ago."
    assert values(text)["six years ago"] == ("date", "2017")


def test_the_quarter_a_year_ago_is_one_period() -> None:
    text = "Net income rose in the first quarter. For the quarter a year ago it was 3m."
    found = values(text)
    assert found["the quarter a year ago"] == ("date", "2022-Q1")
    assert "a year ago" not in found


def test_the_same_period_a_year_ago_without_a_quarter_is_not_merged() -> None:
    found = values("Ticket sales were 6% below the same period a year ago.")
    assert "the same period a year ago" not in found


# ---- points ahead ---------------------------------------------------------------------------


def test_in_n_years_in_a_future_clause_is_a_date() -> None:
    assert values("The bonds will be repaid in five years.")["five years"] == ("date", "2028")


def test_in_n_weeks_in_a_future_clause_is_a_week() -> None:
    assert values("The plant is expected to reopen in two weeks.")["two weeks"] == (
        "date",
        "2023-W22",
    )


def test_in_n_years_in_a_past_clause_stays_a_length() -> None:
    assert values("The price doubled in five years.")["five years"] == ("duration", "P5Y")


def test_within_a_year_is_a_limit_not_a_point() -> None:
    assert values("The inquiry will report within a year.")["a year"] == ("duration", "P1Y")


def test_a_record_counted_over_years_stays_a_length() -> None:
    text = "It will be the first time the choir has sung at the abbey in 19 years."
    assert values(text)["19 years"] == ("duration", "P19Y")
    text = "Buyers will be at their most cautious in two years."
    assert values(text)["two years"] == ("duration", "P2Y")


def test_a_hyphenated_length_is_a_kind_of_thing() -> None:
    text = "The Treasury will sell four billion dollars in 30-day bills."
    assert values(text)["30-day"] == ("duration", "P30D")


def test_one_day_after_a_modal_is_some_day_ahead() -> None:
    assert values("Engineers hope the line will one day reach the coast.")["one day"] == (
        "date",
        "FUTURE_REF",
    )
    assert values("She wants to one day run the family farm.")["one day"] == (
        "date",
        "FUTURE_REF",
    )


def test_one_day_as_a_length_is_unchanged() -> None:
    assert values("The walkout lasted one day.")["one day"] == ("duration", "P1D")
