"""A ledger entry written out for the run's staging table and read back is the entry it was:
every figure field, its incident and its dates included."""

import dataclasses
from datetime import date, datetime

import pytest

from claimcheck.ledger import ledger_entry
from claimcheck.ledger.events import Event
from claimcheck.ledger.store import (
    _figure_from_values,
    _figure_values,
    entry_from_json,
    entry_json,
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
    back = entry_from_json(*entry_json(entry))
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
    written = entry_json(dataclasses.replace(_entry(), figures=(full,)))[1]
    (back,) = entry_from_json("[]", written).figures
    assert back == full
    assert back.event == incident and back.period_last == date(1991, 12, 31)
    with pytest.raises(dataclasses.FrozenInstanceError):
        back.value = 1.0  # type: ignore[misc]


def test_a_staged_figure_with_too_many_fields_is_refused():
    values = _figure_values(_entry().figures[0])
    assert _figure_from_values(list(values)) == _entry().figures[0]
    with pytest.raises(ValueError, match="fields"):
        _figure_from_values([*values, "one too many"])
