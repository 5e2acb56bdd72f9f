"""A period stated by its end ("the quarter ended January 31", "the three months to
end-January", a table headed "2ND QTR JAN 31") is keyed by its length and that end, the same
way in a sentence and in a results table; a quarter named without its end keeps the
calendar's key. And names the name reader used to cut short or run together."""

from datetime import UTC, datetime

from identity_helpers import figures, ordered_findings

from claimcheck.ledger.names import normalize_name, sentence_names
from claimcheck.ledger.periods import ended_period_key
from claimcheck.records import Article

_MARCH = datetime(2025, 3, 10, 12, tzinfo=UTC)


def _when(body: str, text: str, title: str = "") -> str | None:
    return figures(body, published=_MARCH, title=title)[text].identity.when


def test_a_quarter_stated_by_its_end_is_keyed_by_that_end_in_every_form():
    forms = [
        "Halvorsen Stores Inc said net profit for the first quarter ended January 31 was "
        "6.4 mln dlrs.",
        "Halvorsen Stores Inc said net profit for the three months to end-January was "
        "6.4 mln dlrs.",
        "Halvorsen Stores Inc said net profit in the quarter ending January 31, 2025, was "
        "6.4 mln dlrs.",
    ]
    for body in forms:
        assert _when(body, "6.4 mln dlrs") == "quarter-to-2025-01", body


def test_a_table_and_a_sentence_about_one_fiscal_quarter_match():
    table = "Shr 40 cts vs 31 cts\nNet 6.4 mln vs 5.0 mln\nRevs 88.1 mln vs 80.2 mln\n"
    found = figures(table, published=_MARCH, title="HALVORSEN STORES <HLV> 4TH QTR JAN 31 NET")
    assert found["6.4 mln"].identity.when == "quarter-to-2025-01"
    assert found["31 cts"].identity.when == "quarter-to-2024-01"  # the year-ago quarter
    sentence = "Halvorsen Stores said net profit for the quarter ended January 31 was 6.4 mln dlrs."
    said = figures(sentence, published=_MARCH)["6.4 mln dlrs"].identity
    assert (said.what, said.of_what, said.when) == (
        found["6.4 mln"].identity.what,
        found["6.4 mln"].identity.of_what,
        "quarter-to-2025-01",
    )


def test_different_fiscal_ends_are_different_periods():
    january = _when(
        "Halvorsen Stores said sales in the quarter ended January 31 were 90 mln dlrs.",
        "90 mln dlrs",
    )
    february = _when(
        "Halvorsen Stores said sales in the quarter ended February 28 were 90 mln dlrs.",
        "90 mln dlrs",
    )
    assert january == "quarter-to-2025-01"
    assert february == "quarter-to-2025-02"
    year = _when(
        "Halvorsen Stores said sales in the year ended June 30 were 900 mln dlrs.", "900 mln dlrs"
    )
    assert year == "year-to-2024-06"  # June 2025 had not come by March 2025


def test_a_period_ending_where_the_calendar_s_does_is_the_calendar_s():
    assert (
        _when(
            "Halvorsen Stores said net profit for the quarter ended December 31 was 6.4 mln dlrs.",
            "6.4 mln dlrs",
        )
        == "2024-Q4"
    )
    assert (
        _when(
            "Halvorsen Stores said net profit for the year ended December 31 was 6.4 mln dlrs.",
            "6.4 mln dlrs",
        )
        == "2024"
    )
    assert (
        _when(
            "Halvorsen Stores said net profit for the six months ended December 31 was "
            "6.4 mln dlrs.",
            "6.4 mln dlrs",
        )
        == "2024-H2"
    )
    assert ended_period_key("nine-months", 9, 2024) == "nine-months-to-2024-09"


def test_a_quarter_named_without_its_end_keeps_the_calendar_key():
    # A company whose other stories state a January end: an unstated end is not guessed.
    assert (
        _when("Halvorsen Stores said first quarter net profit was 6.4 mln dlrs.", "6.4 mln dlrs")
        == "2025-Q1"
    )
    table = "Net 6.4 mln vs 5.0 mln\n"
    found = figures(table, published=_MARCH, title="HALVORSEN STORES <HLV> 4TH QTR NET")
    assert found["6.4 mln"].identity.when == "2024-Q4"


def test_a_year_to_a_month_of_a_price_index_is_not_a_fiscal_year():
    body = "Consumer prices in Valdoria rose 3.1 pct in the year to February, the office said."
    when = _when(body, "3.1 pct")
    assert when is None or not when.startswith("year-to")


def test_a_restated_fiscal_quarter_is_compared_across_articles():
    def story(article_id: str, day: int, amount: str) -> Article:
        body = (
            f"Halvorsen Stores Inc said net profit for the quarter ended January 31 was "
            f"{amount} mln dlrs."
        )
        published = datetime(2025, 3, day, 12, tzinfo=UTC)
        return Article(id=article_id, body=body, source="Wire", published=published, title="")

    findings = ordered_findings(story("f1", 3, "6.4"), story("f2", 5, "6.4"))
    assert findings["f2"] == []


def test_a_place_opening_a_company_s_name_with_its_legal_form_stays_in_the_name():
    assert normalize_name(["Ostland", "Brewing", "Co", "Ltd"]) == ["ostland brewing"]
    assert normalize_name(["Canada", "Brewing", "Co", "Ltd"]) == ["canada brewing"]
    assert normalize_name(["Australia", "Wide", "Holdings", "Ltd"]) == ["australia wide"]
    # without a legal form a place opening a name is the place and the rest
    assert normalize_name(["U.S.", "Commerce", "Department"]) == ["us", "commerce department"]


def _keys(sentence: str) -> list[str]:
    return [key for key, _, _ in sentence_names(sentence)]


def test_and_inside_a_bank_s_or_a_utility_s_name():
    assert "tessaly bank and trust" in _keys("Tessaly Bank and Trust Co said it sold a unit.")
    assert "marsh gas and electric" in _keys("Marsh Gas and Electric Co said demand rose.")
    # two companies joined by "and" stay two
    keys = _keys("Harlan Corp and Brenlow Industries Inc agreed to merge.")
    assert "harlan" in keys and "brenlow" in keys


def test_of_before_a_possessive_ends_a_name_unless_it_names_an_institution_or_place():
    keys = _keys("The sale to Brixcom of Vantage's 50 pct interest in Hi-Rel Video closed.")
    assert "brixcom" in keys and "vantage" in keys
    assert "brixcom of vantage" not in keys
    assert "bank of japan" in _keys("He cited the Bank of Japan's rate.")
    assert "department of agriculture" in _keys("The Department of Agriculture's report came.")


def test_a_numbered_unit_of_a_plant_is_no_company():
    keys = _keys("Orlan Power sold 30 pct of its interest in Unit Two of the Kessel plant.")
    assert "unit" not in keys
    body = "Orlan Power Co sold 30 pct of its 30 pct interest in Unit Two of the Kessel Station."
    found = figures(body)
    assert all(figure.identity.of_what != "unit held by orlan power" for figure in found.values())


def test_an_economy_s_year_ended_a_month_is_that_month_s_change():
    body = "Valdoria's broad money supply rose 8.2 pct in the year ended January, the bank said."
    assert _when(body, "8.2 pct") == "2025-01"


def test_a_table_headed_by_an_end_day_written_in_words():
    found = figures(
        "Net 6.4 mln vs 5.0 mln\n", published=_MARCH, title="HALVORSEN <HLV> 2ND QTR MARCH ONE NET"
    )
    # Ended March 1, reported March 10; a second quarter ending in March is off the calendar,
    # so it is keyed by its end, never as the calendar's first quarter.
    assert found["6.4 mln"].identity.when == "quarter-to-2025-03"


def test_a_corrected_table_stating_its_end_in_its_first_line_matches_the_first():
    first = figures(
        "Net 6.4 mln vs 5.0 mln\n", published=_MARCH, title="HALVORSEN <HLV> 4TH QTR JAN 31 NET"
    )
    for head in ("Qtr ends Jan 31", "Period ended January 31", "Jan 31 end"):
        again = figures(
            f"{head}\nNet 6.5 mln vs 5.0 mln\n",
            published=_MARCH,
            title="CORRECTED - HALVORSEN <HLV> 4TH QTR NET",
        )
        assert again["6.5 mln"].identity.when == first["6.4 mln"].identity.when, head


def test_a_company_named_whole_is_not_its_longer_named_unit():
    body = (
        "Harlan Pacific Ltd sold Harlan Pacific Airlines Ltd last year. "
        "Harlan Pacific Ltd said it had a loss of 80.3 mln dlrs in 2024."
    )
    assert figures(body)["80.3 mln dlrs"].identity.of_what == "harlan pacific"
    # a short form written after the whole name is that name
    body = (
        "Brenlow Gulf Utilities Co said it would cut costs. "
        "Brenlow Gulf said it had a loss of 12.5 mln dlrs in 2024."
    )
    assert figures(body)["12.5 mln dlrs"].identity.of_what == "brenlow gulf utilities"
