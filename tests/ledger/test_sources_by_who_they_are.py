"""Sources compared by who they are, not by how a story words them: the story's own company
referred to as "the company" or "the bank" is that company; a kind of publication or a
period ("the report", "a weekly survey") names nobody and matches any source; words that
name the figure's measure are no speaker; unnamed private speakers are not told apart.
Sentences are our own."""

from identity_helpers import (
    StoredFigure,
    figures,
    links_of,
    ordered_results,
    wire_article,
)

from claimcheck.ledger.comparison import _ranges_of_two_sources
from claimcheck.ledger.relations import SOURCES_DIFFER
from claimcheck.ledger.sources import generic_reference, same_source


def test_the_company_said_stands_for_the_company_the_lead_has_speak():
    found = figures(
        "Harlow Bank Corp said its chairman will retire in June. "
        "Earlier, the company said it saw its first quarter loss at between 40 mln and "
        "50 mln dlrs."
    )
    assert found["40 mln and 50 mln dlrs"].identity.source == "harlow bank"


def test_company_officials_or_the_bank_stand_for_the_story_s_company():
    found = figures(
        "Harlow Bank Corp's first quarter loss came to 44 mln dlrs, bank officials said."
    )
    assert found["44 mln dlrs"].identity.source == "harlow bank"


def test_the_bank_is_no_company_that_is_not_a_bank():
    found = figures(
        "Tessel Foods Inc will sell its bakery unit, the bank said. "
        "Tessel Foods had 1987 sales of 310 mln dlrs, the bank said."
    )
    assert found["310 mln dlrs"].identity.source == "bank"


def test_a_company_the_sentence_names_is_not_the_one_that_speaks():
    found = figures(
        "Brannock Industries said it agreed to buy Pellworth Mills Inc. "
        "The company said Pellworth Mills had 1986 sales of 22 mln dlrs."
    )
    assert found["22 mln dlrs"].identity.source != "pellworth mills"


def test_generic_references_and_names():
    assert generic_reference("company") == "company"
    assert generic_reference("company spokesman") == "company"
    assert generic_reference("bank officials") == "bank"
    assert generic_reference("group today") == "company"
    assert generic_reference("harlow bank") is None
    assert generic_reference("company gave no comment on the reports") is None
    assert generic_reference(None) is None


def test_a_report_or_a_survey_alone_matches_any_source():
    found = figures("Ostera's exports rose to 4.2 billion dlrs in 2024, the annual report said.")
    given = found["4.2 billion dlrs"].identity.source
    assert given == "annual report"
    assert same_source(given, "trade ministry") and same_source("weekly survey", "central bank")
    assert not same_source("trade ministry", "central bank")


def test_it_after_a_report_stands_for_the_report_not_an_earlier_speaker():
    found = figures(
        "The trade ministry published its annual review on Monday. The review said the "
        "economy had slowed. It said Ostera's exports rose to 4.2 billion dlrs in 2024."
    )
    assert found["4.2 billion dlrs"].identity.source == "review"


def test_the_measure_read_as_a_speaker_is_no_source():
    found = figures(
        "Chilean barley production estimates were lowered to 3.1 to 3.3 mln tonnes for 2025."
    )
    assert found["3.1 to 3.3 mln tonnes"].identity.source is None


def test_a_publication_s_kind_beside_its_publisher_is_the_publisher():
    assert same_source("statistics office weekly report", "statistics office")
    assert same_source("reuter survey", "reuters")
    assert not same_source("statistics office", "central bank")


def test_unnamed_private_speakers_are_not_told_apart():
    assert same_source("trade sources", "private estimates")
    assert same_source("industry sources", "traders")
    assert not same_source("private sources", "official figures")
    assert not same_source("trade sources", "farm ministry")


def test_a_range_and_a_count_of_one_company_are_not_two_sources_views():
    expected = StoredFigure(None, 40.0, 50.0, "harlow bank", "40 mln and 50 mln dlrs")
    reported = StoredFigure(44.2, 44.2, 44.2, "harlow bank corp", "44.2 mln dlrs")
    assert not _ranges_of_two_sources(reported, expected)
    assert _ranges_of_two_sources(reported, StoredFigure(None, 40.0, 50.0, "analysts", "40 to 50"))


def test_trade_sources_range_after_private_estimates_is_not_two_views():
    first = wire_article(
        "first",
        3,
        "According to private estimates, Chile's 2025 barley crop is 3.4 to 3.6 mln tonnes.",
    )
    second = wire_article(
        "second",
        10,
        "Chile's barley crop for 2025 is 3.2 to 3.4 mln tonnes, trade sources said.",
    )
    links = links_of(ordered_results(first, second), "second")
    assert links and all(relation != SOURCES_DIFFER for _, _, relation in links)
