"""A holding disclosed as "has acquired N shares of <company>, or P pct of the total": the
percentage is the discloser's stake in the company named after "shares of", whoever (a firm,
"they" or a person, "he") has acquired it; a purchase told in the past tense stays no stake."""

from identity_helpers import figures, ordered_findings, wire_article


def test_a_firm_disclosing_it_has_acquired_shares_of_a_company_holds_that_stake():
    body = (
        "Brackwell Partners told federal regulators it has acquired 418,500 shares of "
        "Tolland Instruments Inc, or 6.35 pct of the total outstanding."
    )
    stake = figures(body)["6.35 pct"].identity
    assert (stake.what, stake.of_what) == (
        "stake",
        "tolland instruments held by brackwell partners",
    )


def test_a_person_disclosing_he_has_acquired_shares_holds_the_stake_himself():
    body = (
        "Omar Feldt, a Denver investor, told federal regulators he has acquired 95,500 "
        "shares of Quarry Lane Foods Corp, or 5.27 pct of the total outstanding."
    )
    stake = figures(body)["5.27 pct"].identity
    assert stake.of_what == "quarry lane foods held by omar feldt"


def test_shares_of_a_company_owned_give_the_stake_in_that_company():
    body = "Brackwell Partners said it owns 1.2 mln shares of Tolland Instruments Inc, or 9.1 pct."
    stake = figures(body)["9.1 pct"].identity
    assert stake.of_what == "tolland instruments held by brackwell partners"


def test_shares_bought_in_the_past_tense_are_a_purchase_not_the_holding():
    body = (
        "Brackwell Partners said it bought 418,500 shares of Tolland Instruments Inc, or 6.35 "
        "pct of the total outstanding, last Tuesday."
    )
    assert "6.35 pct" not in figures(body)


def test_a_shareholder_group_without_a_name_holds_no_stake_the_ledger_can_key():
    body = (
        "A group of linked investment funds told federal regulators they have acquired "
        "418,500 shares of Tolland Instruments Inc, or 6.35 pct of the total outstanding."
    )
    assert "6.35 pct" not in figures(body)


def test_a_disclosed_stake_later_given_higher_is_an_update():
    first = wire_article(
        "first",
        3,
        "Brackwell Partners told federal regulators it has acquired 418,500 shares of "
        "Tolland Instruments Inc, or 6.35 pct of the total outstanding.",
    )
    later = wire_article(
        "later",
        17,
        "Brackwell Partners said it lifted its stake in Tolland Instruments Inc to 536,000 "
        "shares, or 8.14 pct of the total outstanding.",
    )
    found = ordered_findings(first, later)
    assert [(f.rule, f.evidence["relation"]) for f in found["later"]] == [("CC202", "update")]
