"""A dateline's dollar reaching a rate's basis, and a supply table's section headings."""

from __future__ import annotations

from datetime import UTC, datetime

from claimcheck.extract.claims import extract_claims
from claimcheck.extract.quantities import find_quantities
from claimcheck.records import Article

SPRING_1987 = datetime(1987, 3, 3, 12, tzinfo=UTC)


def _units(body: str, dateline: str) -> list[tuple[str, str | None]]:
    article = Article(id="t", body=body, dateline=dateline, published=SPRING_1987)
    return [
        (claim.text, claim.unit)
        for claim in extract_claims(article)
        if claim.kind not in ("date", "duration", "time")
    ]


def test_a_bare_basis_in_dollars_is_the_datelines_dollar_like_its_amount():
    body = "The trust company declared a payout of 46 cts per 100 dlrs of deposits."
    assert _units(body, "MONTREAL, March 3") == [("46 cts per 100 dlrs", "CAD / 100 CAD")]
    assert _units(body, "MELBOURNE, March 3") == [("46 cts per 100 dlrs", "AUD / 100 AUD")]


def test_a_basis_stays_us_dollars_where_the_story_is_filed_from_the_united_states():
    body = "Holders get 1,050 dlrs per 1,000 dlrs of notes redeemed."
    assert _units(body, "CHICAGO, March 3") == [("1,050 dlrs per 1,000 dlrs", "USD / 1000 USD")]


def test_a_basis_named_as_us_dollars_keeps_the_whole_rate_in_us_dollars():
    body = "The fund pays 12 cts per 100 U.S. dlrs invested."
    assert _units(body, "MONTREAL, March 3") == [("12 cts per 100 U.S. dlrs", "USD / 100 USD")]


SUPPLY_TABLE = """\
    BARLEY --       1987/88
 Area (mln acres) --
     Sown      12.5     13.1
     Cut       11.0     11.9
     Yield     50.2     51.4
 Supply (mln bu) --
 Opening     300      410
 Harvest     560      610
 AvgPrice  1.50-1.70  1.62
"""


def _cells(text: str) -> dict[str, tuple[float | None, str | None]]:
    return {m.text: (m.value, m.unit) for m in find_quantities(text)}


def test_a_section_heading_ending_in_dashes_gives_its_unit_to_the_rows_below():
    cells = _cells(SUPPLY_TABLE)
    assert cells["12.5"] == (12.5e6, "acre")
    assert cells["11.9"] == (11.9e6, "acre")
    assert cells["300"] == (300e6, "bushel")
    assert cells["610"] == (610e6, "bushel")


def test_yield_and_price_rows_under_a_section_heading_are_rates_not_its_amounts():
    cells = _cells(SUPPLY_TABLE)
    assert cells["50.2"][1] is None
    assert cells["1.62"][1] is None


def test_a_heading_whose_brackets_hold_no_unit_gives_none():
    text = " Palm oil (Malaysia) --\n   Spot     420     415\n"
    assert _cells(text)["420"] == (420.0, None)


def test_lbs_with_a_scale_is_a_weight_and_pounds_with_a_scale_stay_money():
    weight = find_quantities("The mill shipped 14 mln lbs of cotton.")
    assert [(m.value, m.unit) for m in weight] == [(14e6, "pound")]
    money = find_quantities("The club paid 14 mln pounds for him.")
    assert [(m.value, m.unit) for m in money] == [(14e6, "GBP")]


def test_a_section_heading_in_lbs_states_a_weight():
    text = " Supply (mln lbs) --\n Opening     947     632\n"
    assert _cells(text)["947"] == (947e6, "pound")


def test_a_heading_in_a_unit_not_read_ends_the_section_above():
    text = (
        " Area (mln acres) --\n     Sown     9.10     8.70\n"
        " Supply (mln 500-kilo bales) --\n Opening     4.20     3.90\n"
    )
    cells = _cells(text)
    assert cells["9.10"] == (9.1e6, "acre")
    assert cells["4.20"][1] != "acre"
