"""Which claims were checked: the coverage a report shows beside the findings.

`checked_claims(result)`, what the reports show today, counts a claim as checked when a finding
covers it. `examined_claims(context)` is the finer measure, not yet shown:

a finding says a check saw something wrong; silence says nothing unless the report can also
say which figures a check looked at. It returns the indexes (into ``context.claims``) of the
claims at least one check kind applies to:

* weekday-bearing dates (CC101) and relative dates (CC103);
* figures paired with a parenthetical conversion (CC102);
* durations, and dates introduced as the start of a running period (CC104);
* percentages, which CC105 reads as shares (CC105);
* counted figures stating the size of a named group: "a crew of 12" (CC106);
* counts in a parts-and-whole pattern: "Of the 120 volunteers, 70 ... and 60 ..." (CC108).

Name spellings (CC107) are about words, not claims, and are not counted. Every step reads
bounded text around one claim, so this is linear in the article length like the checks.
"""

from __future__ import annotations

import math
from itertools import pairwise

from claimcheck.checks import duration_start, figure_two_ways, parts_exceed_whole, unit_conversion
from claimcheck.checks.helpers import sentence_bounds
from claimcheck.checks.registry import ArticleContext
from claimcheck.pipeline.checker import ArticleResult
from claimcheck.records import Claim

__all__ = ["checked_claims", "examined_claims"]


def checked_claims(result: ArticleResult) -> set[int]:
    """Positions of the claims some finding looked at.

    Checks do not yet report which claims they examined without finding anything, so a claim
    counts as checked when a finding's span or a span named in its evidence overlaps it.
    """
    spans: list[tuple[int, int]] = []
    for finding in result.findings:
        if finding.end > finding.start:
            spans.append((finding.start, finding.end))
        spans.extend(_evidence_spans(finding.evidence))
    if not spans:
        return set()  # most articles: no finding, no claim to look at
    return {
        index
        for index, claim in enumerate(result.claims)
        if any(start < claim.end and claim.start < end for start, end in spans)
    }


def _evidence_spans(value: object) -> list[tuple[int, int]]:
    """(start, end) pairs anywhere inside a finding's evidence ({"start": 3, "end": 9, ...})."""
    found: list[tuple[int, int]] = []
    if isinstance(value, dict):
        start, end = value.get("start"), value.get("end")
        if isinstance(start, int) and isinstance(end, int) and end > start:
            found.append((start, end))
        for inner in value.values():
            found.extend(_evidence_spans(inner))
    elif isinstance(value, list | tuple):
        for inner in value:
            found.extend(_evidence_spans(inner))
    return found


def examined_claims(context: ArticleContext) -> set[int]:
    """Indexes into ``context.claims`` of the claims some in-article check examined."""
    claims = context.claims
    body = context.article.body
    index_of = {id(claim): index for index, claim in enumerate(claims)}
    examined: set[int] = set()
    for index, claim in enumerate(claims):
        if _examined_alone(body, claim):
            examined.add(index)
    examined |= _conversions(context, index_of)
    examined |= _group_sizes(context)
    examined |= _parts_and_wholes(context, index_of)
    return examined


def _examined_alone(body: str, claim: Claim) -> bool:
    """Claims a check reads on their own: dates by weekday or relative, periods, shares."""
    if claim.kind == "date" and (claim.weekday is not None or claim.relative):
        return True  # CC101, CC103
    if claim.kind == "duration" or duration_start._is_start(body, claim):
        return True  # CC104
    return claim.unit == "percent"  # CC105


def _conversions(context: ArticleContext, index_of: dict[int, int]) -> set[int]:
    body = context.article.body
    quantities = [
        claim
        for claim in context.claims
        if claim.value is not None
        and math.isfinite(claim.value)
        and claim.unit
        and claim.dimension not in unit_conversion._SKIPPED_DIMENSIONS
    ]
    found: set[int] = set()
    for original, converted in pairwise(quantities):
        if unit_conversion._is_parenthetical_pair(body, original, converted):
            found.update((index_of[id(original)], index_of[id(converted)]))
    return found


def _group_sizes(context: ArticleContext) -> set[int]:
    """Claims whose figure is a group size read by CC106 (its phrases are regex matches)."""
    starts = sorted(statement.start for statement in figure_two_ways._statements(context))
    if not starts:
        return set()
    found: set[int] = set()
    pending = iter(starts)
    target = next(pending, None)
    for index, claim in enumerate(context.claims):  # claims and starts are both in body order
        while target is not None and target < claim.start:
            target = next(pending, None)
        if target is not None and claim.start <= target < claim.end:
            found.add(index)
    return found


def _parts_and_wholes(context: ArticleContext, index_of: dict[int, int]) -> set[int]:
    body = context.article.body
    counts = [claim for claim in context.claims if parts_exceed_whole._is_count(claim)]
    found: set[int] = set()
    for position, whole in enumerate(counts):
        sentence_start, sentence_end = sentence_bounds(context, whole.start)
        lead_start = max(sentence_start, whole.start - parts_exceed_whole._LEAD_CHARS)
        lead = ("" if lead_start == sentence_start else "x") + body[lead_start : whole.start]
        if parts_exceed_whole._WHOLE_OPENING.search(lead):
            parts = parts_exceed_whole._parts_after(body, whole, counts, position + 1, sentence_end)
            if parts:
                found.add(index_of[id(whole)])
                found.update(index_of[id(part)] for part in parts)
        if position > 0:
            part = counts[position - 1]
            close = whole.start - part.end < parts_exceed_whole._GAP_CHARS
            gap = body[part.end : whole.start] if close else ""
            if close and parts_exceed_whole._PART_OF_WHOLE.fullmatch(gap):
                found.update((index_of[id(part)], index_of[id(whole)]))
    return found
