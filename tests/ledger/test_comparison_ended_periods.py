"""A fiscal period stated by its end ("the six months ended January 31", a results table's
"2ND QTR JAN 31") dates a figure as fully as a written year: a differing figure of that period
is a contradiction even when no sentence writes the year. A period read from the article's
date alone ("the first quarter", "last year") still is not. Sentences and tables are our own."""

from datetime import UTC, datetime

from identity_helpers import ordered_findings, wire_article

from claimcheck.records import Article

STATED = (
    "Quenby Foods Inc said its revenue rose to {} in the six months ended January 31 "
    "from 1.40 billion dlrs a year before."
)
NAMED_BACK = (
    "Quenby Foods Inc's net income rose to 41 mln dlrs in the six months ended January 31. "
    "Revenue for the six months rose to {} from 1.40 billion dlrs."
)


def _relations(findings: list) -> list[tuple[str, str]]:
    return [(f.rule, f.evidence["relation"]) for f in findings]


def test_a_period_stated_by_its_end_without_a_year_grounds_a_contradiction():
    first = wire_article("q1", 4, STATED.format("1.55 billion dlrs"))
    second = wire_article("q2", 9, STATED.format("1.62 billion dlrs"))
    assert _relations(ordered_findings(first, second)["q2"]) == [("CC201", "contradiction")]


def test_a_period_named_back_after_its_end_grounds_a_contradiction():
    first = wire_article("q1", 4, STATED.format("1.55 billion dlrs"))
    second = wire_article("q2", 9, NAMED_BACK.format("1.62 billion dlrs"))
    findings = ordered_findings(first, second)["q2"]
    assert _relations(findings) == [("CC201", "contradiction")]
    assert "1.62 billion dlrs" in findings[0].message


def test_the_same_figure_for_a_period_stated_by_its_end_is_no_finding():
    first = wire_article("q1", 4, STATED.format("1.55 billion dlrs"))
    second = wire_article("q2", 9, NAMED_BACK.format("1.55 billion dlrs"))
    assert ordered_findings(first, second)["q2"] == []


def test_prose_named_back_against_a_results_table_of_the_same_period_contradicts():
    table = Article(
        id="t1",
        body=(
            "Shr 40 cts vs 36 cts\nNet 20.5 mln vs 18.1 mln\nRevs 800 mln vs 710 mln\n"
            "Six mths\nShr 78 cts vs 70 cts\nNet 41.0 mln vs 35.2 mln\n"
            "Revs 1.55 billion vs 1.40 billion\n"
        ),
        title="QUENBY FOODS INC <QFI> 2ND QTR JAN 31 NET",
        source="Wire",
        published=datetime(2025, 3, 3, 12, tzinfo=UTC),
    )
    prose = wire_article("q2", 9, NAMED_BACK.format("1.62 billion dlrs"))
    assert _relations(ordered_findings(table, prose)["q2"]) == [("CC201", "contradiction")]


def test_a_calendar_quarter_read_from_the_date_is_still_no_ground_for_a_contradiction():
    body = "Quenby Foods Inc said its sales rose to {} in the first quarter."
    first = wire_article("c1", 4, body.format("1.55 billion dlrs"))
    second = wire_article("c2", 9, body.format("1.62 billion dlrs"))
    assert "CC201" not in [f.rule for f in ordered_findings(first, second)["c2"]]


def test_a_quarter_ended_with_the_calendar_keeps_needing_its_year_written():
    """A quarter "ended December 31" is the calendar's fourth quarter, keyed as a period read
    from the date is: its year must still be written for a contradiction."""
    body = "Quenby Foods Inc said its sales rose to {} in the quarter ended December 31."
    first = wire_article("c1", 4, body.format("1.55 billion dlrs"))
    second = wire_article("c2", 9, body.format("1.62 billion dlrs"))
    assert "CC201" not in [f.rule for f in ordered_findings(first, second)["c2"]]
    dated = "Quenby Foods Inc said its sales rose to {} in the quarter ended December 31, 2024."
    first = wire_article("c1", 4, dated.format("1.55 billion dlrs"))
    second = wire_article("c2", 9, dated.format("1.62 billion dlrs"))
    assert _relations(ordered_findings(first, second)["c2"]) == [("CC201", "contradiction")]


def _table(article_id: str, day: int, body: str) -> Article:
    return Article(
        id=article_id,
        body=body,
        title="QUENBY FOODS INC <QFI> 2ND QTR JAN 31 NET",
        source="Wire",
        published=datetime(2025, 3, day, 12, tzinfo=UTC),
    )


def test_two_results_tables_of_a_period_stated_by_its_end_are_not_set_against_each_other():
    """Two tables of one release that differ are more often two bases their labels do not
    tell ("Sales" and "Revs") than an error: as before, no contradiction between them."""
    first = _table(
        "t1",
        3,
        "Shr 40 cts vs 36 cts\nNet 20.5 mln vs 18.1 mln\nSales 1.55 billion vs 1.40 billion\n",
    )
    second = _table(
        "t2",
        4,
        "Shr 40 cts vs 36 cts\nNet 20.5 mln vs 18.1 mln\nRevs 1.59 billion vs 1.43 billion\n",
    )
    assert "CC201" not in [f.rule for f in ordered_findings(first, second)["t2"]]
