"""CC103 relative-date-mismatch: "yesterday", "last week" beside a date they cannot be."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta

from claimcheck.checks.helpers import (
    make_finding,
    news_date,
    news_period,
    sentence_bounds,
)
from claimcheck.checks.registry import ArticleContext, register
from claimcheck.extract.lexicon import WEEKDAY_NAMES
from claimcheck.records import Claim, Finding

# Days counted from the publication date; these leave no room for doubt (an error if wrong).
_DAY_OFFSETS = {
    "yesterday": -1,
    "last night": -1,
    "today": 0,
    "tonight": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "tomorrow": 1,
}
_DAY_WORD = re.compile(r"^(?:on\s+|by\s+)?(" + "|".join(_DAY_OFFSETS) + r")$", re.I)
# Two expressions side by side as one: "yesterday (Thursday)", "last week, on Nov. 28,".
_APPOSITION = re.compile(r"\s*(?:[,(\[—–-]\s*)?(?:on|in|of)?\s*", re.I)
# Words that make an expression relative to the publication date ("last week", "two years
# ago"); a bare "August" or an anaphoric "the same month" is not checked.
_DEICTIC = re.compile(
    r"\b(?:last|this|next|ago|yesterday|today|tonight|tomorrow|past|previous|coming)\b", re.I
)
# A weekday that names something else: "Tuesday's cuts", "the Sunday Times".
_WEEKDAY_AS_NAME = re.compile(r"['’]s\b|\s+[A-Z]")
_GRANULARITY_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}
_YEAR = re.compile(r"(?<!\d)(?:1[6-9]|2[01])\d\d(?!\d)")
_DIGIT = re.compile(r"\d")
# How much looser than its calendar period a relative expression may be read: "last week" is
# often used for eight or nine days ago; "two years ago" may mean anything in a year's reach.
_SLACK = {"week": timedelta(days=7), "month": timedelta(days=10), "year": timedelta(days=31)}
_AGO_SLACK = {"week": timedelta(days=7), "month": timedelta(days=31), "year": timedelta(days=366)}
_AGO = re.compile(r"\bago\b", re.I)


@register("CC103")
def check_relative_dates(context: ArticleContext) -> Iterator[Finding]:
    """Flags a relative date set beside a weekday or date it cannot be.

    Examples (article dated Monday, May 13, 2024): "Yesterday (Thursday)" (error: yesterday
    was a Sunday); "Last week, on April 19," (warning: last week was May 6-12).
    Only expressions side by side are compared (parentheses, commas, "on"); further apart
    they often date different events. "Last week"/"last month" get a week/ten days of
    leeway, "two years ago" a year; a date without a year may take the neighbouring year.
    Known limits: needs a publication date (see CC001).
    """
    published = context.article.published_date
    if published is None:
        return
    dates = [claim for claim in context.claims if claim.kind == "date"]
    for index, relative in enumerate(dates):
        neighbours = dates[index + 1 : index + 3]
        if index > 0:
            neighbours.append(dates[index - 1])
        for other in neighbours:
            finding = _weekday_mismatch(context, published, relative, other)
            finding = finding or _date_mismatch(context, published, relative, other)
            if finding is not None:
                yield finding
                break


def _day_offset(claim: Claim) -> int | None:
    match = _DAY_WORD.match(claim.text.strip())
    return _DAY_OFFSETS[match.group(1).lower()] if match else None


def _is_bare_weekday(claim: Claim) -> bool:
    return claim.weekday is not None and not _DIGIT.search(claim.text)


def _gap(context: ArticleContext, first: Claim, second: Claim) -> str | None:
    """Text between two claims in reading order, or None when they overlap or are far apart."""
    if first.start > second.start:
        first, second = second, first
    if second.start < first.end:
        return None
    if sentence_bounds(context, first.start) != sentence_bounds(context, second.start):
        return None
    return context.article.body[first.end : second.start]


def _reads_as_apposition(gap: str | None, relative_first: bool) -> bool:
    """ "yesterday (Thursday)", "last week, on Nov. 28", "Nov. 28 (last week)"; not bare
    spaces ("in December 1985 this year is ...") nor a date closing the clause before
    ("until April 16, today admitted ...")."""
    if gap is None or not gap.strip() or not _APPOSITION.fullmatch(gap):
        return False
    return relative_first or "(" in gap


def _weekday_mismatch(
    context: ArticleContext, published: date, relative: Claim, weekday: Claim
) -> Finding | None:
    offset = _day_offset(relative)
    if offset is None or not _is_bare_weekday(weekday):
        return None
    # Only side by side ("yesterday (Thursday)", "yesterday, Thursday,", "yesterday on
    # Thursday"): further apart, the two often date different events ("said today that
    # trading, halted on Wednesday, resumes Monday").
    gap = _gap(context, relative, weekday)
    if not _reads_as_apposition(gap, relative_first=relative.start < weekday.start):
        return None
    if _WEEKDAY_AS_NAME.match(context.article.body, weekday.end):
        return None
    try:
        day = published + timedelta(days=offset)
    except OverflowError:
        return None
    if day.weekday() == weekday.weekday:
        return None
    word = relative.text.strip()
    message = (
        f"'{weekday.text}' beside '{word}': the article is dated "
        f"{WEEKDAY_NAMES[published.weekday()]}, {news_date(published)}, so {word.lower()} "
        f"{'is' if offset >= 0 else 'was'} a {WEEKDAY_NAMES[day.weekday()]}"
    )
    return make_finding(
        context,
        "CC103",
        message,
        weekday.start,
        weekday.end,
        {
            "relative": {"text": word, "start": relative.start, "end": relative.end},
            "published": published.isoformat(),
            "expected_weekday": WEEKDAY_NAMES[day.weekday()],
            "stated_weekday": WEEKDAY_NAMES[weekday.weekday or 0],
        },
    )


def _readings(explicit: Claim) -> list[tuple[date, date]]:
    """The explicit date as resolved, and with a neighbouring year when none is written
    ("on July 31 last year": the relative expression supplies the year)."""
    assert explicit.first_day is not None and explicit.last_day is not None
    readings = [(explicit.first_day, explicit.last_day)]
    if _YEAR.search(explicit.text):
        return readings
    for shift in (-1, 1):
        try:
            readings.append(
                (
                    explicit.first_day.replace(year=explicit.first_day.year + shift),
                    explicit.last_day.replace(year=explicit.last_day.year + shift),
                )
            )
        except ValueError:  # Feb. 29 or the ends of the calendar
            continue
    return readings


def _date_mismatch(
    context: ArticleContext, published: date, relative: Claim, explicit: Claim
) -> Finding | None:
    if not relative.relative or _DIGIT.search(relative.text) or _is_bare_weekday(relative):
        return None
    if not _DEICTIC.search(relative.text):
        return None
    if relative.first_day is None or relative.last_day is None:
        return None
    if explicit.first_day is None or explicit.last_day is None:
        return None
    if not _DIGIT.search(explicit.text) or explicit.granularity not in ("day", "month", "year"):
        return None
    relative_rank = _GRANULARITY_RANK.get(relative.granularity or "", -1)
    if _GRANULARITY_RANK[explicit.granularity] > relative_rank:
        return None  # "said last week 1986 profit ...": a year cannot pin down a week
    gap = _gap(context, relative, explicit)
    if not _reads_as_apposition(gap, relative_first=relative.start < explicit.start):
        return None
    offset = _day_offset(relative)
    slacks = _AGO_SLACK if _AGO.search(relative.text) else _SLACK
    slack = timedelta(0) if offset is not None else slacks.get(relative.granularity or "")
    if slack is None:
        return None
    try:
        low, high = relative.first_day - slack, relative.last_day + slack
    except OverflowError:  # a resolver's date at the ends of the calendar
        return None
    if any(first <= high and last >= low for first, last in _readings(explicit)):
        return None
    word = relative.text.strip()
    period = news_period(relative.first_day, relative.last_day)
    message = (
        f"'{explicit.text}' beside '{word}': for an article dated {news_date(published)}, "
        f"{word.lower()} is {period}"
    )
    return make_finding(
        context,
        "CC103",
        message,
        explicit.start,
        explicit.end,
        {
            "relative": {"text": word, "start": relative.start, "end": relative.end},
            "published": published.isoformat(),
            "relative_period": [relative.first_day.isoformat(), relative.last_day.isoformat()],
            "stated_period": [explicit.first_day.isoformat(), explicit.last_day.isoformat()],
        },
        # A period ("last week") judged with slack is less certain than a day offset.
        severity=None if offset is not None else "warning",
    )
