"""The comparison index orders figures as `StoredFigure.order` does, drafts after the rest."""

from __future__ import annotations

import dataclasses

from claimcheck.ledger.comparison import AFTER_STORED, _Index
from claimcheck.ledger.store import StoredFigure


def _figure(article_id: str, published: str | None) -> StoredFigure:
    filled = {
        one.name: None
        for one in dataclasses.fields(StoredFigure)
        if one.default is dataclasses.MISSING
    }
    filled.update(article_id=article_id, published=published, text="12 pct", what="rate")
    return StoredFigure(**filled)


def test_without_drafts_a_figure_keeps_its_own_order() -> None:
    index = _Index(set())
    for figure in (_figure("b2", "1987-03-02T00:00:00"), _figure("a1", None)):
        assert index._order(figure) == figure.order
    assert index._order(_figure("a1", None)) == ("\uffff", "a1")


def test_drafts_come_after_every_stored_figure() -> None:
    index = _Index(set(), drafts=frozenset({"draft"}))
    stored = _figure("old", None)
    draft = _figure("draft", "1987-01-01T00:00:00")
    assert index._order(draft) == (AFTER_STORED + "1987-01-01T00:00:00", "draft")
    assert index._order(stored) == stored.order
    assert index._order(stored) < index._order(draft)


def _keyed(article_id: str, published: str | None, start: int = 0) -> StoredFigure:
    return dataclasses.replace(
        _figure(article_id, published), start=start, end=start + 6, keys=("k",)
    )


def test_figures_added_in_any_order_are_listed_by_place_ties_in_arrival_order() -> None:
    index = _Index({"k"})
    late = _keyed("c", "1987-03-05T00:00:00")
    undated = _keyed("a", None)
    early = _keyed("b", "1987-03-01T00:00:00")
    tie_first = _keyed("d", "1987-03-03T00:00:00", start=1)
    tie_second = _keyed("d", "1987-03-03T00:00:00", start=9)
    for figure in (late, undated, early, tie_first, tie_second):
        index.add(figure, {"k"})
    assert index.by_key["k"] == [early, tie_first, tie_second, late, undated]
    assert index.orders["k"] == [index._order(figure) for figure in index.by_key["k"]]


def test_a_lookup_takes_the_latest_figures_before_its_place_of_other_articles() -> None:
    index = _Index({"k"})
    older, same_day, own, later = (
        _keyed("b", "1987-03-01T00:00:00"),
        _keyed("c", "1987-03-04T00:00:00"),
        _keyed("d", "1987-03-02T00:00:00"),
        _keyed("e", "1987-03-09T00:00:00"),
    )
    for figure in (older, same_day, own, later):
        index.add(figure)
    asking = _keyed("d", "1987-03-04T00:00:00", start=20)
    # Before ("1987-03-04...", "d"): "c" of that day sorts first, "e" is later, "d" is its own.
    assert index.before(asking, asking.order) == [same_day, older]
