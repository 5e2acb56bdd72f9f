"""CC104 duration-start-mismatch: "in its third week", "for the last 14 months" vs its start."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from claimcheck.checks.helpers import make_finding, news_date, news_period, sentence_bounds
from claimcheck.checks.registry import ArticleContext, register
from claimcheck.extract.lexicon import ORDINAL_WORDS
from claimcheck.records import Claim, Finding

_UNIT_DAYS = {"day": 1.0, "week": 7.0, "month": 30.4375, "year": 365.25}
# "is now in its third week", "entered its 10th month", "enters its second year".
_ORDINAL_PERIOD = re.compile(
    r"\b(?:(?:is|are|was|now)\s+(?:now\s+)?in|enter(?:s|ed|ing)?|into)\s+(?:its|their|the)\s+"
    r"(?P<ordinal>" + "|".join(ORDINAL_WORDS) + r"|\d{1,3}(?:st|nd|rd|th))\s+"
    r"(?P<unit>day|week|month|year)\b",
    re.I,
)
# What a start date is introduced by: "which began on March 1", "since Jan. 4", "started in May".
_START_CUE = re.compile(
    r"\b(?:began|begun|begin|begins|started|starts|start|launched|erupted|broke\s+out|"
    r"opened|since|kicked\s+off|commenced)\b[^.;:]{0,20}$",
    re.I,
)
# "for the last 14 months", "over the past two years": a duration running up to publication.
_RUNNING_DURATION = re.compile(r"\b(?:last|past)\b", re.I)
# Between a start date and its duration: a new clause may be about something else
# ("under emergency rule since June, because of violence that has killed 2,400 in the past
# three years").
_CLAUSE_BREAK = re.compile(
    r"[;:()\"“”]|\b(?:that|which|who|whom|whose|because|and|but|while|whereas|although|"
    r"though|when|after|before|as)\b",
    re.I,
)
_MAX_GAP_WORDS = 8
_TENSE_PAST_ONLY = re.compile(r"\b(?:lasted|had\s+been|ended|until|till|before)\b", re.I)


@register("CC104")
def check_duration_starts(context: ArticleContext) -> Iterator[Finding]:
    """Flags a running duration that does not fit the start date stated with it.

    Examples (article dated May 10, 2024): "the strike, which began on Feb. 26, is now in
    its fourth week" (it is week 11); "for the last 15 months, since July 2023" (about 10).
    The start must be introduced as one ("began", "since", "started") in the same clause;
    one unit of leeway either way; finished periods ("lasted", "until") are left alone.
    """
    published = context.article.published_date
    if published is None:
        return
    body = context.article.body
    starts = [claim for claim in context.claims if _is_start(body, claim)]
    if not starts:
        return
    for claim in context.claims:
        if claim.kind == "duration":
            finding = _running_duration(context, published, claim, starts)
            if finding is not None:
                yield finding
    seen: set[tuple[int, int]] = set()
    for start_claim in starts:
        bounds = sentence_bounds(context, start_claim.start)
        if bounds in seen:
            continue
        seen.add(bounds)
        for match in _ORDINAL_PERIOD.finditer(body, start_claim.end, bounds[1]):
            finding = _ordinal_period(context, published, start_claim, match)
            if finding is not None:
                yield finding


def _is_start(body: str, claim: Claim) -> bool:
    if claim.kind != "date" or claim.first_day is None or claim.last_day is None:
        return False
    if claim.granularity not in ("day", "month") or claim.weekday is not None:
        return False
    return _START_CUE.search(body, max(0, claim.start - 40), claim.start) is not None


def _elapsed_units(start: date, end: date, unit: str) -> float:
    return (end - start).days / _UNIT_DAYS[unit]


def _same_clause(body: str, first: tuple[int, int], second: tuple[int, int]) -> bool:
    """True when nothing between two spans starts another clause."""
    (_, gap_start), (gap_end, _) = sorted((first, second))
    gap = body[gap_start:gap_end]
    return len(gap.split()) <= _MAX_GAP_WORDS and not _CLAUSE_BREAK.search(gap)


def _ordinal_period(
    context: ArticleContext, published: date, start: Claim, match: re.Match[str]
) -> Finding | None:
    if not _same_clause(context.article.body, (start.start, start.end), match.span()):
        return None
    ordinal_text, unit = match.group("ordinal").lower(), match.group("unit").lower()
    stated = ORDINAL_WORDS.get(ordinal_text) or int(re.sub(r"\D", "", ordinal_text))
    assert start.first_day is not None and start.last_day is not None
    if start.first_day > published:
        return None
    # In its Nth unit: between N-1 and N units have passed; one unit of leeway for rounding.
    earliest = int(_elapsed_units(start.last_day, published, unit)) + 1
    latest = int(_elapsed_units(start.first_day, published, unit)) + 1
    if earliest - 1 <= stated <= latest + 1:
        return None
    actual = str(earliest) if earliest == latest else f"{earliest}–{latest}"
    phrase = context.article.body[match.start("ordinal") : match.end("unit")]
    message = (
        f"'{phrase}': it began {news_period(start.first_day, start.last_day)}, so on "
        f"{news_date(published)} it is in {unit} {actual}"
    )
    return make_finding(
        context,
        "CC104",
        message,
        match.start("ordinal"),
        match.end("unit"),
        {
            "start": {"text": start.text, "start": start.start, "end": start.end},
            "published": published.isoformat(),
            "stated": stated,
            "computed": [earliest, latest],
            "unit": unit,
        },
    )


def _running_duration(
    context: ArticleContext, published: date, duration: Claim, starts: list[Claim]
) -> Finding | None:
    unit = (duration.unit or "").lower()
    if unit not in _UNIT_DAYS or duration.value is None or duration.low is not None:
        return None
    if duration.qualifier != "exact" or not _RUNNING_DURATION.search(duration.text):
        return None
    sentence = sentence_bounds(context, duration.start)
    body = context.article.body
    if _TENSE_PAST_ONLY.search(body, sentence[0], sentence[1]):
        return None
    same_sentence = [s for s in starts if sentence_bounds(context, s.start) == sentence]
    if len(same_sentence) != 1 or not _same_clause(
        body, (same_sentence[0].start, same_sentence[0].end), (duration.start, duration.end)
    ):
        return None
    start = same_sentence[0]
    assert start.first_day is not None and start.last_day is not None
    if start.first_day > published:
        return None
    shortest = _elapsed_units(start.last_day, published, unit)
    longest = _elapsed_units(start.first_day, published, unit)
    if shortest - 1 <= duration.value <= longest + 1:
        return None
    computed = round((shortest + longest) / 2)
    plural = "s" if computed != 1 else ""
    message = (
        f"'{duration.text}': from {news_period(start.first_day, start.last_day)} to "
        f"{news_date(published)} is about {computed} {unit}{plural}"
    )
    return make_finding(
        context,
        "CC104",
        message,
        duration.start,
        duration.end,
        {
            "start": {"text": start.text, "start": start.start, "end": start.end},
            "published": published.isoformat(),
            "stated": duration.value,
            "computed": [round(shortest, 2), round(longest, 2)],
            "unit": unit,
        },
    )
