"""Tests for claimcheck.extract.dates: one test per phenomenon, on invented sentences."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.extract.dates import find_dates
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


def test_a_past_tense_after_the_weekday_outweighs_a_cue_before_it():
    # Base Tuesday Dec. 20: the Sunday just past and the Thursday before it.
    assert values("Ahead of the summit, the ministry on Sunday published its plan.") == [
        "2022-12-18"
    ]
    assert values("Until Thursday, the club had denied any approach.") == ["2022-12-15"]
    assert values("Until Thursday, the club will deny any approach.") == ["2022-12-22"]


def test_a_day_of_the_month_just_past_stays_past_in_the_future_tense():
    # Base Dec. 20: Dec. 2 was 18 days before; a day further back is next year's.
    assert values("The state will pay families hit by the Dec. 2 floods.") == ["2022-12-02"]
    assert values("The ferry will sail again on Nov. 3.") == ["2023-11-03"]


def test_last_and_next_weekday():
    assert values("Prices peaked last Friday.") == ["2022-12-16"]
    assert values("Prices peaked last Tuesday.") == ["2022-12-13"]
    assert values("Talks resume next Tuesday.") == ["2022-12-27"]


def test_weekday_with_part_of_day_stays_adate():
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


# ---- discourse and convention phenomena -----------------------------------------------------


def test_quarter_named_by_the_month_it_ends_in():
    assert values("Net rose in the quarter ended July 31.") == ["2022-Q3", "2022-07-31"]


def test_that_day_refers_back_to_the_last_stateddate():
    text = "The dam failed on March 3, 2021. Later that day, crews arrived."
    assert values(text) == ["2021-03-03", "2021-03-03"]


def test_the_following_year_counts_from_the_last_stated_year():
    assert values("The firm was founded in 1995 and listed the following year.") == [
        "1995",
        "1996",
    ]


def test_vague_stretches_are_past_or_future_references():
    assert values("Prices climbed over the past few months.") == ["PAST_REF"]
    assert values("Prices may climb in coming months.") == ["FUTURE_REF"]
    assert values("The bridge was rebuilt several years ago.") == ["PAST_REF"]


def test_approximate_offsets():
    assert values("The talks collapsed a week or so ago.") == ["2022-W50"]


def test_spoken_years_and_centuries():
    assert values("The law dates from nineteen ninety-six.") == ["1996"]
    assert values("Targets were set for the year two thousand.") == ["2000"]


def test_decade_modifiers():
    mention = only("Growth slowed in the mid-1990s.")
    assert (mention.value, mention.mod) == ("199", "MID")


def test_floating_holidays():
    assert values("Crowds gathered at Easter 2024.") == ["2024-03-31"]
    assert values("Polls closed on Election Day, 2020.") == ["2020-11-03"]


def test_clock_time_before_a_day_makes_it_a_time():
    mention = only("The deadline is 9 a.m. Tuesday.")
    assert (mention.type, mention.value) == ("time", "2022-12-20")


def test_recurring_months_are_sets():
    assert [(m.type, m.value) for m in mentions("The fair opens each July.")] == [
        ("set", "XXXX-07")
    ]


def test_titles_and_names_are_not_dates():
    assert mentions('He spoke on the programme "This Week" and thanked Jan Novak.') == []


def test_spans_never_overlap():
    text = "Since Monday, Dec. 19, 2022, and over the last 10 months, Q3 2021 sales rose."
    found = mentions(text)
    for first, second in pairwise(found):
        assert first.end <= second.start


# ---- robustness: the scanner itself must not raise (find_dates would hide it) ---------------

_VOCAB_TEXT = (
    "the a last next this past since in on of ago earlier later year years week month quarter "
    "third Q3 fiscal Monday Friday May March Dec. Sept. 19 2022 1990s '90s 10 two a.m. "
    "year-ago weekend summer Christmas now recently , . $ % - / 31 0 99"
)
_VOCAB = _VOCAB_TEXT.split()


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(_VOCAB), max_size=14),
    st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31))),
)
def test_scanner_never_raises(tokens, base):
    text = " ".join(tokens)
    for mention in find_dates(text, base):
        assert text[mention.start : mention.end] == mention.text


def test_day_ranges_and_year_ranges_cover_their_span():
    mention = only("The summit ran Dec. 5-7, 2021 in the capital.")
    assert (mention.text, mention.value) == ("Dec. 5-7, 2021", "2021-12-05")
    assert (mention.first_day, mention.last_day) == (date(2021, 12, 5), date(2021, 12, 7))
    season = only("Ticket sales fell in the 2019-20 season.")
    assert (season.value, season.last_day) == ("2019", date(2020, 12, 31))


def test_half_year_codes():
    assert values("Margins improved in H1 2021.") == ["2021-H1"]


def test_scheduled_day_is_upcoming_and_reported_day_is_past():
    assert values("The hearing is scheduled Thursday.") == ["2022-12-22"]
    assert values("The ministry said Thursday that talks failed.") == ["2022-12-15"]


def test_importing_dates_does_not_import_dateparser():
    import subprocess
    import sys

    code = "import sys, claimcheck.extract.dates; print('dateparser' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False"


def test_thousands_groups_are_not_counts_of_years():
    # the figure of "year ago" (a year back), not 2,000 or 0 years back
    assert values("Herds: 2,000 year ago and 1,500 now.") == ["2021", "PRESENT_REF"]


def test_year_inside_quarter_phrases():
    assert values("Growth was negative in the first 1987 quarter.") == ["1987-Q1"]
    assert values("Figures for first quarter 1987 are due.") == ["1987-Q1"]


def test_fractions_are_not_durations_of_their_denominator():
    # the whole length with its fraction, never "2 days" read from the denominator
    assert values("The hearing lasted 1-1/2 days.") == ["P1.5D"]


def test_month_just_past_stays_past_in_a_future_clause():
    assert values("The survey will show gains during November.") == ["2022-11"]
    assert values("The survey will show gains during February.") == ["2023-02"]


def test_timeml_benchmark_skips_cleanly_without_shared_data(tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    script = Path(__file__).resolve().parents[2] / "benchmarks" / "eval_timeml.py"
    result = subprocess.run(
        [sys.executable, str(script), "--shared", str(tmp_path / "absent")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0
    assert result.stdout.startswith("skipped")


def test_month_names_used_as_first_names_are_not_dates():
    assert mentions("The report was written by June Carter and April Ryan.") == []
    assert values("The report was written in June by Carter.") == ["2022-06"]


def test_month_lists():
    assert values("Since April, May and June, output has dropped.") == [
        "2022-04",
        "2022-05",
        "2022-06",
    ]


def test_dates_are_not_read_inside_long_runs_without_letters():
    body = "1-" * 400 + " The vote was held on March 3, 2024."
    (mention,) = find_dates(body, date(2024, 3, 10))
    assert mention.text == "March 3, 2024"


@pytest.mark.parametrize(
    ("text", "base"),
    [("2022 years ago", date(2000, 1, 1)), ("9000 years later", date(2000, 1, 1))],
)
def test_a_shift_beyond_the_calendar_is_left_unresolved(text, base):
    (mention,) = find_dates(text, base)
    assert mention.text == text and mention.value is None and mention.relative


# --- seasons by publication date and tense ----------------------------------------------------


def _season(text, base):
    [mention] = find_dates(text, base)
    return mention.value


def test_the_coming_season_in_the_present_or_future():
    assert _season("Gas stocks look thin for the winter.", date(2022, 7, 10)) == "2022-WI"
    assert _season("Crews will finish over the summer.", date(2022, 3, 1)) == "2022-SU"


def test_the_season_just_past_in_the_past_tense():
    assert _season("Prices soared over the winter.", date(2022, 7, 10)) == "2021-WI"


def test_this_season_is_the_one_under_way():
    assert _season("Snow fell early this winter.", date(2023, 1, 20)) == "2022-WI"
    assert _season("This summer will be hot.", date(2022, 4, 2)) == "2022-SU"


def test_last_and_next_season():
    assert _season("Last summer was dry.", date(2022, 7, 10)) == "2021-SU"
    assert _season("Next spring the works start.", date(2022, 7, 10)) == "2023-SP"


def test_named_periods_are_names_not_dates():
    base = date(2022, 7, 10)
    assert find_dates("He wrote a history of the Winter War.", base) == []
    assert find_dates("Athletes trained for the Summer Olympics.", base) == []
    assert find_dates("Protests recalled the Prague Spring.", base) == []


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("The book fair runs 8-11 March in Leipzig.", date(2022, 3, 8), date(2022, 3, 11)),
        ("Polls opened from 4 to 6 May across the region.", date(2022, 5, 4), date(2022, 5, 6)),
        ("The summit ran from Oct. 3 to 5 in Lima.", date(2022, 10, 3), date(2022, 10, 5)),
        ("Ferries stop 2 through 9 July for repairs.", date(2022, 7, 2), date(2022, 7, 9)),
    ],
)
def test_a_range_of_days_in_one_month_is_one_mention(text, first, last):
    mention = only(text)
    assert (mention.first_day, mention.last_day) == (first, last)


def test_a_day_range_stops_before_a_percentage():
    found = mentions("Prices rose in June 3 to 5 pct, the survey said.")
    assert [m.text for m in found] == ["June 3"]


@pytest.mark.parametrize(
    "text", ["She edits the Weekly Standard in Boston.", "The story ran in the Daily Courier."]
)
def test_a_frequency_word_inside_a_name_is_no_frequency(text):
    assert mentions(text) == []


def test_a_frequency_word_starting_a_sentence_is_still_a_frequency():
    assert values("Weekly sales held steady.") == ["P1W"]


@pytest.mark.parametrize(
    "text", ["She stood for a second term in office.", "The club won it for a second year."]
)
def test_a_second_before_a_noun_is_an_ordinal_not_a_duration(text):
    assert mentions(text) == []


def test_a_second_of_time_is_still_a_duration():
    assert [m.type for m in mentions("The lights went out for a second or two.")] == ["duration"]


# ---- spoken years, decades in words, day lists, "current", numbered quarters -----------------


def test_a_spoken_year_after_a_month_or_season_gives_that_year():
    assert values("Flooding returned in March nineteen eighty-eight, the anchor said.") == [
        "1988-03"
    ]
    (mention,) = mentions("Prices had not been this low since the summer of nineteen ninety-one.")
    assert mention.value == "1991-SU"


def test_decades_in_words_take_the_latest_such_decade_begun():
    assert values("Membership grew steadily through the nineties.") == ["199"]
    assert values("Membership grew in the twenties.", date(2024, 5, 1)) == ["202"]
    assert values("The hall was built in the late sixties.") == ["196"]


def test_decade_words_for_ages_and_temperatures_are_no_dates():
    assert mentions("Both founders are in their sixties.") == []
    assert mentions("Highs will be in the forties degrees range.") == []


def test_a_second_day_of_the_same_month_after_a_date():
    assert values("Talks will be held on May 3 and 4 in Geneva.") == ["2023-05-03", "2023-05-04"]
    assert values("The vote was held on Nov. 8 or 9, officials said.") == [
        "2022-11-08",
        "2022-11-09",
    ]


def test_a_count_after_a_date_is_no_second_day():
    assert values("On Nov. 8 and 12 people were hurt.") == ["2022-11-08"]
    assert values("The plant closed on Nov. 8 and 20 workers left.") == ["2022-11-08"]


def test_last_before_a_month_and_day_keeps_the_day():
    (mention,) = mentions("The bridge shut last Oct. 14 after the storm.")
    assert (mention.text, mention.value) == ("Oct. 14", "2022-10-14")


def test_qtr_is_a_quarter():
    assert values("Net profit for the current qtr rose.") == ["2022-Q4"]
    assert values("Net profit for the 3rd qtr fell.") == ["2022-Q3"]


def test_since_year_end_counts_from_the_last_year_end():
    # "year-end", the accounting term, is the year's closing day.
    (mention,) = mentions("Shares have gained 9% since year-end.", date(2022, 10, 30))
    assert (mention.value, mention.mod) == ("2021-12-31", "ON_OR_AFTER")
    assert (mention.period_start, mention.period_end) == (date(2021, 12, 31), date(2022, 10, 30))
    (mention,) = mentions("The sale should close by year-end.", date(2022, 10, 30))
    assert (mention.value, mention.granularity) == ("2022-12-31", "day")
    # "the end of the year" stays the year's last stretch.
    (mention,) = mentions("The sale should close by the end of the year.", date(2022, 10, 30))
    assert (mention.value, mention.mod) == ("2022", "END")


def test_a_numbered_quarter_not_yet_begun_is_last_years_unless_ahead():
    january = date(2023, 1, 24)
    assert values("Earnings fell 8% in the fourth quarter.", january) == ["2022-Q4"]
    assert values("The firm expects a loss in the fourth quarter.", january) == ["2023-Q4"]
    assert values("Sales will recover in the third quarter.", january) == ["2023-Q3"]
    assert values("Sales rose in the first quarter.", date(2023, 4, 20)) == ["2023-Q1"]


def test_a_half_of_a_month_is_part_of_that_month():
    (mention,) = mentions("The stake will be sold in the second half of March.")
    assert (mention.text, mention.value, mention.mod) == (
        "the second half of March",
        "2023-03",
        "END",
    )
    assert (mention.first_day, mention.last_day) == (date(2023, 3, 16), date(2023, 3, 31))
    (mention,) = mentions("Reserves grew in the first half of March 1987.")
    assert (mention.value, mention.first_day, mention.last_day) == (
        "1987-03",
        date(1987, 3, 1),
        date(1987, 3, 15),
    )
    (mention,) = mentions("Few issues came in the first half of the month.")
    assert (mention.value, mention.mod) == ("2022-12", "START")


def test_a_day_set_or_planned_for_is_ahead():
    assert values("Union talks are set for Friday.") == ["2022-12-23"]
    assert values("Activists planned a march on Saturday near the port.") == ["2022-12-24"]
    assert values("Exports fell in a plan announced in July.") == ["2022-07"]


def test_planning_or_preparing_for_an_event_puts_its_month_ahead():
    # BASE is in December: a month that has passed this year is next year's when planned.
    assert values("Ministers are preparing for a trade summit in May.") == ["2023-05"]
    assert values("Staff are planning for the relaunch in March.") == ["2023-03"]
    assert values("They prepared for the relaunch in March.") == ["2022-03"]


def test_tomorrow_after_of_is_the_future_in_general():
    assert values("These are the engines of tomorrow, the firm says.") == []
    assert values("The firm says the engines arrive tomorrow.") == ["2022-12-21"]


def test_tomorrow_after_of_still_names_the_next_day_in_set_phrases():
    assert values("Traders waited ahead of tomorrow's budget.") == ["2022-12-21"]
    assert values("The ban is lifted as of tomorrow.") == ["2022-12-21"]
    assert values("She will spend the whole of tomorrow in court.") == ["2022-12-21"]
    assert values("Much rides on the outcome of tomorrow's vote.") == ["2022-12-21"]


# ---- relative months, decades, spans of months, plans told as past ---------------------------


def test_last_month_name_for_the_month_just_past_is_a_year_back():
    # Written in March: "last February" is not last month (that would be "last month").
    assert values("The mill shut last February.", date(2021, 3, 9)) == ["2020-02"]
    assert values("The mill shut last March.", date(2021, 3, 9)) == ["2020-03"]
    assert values("The mill shut last November.", date(2021, 3, 9)) == ["2020-11"]
    # An earlier month of this year, two or more months back, stays this year's.
    assert values("The mill shut last January.", date(2021, 6, 9)) == ["2021-01"]


def test_next_month_name_is_the_coming_one():
    assert values("The mill reopens next April.", date(2021, 3, 9)) == ["2021-04"]
    assert values("The mill reopens next March.", date(2021, 3, 9)) == ["2022-03"]


def test_decade_in_words_can_be_the_coming_one():
    assert values("Demand should double in the nineties.", date(1987, 5, 1)) == ["199"]
    assert values("Demand doubled in the nineties.", date(2004, 5, 1)) == ["199"]
    assert values("Demand may double in the forties.", date(2004, 5, 1)) == ["194"]


def test_two_digit_levels_after_a_verb_are_no_decades():
    # "the mid 20s" after a price, "the 90s" after a temperature: levels, not decades (a
    # decade in two digits needs a preposition of time or the start of a sentence before it).
    assert values("Crude should climb to the mid 20s.", date(1987, 5, 1)) == []
    assert values("Highs will reach the 90s by noon.", date(2004, 5, 1)) == []


def test_may_closing_a_span_of_months_is_the_month():
    assert values("The dig ran from March to May.", date(2021, 8, 1)) == ["2021-03", "2021-05"]
    assert values("Between April and May the dig paused.", date(2021, 8, 1)) == [
        "2021-04",
        "2021-05",
    ]
    assert values("Rain may stop the dig.", date(2021, 8, 1)) == []


def test_a_deadline_overtaken_points_back_and_a_cause_sets_no_future():
    # Written on a Thursday: a deadline that had been due is past; one that was due may lie ahead.
    thursday = date(2021, 9, 16)
    assert values("The vote had been due to take place Friday.", thursday) == ["2021-09-10"]
    assert values("The lease was due to expire on Friday.", thursday) == ["2021-09-17"]
    # "was due to" a cause is no plan; "had been scheduled for" a plan that may still lie ahead.
    assert values("The rise was due to buying in March.", date(2021, 9, 16)) == ["2021-03"]
    assert values("The dip is due to the rains in March.", date(2021, 9, 16)) == ["2021-03"]
    assert values("The chip had been scheduled for the fourth quarter.", thursday) == ["2021-Q4"]
    # A plan still pending points ahead.
    assert values("Workers were planning to walk out on Monday.", thursday) == ["2021-09-20"]
    assert values("The vote is due to take place Friday.", thursday) == ["2021-09-17"]


def test_quarters_of_something_are_a_share_not_a_span():
    assert values("Exports make up three-quarters of the region's income.") == []
    assert [m.type for m in mentions("Repairs took three quarters of the year.")] == ["duration"]
    # Four or more quarters are a span: "four quarters of losses".
    assert [m.type for m in mentions("It follows four quarters of losses.")] == ["duration"]


def test_month_name_before_week_is_no_relative_month():
    assert values("Stocks fell in the last March week.", date(2021, 4, 20)) == ["2021-03"]


@pytest.mark.parametrize("text", ["over the last 90000 months", "in the next 900000 weeks"])
def test_a_span_reaching_beyond_the_calendar_is_a_duration_with_no_period(text):
    mentions = find_dates(text, date(2022, 12, 20))
    assert [(m.type, m.period_start, m.period_end) for m in mentions] == [("duration", None, None)]
