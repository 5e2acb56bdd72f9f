"""A ledger entry written out for the run's staging table and read back is the entry it was:
every figure field, its incident and its dates included."""

import dataclasses
from datetime import date, datetime

import pytest

from claimcheck.ledger import ledger_entry
from claimcheck.ledger.events import Event
from claimcheck.ledger.store import (
    IDENTITY_COLUMNS,
    _figure_from_values,
    _figure_values,
    entry_from_staged,
    entry_staged,
)
from claimcheck.records import Article, Claim

BODY = "Freedonia's 1991 budget gap reached 3.7 billion dlrs, the finance office said."


def _entry():
    figure_at = BODY.index("3.7")
    year_at = BODY.index("1991")
    claims = [
        Claim(
            article_id="f1",
            kind="date",
            text="1991",
            start=year_at,
            end=year_at + 4,
            sentence=BODY,
            date="1991",
            granularity="year",
            first_day=date(1991, 1, 1),
            last_day=date(1991, 12, 31),
        ),
        Claim(
            article_id="f1",
            kind="money",
            text="3.7 billion dlrs",
            start=figure_at,
            end=figure_at + 16,
            sentence=BODY,
            value=3.7e9,
            unit="USD",
            dimension="currency",
        ),
    ]
    article = Article(id="f1", body=BODY, source="Wire", published=datetime(1992, 2, 3))
    return ledger_entry(article, "run-1", claims)


def test_an_entry_read_back_equals_the_entry_written():
    entry = _entry()
    assert entry.figures, "the budget gap has an identity"
    back = entry_from_staged(*entry_staged(entry))
    assert back == entry
    assert [repr(figure) for figure in back.figures] == [repr(f) for f in entry.figures]


def test_a_figure_with_an_incident_and_a_last_day_reads_back_whole():
    figure = _entry().figures[0]
    incident = Event(
        "crash",
        frozenset({"Lyon", "A7"}),
        date(1992, 1, 30),
        date(1992, 2, 1),
        True,
        frozenset({"Lyon"}),
    )
    full = dataclasses.replace(
        figure, event=incident, period_last=date(1991, 12, 31), index=4, keys=("k1", "k2")
    )
    written = entry_staged(dataclasses.replace(_entry(), figures=(full,)))[1]
    (back,) = entry_from_staged("[]", written).figures
    assert back == full
    assert back.event == incident and back.period_last == date(1991, 12, 31)
    with pytest.raises(dataclasses.FrozenInstanceError):
        back.value = 1.0  # type: ignore[misc]


def test_a_staged_figure_with_too_many_fields_is_refused():
    values = _figure_values(_entry().figures[0])
    assert _figure_from_values(list(values)) == _entry().figures[0]
    with pytest.raises(ValueError, match="fields"):
        _figure_from_values([*values, "one too many"])


def test_entries_staged_on_disk_come_back_equal_in_publication_order(tmp_path):
    from claimcheck.run.staging import Staging

    later = dataclasses.replace(_entry(), article_id="f2", published="1992-02-04T00:00:00")
    staging = Staging(tmp_path)
    try:
        staging.add_entries([later, _entry()])
        (part,) = list(staging.in_order(10))
    finally:
        staging.close()
    assert part == [_entry(), later]


def test_a_figure_row_holds_its_identity_as_the_ledger_stores_it():
    figure = _entry().figures[0]
    plain = dataclasses.replace(figure, low=float("-inf"), high=float("inf"), period_last=None)
    row = dict(zip(IDENTITY_COLUMNS, plain.identity_row(), strict=True))
    assert (row["what"], row["identity_unit"], row["specific"]) == (
        figure.what,
        figure.unit,
        int(figure.specific),
    )
    assert row["key_low"] is None and row["key_high"] is None and row["period_last"] is None
    assert row["event_kind"] is None and row["event_places"] is None
    incident = Event(
        "flood", frozenset({"Ulm", "Danube"}), date(1992, 1, 2), None, False, frozenset({"Ulm"})
    )
    full = dataclasses.replace(
        figure, event=incident, low=2.0, high=5.0, period_last=date(1991, 12, 31)
    )
    row = dict(zip(IDENTITY_COLUMNS, full.identity_row(), strict=True))
    assert (row["event_kind"], row["event_anchors"], row["event_places"]) == (
        "flood",
        "Danube|Ulm",
        "Ulm",
    )
    assert (row["event_first"], row["event_last"], row["event_dated"]) == ("1992-01-02", None, 0)
    assert (row["key_low"], row["key_high"], row["period_last"]) == (2.0, 5.0, "1991-12-31")
