"""Offers whose clause does not name what is bid for, or names the bidder only after the
price: the company whose shares the lead counts as bought is the article's deal, and a price
"offered by" a company is that company's bid."""

from datetime import UTC, datetime

from identity_helpers import figures, links_of, ordered_results, wire_article

MAY = datetime(2025, 5, 6, 9, tzinfo=UTC)


def test_shares_counted_before_the_company_name_the_deal_of_the_lead():
    # The share of the stock set off by commas cuts the clause: the offer's price is read
    # with the company the lead counts shares of.
    body = (
        "Pellam Medical Inc said Orrin Capital Partners started a tender offer to buy up to "
        "1.8 mln shares, or about 22 pct, of Pellam Medical's shares at 5.75 dlrs per share.\n"
    )
    found = figures(body, published=MAY)["5.75 dlrs per share"].identity
    assert found.what == "offer"
    assert found.of_what == "pellam medical"


def test_a_later_price_in_an_offer_story_takes_the_company_the_offer_counts_shares_of():
    body = (
        "Orrin Holdings Corp said it is offering to buy 12.4 mln shares or 94 pct of Pellam "
        "Medical Inc common stock.\n"
        "Stock not bought under the offer is to be exchanged for 41.25 dlrs a share in cash, "
        "the tender price.\n"
    )
    found = figures(body, published=MAY)["41.25 dlrs a share"].identity
    assert found.of_what == "pellam medical"


def test_shares_a_holder_bought_are_no_deal_for_the_company():
    # What an investor paid for its stake is not a price of the company it holds shares of.
    body = (
        "Orrin Capital Partners said it has acquired 310,000 shares of Pellam Medical Inc, or "
        "7.2 pct of the total outstanding.\n"
        "Orrin said it paid 27.4 mln dlrs for the shares over the past month.\n"
    )
    paid = figures(body, published=MAY).get("27.4 mln dlrs")
    assert paid is None or "pellam" not in paid.identity.of_what


def test_a_place_opening_the_company_counted_is_no_deal():
    body = (
        "Orrin Capital Partners said it began an offer to buy 2.2 mln shares, or 40 pct, of "
        "Canada's Pellam Mining Ltd.\n"
        "Orrin said it will pay 3.4 mln dlrs for the shares.\n"
    )
    paid = figures(body, published=MAY).get("3.4 mln dlrs")
    assert paid is None or paid.identity.of_what != "canada"


def test_a_price_offered_by_a_company_is_its_bid_for_the_company_the_sentence_opens_with():
    body = (
        "Pellam Medical Inc may draw a richer bid than the 33 dlrs per share offered by "
        "Orrin Capital Partners, traders said.\n"
    )
    found = figures(body, published=MAY)["33 dlrs per share"].identity
    assert found.what == "offer"
    assert found.of_what == "pellam medical by orrin capital partners"


def test_a_price_offered_by_its_bidder_agrees_with_the_same_bid_told_later():
    first = wire_article(
        "first",
        3,
        "Pellam Medical Inc's board turned down the 33 dlrs per share offered by Orrin "
        "Capital Partners as too low.\n",
    )
    later = wire_article(
        "later",
        9,
        "Orrin Capital Partners has a 33 dlr per share tender offer for Pellam Medical Inc "
        "that the company's board has turned down.\n",
    )
    links = links_of(ordered_results(first, later), "later")
    assert ("33 dlr per share", "first", "same") in links


def test_a_price_offered_by_a_bidder_in_a_sentence_opening_with_no_company_names_no_target():
    # The story is about a company that denies bidding; the offer it would top is for a third
    # company the sentence does not name.
    body = (
        "Brill Freight Corp denied that it plans a bid.\n"
        "The reports said a Brill bid would top the 35 dlrs per share offered by Orrin "
        "Capital Partners.\n"
    )
    offer = figures(body, published=MAY).get("35 dlrs per share")
    assert offer is None or "brill" not in offer.identity.of_what
