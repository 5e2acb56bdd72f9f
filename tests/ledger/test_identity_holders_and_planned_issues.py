"""A holding written with a verb ("owns 9 pct of Tessaly's stock") belongs to whoever holds it,
never to the company written after the figure; and an issue of securities called "planned" or
"proposed" is the issue's size, not a forecast, so the size it is sold at updates it."""

import pytest
from identity_helpers import figures, ordered_findings, wire_article


def test_the_company_after_the_percentage_is_held_the_speaker_holds_it():
    body = "Harlow Industries Inc said it owns 96 pct of Brenlow's outstanding common stock."
    found = figures(body)["96 pct"].identity
    assert (found.what, found.of_what) == ("stake", "brenlow held by harlow")


def test_a_holder_named_after_a_saying_holds_what_its_verb_says():
    body = "Tessaly Corp said Marlow Capital currently owns at least 17 pct of Tessaly stock."
    found = figures(body)["17 pct"].identity
    assert (found.what, found.of_what) == ("stake", "tessaly held by marlow capital")


def test_one_holding_written_with_a_verb_and_with_the_stake_word_is_one_figure():
    verb = wire_article(
        "h1", 3, "Tessaly Corp said Marlow Capital now holds 12 pct of Tessaly stock."
    )
    stake = wire_article(
        "h2", 6, "Marlow Capital said it raised its stake in Tessaly Corp to 14 pct of the stock."
    )
    findings = ordered_findings(verb, stake)
    assert [f.rule for f in findings["h2"]] == ["CC202"]
    assert findings["h2"][0].evidence["relation"] == "update"


def test_a_planned_issue_is_the_issuer_s_issue_stated_as_a_fact():
    body = (
        "The agency rated Tamsen Industries' planned 90 mln dlr issue of convertible debt due "
        "2011 single-A."
    )
    found = figures(body)["90 mln dlr"].identity
    assert (found.what, found.of_what, found.modality) == ("issue:due-2011", "tamsen", "fact")
    covering = figures(
        "Tamsen Industries filed a registration statement covering a proposed 40 mln dlr "
        "offering of convertible subordinated debentures due 2009."
    )
    assert covering["40 mln dlr"].identity.what == "issue:due-2009"


def test_debt_that_is_not_convertible_or_not_planned_is_no_issue():
    found = figures("Tamsen Industries said it has 86 mln dlrs of debt due 2009 outstanding.")
    assert "86 mln dlrs" not in found or not found["86 mln dlrs"].identity.what.startswith("issue")


@pytest.mark.parametrize(
    ("earlier", "later"),
    [
        # a planned issue enlarged when sold
        (
            "The agency rated Tamsen Industries' planned 90 mln dlr issue of convertible debt "
            "due 2011 single-A.",
            "Tamsen Industries is raising 120 mln dlrs via an offering of convertible "
            "debentures due 2011, the lead manager said.",
        ),
        # a stake told in shares, cut in a later filing
        (
            "Marlow Capital said it raised its stake in Tessaly Corp to 450,000 shares.",
            "Marlow Capital said it sold shares, lowering its stake in Tessaly Corp to 300,000 "
            "shares.",
        ),
    ],
)
def test_a_figure_restated_larger_or_smaller_later_is_an_update(earlier, later):
    findings = ordered_findings(wire_article("e", 3, earlier), wire_article("l", 9, later))
    assert [f.rule for f in findings["l"]] == ["CC202"]
    assert findings["l"][0].evidence["relation"] == "update"


def test_the_name_before_which_owns_is_the_holder_not_the_sentence_s_opener():
    body = (
        "Dalmor Trust's chairman also runs Orlec Holdings Inc, which owns about 51 pct of "
        "Kessel Mills."
    )
    found = figures(body).get("51 pct")
    assert found is None or found.identity.of_what != "kessel mills held by dalmor trust"
    if found is not None:
        assert found.identity.of_what == "kessel mills held by orlec"


@pytest.mark.parametrize(
    "body",
    [
        # a purchase, or an intent to buy
        "Harlow Inc said it seeks approval for its purchase of up to 51 pct of Brenlow common.",
        "Harlow Inc told regulators it intends to buy between 15 and 25 pct of Brenlow's stock.",
        "Harlow Inc said its unit would purchase 100 pct of Brenlow's stock for 8 mln dlrs.",
        # a holding whose holder is nowhere named
        "About 96 pct of Brenlow's common stock was tendered by Friday, the agent said.",
        # a share of a country's market
        "Orlec Telecom, which controls 16 pct of the French switching market, is for sale.",
    ],
)
def test_no_stake_without_a_named_holder_holding_it(body):
    for text, figure in figures(body).items():
        assert figure.identity.what != "stake", text


def test_a_stake_told_in_shares_is_the_stake_compared_in_shares():
    body = (
        "Marlow Capital said it bought 90,000 Tessaly shares, raising its stake in Tessaly Corp "
        "to 450,000 shares."
    )
    found = figures(body)
    stake = found["450,000 shares"].identity
    assert (stake.what, stake.of_what) == ("stake", "tessaly held by marlow capital")
    assert stake.unit != "percent"
    bought = found.get("90,000")
    assert bought is None or bought.identity.what != "stake"


def test_shares_with_their_percentage_leave_the_stake_to_the_percentage():
    body = "Marlow Capital said it raised its stake in Tessaly Corp to 450,000 shares, or 6.1 pct."
    found = figures(body)
    assert found["6.1 pct"].identity.what == "stake"
    shares = found.get("450,000 shares")
    assert shares is None or shares.identity.what != "stake"


def test_it_after_a_which_clause_and_a_report_is_the_name_the_sentence_opens_with():
    body = (
        "Marlow Capital, which first disclosed its stake in Tessaly on March 10, has reported "
        "it holds 391,800 Tessaly common shares, or 17.6 pct of the total outstanding."
    )
    found = figures(body)["17.6 pct"].identity
    assert (found.what, found.of_what) == ("stake", "tessaly held by marlow capital")


def test_offering_to_purchase_shares_at_a_price_is_an_offer_not_a_price_paid():
    body = (
        "Lund Partners said it is offering to purchase 200,000 shares of Orlec Inc at 14 dlrs each."
    )
    found = figures(body)["14 dlrs each"].identity
    assert found.what == "offer"
    later = figures(
        "Lund Partners said it dropped a condition of its tender offer for 200,000 shares of "
        "Orlec Inc at 14 dlrs each."
    )
    assert later["14 dlrs each"].identity.what == found.what
