"""CC106 figure-stated-two-ways: one group's size given as two figures that cannot both hold."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from claimcheck.checks.helpers import make_finding, sentence_bounds
from claimcheck.checks.registry import ArticleContext, register
from claimcheck.extract.lexicon import UNITS_WORDS
from claimcheck.records import Finding

_NUMBER_WORDS = {**UNITS_WORDS, "twenty": 20}
_NUMBER = r"(?P<number>\d{1,3}(?:,\d{3})*|\d+|" + "|".join(_NUMBER_WORDS) + r")"
# Nouns naming a group whose size is a fixed fact of the story (a crew, a board).
_GROUPS = (
    "crew|staff|workforce|team|squad|garrison|delegation|membership|fleet|board|panel|jury|"
    "cast|contingent|council|committee|cabinet|orchestra|choir|band|family"
)
_POSSESSOR = r"(?:(?P<owner>[A-Za-z]+)['’]s\s+)?"
# "... crew members of the tanker", "... crew aboard the ferry": whose group it is.
_OWNER_AFTER = r"(?:\s+(?:of|on|aboard|at|for)\s+the\s+(?P<owner_after>[a-z]+))?"
# "a crew of 12", "the ferry's crew of 12", "its 12-member board", "all 15 crew members".
_TOTAL_PATTERNS = (
    re.compile(
        r"\b(?:a|an|the|its|their|his|her)\s+" + _POSSESSOR + r"(?P<group>" + _GROUPS + r")"
        r"\s+of\s+"
        + _NUMBER
        + r"\b(?!\s*(?:percent|%|per|times|years|days|hours|[-–]))"
        + _OWNER_AFTER,
        re.I,
    ),
    re.compile(
        r"\b(?:the|its|their|a|an)\s+"
        + _POSSESSOR
        + _NUMBER
        + r"[-\s](?:member|strong|person|man|woman|seat)\s+(?P<group>"
        + _GROUPS
        + r")\b",
        re.I,
    ),
    re.compile(
        r"\ball\s+"
        + _NUMBER
        + r"\s+(?:of\s+(?:the|its|their)\s+)?(?P<group>"
        + _GROUPS
        + r")(?:\s+members)?\b"
        + _OWNER_AFTER,
        re.I,
    ),
    re.compile(
        r"\b(?:the|its|their)\s+" + _POSSESSOR + r"(?P<group>" + _GROUPS + r")\s+"
        r"(?:has|had|have|numbers|numbered|totals|totaled|totalled|counts|counted)\s+"
        + _NUMBER
        + r"\s+(?:members|people|workers|players|sailors|seats)\b",
        re.I,
    ),
)
# Words that let a group's size change or split within one story. A bare "later" is not
# one: "the owner later said all 15 crew members ..." restates the size; a change needs a
# verb ("joined", "left", "grew", "was reduced").
_CHANGE_WORDS = re.compile(
    r"\b(?:now|previously|originally|initially|former(?:ly)?|expand(?:ed|s|ing)?|"
    r"enlarg(?:e|ed|ing)|increas(?:e|ed|ing)|reduc(?:e|ed|ing)|cut|grew|grown|shrank|shrunk|"
    r"rose|risen|fell|dropped|swelled|dwindled|resign(?:ed|s)?|quit|hired|fired|laid\s+off|"
    r"added|adding|join(?:ed|s)?|left|remaining|survivors?|surviving|another|other|new|"
    r"plus|extra|additional|replac(?:e|ed|ing)|from|to\s+\d|up\s+to|would|will|proposed|"
    r"planned|each|per|every|both|two\s+(?:crews|teams|boards))\b",
    re.I,
)


_ANY_GROUP = re.compile(r"\b(?:" + _GROUPS + r")\b", re.I)
_INDEFINITE = re.compile(r"an?\s", re.I)


@dataclass(frozen=True, slots=True)
class _Statement:
    group: str
    owner: str
    value: int
    start: int
    end: int
    phrase: str


@register("CC106")
def check_figures_stated_two_ways(context: ArticleContext) -> Iterator[Finding]:
    """Flags one group's size given as two different figures.

    Example: "a crew of 14" and later "all 17 crew members".
    Conservative by design: only groups with a fixed size (crew, board, council, team ...)
    in totalizing phrases ("a crew of", "all N", "the N-member"), with the same owner
    ("the ferry's crew" is not "the tug's crew"), never in sentences with change words
    ("expanded", "now", "remaining", "another") and never when a later phrase introduces a
    new group ("a fleet of 154").
    """
    statements = sorted(_statements(context), key=lambda statement: statement.start)
    by_group: dict[tuple[str, str], list[_Statement]] = {}
    for statement in statements:
        by_group.setdefault((statement.group, statement.owner), []).append(statement)
    for group_statements in by_group.values():
        values = {statement.value for statement in group_statements}
        if len(values) != 2:
            continue  # one figure, or so many that the article tracks a changing size
        first = group_statements[0]
        for later in group_statements[1:]:
            if later.value == first.value or _INDEFINITE.match(later.phrase):
                # "a fleet of 154" later on introduces another fleet, not the same one again.
                continue
            message = (
                f"'{later.phrase}' but '{first.phrase}' earlier: "
                f"the {first.group} is given as {first.value} and as {later.value}"
            )
            evidence = {
                "other": {"text": first.phrase, "start": first.start, "end": first.end},
                "values": [first.value, later.value],
                "group": first.group,
            }
            yield make_finding(context, "CC106", message, later.start, later.end, evidence)
            break


def _statements(context: ArticleContext) -> Iterator[_Statement]:
    body = context.article.body
    if not _ANY_GROUP.search(body):
        return  # most articles name no crew or board: skip the costlier patterns
    seen: set[int] = set()
    for pattern in _TOTAL_PATTERNS:
        for match in pattern.finditer(body):
            if match.start("number") in seen:
                continue
            seen.add(match.start("number"))
            sentence_start, sentence_end = sentence_bounds(context, match.start())
            if _CHANGE_WORDS.search(body, sentence_start, sentence_end):
                continue
            number = match.group("number").lower().replace(",", "")
            value = _NUMBER_WORDS[number] if number in _NUMBER_WORDS else int(number)
            groups = match.groupdict()
            owner = (groups.get("owner") or groups.get("owner_after") or "").lower()
            yield _Statement(
                group=match.group("group").lower(),
                owner=owner,
                value=value,
                start=match.start("number"),
                end=match.end("number"),
                phrase=match.group(0),
            )
