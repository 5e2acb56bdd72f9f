"""Readings of wire copy drawn like the fifth development fold: a dash that ends a line before a
figure, earnings-table headings typed in odd letter case, a unit handed on along a comparison
or a pair of periods, and "-old" after a span of time before an event or an arrangement. Every
sentence here is written for the test."""

from __future__ import annotations

from claimcheck.extract.quantities import find_quantities


def readings(text):
    return [(m.text, m.value, m.unit, m.dimension) for m in find_quantities(text)]


# --- a dash at the end of a line is punctuation ------------------------------------------------


def test_a_dash_that_ends_a_line_does_not_make_the_next_figure_negative():
    found = readings("The loan costs 7.9 pct (the yearly rate -\n8.4 pct with charges).")
    assert [each[:3] for each in found] == [
        ("7.9 pct", 7.9, "percent"),
        ("8.4 pct", 8.4, "percent"),
    ]


def test_a_minus_sign_written_against_its_number_still_counts():
    found = readings("Overnight the gauge read -12 and later -3 degrees.")
    assert [each[1] for each in found] == [-12.0, -3.0]


def test_the_word_minus_at_the_end_of_a_line_still_signs_the_figure():
    found = readings("Growth was minus\n0.4 pct in the quarter.")
    assert found[0][1:3] == (-0.4, "percent")


# --- earnings-table headings in any letter case ------------------------------------------------


def test_a_per_share_heading_typed_with_two_capitals_reads_per_share():
    found = readings("SHr 19 cts vs eight cts\n    Net 420,000 vs 310,000\n")
    assert [each[2] for each in found] == ["USD / share", "USD / share", None, None]


def test_an_average_shares_heading_with_a_capital_still_counts_shares():
    found = readings("Net 2,140,000 vs 1,870,000\n    Avg Shrs 3,400,000 vs 3,350,000\n")
    assert [each[2] for each in found] == [None, None, "share", "share"]


def test_a_lower_case_shr_in_prose_heads_no_row():
    found = readings("The shr figures leave out a 2.37 mln dlr gain from selling land.")
    assert found[0][2] == "USD"


# --- a unit handed on along a comparison and a pair of periods ---------------------------------


def test_a_comparison_that_repeats_its_unit_hands_it_to_the_next_level():
    found = readings(
        "Output was 31.5 mln tonnes compared with 29.8 mln tonnes in June and 40.1 mln a year ago."
    )
    assert [each[2] for each in found] == ["metric_ton", "metric_ton", "metric_ton"]


def test_a_second_period_written_the_same_way_takes_the_first_figure_unit():
    found = readings(
        "The group plans to pump 3.2 mln bpd for the second half and 3.5 mln for the next."
    )
    assert [(each[1], each[2]) for each in found] == [
        (3200000.0, "barrel / day"),
        (3500000.0, "barrel / day"),
    ]


def test_a_figure_after_and_with_another_preposition_keeps_no_unit():
    # "for the ... and N in the": not one construction written twice
    found = readings("It will ship 400,000 tonnes for the season and 12 in the new plant.")
    assert found[1][2] is None


def test_a_figure_after_and_without_a_period_of_its_own_keeps_no_unit():
    found = readings("It will ship 400,000 tonnes for the season and 12 were idle.")
    assert [each[2] for each in found] == ["metric_ton", None]


# --- "-old" after a span of time: an age or how long something has lasted ----------------------


def test_how_long_a_strike_has_lasted_is_no_age():
    found = readings("Union leaders met again to settle the five month old strike, he said.")
    assert [each[3] for each in found] == ["time"]


def test_how_long_an_accord_or_a_war_has_run_is_no_age():
    for text in (
        "The two-year-old supply accord between them expires.",
        "Neither side wants to end the nine-year-old border war.",
    ):
        assert [each[3] for each in readings(text)] == ["time"], text


def test_a_person_named_by_an_event_noun_keeps_the_age():
    found = readings("A 42-year-old strike organiser was arrested.")
    assert found[0][1:] == (42.0, "year", "age")


def test_a_plain_age_is_still_an_age():
    found = readings("The plant manager, a 51-year-old engineer, resigned.")
    assert found[0][1:] == (51.0, "year", "age")
