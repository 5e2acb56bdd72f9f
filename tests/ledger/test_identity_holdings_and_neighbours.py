"""Words that belong to a neighbouring figure or narrow the measure: a month written possessive
before the second of two figures, a measure word named after another figure, and reserves held
in gold, ECUs or SDRs. Sentences are our own."""

from datetime import UTC, datetime

from identity_helpers import figures

APRIL = datetime(2025, 4, 2, 15, tzinfo=UTC)


def test_a_possessive_month_before_the_second_figure_is_not_the_first_figures_month():
    body = (
        "Ruritania's current account deficit narrowed to 640 mln dlrs in February, the "
        "statistics office said.\n"
        "    The finance minister told bankers that February's 640 mln dlr current account "
        "deficit, against January's 1.12 billion, was what the government had expected.\n"
    )
    found = figures(body, published=APRIL)
    assert found["640 mln dlrs"].identity.when == "2025-02"
    second = found.get("1.12 billion")
    # January's figure is never keyed as February's (none rather than a wrong month)
    assert second is None or second.identity.when != "2025-02"


def test_a_measure_word_after_another_figure_is_that_figures():
    body = (
        "Orders for durable goods in Ostland rose 1.8 pct in March to 98.4 billion dlrs, the "
        "trade ministry said.\n"
        "    New orders for electrical machinery were up in March by 2.2 pct to 9.4 billion "
        "dlrs after a five pct orders decline in February.\n"
    )
    found = figures(body, published=APRIL)
    level = found["9.4 billion dlrs"].identity
    # the level the machinery orders rose to, not a change of all durable goods orders
    assert level.what == "electrical-machinery-orders"


def test_a_measure_word_right_after_a_figure_is_still_its_own():
    body = "Ruritania reported a 4.2 billion dlr trade deficit for March, the ministry said.\n"
    found = figures(body, published=APRIL)
    assert found["4.2 billion dlr"].identity.what == "trade-deficit"


GOLD_AND_ECUS = (
    "Official reserves in Ostland fell to 310.2 billion crowns at the end of March, the "
    "central bank said.\n"
    "    Gold reserves were unchanged at 190.4 billion crowns.\n"
    "    Reserves of European Currency Units fell to 61.3 billion crowns from 64.0 billion.\n"
)


def test_reserves_held_in_gold_are_a_part_even_when_the_word_opens_the_sentence():
    found = figures(GOLD_AND_ECUS, published=APRIL)
    assert found["310.2 billion crowns"].identity.what == "reserves"
    assert found["190.4 billion crowns"].identity.what == "gold-reserves"


def test_reserves_of_ecus_are_their_own_part():
    found = figures(GOLD_AND_ECUS, published=APRIL)
    ecus = next(f for text, f in found.items() if text.startswith("61.3 billion crowns"))
    assert ecus.identity.what == "ecu-reserves"
    assert ecus.identity.of_what == "ostland"


def test_ecu_and_sdr_written_before_reserves_narrow_them():
    body = (
        "Official reserves in Ostland fell to 310.2 billion crowns at the end of March.\n"
        "    ECU reserves in Ostland fell to 61.3 billion crowns, the central bank said.\n"
    )
    found = figures(body, published=APRIL)
    ecus = next(f for text, f in found.items() if text.startswith("61.3 billion crowns"))
    assert ecus.identity.what == "ecu-reserves"


def test_gold_as_a_word_elsewhere_does_not_narrow_reserves():
    body = (
        "Ruritania's reserves rose to 45.2 billion dlrs in March, helped by gold sales, "
        "the central bank said.\n"
    )
    found = figures(body, published=APRIL)
    assert found["45.2 billion dlrs"].identity.what == "reserves"


def test_the_words_before_a_pronoun_that_estimated_are_no_speaker():
    body = (
        "The Bank of England said it gave the market 200 mln stg of help this morning.\n"
        "    The bank has given the market assistance worth 1.503 billion stg today to "
        "offset a shortage it estimated at a revised 1.60 billion.\n"
    )
    found = figures(body, published=APRIL, title="U.K. MONEY MARKET GIVEN HELP")
    shortage = found["1.60 billion"].identity
    assert shortage.what == "shortage"
    assert shortage.source in (None, "bank of england")


def test_an_offer_a_board_rejected_is_for_the_company_that_speaks_by_its_owner():
    body = (
        "Lisk Foods Corp said its board rejected Harlan Industries Inc's 27 dlr-per-share "
        "tender offer and urged holders not to tender.\n"
    )
    found = figures(body, published=APRIL, title="LISK FOODS REJECTS OFFER")
    assert found["27 dlr-per-share"].identity.of_what == "lisk foods by harlan"


def test_an_offer_with_no_owner_named_gets_no_bidder_from_this_reading():
    body = (
        "Lisk Foods Corp said its board rejected the 27 dlr-per-share tender offer and urged "
        "holders not to tender.\n"
    )
    found = figures(body, published=APRIL, title="LISK FOODS REJECTS OFFER")
    offer = found.get("27 dlr-per-share")
    assert offer is None or " by " not in (offer.identity.of_what or "")


def test_a_person_who_raised_his_stake_holds_it():
    body = (
        "Investor Carl Brandt said he raised his stake in Lisk Foods Inc to one mln shares, "
        "or 9.9 pct of the total, from 721,900 shares, or 7.2 pct.\n"
    )
    found = figures(body, published=APRIL, title="BRANDT RAISES LISK FOODS STAKE")
    stake = found["9.9 pct"].identity
    assert (stake.what, stake.of_what) == ("stake", "lisk foods held by carl brandt")


def test_reserves_of_gold_and_currencies_in_a_list_are_all_the_reserves():
    body = (
        "Ostland's foreign reserves of gold, special drawing rights and convertible "
        "currencies fell to 4.12 billion dlrs at end-March, the central bank said.\n"
    )
    found = figures(body, published=APRIL)
    assert found["4.12 billion dlrs"].identity.what == "reserves"


def test_an_offer_of_bills_sells_something_and_is_no_bid():
    body = (
        "Demand at the Ostland Treasury's 2,500 billion crown offer of short-term bills was "
        "mixed, central bank figures show.\n"
    )
    found = figures(body, published=APRIL)
    offer = found.get("2,500 billion crown")
    assert offer is None or " by " not in (offer.identity.of_what or "")


def test_an_offer_written_twice_keeps_its_measure_across_the_second_amount():
    body = (
        "Harlan Corp last week withdrew its 41 dlr per share, or two billion dlr offer for "
        "Brenlow Tools Inc because of the plan.\n"
    )
    found = figures(body, published=APRIL, title="HARLAN WITHDRAWS BRENLOW OFFER")
    assert found["41 dlr per share"].identity.what == "offer"


def test_a_holder_is_never_the_company_held():
    body = (
        "Lisk Foods Inc said it rejected a 28 dlr a share offer from investor Carl M. Brandt.\n"
        "    On Tuesday, Brandt told regulators that he controls 12.4 pct of the company's "
        "stock.\n"
    )
    found = figures(body, published=APRIL)
    stake = found.get("12.4 pct")
    assert stake is None or "brandt held by" not in (stake.identity.of_what or "")


def test_a_group_holds_a_stake_in_a_company_of_its_name():
    body = (
        "The Brenlow Group owns 72 pct of Brenlow Canada Ltd, and public shareholders own the "
        "rest, a spokesman said.\n"
    )
    found = figures(body, published=APRIL)
    stake = found.get("72 pct")
    assert stake is not None and stake.identity.of_what.endswith("held by brenlow")
