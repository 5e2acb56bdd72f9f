"""Tests for claimcheck.dates: one test per phenomenon, on invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from claimcheck.dates import find_dates, parse_date_phrase
from claimcheck.records import DateMention

BASE = date(2022, 12, 20)  # a Tuesday


def mentions(text: str, base: date | None = BASE) -> list[DateMention]:
    found = find_dates(text, base)
    for mention in found:
        assert text[mention.start : mention.end] == mention.text
    assert [m.start for m in found] == sorted(m.start for m in found)
    return found


def only(text: str, base: date | None = BASE) -> DateMention:
    found = mentions(text, base)
    assert len(found) == 1, found
    return found[0]


def values(text: str, base: date | None = BASE) -> list[str | None]:
    return [m.value for m in mentions(text, base)]


# ---- absolute dates --------------------------------------------------------------------------


def test_month_day_year_is_one_day_mention():
    mention = only("The ferry sank on Dec. 19, 2022, near the harbour.")
    assert mention.text == "Dec. 19, 2022"
    assert mention.value == "2022-12-19"
    assert mention.granularity == "day"
    assert mention.first_day == mention.last_day == date(2022, 12, 19)
    assert not mention.relative


def test_weekday_with_date_keeps_both_for_checking():
    mention = only("Talks opened on Monday, Dec. 19, 2022 in the capital.")
    assert mention.text == "Monday, Dec. 19, 2022"
    assert mention.weekday == 0
    assert mention.value == "2022-12-19"


def test_abbreviated_month_is_not_split_at_its_period():
    mention = only("Bids were due Feb. 28 at noon.")
    assert mention.text == "Feb. 28"
    assert mention.value == "2022-02-28"


def test_day_month_order_and_ordinals():
    assert values("The plant reopened on 3 March 2021.") == ["2021-03-03"]
    assert values("It closed on the 5th of June, 2020.") == ["2020-06-05"]


def test_month_and_year():
    mention = only("Inflation peaked in March 2013 before easing.")
    assert (mention.value, mention.granularity) == ("2013-03", "month")
    assert mention.first_day == date(2013, 3, 1)
    assert mention.last_day == date(2013, 3, 31)


def test_iso_and_slashed_dates():
    assert values("Filed 2021-07-04 and amended 7/9/2021.") == ["2021-07-04", "2021-07-09"]


def test_year_in_year_context():
    mention = only("The mine opened in 2019 after a long delay.")
    assert (mention.value, mention.granularity) == ("2019", "year")
    assert mention.last_day == date(2019, 12, 31)


def test_year_modifiers_and_fiscal_years():
    assert values("Fiscal 1987 sales beat its 1986 profit.") == ["1987", "1986"]
    assert values("The 2016's results were restated.") == ["2016"]


def test_decades_and_centuries():
    assert values("Prices last fell this fast in the 1990s.") == ["199"]
    assert values("A bridge from the 19th century still stands.") == ["18"]


def test_seasons():
    assert values("Work resumes in the spring of 2024.") == ["2024-SP"]
    assert values("Sales slumped last summer.") == ["2022-SU"]


def test_quarters_and_halves():
    assert values("Profit rose in the third quarter.") == ["2022-Q3"]
    assert values("Third-quarter revenue fell.") == ["2022-Q3"]
    assert values("Output grew in the first half of 2021.") == ["2021-H1"]
    assert values("The fourth quarter of 2020 was weak.") == ["2020-Q4"]


def test_holidays():
    assert values("Stores closed on Christmas Day, 2021.") == ["2021-12-25"]
    assert values("The deal was signed on Thanksgiving.") == ["2022-11-24"]


# ---- relative dates --------------------------------------------------------------------------


def test_yesterday_today_tomorrow():
    assert values("Yesterday it rained, today it snows and tomorrow it clears.") == [
        "2022-12-19",
        "2022-12-20",
        "2022-12-21",
    ]


def test_this_last_next_periods():
    assert values("Output fell this week.") == ["2022-W51"]
    assert values("Output fell last week.") == ["2022-W50"]
    assert values("Output fell last month.") == ["2022-11"]
    assert values("Output will rise next year.") == ["2023"]
    assert values("Output fell last year.") == ["2021"]


def test_modified_relative_periods_report_their_mod():
    mention = only("Rates rose earlier this month.")
    assert mention.value == "2022-12"
    assert mention.mod == "START"
    assert only("The plant opens early next year.").value == "2023"


def test_bare_weekday_in_past_news_is_the_most_recent_one():
    mention = only("The minister resigned on Friday.")
    assert mention.value == "2022-12-16"
    assert mention.weekday == 4
    assert mention.relative


def test_weekday_equal_to_base_weekday_is_the_base_day():
    assert values("The vote took place Tuesday.") == ["2022-12-20"]


def test_weekday_in_future_tense_is_the_coming_one():
    assert values("The board will meet Thursday.") == ["2022-12-22"]


def test_last_and_next_weekday():
    assert values("Prices peaked last Friday.") == ["2022-12-16"]
    assert values("Prices peaked last Tuesday.") == ["2022-12-13"]
    assert values("Talks resume next Tuesday.") == ["2022-12-27"]


def test_weekday_with_part_of_day_stays_a_date():
    mention = only("The storm hit Sunday night.")
    assert (mention.type, mention.value) == ("date", "2022-12-18")


def test_month_without_year_is_past_unless_close_ahead():
    assert values("Exports fell in April.") == ["2022-04"]
    assert values("Exports will be reviewed in March.") == ["2023-03"]
    assert values("The budget is due in January.") == ["2023-01"]


def test_month_day_without_year():
    assert values("The strike began Aug. 6 and ended quickly.") == ["2022-08-06"]
    assert values("The new rules take effect Jan. 1.") == ["2023-01-01"]


def test_ago():
    mention = only("The bridge opened two years ago.")
    assert (mention.value, mention.granularity) == ("2020", "year")
    assert values("The bridge opened three months ago.") == ["2022-09"]


def test_present_past_and_future_references():
    assert values("Prices are now stable.") == ["PRESENT_REF"]
    assert values("Prices recently stabilised.") == ["PAST_REF"]
    assert values("Prices may rise in the future.") == ["FUTURE_REF"]
    assert values("Now that prices are stable, we relax.") == []


def test_since_fills_a_period_up_to_the_base():
    mention = only("Prices have doubled since 2019.")
    assert mention.value == "2019"
    assert mention.mod == "ON_OR_AFTER"
    assert mention.period_start == date(2019, 1, 1)
    assert mention.period_end == BASE
    assert only("Output has slipped since April.").value == "2022-04"


def test_the_weekend_is_the_most_recent_one():
    assert values("Crowds gathered over the weekend.") == ["2022-W50-WE"]


def test_financial_year_ago_refers_to_the_quarter_under_discussion():
    text = "Net rose in the third quarter, up from $4 million a year earlier."
    assert values(text) == ["2022-Q3", "2021-Q3"]


# ---- durations and sets ----------------------------------------------------------------------


def test_plain_durations():
    mention = only("The siege lasted 10 months.")
    assert (mention.type, mention.value) == ("duration", "P10M")
    assert values("It took three weeks.") == ["P3W"]
    assert values("A two-year deal was signed.") == ["P2Y"]


def test_anchored_durations_get_a_period_ending_at_the_base():
    for phrase in ("the past 10 months", "over the last 10 months", "for the last 10 months"):
        found = [m for m in mentions(f"Prices rose {phrase}.") if m.type == "duration"]
        assert len(found) == 1, phrase
        assert found[0].value == "P10M"
        assert found[0].period_start == date(2022, 2, 20)
        assert found[0].period_end == BASE


def test_sets():
    assert [(m.type, m.value) for m in mentions("Inspectors visit every week.")] == [("set", "P1W")]
    assert [(m.type, m.value) for m in mentions("The paper is published weekly.")] == [
        ("set", "P1W")
    ]
    assert [(m.type, m.value) for m in mentions("Trains run twice a day.")] == [("set", "P1D")]


# ---- pitfalls ------------------------------------------------------------------------------


def test_money_and_percent_are_not_dates():
    assert mentions("Tickets cost $27 and sales rose 50% to 1,950 units.") == []


def test_pronoun_we_is_not_wednesday():
    assert mentions("We think the plan works.") == []


def test_modal_may_is_not_a_month():
    assert mentions("The court may rule soon, and prices may fall.") == []
    assert values("The court will rule in May.") == ["2023-05"]
    assert values("The court ruled on May 5, 2021.") == ["2021-05-05"]


def test_quantities_are_not_years():
    assert mentions("The army sent 200,000 troops and 2000 tanks.") == []
    assert mentions("About 1990 people signed the petition.") == []


def test_bare_number_outside_year_context_is_not_a_year():
    assert mentions("Room 2015 is on the second floor.") == []


def test_since_year_is_the_year_not_a_day_in_it():
    assert values("Rents have risen since 2019.") == ["2019"]


# ---- unresolved and robustness ------------------------------------------------------------


def test_without_base_relative_expressions_are_unresolved():
    found = mentions("Yesterday, on Dec. 19, 2022, the mayor said last week was calm.", None)
    by_text = {m.text: m for m in found}
    assert by_text["Yesterday"].value is None
    assert by_text["Yesterday"].relative
    assert by_text["last week"].value is None
    assert by_text["Dec. 19, 2022"].value == "2022-12-19"
    assert not by_text["Dec. 19, 2022"].relative


def test_without_base_month_day_is_unresolved_but_weekday_is_kept():
    mention = only("The plant shut on Friday.", None)
    assert (mention.value, mention.weekday, mention.relative) == (None, 4, True)


def test_never_raises_on_odd_input():
    assert find_dates("", BASE) == []
    assert all(m.granularity != "day" for m in find_dates("Feb. 30, 2021; 13/45/2020", BASE))
    assert isinstance(find_dates("\x00" * 10 + "in 2019", BASE), list)


def test_result_does_not_depend_on_the_wall_clock():
    text = "Sales fell last week and will recover next month."
    assert values(text, date(2001, 6, 15)) == ["2001-W23", "2001-07"]


# ---- dateparser fallback -------------------------------------------------------------------


def test_parse_date_phrase_uses_the_scanner_for_known_forms():
    mention = parse_date_phrase("last Friday", BASE)
    assert mention is not None
    assert mention.value == "2022-12-16"


def test_parse_date_phrase_falls_back_to_dateparser():
    pytest.importorskip("dateparser")
    mention = parse_date_phrase("19.12.2022", BASE)
    assert mention is not None
    assert mention.value == "2022-12-19"


def test_parse_date_phrase_returns_none_for_nonsense():
    pytest.importorskip("dateparser")
    assert parse_date_phrase("purple elephants", BASE) is None
