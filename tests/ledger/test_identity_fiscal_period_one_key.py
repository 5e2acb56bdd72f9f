"""One fiscal period, one key: a company's quarter stated with its number and its end ("the
second quarter ended May 31") keys the article's other quarters and halves named only by their
number ("first-half net", "in the 2024 quarter") by their end too; and the year closing a
results pair is the year the sentence's period is read in, not the period of the figure
right before it."""

from datetime import UTC, datetime

from identity_helpers import figures, ordered_findings, wire_article

from claimcheck.ledger.periods import fiscal_key, fiscal_shift

JUNE = datetime(2025, 6, 20, 9, tzinfo=UTC)

SECOND_QUARTER_BODY = (
    "Pellworth Apparel Corp said it expects higher earnings for the year.\n"
    "Pellworth reported net income for the second quarter ended May 31 of 7.1 mln dlrs or "
    "35 cts a share on sales of 230.6 mln dlrs, compared with net income of 3.2 mln dlrs or "
    "16 cts on sales of 221.8 mln dlrs in the 2024 quarter.\n"
    "First-half net income rose to 15.2 mln dlrs or 74 cts from 9.9 mln dlrs or 48 cts in "
    "2024."
)


def test_the_shift_is_read_from_a_numbered_quarter_and_its_end():
    assert fiscal_shift("net for the second quarter ended May 31") == -1
    assert fiscal_shift("WINDHAM STORES <WDS> 4TH QTR JAN 31 NET") == 1
    assert fiscal_shift("results for the third quarter to end-November") == 2


def test_no_shift_without_a_number_an_end_or_an_agreement():
    assert fiscal_shift("net for the quarter ended May 31") is None  # first or second?
    assert fiscal_shift("the second quarter may bring higher sales") is None
    assert fiscal_shift("the first quarter ended March 31") is None  # the calendar's
    assert fiscal_shift("first quarter ended January 31 and third quarter ended March 31") is None


def test_a_calendar_key_becomes_the_company_period_of_that_number():
    assert fiscal_key("2025-Q2", -1) == "quarter-to-2025-05"
    assert fiscal_key("2024-Q4", 1) == "quarter-to-2025-01"
    assert fiscal_key("2025-Q1", -2) == "quarter-to-2025-01"
    assert fiscal_key("2025-H1", -1) == "half-to-2025-05"
    assert fiscal_key("2025", -1) == "2025"  # a year's end is not read from its quarters


def test_every_figure_of_the_quarter_and_its_year_ago_side_shares_one_key():
    found = figures(SECOND_QUARTER_BODY, published=JUNE)
    assert {found[text].identity.when for text in ("7.1 mln dlrs", "35 cts a share")} == {
        "quarter-to-2025-05"
    }
    assert {found[text].identity.when for text in ("3.2 mln dlrs", "16 cts", "221.8 mln dlrs")} == {
        "quarter-to-2024-05"
    }


def test_the_half_named_by_number_is_the_half_to_the_same_end():
    found = figures(SECOND_QUARTER_BODY, published=JUNE)
    assert found["15.2 mln dlrs"].identity.when == "half-to-2025-05"
    assert found["74 cts"].identity.when == "half-to-2025-05"


def test_the_year_closing_the_pair_is_not_the_period_of_the_figure_before_it():
    found = figures(SECOND_QUARTER_BODY, published=JUNE)
    assert found["9.9 mln dlrs"].identity.when == "half-to-2024-05"
    assert found["48 cts"].identity.when == "half-to-2024-05"


def test_a_calendar_company_keeps_calendar_keys():
    body = (
        "Pellworth Apparel Corp said it expects higher earnings for the year.\n"
        "Pellworth reported net income for the second quarter ended June 30 of "
        "7.1 mln dlrs.\nFirst-half net income rose to 15.2 mln dlrs or 74 cts from 9.9 mln dlrs "
        "or 48 cts in 2024."
    )
    found = figures(body, published=datetime(2025, 7, 20, 9, tzinfo=UTC))
    assert found["7.1 mln dlrs"].identity.when == "2025-Q2"
    assert found["15.2 mln dlrs"].identity.when == "2025-H1"


def test_a_later_story_stating_the_end_meets_the_one_naming_the_quarter_by_its_number():
    earlier = wire_article(
        "numbered",
        4,
        "Marrick Foods Inc said its first quarter ended January 31 was strong.\n"
        "Marrick said first-quarter net income was 4.2 mln dlrs.",
    )
    later = wire_article(
        "ended",
        9,
        "Marrick Foods Inc said net income for the quarter ended January 31 was 4.6 mln dlrs.",
    )
    findings = ordered_findings(earlier, later)["ended"]
    assert len(findings) == 1
    assert "4.6 mln dlrs" in findings[0].message


def test_a_pair_year_that_belongs_to_the_quarter_named_still_keys_that_quarter():
    # A year ending in the first days of January is named by the year before: its fourth
    # quarter "of 2023" ended in January 2024.
    body = (
        "Dunmore Leisure Inc said it expects a better year.\n"
        "Dunmore reported a loss for the fourth quarter ended January 3 of 12.4 mln dlrs, or "
        "52 cts a share, compared with a loss of 2.1 mln dlrs, or nine cts a share, in 2023's "
        "fourth quarter."
    )
    found = figures(body)
    assert found["52 cts a share"].identity.when == "quarter-to-2025-01"
    assert found["nine cts a share"].identity.when == "quarter-to-2024-01"


FIRST_HALF_BODY = (
    "Pellworth Apparel Corp said it expects higher earnings for the year.\n"
    "First-half net income rose to 15.2 mln dlrs or 74 cts from 9.9 mln dlrs or 48 cts in 2024."
)


def test_a_quarter_written_in_capitals_in_the_headline_alone_still_sets_the_shift():
    # The text is read for a shift only when it holds a quarter word: the headline's
    # upper-case "QTR" is one.
    found = figures(FIRST_HALF_BODY, published=JUNE, title="PELLWORTH APPAREL 2ND QTR MAY 31 NET")
    assert found["15.2 mln dlrs"].identity.when == "half-to-2025-05"


def test_an_article_writing_no_quarter_keeps_the_calendar_half():
    found = figures(FIRST_HALF_BODY, published=JUNE, title="PELLWORTH APPAREL SEES BETTER YEAR")
    assert found["15.2 mln dlrs"].identity.when == "2025-H1"
