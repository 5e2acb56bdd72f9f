"""An offer or a stake keyed with its bidder or holder in one story and without it in another:
when the sentence of the one read without names that party before the figure, the two are one
party's figures and are compared in full (a raised bid is an update); when it names no party,
or another, they may agree but never dispute. One party named longer or shorter in the two
stories may agree. Sentences are our own."""

from dataclasses import replace

from identity_helpers import links_of, ordered_results, wire_article

FIRST_BID = wire_article(
    "first",
    2,
    "Harlow Acquisition Corp said it extended its 80 dlr a share tender offer for Quenby "
    "Steel Corp to March 20.",
)


def _subjects(results, article_id: str) -> list[str]:
    return [figure.of_what for figure in results[article_id].entry.figures]


def test_a_raised_bid_whose_sentence_names_the_bidder_updates_its_earlier_bid():
    raised = wire_article(
        "raised",
        5,
        "Harlow Acquisition, a group of investors led by a buyout firm, said it would raise "
        "its tender offer for Quenby Steel to 92.50 dlrs a share, subject to financing.",
    )
    results = ordered_results(FIRST_BID, raised)
    # The clause names no bidder for the figure: it is keyed by its target alone.
    assert _subjects(results, "raised") == ["quenby steel"]
    assert ("92.50 dlrs a share", "first", "update") in links_of(results, "raised")
    [finding] = results["raised"].findings
    assert finding.rule == "CC202"
    assert [earlier["article_id"] for earlier in finding.evidence["earlier"]] == ["first"]


def test_a_bid_whose_sentence_names_another_bidder_is_not_set_against_the_first():
    rival = wire_article(
        "rival",
        5,
        "Merrow Partners said on Monday that it would pay 95 dlrs a share in a tender offer "
        "for Quenby Steel.",
    )
    results = ordered_results(FIRST_BID, rival)
    assert results["rival"].findings == []
    assert all(relation == "same" for _, _, relation in links_of(results, "rival"))


def test_a_bid_read_without_its_bidder_and_naming_none_still_never_disputes():
    unnamed = wire_article(
        "unnamed", 5, "The tender offer for Quenby Steel now stands at 92.50 dlrs a share."
    )
    results = ordered_results(FIRST_BID, unnamed)
    assert results["unnamed"].findings == []
    assert links_of(results, "unnamed") == []


def test_the_bidder_named_later_in_the_sentence_than_the_figure_is_not_read_as_its_own():
    # "above the 80 dlrs Harlow offered": the bidder of the earlier price, not this one's.
    later = wire_article(
        "later",
        5,
        "The tender offer for Quenby Steel now stands at 92.50 dlrs a share, above the 80 "
        "dlrs first offered by Harlow Acquisition.",
    )
    results = ordered_results(FIRST_BID, later)
    assert ("92.50 dlrs a share", "first", "update") not in links_of(results, "later")
    assert results["later"].findings == []


def test_a_bid_keyed_with_its_bidder_updates_an_earlier_one_whose_sentence_names_it():
    earlier = wire_article(
        "earlier",
        2,
        "Building group Tarrant Holdings Plc said it was bidding 31 dlrs a share for the "
        "ordinary shares of Kessel Mills Plc.",
    )
    later = wire_article(
        "later", 6, "Kessel Mills Plc rejected the 34 dlr a share offer from Tarrant Holdings Plc."
    )
    results = ordered_results(earlier, later)
    assert _subjects(results, "earlier") == ["kessel mills"]
    assert _subjects(results, "later") == ["kessel mills by tarrant"]
    assert [(f.rule, f.evidence["relation"]) for f in results["later"].findings] == [
        ("CC202", "update")
    ]


def _investor_bids(later_price: str):
    first = wire_article(
        "full",
        3,
        "Kessel Mills said its board rejected a 28 dlr a share offer by investor Carl Ostmark.",
    )
    second = wire_article(
        "short", 7, f"Kessel Mills said its board rejected a {later_price} offer by Ostmark."
    )
    return ordered_results(first, second)


def test_one_bidder_named_in_full_and_by_surname_agrees():
    results = _investor_bids("28 dlr a share")
    assert _subjects(results, "full") == ["kessel mills by carl ostmark"]
    assert _subjects(results, "short") == ["kessel mills by ostmark"]
    assert ("28 dlr a share", "full", "same") in links_of(results, "short")


def test_one_bidder_named_otherwise_never_disputes():
    # Another bidder may share the surname: a difference says nothing.
    results = _investor_bids("30 dlr a share")
    assert links_of(results, "short") == []
    assert results["short"].findings == []


def test_the_party_named_nearest_the_figure_is_its_bidder():
    rival = wire_article(
        "rival", 3, "Merrow Partners began a 90 dlr a share tender offer for Quenby Steel Corp."
    )
    later = replace(
        wire_article(
            "later",
            6,
            "Merrow Partners has a tender offer for all shares of Quenby Steel Corp at 90 dlrs "
            "a share.\nHarlow Acquisition said on Monday that its proposal would allow Merrow "
            "Partners to raise its tender price to 93 dlrs a share.",
        ),
        title="QUENBY STEEL <QSC> BIDDERS MEET",
    )
    results = ordered_results(FIRST_BID, rival, later)
    # The second sentence names no bidder in the clause of its figure.
    assert _subjects(results, "later") == ["quenby steel by merrow partners", "quenby steel"]
    links = links_of(results, "later")
    assert ("93 dlrs a share", "rival", "update") in links
    assert all(earlier != "first" for _, earlier, _ in links)


def test_another_owner_written_between_the_party_and_the_figure_keeps_them_apart():
    later = wire_article(
        "later",
        6,
        "Harlow Acquisition's improved offer now tops Merrow's offer of 92 dlrs a share for "
        "Quenby Steel.",
    )
    results = ordered_results(FIRST_BID, later)
    assert all(earlier != "first" for _, earlier, _ in links_of(results, "later"))
    assert results["later"].findings == []


def test_a_bidder_word_written_in_lower_case_is_no_mention_of_it():
    later = wire_article(
        "later",
        6,
        "The harlow family's buying vehicle said it was prepared to offer 95 dlrs a share "
        "for Quenby Steel.",
    )
    results = ordered_results(FIRST_BID, later)
    assert results["later"].findings == []
