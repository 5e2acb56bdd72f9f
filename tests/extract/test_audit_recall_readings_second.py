"""Readings a second recall and precision audit of unlabelled articles found missing, in
general form (own wording): a count compared with an earlier one whose noun it leaves out, and
a bare figure priced against a currency (an exchange rate)."""

from __future__ import annotations

import pytest

from claimcheck.extract.claims import extract_claims
from claimcheck.input.articles import Article


def _figures(text: str) -> list[tuple[str, float | None, str | None]]:
    claims = extract_claims(Article(id="t", body=text))
    return [
        (claim.text, claim.value, claim.unit)
        for claim in claims
        if claim.kind in ("quantity", "money", "percent")
    ]


def _ranges(text: str) -> list[tuple[str, float | None, float | None, str | None]]:
    claims = extract_claims(Article(id="t", body=text))
    return [
        (claim.text, claim.low, claim.high, claim.unit)
        for claim in claims
        if claim.kind in ("quantity", "money", "percent")
    ]


# --- a count compared with one before it, its noun left out -------------------------------


@pytest.mark.parametrize(
    ("text", "count", "value", "unit"),
    [
        ("The chain runs 12 shops today, compared with three a decade ago.", "three", 3, "shop"),
        ("The port opened 40 berths this year against only one in 2003.", "one", 1, "berth"),
        (
            "The new chip handles 16 threads at once, compared with four for the old one.",
            "four",
            4,
            "thread",
        ),
        ("About 70 lorries crossed on Monday, against 45 a week earlier.", "45", 45, "lorry"),
        ("The school now takes 90 pupils a year, versus 60 in 1995.", "60", 60, "pupil / year"),
    ],
)
def test_a_compared_count_takes_the_noun_of_the_count_before(
    text: str, count: str, value: float, unit: str
) -> None:
    assert (count, value, unit) in _figures(text)


def test_counts_chained_after_the_compared_one_take_the_noun_too() -> None:
    figures = _figures(
        "Dealers put the herd at 5,000 head versus 4,900 a week ago and 5,400 a year ago."
    )
    assert ("4,900", 4900, "head") in figures
    assert ("5,400", 5400, "head") in figures


def test_a_measure_passes_its_unit_to_the_figure_compared_with_it() -> None:
    assert ("zero", 0, "metric_ton") in _figures("Chile shipped 900 tonnes compared with zero.")


def test_a_span_of_time_passes_no_unit_to_the_figure_compared_with_it() -> None:
    figures = _figures(
        "Exports fell to 4.1 mln tonnes in the first seven months compared with 5.2 mln in 1990."
    )
    assert not any(unit == "month" for _, _, unit in figures)


def test_the_places_a_count_is_spread_over_are_not_what_is_compared() -> None:
    figures = _figures(
        "The chain ran 1,410 stores in 30 states at the end of May, compared to 1,263 a year "
        "earlier."
    )
    assert ("1,263", 1263, "state") not in figures


@pytest.mark.parametrize(
    "text",
    [
        # a year after the link is a date, never a count of the noun before
        "The team signed 11 players, compared with 2004 when it signed none.",
        # no count with a noun before the link
        "He spoke for an hour, compared with three for his rival.",
        # the number word does not end its clause: another noun of its own follows
        "The lab hired 40 chemists, against two other firms' offers.",
    ],
)
def test_no_compared_count_without_a_count_before_or_with_words_of_its_own(text: str) -> None:
    assert all(
        unit not in ("player", "chemist") or value not in (2004, 2)
        for _, value, unit in _figures(text)
    )
    assert ("three", 3, None) not in _figures(text)
    assert not any(figure == "two" for figure, _, _ in _figures(text))


# --- a bare figure priced against a currency: an exchange rate -----------------------------


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        ("The yen ended the session at 139.20 per euro.", "139.20", "JPY / EUR"),
        ("The yuan was fixed again at 8.28 to the dollar.", "8.28", "CNY / USD"),
        ("The pound firmed to 1.92 against the U.S. dollar.", "1.92", "GBP / USD"),
        ("In Sydney the rand slid to 6.10 to the dollar.", "6.10", "ZAR / USD"),
    ],
)
def test_a_bare_figure_priced_against_a_currency_is_an_exchange_rate(
    text: str, figure: str, unit: str
) -> None:
    assert [(f, u) for f, _, u in _figures(text) if f == figure] == [(figure, unit)]


def test_a_two_sided_rate_and_the_one_it_moved_from_share_the_rate_unit() -> None:
    text = (
        "Turkey's central bank fixed a lira/dollar\nrate for May 2 of 700.10/703.20 to the "
        "dollar, up from 699.50/702.60."
    )
    ranges = _ranges(text)
    assert ("700.10/703.20", 700.10, 703.20, "TRY / USD") in ranges
    assert ("699.50/702.60", 699.50, 702.60, "TRY / USD") in ranges


@pytest.mark.parametrize(
    "text",
    [
        # the currency names something else: an index, a zone
        "The yen firmed as shares rose to 15 against the dollar index.",
        "The yen firmed while exports grew to 40 to the euro zone.",
        "The team won 3 to the dollar's 2.",  # no currency named before the figure
        "The central bank set the rate at 1.50 to the dollar.",  # none named, no code guessed
    ],
)
def test_no_exchange_rate_without_a_currency_priced_against_another(text: str) -> None:
    assert not any(unit and " / " in unit for _, _, unit in _figures(text))
