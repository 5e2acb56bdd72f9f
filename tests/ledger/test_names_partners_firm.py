"""A firm named after its partners and written "X and Co": one name, keyed by the partners,
never by its legal form alone."""

import pytest
from identity_helpers import figures

from claimcheck.ledger.names import sentence_names


def keys(sentence: str) -> list[str]:
    return [key for key, _, _ in sentence_names(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Brenner and Co Inc said it would sell the unit.", ["brenner"]),
        ("Shares of Ostrow Vail Hallam and Co rose sharply.", ["ostrow vail hallam"]),
        ("The lead manager was Quist, Ladd and Company Ltd.", ["quist", "ladd"]),
    ],
)
def test_and_co_closes_the_partners_name(sentence, expected):
    assert keys(sentence) == expected


def test_a_trade_word_after_and_still_joins_a_bank_s_name():
    assert keys("Harwick Savings and Loan Association said so.") == [
        "harwick savings and loan association"
    ]


def test_a_company_after_and_is_another_name():
    assert keys("Tessaly Corp and Harlan Inc agreed to merge.") == ["tessaly", "harlan"]


def test_a_partners_firm_s_results_are_its_own_not_a_bare_legal_form_s():
    body = "Brenner and Co Inc said its first-quarter net profit rose to 41.5 mln dlrs.\n"
    found = figures(body, title="BRENNER AND CO <BRN> 1ST QTR NET")["41.5 mln dlrs"].identity
    assert found.of_what == "brenner"
