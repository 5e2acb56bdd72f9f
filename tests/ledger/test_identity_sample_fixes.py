"""Wrong links and recall gaps found reading a fresh sample of the ledger's findings, each
fixed as a phenomenon: the period of the figure a comparison names, a revision word that
belongs to the other side, ships a party sends, a time named before "when", home sales named
with a comma and then as "sales", a bidder raising its own offer, a legal form that ends a
name, a monetary aggregate that is a measure and not a subject. Sentences are our own."""

from datetime import UTC, datetime

from identity_helpers import figures, identity

from claimcheck.ledger.names import sentence_names

JUNE = datetime(2025, 6, 27, 14, tzinfo=UTC)


def test_the_period_of_the_figure_compared_with_is_its_own():
    body = (
        "Norway's trade deficit widened to 9.4 billion crowns in March, the statistics office "
        "said.\n    The 9.4 billion crown trade deficit for March compared with a revised "
        "February deficit of 8.2 billion crowns."
    )
    found = figures(body, published=JUNE)
    february = found["8.2 billion crowns"].identity
    assert (february.what, february.of_what, february.when) == (
        "trade-deficit",
        "norway",
        "2025-02",
    )
    assert february.basis == "revised"
    # "revised" after "compared with" is the February figure's, not March's.
    march = found["9.4 billion crown"].identity
    assert (march.when, march.basis) == ("2025-03", None)


def test_a_date_compared_with_stays_the_other_figures():
    body = "Norway's trade deficit was 15.1 billion crowns in February against January's deficit."
    assert identity(body, "15.1 billion crowns", published=JUNE).when == "2025-02"


def test_ships_a_party_sends_or_keeps_are_not_the_incidents():
    body = (
        "A tanker was hit by a missile in the Gulf on Monday, shipping sources said.\n"
        "    Portugal has dispatched four warships to the region to guard its tankers, and the "
        "United States keeps a 25-ship fleet there.\n    The attack damaged three ships."
    )
    found = figures(body, published=JUNE)
    assert "four warships" not in found
    assert "25-ship" not in found
    assert found["three ships"].identity.what == "count:ship"


HOME_SALES = (
    "The Commerce Department said sales of new, single-family homes dropped 4.1 pct in May, "
    "to an annual rate of 690,000 units after seasonal adjustment.\n"
)
HOME_TITLE = "U.S. NEW HOME SALES DROP IN MAY"


def test_a_comma_between_a_measures_adjectives_keeps_the_measure():
    found = figures(HOME_SALES, published=JUNE, title=HOME_TITLE)
    level = found["690,000 units"].identity
    assert (level.what, level.of_what, level.when) == ("new-home-sales", "us", "2025-05")
    assert found["4.1 pct"].identity.what == "new-home-sales:change"


def test_bare_sales_after_home_sales_are_home_sales():
    body = HOME_SALES + "    April's sales were revised to 720,000 units."
    revised = identity(body, "720,000 units", published=JUNE, title=HOME_TITLE)
    assert (revised.what, revised.when, revised.basis) == ("new-home-sales", "2025-04", "revised")


def test_bare_sales_elsewhere_stay_a_companys_sales():
    body = "Acme Stores said sales rose 5.2 pct in April."
    assert identity(body, "5.2 pct", published=JUNE).what == "revenue:change"
    assert "400 units" not in figures("Acme Stores said sales were 400 units in April.")


def test_a_two_word_measure_takes_no_comma():
    body = "In the stock market, share prices rose 3 pct in May."
    found = figures(body, published=JUNE)
    assert all(f.identity.what != "market-share" for f in found.values())


def test_a_figure_after_a_date_and_when_is_of_that_time():
    body = (
        HOME_SALES + "    It was the steepest monthly fall since March, 1981, when sales "
        "dropped 18.2 pct, and sales were last lower in June, 1983, when 590,000 units were sold."
    )
    found = figures(body, published=JUNE, title=HOME_TITLE)
    assert found["18.2 pct"].identity.when == "1981-03"
    assert found["590,000 units"].identity.when == "1983-06"
    assert found["690,000 units"].identity.when == "2025-05"


def test_a_bidder_raising_its_own_offer_bids_for_the_articles_company():
    body = (
        "Brenmoor Capital said it began a tender offer of 52.25 dlrs a share for Tessaly Inc.\n"
        "    The board of Tessaly backed the plan to fend off an unwanted bid from Harlan Corp.\n"
        "    Harlan has now raised its offer to 51 dlrs a share in cash."
    )
    found = figures(body, published=JUNE)
    assert found["51 dlrs a share"].identity.of_what == "tessaly by harlan"
    assert found["52.25 dlrs a share"].identity.of_what == "tessaly by brenmoor capital"


def test_an_abbreviated_legal_form_ends_a_name():
    sentence = "It rejected an offer from Harlan Corp. Tessaly Inc also agreed to pay fees."
    keys = [key for key, _, _ in sentence_names(sentence)]
    assert "harlan" in keys
    assert "tessaly" in keys
    assert not any("harlan" in key and "tessaly" in key for key in keys)


def test_a_monetary_aggregate_is_no_subject():
    body = (
        "Norway's seasonally adjusted, broadly defined M-3 money supply increased by about 1.7 "
        "pct in October after a revised 0.9 pct rise in September, the central bank said."
    )
    found = figures(body, published=JUNE)
    assert found["1.7 pct"].identity.of_what == "norway"
    assert found["0.9 pct"].identity.of_what == "norway"
    keys = [key for key, _, _ in sentence_names("Velmora's M-1 and M-3 rose.")]
    assert "velmora" in keys
    assert not any(key.startswith("m ") for key in keys)


def test_counted_sales_in_no_home_sales_story_are_not_home_sales():
    body = (
        "Velbrook Motors said its car sales for the March 1-10 period rose to 12,400 from "
        "9,800 a year ago."
    )
    found = figures(body, published=JUNE)
    assert all("home-sales" not in (f.identity.what or "") for f in found.values())


def test_a_year_on_year_change_said_of_the_figure_itself():
    body = "Velmora's M-3 money supply grew 1.1 pct in August, for a year-on-year rise of 14.6 pct."
    found = figures(body, published=datetime(2025, 9, 20, tzinfo=UTC))
    assert found["14.6 pct"].identity.what == "m3-money-supply:change:year-on-year"
    assert found["1.1 pct"].identity.what == "m3-money-supply:change"


def test_a_regulator_in_the_lead_is_not_the_company_a_later_it_means():
    body = (
        "The Federal Deposit Insurance Corp said the Lindale State Bank of Brackett, Okla., "
        "was shut on Friday by state regulators.\n    It had assets of 9.6 mln dlrs."
    )
    assets = identity(body, "9.6 mln dlrs", published=JUNE)
    assert assets.what == "assets"
    assert "lindale state bank" in (assets.of_what or "")


def test_a_company_in_the_lead_still_owns_a_later_its():
    body = "Harlan Corp said its Brackett unit had been sold.\n    It had assets of 410 mln dlrs."
    assert identity(body, "410 mln dlrs", published=JUNE).of_what == "harlan"


def test_a_word_of_status_between_the_verb_and_the_figure_keeps_a_change():
    body = (
        "Velmora's M-2 money supply rose a preliminary 6.3 pct in July from a year earlier, the "
        "central bank said."
    )
    assert identity(body, "6.3 pct", published=JUNE).what == "m2-money-supply:change:year-on-year"


def test_kin_of_the_people_counted_are_not_a_toll():
    body = (
        "A Velmoran airliner crashed into a mountain near Tarsk on Sunday, killing 520 people. "
        "There were only four survivors.\n    Survivors of 12 passengers have settled with the "
        "airline.\n    Rescuers said 4 people were rescued."
    )
    found = figures(body, published=JUNE)
    assert "12 passengers" not in found
    assert found["4 people"].identity.what == "rescued"
    assert found["four survivors"].identity.what == "rescued"
