"""Measures of the common economic releases that name their figure by the measure alone: the
jobs on payrolls, homes sold, credit, an index level; a bare number after the measure the
sentence named, and a number set against the figure of the month before."""

from datetime import UTC, datetime

from identity_helpers import figures

# A release about March, published early in April.
RELEASED = datetime(2025, 4, 4, 9, tzinfo=UTC)


def test_a_payroll_gain_is_the_payrolls_change_however_the_release_words_it():
    worded = (
        "Nonfarm payrolls in Ostravia rose 150,000 in March, the labour office said.",
        "Ostravia's nonfarm payroll employment rose 150,000 in March, the labour office said.",
        "The number of Ostravia's non-farm payroll jobs grew by 150,000 in March, the labour "
        "office said.",
    )
    found = [figures(body, published=RELEASED)["150,000"].identity for body in worded]
    assert {(i.what, i.when) for i in found} == {("payrolls:change", "2025-03")}


def test_a_payroll_word_inside_the_release_measure_is_not_a_company_s_staff():
    body = "Ostravia's nonfarm payroll employment rose 212,000 in March, the labour office said."
    assert figures(body, published=RELEASED)["212,000"].identity.what != "employees"
    # A company's own payroll is still its staff.
    staff = "Keldan Mills has 4,300 workers on its payroll, the company said."
    assert figures(staff, published=RELEASED)["4,300 workers"].identity.what == "employees"


def test_the_previous_month_s_payroll_gain_keeps_the_release_s_measure():
    body = (
        "Nonfarm payrolls in Ostravia rose 150,000 in March after a revised 95,000 gain in "
        "February, the labour office said."
    )
    february = figures(body, published=RELEASED)["95,000"].identity
    assert (february.what, february.when) == ("payrolls:change", "2025-02")


def test_new_and_existing_home_sales_are_two_measures_in_any_word_order():
    new = (
        "Sales of new single-family homes in Ostravia fell 3.1 pct in February to an annual "
        "rate of 655,000 units, the housing ministry said."
    )
    existing = (
        "Existing home sales in Ostravia rose 2.0 pct in February to an annual rate of "
        "4.1 mln units, the realtors' association said."
    )
    new_found = figures(new, published=RELEASED)
    existing_found = figures(existing, published=RELEASED)
    assert new_found["655,000 units"].identity.what == "new-home-sales"
    assert new_found["3.1 pct"].identity.what == "new-home-sales:change"
    assert existing_found["4.1 mln units"].identity.what == "existing-home-sales"
    assert existing_found["2.0 pct"].identity.what == "existing-home-sales:change"


def test_private_sector_credit_is_a_measure_of_its_own():
    body = "Ostravia's private sector credit grew 12.4 pct in February, the central bank said."
    found = figures(body, published=RELEASED)["12.4 pct"].identity
    assert (found.what, found.when) == ("private-sector-credit:change", "2025-02")


def test_an_index_level_after_the_index_is_named_is_the_index_s_level_not_its_change():
    body = (
        "Ostravia's industrial production index rose 2.3 pct to 131.6 in February from "
        "128.6 in January, the ministry said."
    )
    found = figures(body, published=RELEASED)
    assert found["131.6"].identity.what == "industrial-production"
    assert (found["128.6"].identity.what, found["128.6"].identity.when) == (
        "industrial-production",
        "2025-01",
    )


def test_a_bare_number_with_no_release_measure_before_it_gets_no_identity():
    body = "The committee met 14 times in March and heard from 212 witnesses, its chairman said."
    assert "14" not in figures(body, published=RELEASED)


def test_a_part_of_a_whole_is_not_read_as_the_release_measure():
    body = (
        "Nonfarm payrolls in Ostravia rose 150,000 in March, and 40,000 of the 150,000 new "
        "jobs were in retail, the labour office said."
    )
    assert "40,000" not in figures(body, published=RELEASED)


def test_a_figure_set_against_a_year_on_year_change_is_that_change_in_its_own_month():
    body = (
        "Year-on-year private sector credit in Ostravia grew 12.4 pct in February against "
        "11.9 pct in January, the central bank said."
    )
    found = figures(body, published=RELEASED)
    january = found["11.9 pct"].identity
    assert january.what == found["12.4 pct"].identity.what
    assert january.what.startswith("private-sector-credit:change")
    assert january.when == "2025-01"


def test_a_monetary_aggregate_named_by_itself_is_that_aggregate_s_money_supply():
    short = "M-3 in Ostravia rose 9.4 pct in February, the central bank said."
    long = "M-3 money supply in Ostravia rose 9.4 pct in February, the central bank said."
    other = "M-1 in Ostravia rose 9.4 pct in February, the central bank said."
    short_what = figures(short, published=RELEASED)["9.4 pct"].identity.what
    assert short_what == figures(long, published=RELEASED)["9.4 pct"].identity.what
    assert short_what.startswith("m3-money-supply")
    assert figures(other, published=RELEASED)["9.4 pct"].identity.what.startswith("m1-")


def test_a_period_written_just_after_a_figure_is_its_own_not_the_one_before_it():
    body = (
        "Nonfarm payrolls in Ostravia rose by 212,000 in February after a 180,000 gain in "
        "January, the labour office said."
    )
    found = figures(body, published=datetime(2025, 3, 24, 9, tzinfo=UTC))
    assert found["212,000"].identity.when == "2025-02"
    assert found["180,000"].identity.when == "2025-01"
