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
