"""Parsing of written numbers: digits, fractions, number words and scale words, with precision."""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimcheck.extract.lexicon import (
    AMBIGUOUS_SCALES,
    NUMBER_WORD_VALUES,
    SCALE_WORDS,
    STANDALONE_WORDS,
)
from claimcheck.extract.patterns import compile_pattern

_DIGITS_RE = compile_pattern(
    r"""
    (?P<sign>[-−+])?
    (?:
        (?P<whole>\d{1,3}(?:,\d{3})+|\d+)?(?:\.(?P<decimals>\d+))?
    )
    (?:[\s-](?P<num>\d+)/(?P<den>\d+))?
    """,
    re.VERBOSE,
)
_FRACTION_DENOMINATORS = frozenset({2, 3, 4, 5, 8, 10, 16, 32, 64, 100, 128})
_FRACTION_RE = compile_pattern(r"(?P<num>\d+)\s*/\s*(?P<den>\d+)")
_UNICODE_FRACTIONS: dict[str, float] = {
    "½": 0.5,
    "¼": 0.25,
    "¾": 0.75,
    "⅓": 1 / 3,
    "⅔": 2 / 3,
    "⅛": 0.125,
    "⅜": 0.375,
    "⅝": 0.625,
    "⅞": 0.875,
}


@dataclass(frozen=True, slots=True)
class ParsedNumber:
    """A parsed number with the precision it was stated at (1 for "12", 0.01 for "3.25")."""

    value: float
    precision: float


# Parsed digit strings by their text: the same few ("1", "10", "1.5", "1986") recur across
# articles, and a ParsedNumber is frozen, so one reading serves every occurrence.
_PARSED_DIGITS: dict[str, ParsedNumber | None] = {}
_PARSED_DIGITS_LIMIT = 50_000


def parse_digits(text: str) -> ParsedNumber | None:
    """Parse "1,234.5", "7-3/4", "7 3/4", "1/2", ".5", "3½"; None when it is not a number."""
    if text in _PARSED_DIGITS:
        return _PARSED_DIGITS[text]
    if len(_PARSED_DIGITS) > _PARSED_DIGITS_LIMIT:
        _PARSED_DIGITS.clear()
    parsed = _PARSED_DIGITS[text] = _parse_digits(text)
    return parsed


def _parse_digits(text: str) -> ParsedNumber | None:
    if text.isascii() and text.isdigit():
        return ParsedNumber(float(text), 1.0)  # the common case, as the full reading gives it
    text = text.strip().replace("\u2009", "").replace("\u00a0", " ")
    if not text:
        return None
    trailing_fraction = 0.0
    fraction_precision = None
    if text[-1] in _UNICODE_FRACTIONS:
        trailing_fraction = _UNICODE_FRACTIONS[text[-1]]
        fraction_precision = 0.125 if trailing_fraction * 8 == int(trailing_fraction * 8) else 0.01
        text = text[:-1].rstrip("- ")
        if not text:
            return ParsedNumber(trailing_fraction, fraction_precision)
    only_fraction = _FRACTION_RE.fullmatch(text)
    if only_fraction:
        return _proper_fraction(int(only_fraction["num"]), int(only_fraction["den"]))
    match = _DIGITS_RE.fullmatch(text)
    if not match or (match["whole"] is None and match["decimals"] is None):
        return None
    parsed = _digits_value(match)
    if parsed is None:
        return None
    value, precision = parsed.value, parsed.precision
    if trailing_fraction:
        value += trailing_fraction
        precision = fraction_precision or precision
    if match["sign"] in ("-", "−"):
        value = -value
    return ParsedNumber(value, precision)


def _proper_fraction(numerator: int, denominator: int) -> ParsedNumber | None:
    # "1986/87" is a crop year, "24/7" a phrase and "9/11" a date: only proper fractions
    # with a denominator fractions are written in are numbers here.
    if numerator == 0 or numerator >= denominator:
        return None
    if numerator > 1 and denominator not in _FRACTION_DENOMINATORS:
        return None
    return ParsedNumber(numerator / denominator, 1 / denominator)


def _digits_value(match: re.Match[str]) -> ParsedNumber | None:
    """The unsigned value of whole part, decimals and a mixed fraction ("7 3/4", "2.92-1/2")."""
    whole = match["whole"].replace(",", "") if match["whole"] else "0"
    # float("3.53") is the nearest double to 3.53; 3 + 53/100 is not always.
    value = float(f"{whole}.{match['decimals']}" if match["decimals"] else whole)
    precision = 1.0
    if match["decimals"]:
        precision = 10.0 ** -len(match["decimals"])
    if match["num"]:
        denominator = int(match["den"])
        if denominator == 0 or int(match["num"]) >= denominator:
            return None
        # "2.92-1/2": the fraction is of the last decimal place (2.925), as wire prices of
        # grain and metals write a half or a quarter of a cent; on a whole number, of one.
        value += int(match["num"]) / denominator * precision
        precision /= denominator
    return ParsedNumber(value, precision)


def parse_number_words(words: list[str]) -> ParsedNumber | None:
    """Parse a sequence of number words: ["two", "hundred"], ["twenty-six"], ["a", "dozen"].

    Returns None when the words do not make one number. Precision is the smallest place
    named ("two hundred" -> 100, "twenty-six" -> 1).
    """
    tokens: list[str] = []
    for word in words:
        tokens.extend(part for part in word.lower().replace("-", " ").split() if part != "and")
    if tokens and tokens[0] in ("a", "an") and len(tokens) > 1:
        tokens[0] = "one"
    if not tokens:
        return None
    if len(tokens) == 1 and tokens[0] in STANDALONE_WORDS:
        value = STANDALONE_WORDS[tokens[0]]
        return ParsedNumber(value, 1.0 if value >= 1 else value)
    total = 0.0
    current = 0.0
    precision = 1.0
    seen_number = False
    for token in tokens:
        if token in NUMBER_WORD_VALUES:
            current += NUMBER_WORD_VALUES[token]
            precision = 1.0
            seen_number = True
        elif token == "dozen":
            current = (current or 1) * 12
            precision = 12.0
            seen_number = True
        elif token == "hundred":
            current = (current or 1) * 100
            precision = 100.0
            seen_number = True
        elif token in SCALE_WORDS and token not in AMBIGUOUS_SCALES:
            scale = SCALE_WORDS[token]
            total += (current or 1) * scale
            current = 0.0
            precision = scale
            seen_number = True
        else:
            return None
    if not seen_number:
        return None
    return ParsedNumber(total + current, precision)


_WORD_RE = re.compile(r"[A-Za-z]+")


def one_number_prefix(text: str) -> str:
    """The leading number words of `text` that make one number: a unit word after a unit
    word, or a tens word after a tens word, starts another ("two one-man shows", "twenty
    thirty" are two numbers; "twenty-one" and "two hundred and five" are one)."""
    if text.isalpha():
        return text  # one word, the common case
    previous: float | None = None
    for word in _WORD_RE.finditer(text):
        value = NUMBER_WORD_VALUES.get(word.group().lower())
        if value is not None and previous is not None and not (previous >= 20 > value):
            return text[: word.start()].rstrip(" \t\n-")
        previous = value
    return text


def scaled(value: float, scale: float) -> float:
    """value * scale without binary noise: 8.3 * 1e6 is 8300000.000000001, this gives 8300000."""
    return float(f"{value * scale:.15g}")


# A line this long without a single letter is a dump of figures or noise ("1 1 1 ...",
# digit runs with odd spaces), not prose: nothing in it says what its numbers count.
_LETTERLESS_BLOCK_CHARS = 200
_LETTERLESS_RUN_RE = compile_pattern(rf"(?:(?![^\W\d_])[^\n]){{{_LETTERLESS_BLOCK_CHARS},}}")


_LAST_TOKEN_RE = compile_pattern(r"\S*\s*\Z")
_LAST_TOKEN_REACH = 64


_LETTER_OR_NEWLINE_RE = compile_pattern(r"[^\W\d_]|\n")
_CHUNK = _LETTERLESS_BLOCK_CHARS // 2


def _may_hold_letterless_run(text: str) -> bool:
    """A cheap pre-test: a run of 200 letterless characters covers a whole aligned chunk of
    100, and prose has a letter or a line break within the first few characters of each."""
    search = _LETTER_OR_NEWLINE_RE.search
    return any(
        search(text, offset, offset + _CHUNK) is None
        for offset in range(0, len(text) - _CHUNK + 1, _CHUNK)
    )


def letterless_blocks(text: str) -> list[tuple[int, int]]:
    """Spans of letterless runs whose figures are skipped, sorted by start.

    The run's last token is left out: it touches the words after the run and may be a real
    figure ("((((12 miles": "12" is read).
    """
    global _last_blocks
    if len(text) < _LETTERLESS_BLOCK_CHARS:
        return []
    # The dates and the quantities of one body both ask: the last answer is kept for it.
    last = _last_blocks
    if last is not None and last[0] is text:
        return last[1]
    blocks = _letterless_blocks(text)
    _last_blocks = (text, blocks)
    return blocks


# The last text `letterless_blocks` was asked about, with its answer (not to be changed).
_last_blocks: tuple[str, list[tuple[int, int]]] | None = None


def _letterless_blocks(text: str) -> list[tuple[int, int]]:
    if not _may_hold_letterless_run(text):
        return []
    blocks: list[tuple[int, int]] = []
    for match in _LETTERLESS_RUN_RE.finditer(text):
        start, end = match.span()
        window_start = max(start, end - _LAST_TOKEN_REACH)
        last_token = _LAST_TOKEN_RE.search(text[window_start:end])
        blocks.append((start, window_start + last_token.start()))
    return blocks
