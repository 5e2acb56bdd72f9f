"""How a later figure stands to an earlier one with the same identity: the same figure, an
update, a contradiction, or two sources that differ.

- `same`: the values agree within the precision each states ("42 billion" and "43 billion"
  with "42.6 billion"; "about 200" with 192; ranges that overlap), unless the later one says
  it was revised or made final;
- `update` (CC202): the later figure says it was revised, corrected, restated or made final; an
  estimate (stated as one, preliminary, an analyst's) replaced by a count or the other way;
  a figure that moves while the story runs (a toll rising, the missing, reserves); a period's
  total given before the period ended; a statistics office's release revising its own figure;
  the later article itself states the earlier value and gives a new one;
- `sources_differ` (CC202): the two figures are attributed to different sources, neither an
  estimate the other replaces (a named party's estimate told after another source's figure
  replaces nothing; two named parties' forecasts or estimates, two views of the figure to
  come) (for a figure that moves, when the later article sets the two
  sources' figures side by side); a deal's terms valued two ways on one day with no change
  stated (two bases of one bid, not its terms moving);
- `contradiction` (CC201): two values for one fixed fact that cannot both hold, a final toll
  given lower without a word of revision, an old value repeated after a stated revision.
"""

from __future__ import annotations

import math
from datetime import datetime
from typing import Protocol

from claimcheck.ledger.sources import same_source

SAME, UPDATE, CONTRADICTION, SOURCES_DIFFER = "same", "update", "contradiction", "sources_differ"
# Which relation a finding reports when its earlier figures disagree in different ways.
SERIOUSNESS = {CONTRADICTION: 3, SOURCES_DIFFER: 2, UPDATE: 1, SAME: 0}
CODE_OF = {CONTRADICTION: "CC201", UPDATE: "CC202", SOURCES_DIFFER: "CC202"}
_REPLACES = ("revised", "final")
# A later figure on one of these bases replaces a different earlier one.
_CORRECTS = ("revised", "final", "corrected")
_ESTIMATES = ("estimate", "preliminary")
_FORECAST = "forecast"


class Compared(Protocol):
    low: float
    high: float
    value: float | None
    precision: float
    unit: str
    basis: str | None
    attribution: str | None
    behaviour: str
    subject_role: str
    published: str | None
    period_last: object


def agrees(one: Compared, other: Compared) -> bool:
    """Whether two figures can be the same number, each within its own stated precision and
    bounds ("at least 12" and 19 can)."""
    return one.low <= other.high and other.low <= one.high


def far_apart(one: Compared, other: Compared) -> bool:
    """Whether two amounts are too far apart to be one figure revised, restated or disputed:
    more than five times the other (a price per share beside a deal's total, another deal, a
    part beside the whole), unless the digits are the same and only the scale differs (a
    slip of "mln" for "billion" is a contradiction). Tolls that grow and shares in percent
    move that far."""
    if one.unit == "percent" or "grows" in (one.behaviour, other.behaviour):
        return False
    if one.subject_role == "event" or other.subject_role == "event":
        return False
    if one.value is None or other.value is None or one.value * other.value <= 0:
        return False
    ratio = max(abs(one.value), abs(other.value)) / min(abs(one.value), abs(other.value))
    if ratio <= _FAR_RATIO:
        return False
    scale = 10 ** round(math.log10(ratio))
    return abs(ratio / scale - 1) > 0.01


_FAR_RATIO = 5.0


def same_figure(one: Compared, other: Compared) -> bool:
    """Whether two figures state the same number: as written, within each one's precision, a
    bound read as its number ("at least 12" is not 19, though 19 is at least 12)."""
    if one.value is not None and one.value == other.value:
        return True
    low, high = _stated(one)
    other_low, other_high = _stated(other)
    # Intervals that only touch are two numbers: 22 people (21.5-22.5) are not 23 (22.5-23.5).
    return low < other_high and other_low < high


def _stated(figure: Compared) -> tuple[float, float]:
    if figure.value is None:
        return figure.low, figure.high
    value, precision = figure.value, figure.precision
    counted = figure.unit == "person" or figure.unit.startswith("count:")
    # News copy truncates as often as it rounds, towards zero; a count is not truncated.
    extra = 0.0 if counted else precision
    if value < 0:
        return value - precision - extra, value + precision
    return value - precision, value + precision + extra


def relation(later: Compared, earlier: Compared, acknowledged: bool = False) -> str:
    """The relation of `later` to `earlier` (same identity, later in publication order).
    `acknowledged`: the later article itself states the earlier figure's value."""
    if same_figure(later, earlier):
        # A revision the earlier article already carried, restated to the digit, is the same.
        # The digits decide, not the precision each side's words allow ("a revised 759 mln"
        # against "an estimated 759 mln": one number, however loosely each was qualified).
        if later.value is not None and earlier.value is not None:
            restated = later.value == earlier.value
        else:  # a range ("between 0.5 and 1.5 pct") restated as a range
            restated = (later.value, later.low, later.high) == (
                earlier.value,
                earlier.low,
                earlier.high,
            )
        replaces = later.basis in _REPLACES and earlier.basis != later.basis and not restated
        # "now 7.7 to 8.0 mln tonnes, versus 7.8 to 8.2 estimated a week ago": a range that
        # says it replaces the one before, written with other ends, is a new estimate however
        # much the two overlap (a revision the earlier article carried is restated to the digit)
        moved_range = later.value is None and later.basis in _REPLACES and not restated
        return UPDATE if replaces or moved_range else SAME
    if _two_forecasters(later, earlier):
        return SOURCES_DIFFER
    if agrees(later, earlier) or later.basis in _CORRECTS:
        return UPDATE  # a bound made a count ("at least 12", then 19), or a stated revision
    if bases_differ(later.basis, earlier.basis):
        return UPDATE  # the same figure on a stated different basis of measurement
    later_estimate = later.basis in _ESTIMATES
    earlier_estimate = earlier.basis in _ESTIMATES
    differ = not same_source(later.attribution, earlier.attribution)
    if later_estimate and not earlier_estimate and differ:
        # growers' own "9.1 mln tonnes" for last season's harvest told after "the
        # official 9.6 mln": another party's estimate told after a figure it did not give
        # sets a second view beside that figure, it does not replace it (an estimate that a
        # later count replaces is the other way round)
        return SOURCES_DIFFER
    if later_estimate != earlier_estimate:
        return UPDATE
    if later_estimate and earlier_estimate:
        return SOURCES_DIFFER if differ else UPDATE
    moving = later.behaviour in ("grows", "moves")
    if differ and (not moving or acknowledged):
        return SOURCES_DIFFER
    if acknowledged:
        return UPDATE
    if _valued_twice_in_a_day(later, earlier):
        return SOURCES_DIFFER
    return _by_behaviour(later, earlier, differ)


# Bases stated as words of measurement; "before ..." and "after ..." are a results table's
# note on its net ("net is before extraordinary items").
_MEASURED_PREFIXES = ("in ", "customs", "at ", "constant", "seasonally", "before ", "after ")


def _measured(basis: str | None) -> bool:
    """A stated basis of measurement ("balance of payments basis", "in real terms", "seasonally
    adjusted", a "smoothed" or "unsmoothed" series), not a revision status."""
    return (
        basis is not None
        and basis not in _CORRECTS + _ESTIMATES + _REPLACES
        and (
            basis in ("smoothed", "unsmoothed")
            or basis.endswith("basis")
            or basis.startswith(_MEASURED_PREFIXES)
        )
    )


def bases_differ(later: str | None, earlier: str | None) -> bool:
    """Whether two figures are one thing measured on different bases, one of them stated (a
    balance of payments figure against one quoted with no basis): the finding names both."""
    return later != earlier and (_measured(later) or _measured(earlier))


def _by_behaviour(later: Compared, earlier: Compared, differ: bool) -> str:
    behaviour = later.behaviour
    if behaviour == "grows":
        return CONTRADICTION if later.high < earlier.low else UPDATE
    if behaviour == "moves":
        return UPDATE
    if behaviour == "period":
        if _before_period_end(earlier):
            return UPDATE
        official = later.subject_role == "place" and later.attribution and not differ
        if official:
            return UPDATE
        return SOURCES_DIFFER if _unsourced_statistic(later, earlier) else CONTRADICTION
    return CONTRADICTION


def _unsourced_statistic(later: Compared, earlier: Compared) -> bool:
    """Two values of a place's statistic for one period (a year's trade surplus, a country's
    debt at a date), neither naming a source or a basis: background figures from different
    speakers or compilations (customs against balance of payments, the two partners' own
    counts), not one source's figure contradicted. An editor is told they differ (CC202),
    not warned (CC201)."""
    return (
        later.subject_role == "place"
        and not later.attribution
        and not earlier.attribution
        and later.basis is None
        and earlier.basis is None
    )


def _projected(figure: Compared) -> bool:
    """A forecast, or an estimate stated as one. Figures compared outside the ledger (tests,
    the pair scorer's own records) may carry no modality: they are read by their basis."""
    return getattr(figure, "modality", None) == _FORECAST or figure.basis in _ESTIMATES


def _two_forecasters(later: Compared, earlier: Compared) -> bool:
    """Two forecasts or estimates, each by a named party, the parties different (two banks,
    a panel and a commission, an industry economist and a ministry): each its own view of
    the figure to come, not the other's revised, even when one says it revised its own."""
    return (
        _projected(later)
        and _projected(earlier)
        and bool(later.attribution)
        and bool(earlier.attribution)
        and not same_source(later.attribution, earlier.attribution)
    )


def _valued_twice_in_a_day(later: Compared, earlier: Compared) -> bool:
    """A deal's terms valued at 3.8 billion in one story and 4.2 billion in another that day,
    no change of terms stated: two ways of valuing one bid (other share counts, other parts
    counted), not terms that moved within the day. Tolls and other figures that grow do move
    within a day."""
    if later.subject_role != "deal" or earlier.subject_role != "deal":
        return False
    if later.behaviour != "moves" or later.basis is not None:
        return False
    if not later.published or not earlier.published:
        return False
    return later.published[:10] == earlier.published[:10]


def _before_period_end(figure: Compared) -> bool:
    """Whether the figure was published before its period was over: it was provisional."""
    last = figure.period_last
    if last is None or not figure.published:
        return False
    try:
        published = datetime.fromisoformat(figure.published).date()
    except ValueError:
        return False
    return published <= last  # type: ignore[operator]
