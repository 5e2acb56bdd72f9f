"""A party's first terms ("had originally offered N") are a value given before, not the offer
in force; a relative clause after a figure ("the N at which the growers put it") names whose
figure it is. Sentences are our own."""

from identity_helpers import (
    figures,
    identity,
    links_of,
    ordered_findings,
    ordered_results,
    wire_article,
)


def test_terms_first_made_or_proposed_are_a_value_given_before():
    for body, text in (
        (
            "Harwick Holdings had originally made an unsolicited bid of 55 dlrs a share for "
            "Tolland Mills, which the board turned down.",
            "55 dlrs a share",
        ),
        (
            "Harwick Holdings initially offered to buy Tolland Mills for 55 dlrs a share.",
            "55 dlrs a share",
        ),
        (
            "Harwick Holdings bid 64 dlrs a share for Tolland Mills. The 55 dlrs a share it "
            "originally offered was turned down.",
            "55 dlrs a share",
        ),
    ):
        assert figures(body)[text].role == "previous", body


def test_an_offer_made_now_stays_the_level():
    body = "Harwick Holdings made a hostile offer of 55 dlrs a share for Tolland Mills."
    assert figures(body)["55 dlrs a share"].role == "level"


def test_an_original_bid_told_later_does_not_update_the_raised_one():
    raised = wire_article(
        "raised",
        3,
        "Harwick Holdings said it raised its offer for Tolland Mills to 64 dlrs a share.",
    )
    recalled = wire_article(
        "recalled",
        9,
        "Tolland Mills agreed to the 64 dlrs a share bid. Harwick Holdings had originally "
        "made an unsolicited bid of 55 dlrs a share for Tolland Mills.",
    )
    assert ordered_findings(raised, recalled)["recalled"] == []


def test_the_subject_of_a_relative_clause_after_a_figure_is_its_source():
    for clause in (
        "at which independent growers put",
        "at which independent growers had estimated",
    ):
        body = (
            "Veloria's millet crop is now estimated at 3.1 mln tonnes, down 25 pct on the "
            f"4.1 mln tonnes {clause} 2023/24 production."
        )
        assert identity(body, "4.1 mln tonnes").source == "independent growers", clause


def test_a_pronoun_in_the_relative_clause_names_no_source():
    body = (
        "Veloria's millet crop is now estimated at 3.1 mln tonnes, down 25 pct on the "
        "4.1 mln tonnes at which it put 2023/24 production."
    )
    assert identity(body, "4.1 mln tonnes").source is None


def test_a_private_estimate_against_the_official_figure_is_two_sources():
    opening = "Growers in Veloria cut their estimates for the 2024/25 millet crop this week.\n    "
    official = wire_article(
        "official",
        3,
        opening + "Millet production is now estimated at 3.3 to 3.5 mln tonnes, 20 pct lower "
        "than the official 4.5 mln tonnes for 2023/24 production.",
    )
    private = wire_article(
        "private",
        9,
        opening + "Millet production is now estimated at 3.0 to 3.2 mln tonnes, 22 pct down on "
        "the 3.9 to 4.0 mln tonnes at which independent traders put 2023/24 production and "
        "28 pct lower than the official 4.5 mln tonnes.",
    )
    results = ordered_results(official, private)
    assert ("3.9 to 4.0 mln tonnes", "official", "sources_differ") in links_of(results, "private")
