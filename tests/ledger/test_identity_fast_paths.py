"""The identity reader's cheap tests before its patterns: each finds what the pattern alone
finds, in ASCII text and beyond it (where case folding matches more than lower case does)."""

from __future__ import annotations

import re

import pytest

from claimcheck.ledger import identity, names, sources, subjects
from claimcheck.ledger.figures import FigureUnit
from claimcheck.records import Claim

TEXTS = [
    "The company said net profit rose to 12 mln dlrs from 9 mln a year earlier.",
    "Exports excluding oil fell 3 pct, while imports were unchanged; the deficit widened.",
    "ACCORDING TO the ministry, the plant - idle since May - produced 40,000 tonnes.",
    "Output, which the agency put at 2.5 mln bpd, exceeded its quota of 2.3 mln bpd.",
    "Sales vs costs: 5 vs 4 billion, compared with 3 billion the previous quarter.",
    "It paid 1.5 billion Canadian dollars for the Toronto Stock Exchange listed firm.",
    "Prices are not seasonally adjusted and estimated at roughly 7 pct so far this year.",
    "Sales outſide Europe rose 4 pct; the proportion was the ſame as a year ago.",
    "Revenue rose 5 pct year-on-year, according to ıts chief, who said it was a record.",
    "The Kelvin-signed \u212aILLED count was 12, of which 3 were children.",
    "A 2.4-km bridge, a 268 mln dlr pact and a 300 mln-dollar loan were agreed.",
    "",
]


def _found(pattern, text):
    match = pattern.search(text)
    return None if match is None else (match.start(), match.end())


@pytest.mark.parametrize("text", TEXTS)
def test_words_are_the_token_patterns_words(text):
    lowered = text.lower()
    assert identity._words(lowered) == identity._TOKEN.findall(lowered)


def _assert_stems_let_through(pattern, stems, parts, *, word_test_too=False):
    """Every part the pattern finds something in passes the cheap stem test before it."""
    for part in parts:
        if pattern.search(part) is not None:
            assert identity._may_contain(part, stems), (pattern.pattern, part)
            if word_test_too:
                assert identity._holds_stem(part.lower(), stems) or not part.isascii()


@pytest.mark.parametrize("text", TEXTS)
def test_a_pattern_is_skipped_only_where_it_cannot_match(text):
    checks = [
        (identity._OTHER_PERIOD_AFTER, identity._OTHER_PERIOD_STEMS),
        (identity._TITLE_REVISION, identity._TITLE_REVISION_STEMS),
        (identity._BASE_BEFORE, identity._BASE_STEMS),
        (identity._VERSUS, ("vs",)),
    ]
    for pattern, stems in checks:
        tails = [text[start:] for start in range(0, len(text) + 1, 7)]
        _assert_stems_let_through(pattern, stems, tails)


def test_may_contain_leaves_text_beyond_ascii_to_the_pattern():
    assert identity._may_contain("the ſame period", ("same",))
    assert not identity._may_contain("the same period", ("month",))
    assert identity._may_contain("THE SAME PERIOD", ("same",))


@pytest.mark.parametrize("text", TEXTS)
def test_excluding_is_the_pattern(text):
    assert subjects._excluding(text) == (subjects._EXCLUDING_WORD.search(text) is not None)


@pytest.mark.parametrize(
    "text",
    ["268 mln dlr", "300 mln-dollar", "5 pct", "12 DLR", "40 stg", "3 marks", "9 Rand", "7 ſtg"],
)
def test_prenominal_money_is_the_pattern(text):
    assert identity._prenominal_money(text) == (identity._PRENOMINAL_MONEY.search(text) is not None)


@pytest.mark.parametrize("text", TEXTS)
def test_clause_window_is_the_breaks_around_the_figure(text):
    for start in range(0, len(text), 5):
        end = min(len(text), start + 3)
        left = 0
        for match in identity._CLAUSE_BREAK.finditer(text, 0, start):
            left = match.end()
        right = identity._CLAUSE_BREAK.search(text, end)
        expected = (left, right.start() if right else len(text))
        assert identity._clause_window(text, start, end) == expected


def test_a_sentence_of_many_digits_is_counted_by_its_numbers():
    claims = [Claim("a", "quantity", "5 tonnes", 0, 8)]
    # Eleven digits in one number: one number, a sentence stating its figure.
    assert identity._states_figures("Output was 12345678901 tonnes in 1987 and 5 tonnes.", claims)
    many = " ".join(str(number) for number in range(11, 23))
    assert not identity._states_figures(f"The list: {many}.", claims)
    # Digits beyond ASCII count as digits to the number pattern.
    arabic = " ".join("\u0661\u0662" for _ in range(12))
    assert not identity._states_figures(f"The list: {arabic}.", claims)


@pytest.mark.parametrize("text", TEXTS)
def test_capitals_inside_sentences_are_those_after_a_word(text):
    plain = r"(?<=[a-z0-9,;)]\s)[A-Z][A-Za-z&'’-]+"
    assert names._MID_SENTENCE_CAPITAL.findall(text) == re.findall(plain, text)


@pytest.mark.parametrize("text", TEXTS)
def test_according_to_is_tried_where_it_may_stand(text):
    if sources._ACCORDING_TO.search(text) is not None:
        assert sources._may_accord(text)


def _spot(sentence: str, offset: int) -> identity._Spot:
    claim = Claim("a", "percent", "5 pct", offset, offset + 5, sentence=sentence)
    unit = FigureUnit("percent", 1.0, "percent")
    return identity._Spot(
        claim, unit, sentence, offset, offset + 5, (0, len(sentence)), sentence[:offset], ""
    )


def test_a_spot_says_a_stem_in_lower_case_and_leaves_other_text_to_the_pattern():
    spot = _spot("Shipments EXCEEDED 5 pct", 19)
    assert spot.may_say(("exceed",))
    assert not spot.may_say(("quota",))
    folded = _spot("Output was abovſ 5 pct", 17)
    assert folded.may_say(("quota",))  # beyond ASCII: the pattern decides
    assert spot.may_state(("ship",), 0, 19)
    assert not spot.may_state(("ship",), 4, 19)


BREAK_TEXTS = [
    *TEXTS,
    " - a dash opening the text, then a year-on-year rise",
    "Sales rose,\n  and costs fell - by 3 pct -\tin May",
    "Prices fell,\u2003but\u00a0only\u2028slightly whilst output rose",
    "Output,\x1cwhereas exports -- which fell -\x1f rose, although not much",
    "A well-known mid-1987 figure, from Thailand and Sudan, was unchanged",
    "Ended with a dash -",
    "Ended with a comma and,",
]


@pytest.mark.parametrize("text", BREAK_TEXTS)
def test_a_sentence_is_scanned_for_breaks_whenever_it_may_have_one(text):
    assert identity._may_break(text) or identity._CLAUSE_BREAK.search(text) is None
    for start in range(len(text)):
        part = text[start:]
        assert identity._may_break(part) or identity._CLAUSE_BREAK.search(part) is None, part


@pytest.mark.parametrize("text", BREAK_TEXTS)
def test_clause_window_from_the_whole_scan_is_the_searched_one(text):
    # Every figure span, those across a break's edge among them.
    for start in range(len(text) + 1):
        for end in range(start, min(len(text), start + 12) + 1):
            expected = identity._clause_window_searched(text, start, end)
            assert identity._clause_window(text, start, end) == expected, (start, end)


def test_a_sentence_without_a_break_is_not_scanned():
    assert not identity._may_break("A well-known mid-1987 figure, from Thailand, was unchanged")
    assert identity._clause_breaks("Sales rose 5 pct; costs fell") == ((16, 17),)


@pytest.mark.parametrize("text", ["", "no digits", "12 of 345 and 6.78", "ten 0123456789"])
def test_digit_count_is_the_count_of_each_digit(text):
    assert identity._digit_count(text) == sum(text.count(digit) for digit in "0123456789")


@pytest.mark.parametrize("text", [*BREAK_TEXTS, "MIXED Case, ASCII [brackets] @at `tick", "ſtg İs"])
def test_words_of_text_are_the_words_of_its_lower_case(text):
    assert identity._words_of(text) == identity._words(text.lower())


STEM_TEXTS = [
    *TEXTS,
    " 5 pct, as analysts had EXPECTED, after a 3 pct Decline in May",
    "the firm Could see a tender offer; it plans to bid, as it Pledged and foresaw",
    " a 12 pct jump, against a forecaſt of growth; it may seek more",
    "the group is set to outbid rivals, Poised to make a takeover OFFER",
]


@pytest.mark.parametrize("text", STEM_TEXTS)
def test_each_new_stem_test_lets_through_all_the_pattern_finds(text):
    checks = [
        (identity._EXPECTED_AFTER, identity._EXPECTED_STEMS),
        (identity._MODAL_WORD, identity._MODAL_STEMS),
        (identity._OFFER_WORD, identity._OFFER_STEMS),
        (identity._CHANGE_NOUN_AFTER, identity._CHANGE_NOUN_WORDS),
    ]
    pieces = [
        text[start:end] for start in range(len(text) + 1) for end in range(start, len(text) + 1, 3)
    ]
    for pattern, stems in checks:
        _assert_stems_let_through(pattern, stems, pieces, word_test_too=True)


@pytest.mark.parametrize(
    "text",
    [
        *TEXTS,
        "the company TOLD the Bonn Stock Exchange it would pay 3 dlrs",
        "in a filing with the U.S. Securities and Exchange Commission",
        "a Statement to Harlan, a report to the board, informed Tessaly",
        "it ſubmitted to the Bonn court, notified the Agency",
    ],
)
def test_addressee_test_is_the_pattern(text):
    for start in range(len(text) + 1):
        found = subjects._ADDRESSEE_BEFORE.search(text, max(0, start - 30), start) is not None
        assert subjects._addressed(text, start) == found, text[:start]
