"""Bare dollars under a Canadian dateline and exchange rates quoted against a base currency.

The extractor reads a Canadian dateline's bare dollars as Canada's (docs/extraction.md; how
the labels should treat them is an open question in LABELS.md), and a rate "N to the dollar"
is the quoted currency per dollar.
"""

from __future__ import annotations

from datetime import UTC, datetime

from claimcheck.extract.claims import extract_claims
from claimcheck.records import Article

SPRING_1987 = datetime(1987, 3, 3, 12, tzinfo=UTC)
TABLE = "Shr 42 cts vs 38 cts\n    Net 3,100,000 vs 2,800,000\n    Revs 61.5 mln dlrs vs 57.0 mln\n"


def _units(body: str, dateline: str = "", title: str = "") -> list[tuple[str, str | None]]:
    article = Article(id="t", title=title, body=body, dateline=dateline, published=SPRING_1987)
    return [
        (claim.text, claim.unit)
        for claim in extract_claims(article)
        if claim.kind not in ("date", "duration", "time")
    ]


def test_a_table_with_nothing_but_a_toronto_dateline_reads_canadian_dollars():
    units = [unit for _, unit in _units(TABLE, "TORONTO, March 3", "<ACME HOLDINGS INC> YEAR NET")]
    assert units[:2] == ["CAD / share", "CAD / share"]


def test_a_toronto_listing_in_the_headline_makes_the_table_canadian():
    for headline in ("ACME HOLDINGS <ACH.TO> NET", "ACME HOLDINGS <(ACH.TO> NET"):
        units = [unit for _, unit in _units(TABLE, "TORONTO, March 3", headline)]
        assert units[:2] == ["CAD / share", "CAD / share"]


def test_canada_named_in_the_headline_or_body_makes_bare_dollars_canadian():
    headline = "<BANK OF CANADA WEST> 1ST QTR NET"
    assert _units("Net rose to 8 mln dlrs.", "MONTREAL, March 3", headline) == [
        ("8 mln dlrs", "CAD")
    ]
    body = "The Saskatchewan grain handler paid 1.5 mln dlrs for the elevator."
    assert _units(body, "CALGARY, March 3") == [("1.5 mln dlrs", "CAD")]
    written = "It raised 30 mln Canadian dlrs, and will spend 12 mln dlrs on roads."
    assert [unit for _, unit in _units(written, "VANCOUVER, March 3")] == ["CAD", "CAD"]
    exchange = "Its shares, listed on the Toronto Stock Exchange, closed at 7.25 dlrs."
    assert _units(exchange, "TORONTO, March 3") == [("7.25 dlrs", "CAD")]


def test_us_dollars_stay_american_in_a_story_that_names_canada():
    body = "The Ontario unit earned 5 mln U.S. dlrs and 3 mln dlrs in fees."
    units = [unit for _, unit in _units(body, "TORONTO, March 3")]
    assert units[0] == "USD"


def test_the_other_local_dollar_datelines_still_read_the_dateline_alone():
    assert [unit for _, unit in _units(TABLE, "SYDNEY, March 3")][:2] == [
        "AUD / share",
        "AUD / share",
    ]


def test_a_currency_written_with_its_rate_is_priced_per_dollar():
    body = "The budget assumes 139.5 yen to the dollar and 1.85 marks per dollar."
    assert _units(body) == [("139.5 yen", "JPY / USD"), ("1.85 marks per dollar", "DEM / USD")]


def test_a_bare_rate_takes_the_currency_dealt_or_named_before_it():
    assert _units("Dealers said the bank sold marks at 1.8210 to the dollar.") == [
        ("1.8210", "DEM / USD")
    ]
    two_sentences = "The yen weakened again. It ended at 151.20 to the U.S. dollar."
    assert _units(two_sentences) == [("151.20", "JPY / USD")]


def test_amounts_and_a_dollar_priced_without_a_base_are_no_rates():
    assert _units("Tokyo will lend 40 billion yen to the venture.") == [("40 billion yen", "JPY")]
    assert _units("The bank sold 200 mln marks against the dollar.") == [("200 mln marks", "DEM")]
    assert _units("The dollar closed at 142.50 yen.") == [("142.50 yen", "JPY")]
    # The sentence before names no currency: the bare rate keeps no unit.
    assert _units("Trading was thin. It ended at 151.20 to the dollar.") == [("151.20", None)]
