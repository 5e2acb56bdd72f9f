"""Figures that look like a crop's output, a rate or a bidder's offer but measure something
else: tonnes handed over to a buyer, bushels that something else would equal, the bushels a
payment is limited to, a rate's lowest mark, and an offer named by a plural owner ("Partners'").
Sentences are our own."""

from datetime import UTC, datetime

from identity_helpers import figures

APRIL = datetime(2025, 4, 2, 15, tzinfo=UTC)

FARM_REPORT = (
    "The bill would target support to smaller barley growers in Ostland, officials said.\n"
    "    Growers could receive support payments on up to 70 pct of normal yield but not "
    "more than on 25,000 bu of barley and 15,000 bu of oats.\n"
    "    Ostland's 2025 barley crop is forecast at 410 mln bushels.\n"
    "    Production from the land set aside would be equivalent to 30 mln bushels of oats, "
    "90 mln bushels of barley and 400,000 bales of cotton, the report said.\n"
    "    The 2024/25 harvest ended with 6.2 mln tonnes of barley delivered to the grain "
    "board.\n"
)


def test_the_crop_itself_keeps_its_output():
    found = figures(FARM_REPORT, published=APRIL)
    crop = found["410 mln bushels"].identity
    assert (crop.what, crop.of_what, crop.when) == ("barley-output", "ostland", "2025")


def test_bushels_a_payment_is_limited_to_are_no_output():
    found = figures(FARM_REPORT, published=APRIL)
    assert "25,000 bu" not in found
    assert "15,000 bu" not in found


def test_bushels_that_idled_land_would_equal_are_no_output_all_along_the_list():
    found = figures(FARM_REPORT, published=APRIL)
    # the second figure of the list stands further from "equivalent to" than the first
    assert "30 mln bushels" not in found
    assert "90 mln bushels" not in found


def test_tonnes_delivered_to_a_buyer_are_no_output():
    found = figures(FARM_REPORT, published=APRIL)
    assert "6.2 mln tonnes" not in found


def test_tonnes_delivered_are_no_output_even_when_the_clause_names_the_harvest():
    body = (
        "The 2024/25 Ostland wheat harvest has ended, with 14.8 mln tonnes delivered to the "
        "wheat board, its chairman said.\n"
        "    The board put the 2024/25 wheat crop at 16.1 mln tonnes.\n"
    )
    found = figures(body, published=APRIL)
    assert "14.8 mln tonnes" not in found
    assert found["16.1 mln tonnes"].identity.what == "wheat-output"


def test_a_rates_lowest_ever_point_is_a_mark_not_the_rate():
    body = (
        "The Ostland discount rate stands at 3.5 pct, the central bank said.\n"
        "    A board member said the discount rate could fall below its lowest ever point of "
        "3.0 pct.\n"
        "    Another said it might drop under the lowest level ever of 2.9 pct.\n"
    )
    found = figures(body, published=APRIL)
    assert found["3.5 pct"].identity.what == "discount-rate"
    assert "3.0 pct" not in found
    assert "2.9 pct" not in found


def test_an_offer_owned_by_a_name_in_plural_is_that_bidders():
    body = (
        "Harlan Corp said it is weighing its options in response to Brightwater Capital "
        "Partners' 2.6 billion dlr offer for Tessaly Corp.\n"
    )
    offer = figures(body, published=APRIL)["2.6 billion dlr"].identity
    assert offer.what == "offer"
    assert offer.of_what == "tessaly by brightwater capital partners"


def test_one_units_men_are_a_part_of_the_toll_not_the_toll():
    body = (
        "Rebels said they attacked an army post near Dorvan on Monday.\n"
        "    They said a battalion was routed and 150 of its men were killed or wounded.\n"
        "    The army said 12 soldiers were killed in the attack.\n"
    )
    found = figures(body, published=APRIL)
    assert "150" not in found
    assert found["12 soldiers"].identity.what == "killed"


def test_a_mine_that_produced_the_equivalent_of_tonnes_of_metal_keeps_its_output():
    body = (
        "Norvik said its copper mine produced the equivalent of around 38,200 fine tonnes of "
        "copper last year.\n"
    )
    output = figures(body, published=APRIL)["38,200 fine tonnes"].identity
    assert (output.what, output.of_what, output.when) == ("copper-output", "norvik", "2024")


def test_a_bid_by_a_company_written_in_the_plural_possessive_keeps_its_target():
    body = (
        "Harlan Corp completed its acquisition of 83 pct of Tessaly Systems' 4,100,000 shares "
        "in a 95 dlr per share tender offer.\n"
    )
    offer = figures(body, published=APRIL)["95 dlr per share"].identity
    assert offer.of_what.startswith("tessaly")


def test_an_offer_owned_by_a_two_word_name_in_the_singular_is_that_bidders():
    body = (
        "Harlan Corp said it would study Brightwater Capital's 2.6 billion dlr offer for "
        "Tessaly Corp before it decides.\n"
    )
    offer = figures(body, published=APRIL)["2.6 billion dlr"].identity
    assert offer.what == "offer"
    assert offer.of_what == "tessaly by brightwater capital"
