"""Figures the ledger must not take for the latest made fact: a raise a bidder says it stands
ready to make or promises only on conditions, a figure quoted from a statement made months
before, and the places of an older event named beside an incident. Sentences are our own."""

from datetime import UTC, datetime

from identity_helpers import figures, identity, ordered_findings, wire_article

from claimcheck.ledger.identity import FACT, FORECAST


def test_a_bidder_ready_to_raise_its_bid_has_not_raised_it():
    for wording in (
        "Harwick Holdings said it was prepared to raise its bid for Tolland Mills to 64 dlrs "
        "a share.",
        "Harwick Holdings said it stands ready to lift its offer for Tolland Mills to 64 dlrs "
        "a share.",
        "Harwick Holdings is willing to pay 64 dlrs a share for Tolland Mills, it said.",
    ):
        assert identity(wording, "64 dlrs a share").modality == FORECAST, wording


def test_a_raise_promised_on_conditions_is_not_the_offer_in_force():
    body = (
        "Harwick Holdings said it would raise its tender offer for Tolland Mills to 64 dlrs "
        "a share, if the Tolland board withdrew its defences."
    )
    assert identity(body, "64 dlrs a share").modality == FORECAST
    from_made = body.replace("64 dlrs a share,", "64 dlrs a share from 55 dlrs,")
    assert identity(from_made, "55 dlrs").modality == FACT  # the bid the raise starts from
    unconditional = body.split(",")[0] + "."
    assert identity(unconditional, "64 dlrs a share").modality == FACT
    # "even if" concedes a point, it sets no condition on the raise
    conceded = body.replace(", if", ", even if")
    assert identity(conceded, "64 dlrs a share").modality == FACT


def test_an_offer_made_subject_to_a_recommendation_stays_the_offer():
    body = (
        "Harwick Holdings said it would pay 64 dlrs a share for Tolland Mills if the Tolland "
        "board recommended the bid."
    )
    assert identity(body, "64 dlrs a share").modality == FACT


def test_a_raise_only_considered_does_not_update_the_bid_made():
    first = wire_article(
        "bid",
        3,
        "Harwick Holdings launched a 55 dlrs a share tender offer for Tolland Mills.",
    )
    ready = wire_article(
        "ready",
        9,
        "Harwick Holdings said it was prepared to raise its bid for Tolland Mills to 64 dlrs "
        "a share.",
    )
    made = wire_article(
        "made",
        9,
        "Harwick Holdings said it raised its bid for Tolland Mills to 64 dlrs a share.",
    )
    assert ordered_findings(first, ready)["ready"] == []
    assert [f.rule for f in ordered_findings(first, made)["made"]] == ["CC202"]


def test_a_figure_said_in_an_earlier_month_is_a_value_given_before():
    published = datetime(2025, 4, 20, 9, tzinfo=UTC)
    body = (
        "A farm weekly said in January that the 2024/25 cane crop of Dalvania would be only "
        "3.9 mln tonnes because growers planted less."
    )
    assert figures(body, published=published)["3.9 mln tonnes"].role == "previous"
    in_report = (
        "The bureau put the Dalvania cane crop at 3.9 mln tonnes in its February estimate, "
        "below its current view."
    )
    assert figures(in_report, published=published)["3.9 mln tonnes"].role == "previous"


def test_a_figure_said_in_the_month_of_publication_is_the_latest():
    published = datetime(2025, 4, 20, 9, tzinfo=UTC)
    body = (
        "A farm weekly said in April that the 2024/25 cane crop of Dalvania would be only "
        "3.9 mln tonnes because growers planted less."
    )
    assert figures(body, published=published)["3.9 mln tonnes"].role == "level"


def test_a_place_of_an_older_raid_is_not_where_the_blast_happened():
    body = (
        "Four people were killed when an explosion tore through a market in Pellorin. "
        "Soon after the blast police closed the square, which lies close to where Varden "
        "troops struck at rebel camps last June."
    )
    killed = identity(body, "Four people")
    assert killed.event is not None
    assert "pellorin" in killed.event.anchors
    assert not any("varden" in anchor for anchor in killed.event.anchors)
