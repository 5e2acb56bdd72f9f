"""Figures of a statistics release and the month before it: the previous month's figure, set
against this month's or noted as revised, has the identity the previous release gave it."""

from datetime import UTC, datetime

from identity_helpers import figures

# A release about January, published in late February.
RELEASED = datetime(2025, 2, 26, 9, tzinfo=UTC)


def test_a_rise_in_a_month_is_the_measure_s_change_in_that_month():
    body = (
        "Ostravia's broad money supply grew 1.9 pct in January against a 2.7 pct rise in "
        "December, the central bank said."
    )
    found = figures(body, published=RELEASED)
    december = found["2.7 pct"].identity
    january = found["1.9 pct"].identity
    assert december.what == january.what == "broad-money-supply:change"
    assert (january.when, december.when) == ("2025-01", "2024-12")


def test_a_rise_in_something_named_is_a_change_of_that_thing_not_of_the_measure_before():
    body = (
        "Halvard Tools said profits were flat, with a 13 pct increase in operating income "
        "in 2024 offset by higher interest costs."
    )
    assert figures(body, published=RELEASED)["13 pct"].identity.what == "operating-profit:change"


def test_a_revision_aside_does_not_hide_the_figure_s_period():
    plain = (
        "Ostravia's broad money supply grew 1.9 pct in January against a 2.5 pct rise in "
        "December, the central bank said."
    )
    with_aside = (
        "Ostravia's broad money supply grew 1.9 pct in January against a 2.5 pct (revised "
        "from 2.7) rise in December, the central bank said."
    )
    stated = figures(plain, published=RELEASED)["2.5 pct"].identity
    revised = figures(with_aside, published=RELEASED)["2.5 pct"].identity
    assert revised.index_keys() == stated.index_keys()
    assert revised.when == "2024-12"


def test_a_figure_set_against_a_change_is_that_measure_s_change():
    body = (
        "Ostravia's industrial production rose 3.2 pct in January from 2.6 pct in December, "
        "the statistics office said."
    )
    found = figures(body, published=RELEASED)
    assert found["2.6 pct"].identity.what == "industrial-production:change"
    assert found["2.6 pct"].identity.when == "2024-12"
    # What the December release itself said: the same identity.
    earlier = (
        "Ostravia's industrial production rose 2.6 pct in December, the statistics office said."
    )
    december = figures(earlier, published=datetime(2025, 1, 28, 9, tzinfo=UTC))["2.6 pct"]
    assert december.identity.index_keys() == found["2.6 pct"].identity.index_keys()


def test_a_level_beside_a_change_keeps_its_own_measure():
    body = (
        "Ostravia's industrial production index rose 2.1 pct in January to 131.5 from "
        "128.8 in December, the statistics office said."
    )
    found = figures(body, published=RELEASED)
    assert found["2.1 pct"].identity.what == "industrial-production:change"
    for text in ("131.5", "128.8"):
        if text in found:
            assert not found[text].identity.what.endswith(":change")


def test_a_proposal_addressed_to_a_company_is_an_offer_for_it_by_the_bidder():
    first = (
        "Brightwater Corp said it has made an all cash merger proposal to Halvard Tools at "
        "46 dlrs per share for all of its common stock."
    )
    raised = (
        "Brightwater Corp said it has raised its offer for Halvard Tools to 48 dlrs a share "
        "in cash."
    )
    rival = (
        "Ostmark Partners said it has made a tender offer for Halvard Tools at 48.50 dlrs a share."
    )
    proposed = figures(first, published=RELEASED)["46 dlrs per share"].identity
    assert (proposed.what, proposed.of_what) == ("offer", "halvard tools by brightwater")
    later = figures(raised, published=RELEASED)["48 dlrs a share"].identity
    assert later.index_keys() == proposed.index_keys()
    other = figures(rival, published=RELEASED)["48.50 dlrs a share"].identity
    assert other.index_keys() != proposed.index_keys()


def test_a_sale_to_a_buyer_is_not_an_offer_addressed_to_it():
    body = (
        "Brightwater Corp said it agreed to sell its paper unit to Halvard Tools for 46 mln dlrs."
    )
    found = figures(body, published=RELEASED)
    assert all(f.identity.what != "offer" for f in found.values())


def test_a_revision_aside_keeps_its_month_to_its_own_figure():
    body = (
        "Ostravia's broad money supply grew 1.9 pct in January against a 2.5 pct (revised "
        "from 2.7) rise in December and a 0.7 pct rise in January 2024, the central bank said."
    )
    found = figures(body, published=RELEASED)
    assert found["2.5 pct"].identity.when == "2024-12"
    assert found["0.7 pct"].identity.when == "2024-01"


def test_a_revision_word_belongs_to_the_figure_it_stands_before_or_brackets():
    first = (
        "Ostravia's broad money supply grew an estimated 3.6 pct in December after rising a "
        "revised 2.4 pct in November, the central bank said."
    )
    found = figures(first, published=datetime(2025, 1, 28, 9, tzinfo=UTC))
    assert found["3.6 pct"].identity.basis == "estimate"
    assert found["2.4 pct"].identity.basis == "revised"
    second = (
        "Ostravia's broad money supply grew an estimated 1.9 pct in January against a 3.4 pct "
        "(revised from 3.6) rise in December, the central bank said."
    )
    found = figures(second, published=RELEASED)
    assert found["1.9 pct"].identity.basis == "estimate"
    assert found["3.4 pct"].identity.basis == "revised"


def test_next_month_s_release_revising_an_estimate_is_an_update_of_it():
    from claimcheck.ledger.comparison import OrderedPass
    from claimcheck.pipeline.checker import Checker, ledger_entry_for
    from claimcheck.records import Article

    december = Article(
        id="december-release",
        body=(
            "Ostravia's broad money supply grew an estimated 3.6 pct in December after rising "
            "a revised 2.4 pct in November, the central bank said."
        ),
        published=datetime(2025, 1, 28, 9, tzinfo=UTC),
    )
    january = Article(
        id="january-release",
        body=(
            "Ostravia's broad money supply grew an estimated 1.9 pct in January against a "
            "3.4 pct (revised from 3.6) rise in December, the central bank said."
        ),
        published=RELEASED,
    )
    checker = Checker()
    entries = [ledger_entry_for(checker.check_article(a), a.id) for a in (january, december)]
    results = OrderedPass(None).run(entries)
    found = [(f.rule, f.text, f.evidence["relation"]) for f in results["january-release"].findings]
    assert found == [("CC202", "3.4 pct", "update")]
