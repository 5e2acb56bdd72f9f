"""The price of a deal that the seller announces ("Harlow Group said it will sell its Kestrel
Mills unit to Duran Paper for 90 mln dlrs"): the buyer is the party the unit goes to, never
the seller the sentence opens with, so the seller's story and the buyer's story of one sale
meet on one key, and two sales by one seller stay apart."""

from datetime import UTC, datetime

from identity_helpers import figures

MAY = datetime(1987, 5, 4, 12, tzinfo=UTC)


def _read(body: str, text: str) -> tuple[str, str | None] | None:
    found = figures(body, published=MAY).get(text)
    return None if found is None else (found.identity.what, found.identity.of_what)


def test_a_seller_announcing_a_sale_keys_the_price_by_the_party_it_sells_to():
    body = (
        "Harlow Group Inc said it agreed to sell its Kestrel Mills unit to Duran Paper Co "
        "for 90 mln dlrs.\n"
    )
    assert _read(body, "90 mln dlrs") == ("price", "kestrel mills by duran paper")


def test_the_buyers_own_story_of_that_sale_gets_the_same_key():
    body = (
        "Duran Paper Co said it agreed to buy Kestrel Mills from Harlow Group Inc "
        "for 90 mln dlrs.\n"
    )
    assert _read(body, "90 mln dlrs") == ("price", "kestrel mills by duran paper")


def test_a_completed_sale_written_with_sale_of_names_the_buyer_after_to():
    body = (
        "Harlow Group Inc completed the sale of Kestrel Mills to Duran Paper Co "
        "for 90 mln dlrs in cash.\n"
    )
    assert _read(body, "90 mln dlrs") == ("price", "kestrel mills by duran paper")


def test_a_sale_with_no_buyer_named_is_keyed_by_what_is_sold_alone():
    body = "Harlow Group Inc said it will sell Kestrel Mills for 90 mln dlrs.\n"
    assert _read(body, "90 mln dlrs") == ("price", "kestrel mills")


def test_a_purchase_is_still_keyed_by_the_company_that_buys():
    body = "Duran Paper Co agreed to buy Kestrel Mills for 90 mln dlrs.\n"
    assert _read(body, "90 mln dlrs") == ("price", "kestrel mills by duran paper")


def test_where_the_buyer_is_based_is_no_part_of_its_name():
    body = (
        "Harlow Group Inc completed the sale of Kestrel Mills to Toledo-based Duran Paper Co "
        "for 90 mln dlrs.\n"
    )
    assert _read(body, "90 mln dlrs") == ("price", "kestrel mills by duran paper")
