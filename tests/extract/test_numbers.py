"""Tests for claimcheck.extract.numbers: digits, fractions, number words, scale words, precision."""

import pytest

from claimcheck.extract.numbers import (
    letterless_blocks,
    parse_digits,
    parse_number_words,
)


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("42", 42, 1),
        ("1,234", 1234, 1),
        ("1,234,567.89", 1234567.89, 0.01),
        ("0.5", 0.5, 0.1),
        (".75", 0.75, 0.01),
        ("7-3/4", 7.75, 0.25),
        ("7 3/4", 7.75, 0.25),
        ("1/2", 0.5, 0.5),
        ("3½", 3.5, 0.125),
        ("-12.5", -12.5, 0.1),
    ],
)
def test_parse_digits(text, value, precision):
    parsed = parse_digits(text)
    assert parsed is not None
    assert parsed.value == pytest.approx(value)
    assert parsed.precision == pytest.approx(precision)


@pytest.mark.parametrize("text", ["", "abc", "1986/87", "24/7", "0/92", "5/0"])
def test_parse_digits_rejects_non_numbers(text):
    assert parse_digits(text) is None


@pytest.mark.parametrize(
    ("words", "value"),
    [
        (["six"], 6),
        (["twenty-six"], 26),
        (["two", "hundred"], 200),
        (["two", "hundred", "and", "fifty"], 250),
        (["three", "thousand"], 3000),
        (["a", "dozen"], 12),
        (["half"], 0.5),
        (["one", "million"], 1e6),
        (["four", "hundred", "thousand"], 400_000),
    ],
)
def test_parse_number_words(words, value):
    parsed = parse_number_words(words)
    assert parsed is not None
    assert parsed.value == pytest.approx(value)


def test_number_words_precision_is_the_smallest_place_named():
    assert parse_number_words(["two", "hundred"]).precision == 100
    assert parse_number_words(["twenty-six"]).precision == 1


@pytest.mark.parametrize("words", [["dozens"], ["and"], ["the", "six"], []])
def test_parse_number_words_rejects_other_words(words):
    assert parse_number_words(words) is None


def test_letterless_blocks_find_long_runs_without_letters():
    text = "Figures: " + "1 " * 300 + "miles. A 1,200-page report.\n" + "2 " * 50
    ((start, end),) = letterless_blocks(text)
    assert start == len("Figures")  # the colon is not a letter either
    # The run's last token ("1 ") stays outside: it may belong to the word after it.
    assert text[end:].startswith("1 miles")
    assert letterless_blocks("The plant made 300 cars. " * 40) == []


def test_letterless_runs_stop_at_line_breaks():
    assert letterless_blocks(("1 2 3 4 5 " * 15 + "\n") * 20) == []
