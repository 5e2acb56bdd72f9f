"""A figure set "against the previous" one is the new value; "put at", "seen at" state an
estimate; and two named sources whose ranges overlap but are written differently are two
views, not one figure. Sentences are our own."""

from identity_helpers import (
    StoredFigure,
    figures,
    links_of,
    ordered_results,
    wire_article,
)

from claimcheck.ledger.comparison import _ranges_of_two_sources
from claimcheck.ledger.relations import SAME, SOURCES_DIFFER, UPDATE


def test_a_crop_put_at_a_range_against_the_previous_one_is_a_revised_estimate():
    found = figures(
        "Chile's barley crop for 2025 was put at a record 3.3 to 3.5 mln tonnes, against the "
        "previous 3.3 to 3.6 mln, the farm ministry said."
    )
    assert found["3.3 to 3.5 mln tonnes"].identity.basis == "revised"


def test_a_crop_estimated_at_a_figure_versus_the_previous_one_is_revised():
    found = figures(
        "Chile's barley crop for 2025 is estimated at 3.4 mln tonnes, versus the previous 3.7 "
        "mln, the farm ministry said."
    )
    assert found["3.4 mln tonnes"].identity.basis == "revised"
    assert found["3.7 mln"].identity.basis == "estimate"


def test_put_at_states_an_estimate():
    found = figures(
        "The trade deficit for 2024 was put at 3.2 billion dlrs, the central bank said."
    )
    assert found["3.2 billion dlrs"].identity.basis == "estimate"


def test_a_plain_level_is_no_estimate():
    found = figures("The trade deficit for 2024 was 3.2 billion dlrs, the central bank said.")
    assert found["3.2 billion dlrs"].identity.basis is None


def test_a_revised_crop_range_after_the_first_estimate_is_an_update():
    first = wire_article(
        "first",
        3,
        "Chile's barley crop for 2025 is estimated at 3.3 to 3.6 mln tonnes, the farm ministry "
        "said.",
    )
    second = wire_article(
        "second",
        10,
        "Chile's barley crop for 2025 was put at a record 3.3 to 3.5 mln tonnes, against the "
        "previous 3.3 to 3.6 mln, the farm ministry said.",
    )
    results = ordered_results(first, second)
    assert ("3.3 to 3.5 mln tonnes", "first", UPDATE) in links_of(results, "second")


def _range(low: float, high: float, source: str | None) -> StoredFigure:
    return StoredFigure(None, low, high, source, f"{low} to {high} mln tonnes")


def test_overlapping_ranges_of_two_named_sources_are_two_views():
    assert _ranges_of_two_sources(
        _range(7.2, 7.3, "private traders"), StoredFigure(7.1, 7.0, 7.2, "official")
    )


def test_one_source_or_one_range_written_alike_is_one_figure():
    assert not _ranges_of_two_sources(_range(7.2, 7.3, "official"), _range(7.1, 7.25, "official"))
    assert not _ranges_of_two_sources(_range(7.2, 7.3, "official"), _range(7.2, 7.3, "traders"))
    stored_wider = StoredFigure(None, 7.15, 7.35, "traders", "7.2 to 7.3 mln tonnes")
    assert not _ranges_of_two_sources(_range(7.2, 7.3, "official"), stored_wider)
    assert not _ranges_of_two_sources(_range(7.2, 7.3, None), _range(7.1, 7.25, "official"))
    assert not _ranges_of_two_sources(
        StoredFigure(7.1, 7.0, 7.2, "a"), StoredFigure(7.15, 7.1, 7.2, "b")
    )


def test_a_private_range_beside_the_official_figure_differs_by_source():
    first = wire_article(
        "first",
        3,
        "Chile's barley crop for 2025 is 3.4 mln tonnes, according to official figures.",
    )
    second = wire_article(
        "second",
        10,
        "Chile's barley crop for 2025 is 3.4 to 3.5 mln tonnes, according to private sources.",
    )
    links = links_of(ordered_results(first, second), "second")
    assert ("3.4 to 3.5 mln tonnes", "first", SOURCES_DIFFER) in links


def test_the_same_source_restating_an_overlapping_range_is_the_same():
    first = wire_article(
        "first", 3, "Chile's barley crop for 2025 is 3.4 to 3.5 mln tonnes, the ministry said."
    )
    second = wire_article(
        "second", 10, "Chile's barley crop for 2025 is 3.4 to 3.5 mln tonnes, the ministry said."
    )
    links = links_of(ordered_results(first, second), "second")
    assert ("3.4 to 3.5 mln tonnes", "first", SAME) in links
