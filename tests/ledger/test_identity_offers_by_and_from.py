"""Offers whose bidder is named after "by" or "from": the company bid for is the one that
receives the offer, the bidder the name after the preposition, whatever few words describe it."""

from datetime import UTC, datetime

from identity_helpers import figures

APRIL = datetime(1987, 4, 1, 12, tzinfo=UTC)


def _of_what(body: str, text: str, title: str = "") -> str | None:
    found = figures(body, published=APRIL, title=title).get(text)
    return None if found is None else found.identity.of_what


def test_a_takeover_offer_by_a_described_investor_is_for_the_company_that_rejects_it():
    body = (
        "Marlow Tools Inc said its board rejected a 31 dlr a share takeover offer by "
        "Boston investor Edwin Carvell.\n"
    )
    found = figures(body, published=APRIL)["31 dlr a share"].identity
    assert found.what == "offer"
    assert found.of_what == "marlow tools by edwin carvell"


def test_the_word_offer_is_no_takeover_of_what_follows_it():
    # "takeover offer by X" once read as "takeover of X": the bidder became the company bought.
    body = "Brenlow Corp rejected a 44 dlr a share takeover offer by Quarry Holdings.\n"
    assert _of_what(body, "44 dlr a share") == "brenlow by quarry"


def test_a_buyer_described_in_lower_case_words_after_by():
    body = (
        "Brenlow Corp said it opposed the 19 dlr a share tender offer for Dunmore Mills Inc by "
        "retail investor Colin Vesey.\n"
    )
    assert _of_what(body, "19 dlr a share") == "dunmore mills by colin vesey"


def test_an_offer_received_from_a_bidder_before_its_price():
    body = (
        "Halloway Air Inc received an offer from Pellmore Airways to buy the carrier at 48 dlrs "
        "cash per share.\n"
    )
    found = figures(body, published=APRIL)["48 dlrs cash per share"].identity
    assert found.what == "offer"
    assert found.of_what == "halloway air by pellmore airways"


def test_a_bid_accepted_from_a_bidder_is_an_offer_for_the_company():
    body = "Corran Industries Inc accepted a bid from Tilbury Partners at 26.40 dlrs per share.\n"
    found = figures(body, published=APRIL)["26.40 dlrs per share"].identity
    assert found.what == "offer"
    assert found.of_what == "corran by tilbury partners"


def test_an_offer_from_a_bidder_for_a_named_unit_is_for_the_unit():
    body = (
        "Halloway Air Inc received an offer from Pellmore Airways to buy its Skyline Freight "
        "unit at 48 dlrs a share.\n"
    )
    assert _of_what(body, "48 dlrs a share") != "halloway air by pellmore airways"


def test_a_name_after_from_that_is_cut_off_by_a_comma_is_no_bidder():
    body = (
        "Halloway Air Inc said an offer from Pellmore Airways, made last month, valued its stock "
        "at 48 dlrs a share.\n"
    )
    assert _of_what(body, "48 dlrs a share") != "halloway air by pellmore airways"


def test_an_offer_to_acquire_is_an_offer_though_acquire_stands_nearer():
    body = (
        "Quarry Holdings said it raised its tender offer to acquire Dunmore Mills Inc to 63.25 "
        "dlrs a share.\n"
    )
    found = figures(body, published=APRIL)["63.25 dlrs a share"].identity
    assert found.what == "offer"
    assert found.of_what == "dunmore mills by quarry"


def test_an_agreement_to_acquire_stays_a_price():
    body = "Quarry Holdings agreed to acquire Dunmore Mills Inc for 63.25 dlrs a share.\n"
    assert figures(body, published=APRIL)["63.25 dlrs a share"].identity.what == "price"


def test_a_clause_opened_by_another_bidder_names_no_company_bid_for():
    # Both bid for a third company the sentence does not name: the first bidder is no target.
    body = "Quarry's bid was preceded by an earlier 34 dlrs a share bid by Colin Vesey.\n"
    found = figures(body, published=APRIL, title="QUARRY <QRY> UPSET WITH DUNMORE")
    offer = found.get("34 dlrs a share")
    assert offer is None or offer.identity.of_what != "quarry by colin vesey"
