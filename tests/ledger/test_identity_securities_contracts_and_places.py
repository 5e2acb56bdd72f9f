"""More kinds of figures get an identity, and a few got a wrong one: an outstanding security
named by its coupon and maturity, a contract's value, a figure written before its month and
measure, a bare "gap" or "shortfall" after the deficit it stands for; West Germany and Germany
as one country, a price deflator that is not GNP, income growth that is not the economy's, and
a state's abbreviation that is nobody's stake or word."""

from datetime import UTC, datetime

import pytest
from identity_helpers import figures, ordered_findings, wire_article

# A day after the months the probes below speak of, so that none is a period still to come.
APRIL = datetime(1987, 4, 20, 9, tzinfo=UTC)


def identity_of(body: str, text: str):  # type: ignore[no-untyped-def]
    return figures(body, published=APRIL)[text].identity


# -- outstanding securities ------------------------------------------------------------------


def test_an_exchange_offer_and_a_rating_name_one_security_by_coupon_and_maturity():
    offer = identity_of(
        "Harlow Mining Corp opened an offer to swap new stock for its 75 mln dlrs principal "
        "amount of 11-1/4 pct subordinated debentures due March 15, 1999.",
        "75 mln dlrs",
    )
    rating = identity_of(
        "The agency lowered its rating on Harlow Mining Corp's 75 mln dlrs of 11-1/4 pct "
        "debentures due 1999.",
        "75 mln dlrs",
    )
    assert (offer.what, offer.of_what) == ("securities:11.25pct-due-1999", "harlow mining")
    assert (rating.what, rating.of_what) == (offer.what, offer.of_what)


def test_two_securities_of_one_issuer_in_one_sentence_stay_apart():
    found = figures(
        "Holders may tender Kestrel Corp's 45 mln dlr principal amount of 12-1/4 pct notes due "
        "2001 as well as its 20 mln dlrs principal amount of 13-3/8 pct debentures due 1996.",
        published=APRIL,
    )
    assert found["45 mln dlr"].identity.what == "securities:12.25pct-due-2001"
    assert found["20 mln dlrs"].identity.what == "securities:13.375pct-due-1996"


def test_an_amount_being_issued_is_still_the_issue_not_what_is_outstanding():
    found = identity_of(
        "Kestrel Corp said it is offering 50 mln dlrs of 9-1/4 pct notes due 1997.", "50 mln dlrs"
    )
    assert found.what == "issue:due-1997"


def test_an_outstanding_security_that_shrank_is_an_update():
    earlier = wire_article(
        "e",
        3,
        "Harlow Mining Corp opened an offer to swap new stock for its 75 mln dlrs of 11-1/4 "
        "pct debentures due 1999.",
    )
    later = wire_article(
        "l",
        20,
        "The agency lowered its rating on Harlow Mining Corp's 52 mln dlrs of 11-1/4 pct "
        "debentures due 1999.",
    )
    findings = ordered_findings(earlier, later)["l"]
    assert [f.evidence["relation"] for f in findings] == ["update"]


# -- contracts -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "text"),
    [
        (
            "Brenmoor Telecom, the French unit of Halvard Group, has won a 15 mln French franc "
            "contract to supply radio links to the Swedish army, the company said.",
            "15 mln French franc",
        ),
        ("Brenmoor Telecom has won a contract worth about 15 mln francs.", "15 mln francs"),
    ],
)
def test_a_contract_s_value_belongs_to_the_company_that_won_it(body, text):
    found = identity_of(body, text)
    assert (found.what, found.of_what) == ("contract", "brenmoor telecom")
    # one company wins many contracts: a value to agree with, never to dispute
    assert found.specific is False


def test_a_customer_written_before_contract_is_not_the_contractor():
    found = identity_of(
        "Orlec Corp said it received a 474.5 mln dlr Air Force contract for jet engines.",
        "474.5 mln dlr",
    )
    assert found.of_what == "orlec"


def test_two_contracts_of_one_company_are_never_reported_as_a_revision():
    earlier = wire_article(
        "e", 3, "Orlec Corp said it received a 474.5 mln dlr Air Force contract for engines."
    )
    later = wire_article(
        "l", 7, "Orlec Corp has been awarded a 27.4 mln dlr contract for spare parts."
    )
    assert ordered_findings(earlier, later)["l"] == []


def test_a_price_under_a_contract_is_no_contract_value():
    found = figures("Under its new contract, Orlec Corp will be paid 3.50 dlrs a unit.")
    assert all(f.identity.what != "contract" for f in found.values())


# -- economic figures ------------------------------------------------------------------------


def test_a_month_between_a_prenominal_figure_and_its_measure_is_the_figure_s_period():
    found = identity_of(
        "Dealers shrugged off Norway's 4.5 billion crown February current account surplus.",
        "4.5 billion crown",
    )
    assert (found.what, found.of_what, found.when) == (
        "current-account-surplus",
        "norway",
        "1987-02",
    )


@pytest.mark.parametrize("word", ["shortfall", "gap"])
def test_a_bare_gap_or_shortfall_is_the_deficit_the_article_named(word):
    body = (
        "Norway posted a trade deficit of 1.2 billion crowns in January. "
        f"The {word} widened to 1.5 billion crowns in February."
    )
    found = identity_of(body, "1.5 billion crowns")
    assert (found.what, found.of_what, found.when) == ("trade-deficit", "norway", "1987-02")


def test_a_gap_in_an_article_naming_no_deficit_is_no_figure_of_the_economy():
    found = figures(
        "The funding gap of the Oslo hospital is 300 mln crowns, the city said.", published=APRIL
    )
    assert found == {}


def test_west_german_and_german_figures_are_one_country_s():
    west = identity_of(
        "West Germany's trade surplus widened to 9.2 billion marks in February.",
        "9.2 billion marks",
    )
    german = identity_of(
        "The German trade surplus of 9.2 billion marks in February surprised dealers.",
        "9.2 billion marks",
    )
    assert west.of_what == german.of_what == "germany"


def test_a_price_deflator_named_after_gnp_is_not_gnp():
    found = figures(
        "Ruritania's GNP implicit price deflator rose 0.7 pct in the fourth quarter.",
        published=APRIL,
    )
    assert all(not f.identity.what.startswith("gnp") for f in found.values())


def test_income_growth_is_not_the_economy_s_growth():
    found = identity_of(
        "Norway's real disposable income growth slowed to 1.2 pct in 1986.", "1.2 pct"
    )
    assert found.what == "disposable-income-growth"
    economy = identity_of("Norway's economic growth slowed to 2.1 pct in 1986.", "2.1 pct")
    assert economy.what == "growth"


# -- a state's abbreviation ------------------------------------------------------------------


def test_a_state_abbreviation_in_a_description_is_neither_holder_nor_source():
    found = identity_of(
        "Marlin Holdings Corp, a Naples, Fla., boat maker, said it raised its stake in Kessel "
        "Industries Inc to 9.1 pct from 7.8 pct.",
        "9.1 pct from 7.8 pct",
    )
    assert found.of_what == "kessel held by marlin"
    assert found.source == "marlin holdings corp"


# -- strikers --------------------------------------------------------------------------------


def test_people_a_strike_is_by_are_its_strikers():
    body = (
        "Port workers in Ruritania went on strike on Friday. The strike by 12,000 workers has "
        "halted 40 ships, their union said."
    )
    found = identity_of(body, "12,000 workers")
    assert found.what == "strikers"
    assert found.event is not None and found.event.kind == "strike"


@pytest.mark.parametrize(
    "body",
    [
        "Norway's trade surplus was 7.2 billion crowns in January. Its 17.6 billion crown "
        "surplus for January and February together was below the year before's.",
        "Norway's trade surplus was 7.2 billion crowns in January. Its trade surplus for "
        "January and February combined was 17.6 billion crowns.",
    ],
)
def test_two_months_together_are_no_one_month_s_figure(body):
    found = figures(body, published=APRIL)
    assert found["7.2 billion crowns"].identity.when == "1987-01"
    assert not any(text.startswith("17.6") for text in found)


def test_a_quarter_written_as_its_first_and_last_month_is_that_quarter():
    found = identity_of(
        "Norway's economy, measured by gross national product, grew 1.4 pct in the "
        "October/December quarter.",
        "1.4 pct",
    )
    assert found.when == "1986-Q4"
