"""A bid's terms as the ledger reads them, and what is not those terms: the money lent for a
bid, terms its party only entertained or denied, one part of an offer; and one bid valued two
ways on one day. Sentences are our own."""

from dataclasses import replace
from datetime import UTC, datetime

from identity_helpers import figures, identity, ordered_results, wire_article

from claimcheck.ledger.identity import DENIED, FACT, FORECAST


def test_financing_arranged_for_an_offer_is_not_the_offer():
    body = (
        "Harlow Acquisition said its lenders told it they could arrange financing totaling "
        "900 mln dlrs for the offer for Quenby Steel. Harlow Acquisition said banks agreed "
        "to lend it 700 mln dlrs to finance the offer for Quenby Steel."
    )
    found = figures(body)
    assert "900 mln dlrs" not in found
    assert "700 mln dlrs" not in found


def test_an_offer_named_after_the_loans_that_pay_for_it_is_the_offer():
    body = (
        "Harlow Acquisition said it obtained bank loans to finance its 900 mln dlr offer "
        "for Quenby Steel."
    )
    read = identity(body, "900 mln dlr")
    assert read.what == "offer"
    assert read.modality == FACT


def test_a_lender_s_name_does_not_make_its_price_a_loan():
    body = "Harlow Industries agreed to buy Quenby Savings and Loan Association for 1.2 mln dlrs."
    assert identity(body, "1.2 mln dlrs").what == "price"


def test_terms_a_bidder_would_only_consider_are_not_an_offer_made():
    body = "Merrow said it would consider a 41 dlr a share offer for Quenby Steel."
    assert identity(body, "41 dlr a share").modality == FORECAST
    body = "Merrow Partners said it might raise its offer for Quenby Steel to 60 dlrs a share."
    assert identity(body, "60 dlrs a share").modality == FORECAST


def test_a_target_weighing_an_offer_made_weighs_real_terms():
    body = "Quenby Steel said its board is considering the 41 dlr a share offer from Merrow."
    assert identity(body, "41 dlr a share").modality == FACT
    body = "Merrow Partners said it would raise its offer for Quenby Steel to 60 dlrs a share."
    assert identity(body, "60 dlrs a share").modality == FACT
    body = (
        "Merrow Partners said it might be willing to raise its 52 dlr a share offer for "
        "Quenby Steel."
    )
    assert identity(body, "52 dlr a share").modality == FACT


def test_a_raise_the_bidder_denied_is_kept_apart_from_facts():
    body = (
        "Merrow Partners denied reports that it had raised its bid for Quenby Steel to 6.1 "
        "billion dlrs from 4.8 billion."
    )
    denied = identity(body, "6.1 billion dlrs from 4.8 billion")
    assert denied.modality == DENIED
    stated = identity(
        body.replace("denied reports that it had", "said it"), "6.1 billion dlrs from 4.8 billion"
    )
    assert denied.index_keys() != stated.index_keys()


def test_one_part_of_an_offer_is_not_its_whole_value():
    first = identity(
        "Last week, Merrow valued the first part of its offer for Quenby Steel at 4.8 "
        "billion dlrs.",
        "4.8 billion dlrs",
    )
    assert first.what == "offer"
    assert first.part_of == "first"
    cash = identity(
        "The cash portion of Merrow's offer for Quenby Steel is worth 3.1 billion dlrs.",
        "3.1 billion dlrs",
    )
    assert cash.part_of == "cash"
    whole = identity(
        "Merrow raised its offer for Quenby Steel to 6.1 billion dlrs.", "6.1 billion dlrs"
    )
    assert whole.part_of is None
    assert not set(first.index_keys()) & set(whole.index_keys())


def _links(*articles):
    results = ordered_results(*articles)
    return {
        article.id: [(link.later.text, link.relation) for link in results[article.id].links]
        for article in articles
    }


def test_a_bid_valued_two_ways_on_one_day_is_not_an_update():
    morning = wire_article(
        "morning",
        9,
        "A rating agency cited Merrow Partners' offer to buy Quenby Steel for 3.8 billion dlrs.",
    )
    evening = replace(
        wire_article(
            "evening",
            9,
            "Harlow Corp said it is studying Merrow Partners' 4.2 billion dlr offer for Quenby "
            "Steel.",
        ),
        published=datetime(2025, 3, 9, 18, tzinfo=UTC),
    )
    next_week = wire_article(
        "next_week",
        16,
        "Harlow Corp said it is studying Merrow Partners' 4.2 billion dlr offer for Quenby Steel.",
    )
    same_day = _links(morning, evening)["evening"]
    assert same_day == [("4.2 billion dlr", "sources_differ")]
    week_later = _links(morning, next_week)["next_week"]
    assert week_later == [("4.2 billion dlr", "update")]
