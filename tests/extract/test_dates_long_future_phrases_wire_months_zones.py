"""Readings of the date, clock and quantity extractors, in sentences of our own:

- a weekday at the end of one long future verb phrase ("will sell ... at its weekly auction
  on Tuesday") is the coming day, however long the object between them;
- a month after the participle that opens an event ("talks starting in August") lies ahead;
- "a decade", "a year" after "take", "spend", "last" are lengths of time;
- the wire's short month in running text ("for the nine mths") is a length, but not an
  earnings table's heading or a money-market tenor in capitals;
- a time zone in lower case after a clock figure ("1500 cst") makes a time of day;
- "at the age of 18 years" is an age, not a length of time.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from claimcheck.extract.claims import extract_claims
from claimcheck.extract.clock import find_clock_times
from claimcheck.extract.dates import find_dates
from claimcheck.records import Article

# A Wednesday.
BASE = date(1992, 5, 13)


def _value(text: str, expression: str, base: date | None = BASE) -> str | None:
    mentions = [m for m in find_dates(text, base) if m.text.replace("\n", " ") == expression]
    assert mentions, f"{expression!r} not read in {text!r}"
    return mentions[0].value


def _texts(text: str) -> list[str]:
    return [m.text for m in find_dates(text, BASE)]


# ---- a weekday at the end of a long future verb phrase ---------------------------------


def test_weekday_after_a_long_future_phrase_is_ahead() -> None:
    text = (
        "The state debt office will sell between\nfour and six billion crowns of short "
        "bills depending on\ndemand at its weekly auction on Friday, the office said."
    )
    assert _value(text, "Friday") == "1992-05-15"


def test_weekday_after_a_reporting_verb_stays_past() -> None:
    text = (
        "The port will reopen to grain ships once dredging ends, the harbour master said on Monday."
    )
    assert _value(text, "Monday") == "1992-05-11"


def test_weekday_after_a_past_tense_inside_the_phrase_stays_past() -> None:
    text = (
        "The board will review the sale of its two northern paper mills, a plan which\n"
        "the mill's shareholders rejected at their meeting on Monday."
    )
    assert _value(text, "Monday") == "1992-05-11"


def test_weekday_with_no_future_in_the_sentence_stays_past() -> None:
    text = "The agency sold between four and six billion crowns of short bills on Monday."
    assert _value(text, "Monday") == "1992-05-11"


# ---- a month after the participle of an event's opening -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The pilots pledged to resist pay cuts in a set of talks starting in August.",
        "The orchestra announced a tour beginning in September across six cities.",
    ],
)
def test_month_after_an_opening_participle_lies_ahead(text: str) -> None:
    month = "August" if "August" in text else "September"
    assert _value(text, month) == f"1992-{'08' if month == 'August' else '09'}"


def test_month_after_a_past_opening_stays_past() -> None:
    text = "The pilots pledged to resist pay cuts in the talks that started in August."
    assert _value(text, "August") == "1991-08"


# ---- "a decade" after a verb of spending time ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The new code will take a decade to apply in full.", "a decade", "P1DE"),
        ("The crew spent a month at sea.", "a month", "P1M"),
        ("The stoppage lasted a week.", "a week", "P1W"),
    ],
)
def test_single_unit_after_a_verb_of_spending_time_is_a_length(
    text: str, expression: str, value: str
) -> None:
    assert _value(text, expression) == value


def test_a_quarter_after_take_is_a_share() -> None:
    assert _texts("The chain took a quarter of the market.") == []


# ---- the wire's short month --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Profit for the nine mths rose 4 pct.", "nine mths", "P9M"),
        ("It earned 2 mln dlrs in six mths to Dec 31.", "six mths", "P6M"),
        ("    Note: the 12 mth figures include a gain.", "12 mth", "P12M"),
    ],
)
def test_short_month_in_running_text_is_a_length(text: str, expression: str, value: str) -> None:
    assert _value(text, expression) == value


def test_short_month_heading_of_a_table_is_not_read() -> None:
    text = "Qtly div 5 cts\n    Nine mths\n    Shr 1.10 dlrs vs 90 cts"
    assert not any("mths" in found for found in _texts(text))


def test_money_market_tenor_in_capitals_is_not_read() -> None:
    assert not any("MTH" in found for found in _texts("DEPOSITS ONE MTH 7-1/4 7-1/8"))


# ---- time zones in lower case -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "time", "value"),
    [
        ("Trading stopped at 1430 cst.", "1430 cst", "T14:30"),
        ("The deadline is 0900 gmt.", "0900 gmt", "T09:00"),
        ("The rally peaked at 11:15 est.", "11:15 est", "T11:15"),
    ],
)
def test_lower_case_zone_after_a_clock_figure_is_a_time(text: str, time: str, value: str) -> None:
    found = [(m.text, m.value) for m in find_clock_times(text)]
    assert (time, value) in found


def test_estimated_year_in_lower_case_is_no_time() -> None:
    assert find_clock_times("Output: 2004 act, 2005 est, both in tonnes.") == []


# ---- an age in years ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "She joined the choir at the age of 11 years.",
        "Her brother, who died aged 70 years, left the farm to her.",
    ],
)
def test_age_in_years_is_an_age_claim_not_a_duration(body: str) -> None:
    article = Article(id="a1", body=body, published=datetime(1992, 5, 13))
    claims = extract_claims(article)
    assert [c.dimension for c in claims if c.unit == "year"] == ["age"]
    assert not [c for c in claims if c.kind == "duration"]


# ---- a quarter after "by the end of" ----------------------------------------------------------


def test_quarter_after_by_the_end_of_in_a_present_clause_lies_ahead() -> None:
    text = (
        "The group is working to return its southern bakeries to a profit by the end of "
        "the fourth quarter."
    )
    assert _value(text, "the fourth quarter") == "1992-Q4"


def test_quarter_after_by_the_end_of_in_a_past_clause_is_last_years() -> None:
    text = "Stocks of tin had fallen by a third by the end of the fourth quarter."
    assert _value(text, "the fourth quarter", date(1992, 3, 20)) == "1991-Q4"
