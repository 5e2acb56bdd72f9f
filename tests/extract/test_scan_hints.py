"""Patterns written to be found faster read the same as their plain forms.

The number-word scan goes through a hint (the character before the word read first), and a
few whole-text patterns read their first character before the look behind it; each must find
exactly what the plain pattern finds, from any start and within any end. The factor of a
unit the scanner writes outside the lexicon ("point") is read from the generated table, the
same as pint's, without loading pint.
"""

from __future__ import annotations

import re

import pytest

from claimcheck.extract import dates, neighbours, quantities

TEXTS = [
    "Twenty-one ships and two hundred and five crew; seven hundred sailed.",
    "one",
    "xone two",
    "A dozen eggs, a million doubts, dozen more. Stone, bone, none, often.",
    "eleven-year-old seventy4 (three) [nine] 'ten' é two zero-sum",
    "Net 1.25/30 yen vs 1.10/15 yen; ratio 7.5/9 and 12.5/13.0, -1.50/55 and 3/4.",
    "USD 2.0543-48 DMK 112.85-87, 1-2.5 and 4.25-3.5 and -1.50-55.",
    "Shr 1.40 dlrs vs 1.10 dlrs\n    Avg shrs 4.2 mln vs 3.9 mln\n    Shrs outst 5 mln",
    "SHR loss 12 cts, shr profit 3 cts; Average shares 10 mln; avg. shs 9 mln; xShr 4",
    "versus 4 vs. 5 vs\n6 rvs 7 Vs 8",
    "The talks will resume, he said, and are to end as soon as next week; won't stall.",
]


def _spans(pattern: re.Pattern[str], text: str, start: int, end: int) -> list[tuple]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text, start, end)]


def _windows(text: str) -> list[tuple[int, int]]:
    size = len(text)
    return [(start, end) for start in range(size + 1) for end in range(start, size + 1, 5)]


@pytest.mark.parametrize("text", TEXTS)
def test_number_words_found_through_the_hint_are_those_of_the_plain_search(text: str) -> None:
    for position in range(len(text) + 1):
        plain = quantities._WORDS_SCAN_RE.search(text, position)
        hinted = quantities._words_from(text, position)
        assert (plain and (plain.span(), plain.groupdict())) == (
            hinted and (hinted.span(), hinted.groupdict())
        ), (text, position)


def test_the_hint_reads_a_number_word_at_the_start_and_after_any_non_letter() -> None:
    assert quantities._words_from("seven seas", 0).group() == "seven"
    assert quantities._words_from("(seven) seas", 0).group() == "seven"
    assert quantities._words_from("heaven one", 0).group() == "one"
    assert quantities._words_from("heaven", 0) is None


PLAIN_FORMS = [
    (
        quantities._QUOTE_RE,
        r"(?<![\d.,/-])(?P<first>\d{1,6}\.(?P<decimals>\d{1,4}))(?P<sep>[/-])"
        r"(?P<second>\d{1,6}\.\d{1,4}|\d{1,4})(?![\d/]|\.\d)",
    ),
    (neighbours._TABLE_ROW_RE, r"(?<![A-Za-z])vs\.?\s"),
    (neighbours._PER_SHARE_HEADING_RE, r"(?<![A-Za-z])(?:Shr|SHR|shr)(?![A-Za-z])"),
    (
        neighbours._SHARE_COUNT_HEADING_RE,
        r"(?<![A-Za-z])(?:Avg|Average|avg)\.?[ \t]+(?:shrs|shares|shs)(?![A-Za-z])"
        r"|(?<![A-Za-z])Shrs(?:[ \t]+outst(?:anding)?\.?)?(?![A-Za-z])",
    ),
]


@pytest.mark.parametrize(("fast", "plain_source"), PLAIN_FORMS)
def test_first_character_first_patterns_match_as_their_plain_forms(
    fast: re.Pattern[str], plain_source: str
) -> None:
    plain = re.compile(plain_source)
    for text in TEXTS:
        for start, end in _windows(text):
            assert _spans(fast, text, start, end) == _spans(plain, text, start, end)


def test_weak_triggers_judged_by_the_next_word_are_not_strong_or_figures() -> None:
    assert "the" in dates._WEAK_NEXT
    assert not set(dates._WEAK_NEXT) & dates._STRONG_TRIGGERS
    assert not any(word.lstrip("'")[:1].isdigit() for word in dates._WEAK_NEXT)


@pytest.mark.parametrize(
    "text",
    [
        "The last three years were hard; the year before was not, the company said.",
        "In the first quarter sales rose; in 1987 they fell, a year earlier they stalled.",
        "It will report the results in the coming weeks, at the end of the month.",
        "the",
        "Prices rose in the",
    ],
)
def test_the_next_word_test_keeps_what_the_token_test_decides(text: str) -> None:
    scanner = dates._Scanner(text, None)
    tokens = dates._TOKEN_SPLIT.split(text.lower())[1::2]
    offsets = [m.start() for m in dates._TOKEN_SPLIT.finditer(text.lower())]
    for index, word in enumerate(tokens):
        allowed = dates._WEAK_NEXT.get(word, ...)
        if allowed is ...:
            continue
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        if allowed is None:
            quick = bool(following) and (
                following in dates._NEXT_AFTER_WEAK or following[0].isdigit()
            )
        else:
            quick = following in allowed
        assert quick == scanner._worth_trying(tokens, index, offsets[index]), (text, word)


def test_the_factor_of_points_is_pints_and_is_read_without_loading_pint() -> None:
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from claimcheck.extract import units\n"
        "stored = units._base_factor('point')\n"
        "loaded = 'pint' in sys.modules\n"
        "print(stored == units.pint_base_factor('point'), loaded)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert done.stdout.split() == ["True", "False"]
