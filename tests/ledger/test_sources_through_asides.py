"""A speaker named before a relative clause or an apposition set off by commas ("the
official, who ..., told", "the group, which ..., said", "the agency, a unit of ...,
said") is the figure's source, as it is when the verb follows it directly. Sentences are
our own."""

from datetime import UTC, datetime

from identity_helpers import figures, links_of, ordered_results, wire_article

from claimcheck.ledger.relations import SOURCES_DIFFER
from claimcheck.ledger.sources import SourceReader


def _speaker(sentence: str) -> str | None:
    return SourceReader()._speaker(sentence)[0]


def test_a_speaker_before_a_relative_clause_speaks():
    assert (
        _speaker(
            "Fixing the bridge will cost about 40 mln dlrs, the engineer, who asked not to "
            "be identified, told reporters."
        )
        == "engineer"
    )
    assert _speaker("The cooperative, which buys most of the crop, said prices fell.") == (
        "cooperative"
    )


def test_a_speaker_before_an_apposition_speaks():
    assert (
        _speaker("Repairs will take 40 mln dlrs, the port authority, a state agency, said.")
        == "port authority"
    )


def test_an_aside_after_a_figure_names_no_speaker():
    # The clause before the aside holds the figure: it is what was said, not who said it.
    assert _speaker("Exports reached 5 mln tonnes, a record for the year, said traders.") is None
    assert (
        _speaker("The rate fell to 4 pct, which was the lowest in a decade, dealers said.")
        == "dealers"
    )


def test_the_figure_carries_the_speaker_named_before_the_aside():
    found = figures(
        "Repairing the damaged Lorvik dam would cost about 60 mln dlrs, the official, who "
        "did not wish to be named, told Reuters."
    )
    assert found["60 mln dlrs"].identity.source == "official"


def test_an_official_s_estimate_through_an_aside_and_a_minister_s_are_two_sources():
    first = wire_article(
        "first",
        3,
        "Repairing the damaged Lorvik dam would cost about 60 mln dlrs, the official, who "
        "did not wish to be named, told Reuters.",
    )
    second = wire_article(
        "second",
        4,
        "The energy minister estimated the cost of repairing the damaged Lorvik dam at 90 "
        "mln dlrs.",
    )
    links = links_of(ordered_results(first, second), "second")
    assert links and all(relation == SOURCES_DIFFER for _, _, relation in links), links


def test_a_name_cut_by_a_parenthesis_before_an_aside_is_not_read_as_the_speaker():
    # "Asia) Ltd" is no speaker: a name the apposition pattern cannot read is left unread, so
    # the stake reader still names the holder from the sentence.
    sentence = (
        "Harlow Trading (Asia) Ltd, a Singapore fund manager, said it lifted its stake in "
        "Pellmore Co to 1,260,000 shares, or 9.46 pct of its common shares."
    )
    assert _speaker(sentence) is None
    found = figures(sentence, published=datetime(2025, 4, 2, tzinfo=UTC))
    assert found["9.46 pct"].identity.of_what == "pellmore held by harlow trading"


def test_two_unnamed_speakers_before_an_aside_speak():
    assert _speaker("Two dealers, who would not be named, said stocks were low.") == "dealers"
