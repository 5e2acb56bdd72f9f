"""CC108 parts-exceed-whole: parts of a stated whole that add up to more than the whole."""

from __future__ import annotations

import re
from collections.abc import Iterator

from claimcheck.checks.helpers import make_finding, sentence_bounds, stated_half_step
from claimcheck.checks.registry import ArticleContext, register
from claimcheck.records import Claim, Finding

# "Of the 120 workers, ..." / "Out of 120 workers, ...": the whole opens the sentence or clause.
_WHOLE_OPENING = re.compile(
    r"(?:^|[;:—–(])\W*(?:but\s+|and\s+|yet\s+)?(?:out\s+)?of\s+(?:the|these|those|its|their|all)?\s*$",
    re.I,
)
# "70 of the 120 workers", "70 out of 120" (not "1,500 shares of 3.25 dlr stock").
_PART_OF_WHOLE = re.compile(
    r"\s+(?:out\s+of\s+(?:the\s+|these\s+|those\s+|its\s+|their\s+|all\s+)?|"
    r"of\s+(?:the|these|those|its|their|all)\s+)",
    re.I,
)
# A part opens its own clause: ", 70 were women", "and 60 were men", "while 60 ...".
_PART_OPENING = re.compile(
    r"(?:^|[,;:]|\band|\bwhile|\bwhereas|\bbut|\bwith)\s*"
    r"(?:just|only|some|about|around|nearly|almost|roughly|another)?\s*$",
    re.I,
)
# Words that let parts overlap or stand outside the whole.
_OVERLAP_WORDS = re.compile(
    r"\b(?:also|both|each|either|including|included|among\s+(?:them|whom|those)|of\s+(?:whom|"
    r"which|them|those)|plus|additional|further|other|more|new|total|per|times|percent|"
    r"aged?|between|to|from|rose|fell|up|down|increase[ds]?|compared)\b|%",
    re.I,
)
# Categories that never overlap: parts are only added up when each names a different one of
# these ("70 were women and 60 were men"), since "30 failed test A and 25 failed test B" may
# count the same cars twice.
_PARTITIONS: tuple[tuple[frozenset[str], ...], ...] = tuple(
    tuple(frozenset(words.split()) for words in group)
    for group in (
        ("women woman female females girls", "men man male males boys"),
        ("adults adult grown-ups", "children child kids minors", "infants infant babies"),
        ("yes for favor favour supported backed", "no against opposed rejected", "abstained"),
        ("killed dead died", "injured wounded hurt", "missing", "rescued survived unharmed"),
        ("democrats democrat democratic", "republicans republican", "independents independent"),
        ("civilians civilian", "soldiers troops combatants militants fighters police"),
        ("domestic", "foreign imported"),
        ("public", "private"),
        ("full-time", "part-time"),
        ("urban", "rural"),
    )
)
# Words that only stop the sum inside a clause describing the whole ("Of the 120 volunteers
# who arrived from nearby towns, ..."): there "from", "to" or "up" modify the whole, not a part.
_WHOLE_MODIFIER = re.compile(
    r"\s+(?:who|that|which|whose|[a-z]+ed|[a-z]+ing|from|in|at|on|with)\b[^,;:]*,\s*$", re.I
)
_OVERLAP_IN_MODIFIER = re.compile(
    r"\b(?:also|both|each|either|including|included|plus|additional|further|other|more|total"
    r"|per|times|percent)\b|%",
    re.I,
)
_WORDS = re.compile(r"[a-z]+(?:-[a-z]+)?")
# Text looked at around each figure: bounded so that work per claim stays constant.
_LEAD_CHARS = 120
_GAP_CHARS = 200
# A part this many times its whole is counting something else, not miscounting.
_MAX_PART_RATIO = 3
_COUNT_DIMENSIONS = frozenset({None, "count", "dimensionless", "currency"})
_YEAR_LIKE = re.compile(r"^(?:1[89]|20)\d\d$")


@register("CC108")
def check_parts_exceed_whole(context: ArticleContext) -> Iterator[Finding]:
    """Flags parts of a stated whole that add up to more than the whole.

    Examples: "Of the 120 workers, 70 were women and 60 were men"; "130 of the 110 seats".
    Parts are only added up when each names a different category of one partition (women
    and men, adults and children, for and against, killed and injured ...), so parts that
    may overlap ("25 failed the brake check and 22 the light check") are left alone; "of
    them", "also", "including" and the like stop the sum.
    Known limits: a part more than three times its whole is taken to count something else.
    """
    body = context.article.body
    counts = [claim for claim in context.claims if _is_count(claim)]
    for index, whole in enumerate(counts):
        sentence_start, sentence_end = sentence_bounds(context, whole.start)
        lead_start = max(sentence_start, whole.start - _LEAD_CHARS)
        # A lead cut short of the sentence start must not match "^" (the sentence opening).
        lead = ("" if lead_start == sentence_start else "x") + body[lead_start : whole.start]
        if _WHOLE_OPENING.search(lead):
            parts = _parts_after(body, whole, counts, index + 1, sentence_end)
            finding = _judge_parts(context, whole, parts)
            if finding is not None:
                yield finding
        # "70 of the 120 workers": the part comes first.
        if index > 0:
            part = counts[index - 1]
            gap = body[part.end : whole.start] if whole.start - part.end < _GAP_CHARS else ""
            same_measure = whole.dimension != "currency" and part.unit in (None, whole.unit)
            if part.start >= sentence_start and same_measure and _PART_OF_WHOLE.fullmatch(gap):
                finding = _judge_parts(context, whole, [part])
                if finding is not None:
                    yield finding


def _is_count(claim: Claim) -> bool:
    if claim.kind not in ("quantity", "money") or claim.value is None or claim.value < 0:
        return False
    if claim.dimension not in _COUNT_DIMENSIONS or claim.change is not None:
        return False
    if claim.unit is None and _YEAR_LIKE.match(claim.text.strip()):
        return False
    # "32-bit", "two-door": a number inside a compound modifier is not a count.
    return not re.match(r"\d[\d,.]*-[a-z]", claim.text)


def _parts_after(
    body: str, whole: Claim, counts: list[Claim], first: int, limit: int
) -> list[Claim]:
    """Counts after the whole that each open a clause, in the whole's unit, up to the end."""
    parts: list[Claim] = []
    previous_end = whole.end
    for position in range(first, len(counts)):  # no slice copy: this runs once per whole
        claim = counts[position]
        if claim.start >= limit:
            break
        if claim.start - previous_end > _GAP_CHARS:
            return []
        between = body[previous_end : claim.start]
        overlap = _OVERLAP_WORDS
        if not parts and _WHOLE_MODIFIER.match(between):
            overlap = _OVERLAP_IN_MODIFIER  # "who arrived from nearby towns," describes the whole
        if overlap.search(between) or _OVERLAP_WORDS.match(body, claim.end):
            return []
        if not _PART_OPENING.search(between):
            return []
        if whole.dimension == "currency" or claim.dimension == "currency":
            if claim.unit != whole.unit:
                return []
        elif claim.unit not in (None, whole.unit) and claim.dimension not in (None, "count"):
            # Parts may name their own noun ("70 women and 60 men"), but not another measure.
            return []
        parts.append(claim)
        previous_end = claim.end
    tail = body[previous_end : min(limit, previous_end + _GAP_CHARS)]
    if _OVERLAP_WORDS.search(tail):
        return []
    return parts


def _rounding(claim: Claim) -> float:
    """How far a count may be from its stated figure: none for a plain "70 workers"."""
    half_step = stated_half_step(claim.text, claim.value, min_significant=2)
    if claim.qualifier == "exact" and claim.value is not None and half_step <= 0.5:
        return 0.0  # whole people or items, counted exactly
    return half_step


def _are_disjoint(body: str, parts: list[Claim]) -> bool:
    """True when each part names a different category of one known partition."""
    descriptions = []
    for index, part in enumerate(parts):
        end = parts[index + 1].start if index + 1 < len(parts) else part.end + 60
        words = set(_WORDS.findall(f"{part.unit or ''} {body[part.end : end]}".lower()))
        descriptions.append(words)
    for group in _PARTITIONS:
        chosen = []
        for words in descriptions:
            matches = [index for index, category in enumerate(group) if words & category]
            if len(matches) != 1:
                break
            chosen.append(matches[0])
        else:
            if len(set(chosen)) == len(chosen):
                return True
    return False


def _judge_parts(context: ArticleContext, whole: Claim, parts: list[Claim]) -> Finding | None:
    if not parts or whole.value is None:
        return None
    if len(parts) == 1 and parts[0].start > whole.start:
        return None  # a single part after the whole is too often a different measure
    if len(parts) == 1 and (parts[0].value or 0.0) > _MAX_PART_RATIO * whole.value:
        # "35,000 of the two models": far beyond the whole, the part counts something else.
        return None
    if len(parts) > 1 and not _are_disjoint(context.article.body, parts):
        return None
    whole_high = whole.value + _rounding(whole)
    parts_low = sum((part.value or 0.0) - _rounding(part) for part in parts)
    if parts_low <= whole_high:
        return None
    total = sum(part.value or 0.0 for part in parts)
    listed = " + ".join(part.text for part in parts)
    if len(parts) == 1:
        message = f"'{parts[0].text}' is more than the whole it is part of ('{whole.text}')"
    else:
        message = f"The parts ({listed} = {total:g}) add up to more than the whole ('{whole.text}')"
    evidence = {
        "whole": {"text": whole.text, "start": whole.start, "end": whole.end, "value": whole.value},
        "parts": [
            {"text": p.text, "start": p.start, "end": p.end, "value": p.value} for p in parts
        ],
        "parts_total": total,
    }
    # The figure to look at: the whole when several parts disagree with it, else the part.
    target = whole if len(parts) > 1 else parts[0]
    return make_finding(context, "CC108", message, target.start, target.end, evidence)
