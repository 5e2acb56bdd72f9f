"""The step from matching keys to findings: figures with one identity that must be related and
reported, and figures with one identity that must not be reported."""

from datetime import UTC, datetime

from identity_helpers import figures, identity
from test_comparison import LANDSLIDE, TOLL, article, compare, findings_of

from claimcheck.ledger.figures import figure_unit
from claimcheck.records import Claim


def links_of(results, article_id):
    return [
        (link.later.text, link.earlier.article_id, link.earlier.text, link.relation)
        for link in results[article_id].links
    ]


def test_a_village_s_toll_is_compared_with_a_report_that_placed_the_raid_in_that_village():
    # The first report names both villages in its lead, so its figures carry them as anchors;
    # the second names the villages only for its parts and the raiders' adjective for the
    # whole: one village's toll is still the toll of the raid on that village.
    results = compare(
        article(
            "r1",
            3,
            "Aircraft from Ruritania raided the Ostrian villages of Olsk and Verno on Sunday, "
            "killing 70 people in Olsk and 22 in Verno, officials said.",
        ),
        article(
            "r2",
            5,
            "At least 150 people were killed when Ruritanian aircraft raided Ostrian border "
            "villages on Sunday, officials said. About 81 people were killed in Olsk and 23 "
            "died in Verno.",
        ),
    )
    assert ("81 people", "r1", "70 people", "update") in links_of(results, "r2")
    assert ("CC202", "81 people", "update") in findings_of(results)["r2"]


def test_a_raid_on_another_village_is_not_compared_with_a_village_s_toll():
    results = compare(
        article(
            "r1",
            3,
            "Aircraft from Ruritania raided the Ostrian village of Pelm on Sunday, killing "
            "70 people, officials said.",
        ),
        article(
            "r2",
            5,
            "At least 150 people were killed when Ruritanian aircraft raided Ostrian border "
            "villages on Sunday, officials said. About 81 people were killed in Olsk and 23 "
            "died in Verno.",
        ),
    )
    assert not [link for link in links_of(results, "r2") if link[0] == "81 people"]


def test_a_figure_that_leaves_a_part_out_is_a_narrower_measure():
    body = (
        "New orders for manufactured goods in Ostera fell 3.5 pct in January, the statistics "
        "office said. Excluding military orders, factory orders fell 4.1 pct in January."
    )
    whole = identity(body, "3.5 pct", title="OSTERA FACTORY ORDERS FALL")
    narrower = identity(body, "4.1 pct", title="OSTERA FACTORY ORDERS FALL")
    assert whole.what == "manufactured-good-orders:change"
    assert narrower.what == "excluding-military-manufactured-good-orders:change"
    assert (narrower.of_what, narrower.when) == (whole.of_what, whole.when)


def test_before_a_time_is_no_part_left_out():
    body = "Ostera's factory orders fell 3.5 pct in January, before the strike, officials said."
    assert "excluding" not in identity(body, "3.5 pct").what


def test_an_earlier_article_with_two_sources_disagrees_through_the_one_not_matched():
    results = compare(
        article(
            "o1",
            5,
            "Ruritania's wheat harvest was 16 mln tonnes in 2024, the Ostera Institute said in "
            "a survey. Ruritania's 2024 wheat harvest was between 14.2 and 14.5 mln tonnes, the "
            "farmers' union said.",
        ),
        article(
            "o2",
            6,
            "Ruritania's wheat harvest was 16.1 mln tonnes in 2024, the statistics office said.",
        ),
    )
    assert sorted(links_of(results, "o2")) == [
        ("16.1 mln tonnes", "o1", "14.2 and 14.5 mln tonnes", "sources_differ"),
        ("16.1 mln tonnes", "o1", "16 mln tonnes", "same"),
    ]
    [finding] = results["o2"].findings
    assert finding.evidence["relation"] == "sources_differ"
    assert finding.evidence["earlier"][0]["source"] == "farmers' union"


def test_one_source_giving_a_figure_twice_is_not_two_sources():
    results = compare(
        article(
            "o1",
            5,
            "Ruritania's wheat harvest was 16 mln tonnes in 2024, the Ostera Institute said. "
            "Ruritania's 2024 wheat harvest was 14.5 mln tonnes, the institute said.",
        ),
        article(
            "o2",
            6,
            "Ruritania's wheat harvest was 16.1 mln tonnes in 2024, the statistics office said.",
        ),
    )
    assert results["o2"].findings == []


def test_a_range_is_compared_in_the_unit_of_a_single_figure_of_its_unit():
    def claim(text, value, low, high, unit, normalized_value=None, normalized_unit=None):
        return Claim(
            article_id="a",
            kind="quantity",
            text=text,
            start=0,
            end=len(text),
            sentence=text,
            value=value,
            low=low,
            high=high,
            unit=unit,
            dimension="mass",
            normalized_value=normalized_value,
            normalized_unit=normalized_unit,
        )

    single = figure_unit(claim("16 mln tonnes", 16e6, None, None, "metric_ton", 16e9, "kilogram"))
    ranged = figure_unit(claim("14 to 15 mln tonnes", None, 14e6, 15e6, "metric_ton"))
    assert single is not None and ranged is not None
    assert ranged.unit == single.unit == "kilogram"
    assert ranged.factor == 1000.0


def test_two_forecasts_that_differ_are_linked_but_not_reported():
    results = compare(
        article(
            "f1",
            5,
            "The finance minister said he expected Ruritania's trade deficit to fall by 30 "
            "billion dlrs in 2025.",
        ),
        article(
            "f2",
            6,
            "The central bank said it expected Ruritania's trade deficit to fall by 15 billion "
            "dlrs in 2025.",
        ),
    )
    assert [link[3] for link in links_of(results, "f2")] == ["sources_differ"]
    assert results["f2"].findings == []


def test_a_forecast_its_maker_revised_is_reported():
    results = compare(
        article(
            "b1",
            5,
            "The Bank of Ruritania said it forecast a shortage of around 800 mln crowns in the "
            "money market today.",
        ),
        article(
            "b2",
            5,
            "The Bank of Ruritania said it revised its forecast of the shortage in the money "
            "market down to around 700 mln crowns.",
        ),
    )
    assert findings_of(results)["b2"] == [("CC202", "700 mln crowns", "update")]


def test_two_counts_one_apart_are_two_numbers():
    results = compare(
        article("c1", 3, LANDSLIDE.format(22)),
        article("c2", 4, TOLL.format(23)),
    )
    assert findings_of(results)["c2"] == [("CC202", "23", "update")]


RESULTS_PUBLISHED = datetime(2025, 2, 12, 9, tzinfo=UTC)
TABLE = "Shr 1.10 dlrs vs 90 cts\n    Net 48.5 mln vs 40.1 mln\n    Revs 610 mln vs 580 mln\n"


def test_a_results_table_s_quarter_is_keyed_as_a_sentence_s_quarter():
    table = figures(
        TABLE, published=RESULTS_PUBLISHED, title="HALVARD ENERGY INC <HLV> 4TH QTR NET"
    )
    prose = figures(
        "Halvard Energy Inc said its fourth quarter net profit was 48.5 mln dlrs.",
        published=RESULTS_PUBLISHED,
        title="HALVARD ENERGY PROFIT RISES",
    )
    # Written in February: the fourth quarter is the one of the year before; the year-ago
    # column is the year before that.
    assert table["48.5 mln"].identity.index_keys() == prose["48.5 mln dlrs"].identity.index_keys()
    assert table["48.5 mln"].identity.when == "2024-Q4"
    assert table["40.1 mln"].identity.when == "2023-Q4"
    assert table["1.10 dlrs"].identity.unit == "USD/share"


def test_a_table_with_no_currency_keeps_its_amounts_implied():
    table = figures(
        "Net 48.5 mln vs 40.1 mln\n    Revs 610 mln vs 580 mln\n",
        published=RESULTS_PUBLISHED,
        title="HALVARD ENERGY INC <HLV> 4TH QTR NET",
    )
    assert table["48.5 mln"].identity.unit == "implied"


def test_a_table_s_year_printed_after_march_keeps_the_year_it_came_out_in():
    june = datetime(2025, 6, 12, 9, tzinfo=UTC)
    table = figures(TABLE, published=june, title="HALVARD ENERGY INC <HLV> YEAR NET")
    assert table["48.5 mln"].identity.when == "year@2025"
    # Printed in February, the year is the calendar year just closed.
    table = figures(TABLE, published=RESULTS_PUBLISHED, title="HALVARD ENERGY INC <HLV> YEAR NET")
    assert table["48.5 mln"].identity.when == "2024"


def test_twelve_months_to_a_third_quarter_are_not_the_fiscal_year():
    body = (
        TABLE + "    12 mths\n    Net 150.2 mln vs 140.1 mln\n    Revs 2.4 billion vs 2.3 billion\n"
    )
    third = figures(body, published=RESULTS_PUBLISHED, title="HALVARD ENERGY INC <HLV> 3RD QTR NET")
    fourth = figures(
        body, published=RESULTS_PUBLISHED, title="HALVARD ENERGY INC <HLV> 4TH QTR NET"
    )
    # Under a fourth quarter's headline, the twelve months are the year that quarter closed.
    assert third["150.2 mln"].identity.when not in ("year@2025", "2024")
    assert fourth["150.2 mln"].identity.when == "2024"


def test_a_span_named_between_a_period_and_a_figure_is_the_figure_s_own():
    found = figures(
        "Halvard Energy's revenue rose 12.5 pct in the fourth quarter to 410.2 mln dlrs and "
        "14.5 pct in the nine months to 1.21 billion dlrs.",
        published=RESULTS_PUBLISHED,
        title="HALVARD ENERGY REVENUE RISES",
    )
    assert found["410.2 mln dlrs"].identity.when == "2024-Q4"
    assert "1.21 billion dlrs" not in found  # the nine months: a period nobody keyed


def test_a_range_in_barrels_a_day_agrees_with_a_single_figure_within_it():
    results = compare(
        article(
            "b1",
            5,
            "Ostera's crude oil output was between 15.3 and 15.5 mln bpd in February, the oil "
            "ministry said.",
        ),
        article(
            "b2",
            9,
            "Ostera's crude oil output was 15.5 mln bpd in February, the oil ministry said.",
        ),
    )
    assert [link[3] for link in links_of(results, "b2")] == ["same"]


def test_goods_bought_in_one_deal_are_no_period_s_total():
    body = (
        "Japanese crushers bought 8,000 tonnes of Canadian rapeseed in export business over "
        "the weekend for May shipment, traders said. Japan imported 96,000 tonnes of rapeseed "
        "in April, customs said."
    )
    found = figures(body, title="JAPAN BUYS CANADIAN RAPESEED")
    assert "8,000 tonnes" not in found
    assert found["96,000 tonnes"].identity.what == "rapeseed-imports"


def test_final_names_a_figure_s_basis_only_when_it_is_about_the_figure():
    crash = (
        "The airliner that crashed into a hillside near Varnholt in May 2021, killing 212 "
        "people, was badly repaired, says the final draft of a ministry report."
    )
    toll = "The final toll of the crash near Varnholt in May 2021 was 212 dead, the ministry said."
    assert identity(crash, "212 people").basis is None
    assert identity(toll, "212").basis == "final"


def test_a_word_raising_something_far_before_a_price_does_not_revise_the_deal():
    far = (
        "Officials said the funds raised will pay down 600 mln dlrs of bridge loans taken out "
        "last month when Norhaven bought Lisk Foods for 2.8 billion dlrs."
    )
    near = "Norhaven said it raised its offer for Lisk Foods to 2.9 billion dlrs."
    assert identity(far, "2.8 billion dlrs").basis is None
    assert identity(near, "2.9 billion dlrs").basis == "revised"


def test_a_village_s_toll_is_not_compared_with_the_whole_raid_s_toll():
    results = compare(
        article(
            "r1",
            3,
            "Aircraft from Ruritania raided the Ostrian villages of Olsk and Verno on Sunday, "
            "killing 150 people, officials said.",
        ),
        article(
            "r2",
            5,
            "Ruritanian aircraft raided Ostrian border villages on Sunday, officials said. "
            "About 81 people were killed in Olsk and 23 died in Verno.",
        ),
    )
    assert not [link for link in links_of(results, "r2") if link[0] == "81 people"]
