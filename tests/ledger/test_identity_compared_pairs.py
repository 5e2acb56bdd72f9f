"""Results written as pairs, "a loss of N dlrs on sales of M dlrs", and the pair on the
other side of a comparison ("compared with a loss of N on sales of M a year before", "up from
prior year earnings of N on revenues of M"): each figure keeps the measure written before it,
and the other side is the earlier period's figure, not the current period's level."""

from datetime import UTC, datetime

from identity_helpers import figures, ordered_findings

from claimcheck.records import Article

_APRIL = datetime(2025, 4, 8, 12, tzinfo=UTC)


def _read(body: str) -> dict[str, tuple[str, str | None, str]]:
    return {
        text: (figure.identity.what, figure.identity.when, figure.role)
        for text, figure in figures(body, published=_APRIL).items()
    }


def test_a_measure_introducing_its_own_figure_is_not_the_figure_before_it():
    read = _read(
        "Tamsin Software Corp reported a loss for the year ended February 28 of 611,400 "
        "dlrs on revenues of 2,050,000 dlrs."
    )
    assert read["611,400 dlrs"][0] == "loss"
    assert read["2,050,000 dlrs"][0] == "revenue"
    assert read["611,400 dlrs"][1] == read["2,050,000 dlrs"][1] == "year-to-2025-02"


def test_a_measure_named_right_after_a_figure_without_its_own_figure_is_still_the_figure_s():
    read = _read("Orlen Mills Inc said it had 1.4 mln dlrs in sales during 2024.")
    assert read["1.4 mln dlrs"][0] == "revenue"


def test_the_compared_pair_of_the_previous_year_is_that_year_s():
    read = _read(
        "Tamsin Software Corp said it lost 611,400 dlrs on revenues of 2,050,000 dlrs in the "
        "year ended February 28, compared with a loss of 98,200 dlrs on revenues of 1,730,000 "
        "dlrs in the previous year."
    )
    assert read["2,050,000 dlrs"] == ("revenue", "year-to-2025-02", "level")
    assert read["98,200 dlrs"] == ("loss", "year-to-2024-02", "previous")
    assert read["1,730,000 dlrs"] == ("revenue", "year-to-2024-02", "previous")
    # "lost" names no measure: the amount is not read as the revenue written after it
    assert "611,400 dlrs" not in read


def test_prior_year_figures_after_up_from_are_the_prior_year_s():
    read = _read(
        "Brockway Fabrics Inc said earnings for the year ended January 31 were 4,400,000 dlrs "
        "on sales of 190.5 mln dlrs, up from previous year profits of 3,100,000 dlrs on "
        "sales of 171.2 mln dlrs."
    )
    assert read["4,400,000 dlrs"][1] == "year-to-2025-01"
    assert read["190.5 mln dlrs"] == ("revenue", "year-to-2025-01", "level")
    assert read["3,100,000 dlrs"][1:] == ("year-to-2024-01", "previous")
    assert read["171.2 mln dlrs"] == ("revenue", "year-to-2024-01", "previous")


def test_a_compared_figure_with_no_period_named_is_a_previous_value():
    read = _read(
        "Orlen Mills Inc said its 2024 sales were 52 mln dlrs, compared with sales of 39 mln dlrs."
    )
    assert read["52 mln dlrs"] == ("revenue", "2024", "level")
    # not a second level of 2024 sales set against the first
    assert read["39 mln dlrs"][2] == "previous"


def test_a_compared_figure_naming_its_own_month_stays_that_month_s():
    read = _read(
        "Sweden's trade surplus was 1.4 billion crowns in February, compared with a revised "
        "January surplus of 1.1 billion crowns."
    )
    assert read["1.1 billion crowns"][1] == "2025-01"


def test_a_results_table_and_a_story_of_the_same_year_agree():
    table = Article(
        id="t1",
        title="TAMSIN SOFTWARE CORP <TMSN> YEAR FEB 28 NET",
        body="Shr loss six cts vs loss one ct\nNet loss 611,400 vs loss 98,200\n"
        "Revs 2,050,000 vs 1,730,000\n",
        source="Wire",
        published=datetime(2025, 4, 7, 12, tzinfo=UTC),
    )
    story = Article(
        id="s1",
        title="",
        body="Tamsin Software Corp had a loss in the year ended February 28 of 611,400 dlrs "
        "on revenues of 2,050,000 dlrs, against a loss of 98,200 dlrs on revenues of "
        "1,730,000 dlrs a year earlier.",
        source="Wire",
        published=_APRIL,
    )
    findings = ordered_findings(table, story)
    assert findings["s1"] == []


def test_earnings_from_a_kind_of_operations_are_that_part_s():
    found = figures(
        "Kestrel Motors said fourth quarter earnings from overseas operations rose to 9.1 mln "
        "dlrs from a loss of 2.3 mln dlrs. Kestrel Motors said 2024 net income from "
        "continuing operations was 14 mln dlrs.",
        published=_APRIL,
    )
    assert found["9.1 mln dlrs"].identity.part_of == "operations:overseas"
    # continuing operations are the whole company's result, not a part
    assert found["14 mln dlrs"].identity.part_of is None


def test_a_sale_of_a_percentage_still_prices_the_deal():
    found = figures(
        "Corvel Industries Inc received 310 mln dlrs in cash for the sale of 45 pct of its "
        "stake in Marden Holdings.",
        published=_APRIL,
    )
    assert found["310 mln dlrs"].identity.what == "price"
