"""A named party's estimate told after another source's figure for the same thing is a second
view beside it, not an update; an estimate that another source's count follows is still
replaced by the count. Sentences are our own."""

from dataclasses import dataclass

from identity_helpers import links_of, ordered_results, wire_article

from claimcheck.ledger.relations import SOURCES_DIFFER, UPDATE, relation


@dataclass(frozen=True)
class _Side:
    low: float
    high: float
    value: float | None
    precision: float = 0.05
    unit: str = "kilogram"
    basis: str | None = None
    attribution: str | None = None
    behaviour: str = "period"
    subject_role: str = "place"
    published: str | None = "2025-03-10T12:00:00"
    period_last: object = None


def _tonnes(value: float, basis: str | None, source: str | None) -> _Side:
    return _Side(low=value - 0.05, high=value + 0.05, value=value, basis=basis, attribution=source)


def test_an_estimate_after_another_sources_figure_is_a_second_view():
    official = _tonnes(6.4, None, "official")
    growers = _tonnes(6.1, "estimate", "private growers")
    assert relation(growers, official) == SOURCES_DIFFER


def test_a_count_after_another_sources_estimate_still_replaces_it():
    growers = _tonnes(6.1, "estimate", "private growers")
    official = _tonnes(6.4, None, "official")
    assert relation(official, growers) == UPDATE


def test_an_unattributed_estimate_after_a_figure_stays_an_update():
    official = _tonnes(6.4, None, "official")
    unsourced = _tonnes(6.1, "estimate", None)
    assert relation(unsourced, official) == UPDATE


def test_the_growers_estimate_of_last_season_beside_the_official_total():
    first = wire_article(
        "first",
        3,
        "Argentine rye output for 2023/24 came to an official 6.6 mln tonnes, the ministry said.",
    )
    second = wire_article(
        "second",
        10,
        "Argentine rye production this season is forecast 10 pct lower than last season's "
        "estimated 6.1 to 6.2 mln tonnes, private growers said.",
    )
    results = ordered_results(first, second)
    assert ("6.1 to 6.2 mln tonnes", "first", SOURCES_DIFFER) in links_of(results, "second")
