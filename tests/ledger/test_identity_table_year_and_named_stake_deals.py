"""A results table's year printed in the first months of a year is the calendar year just
closed, so it meets a story's "net profit in 1986"; and a stake bought or sold by a company
named right before the verb ("Ostrava Holdings agreed to sell a 9 pct stake in ...") is held by
that company, as when it says "it agreed to sell"."""

from datetime import UTC, datetime

from identity_helpers import figures

MARCH = datetime(1987, 3, 10, 15, tzinfo=UTC)
AUGUST = datetime(1986, 8, 20, 15, tzinfo=UTC)
RESULTS = (
    "Shr 40 cts vs 35 cts\n    Net 6,210,000 vs 5,480,000\n    Year\n"
    "    Shr 1.62 dlrs vs 1.41 dlrs\n    Net 25.3 mln vs 21.9 mln\n"
)


def _when(body: str, text: str, published: datetime, title: str) -> str | None:
    return figures(body, published=published, title=title)[text].identity.when


def test_a_fourth_quarter_tables_year_is_the_year_before_it_was_printed():
    title = "KELLAND FOODS INC <KLF> 4TH QTR NET"
    assert _when(RESULTS, "25.3 mln", MARCH, title) == "1986"
    assert _when(RESULTS, "21.9 mln", MARCH, title) == "1985"
    assert _when(RESULTS, "6,210,000", MARCH, title) == "1986-Q4"


def test_that_year_meets_the_same_net_written_in_a_story():
    table = figures(RESULTS, published=MARCH, title="KELLAND FOODS INC <KLF> 4TH QTR NET")
    prose = figures(
        "Kelland Foods Inc said its net profit rose to 25.3 mln dlrs in 1986.\n", published=MARCH
    )
    assert table["25.3 mln"].identity.index_keys() == prose["25.3 mln dlrs"].identity.index_keys()


def test_a_year_headline_and_a_cut_headline_read_the_year_alike():
    # A table sent again under a headline cut before its period keeps the same year.
    assert _when(RESULTS, "25.3 mln", MARCH, "KELLAND FOODS INC <KLF> YEAR NET") == "1986"
    assert _when(RESULTS, "25.3 mln", MARCH, "CORRECTED - KELLAND FOODS INC <KLF> 4TH") == "1986"


def test_a_year_printed_after_the_results_season_keeps_the_year_it_came_out_in():
    # Printed in August, a year closes at a month the table does not tell.
    title = "KELLAND FOODS INC <KLF> 4TH QTR NET"
    assert _when(RESULTS, "25.3 mln", AUGUST, title) == "year@1986"


def _stake(body: str) -> str | None:
    found = figures(body, published=MARCH).get("9 pct")
    return None if found is None else found.identity.of_what


def test_a_named_company_agreeing_to_sell_a_stake_is_its_holder():
    body = "Ostrava Holdings agreed to sell a 9 pct stake in Marren Textiles to Quell Bank.\n"
    assert _stake(body) == "marren textiles held by ostrava"


def test_a_named_company_that_will_buy_a_stake_is_its_holder():
    body = "Ostrava Holdings Inc will buy a 9 pct stake in Marren Textiles.\n"
    assert _stake(body) == "marren textiles held by ostrava"


def test_a_name_reported_by_another_speaker_gives_no_holder():
    body = "Quell Bank said Ostrava Holdings agreed to sell a 9 pct stake in Marren Textiles.\n"
    assert _stake(body) is None
