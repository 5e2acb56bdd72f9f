"""An issue of securities whose amount stands before the word "issue" or "offering" ("Orlec's
planned 80 mln dlr issue of notes due 2014") belongs to the company written before the
amount, whoever the sentence opens with (a rating agency, a lead manager)."""

from identity_helpers import figures, ordered_findings, wire_article


def test_the_possessive_before_the_amount_is_the_issuer_not_the_agency():
    body = (
        "Moody's Investors Service gave a Baa-2 grade to Orlec Systems' planned 80 mln dlr "
        "offering of convertible notes due 2014."
    )
    found = figures(body)["80 mln dlr"].identity
    assert (found.what, found.of_what) == ("issue:due-2014", "orlec systems")


def test_an_issue_the_agency_rates_is_updated_by_the_size_it_is_sold_at():
    earlier = wire_article(
        "rated",
        4,
        "Moody's Investors Service gave a Baa-2 grade to Orlec Systems' planned 80 mln dlr "
        "offering of convertible notes due 2014.",
    )
    later = wire_article(
        "sold",
        11,
        "Orlec Systems is raising 95 mln dlrs through an issue of convertible notes due 2014, "
        "its underwriter said.",
    )
    findings = ordered_findings(earlier, later)
    assert [f.rule for f in findings["sold"]] == ["CC202"]
    assert findings["sold"][0].evidence["relation"] == "update"


def test_two_issuers_issues_rated_in_one_story_stay_apart():
    earlier = wire_article(
        "rated",
        4,
        "Moody's Investors Service gave a Baa-2 grade to Orlec Systems' planned 80 mln dlr "
        "offering of convertible notes due 2014.",
    )
    later = wire_article(
        "other",
        11,
        "Moody's Investors Service gave a Baa-1 grade to Kessel Mills' planned 60 mln dlr "
        "offering of convertible notes due 2014.",
    )
    findings = ordered_findings(earlier, later)
    assert findings["other"] == []
    assert figures(later.body)["60 mln dlr"].identity.of_what == "kessel mills"
