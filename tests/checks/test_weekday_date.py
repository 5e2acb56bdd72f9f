"""CC101: a weekday written beside a date it does not fall on."""

from __future__ import annotations

from datetime import date

import pytest

from claimcheck.checks.weekday_date import check_weekday_dates


def _findings(context):
    return list(check_weekday_dates(context))


def test_flags_weekday_that_the_date_does_not_fall_on(article):
    body = "The council voted on Tuesday, Jan. 9, 2024, to close the bridge."
    context = (
        article(body)
        .claim("Tuesday, Jan. 9, 2024", kind="date", first_day=date(2024, 1, 9), weekday=1)
        .build()
    )
    assert _findings(context) == []

    wrong = body.replace("Tuesday", "Wednesday")
    context = (
        article(wrong)
        .claim("Wednesday, Jan. 9, 2024", kind="date", first_day=date(2024, 1, 9), weekday=2)
        .build()
    )
    (finding,) = _findings(context)
    assert finding.rule == "CC101" and finding.severity == "error"
    assert finding.text == "Wednesday, Jan. 9, 2024"
    assert finding.message == "'Wednesday, Jan. 9, 2024': Jan. 9, 2024 was a Tuesday"
    assert finding.evidence["actual_weekday"] == "Tuesday"


def test_future_date_is_described_in_present_tense(article):
    body = "The vote is set for Friday, March 20, 2024."
    context = (
        article(body)
        .claim("Friday, March 20, 2024", kind="date", first_day=date(2024, 3, 20), weekday=4)
        .build()
    )
    (finding,) = _findings(context)
    assert finding.message.endswith("March 20, 2024 is a Wednesday")


def test_unstated_year_that_fits_a_neighbouring_year_is_not_flagged(article):
    # Published March 2024; "Friday, Dec. 29" fits 2023, even if resolved to 2024.
    body = "Shops reopened on Friday, Dec. 29, after the storm."
    context = (
        article(body)
        .claim("Friday, Dec. 29", kind="date", first_day=date(2024, 12, 29), weekday=4)
        .build()
    )
    assert _findings(context) == []


def test_weekday_not_written_in_the_claim_is_ignored(article):
    body = "The plant shut on Jan. 9, 2024."
    context = (
        article(body)
        .claim("Jan. 9, 2024", kind="date", first_day=date(2024, 1, 9), weekday=4)
        .build()
    )
    assert _findings(context) == []


def test_ranges_and_non_date_claims_are_ignored(article):
    body = "Talks ran Monday, Jan. 8 to Jan. 12, 2024, and cost 5 dollars."
    context = (
        article(body)
        .claim(
            "Monday, Jan. 8 to Jan. 12, 2024",
            kind="date",
            first_day=date(2024, 1, 8),
            last_day=date(2024, 1, 12),
            weekday=3,
        )
        .claim("5 dollars", kind="money", value=5, weekday=3)
        .build()
    )
    assert _findings(context) == []


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("The levy passed on Thursday, May 9, 2024, after a long debate.", None),
        ("The levy passed on Friday, May 9, 2024, after a long debate.", "Friday, May 9, 2024"),
        # A weekday beside its date in apposition, in either order.
        ("Bids close on May 9 (Friday), the county said.", "May 9 (Friday)"),
        ("Bids close on May 9 (Thursday), the county said.", None),
        ("The strike ended on May 9, a Friday, when both sides signed.", "May 9, a Friday"),
        ("The strike ended on May 9, a Thursday, when both sides signed.", None),
        ("The vote is due on Friday (May 9).", "Friday (May 9)"),
        # A day of the month in words.
        ("The shipment arrives on Friday, the ninth of May.", "Friday, the ninth of May"),
        ("The shipment arrives on Thursday, the ninth of May.", None),
        ("The shipment arrives on Tuesday, the twenty-first of May.", None),
        (
            "The shipment arrives on Monday, the twenty-first of May.",
            "Monday, the twenty-first of May",
        ),
        # An abbreviated weekday.
        ("Bids close on May 9 (Fri.), the county said.", "May 9 (Fri.)"),
        ("Bids close on May 9 (Thurs.), the county said.", None),
        # Two dates of two events: the weekday does not name the other date.
        ("The board met on Friday and will vote on May 20.", None),
        ("Ballots must be returned by May 21, 2024, on Monday.", None),
    ],
)
def test_from_article_text(from_text, body, flagged):
    texts = [finding.text for finding in check_weekday_dates(from_text(body))]
    assert texts == ([flagged] if flagged else [])


def test_a_year_on_another_line_is_not_the_dates_year(from_text):
    # A fixture heading and a kick-off time under it: 2000 is a time, not the year.
    body = "Fixtures\n\nTuesday, 1 March\n\n2000 Arsenal v Chelsea\n"
    assert list(check_weekday_dates(from_text(body, published=None))) == []
    # With a publication date, the year is read from it: 1 March 2005 was a Tuesday.
    assert list(check_weekday_dates(from_text(body, published="2005-02-25T09:00:00"))) == []
