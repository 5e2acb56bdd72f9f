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
        "Norway's trade deficit widened to 15.1 billion crowns in February, the statistics "
        "office said.\n    The 15.1 billion crown February trade deficit compared with a "
        "revised January deficit of 12.3 billion crowns."
    )
    found = figures(body, published=JUNE)
    january = found["12.3 billion crowns"].identity
    assert (january.what, january.of_what, january.when) == ("trade-deficit", "norway", "2025-01")
    assert january.basis == "revised"
    # "revised" after "compared with" is the January figure's, not February's.
    february = found["15.1 billion crown"].identity
    assert (february.when, february.basis) == ("2025-02", None)


def test_a_date_compared_with_stays_the_other_figures():
    body = "Norway's trade deficit was 15.1 billion crowns in February against January's deficit."
    assert identity(body, "15.1 billion crowns", published=JUNE).when == "2025-02"


def test_ships_a_party_sends_or_keeps_are_not_the_incidents():
    body = (
        "A tanker was hit by a missile in the Gulf on Monday, shipping sources said.\n"
        "    Italy has sent eight ships to the Gulf to protect its merchant shipping, and the "
        "United States keeps a 30-ship force there.\n    The attack damaged three ships."
    )
    found = figures(body, published=JUNE)
    assert "eight ships" not in found
    assert "30-ship" not in found
    assert found["three ships"].identity.what == "count:ship"


HOME_SALES = (
    "Sales of new, single-family homes fell 4.1 pct in May to a seasonally adjusted annual "
    "rate of 690,000 units, the Commerce Department said.\n"
)
HOME_TITLE = "U.S. HOME SALES FELL 4.1 PCT IN MAY"


def test_a_comma_between_a_measures_adjectives_keeps_the_measure():
    found = figures(HOME_SALES, published=JUNE, title=HOME_TITLE)
    level = found["690,000 units"].identity
    assert (level.what, level.of_what, level.when) == ("new-home-sales", "us", "2025-05")
    assert found["4.1 pct"].identity.what == "new-home-sales:change"


def test_bare_sales_after_home_sales_are_home_sales():
    body = HOME_SALES + "    The department revised April sales to 720,000 units."
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
        HOME_SALES + "    The fall was the largest since March, 1981, when sales fell 18.2 pct, "
        "and took sales to their lowest since June, 1983, when 590,000 units were sold."
    )
    found = figures(body, published=JUNE, title=HOME_TITLE)
    assert found["18.2 pct"].identity.when == "1981-03"
    assert found["590,000 units"].identity.when == "1983-06"
    assert found["690,000 units"].identity.when == "2025-05"


def test_a_bidder_raising_its_own_offer_bids_for_the_articles_company():
    body = (
        "Brenmoor Capital said it has launched a 48.50 dlr a share tender offer for Tessaly "
        "Inc.\n    The board of Tessaly approved the plan, meant to thwart an unsolicited offer "
        "from Harlan Corp.\n    Harlan has raised its offer to 48 dlrs a share cash."
    )
    found = figures(body, published=JUNE)
    assert found["48 dlrs a share"].identity.of_what == "tessaly by harlan"
    assert found["48.50 dlr a share"].identity.of_what == "tessaly by brenmoor capital"


def test_an_abbreviated_legal_form_ends_a_name():
    sentence = "It rejected an offer from Harlan Corp. Tessaly Inc also agreed to pay fees."
    keys = [key for key, _, _ in sentence_names(sentence)]
    assert "harlan" in keys
    assert "tessaly" in keys
    assert not any("harlan" in key and "tessaly" in key for key in keys)


def test_a_monetary_aggregate_is_no_subject():
    body = (
        "Norway's broadly defined, seasonally adjusted M-3 money supply grew an estimated 3.6 "
        "pct in December after a revised 2.4 pct rise in November, the central bank said."
    )
    found = figures(body, published=JUNE)
    assert found["3.6 pct"].identity.of_what == "norway"
    assert found["2.4 pct"].identity.of_what == "norway"
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
    body = (
        "Velmora's broadly defined M-3 money supply rose 2.2 pct to 607.2 billion crowns in "
        "January, after a 3.1 pct rise in December, for a year-on-year rise of 23.3 pct, the "
        "government said."
    )
    found = figures(body, published=JUNE)
    assert found["23.3 pct"].identity.what == "m3-money-supply:change:year-on-year"


def test_a_regulator_in_the_lead_is_not_the_company_a_later_it_means():
    body = (
        "The Federal Deposit Insurance Corp said the Lindale State Bank of Brackett, Okla., "
        "was closed on Friday by state regulators.\n    It had assets of 14.2 mln dlrs."
    )
    assets = identity(body, "14.2 mln dlrs", published=JUNE)
    assert assets.what == "assets"
    assert "lindale state bank" in (assets.of_what or "")


def test_a_company_in_the_lead_still_owns_a_later_its():
    body = "Harlan Corp said its Brackett unit had been sold.\n    It had assets of 410 mln dlrs."
    assert identity(body, "410 mln dlrs", published=JUNE).of_what == "harlan"


def test_a_word_of_status_between_the_verb_and_the_figure_keeps_a_change():
    body = (
        "Velmora's M-2 money supply rose a preliminary 8.8 pct in February from a year "
        "earlier, the central bank said."
    )
    assert identity(body, "8.8 pct", published=JUNE).what == "m2-money-supply:change:year-on-year"


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
