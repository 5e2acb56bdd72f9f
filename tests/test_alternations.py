"""Word lists grouped by first letter (`claimcheck.alternations`): the same matches as the
pattern written plainly, on every project pattern that gets grouped."""

from __future__ import annotations

import importlib
import re

import pytest

from claimcheck.alternations import by_first_letter, grouped_source
from claimcheck.measures import MEASURES, measure_pattern

MODAL = r"\b(?:could|may|might|would|will|can|expects?|expected|set\s+to|foreshadow\w*|m)\b"

TEXTS = [
    "The board could raise the dividend, and it May cut costs; a Might-have-been.",
    "Officials expect growth and expected more; forecasters expects 3 pct, set  to rise.",
    "Mm, m is a letter; canned goods, mayor Willis, willow trees, foreshadowing events.",
    "COULD WOULD WILL: capitals everywhere, would-be buyers, set to  go, set\tto",
    "The trade deficit widened; trade-deficit figures, a TRADE DEFICIT, deficits, sub-deficit",
    "Industrial output rose and industrial   production fell; output-gap, unemployment rate",
    "",
]


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], str]]:
    return [(match.span(), match.group(0)) for match in pattern.finditer(text)]


def _texts_from(pattern: re.Pattern[str]) -> list[str]:
    """Readable texts holding the pattern's own plain words, in several cases and places."""
    words = re.findall(r"(?<![\\\w])[A-Za-z]{2,}", pattern.pattern)[:60]
    texts = list(TEXTS)
    for word in words:
        texts.append(f"Then {word} and {word.upper()}, {word.title()}s; x{word} {word}-{word}.")
        texts.append(f"{word} {word}ed {word} ")
    return texts


def _same_everywhere(plain: re.Pattern[str], grouped: re.Pattern[str], text: str) -> None:
    assert _spans(plain, text) == _spans(grouped, text)
    for start in range(0, len(text) + 1, 7):
        for end in (start + 9, start + 30, len(text)):
            found = [m.span() for m in plain.finditer(text, start, end)]
            assert found == [m.span() for m in grouped.finditer(text, start, end)]
            first, second = plain.match(text, start, end), grouped.match(text, start, end)
            assert (first and first.span()) == (second and second.span())


def test_words_grouped_by_first_letter_in_order() -> None:
    assert grouped_source(MODAL, re.IGNORECASE) == (
        r"\b(?:c(?:ould|an)|m(?:ay|ight|)|w(?:ould|ill)|e(?:xpects?|xpected)|set\s+to|"
        r"foreshadow\w*)\b"
    )


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_grouped_modal_list_matches_as_written(flags: int) -> None:
    plain = re.compile(MODAL, flags)
    grouped = by_first_letter(plain)
    assert grouped is not plain
    for text in TEXTS:
        _same_everywhere(plain, grouped, text)


def test_words_differing_in_case_stay_whole_in_their_group() -> None:
    source = r"(?:over|under|Over|Under|upper|Upper|oxen|onto|other)\b"
    grouped = grouped_source(source)
    assert grouped is not None and "O(?:" not in grouped and "o(?:ver|xen|nto|ther)" in grouped
    folded = grouped_source(source, re.IGNORECASE)
    assert folded is not None and "(?:over|Over|oxen|onto|other)" in folded
    text = "Over the top, over it, Under and under, Upper oxen onto other Others"
    for flags in (0, re.IGNORECASE):
        plain = re.compile(source, flags)
        for regrouped in (grouped, folded):
            # either grouping means the same in both modes
            _same_everywhere(plain, re.compile(regrouped, flags), text)


@pytest.mark.parametrize(
    "source",
    [
        r"\b(?:(could)|may|might|must|more|most|mean|many)\b",  # a capturing group
        r"\b(?:could|may|might|must|more|most|mean|(?P<m>many))\b",  # a named group
        r"\b(?:c?ould|can|cut|cost|come|came|cease|cede)\b",  # the first letter optional
        r"(?i)\b(?:could|can|cut|cost|come|came|cease|cede)\b",  # an inline flag
        r"\b(?:\w+ould|can|cut|cost|come|came|cease|cede)\b",  # not a letter first
        r"\b(?:could|can|cut|cost)\b",  # too few words to gain
        r"\b(?:make|makes|made|making|maker|makers|mate|mates)\b",  # one letter only
        r"\b(?:could|can|cut|cost|come|came|cease|cede",  # unbalanced
        r"\bno group at all\b",
    ],
)
def test_lists_not_read_with_certainty_are_left_alone(source: str) -> None:
    assert grouped_source(source) is None
    assert grouped_source(source, re.VERBOSE) is None


def test_verbose_patterns_are_left_alone() -> None:
    assert grouped_source(MODAL, re.VERBOSE) is None
    pattern = re.compile(MODAL, re.VERBOSE)
    assert by_first_letter(pattern) is pattern


def test_character_classes_and_escapes_are_not_split() -> None:
    source = r"\b(?:c[|)]ould|can\||cut\)|cost|come|came|cease|cede|m[)]ay|my|mo)\b"
    grouped = grouped_source(source)
    assert grouped is not None
    text = "c|ould can| cut) cost come m)ay my mo came cede cease c)ould"
    _same_everywhere(re.compile(source), re.compile(grouped), text)


def test_measure_vocabulary_pattern_matches_as_the_plain_alternation() -> None:
    """The vocabulary pattern (grouped where it is made) against the plain alternation of
    every form, longest first, on texts written from the forms themselves."""
    for names in ((), tuple(m.name for m in MEASURES if "money" in m.figures)):
        forms = [f for m in MEASURES if not names or m.name in names for f in m.forms]
        alternatives = sorted(set(forms), key=lambda form: (-len(form), form))
        body = "|".join(re.escape(form).replace(r"\ ", r"[\s-]+") for form in alternatives)
        plain = re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)
        grouped = measure_pattern(names)
        assert grouped.pattern != plain.pattern
        lower_plain = re.compile(r"\b" + plain.pattern)
        lower_grouped = re.compile(r"\b" + grouped.pattern)
        for form in alternatives[:: max(1, len(alternatives) // 80)]:
            text = f"The {form} rose; its {form}s fell, {form.upper()}, pre-{form} and {form}"
            assert _spans(plain, text) == _spans(grouped, text)
            lowered = text.lower()
            assert _spans(lower_plain, lowered) == _spans(lower_grouped, lowered)
            for cut in range(4, len(lowered), 5):
                assert [m.span() for m in lower_plain.finditer(lowered, 2, cut)] == [
                    m.span() for m in lower_grouped.finditer(lowered, 2, cut)
                ]


@pytest.mark.parametrize(
    "module",
    [
        "claimcheck.extract.quantities",
        "claimcheck.extract.dates",
        "claimcheck.extract.neighbours",
        "claimcheck.checks.parts_exceed_whole",
        "claimcheck.checks.figure_two_ways",
        "claimcheck.checks.duration_start",
        "claimcheck.checks.groups",
        "claimcheck.checks.relative_date",
    ],
)
def test_stored_patterns_match_as_written(module: str) -> None:
    """Every pattern an extractor or check compiles (`compile_pattern`, which groups word
    lists) finds what the same pattern compiled plainly finds, and keeps its own text."""
    checked = 0
    for value in vars(importlib.import_module(module)).values():
        if not isinstance(value, re.Pattern) or grouped_source(value.pattern, value.flags) is None:
            continue
        plain = re.compile(value.pattern, value.flags)
        for text in _texts_from(value):
            assert _spans(plain, text) == _spans(value, text), (value.pattern, text)
            for start in range(0, len(text), 11):
                first, second = plain.match(text, start), value.match(text, start)
                assert (first and first.span()) == (second and second.span())
        checked += 1
    assert checked > 0
