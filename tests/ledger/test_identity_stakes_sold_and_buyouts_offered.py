"""A stake the speaking company buys or sells, a buyout named by its bidder, and an offer
received by a company that speaks of itself ("Tessaly said it received an offer from ..."):
each read as the forms the ledger already keys (a stake by the company that opens the clause,
an offer by the company bid for and its bidder)."""

from datetime import UTC, datetime

from identity_helpers import figures

APRIL = datetime(1987, 4, 1, 12, tzinfo=UTC)


def _read(body: str, text: str) -> tuple[str, str | None] | None:
    found = figures(body, published=APRIL).get(text)
    return None if found is None else (found.identity.what, found.identity.of_what)


def test_a_stake_the_speaker_agreed_to_sell_is_keyed_by_the_seller():
    body = (
        "Corvin Financial Inc said it agreed to sell a 13 pct stake in Brookfield Securities "
        "to Tamura Bank.\n"
    )
    assert _read(body, "13 pct") == ("stake", "brookfield securities held by corvin financial")


def test_an_interest_in_the_speakers_own_unit_is_a_stake_in_that_unit():
    body = (
        "Corvin Financial Inc said it will sell a 13 pct interest in its Brookfield Securities "
        "unit to Tamura Bank.\n"
    )
    assert _read(body, "13 pct") == ("stake", "brookfield securities held by corvin financial")


def test_a_stake_the_speaker_will_buy_is_keyed_by_the_buyer():
    body = "Tamura Bank said it will buy a 13 pct interest in Brookfield Securities.\n"
    assert _read(body, "13 pct") == ("stake", "brookfield securities held by tamura bank")


def test_a_stake_sold_by_an_unnamed_party_still_has_no_holder():
    body = "Tamura Bank said the 13 pct interest in Brookfield Securities was sold last week.\n"
    assert _read(body, "13 pct") is None


def test_a_buyout_from_a_bidder_is_its_offer_for_the_company_that_agreed():
    body = (
        "Dunmore Mills Inc agreed to a leveraged buyout from Quarry Holdings at 24 dlrs a share.\n"
    )
    assert _read(body, "24 dlrs a share") == ("offer", "dunmore mills by quarry")


def test_a_buyout_valued_with_no_bidder_named_is_still_no_offer():
    body = "Dunmore Mills Inc valued its proposed buyout of Tessaly Foods at 757 mln dlrs.\n"
    found = _read(body, "757 mln dlrs")
    assert found is None or found[0] != "offer"


def test_a_company_saying_it_received_an_offer_from_a_bidder_is_the_one_bid_for():
    body = (
        "Dunmore Mills Inc said it received an offer from Quarry Holdings to buy the company "
        "at 24 dlrs a share.\n"
    )
    assert _read(body, "24 dlrs a share") == ("offer", "dunmore mills by quarry")


def test_a_saying_that_opens_with_no_company_names_no_company_bid_for():
    body = "Analysts said it received an offer from Quarry Holdings at 24 dlrs a share.\n"
    found = _read(body, "24 dlrs a share")
    assert found is None or found[1] is None or "quarry" not in found[1].split(" by ")[0]


def test_a_stake_bought_by_a_company_described_with_its_town_is_not_the_towns():
    body = (
        "Kelso Pumps and Valves Plc, a Derry, Northern Ireland, engineering group, said it "
        "has bought a 7 pct stake in Tessaly Corp.\n"
    )
    found = _read(body, "7 pct")
    assert found is None or "ireland" not in str(found[1])


def test_a_stake_bought_by_a_unit_of_a_named_company_is_not_keyed_by_the_parent():
    body = (
        "A unit of Corvin Financial Inc said it bought a 13 pct stake in Brookfield Securities.\n"
    )
    assert _read(body, "13 pct") is None


def test_a_company_that_today_says_it_agreed_to_a_buyout_is_the_one_bought():
    body = (
        "Tessaly International Inc said its chairman would stay on. Tessaly today said it "
        "agreed to a buyout from Quarry Holdings at 24.60 dlrs per share.\n"
    )
    assert _read(body, "24.60 dlrs per share") == ("offer", "tessaly international by quarry")
