"""Finding a rule's words in an article: alias patterns, the claim's sentence, the title."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cached_property, lru_cache
from typing import Any

from claimcheck.checks.registry import ArticleContext
from claimcheck.records import Claim, Finding


def word_set(text: str) -> frozenset[str]:
    """A set of lower-case words written as one space-separated string."""
    return frozenset(text.lower().split())


# Capitalized words that do not name anyone or anything (days, months, sentence openers).
_COMMON_CAPITALIZED = word_set(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december jan feb mar apr jun jul aug sep sept
    oct nov dec i the a an in on at for by but and or if as it its this that these those there
    he she they we his her their our since until after before last next over during about
    president prime minister general mr mrs ms dr
    """
)
_CAPITALIZED = re.compile(r"(?<![\w'’])[A-Z][\w'’.-]*")


@lru_cache(maxsize=4096)
def phrase_pattern(phrases: tuple[str, ...]) -> re.Pattern[str] | None:
    """One case-insensitive regex matching any of the phrases as whole words.

    Spaces match any run of white space and an apostrophe matches both ' and ’, so
    "Russia's invasion" also finds "Russia’s\ninvasion".
    """
    if not phrases:
        return None
    parts = []
    for phrase in sorted(set(phrases), key=len, reverse=True):
        words = [re.escape(word).replace("'", "['’]") for word in phrase.split()]
        parts.append(r"\s+".join(words))
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?![\w])", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class WordMatch:
    """Where a phrase was found and the words as written."""

    start: int
    end: int
    text: str
    in_title: bool = False


def find_phrases(phrases: tuple[str, ...], text: str, offset: int = 0) -> list[WordMatch]:
    pattern = phrase_pattern(phrases)
    if pattern is None:
        return []
    return [
        WordMatch(offset + match.start(), offset + match.end(), match.group())
        for match in pattern.finditer(text)
    ]


def find_each_phrase(phrases: tuple[str, ...], text: str, offset: int = 0) -> list[WordMatch]:
    """Every occurrence of every phrase, overlaps included ("waged war" and "war on Ukraine")."""
    found = {
        (match.start, match.end): match
        for phrase in phrases
        for match in find_phrases((phrase,), text, offset)
    }
    return sorted(found.values(), key=lambda match: (match.start, -match.end))


_WORD_TOKEN = re.compile(r"\w+")
# ASCII text's `\w+` words, case-folded, by one bytes translation: a word character (letter,
# digit, underscore) to its lower case, any other byte to a space, then split on spaces. In
# ASCII text those are exactly the words `_WORD_TOKEN` finds in the case-folded text.
_ASCII_WORD_BYTES = bytes(
    byte if chr(byte).isascii() and (chr(byte).isalnum() or byte == ord("_")) else ord(" ")
    for byte in range(256)
).lower()


def _folded_words(text: str) -> frozenset[str]:
    """The distinct words of the text, case-folded, as `_WORD_TOKEN` finds them in `casefold()`."""
    if text.isascii():  # most articles: a translation and a split instead of the regex
        return frozenset(text.encode("ascii").translate(_ASCII_WORD_BYTES).decode().split())
    return frozenset(_WORD_TOKEN.findall(text.casefold()))


@lru_cache(maxsize=4096)
def phrase_words(phrase: str) -> tuple[str, ...]:
    """The words of a phrase as ArticleView.words holds them (case-folded)."""
    return tuple(_WORD_TOKEN.findall(phrase.casefold()))


class ArticleView:
    """What rules look at in one article, computed once and shared by all rules."""

    def __init__(self, context: ArticleContext, rule_set_subjects: tuple[str, ...] = ()) -> None:
        self.context = context
        self.article = context.article
        self.body = context.article.body
        self.claims = context.claims
        self.published: date | None = context.article.published_date
        self._rule_set_subjects = rule_set_subjects

    @cached_property
    def words(self) -> frozenset[str]:
        """Every word of the body and the title, case-folded: one pass per article, so that
        each of hundreds of rules can tell in a set lookup whether it can match at all."""
        return _folded_words(f"{self.body}\n{self.title}")

    def may_mention(self, phrases: Iterable[str]) -> bool:
        """False when no phrase can occur in the body or title: some word of each is absent.

        Never False for a phrase that `phrase_pattern` would find (its matches are the
        phrase's words between non-word boundaries, case-insensitively); True does not mean
        the phrase is there."""
        words = self.words
        return any(all(word in words for word in phrase_words(phrase)) for phrase in phrases)

    @cached_property
    def claims_by_sentence(self) -> dict[int, list[Claim]]:
        grouped: dict[int, list[Claim]] = {}
        for claim in self.claims:
            grouped.setdefault(self.sentence_of(claim)[0], []).append(claim)
        return grouped

    def sentence_of(self, claim: Claim) -> tuple[int, str]:
        """(start offset, text) of the claim's sentence, computed when the claim lacks it."""
        if claim.sentence:
            return claim.sentence_start, claim.sentence
        start, end = self.context.sentence_at(claim.start)
        return start, self.body[start:end]

    @cached_property
    def title(self) -> str:
        return self.article.title or ""

    def subject_in_sentence(
        self, phrases: tuple[str, ...], claim: Claim, allow_title: bool
    ) -> list[WordMatch]:
        """The subject's aliases in the claim's sentence, else (if allowed and safe) the title.

        Falling back to the title is only safe when the sentence names nobody else: it holds
        no capitalized word but common ones (articles, days, months, titles) and no subject of
        another rule in the set.
        """
        start, sentence = self.sentence_of(claim)
        found = find_phrases(phrases, sentence, start)
        if found or not allow_title or not self.title:
            return found
        if names_someone(sentence) or find_phrases(self._rule_set_subjects, sentence):
            return []
        return [
            WordMatch(match.start, match.end, match.text, in_title=True)
            for match in find_phrases(phrases, self.title)
        ]


def gap_between(first: tuple[int, int], second: tuple[int, int]) -> int:
    """Characters between two spans (0 when they touch or overlap)."""
    return max(0, max(first[0], second[0]) - min(first[1], second[1]))


def names_someone(sentence: str) -> bool:
    """True when a sentence holds a capitalized word that may name a person, place or group."""
    # The first word counts too: "Otherville is 300 km long" names a place.
    for match in _CAPITALIZED.finditer(sentence):
        word = match.group().rstrip(".'’").lower()
        if word.removesuffix("s") in _COMMON_CAPITALIZED or word in _COMMON_CAPITALIZED:
            continue
        return True
    return False


def gap_is_only(text: str, allowed: frozenset[str], max_words: int = 6) -> bool:
    """True when the text between two phrases is only connector words (and punctuation)."""
    words = re.findall(r"[\w'’-]+", text)
    if len(words) > max_words or re.search(r"[;:!?()]", text):
        return False
    return all(word.lower() in allowed for word in words)


def stated_interval(claim: Claim, value: float | None = None) -> tuple[float, float] | None:
    """The values a claim allows, in its own unit, widened by how the figure is rounded.

    "60 miles" may be a rounding of anything from 55 to 65; "more than 10" allows 10 and up;
    "15,000-18,000" allows the range.
    """
    from claimcheck.checks.helpers import stated_half_step

    inf = float("inf")
    if claim.low is not None and claim.high is not None:
        low, high = claim.low, claim.high  # a range is low to high whichever way it was written
    elif claim.value is not None:
        low = high = claim.value
    else:
        return None
    half_step = stated_half_step(claim.text, claim.value or high, min_significant=2)
    low, high = low - half_step, high + half_step
    if claim.qualifier in ("at_least", "more_than"):
        high = inf
    elif claim.qualifier in ("at_most", "less_than"):
        low = -inf
    elif claim.qualifier == "approx":
        # "about 100" is looser than "100": allow a tenth either way.
        spread = 0.1 * max(abs(low), abs(high))
        low, high = low - spread, high + spread
    return low, high


def format_number(value: float) -> str:
    """A figure the way a reader writes it: 96.6, 70,000, 322."""
    if abs(value) >= 100:
        return f"{round(value):,}"
    text = f"{value:,.1f}"
    return text.removesuffix(".0")


def unit_label(unit: str | None, value: float = 2.0) -> str:
    """Short unit label for messages: "km", "miles", "troops"."""
    if not unit:
        return ""
    short = {
        "kilometer": "km",
        "meter": "m",
        "centimeter": "cm",
        "millimeter": "mm",
        "kilogram": "kg",
        "metric_ton": "tonnes",
        "square_kilometer": "sq km",
        "percent": "%",
        "kilometer / hour": "km/h",
        "mile / hour": "mph",
    }
    if unit in short:
        return short[unit]
    label = unit.replace("_", " ")
    if abs(value) != 1 and not label.endswith("s") and " " not in label and "/" not in label:
        label = {"foot": "feet", "inch": "inches", "century": "centuries", "man": "men"}.get(
            label, label + "s"
        )
    return label


def build_finding(
    view: ArticleView,
    rule: Any,
    claim_or_span: Claim | tuple[int, int],
    message: str,
    matched: Iterable[str],
    expected: str,
    stated: str,
) -> Finding:
    if isinstance(claim_or_span, Claim):
        start, end = claim_or_span.start, claim_or_span.end
    else:
        start, end = claim_or_span
    return Finding(
        article_id=view.article.id,
        rule=rule.code,
        severity=rule.level,
        message=message,
        start=start,
        end=end,
        text=view.body[start:end],
        evidence={
            "rule_file": str(rule.path),
            "source": rule.source,
            "matched": _unique(matched),
            "expected": expected,
            "stated": " ".join(stated.split()),
        },
    )


def _unique(words: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for word in words:
        seen.setdefault(" ".join(word.split()), None)
    return list(seen)
