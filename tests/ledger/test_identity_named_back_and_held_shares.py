"""A period named back ("for the nine months", "for the quarter") after the article stated it
by its end; a company's "earnings" as its net income, the results table's "Net"; a crop
forecast changed to its figure as a revision whatever else the clause says; a stake written
as a number of shares held and the percentage they make."""

from datetime import UTC, datetime

from identity_helpers import figures, ordered_findings, wire_article

APRIL = datetime(2025, 4, 2, 12, tzinfo=UTC)


def _identity(body: str, text: str, title: str = ""):  # type: ignore[no-untyped-def]
    return figures(body, published=APRIL, title=title)[text].identity


# -- a period named back -------------------------------------------------------------------

RESULTS = (
    "Tarrow Mills Ltd's earnings rose to 41.5 mln dlrs in the nine months ended January 31 "
    "from 37 mln dlrs a year before. Revenue for the nine months rose to 1.62 billion dlrs "
    "from 1.40 billion dlrs. Net income was 14.2 mln dlrs in the quarter ended January 31. "
    "Revenue for the quarter was 560 mln dlrs."
)


def test_the_nine_months_named_back_are_the_ones_stated_by_their_end():
    assert _identity(RESULTS, "41.5 mln dlrs").when == "nine-months-to-2025-01"
    revenue = _identity(RESULTS, "1.62 billion dlrs from 1.40 billion dlrs")
    assert (revenue.what, revenue.when) == ("revenue", "nine-months-to-2025-01")


def test_the_quarter_named_back_is_the_one_stated_by_its_end_not_the_calendars():
    assert _identity(RESULTS, "560 mln dlrs").when == "quarter-to-2025-01"


def test_a_period_named_back_with_no_end_stated_before_keeps_its_reading():
    body = "Tarrow Mills Ltd's revenue for the nine months rose to 1.62 billion dlrs."
    assert "1.62 billion dlrs" not in figures(body, published=APRIL)
    quarter = "Tarrow Mills Ltd's revenue for the quarter was 560 mln dlrs."
    assert _identity(quarter, "560 mln dlrs").when == "2025-Q1"


def test_prose_revenue_for_the_nine_months_has_the_results_tables_identity():
    table = figures(
        "Shr 30 cts vs 27 cts\nNet 14.2 mln vs 12.9 mln\nRevs 560 mln vs 505 mln\n"
        "Nine mths\nShr 88 cts vs 79 cts\nNet 41.5 mln vs 37.0 mln\n"
        "Revs 1.58 billion vs 1.40 billion\n",
        published=datetime(2025, 3, 10, 12, tzinfo=UTC),
        title="TARROW MILLS LTD <TRM> 3RD QTR JAN 31 NET",
    )["1.58 billion"].identity
    prose = _identity(RESULTS, "1.62 billion dlrs from 1.40 billion dlrs")
    assert (prose.what, prose.of_what, prose.when) == (table.what, table.of_what, table.when)


# -- earnings are the net income -----------------------------------------------------------


def test_earnings_in_prose_are_the_tables_net_and_a_share_its_shr_line():
    body = (
        "For the second quarter, Dunmore Chemical Co reported earnings of 210 mln dlrs, or "
        "1.15 dlrs a share."
    )
    table = figures(
        "Shr 1.15 dlrs vs 90 cts\nNet 210,000,000 vs 160,000,000\n",
        published=APRIL,
        title="DUNMORE CHEMICAL CO <DNM> 2ND QTR NET",
    )
    prose = figures(body, published=APRIL)
    for said, listed in (("210 mln dlrs", "210,000,000"), ("1.15 dlrs a share", "1.15 dlrs")):
        one, other = prose[said].identity, table[listed].identity
        assert (one.what, one.of_what, one.when) == (other.what, other.of_what, other.when)
    assert prose["210 mln dlrs"].identity.what == "net-profit"
    assert prose["1.15 dlrs a share"].identity.what == "net-profit-per-share"


def test_profit_alone_stays_the_measure_profit():
    body = "Dunmore Chemical Co said its second-quarter profit was 210 mln dlrs."
    assert _identity(body, "210 mln dlrs").what == "profit"


# -- a crop forecast changed to its figure ---------------------------------------------------

CROP = (
    "Growers in Veloria reported on the millet crop. The production forecast was {} between "
    "{} mln tonnes, against {} mln tonnes last week."
)


def test_a_forecast_reduced_to_its_figure_is_revised():
    body = CROP.format("reduced to", "three and 3.3", "3.2 to 3.5")
    assert _identity(body, "three and 3.3 mln tonnes").basis == "revised"


def test_a_crop_forecast_reduced_a_week_later_is_an_update():
    first = wire_article(
        "m1",
        10,
        "Growers in Veloria reported on the millet crop. Estimates for millet production this "
        "harvest remained at 3.2 to 3.5 mln tonnes again this week.",
    )
    second = wire_article("m2", 17, CROP.format("reduced to", "three and 3.3", "3.2 to 3.5"))
    findings = ordered_findings(first, second)["m2"]
    assert [f.evidence["relation"] for f in findings] == ["update"]


def test_a_crop_forecast_kept_is_no_revision():
    body = CROP.format("again put at", "three and 3.3", "three to 3.3")
    assert _identity(body, "three and 3.3 mln tonnes").basis != "revised"


# -- shares held, and the percentage they make --------------------------------------------


def test_shares_owned_and_the_percentage_they_make_are_a_stake():
    body = (
        "Ostmark Bank said it holds 1,200,000 Pelmar Corp common shares, or 14.8 pct of the "
        "total outstanding."
    )
    found = _identity(body, "14.8 pct")
    assert (found.what, found.of_what) == ("stake", "pelmar held by ostmark bank")


def test_the_stake_a_raise_started_from_is_the_holders_stake():
    body = (
        "Investor Carl Brandt, who may seek control of Pelmar Stores Inc, said he raised his "
        "stake in the company to one mln shares, or 9.9 pct of the total, from 721,900 shares, "
        "or 7.2 pct."
    )
    figure = figures(body, published=APRIL)["7.2 pct"]
    found = figure.identity
    assert (found.what, found.of_what) == ("stake", "pelmar stores held by carl brandt")
    assert figure.role == "previous"  # the holding before the raise, not the one now


def test_the_holding_a_later_filing_started_from_is_never_reported_as_the_stake_now():
    first = wire_article(
        "h1",
        3,
        "Harlow Holdings said it raised its stake in Pelmar Co to 1,100,000 shares, or 7.3 pct "
        "of the total outstanding common stock.",
    )
    second = wire_article(
        "h2",
        24,
        "Harlow Holdings said it raised its stake in Pelmar Co to 1,480,000 shares, or 9.8 pct "
        "of the total, from a previous figure of about 1,217,000 shares, or 8.0 pct.",
    )
    findings = ordered_findings(first, second)["h2"]
    assert [(f.rule, f.evidence["relation"]) for f in findings] == [("CC202", "update")]
    assert "9.8 pct" in findings[0].message


def test_shares_tendered_are_no_stake():
    body = "Harlan Corp said about 450,000 shares, or 6.5 pct, of Pelmar shares had been tendered."
    # the share tendered to a bidder, of the target's stock: nobody's holding
    tendered = figures(body, published=APRIL)["6.5 pct"].identity
    assert (tendered.what, tendered.of_what) == ("shares-tendered", "pelmar")


# -- an issue raised through an offering, and the one a filing covers -------------------------


def test_an_issue_raised_via_an_offering_and_the_filed_issue_share_one_key():
    raised = _identity(
        "Tamsen Industries Inc is raising 90 mln dlrs via an offering of convertible "
        "subordinated debentures due 2011 with a six pct coupon, said lead manager Holm "
        "Securities.",
        "90 mln dlrs",
    )
    filed = _identity(
        "Tamsen Industries Inc said it filed with the Securities and Exchange Commission a "
        "registration statement covering a 90 mln dlr issue of convertible subordinated "
        "debentures due 2011.",
        "90 mln dlr",
    )
    assert (raised.what, raised.of_what) == ("issue:due-2011", "tamsen")
    assert (filed.what, filed.of_what) == (raised.what, raised.of_what)


def test_money_raised_with_no_security_due_is_no_issue():
    body = "Tamsen Industries Inc is raising 90 mln dlrs to pay for its new plant."
    assert "90 mln dlrs" not in figures(body, published=APRIL)
