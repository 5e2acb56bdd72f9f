"""A speaker carried over by a pronoun is attribution, never the subject of a figure; a
place's statistic for one period given two ways with no source or basis on either side is
reported as a difference to check (CC202), not as a contradiction (CC201). Sentences are our
own."""

from datetime import UTC, datetime

from identity_helpers import figures, ordered_findings, ordered_results, wire_article

JUNE = datetime(2025, 6, 27, 14, tzinfo=UTC)


def test_a_central_bank_speaking_as_it_is_no_subject_of_the_money_supply():
    body = (
        "The Zentralbank said on Friday that money supply growth slowed in May.\n"
        "    It said M-3 grew 5.2 pct in May after 6.4 pct in April."
    )
    found = figures(body, published=JUNE, title="MONEY GROWTH SLOWS")
    # No country is named: the bank that spoke is not what the money supply is of.
    for text in ("5.2 pct", "6.4 pct"):
        assert text not in found or found[text].identity.of_what != "zentralbank"


def test_a_pronoun_speaker_leaves_the_countrys_money_supply_to_the_country():
    body = (
        "Norway's broadly defined M-3 money supply grew 1.8 pct in May, the central bank "
        "said.\n    It said M-3 grew 12.5 pct year-on-year in May."
    )
    found = figures(body, published=JUNE)
    assert found["1.8 pct"].identity.of_what == "norway"
    assert found["12.5 pct"].identity.of_what == "norway"


SURPLUS = "Ostravia's trade surplus {} to {} in 2024 from {} in 2023."


def test_a_years_surplus_given_two_ways_with_no_source_on_either_side_is_a_note():
    first = wire_article("u1", 10, SURPLUS.format("rose", "16.2 billion dlrs", "11.0 billion"))
    second = wire_article("u2", 14, SURPLUS.format("grew", "14.9 billion dlrs", "10.1 billion"))
    findings = ordered_findings(first, second)["u2"]
    assert findings and {f.rule for f in findings} == {"CC202"}
    assert {f.evidence["relation"] for f in findings} == {"sources_differ"}
    assert all("neither names its source or basis" in f.message for f in findings)


def test_the_papers_figure_against_a_named_offices_figure_stays_a_contradiction():
    office = wire_article(
        "o1",
        10,
        "Ostravia's trade surplus was 16.2 billion dlrs in 2024, the statistics office said.",
    )
    paper = wire_article("o2", 14, "Ostravia's trade surplus was 14.9 billion dlrs in 2024.")
    [finding] = ordered_findings(office, paper)["o2"]
    assert (finding.rule, finding.evidence["relation"]) == ("CC201", "contradiction")


def test_unsourced_figures_of_a_period_read_from_the_date_line_are_not_set_against():
    first = wire_article("d1", 10, "Ostravia's trade surplus was 16.2 billion dlrs in 2024.")
    second = wire_article("d2", 14, "Ostravia's trade surplus was 14.9 billion dlrs last year.")
    assert ordered_findings(first, second)["d2"] == []


RELEASE = (
    "Norway's broadly defined M-3 money supply grew an estimated 1.8 pct in May after a "
    "revised 1.1 pct in April, the central bank said.\n"
    "    It said unadjusted M-3 rose to an estimated 412.6 billion crowns from a revised 405.2 "
    "billion in April and 371.9 billion in May last year.\n"
    "    Year-on-year M-3 grew 11.2 pct from a revised 10.4 pct in April."
)


def test_a_release_figure_set_against_another_month_is_of_the_leads_month():
    found = figures(RELEASE, published=JUNE)
    level = found["412.6 billion crowns"].identity
    assert (level.what, level.of_what, level.when) == (
        "m3-unadjusted-money-supply",
        "norway",
        "2025-05",
    )
    assert found["405.2 billion"].identity.when == "2025-04"
    assert found["11.2 pct"].identity.when == "2025-05"


def test_a_figure_with_no_month_and_nothing_set_beside_it_stays_without_one():
    body = RELEASE.split("\n")[0] + "\n    It said unadjusted M-3 stood at 412.6 billion crowns."
    found = figures(body, published=JUNE)
    assert "412.6 billion crowns" not in found


def _unit(body, text):
    return figures(body, published=JUNE)[text].identity.unit


def test_a_bare_dollar_in_an_article_that_writes_canadian_dollars_is_canadian():
    body = (
        "Harlan Corp offered 4.3 billion Canadian dlrs for Brisco Oil Ltd.\n"
        "    The 4.3 billion dlr offer for Brisco expires on Friday."
    )
    assert _unit(body, "4.3 billion Canadian dlrs") == "CAD"
    assert _unit(body, "4.3 billion dlr") == "CAD"


def test_a_bare_dollar_for_a_canadian_company_is_left_unstated_and_never_disputed():
    listed = "A 3.2 billion dlr offer for Brisco Oil Ltd <BRO.TO> by Harlan Corp was made."
    assert _unit(listed, "3.2 billion dlr") == "dlr"
    both = (
        "Harlan offered 4.3 billion Canadian dlrs, or 3.2 billion U.S. dlrs, for Brisco Oil.\n"
        "    The 4.3 billion dlr offer for Brisco expires on Friday."
    )
    assert _unit(both, "4.3 billion dlr") == "dlr"
    first = wire_article("c1", 10, listed)
    second = wire_article(
        "c2", 12, "Harlan Corp's 4.3 billion dlr offer for Brisco Oil Ltd <BRO.TO> stands."
    )
    assert ordered_findings(first, second)["c2"] == []


def test_a_bare_dollar_with_no_canadian_word_stays_the_us_dollar():
    body = "Harlan Corp offered 3.2 billion dlrs for Brisco Oil Inc."
    assert _unit(body, "3.2 billion dlrs") == "USD"
    named = "Harlan offered 3.2 billion U.S. dlrs for Brisco Oil Ltd <BRO.TO>."
    assert _unit(named, "3.2 billion U.S. dlrs") == "USD"


def test_boats_sunk_by_forces_a_week_apart_are_two_engagements_not_one_wreck():
    first = wire_article(
        "n1", 3, "Peru said its naval forces sank four Chilean boats off the coast today."
    )
    second = wire_article(
        "n2",
        9,
        "Peruvian warships and aircraft sank five of 21 Chilean boats that tried to reach "
        "an oil terminal, Peru said.",
    )
    found = figures(first.body, published=JUNE)
    assert found["four Chilean boats"].identity.event.kind == "attack"
    assert ordered_findings(first, second)["n2"] == []


def test_a_ferry_that_capsized_and_sank_stays_a_shipwreck():
    body = "A ferry capsized and sank off Varnholt on Sunday, and 40 people were missing."
    found = figures(body, published=JUNE)
    assert found["40 people"].identity.event.kind == "shipwreck"
    sunk = "Two patrol boats were sunk by missiles off Varnholt on Sunday and 12 crew were missing."
    assert figures(sunk, published=JUNE)["12 crew"].identity.event.kind == "attack"


def test_a_us_companys_canadian_unit_leaves_its_dollars_american():
    body = (
        "Harlan Inc said it cannot post a bond on the 9.5 billion dlr judgment, and it would "
        "pledge its Canadian unit's shares instead."
    )
    assert _unit(body, "9.5 billion dlr") == "USD"


def test_a_canadian_bank_named_late_in_another_countrys_story_says_nothing_of_its_dollars():
    body = (
        "Peru's foreign debt is 14.5 billion dlrs, the finance minister said.\n"
        "    The talks, led by the Bank of Nova Scotia <BNS.TO>, ended on Friday."
    )
    assert _unit(body, "14.5 billion dlrs") == "USD"


def test_amounts_in_unstated_dollars_that_agree_are_still_linked_as_the_same():
    from claimcheck.ledger.comparison import history_of

    text = "A 3.2 billion dlr offer for Brisco Oil Ltd <BRO.TO> by Harlan Corp was made."
    results = ordered_results(wire_article("s1", 10, text), wire_article("s2", 12, text))
    assert results["s2"].findings == []
    assert [[link.relation for link in h.earlier] for h in history_of(results["s2"])] == [["same"]]
