"""A results pair on the other side of a comparison whose period is written only after the
pair ("compared with net income of 2.4 mln dlrs or 12 cts on sales of 110 mln dlrs in the 2024
quarter"): every figure of the pair is the earlier period's, not the period the sentence opens
with."""

from identity_helpers import figures, ordered_findings, wire_article

QUARTER_BODY = (
    "Corvale Foods said its net income for the first quarter ended February 28 was 6.1 mln "
    "dlrs or 30 cts a share on sales of 120.5 mln dlrs, compared with net income of 2.4 mln "
    "dlrs or 12 cts on sales of 110.2 mln dlrs in the 2024 quarter."
)


def test_each_figure_of_the_compared_pair_takes_the_year_named_after_it():
    found = figures(QUARTER_BODY)
    current = found["30 cts a share"].identity.when
    assert current is not None and "2025" in current
    assert found["12 cts"].identity.when == current.replace("2025", "2024")
    assert found["2.4 mln dlrs"].identity.when == current.replace("2025", "2024")


def test_the_opening_pair_keeps_its_own_period():
    found = figures(QUARTER_BODY)
    assert found["6.1 mln dlrs"].identity.when == found["30 cts a share"].identity.when


def test_a_half_compared_with_the_year_before_named_by_its_number():
    body = (
        "Corvale Foods said first-half net income rose to 9.8 mln dlrs or 48 cts a share from "
        "5.3 mln dlrs or 26 cts in 2024."
    )
    found = figures(body)
    current = found["9.8 mln dlrs"].identity.when
    assert current is not None and "2025" in current
    assert found["5.3 mln dlrs"].identity.when == current.replace("2025", "2024")


def test_the_year_ago_pair_is_not_set_against_the_new_quarter():
    earlier = wire_article(
        "results",
        4,
        "Corvale Foods said its net income for the first quarter ended February 28 was 6.1 mln "
        "dlrs or 30 cts a share.",
    )
    later = wire_article("outlook", 9, QUARTER_BODY)
    assert ordered_findings(earlier, later)["outlook"] == []


def test_a_year_further_back_is_not_read_as_the_period_before():
    body = (
        "Corvale Foods said its net income for the first quarter ended February 28 was 6.1 mln "
        "dlrs or 30 cts a share, compared with net income of 2.4 mln dlrs or 12 cts in the "
        "2022 quarter."
    )
    found = figures(body)
    current = found["30 cts a share"].identity.when
    twelve = found.get("12 cts")
    assert twelve is None or twelve.identity is None or twelve.identity.when != current
