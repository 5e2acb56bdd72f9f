"""Figures that should be compared and were not: a release's count written bare on one side
and with its own noun on the other; the week before a weekly release's own week."""

from datetime import UTC, datetime

from identity_helpers import figures

MARCH = datetime(2025, 3, 7, 9, tzinfo=UTC)
APRIL = datetime(2025, 4, 4, 9, tzinfo=UTC)


def test_a_payroll_gain_written_bare_and_written_in_jobs_share_one_key():
    first = "Nonfarm payrolls in Ostravia rose 310,000 in February, the labour office said."
    later = (
        "The number of Ostravia's nonfarm payroll jobs rose 120,000 in March after rising a "
        "revised 240,000 jobs in February, the labour office said."
    )
    bare = figures(first, published=MARCH)["310,000"].identity
    in_jobs = figures(later, published=APRIL)["240,000 jobs"].identity
    assert (bare.what, bare.when) == (in_jobs.what, in_jobs.when) == ("payrolls:change", "2025-02")
    assert bare.index_keys() == in_jobs.index_keys()


def test_counted_people_of_a_measure_with_no_bare_number_keep_their_unit():
    body = "Keldan Mills has 4,300 workers on its payroll, the company said."
    assert figures(body, published=APRIL)["4,300 workers"].identity.unit == "person"


WEEKLY = datetime(2025, 3, 14, 21, tzinfo=UTC)


def test_the_week_before_a_weekly_release_s_week_is_the_week_ended_seven_days_earlier():
    this_week = figures(
        "Money supply in Ostravia rose 1.2 billion dlrs to 740.2 billion dlrs in the week ended "
        "March 9 from 739.0 billion dlrs the week before, the central bank said.",
        published=WEEKLY,
    )
    last_week = figures(
        "Money supply in Ostravia rose to 739.4 billion dlrs in the week ended March 2, the "
        "central bank said.",
        published=datetime(2025, 3, 7, 21, tzinfo=UTC),
    )
    assert this_week["740.2 billion dlrs"].identity.when == "2025-03-09"
    earlier = this_week["739.0 billion dlrs"]
    assert earlier.identity.when == "2025-03-02"
    assert earlier.identity.index_keys() == last_week["739.4 billion dlrs"].identity.index_keys()
    # Mentioned as the level the week's change started from, it is no new statement.
    assert earlier.role == "previous"


def test_a_revised_figure_of_the_period_before_is_that_period_s_figure_as_it_now_stands():
    body = (
        "Money supply in Ostravia rose to 740.2 billion dlrs in the week ended March 9 from an "
        "upwardly revised 739.0 billion dlrs in the previous week, the central bank said."
    )
    earlier = figures(body, published=WEEKLY)["739.0 billion dlrs"]
    assert (earlier.identity.when, earlier.identity.basis) == ("2025-03-02", "revised")
    assert earlier.role == "level"


def test_a_month_before_is_still_counted_in_months():
    body = (
        "Ostravia's trade surplus rose to 4.1 billion dlrs in February from 3.2 billion dlrs "
        "the month before, the statistics office said."
    )
    assert figures(body, published=WEEKLY)["3.2 billion dlrs"].identity.when == "2025-01"


def test_the_previous_week_s_level_is_counted_back_from_the_release_s_own_week():
    body = (
        "Money supply in Ostravia rose 1.2 billion dlrs to 740.2 billion dlrs in the week ended "
        "March 9, the central bank said. The previous week's money supply level was revised "
        "to 739.5 billion dlrs."
    )
    found = figures(body, published=WEEKLY)
    assert found["739.5 billion dlrs"].identity.when == "2025-03-02"
    # With no week of the release read before it, it is no week's figure.
    alone = "The previous week's money supply level in Ostravia was revised to 739.5 billion dlrs."
    assert "739.5 billion dlrs" not in figures(alone, published=WEEKLY)


def test_the_previous_week_s_level_in_a_sentence_naming_no_subject_is_the_release_s():
    later = figures(
        "Ostravian M-1 money supply fell 400 mln dlrs to 512.0 billion dlrs in the May 11 week, "
        "the central bank said. The previous week's M-1 level was revised to 512.7 billion "
        "dlrs.",
        published=datetime(2025, 5, 16, 21, tzinfo=UTC),
    )
    earlier = figures(
        "Ostravian M-1 money supply rose 900 mln dlrs to 512.4 billion dlrs in the May 4 week, "
        "the central bank said.",
        published=datetime(2025, 5, 9, 21, tzinfo=UTC),
    )
    revised = later["512.7 billion dlrs"].identity
    assert (revised.when, revised.basis) == ("2025-05-04", "revised")
    assert revised.index_keys() == earlier["512.4 billion dlrs"].identity.index_keys()


def test_a_month_after_and_opens_the_next_figure_s_clause():
    body = "Ostravia's nonfarm payroll jobs grew by 31,000 in January and February was up 33,000."
    found = figures(body, published=APRIL)
    assert found["31,000"].identity.when == "2025-01"
    body = "January nonfarm payroll jobs in Ostravia grew by 31,000 and February was up 33,000."
    assert figures(body, published=APRIL)["31,000"].identity.when == "2025-01"


def test_a_figure_named_year_earlier_by_an_adjective_gets_no_identity():
    body = (
        "Keldan Breweries' earnings rose to 64.2 mln dlrs in the nine months ended January 31 "
        "from year-earlier 51 mln dlrs."
    )
    found = figures(body, published=APRIL)
    assert found["64.2 mln dlrs"].identity.when is not None
    assert "51 mln dlrs" not in found
