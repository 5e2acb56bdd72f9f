"""Forms of a figure the identity reads on wire copy: an account named as the clause's subject,
a negated product, a forecast word that governs several words away or a list of objects, a
figure asked for or promised, an amount dealt in with its owner's name between, and the words
of a bid (its price "at N", its value, a passive sale, "an offer by")."""

from identity_helpers import figures, identity

from claimcheck.ledger.identity import FORECAST

# -- which balance -----------------------------------------------------------------------------


def test_an_account_named_before_a_bare_surplus_is_that_account_s_balance():
    body = (
        "Portugal's trade surplus was 3.1 billion dlrs in 2024. Economists praised the move "
        "of Portugal's current account into a surplus of 2.4 billion dlrs in 2024. The "
        "errors and omissions account showed a surplus of 120 mln dlrs in 2024."
    )
    found = figures(body)
    assert found["3.1 billion dlrs"].identity.what == "trade-surplus"
    assert found["2.4 billion dlrs"].identity.what == "current-account-surplus"
    assert found["120 mln dlrs"].identity.what == "errors-and-omissions-account-surplus"


def test_a_negated_product_is_not_the_product():
    found = identity(
        "Velmora's non-oil and gas exports climbed to 4.2 billion dlrs in 2024, its central "
        "bank reported.",
        "4.2 billion dlrs",
    )
    assert found.what != "gas-exports"
    assert "non-oil" in found.what


# -- not a fact --------------------------------------------------------------------------------


def test_a_modal_verb_governs_a_figure_several_words_away():
    found = identity(
        "By the close of 2025 Portugal's trade surplus will be well over eight billion dlrs, "
        "its ministers think.",
        "eight billion dlrs",
    )
    assert found.modality == FORECAST


def test_a_forecast_governs_every_object_of_its_list():
    found = figures(
        "For Portugal, the bank's economist predicts a May budget deficit of 2 billion dlrs, "
        "and a 2025 budget deficit of 150 billion dlrs."
    )
    assert found["150 billion dlrs"].identity.modality == FORECAST


def test_a_figure_asked_for_or_promised_is_not_a_fact():
    body = (
        "Portugal has commitments to export another 250,000 tonnes of rice in 2025. "
        "Portugal exported 310,000 tonnes of rice in 2024."
    )
    found = figures(body)
    assert found["250,000 tonnes"].identity.modality == FORECAST
    assert found["310,000 tonnes"].identity.modality != FORECAST


def test_a_wish_several_words_before_a_measure_does_not_govern_its_figure():
    found = identity(
        "Spain wants Portugal to shrink its trade surplus with Spain, which reached 3.3 billion "
        "dlrs in 2024.",
        "3.3 billion dlrs",
    )
    assert found.modality != FORECAST


# -- an amount dealt in ------------------------------------------------------------------------


def test_the_part_of_a_debt_rescheduled_is_not_the_debt():
    body = (
        "Portugal's foreign debt stood at 19.5 billion dlrs at the end of 2024. Bankers "
        "welcomed the restructuring of Portugal's 4.1 billion dlr foreign debt on Monday."
    )
    found = figures(body)
    assert found["19.5 billion dlrs"].identity.what == "debt"
    assert "4.1 billion dlr" not in found


# -- bids and stakes ---------------------------------------------------------------------------


def test_an_offer_by_a_bidder_for_a_company_s_stock_at_a_price():
    found = identity(
        "Directors of Tessaly Inc turned down a hostile offer by Harlan Corp for Tessaly's "
        "common stock at 14.25 dlrs a share.",
        "14.25 dlrs a share",
    )
    assert (found.what, found.of_what) == ("offer", "tessaly by harlan")


def test_an_offer_received_in_the_passive_names_both_sides():
    found = identity(
        "Tessaly Inc said it agreed to be bought by Harlan Corp for 14.25 dlrs a share in cash.",
        "14.25 dlrs a share",
    )
    assert found.what in ("offer", "price")
    assert found.of_what == "tessaly by harlan"


def test_the_value_of_a_bid_is_the_offer():
    found = identity(
        "Bankers say the Marlow Capital bid for Tessaly is worth about 610 mln dlrs.",
        "610 mln dlrs",
    )
    assert found.what == "offer"


def test_a_bid_for_the_shares_of_a_company_is_for_that_company():
    found = identity(
        "Harlan Corp said it was offering 420 mln stg for the ordinary shares of Tessaly Plc.",
        "420 mln stg",
    )
    assert found.what in ("offer", "price")
    assert found.of_what.startswith("tessaly")


def test_an_investor_owning_a_percentage_of_a_company_holds_a_stake():
    found = identity("Marlow Capital now holds roughly 8.2 pct of Tessaly Inc.", "8.2 pct")
    assert (found.what, found.of_what) == ("stake", "tessaly held by marlow capital")


def test_a_role_closing_the_figure_before_is_not_the_next_figure_s():
    found = figures(
        "A landslide buried houses in Varnholt on Sunday. Rescuers said 12 people were killed "
        "and a further 30 people stranded."
    )
    assert found["12 people"].identity.what == "killed"
    assert "30 people" not in found


def test_a_surplus_with_a_trading_bloc_is_a_part_of_the_surplus():
    found = identity(
        "In 2024 Japan ran a trade surplus with the Community of 21 billion dlrs, Brussels "
        "complained.",
        "21 billion dlrs",
    )
    assert found.part_of == "with:european community"


def test_the_rate_of_growth_of_a_measure_is_its_change():
    found = identity(
        "In Portugal the growth rate of industrial output slowed to 2.1 pct in May after it "
        "rose 3.4 pct in April.",
        "3.4 pct",
    )
    assert found.what == "industrial-production:change"


def test_a_measure_of_several_words_is_read_whole_at_the_edge_of_reach():
    found = identity(
        "Industrial output in Portugal during the month of May stood a full 2.1 pct above a "
        "year before, after it gained 3.4 pct in April.",
        "3.4 pct",
    )
    assert found.what == "industrial-production:change"


def test_a_bid_from_a_bidder_the_target_rejects():
    found = identity(
        "Tessaly Plc said its directors will turn down the 420 mln stg bid from Harlan Corp.",
        "420 mln stg",
        title="TESSALY REJECTS HARLAN BID",
    )
    assert (found.what, found.of_what, found.when) == ("offer", "tessaly by harlan", None)


def test_last_year_s_figure_after_from_is_the_other_side_of_a_comparison():
    found = figures(
        "Portugal's inflation rate climbed to 3.4 pct in 2025, from last year's 2.9 pct."
    )
    assert found["2.9 pct"].role != found["3.4 pct"].role


def test_a_pay_rise_sought_is_not_one_agreed():
    found = figures(
        "Dockers in Portugal went on strike on Monday. The 9,000 dockers are seeking a pay rise "
        "of 40 pct. At two small ports the dockers settled for a 15 pct pay rise."
    )
    assert found["40 pct"].identity.modality == FORECAST
    assert found["15 pct"].identity.modality != FORECAST


def test_a_share_of_the_economy_is_a_ratio_not_the_economy():
    found = figures(
        "Portugal's economy grew 2.8 pct in 2024. The 2024 budget deficit came to 3.5 pct of "
        "GDP, the ministry said."
    )
    assert found["2.8 pct"].identity.what.startswith(("gdp", "growth"))
    assert "3.5 pct" not in found or not found["3.5 pct"].identity.what.startswith("gdp")


def test_points_moved_to_a_level_are_a_change_of_the_rate():
    found = figures("Harrow Bank cut its prime rate half a point to 8.75 pct on Tuesday.")
    assert "half a point" not in found or found["half a point"].identity.what.endswith(":change")
    assert found["8.75 pct"].identity.what == "prime-rate"


def test_a_product_opening_the_sentence_qualifies_its_measure():
    found = figures(
        "Wheat imports of Portugal in 2024 are put at 1.9 mln tonnes. Maize imports in 2024 "
        "are put at 2.6 mln tonnes."
    )
    assert found["2.6 mln tonnes"].identity.what == "maize-imports"


def test_a_figure_set_to_come_is_a_forecast():
    found = identity(
        "Dutch consumer prices are set to fall by 0.4 pct in 2025, planners in the Netherlands "
        "said.",
        "0.4 pct",
    )
    assert found.modality == FORECAST


def test_a_month_opening_the_sentence_is_no_product():
    found = figures(
        "Portugal's imports were 4.1 billion dlrs in January 2025. February imports were 4.3 "
        "billion dlrs against 4.0 billion in January."
    )
    assert found["4.3 billion dlrs"].identity.what == "imports"


def test_a_ratio_to_the_economy_is_not_the_economy():
    found = figures(
        "Portugal's GNP grew 2.6 pct in 2024. The minister wants the ratio of the deficit to "
        "GNP cut to three pct by 2027."
    )
    assert "three pct" not in found


def test_a_place_the_figure_excludes_is_not_its_subject():
    found = figures(
        "Refined copper stocks held by refiners outside the U.S. rose to 270,000 tons at the "
        "end of May.",
        title="COPPER STOCKS OUTSIDE U.S. RISE",
    )
    assert all(figure.identity.of_what != "us" for figure in found.values())


# -- a limit's figure --------------------------------------------------------------------------


def test_a_figure_a_quota_or_a_ceiling_is_of_is_not_the_measure_s():
    found = figures(
        "Ostera's February oil output did not exceed its official quota of 1.2 mln barrels "
        "per day, the minister said. Its output ceiling of 1.3 mln barrels per day was not "
        "reached either. Ostera's January oil output was 1.15 mln barrels per day."
    )
    assert "1.2 mln barrels per day" not in found
    assert "1.3 mln barrels per day" not in found
    assert found["1.15 mln barrels per day"].identity.what == "oil-output"


# -- bodies somewhere --------------------------------------------------------------------------


def test_bodies_said_to_be_somewhere_are_a_part_of_the_toll_not_the_toll():
    found = figures(
        "A ferry capsized off Varnholt on Friday, killing at least 40 people. Divers said it "
        "could take weeks to free the 30 bodies estimated to be trapped in the hull. Rescuers "
        "said 12 bodies were pulled from the water. By Sunday the toll was 61 bodies."
    )
    assert found["40 people"].identity.what == "killed"
    assert "30 bodies" not in found and "12 bodies" not in found
    assert found["61 bodies"].identity.what == "killed"
