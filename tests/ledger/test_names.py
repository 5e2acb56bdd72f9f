from datetime import date

import pytest

from claimcheck.ledger.identity import (
    claim_keys,
    is_place,
    is_specific,
    keyed_claims,
    match_key,
    sentence_subjects,
    stated_precision,
)
from claimcheck.records import Claim


def figure(sentence, text, value, unit="USD", dimension="currency", kind="money", **extra):
    start = sentence.index(text)
    return Claim(
        article_id="a",
        kind=kind,
        text=text,
        start=start,
        end=start + len(text),
        sentence=sentence,
        value=value,
        unit=unit,
        dimension=dimension,
        **extra,
    )


def period(sentence, text, value, first, last, granularity="year"):
    start = sentence.index(text)
    return Claim(
        article_id="a",
        kind="date",
        text=text,
        start=start,
        end=start + len(text),
        sentence=sentence,
        date=value,
        granularity=granularity,
        first_day=first,
        last_day=last,
    )


def keys_of(sentence, text, value, *dates, **extra):
    claims = [figure(sentence, text, value, **extra), *dates]
    keyed = keyed_claims(claims, sentence)
    return keyed[0][1] if keyed else None


YEAR_1986 = ("1986", "1986", date(1986, 1, 1), date(1986, 12, 31))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Commerce Department said on Monday it was ready.", {"commerce department"}),
        ("Standard Oil Co. and BP North America Inc agreed.", {"standard oil", "bp north america"}),
        ("In January the United States and Japanese officials met.", {"us", "japan"}),
        ("Profit was 5 mln Swiss francs at the Zurich plant.", {"zurich"}),
        ("In Tokyo, Bank of Japan officials said so.", {"tokyo", "bank of japan"}),
    ],
)
def test_sentence_subjects(sentence, expected):
    assert sentence_subjects(sentence, frozenset()) == expected


def test_a_lone_capitalized_opener_is_a_name_only_when_known_or_possessive():
    assert sentence_subjects("Exports rose in Ruritania.", frozenset()) == {"ruritania"}
    assert sentence_subjects("Acme rose.", frozenset({"acme"})) == {"acme"}
    assert sentence_subjects("Acme's profit rose.", frozenset()) == {"acme"}


def test_places_and_specific_names():
    assert is_place("japan") and is_place("us") and not is_place("acme widget")
    assert is_specific("acme widget")
    assert not is_specific("central bank") and not is_specific("japan")


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("170 billion dlrs", 170e9, 0.5e9),
        ("169.8 billion dlrs", 169.8e9, 0.05e9),
        ("1,200 metres", 1200, 0.5),
        ("seven billion dlrs", 7e9, 0.5e9),
        ("19 cts", 19, 0.5),
    ],
)
def test_stated_precision_is_half_the_last_digit(text, value, expected):
    assert stated_precision(text, value) == pytest.approx(expected)


def test_keys_name_owner_measure_and_period():
    sentence = "Ruritania's 1986 trade deficit was 4.2 billion dlrs, the Statistics Office said."
    keys = keys_of(sentence, "4.2 billion dlrs", 4.2e9, period(sentence, *YEAR_1986))
    assert keys.subjects == {"ruritania"}
    assert keys.measure == "money:USD:trade-deficit" and keys.period == "1986"
    assert keys.role == "level" and not keys.revision
    assert keys.low == pytest.approx(4.15e9) and keys.high == pytest.approx(4.3e9)
    assert keys.match_keys() == [match_key("ruritania", "money:USD:trade-deficit", "1986")]


def test_the_other_side_of_a_comparison_is_marked():
    sentence = "Ruritania's 1986 trade deficit rose to 4.2 billion dlrs from 3.1 billion dlrs."
    keys = keys_of(sentence, "3.1 billion dlrs", 3.1e9, period(sentence, *YEAR_1986))
    assert keys.role == "comparison"


def test_a_partner_country_narrows_the_subject():
    sentence = "Ruritania's 1986 trade surplus with Japan was 2 billion dlrs."
    keys = keys_of(sentence, "2 billion dlrs", 2e9, period(sentence, *YEAR_1986))
    assert keys.subjects == {"ruritania", "with:japan"}


def test_qualifying_words_narrow_the_metric():
    sentence = "Ruritania's 1986 coffee exports were 2 billion dlrs."
    keys = keys_of(sentence, "2 billion dlrs", 2e9, period(sentence, *YEAR_1986))
    assert keys.measure == "money:USD:coffee-exports"


@pytest.mark.parametrize(
    ("sentence", "text", "value", "extra"),
    [
        # No period stated for a money figure.
        ("Ruritania's trade deficit was 4.2 billion dlrs.", "4.2 billion dlrs", 4.2e9, {}),
        # No metric: what the money is for is not said.
        ("Ruritania paid 4.2 billion dlrs in 1986.", "4.2 billion dlrs", 4.2e9, {}),
        # Share counts belong to a deal, not to the company.
        (
            "Acme Widget Corp bought 2 mln shares in 1986.",
            "2 mln shares",
            2e6,
            {"unit": "share", "dimension": "count", "kind": "quantity"},
        ),
        # A change, not a level.
        (
            "Ruritania's 1986 trade deficit rose 4.2 billion dlrs.",
            "4.2 billion dlrs",
            4.2e9,
            {"change": "up"},
        ),
    ],
)
def test_figures_that_cannot_be_matched_safely_get_no_keys(sentence, text, value, extra):
    dates = [period(sentence, *YEAR_1986)] if "1986" in sentence else []
    assert keys_of(sentence, text, value, *dates, **extra) is None


def test_revision_words_are_noticed():
    sentence = "Ruritania's 1986 trade deficit was revised to 4.5 billion dlrs."
    keys = keys_of(sentence, "4.5 billion dlrs", 4.5e9, period(sentence, *YEAR_1986))
    assert keys.revision


def test_claim_keys_reads_names_itself_without_an_article():
    sentence = "Ruritania's 1986 trade deficit was 4.2 billion dlrs."
    keys = claim_keys(figure(sentence, "4.2 billion dlrs", 4.2e9), [period(sentence, *YEAR_1986)])
    assert keys is not None and keys.subjects == {"ruritania"}


def test_a_length_without_period_needs_to_be_the_only_length_in_its_sentence():
    alone = "The Zenda Bridge is 1,200 metres long."
    assert keys_of(alone, "1,200 metres", 1200, unit="meter", dimension="length", kind="quantity")
    crowded = "The Zenda Bridge is 1,200 metres long and 30 metres wide."
    claims = [
        figure(crowded, "1,200 metres", 1200, unit="meter", dimension="length", kind="quantity"),
        figure(crowded, "30 metres", 30, unit="meter", dimension="length", kind="quantity"),
    ]
    assert keyed_claims(claims, crowded) == []
