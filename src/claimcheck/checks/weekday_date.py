"""CC101 weekday-date-mismatch: a weekday written beside a calendar date it does not fall on."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta

from claimcheck.checks.helpers import make_finding, news_date
from claimcheck.checks.registry import ArticleContext, register
from claimcheck.extract.lexicon import WEEKDAY_NAMES
from claimcheck.records import Claim, Finding

_YEAR = re.compile(r"(?<!\d)(?:1[6-9]|2[01])\d\d(?!\d)")
_WEEKDAY_WORD = re.compile(
    r"\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?\b", re.I
)
# How far from publication an unstated year may reasonably put a date.
_UNSTATED_YEAR_REACH = timedelta(days=200)


@register("CC101")
def check_weekday_dates(context: ArticleContext) -> Iterator[Finding]:
    """Flags a weekday written beside a calendar date that falls on another day.

    Why: wire copy pairs weekdays and dates ("Tuesday, Dec. 19, 2022"); when one is edited
    the other is easily left behind, and readers notice.
    Example: "Wednesday, Jan. 9, 2024" (Jan. 9, 2024 was a Tuesday).
    Known limits: when no year is written, a neighbouring year that fits (within about
    seven months of publication) is accepted; ranges are not checked.
    """
    published = context.article.published_date
    for claim in context.claims:
        mismatch = _mismatch(claim, published)
        if mismatch is None:
            continue
        day, actual = mismatch
        tense = "is" if published is not None and day > published else "was"
        message = f"'{claim.text}': {news_date(day)} {tense} a {WEEKDAY_NAMES[actual]}"
        yield make_finding(
            context,
            "CC101",
            message,
            claim.start,
            claim.end,
            {
                "date": day.isoformat(),
                "stated_weekday": WEEKDAY_NAMES[claim.weekday or 0],
                "actual_weekday": WEEKDAY_NAMES[actual],
                "year_stated": bool(_YEAR.search(claim.text)),
            },
        )


def _mismatch(claim: Claim, published: date | None) -> tuple[date, int] | None:
    """(date, its real weekday) when the claim names a weekday the date does not fall on."""
    if claim.kind != "date" or claim.weekday is None or claim.first_day is None:
        return None
    if not 0 <= claim.weekday <= 6:
        return None
    day = claim.first_day
    if claim.last_day is not None and claim.last_day != day:
        return None
    # Only a weekday actually written in the claim counts (not one the resolver inferred).
    if not _WEEKDAY_WORD.search(claim.text):
        return None
    actual = day.weekday()
    if actual == claim.weekday:
        return None
    if published is not None and not _YEAR.search(claim.text):
        # No year written: the resolver guessed it; a nearby year that fits means no slip.
        for year in (day.year - 1, day.year + 1):
            try:
                candidate = day.replace(year=year)
            except ValueError:
                continue
            near = abs(candidate - published) <= _UNSTATED_YEAR_REACH
            if near and candidate.weekday() == claim.weekday:
                return None
    return day, actual
