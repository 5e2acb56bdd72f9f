"""Tables whose rows are labelled by a month (a futures volume or open-interest table, stocks
by month): every row's figure is a quantity, never a day or a year of that month, once the
block shows its figures are no days (one over 31, a counted heading or a "Total" line).
Prose and lists of days keep their dates."""

from datetime import datetime

from figure_helpers import figures_and_units

from claimcheck.extract.claims import extract_claims
from claimcheck.extract.month_tables import in_month_table
from claimcheck.records import Article

PUBLISHED = datetime(1987, 4, 8)


def _date_texts(text: str) -> list[str]:
    article = Article(id="t", body=text, published=PUBLISHED)
    return [claim.text for claim in extract_claims(article) if claim.kind == "date"]


def _figure_values(text: str) -> list[float | None]:
    return [value for _, value, _ in figures_and_units(text, PUBLISHED)]


VOLUME_TABLE = (
    "CHICAGO OATS VOLUME FOR APRIL 7\n"
    " MAY   2715\n"
    " JLY    908\n"
    " SEP      4\n"
    " DEC   1290\n"
    " MAR      3\n"
    " MAY      0\n"
    " Total 4,920\n"
)


def test_every_row_of_a_volume_table_is_a_quantity():
    assert _figure_values(VOLUME_TABLE) == [2715, 908, 4, 1290, 3, 0, 4920]


def test_no_row_of_a_volume_table_is_read_as_a_day_or_a_year():
    assert _date_texts(VOLUME_TABLE) == ["APRIL 7"]


def test_a_small_table_under_an_open_interest_heading_keeps_day_sized_cells():
    table = "LONDON COCOA OPEN INTEREST - APR 7\n Jul  12\n Sep  7\n Dec  30\n"
    assert _figure_values(table) == [12, 7, 30]
    assert _date_texts(table) == ["APR 7"]


def test_a_total_line_marks_rows_of_small_figures_as_counts():
    table = "WEEKLY PLATINUM DELIVERIES\n APL  3\n JNE  0\n OCT  9\n Total 12\n"
    assert _figure_values(table) == [3, 0, 9, 12]


def test_two_cells_on_one_line_and_an_empty_cell_are_read_in_order():
    table = "COMEX ZINC VOLUME\n MAY 640\n JLY --\n SEP 12  DEC 5\n"
    assert _figure_values(table) == [640, 12, 5]


def test_thousands_commas_mark_a_stock_table_without_a_heading():
    table = "Warehouse holdings:\n Jan  14,200\n Feb  13,950\n Mar  12,075\n"
    assert _figure_values(table) == [14200, 13950, 12075]


def test_a_list_of_payment_days_stays_a_list_of_dates():
    schedule = "Coupons fall due on\n March 15\n June 15\n September 15\n"
    assert _date_texts(schedule) == ["March 15", "June 15", "September 15"]
    assert _figure_values(schedule) == []


def test_a_month_and_year_column_heading_is_no_table_row():
    text = (
        "Output in tonnes was:\n"
        "          Feb 87   Jan 87   Feb 86\n"
        "  Ingot   31,200   30,850   44,100\n"
    )
    assert 87 not in _figure_values(text)


def test_a_day_in_prose_after_a_volume_table_stays_a_date():
    text = VOLUME_TABLE + "Trading resumes on May 4 after the holiday.\n"
    assert "May 4" in _date_texts(text)
    assert 4.0 not in _figure_values(text)[7:]


def test_two_rows_alone_are_no_table():
    text = "Deliveries\n MAY  4018\n JLY  2210\n"
    assert not in_month_table(text, text.index("4018"))


def test_a_headline_day_is_no_table_row():
    text = "CENTRAL BANK DEPOSITS CLIMBED ON MAY 4\nDeposits climbed to 3.1 billion dlrs.\n"
    assert not in_month_table(text, text.index("4\n"))
    assert "MAY 4" in _date_texts(text)
