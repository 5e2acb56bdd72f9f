"""The size of an issue of bonds, notes or debentures: the issuer's, keyed by the year the
security falls due, so one company's two issues are two figures and a maturity date is never
read as the figure's period."""

from identity_helpers import figures, ordered_findings, wire_article


def test_an_issue_s_size_is_the_issuer_s_keyed_by_its_maturity():
    body = "Tamsen Industries said it is offering 90 mln dlrs of convertible debentures due 2011."
    found = figures(body)["90 mln dlrs"].identity
    assert (found.what, found.of_what, found.when) == ("issue:due-2011", "tamsen", None)


def test_a_prenominal_issue_and_an_issue_of_notes_read_alike_and_the_date_is_no_period():
    body = (
        "Tamsen Industries is issuing a 60 mln dlr eurobond due May 4, 1995 paying 8-3/4 pct, "
        "the lead manager said."
    )
    found = figures(body)["60 mln dlr"].identity
    assert (found.what, found.when) == ("issue:due-1995-may-4", None)
    notes = figures("Tamsen Industries said it sold 40 mln dlrs of 9 pct notes due 1993.")
    assert notes["40 mln dlrs"].identity.what == "issue:due-1993"


def test_two_issues_of_one_company_due_in_different_years_do_not_share_a_key():
    first = figures("Tamsen Industries said it is offering 90 mln dlrs of debentures due 2011.")
    second = figures("Tamsen Industries said it is offering 50 mln dlrs of notes due 1994.")
    assert first["90 mln dlrs"].identity.index_keys() != second["50 mln dlrs"].identity.index_keys()


def test_an_issue_with_no_maturity_or_no_verb_of_issuing_gets_no_issue_identity():
    assert "60 mln dlrs" not in figures("Tamsen Industries said it sold 60 mln dlrs of notes.")
    held = figures("Tamsen Industries holds 60 mln dlrs of notes due 1994 issued by Orlec.")
    assert "60 mln dlrs" not in held or not held["60 mln dlrs"].identity.what.startswith("issue")


def test_an_issue_enlarged_in_a_later_article_is_an_update_of_the_same_issue():
    first = wire_article(
        "a1", 3, "Tamsen Industries said it is offering 90 mln dlrs of debentures due 2011."
    )
    later = wire_article(
        "a2", 5, "Tamsen Industries said it is now offering 120 mln dlrs of debentures due 2011."
    )
    findings = ordered_findings(first, later)
    assert not findings["a1"]
    assert [f.rule for f in findings["a2"]] == ["CC202"]
    assert findings["a2"][0].evidence["relation"] == "update"


def test_an_amount_redeemed_or_exchanged_is_not_the_size_of_the_issue():
    for verb in ("redeem", "exchange"):
        body = f"Tamsen Industries said it will {verb} 40 mln dlrs of its debentures due 2009."
        found = figures(body).get("40 mln dlrs")
        assert found is None or not found.identity.what.startswith("issue")


def test_the_bank_that_manages_an_issue_is_never_its_issuer():
    body = (
        "Holm Finance NV, guaranteed by Holm Group, is issuing a 75 mln ECU bond with warrants "
        "attached, due May 6, 1992, lead manager Carrow Brothers International Ltd said."
    )
    found = figures(body).get("75 mln ECU")
    assert found is None or "carrow" not in found.identity.of_what


def test_one_issuer_s_two_issues_due_in_one_year_on_different_days_do_not_share_a_key():
    first = figures("Orlec Bank is issuing a 90 mln dlr bond due April 15, 1992 priced at 53.")
    second = figures("Orlec Bank is issuing a 60 mln dlr bond due July 20, 1992 paying 9 pct.")
    keys = (first["90 mln dlr"].identity.what, second["60 mln dlr"].identity.what)
    assert keys == ("issue:due-1992-apr-15", "issue:due-1992-jul-20")


def test_a_company_suffix_read_alone_is_no_issuer():
    body = "Ostland Oil and Fats Co Ltd is issuing a 70 mln dlr eurobond due July 15, 1992."
    found = figures(body).get("70 mln dlr")
    assert found is None or found.identity.of_what not in {"ltd", "co ltd"}
