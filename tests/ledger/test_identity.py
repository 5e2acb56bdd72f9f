"""Claim identities read off real extraction of small articles: what, of what, when, part of;
basis, modality and source beside."""

from datetime import UTC, datetime

import pytest
from identity_helpers import figures, identity

from claimcheck.ledger.figures import stated_precision


@pytest.mark.parametrize(
    ("body", "text"),
    [
        ("The 2.4-kilometre Varnholt Estuary Bridge opened on Tuesday.", "2.4-kilometre"),
        ("The Varnholt Estuary Bridge, 2.4 km long, opened on Tuesday.", "2.4 km"),
        ("The Varnholt Estuary Bridge is 2.4 kilometres long.", "2.4 kilometres"),
    ],
)
def test_prenominal_appositive_and_predicative_lengths_have_one_identity(body, text):
    found = identity(body, text)
    assert (found.what, found.of_what, found.when) == ("length", "varnholt estuary bridge", None)
    assert found.index_keys() == ("length|meter|fact|-|varnholt estuary bridge|-",)


def test_a_tall_object_is_measured_by_its_height_unless_a_word_says_otherwise():
    assert identity("The 95-metre Orla dam holds back the river.", "95-metre").what == "height"
    assert identity("The Orla dam is 95 metres high.", "95 metres").what == "height"
    assert identity("The Orla dam is 300 metres long.", "300 metres").what == "length"


def test_an_object_named_by_its_noun_is_the_one_the_article_named():
    body = (
        "The 2.4-kilometre Varnholt Estuary Bridge opened on Tuesday. "
        "The bridge, which cost 410 million euros, took four years to build."
    )
    cost = identity(body, "410 million euros")
    assert (cost.what, cost.of_what) == ("cost", "varnholt estuary bridge")


def test_an_economic_figure_is_the_country_s_for_its_period_not_the_speaker_s():
    body = (
        "Ruritania's trade deficit widened to 4.2 billion dlrs in 1986, the Statistics "
        "Office said on Monday."
    )
    found = identity(body, "4.2 billion dlrs")
    assert (found.what, found.of_what, found.when) == ("trade-deficit", "ruritania", "1986")
    assert found.source == "statistics office"


def test_a_short_form_stands_for_the_measure_the_article_named_before():
    body = (
        "Ruritania posted a trade surplus of 3 billion dlrs in 1986. The surplus was "
        "3.1 billion dlrs in 1985, the ministry said."
    )
    assert identity(body, "3.1 billion dlrs").what == "trade-surplus"


def test_a_company_figure_is_the_company_s_and_its_short_name_the_long_one():
    body = (
        "Halvard Energy made a net profit of 2.1 billion euros in 2024. Fourth-quarter "
        "profit at the utility was 610 million euros, Halvard said."
    )
    year = identity(body, "2.1 billion euros", published=datetime(2025, 2, 20, tzinfo=UTC))
    quarter = identity(body, "610 million euros", published=datetime(2025, 2, 20, tzinfo=UTC))
    assert (year.what, year.of_what, year.when) == ("net-profit", "halvard energy", "2024")
    # "Fourth-quarter" with no year, written in February: last year's quarter.
    assert (quarter.what, quarter.of_what, quarter.when) == (
        "net-profit",
        "halvard energy",
        "2024-Q4",
    )


def test_a_comparison_with_another_period_is_of_that_period_and_a_replaced_value_is_marked():
    body = (
        "Halvard Energy made a net profit of 2.1 billion euros in 2024, up from 1.7 billion "
        "euros a year earlier. Halvard restated its net profit for 2024 to 1.9 billion "
        "euros from the 2.1 billion euros it reported in February."
    )
    found = figures(body)
    year_ago = found["1.7 billion euros"]
    assert (year_ago.role, year_ago.identity.when) == ("previous", "2023")
    assert found["1.9 billion euros"].role == "level"
    assert found["1.9 billion euros"].identity.basis == "revised"
    restated = [f for f in found.values() if f.role == "previous" and f.identity.when == "2024"]
    assert [f.claim.text for f in restated] == ["2.1 billion euros"]


def test_a_deal_s_price_is_the_price_of_what_it_buys():
    body = (
        "Norhaven Holdings agreed on Monday to buy the frozen food maker Lisk Foods for "
        "1.2 billion euros in cash."
    )
    price = identity(body, "1.2 billion euros")
    assert (price.what, price.of_what, price.subject_role) == (
        "price",
        "lisk foods by norhaven",
        "deal",
    )


def test_a_toll_belongs_to_its_incident_whatever_the_words():
    body = (
        "A landslide buried houses in the hill town of Varnholt late on Sunday, killing at "
        "least 12 people, the civil protection agency said on Monday. Another 30 people "
        "were reported missing."
    )
    killed = identity(body, "12 people")
    missing = identity(body, "30 people")
    assert (killed.what, killed.subject_role) == ("killed", "event")
    assert missing.what == "missing"
    assert killed.event.kind == "landslide" and killed.event.anchors == {"varnholt"}
    assert killed.event.dated  # Sunday, March 2, named in the sentence
    assert killed.source == "civil protection agency"
    assert missing.event == killed.event  # the second sentence speaks of the same incident


def test_a_bare_number_takes_its_measure_from_the_words_around_it():
    body = (
        "A landslide struck Varnholt on Sunday. The number of people killed rose to 19 on "
        "Tuesday. The agency put the number of dead at 27. Rescuers said 345 had been "
        "rescued."
    )
    found = figures(body)
    assert [found[text].identity.what for text in ("19", "27", "345")] == [
        "killed",
        "killed",
        "rescued",
    ]


def test_a_place_named_for_one_figure_makes_it_a_part_of_the_incident():
    body = (
        "Almost 150 people were killed when aircraft raided villages in Ruritania on Monday. "
        "About 45 people were killed in Olsk and 23 died in Verno, officials said."
    )
    found = figures(body, published=datetime(1987, 3, 25, tzinfo=UTC))
    assert found["150 people"].identity.part_of is None
    assert found["45 people"].identity.part_of == "olsk"
    assert found["23"].identity.part_of == "verno"


def test_a_forecast_is_not_a_fact_and_a_cost_estimate_is_an_estimate():
    body = (
        "A geologist warned that a collapse of the slope could kill up to 4,000 people in "
        "Varnholt. Repairing the Varnholt pipeline would cost about 100 million dlrs, an "
        "official said."
    )
    assert identity(body, "4,000 people").modality == "forecast"
    cost = identity(body, "100 million dlrs")
    assert (cost.modality, cost.basis) == ("fact", "estimate")


def test_a_modal_word_must_govern_the_figure():
    body = (
        "The finance minister of Ruritania said the nation would later announce plans to "
        "deal with the country's 8.16-billion-dlr foreign debt."
    )
    assert identity(body, "8.16-billion-dlr").modality == "fact"


def test_a_change_is_its_own_measure_and_a_fall_is_negative():
    body = (
        "New orders for manufactured goods fell 8.2 billion dlrs, or 4.0 pct, in January "
        "to 194.5 billion dlrs, the Commerce Department said."
    )
    found = figures(body, published=datetime(1987, 3, 4, tzinfo=UTC), title="U.S. ORDERS FELL")
    change = found["4.0 pct"]
    level = found["194.5 billion dlrs"]
    assert change.identity.what == "manufactured-good-orders:change" and change.value == -4.0
    assert level.identity.what == "manufactured-good-orders"
    assert (level.identity.of_what, level.identity.when) == ("us", "1987-01")


def test_a_wire_correction_marks_every_figure_corrected():
    body = "Acme Widget Corp posted net income of 1.4 mln dlrs for 1986, Acme Widget said."
    found = identity(body, "1.4 mln dlrs", title="(CORRECTED) - ACME WIDGET RESULTS")
    assert found.basis == "corrected"


def test_a_part_of_a_period_or_a_running_total_is_its_own_period():
    body = "OPEC produced about 14 mln bpd of oil in the second week of March, a survey said."
    found = identity(body, "14 mln bpd", published=datetime(1987, 3, 16, tzinfo=UTC))
    # (the week of the month is read as a date of its own, so the figure is that week's)
    assert found.what == "oil-output" and found.when.startswith("1987-W")
    body = "OPEC produced about 14 mln bpd of oil in the last days of March, a survey said."
    found = identity(body, "14 mln bpd", published=datetime(1987, 4, 6, tzinfo=UTC))
    assert found.what == "oil-output" and found.when.startswith("part:1987-03")


def test_a_temperature_is_a_place_s_on_its_day():
    body = (
        "The weather service said the temperature at Varnholt airport peaked at 42.6 degrees "
        "on Sunday."
    )
    found = identity(body, "42.6 degrees", published=datetime(2025, 7, 30, tzinfo=UTC))
    assert (found.what, found.of_what, found.when) == ("temperature", "varnholt", "2025-07-27")


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("170 billion dlrs", 170e9, 0.5e9),
        ("169.8 billion dlrs", 169.8e9, 0.05e9),
        ("1,200 metres", 1200, 0.5),
        ("seven billion dlrs", 7e9, 0.5e9),
        ("19 cts", 19, 0.5),
        # Whole numbers written in full: groups of three trailing zeros are not stated digits.
        ("3,417,000 dlrs", 3417000, 500),
        ("48,000 tonnes", 48000, 500),
        ("1,800,000,000 yen", 1.8e9, 0.5e6),
        ("3,416,620 dlrs", 3416620, 0.5),
        ("1,000 tonnes", 1000, 0.5),
        ("2,000,000 dlrs", 2e6, 500),
        ("35,000.0 tonnes", 35000, 0.05),
    ],
)
def test_stated_precision_is_half_the_last_digit(text, value, expected):
    assert stated_precision(text, value) == pytest.approx(expected)


def test_a_table_is_not_read_as_statements():
    body = "Sales 1.2 mln vs 1.1 mln, net 0.3 mln vs 0.2 mln, shares 4 mln vs 3 mln in 1986."
    assert figures(body) == {}


@pytest.mark.parametrize(
    ("body", "text", "expected"),
    [
        (
            "Ruritania's foreign debt stood at 42.6 billion dlrs at end-1986, bankers said.",
            "42.6 billion dlrs",
            ("debt", "ruritania", "1986"),
        ),
        (
            "Ruritania's 109 billion dlr foreign debt is the largest in the region.",
            "109 billion dlr",
            ("debt", "ruritania", None),
        ),
        (
            "Ruritania's foreign reserves fell 222 mln dlrs to 3.4 billion dlrs in February.",
            "3.4 billion dlrs",
            ("reserves", "ruritania", "2025-02"),
        ),
        (
            "Ostmark Bank's loans outstanding totalled 5.1 billion dlrs at the end of March.",
            "5.1 billion dlrs",
            ("loans", "ostmark bank", "2025-03"),
        ),
    ],
)
def test_a_balance_stated_as_one_is_the_holder_s_on_its_day(body, text, expected):
    found = identity(body, text)
    assert (found.what, found.of_what, found.when) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Ruritania is rescheduling 3.6 billion dlrs of its foreign debt, the minister said.",
        "Ruritania will make 400 mln dlrs of debt payments in 1987, the minister said.",
        "The government froze 15 billion dlrs in deposits held by foreign banks.",
        "Ostmark Bank sold 200 mln dlrs of loans to other banks in March.",
        "Ruritania's foreign reserves fell 222 mln dlrs to 3.4 billion dlrs in February.",
    ],
)
def test_an_amount_dealt_in_or_a_change_is_not_the_balance(body):
    balances = {"debt", "reserves", "deposits", "loans"}
    dealt = [
        text
        for text, figure in figures(body).items()
        if figure.identity.what in balances and text != "3.4 billion dlrs"
    ]
    assert dealt == []


def test_a_narrowed_growth_is_its_own_measure_and_the_economy_s_is_one():
    def what(body):
        [figure] = figures(body).values()
        return figure.identity.what

    assert what("Ruritania's import growth will slow to 3.5 pct in 2025.") == "import-growth"
    assert what("Ruritania's economic growth will slow to 1.5 pct in 2025.") == "growth"
    assert what("Ruritania's real growth was 2.1 pct in 2024.") == "growth"
    assert what("Ruritania's gross domestic product growth was 2.1 pct in 2024.") == "growth"


def test_a_value_at_the_same_time_last_year_is_last_year_s_and_a_part_of_a_month_its_own():
    body = (
        "Ruritania's foreign reserves totalled about 69 billion dlrs, compared with about "
        "42 billion at the same time last year."
    )
    year_ago = figures(body)["42 billion"]
    # "the same time last year" is the publication's month a year back (March 2024), a
    # period and not a day.
    assert (year_ago.role, year_ago.identity.when) == ("previous", "2024-03")
    part = identity(
        "Ruritania's trade surplus in the first 20 days of February rose to 3.58 billion dlrs.",
        "3.58 billion dlrs",
    )
    assert part.when.startswith("part:2025-02")


def test_a_sum_paid_for_something_named_is_its_price_and_a_sum_paid_in_tariffs_is_not():
    body = "Since Norvane paid 1.53 billion euros for Pellier Foods, it has spoken of little else."
    price = identity(body, "1.53 billion euros")
    assert (price.what, price.of_what) == ("price", "pellier foods by norvane")
    assert figures("Norvane paid 300 mln dlrs in tariffs last year.") == {}


def test_a_movement_read_as_one_claim_is_the_figure_it_ends_at():
    body = "Tessaly Energy's 2024 net profit rose to 479 mln dlrs from 157 mln in 2023."
    [(text, figure)] = figures(body).items()
    assert text == "479 mln dlrs from 157 mln"
    assert (figure.identity.what, figure.identity.when, figure.value) == (
        "net-profit",
        "2024",
        479e6,
    )
    down = "Ruritania's foreign reserves fell to 25 billion dlrs in March from 51 billion."
    [figure] = figures(down).values()
    assert (figure.identity.what, figure.value, figure.role) == ("reserves", 25e9, "level")


def test_growth_is_narrowed_only_by_what_grows():
    def what(body):
        [figure] = figures(body).values()
        return figure.identity.what

    assert what("Ruritania's money supply growth slowed to 7.5 pct in 2024.") == (
        "money-supply-growth"
    )
    assert what("Ruritania's growth for the whole of 2024 was 1.6 pct.") == "growth"


_FINNISH_LEAD = "Finland's central bank said its total holdings rose in February.\n"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            _FINNISH_LEAD + "Foreign exchange reserves totalled 41.2 billion markka, compared "
            "with 43.5 billion in January and 38.1 billion markka a year ago.",
            "2025-03-04",
        ),
        (
            "Foreign exchange reserves totalled 41.2 billion markka, against a revised 40.8 "
            "billion the previous month.",
            "2025-03-04",
        ),
        (_FINNISH_LEAD + "Foreign exchange reserves totalled 41.2 billion markka.", None),
    ],
)
def test_a_balance_set_beside_another_period_s_is_the_release_s_figure(body, expected):
    found = identity(body, "41.2 billion markka", title="FINNISH RESERVES RISE")
    assert (found.what, found.of_what, found.when) == ("reserves", "finland", expected)
