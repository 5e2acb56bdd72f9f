"""CC103: a relative date beside a weekday or calendar date it cannot be."""

from __future__ import annotations

from datetime import date

import pytest

from claimcheck.checks.relative_date import check_relative_dates

# Published Monday, May 13, 2024: yesterday was Sunday the 12th.
PUBLISHED = "2024-05-13T09:00:00"


def _day(day, **fields):
    return {"kind": "date", "relative": True, "first_day": day, "last_day": day, **fields}


def _yesterday_and_weekday(article, body, weekday_text, weekday):
    yesterday = "Yesterday" if body.startswith("Yesterday") else "yesterday"
    return (
        article(body, published=PUBLISHED)
        .claim(yesterday, **_day(date(2024, 5, 12), granularity="day"))
        .claim(weekday_text, **_day(date(2024, 5, 9), weekday=weekday))
        .build()
    )


def test_flags_a_weekday_in_apposition_to_yesterday(article):
    context = _yesterday_and_weekday(
        article, "Yesterday (Thursday) the council approved the levy.", "Thursday", 3
    )
    (finding,) = check_relative_dates(context)
    assert finding.rule == "CC103" and finding.severity == "error"
    assert finding.text == "Thursday"
    assert finding.message == (
        "'Thursday' beside 'Yesterday': the article is dated Monday, May 13, 2024, "
        "so yesterday was a Sunday"
    )
    assert finding.evidence["relative"]["text"] == "Yesterday"


def test_a_matching_weekday_is_not_flagged(article):
    body = "Yesterday (Sunday) the council approved the levy."
    context = (
        article(body, published=PUBLISHED)
        .claim("Yesterday", **_day(date(2024, 5, 12), granularity="day"))
        .claim("Sunday", **_day(date(2024, 5, 12), weekday=6))
        .build()
    )
    assert list(check_relative_dates(context)) == []


def test_weekday_after_yesterday_with_on_is_flagged(article):
    context = _yesterday_and_weekday(
        article, "The mayor resigned yesterday on Friday after a long meeting.", "Friday", 4
    )
    (finding,) = check_relative_dates(context)
    assert finding.text == "Friday"


def test_weekday_further_along_the_sentence_dates_another_event(article):
    context = _yesterday_and_weekday(
        article, "The mayor resigned yesterday in a letter dated Friday.", "Friday", 4
    )
    assert list(check_relative_dates(context)) == []


def test_weekday_used_as_a_name_or_possessive_is_not_flagged(article):
    context = _yesterday_and_weekday(
        article, "Rivals matched yesterday Friday's rate cut.", "Friday", 4
    )
    assert list(check_relative_dates(context)) == []


def test_weekday_of_another_event_is_not_flagged(article):
    context = _yesterday_and_weekday(
        article, "The mayor said yesterday that talks would resume on Friday.", "Friday", 4
    )
    assert list(check_relative_dates(context)) == []


def test_flags_an_explicit_date_that_is_not_last_week(article):
    body = "Last week, on April 19, the mill laid off its night shift."
    context = (
        article(body, published=PUBLISHED)
        .claim(
            "Last week",
            kind="date",
            relative=True,
            granularity="week",
            first_day=date(2024, 5, 6),
            last_day=date(2024, 5, 12),
        )
        .claim("April 19", **_day(date(2024, 4, 19), granularity="day"))
        .build()
    )
    (finding,) = check_relative_dates(context)
    assert finding.severity == "warning" and finding.text == "April 19"
    assert "last week is May 6–12, 2024" in finding.message


def test_a_date_inside_last_week_is_not_flagged(article):
    body = "Last week, on May 8, the mill laid off its night shift."
    context = (
        article(body, published=PUBLISHED)
        .claim(
            "Last week",
            kind="date",
            relative=True,
            granularity="week",
            first_day=date(2024, 5, 6),
            last_day=date(2024, 5, 12),
        )
        .claim("May 8", **_day(date(2024, 5, 8), granularity="day"))
        .build()
    )
    assert list(check_relative_dates(context)) == []


def test_flags_yesterday_beside_another_calendar_date(article):
    body = "Yesterday (May 9) the mill reopened."
    context = (
        article(body, published=PUBLISHED)
        .claim("Yesterday", **_day(date(2024, 5, 12), granularity="day"))
        .claim("May 9", **_day(date(2024, 5, 9), granularity="day"))
        .build()
    )
    (finding,) = check_relative_dates(context)
    assert finding.severity == "error" and finding.text == "May 9"


def test_year_supplied_by_the_relative_expression_is_not_flagged(article):
    # "June 30 last year": the date has no year of its own; last year supplies it.
    body = "The accord, signed on June 30 last year, expires soon."
    context = (
        article(body, published=PUBLISHED)
        .claim("June 30", **_day(date(2024, 6, 30), granularity="day"))
        .claim(
            "last year",
            kind="date",
            relative=True,
            granularity="year",
            first_day=date(2023, 1, 1),
            last_day=date(2023, 12, 31),
        )
        .build()
    )
    assert list(check_relative_dates(context)) == []


def test_a_coarser_date_cannot_contradict_a_finer_relative_one(article):
    body = "The carmaker said last week 2023 profit was flat."
    context = (
        article(body, published=PUBLISHED)
        .claim(
            "last week",
            kind="date",
            relative=True,
            granularity="week",
            first_day=date(2024, 5, 6),
            last_day=date(2024, 5, 12),
        )
        .claim(
            "2023",
            kind="date",
            granularity="year",
            first_day=date(2023, 1, 1),
            last_day=date(2023, 12, 31),
        )
        .build()
    )
    assert list(check_relative_dates(context)) == []


def test_nothing_is_checked_without_a_publication_date(article):
    body = "Yesterday (Thursday) the council approved the levy."
    context = (
        article(body, published=None)
        .claim("Yesterday", kind="date", relative=True)
        .claim("Thursday", kind="date", relative=True, weekday=3)
        .build()
    )
    assert list(check_relative_dates(context)) == []


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("Yesterday (Thursday) the county board approved the levy.", "Thursday"),
        ("Yesterday (Sunday) the county board approved the levy.", None),
        ("Last week, on April 19, the mill shut after a fire.", "April 19"),
        ("Last week, on May 8, the mill shut after a fire.", None),
        # The weekday first, the relative word set off after it.
        ("Officials confirmed on Thursday, yesterday, that the plant would close.", "Thursday"),
        ("Officials confirmed on Sunday, yesterday, that the plant would close.", None),
        # ... but not a date closing one clause and "today" opening the next.
        ("The ban lasted until Thursday, today the minister admitted.", None),
        # A day counted back in words.
        ("The ferry ran aground two days ago, on Friday, off the cape.", "Friday"),
        ("The ferry ran aground two days ago, on Saturday, off the cape.", None),
        # "last Friday" beside a Friday weeks earlier.
        ("The cargo left port last Friday, April 12, and is due soon.", "April 12"),
        ("The cargo left port last Friday, May 10, and is due soon.", None),
        # A month beside "last month".
        ("Exports fell last month, in January, as buyers held back.", "January"),
        ("Exports fell last month, in April, as buyers held back.", None),
        # Weekdays joined by a slash: a deposit's term, not a day.
        ("Overnight, Tuesday/Wednesday money was quoted at 4 pct.", None),
    ],
)
def test_from_article_text(from_text, body, flagged):
    # Published Monday, May 13, 2024.
    texts = [finding.text for finding in check_relative_dates(from_text(body))]
    assert texts == ([flagged] if flagged else [])


def test_levels_follow_how_certain_the_relative_expression_is(from_text):
    (day,) = check_relative_dates(from_text("Trading halted yesterday (Thursday) at noon."))
    assert day.severity == "error"
    (month,) = check_relative_dates(from_text("Exports fell last month, in January, again."))
    assert month.severity == "warning"
    assert "last month is April 2024" in month.message


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # Parts of a day, which extraction gives no date of their own.
        ("Talks ended last night (Tuesday) without a deal.", "Tuesday"),
        ("Talks ended last night (Sunday) without a deal.", None),
        ("The deal was signed this morning (Tuesday) in Rome.", "Tuesday"),
        ("Talks ended yesterday afternoon (Tuesday) without a deal.", "Tuesday"),
        # Weekday abbreviations.
        ("Talks ended yesterday (Tues.) without a deal.", "Tues."),
        ("Talks ended yesterday (Sun.) without a deal.", None),
        # Days and spans counted in numbers.
        ("The road shut 48 hours ago (Tuesday), police said.", "Tuesday"),
        ("The road shut 48 hours ago (Saturday), police said.", None),
        ("It reopens in three days' time (Tuesday).", "Tuesday"),
        ("It reopens in three days' time (Thursday).", None),
        ("Prices rose in the past week, on April 12, after the vote.", "April 12"),
        ("Prices rose in the past week, on May 8, after the vote.", None),
        ("The fair opened last weekend, on April 20, in the town.", "April 20"),
    ],
)
def test_more_relative_dates(from_text, body, flagged):
    # Published Monday, May 13, 2024.
    texts = [finding.text for finding in check_relative_dates(from_text(body))]
    assert texts == ([flagged] if flagged else [])


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # One day named twice, linked by a verb or an article.
        ("The vote, held yesterday, a Friday, went against the government.", "Friday"),
        ("The vote, held yesterday, a Sunday, went against the government.", None),
        ("Yesterday was Friday, and the markets were closed.", "Friday"),
        ("The talks ended yesterday, which was a Thursday.", "Thursday"),
        ("On Friday, which was yesterday, the board met.", "Friday"),
        ("On Sunday, which was yesterday, the board met.", None),
        ("The board met yesterday, that is, on Saturday.", "Saturday"),
        # A relative day set off by dashes after the weekday.
        ("On Thursday - yesterday - the board met.", "Thursday"),
        ("On Sunday - yesterday - the board met.", None),
        # "N weeks ago" is not N+1 weeks ago.
        ("The board met a week ago, on Monday April 29.", "Monday April 29"),
        ("The board met a week ago, on May 6.", None),
    ],
)
def test_relative_dates_linked_in_more_ways(from_text, body, flagged):
    # Published Monday, May 13, 2024.
    texts = [finding.text for finding in check_relative_dates(from_text(body))]
    assert texts == ([flagged] if flagged else [])


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # A month or year beside a relative one: its middle outside the leeway.
        ("Exports fell last month, in March, as buyers held back.", "March"),
        ("Exports rose this month, in April, after the vote.", "April"),
        ("Exports will rise next month, in July, the ministry said.", "July"),
        ("Exports will rise next month, in June, the ministry said.", None),
        ("Profits fell last year, in 2022, the bank said.", "2022"),
        ("Profits fell last year, in 2023, the bank said.", None),
        # A weekday on the wrong side of publication within its week.
        ("The board met earlier this week, on Friday.", "Friday"),
        ("The board will meet later this week, on Thursday.", None),
        # The next sentence naming the day again.
        ("The talks ended yesterday. That was Thursday.", "Thursday"),
        ("The talks ended yesterday. That was Sunday.", None),
    ],
)
def test_relative_dates_in_further_forms(from_text, body, flagged):
    # Published Monday, May 13, 2024.
    texts = [finding.text for finding in check_relative_dates(from_text(body))]
    assert texts == ([flagged] if flagged else [])


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # A bare month renaming "the last month" or "the next month": the month that closes
        # or follows a period the article speaks of, not one counted from publication.
        (
            "Picking runs for four months and most of the grapes arrive in the last month, "
            "September.",
            None,
        ),
        ("Shipments start in June and peak in the last month, October, traders said.", None),
        ("Loadings stay light until the next month, October, when the new crop lands.", None),
        ("The quota runs from June through September, the last month, and then lapses.", None),
        # A time inside the month up to now, and "last month" without the article, are
        # still counted from publication.
        ("Prices have risen in the last month, in January, dealers said.", "January"),
        ("Exports fell last month, in January, as buyers held back.", "January"),
    ],
)
def test_a_month_closing_a_period_is_not_counted_from_publication(from_text, body, flagged):
    # Published Monday, May 13, 2024.
    texts = [finding.text for finding in check_relative_dates(from_text(body))]
    assert texts == ([flagged] if flagged else [])
