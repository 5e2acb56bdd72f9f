"""A figure compared with what was expected is a fact that came out, not a forecast; a figure
that is the expectation, or is forecast, stays a forecast. A clause opening with a
prepositional phrase names its speaker after the phrase, or none. Sentences are our own."""

from identity_helpers import figures, identity


def test_a_figure_larger_than_expected_is_a_fact():
    found = identity(
        "Velmora's 1986 net profit of 45 mln dlrs was larger than expected.", "45 mln dlrs"
    )
    assert found.modality == "fact"


def test_a_figure_lower_than_the_markets_had_forecast_is_a_fact():
    body = (
        "Ostravia's February trade surplus of 3.2 billion dlrs was lower than the markets "
        "had forecast."
    )
    assert identity(body, "3.2 billion dlrs").modality == "fact"


def test_a_rise_past_what_analysts_predicted_is_a_fact():
    body = "Velmora's 1986 net profit rose by more than analysts predicted to 45 mln dlrs."
    assert identity(body, "45 mln dlrs").modality == "fact"


def test_a_figure_in_line_with_forecasts_or_above_expectations_is_a_fact():
    for body in (
        "Velmora's 1986 net profit was in line with forecasts at 45 mln dlrs.",
        "Velmora's 1986 net profit came in above expectations at 45 mln dlrs.",
        "Velmora's 1986 net profit was higher than had been expected, at 45 mln dlrs.",
    ):
        assert identity(body, "45 mln dlrs").modality == "fact", body


def test_the_expectation_a_figure_beat_is_the_forecast():
    found = figures(
        "Velmora's net profit rose to 45 mln dlrs in 1986, well above expectations of 40 mln dlrs."
    )
    assert found["45 mln dlrs"].identity.modality == "fact"
    assert found["40 mln dlrs"].identity.modality == "forecast"


def test_a_margin_over_the_expectation_is_not_read_as_the_level():
    found = figures(
        "Ostravia's revenue rose to 3.99 billion dlrs in the quarter, 420 mln dlrs higher "
        "than expected."
    )
    assert found["3.99 billion dlrs"].identity.modality == "fact"
    # the margin keeps away from the revenue's facts
    assert found["420 mln dlrs"].identity.modality == "forecast"


def test_a_real_forecast_stays_a_forecast():
    for body, text in (
        (
            "Ostravia's trade surplus is expected to rise to 3.5 billion dlrs in March.",
            "3.5 billion dlrs",
        ),
        ("Analysts expect Velmora's 1987 net profit of 50 mln dlrs.", "50 mln dlrs"),
        (
            "Ostravia's trade surplus will be 3.5 billion dlrs in March, more than previously "
            "forecast.",
            "3.5 billion dlrs",
        ),
    ):
        assert identity(body, text).modality == "forecast", body


def test_a_fronted_phrase_before_a_participle_names_no_source():
    body = (
        "Under a previously announced merger agreement, Velmora offered 25 dlrs a share for Tamsen."
    )
    assert identity(body, "25 dlrs a share").source is None


def test_the_speaker_after_a_fronted_phrase_of_time_is_kept():
    found = identity("On Tuesday Velmora said it held 54 pct of Tamsen.", "54 pct")
    assert found.source == "velmora"
    found = identity(
        "On Friday the company said it was ready to pay 33 dlrs a share for Tamsen.",
        "33 dlrs a share",
    )
    assert found.source == "company"


def test_a_speaker_after_a_fronted_phrase_and_a_comma_is_kept():
    body = "In a statement, Velmora said its 1986 net profit rose to 45 mln dlrs."
    assert identity(body, "45 mln dlrs").source == "velmora"


def test_an_expected_figure_fallen_short_of_is_the_forecast():
    body = "Velmora's 1986 earnings fell short of an expected 20 pct increase."
    assert identity(body, "20 pct").modality == "forecast"


def test_a_name_after_a_fronted_phrase_of_time_is_the_speaker():
    body = "In the current quarter Velmora said its net profit dropped 12 pct to 37 cts a share."
    assert identity(body, "12 pct").source == "velmora"
