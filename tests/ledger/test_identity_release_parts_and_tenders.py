"""A month's home prices and unadjusted homes sold, given again beside another month's in the
next release, and the share of a target's stock tendered under an offer while it runs: each
gets an identity, so that the same figure restated later meets it, and its look-alikes (a
trade's average price, a holding, shares holders only agreed to tender) get none."""

from datetime import UTC, datetime

from identity_helpers import figures, links_of, ordered_findings, ordered_results, wire_article

JULY = datetime(2025, 7, 28, 14, tzinfo=UTC)

HOME_RELEASE = (
    "Sales of new single-family homes in the United States climbed 3.1 pct in June to a "
    "seasonally adjusted annual rate of 690,000 units, the Commerce Department said.\n"
    "Buyers paid an average price of 140,300 dlrs in June, compared with 131,200 dlrs in May, "
    "while the median price came to 110,000 dlrs in June against 104,500 dlrs in May.\n"
    "Before seasonal adjustment, homes sold totalled 61,000 in June, against 59,000 in May."
)


def test_the_average_and_the_median_price_are_two_measures_of_the_months_named():
    found = figures(HOME_RELEASE, published=JULY)
    june, may = found["140,300 dlrs"].identity, found["131,200 dlrs"].identity
    assert june.what == may.what == "average-home-price-of-new-home-sales"
    assert (june.when, may.when) == ("2025-06", "2025-05")
    assert found["110,000 dlrs"].identity.what == "median-home-price-of-new-home-sales"


def test_homes_sold_before_adjustment_are_not_the_annual_rate():
    found = figures(HOME_RELEASE, published=JULY)
    assert found["61,000"].identity.what == "unadjusted-new-home-sales"
    assert found["59,000"].identity.when == "2025-05"
    assert found["690,000 units"].identity.what == "new-home-sales"


def test_an_average_price_outside_a_story_of_home_sales_is_no_home_price():
    found = figures(
        "Growers sold 300,000 bags in June at an average price of 140 dlrs a bag, the "
        "institute said.\nIn May the average price came to 150 dlrs.",
        published=JULY,
    )
    assert not any(f.identity.what.startswith("average-home-price") for f in found.values())


def test_a_months_price_the_next_release_gives_differently_updates_it():
    first = wire_article(
        "first",
        3,
        "U.S. sales of new single-family homes rose 2.0 pct in January, the Commerce Department "
        "said.\nBuyers paid an average price of 128,400 dlrs in January, compared with "
        "125,000 dlrs in December, the department said.",
    )
    second = wire_article(
        "second",
        31,
        "U.S. sales of new single-family homes fell 1.5 pct in February, the Commerce Department "
        "said.\nBuyers paid an average price of 126,100 dlrs in February, compared with "
        "129,900 dlrs in January, the department said.",
    )
    findings = ordered_findings(first, second)["second"]
    assert [f.rule for f in findings] == ["CC202"]
    assert "129,900 dlrs" in findings[0].message


TENDER_BODY = (
    "Brockton Holdings Ltd said that by Friday holders had deposited 14.2 mln shares, or 88 "
    "pct of Halvern Corp's stock, under the offer.\n"
    "Brockton said holders of 30 pct of Halvern shares have agreed to tender under the offer.\n"
    "Brockton owns 9 pct of Halvern's stock."
)


def test_the_share_tendered_is_keyed_by_the_target_whose_stock_it_is():
    found = figures(TENDER_BODY)
    tendered = found["88 pct"].identity
    assert (tendered.what, tendered.of_what) == ("shares-tendered", "halvern")


def test_shares_only_agreed_to_be_tendered_or_held_are_not_tendered():
    found = figures(TENDER_BODY)
    assert "30 pct" not in found or found["30 pct"].identity.what != "shares-tendered"
    assert "9 pct" not in found or found["9 pct"].identity.what != "shares-tendered"


def test_shares_taken_up_under_the_offer_and_shares_of_the_target_written_before():
    found = figures(
        "Brockton said it had bought 15.1 mln Halvern shares, or 93 pct of Halvern Corp's "
        "common stock, under its tender offer, which closed on Monday.\nThe agent said "
        "900,000 shares of Halvern common stock, or 12.5 pct of the outstanding shares, were "
        "tendered by Friday."
    )
    assert found["93 pct"].identity.of_what == "halvern"
    assert found["12.5 pct"].identity.what == "shares-tendered"
    assert found["12.5 pct"].identity.of_what == "halvern"


def test_the_share_tendered_a_week_later_updates_the_first():
    first = wire_article(
        "first",
        3,
        "Brockton Holdings Ltd said 6.1 mln shares or 41 pct of Halvern Corp's stock had "
        "been tendered under its offer.",
    )
    second = wire_article(
        "second",
        10,
        "Brockton Holdings Ltd said 11.8 mln shares or 79 pct of Halvern Corp's stock had "
        "been tendered under its offer.",
    )
    findings = ordered_findings(first, second)["second"]
    assert [f.rule for f in findings] == ["CC202"]


def _price_list(article_id: str, day: int, rows: str) -> object:
    return wire_article(
        article_id,
        day,
        "The Ruritanian cotton board yesterday set its floor export prices for cotton goods, "
        "in dlrs a tonne, old prices in brackets, as follows:\n"
        f"{rows}\nREUTER",
    )


def test_an_item_of_a_price_list_set_anew_updates_its_price_in_the_list_before():
    first = _price_list(
        "first",
        3,
        "Cotton lint 412 (409), linters 118 (117), all for shipments through May.\n"
        "Cotton lint 420 (418), linters 121 (120), all for shipments June onwards.",
    )
    second = _price_list(
        "second",
        10,
        "Cotton lint 409 (412), linters 118 (118), all for shipments through May.",
    )
    results = ordered_results(first, second)
    links = sorted(links_of(results, "second"))
    # lint through May moved from 412 to 409; its linters stayed; the June list is not this one
    assert links == [("118", "first", "same"), ("409", "first", "update")]
    assert [f.rule for f in results["second"].findings] == ["CC202"]


def test_a_rate_table_in_columns_keys_each_rate_by_its_term():
    table = (
        "The Ruritanian Housing Agency said its rates on its bills are as "
        "follows:\nMATURITY NEW RATE OLD RATE MATURITY\n"
        "5-14 days {0} pct 5.60 pct 5-14 days\n"
        "15-60 days 5.10 pct 5.10 pct 15-60 days\n"
        "           5.40 pct 61-90 days\nREUTER"
    )
    first = wire_article("first", 3, table.format("5.65"))
    second = wire_article("second", 10, table.format("5.75"))
    links = sorted(links_of(ordered_results(first, second), "second"))
    # the line opening with a rate is the old column's alone: no row of its own
    assert links == [("5.10 pct", "first", "same"), ("5.75 pct", "first", "update")]
