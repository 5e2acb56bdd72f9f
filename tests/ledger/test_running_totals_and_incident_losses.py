"""A total as of a date is keyed by that date; an incident's cost to a budget is no damage
figure; two named parties' forecasts are two views, not one revised. Sentences are our own."""

from dataclasses import dataclass
from datetime import date

from identity_helpers import identity

from claimcheck.ledger.periods import running_total
from claimcheck.ledger.relations import SOURCES_DIFFER, UPDATE, relation
from claimcheck.measures import budget_loss

_MARCH = date(2025, 3, 20)


def _key(sentence: str, when: str | None) -> str | None:
    return running_total(sentence, (0, len(sentence)), when, _MARCH)


def test_a_season_total_so_far_runs_to_the_day_it_was_written():
    sentence = "Cocoa bought by the board so far this season reached 212,000 tonnes."
    assert _key(sentence, "fiscal:2024") == "to-date:fiscal:2024:2025-03-20"


def test_a_season_total_since_it_began_is_a_running_total():
    sentence = "Since the marketing season began, wheat shipped has come to 3.1 mln tonnes."
    assert _key(sentence, None) == "to-date:open:2025-03-20"


def test_a_season_to_date_total_written_with_hyphens():
    sentence = "Season-to-date sales of raw sugar stand at 410,000 tonnes, the agency said."
    assert _key(sentence, "fiscal:2024") == "to-date:fiscal:2024:2025-03-20"


def test_a_cumulative_total_runs_to_its_stated_day():
    sentence = (
        "Cumulative soybean registrations for the 2024/25 crop to March 11 were 95,000 tonnes."
    )
    assert _key(sentence, "fiscal:2024") == "to-date:fiscal:2024:2025-03-11"


def test_a_total_through_a_month_is_not_that_months_figure():
    sentence = "Through February, the dealers sold 51,000 cars, the company said."
    assert _key(sentence, "2025-02") == "to-date:open:2025-02"


def test_a_span_of_months_is_not_a_running_total():
    sentence = "Sales from January through March rose to 51,000 cars."
    assert _key(sentence, "2025-Q1") is None


def test_a_figure_of_one_period_keeps_its_key():
    sentence = "Exports in February rose to 4.2 billion dlrs from 3.9 billion."
    assert _key(sentence, "2025-02") is None


def test_a_season_total_so_far_is_keyed_by_the_day_of_the_story():
    found = identity(
        "Ghana's cocoa exports so far this season reached 212,000 tonnes, the board said.",
        "212,000 tonnes",
    )
    assert found.when == "to-date:open:2025-03-04"


def test_cumulative_exports_to_a_stated_day_are_keyed_by_that_day():
    found = identity(
        "Cumulative Argentine soybean exports to February 25 were 95,000 tonnes, the board said.",
        "95,000 tonnes",
    )
    assert found.when == "to-date:open:2025-02-25"


def test_a_quake_toll_so_far_keeps_the_incidents_key():
    toll = identity(
        "So far 40 people have been killed by the earthquake in Peru, officials said.", "40 people"
    )
    assert not (toll.when or "").startswith("to-date:")


def test_a_quakes_cost_to_the_budget_is_not_its_damage():
    damage = identity(
        "Damage from the Peruvian earthquake came to at least 950 mln dlrs, officials said.",
        "950 mln dlrs",
    )
    budget = identity(
        "Peru's earthquake will cost the state budget 900 mln dlrs in losses, officials said.",
        "900 mln dlrs",
    )
    assert damage.what == "damage"
    assert budget.what == "damage:budget"


def test_losses_to_a_budget_are_not_damage():
    assert budget_loss("losses to the state budget of about 900 mln dlrs")
    assert budget_loss("some 800 mln dlrs in lost oil revenues")
    assert budget_loss("a cost to the economy of 1.2 billion dlrs")
    assert not budget_loss("damage of at least 950 mln dlrs")
    assert not budget_loss("losses of 120 mln dlrs to crops and roads")


@dataclass(frozen=True)
class _Forecast:
    low: float
    high: float
    value: float | None
    attribution: str | None
    basis: str | None = None
    modality: str = "forecast"
    precision: float = 0.05
    unit: str = "percent"
    behaviour: str = "period"
    subject_role: str = "place"
    published: str | None = "2025-03-10T12:00:00"
    period_last: object = None


def _growth(value: float, source: str | None, basis: str | None = None) -> _Forecast:
    return _Forecast(value - 0.05, value + 0.05, value, source, basis)


def test_two_banks_forecasts_are_two_views():
    assert relation(_growth(2.5, "first city bank"), _growth(1.8, "the commission")) == (
        SOURCES_DIFFER
    )


def test_a_bank_revising_its_forecast_after_anothers_is_still_another_view():
    later = _growth(2.1, "the commission", basis="revised")
    assert relation(later, _growth(1.8, "first city bank")) == SOURCES_DIFFER


def test_one_forecasters_revision_stays_an_update():
    later = _growth(2.1, "the commission", basis="revised")
    assert relation(later, _growth(1.8, "the commission")) == UPDATE


def test_an_industry_estimate_then_a_ministrys_forecast_are_two_views():
    industry = _growth(4.1, "the growers association", basis="estimate")
    ministry = _Forecast(4.55, 4.65, 4.6, "agriculture ministry")
    assert relation(ministry, industry) == SOURCES_DIFFER
