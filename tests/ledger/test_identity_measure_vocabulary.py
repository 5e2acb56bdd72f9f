"""Measures the vocabulary names by words it did not read before: what a debtor pays on its
debt (repayments and interest together), output named by a verb in the present tense, and a
balance written after its amount ("has 3.3 billion dlrs in assets"), only when a verb of
having or owing holds it. A figure whose measure stays unclear gets no identity."""

from identity_helpers import figures

from claimcheck.measures import measure_named, measure_words

# -- debt service ------------------------------------------------------------------------------


def test_repayments_and_interest_together_are_a_country_s_debt_service():
    found = figures(
        "Venezuela paid 4.4 billion dlrs in principal and interest in 2024, the central bank "
        "reported. Chile's debt service payments totalled 1.9 billion dlrs in 2024."
    )
    paid = found["4.4 billion dlrs"].identity
    assert (paid.what, paid.of_what, paid.when) == ("debt-service", "venezuela", "2024")
    chile = found["1.9 billion dlrs"].identity
    assert (chile.what, chile.of_what, chile.when) == ("debt-service", "chile", "2024")


def test_debt_service_is_a_measure_of_its_own_not_the_debt():
    found = figures(
        "Venezuela's foreign debt stood at 31 billion dlrs at the end of 2024. It paid 4.4 "
        "billion dlrs in capital and interest in 2024."
    )
    assert found["31 billion dlrs"].identity.what == "debt"
    assert found["4.4 billion dlrs"].identity.what == "debt-service"


def test_every_order_of_the_two_words_names_debt_service():
    words = measure_words()
    for form in ("capital and interest", "interest and principal", "debt servicing"):
        assert words[form] == "debt-service"
    measure = measure_named("debt-service")
    assert measure is not None and measure.behaviour == "period"


def test_a_company_s_loan_repayments_name_no_country():
    found = figures(
        "Harwick Freight Inc paid 12 mln dlrs in principal and interest in 2024, the company said."
    )
    assert "12 mln dlrs" not in found


# -- output named by a verb --------------------------------------------------------------------


def test_a_present_tense_verb_of_producing_names_output_for_a_period():
    found = figures("In 2024 Ecuador produces 480,000 barrels per day, the energy ministry said.")
    assert found["480,000 barrels per day"].identity.what.endswith("output")


def test_a_rate_with_no_period_is_still_nothing_to_compare():
    found = figures("Ecuador pumps about 480,000 barrels per day, the energy ministry said.")
    assert "480,000 barrels per day" not in found


# -- a balance written after its amount -----------------------------------------------------


def test_a_balance_a_holder_has_or_owes_is_its_balance():
    found = figures(
        "Harwick Savings Bank has 2.6 billion dlrs in assets. Argentina, which owes about 52 "
        "billion dlrs of foreign debt, asked its creditors for new terms."
    )
    assets = found["2.6 billion dlrs"].identity
    assert (assets.what, assets.of_what) == ("assets", "harwick savings bank")
    debt = found["52 billion dlrs"].identity
    assert (debt.what, debt.of_what) == ("debt", "argentina")


def test_a_date_after_the_balance_keeps_it_whole():
    found = figures("Harwick Savings Bank had 1.1 billion dlrs in deposits at the end of 2024.")
    deposits = found["1.1 billion dlrs"].identity
    assert (deposits.what, deposits.when) == ("deposits", "2024")


def test_a_part_of_a_balance_or_an_amount_dealt_in_is_not_the_balance():
    found = figures(
        "Harwick Savings Bank had 300 mln dlrs of loans to Peru at the end of 2024. Harwick "
        "Savings Bank placed 90 mln dlrs of loans on non-accrual status. The group will sell "
        "four units with 150 mln dlrs in assets."
    )
    assert "300 mln dlrs" not in found
    assert "90 mln dlrs" not in found
    assert "150 mln dlrs" not in found


# -- goods counted in packs --------------------------------------------------------------------


def test_bags_and_bales_of_a_commodity_are_its_output_or_exports():
    found = figures(
        "Frost cut Colombia's coffee production to 9.4 mln bags in 2024, dealers said. "
        "Colombia's coffee exports were 0.8 mln bags in February 2025. Egypt's cotton crop was "
        "1.6 mln bales in 2024."
    )
    output = found["9.4 mln bags"].identity
    assert (output.what, output.of_what, output.when) == ("coffee-output", "colombia", "2024")
    exports = found["0.8 mln bags"].identity
    assert (exports.what, exports.when) == ("coffee-exports", "2025-02")
    assert found["1.6 mln bales"].identity.what == "cotton-output"


def test_bags_sold_in_one_deal_or_of_other_things_get_no_identity():
    found = figures(
        "Colombia sold 200,000 bags of coffee to Japan in February 2025. Postal workers "
        "sorted 3,000 bags of mail in 2024."
    )
    assert "200,000 bags" not in found
    assert "3,000 bags" not in found


def test_a_bare_debt_or_reserves_after_the_amount_may_be_a_company_s():
    found = figures(
        "Harwick Utilities has 900 mln dlrs of debt. Harwick Oil has 20 mln dlrs in reserves set "
        "aside for the claim. Harwick Bank has 1.2 billion dlrs of debt securities."
    )
    assert not found


def test_another_part_of_a_balance_is_not_the_whole():
    found = figures(
        "Besides the frozen loans, Argentina also owes 12 billion dlrs of foreign debt to "
        "official lenders. Peru owes 14 billion dlrs of foreign debt."
    )
    assert "12 billion dlrs" not in found
    assert found["14 billion dlrs"].identity.what == "debt"
