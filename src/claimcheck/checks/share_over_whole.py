"""CC105 share-over-whole: a share of a group stated as more than 100 percent of it."""

from __future__ import annotations

import re
from collections.abc import Iterator

from claimcheck.checks.helpers import make_finding
from claimcheck.checks.registry import ArticleContext, register
from claimcheck.records import Claim, Finding

# Groups whose members can be counted: a share of one cannot exceed the whole group.
_GROUP_NOUNS = (
    r"households?|homes?|families|residents?|inhabitants?|people|population|citizens?|"
    r"voters?|votes?|ballots?|electorate|workers?|employees?|staff|workforce|members?|"
    r"membership|students?|pupils?|children|adults?|women|men|respondents?|participants?|"
    r"patients?|seats?|shares?|companies|firms|businesses|farms?|schools?|"
    r"hospitals?|counties|states|countries|land|territory|area|cases|deaths|victims|"
    r"those|them|all"
)
# "104 percent of the county's households", "110% of its shares", "120 percent of voters".
_SHARE_OF_GROUP = re.compile(
    r"\s+of\s+(?:(?:the|all|its|their|his|her|our|these|those|this|that|eligible|registered|"
    r"local|adult|total|[\w.-]+['’]s?)\s+){0,4}?(?:" + _GROUP_NOUNS + r")\b"
    # "120 percent of members' contributions" is a share of something the group owns.
    r"(?!['’])",
    re.I,
)
# "a 120 percent stake", "a 105% share", "105 percent majority".
_SHARE_NOUN = re.compile(r"\s+(?:stake|share|ownership|holding|majority)\b", re.I)
# Comparisons and growth can exceed 100: "150 percent more", "up 120 percent".
_COMPARISON_AFTER = re.compile(
    r"\s+(?:more|less|fewer|higher|lower|above|below|over|increase|rise|jump|growth|gain|"
    r"up|down|as\s+many|of\s+(?:the\s+)?(?:previous|prior|last|pre|normal|capacity|target|"
    r"expected|budgeted|planned))\b",
    re.I,
)
_CHANGE_BEFORE = re.compile(
    r"\b(?:rose|rise[sn]?|rising|grew|grow[sn]?|growing|jump(?:ed|s)?|soar(?:ed|s)?|surge[ds]?|"
    r"climb(?:ed|s)?|increase[ds]?|gain(?:ed|s)?|up|fell|fall(?:en|s)?|drop(?:ped|s)?|"
    r"decline[ds]?|by|times|over|exceed(?:ed|s)?|than|of\s+nearly|markup|return)\W*"
    r"(?:\w+\W+){0,2}$",
    re.I,
)
_WINDOW = 80


@register("CC105")
def check_shares_over_whole(context: ArticleContext) -> Iterator[Finding]:
    """Flags a share of a counted group stated above 100 percent.

    Example: "104 percent of the county's households", "a 115 percent stake".
    Not flagged: changes and comparisons ("rose 150 percent", "150 percent more"), and
    ratios that may exceed the whole ("120 percent of GDP", "of capacity", "of last year's
    level", "of the average").
    Known limits: only groups named in a closed list (households, voters, members, shares...).
    """
    body = context.article.body
    for claim in context.claims:
        if not _is_share_over_hundred(claim):
            continue
        after = body[claim.end : claim.end + _WINDOW]
        before = body[max(0, claim.start - 40) : claim.start]
        if _COMPARISON_AFTER.match(after) or _CHANGE_BEFORE.search(before):
            continue
        group = _SHARE_OF_GROUP.match(after) or _SHARE_NOUN.match(after)
        if group is None:
            continue
        phrase = body[claim.start : claim.end + group.end()]
        message = f"'{phrase}': a share of a whole cannot be more than 100 percent"
        evidence = {
            "value": claim.value,
            "group": {
                "text": group.group().strip(),
                "start": claim.end
                + group.start()
                + len(group.group())
                - len(group.group().lstrip()),
                "end": claim.end + group.end(),
            },
        }
        yield make_finding(context, "CC105", message, claim.start, claim.end, evidence)


def _is_share_over_hundred(claim: Claim) -> bool:
    if claim.unit != "percent" or claim.change is not None or claim.value is None:
        return False
    lowest = claim.low if claim.low is not None else claim.value
    return lowest > 100 and claim.qualifier not in ("at_most", "less_than")
