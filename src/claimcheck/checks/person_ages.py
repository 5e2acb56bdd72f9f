"""CC106 for one person's age given twice: "Halvard Okafor, 45," and "the 47-year-old Okafor".

An age is read only where copy ties it to a named person: right after the name in an
aside ("Okafor, 45," / "Okafor, aged 45," / "Okafor, a 45-year-old engineer,") or right
before it ("the 45-year-old Okafor"). Two ages of one surname that differ by two years or
more are flagged at the later one (a single year may be a birthday between the two
mentions, or a story written over days). A surname that two first names share in the
article (a couple, a parent and a child) names two people, and a sentence that ties an
age to a time ("when", "at the time", "turned", "then") may tell another year of life.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from claimcheck.checks.helpers import make_finding, sentence_bounds, where
from claimcheck.checks.names_lexicon import (
    COMMON_CAPITALIZED,
    KNOWN_DISTINCT_NAMES,
    ORGANIZATION_WORDS,
    TITLES,
)
from claimcheck.checks.registry import ArticleContext
from claimcheck.extract.lexicon import MONTH_NAMES
from claimcheck.extract.patterns import compile_pattern
from claimcheck.records import Finding

_NAME = r"[A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)?"
# "Halvard Okafor, 45," / "Okafor, aged 45," / "Okafor, a 45-year-old engineer,": the age
# after a comma is found first, the name then read in the few words before it (a pattern
# opening with the name would be tried at every capital of the body).
_AGE_AFTER_COMMA = compile_pattern(
    r",\s+(?:aged\s+|(?:a|an|the)\s+)?(?P<age>\d{1,3})(?:-year-old\b|(?=\s*[,;)]))"
)
_NAME_ENDING = compile_pattern(rf"(?:(?P<first>{_NAME})\s+)?(?P<last>{_NAME})$")
_NAME_REACH = 60
# "the 47-year-old Okafor", "The 47-year-old Halvard Okafor"
_AGE_BEFORE = compile_pattern(
    rf"\b[Tt]he\s+(?P<age>\d{{1,3}})-year-old\s+(?:(?P<first>{_NAME})\s+)?(?P<last>{_NAME})\b"
    r"(?!\s+[A-Z])"
)
# Words tying an age to a time: another year of the person's life may be meant.
_AGE_AT_A_TIME = compile_pattern(
    r"\b(?:when|then|at\s+the\s+time|turn(?:ed|s|ing)?|birthday|since|until|by\s+the\s+age)\b",
    re.I,
)
_YOUNGEST, _OLDEST = 5, 110
_MIN_GAP = 2
_NOT_A_PERSON = (
    frozenset(name.lower() for name in MONTH_NAMES)
    | KNOWN_DISTINCT_NAMES
    | COMMON_CAPITALIZED
    | ORGANIZATION_WORDS
    | TITLES
)


@dataclass(frozen=True, slots=True)
class _Age:
    surname: str
    first_name: str
    value: int
    start: int
    end: int


def ages_two_ways(context: ArticleContext) -> Iterator[Finding]:
    """One named person's age given as two figures two years or more apart."""
    body = context.article.body
    ages = sorted(_stated_ages(context, body), key=lambda age: age.start)
    reported: set[str] = set()
    for index, later in enumerate(ages):
        if later.surname in reported or _two_people(body, later.surname):
            continue
        for earlier in ages[:index]:
            if earlier.surname != later.surname or abs(earlier.value - later.value) < _MIN_GAP:
                continue
            if earlier.first_name and later.first_name and earlier.first_name != later.first_name:
                continue
            reported.add(later.surname)
            yield _finding(context, body, earlier, later)
            break


def _stated_ages(context: ArticleContext, body: str) -> Iterator[_Age]:
    for match in _AGE_AFTER_COMMA.finditer(body):
        named = _NAME_ENDING.search(body, max(0, match.start() - _NAME_REACH), match.start())
        if named is not None:
            yield from _age(context, body, named.group("last"), named.group("first"), match)
    if "-year-old" in body:
        for match in _AGE_BEFORE.finditer(body):
            yield from _age(context, body, match.group("last"), match.group("first"), match)


def _age(
    context: ArticleContext, body: str, surname: str, first: str | None, match: re.Match[str]
) -> Iterator[_Age]:
    value = int(match.group("age"))
    if not _YOUNGEST <= value <= _OLDEST or surname.lower() in _NOT_A_PERSON:
        return
    first = first or ""
    if first.lower() in _NOT_A_PERSON:
        first = ""
    start, end = match.span("age")
    sentence_start, sentence_end = sentence_bounds(context, start)
    if not _AGE_AT_A_TIME.search(body, sentence_start, sentence_end):
        yield _Age(surname, first, value, start, end)


def _two_people(body: str, surname: str) -> bool:
    """Two first names before one surname: two people of one family."""
    firsts = {
        match.group(1)
        for match in re.finditer(rf"\b({_NAME})\s+{re.escape(surname)}\b", body)
        if match.group(1).lower() not in _NOT_A_PERSON
    }
    return len(firsts) > 1


def _finding(context: ArticleContext, body: str, earlier: _Age, later: _Age) -> Finding:
    message = (
        f"{later.surname} is {later.value} here but {earlier.value} in "
        f"{where(context, earlier.start)}: one person's age given two ways"
    )
    evidence = {
        "other": {
            "text": body[earlier.start : earlier.end],
            "start": earlier.start,
            "end": earlier.end,
        },
        "values": [earlier.value, later.value],
        "person": later.surname,
    }
    return make_finding(context, "CC106", message, later.start, later.end, evidence)
