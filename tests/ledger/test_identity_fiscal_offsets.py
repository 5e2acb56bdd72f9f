"""A company's fiscal calendar read however its quarter and closing day are set side by side
("third quarter, ending March 31", "the first quarter, which closed on October 31"), or from
its fiscal year's end ("its fiscal year ends in June"), at any offset from the calendar's: a
year closed in June keys its third quarter by March, so it no longer meets another story's
calendar third quarter of the same company."""

from datetime import UTC, date, datetime

from identity_helpers import figures

from claimcheck.ledger.periods import closed_key, fiscal_key, fiscal_shift


def test_a_quarter_and_its_end_read_after_a_comma_or_a_relative_clause():
    assert fiscal_shift("said its third quarter, ending March 31, looks weaker") == -6
    assert fiscal_shift("the first quarter, which closed on October 31, was flat") == -5
    assert fiscal_shift("for the second quarter that ended December 31") == -6
    assert fiscal_shift("fourth quarter closed in August") == -4


def test_any_offset_is_read_when_the_end_is_stated():
    assert fiscal_shift("margins in its third quarter ended March 31 narrowed") == -6
    assert fiscal_shift("in the first quarter ended June 30") == 3
    assert fiscal_shift("TORVALE INC 2ND QTR SEPT 30 NET") == 3


def test_a_fiscal_year_end_gives_the_offset_of_its_fourth_quarter():
    assert fiscal_shift("the group's fiscal year ends in June") == -6
    assert fiscal_shift("for the financial year, which closed on September 30") == -3
    assert fiscal_shift("revenue in its year ended January 31 climbed") == 1
    assert fiscal_shift("output for its year to end-September") == -3


def test_no_offset_from_a_bare_year_to_a_month_nor_from_disagreeing_ends():
    # "the year to March" of a price index is twelve months' change, not a company's year.
    assert fiscal_shift("the price index climbed 3.7 pct over the year to March") is None
    assert fiscal_shift("the year ended December 31") is None  # the calendar's own
    assert fiscal_shift("its fiscal year ends in June; first quarter ended March 31") is None


def test_no_offset_where_a_company_moves_its_fiscal_year_end():
    moved = "The firm has changed its fiscal year-end, now December 31, from June 30"
    assert fiscal_shift(moved) is None
    text = "After its fiscal year ended March 31, 2023, the firm changed to a calendar year."
    assert fiscal_shift(text) is None


def test_a_part_the_date_reader_closed_on_a_day_is_keyed_by_that_day():
    assert closed_key("2025-Q2", date(2024, 12, 31)) == "quarter-to-2024-12"
    assert closed_key("2025-H1", date(2024, 12, 31)) == "half-to-2024-12"
    assert closed_key("2025-Q2", date(2025, 6, 30)) is None  # the calendar's quarter
    assert closed_key("2025", date(2025, 6, 30)) is None
    assert closed_key("2025-Q2", None) is None


def test_a_large_offset_keys_quarters_named_by_number_by_their_end():
    # Keyed by the end even where a calendar quarter ends: never the calendar's "2025-Q1",
    # which another story's "first quarter" of a year it does not know would take.
    assert fiscal_key("2025-Q3", -6) == "quarter-to-2025-03"
    assert fiscal_key("2024-Q3", -6) == "quarter-to-2024-03"
    assert fiscal_key("2025-Q1", -3) == "quarter-to-2024-12"


JUNE_YEAR_STORY = (
    "Corvane Instruments Inc said it cut its sales forecast for Europe.\n"
    "It sees third quarter, ending March 31, earnings falling short of the "
    "second quarter's 3.4 mln dlrs, or 26.5 cts a share.\n"
    "Corvane earned 3.1 mln dlrs, or 24.5 cts a share, in 2024's third quarter."
)
MARCH = datetime(2025, 3, 12, 9, tzinfo=UTC)


def test_a_june_year_company_keys_its_third_quarters_by_march():
    found = figures(JUNE_YEAR_STORY, published=MARCH)
    # 2024's third quarter ended in March 2024; the second quarter just reported, in December.
    assert found["24.5 cts a share"].identity.when == "quarter-to-2024-03"
    assert found["3.4 mln dlrs"].identity.when == "quarter-to-2024-12"
    assert found["26.5 cts a share"].identity.when == "quarter-to-2024-12"


def test_a_quarter_stated_by_its_end_is_not_shifted_again():
    # "third quarter ended December 31": a year closed in March; the stated quarter and its
    # year-ago side are keyed by December, not moved by the offset a second time.
    body = (
        "Halbrook Systems Inc said it needs more capital.\n"
        "Its third quarter ended December 31 brought a loss of 612,000 dlrs, against "
        "a loss of 98,000 dlrs a year before."
    )
    found = figures(body, published=MARCH)
    assert found["612,000 dlrs"].identity.when == "quarter-to-2024-12"
    assert found["98,000 dlrs"].identity.when == "quarter-to-2023-12"


TABLE_BODY = "Shr 28 cts vs 24 cts\n    Net 3.7 mln vs 3.2 mln\n"
OCTOBER = datetime(2025, 10, 21, 9, tzinfo=UTC)


def test_a_table_whose_first_quarter_ends_in_september_is_keyed_by_that_end():
    found = figures(TABLE_BODY, published=OCTOBER, title="CORVANE INC <CRVN> 1ST QTR SEPT 30 NET")
    assert found["28 cts"].identity.when == "quarter-to-2025-09"
    assert found["3.2 mln"].identity.when == "quarter-to-2024-09"


def test_a_table_whose_third_quarter_ends_in_september_keeps_the_calendar_key():
    found = figures(TABLE_BODY, published=OCTOBER, title="CORVANE INC <CRVN> 3RD QTR SEPT 30 NET")
    assert found["28 cts"].identity.when == "2025-Q3"
    assert found["3.2 mln"].identity.when == "2024-Q3"


def test_a_year_earlier_quarter_is_the_one_a_year_before_the_stated_end():
    # A quarter named by its days ("the year-earlier quarter") is not renumbered by the
    # offset of a June year: it stays a quarter to December (its year is the date reader's).
    body = (
        "Tessaly Tool Inc sees second quarter, ending December 31, earnings above the "
        "4.3 mln dlrs, or 37.5 cts a share, it made in the year earlier quarter."
    )
    found = figures(body, published=datetime(2026, 1, 20, 9, tzinfo=UTC))
    when = found["37.5 cts a share"].identity.when
    assert when.startswith("quarter-to-") and when.endswith("-12")
