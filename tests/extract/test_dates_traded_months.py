"""A month right before a traded commodity, currency or futures instrument is a contract month
("July soybeans", "the August pound"): when it is three to eight months ahead of publication
it is the coming one, not last year's. A month nearer back, a statistic's noun after the
instrument, or a span before the month keep the past reading. Sentences in our own wording,
each dated by the publication day of its imagined market report."""

from __future__ import annotations

from datetime import date

import pytest

from claimcheck.extract.dates import find_dates

MARCH = date(1991, 3, 12)
JUNE = date(1994, 6, 8)

# (publication day, text, expression, value)
CASES: list[tuple[date, str, str, str]] = [
    # Contract months ahead: the coming month.
    (MARCH, "The August pound slipped 40 points at the close.", "August", "1991-08"),
    (MARCH, "Dealers sold September yen on the rumour.", "September", "1991-09"),
    (MARCH, "Funds were buying July soybeans and October sugar.", "July", "1991-07"),
    (MARCH, "Funds were buying July soybeans and October sugar.", "October", "1991-10"),
    (JUNE, "November corn ended 3 cents higher in quiet trade.", "November", "1994-11"),
    (JUNE, "A pit broker said September T-bonds met resistance.", "September", "1994-09"),
    (JUNE, "Traders rolled long positions into December heating oil.", "December", "1994-12"),
    # A capitalised instrument after the month is no first name ("June Carter").
    (MARCH, "Speculators held June Swiss francs above support.", "June", "1991-06"),
    # A statistic of a month gone by, even before an instrument noun.
    (JUNE, "The ministry said November crude exports fell 4 pct.", "November", "1993-11"),
    (JUNE, "Its December gold reserves were unchanged.", "December", "1993-12"),
    # Nearer back than three months ahead: a month just reported.
    (MARCH, "January gold imports rose sharply.", "January", "1991-01"),
    (MARCH, "January copper fell, the agency said.", "January", "1991-01"),
    # A span ending in the month, or a month after "in": no contract month. The span's
    # second month follows its first, read as the coming April.
    (MARCH, "The board cut its April-June cocoa estimate.", "June", "1991-06"),
    (MARCH, "Growers sold less in July cotton markets.", "July", "1990-07"),
]


@pytest.mark.parametrize(("base", "text", "expression", "value"), CASES)
def test_month_before_a_traded_instrument(
    base: date, text: str, expression: str, value: str
) -> None:
    values = [m.value for m in find_dates(text, base) if m.text == expression]
    assert values[0] == value
