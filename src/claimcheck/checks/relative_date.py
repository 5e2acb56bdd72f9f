"""CC103 relative-date-mismatch: "yesterday", "last week" beside a date they cannot be."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta

from claimcheck.checks.helpers import (
    bare_weekdays,
    make_finding,
    news_date,
    news_period,
    sentence_bounds,
)
from claimcheck.checks.registry import ArticleContext, register
from claimcheck.extract.lexicon import MONTHS, WEEKDAY_NAMES
from claimcheck.extract.patterns import compile_pattern
from claimcheck.records import Claim, Finding, Severity

# Words that make an expression relative to the publication date ("last week", "two years
# ago", "yesterday"); a bare "August" or an anaphoric "the same month" is not one.
_DEICTIC = compile_pattern(
    r"\b(?:last|this|next|ago|yesterday|today|tonight|tomorrow|past|previous|coming)\b", re.I
)
_WEEKDAY_WORD = compile_pattern(
    r"\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?\b", re.I
)
# Two expressions side by side as one: "yesterday (Thursday)", "last week, on Nov. 28,",
# "last month, in February", "Thursday, yesterday,".
_APPOSITION = compile_pattern(
    r"(?:\s+(?:morning|afternoon|evening|night)|['’]s?\s+time)?\s*(?:[,(\[—–-]\s*)?"
    # "yesterday, which was a Thursday", "yesterday was Friday", "on Friday, that is
    # yesterday": one day named twice, linked by a verb.
    r"(?:(?:(?:which|that)\s+)?(?:was|is|will\s+be)\s+|that\s+is,?\s+|i\.e\.,?\s+)?"
    r"(?:(?:a|an|the)\s+)?"
    r"(?:(?:on|in|of|during)\s+)?",
    re.I,
)
# "... yesterday. That was Friday.", "... last month. It was in April.": a sentence naming
# the day of the one before again.
_NAMED_AGAIN = compile_pattern(
    r"\.\s+(?:That|It|This)\s+(?:was|is|will\s+be)\s+(?:(?:a|an|on|in)\s+)?", re.I
)
# What may follow the second of two expressions read as one: the apposition closes.
_ENCLOSED = compile_pattern(r"\s*(?:[,;:)\]—–]|[.!?](?:\s|$)|$)|\s+-\s")
# A weekday that names something else: "Tuesday's cuts", "the Sunday Times".
# "Tuesday/Wednesday" money: a span from one day to the next, a deposit's term.
_WEEKDAY_AS_NAME = compile_pattern(r"['’]s\b|\s+[A-Z]|/[A-Z]")
_GRANULARITY_RANK = {"day": 0, "weekend": 1, "week": 1, "month": 2, "year": 3}
_YEAR = compile_pattern(r"(?<!\d)(?:1[6-9]|2[01])\d\d(?!\d)")
_DIGIT = compile_pattern(r"\d")
_MONTH_WORDS = frozenset(MONTHS)
# How much looser than its calendar period a relative expression may be read: "last week" is
# often used for eight or nine days ago; "two years ago" may mean anything in a year's reach.
_SLACK = {
    "weekend": timedelta(days=3),
    "week": timedelta(days=7),
    "month": timedelta(days=10),
    "year": timedelta(days=31),
}
_PERIODS = frozenset(_SLACK)
# "N weeks ago" resolves to a calendar week: a week's slack would let it mean N+1 weeks.
_AGO_SLACK = {"week": timedelta(days=3), "month": timedelta(days=31), "year": timedelta(days=366)}
_AGO = compile_pattern(r"\bago\b", re.I)
# "last Friday" is the latest Friday to some writers and the Friday of last week to others.
_WEEKDAY_READINGS = timedelta(days=7)
# Parts of a day, and the day they fall on counted from publication.
_PART_OF_DAY_OFFSETS = {
    "last night": -1, "overnight": 0, "this morning": 0, "this afternoon": 0,
    "this evening": 0, "tonight": 0, "earlier today": 0, "later today": 0,
}  # fmt: skip
_PART_OF_DAY_WORDS = ("night", "morning", "afternoon", "evening", "today")
# (The lookahead names the phrases' first letters: the engine skips to where one may start.)
_PART_OF_DAY = compile_pattern(r"(?=[elot])\b(" + "|".join(_PART_OF_DAY_OFFSETS) + r")\b", re.I)
# "in two days", "in three days' time": a day ahead of publication, up to two weeks.
_IN_DAYS = compile_pattern(r"\bin\s+$", re.I)
_COUNTED_DAYS = 14
# "earlier this week", "later this week": the days of the week before or after publication.
_SIDE_OF_WEEK = compile_pattern(r"\b(earlier|later)\s+this\s+week\b", re.I)
# "the last month" or "the next month" with the article: the span of a month up to or from
# publication, or the last or next month of a period the article speaks of (a harvest, a
# season, a shipment span). Renamed by a bare month, it is the second: a span counted from
# publication is never one calendar month.
_MONTH_OF_A_PERIOD = compile_pattern(r"(?:\b\w+\s+)?the\s+(?:last|next)\s+month", re.I)
# Only punctuation between the two: "the last month, September", "(September)".
_RENAMED = compile_pattern(r"\s*[,(\[—–-]\s*")
# Claims looked at after each one: side-by-side expressions are neighbours.
_REACH = 2


@dataclass(frozen=True, slots=True)
class _Reading:
    """A date claim as this check reads it."""

    claim: Claim
    # "day": a day counted from publication ("yesterday", "two days ago"); "weekday": a
    # weekday counted from publication ("last Friday"); "period": a week, month or year
    # counted from publication ("last week"); "bare weekday" ("Thursday"); "explicit": a
    # calendar date or month ("March 8", "February"); "" for anything else.
    role: str


@register("CC103")
def check_relative_dates(context: ArticleContext) -> Iterator[Finding]:
    """Flags a relative date set beside a weekday or date it cannot be.

    Examples (article dated Monday, May 13, 2024): "Yesterday (Thursday)", "on Thursday,
    yesterday," and "two days ago, on Friday," (errors: yesterday was a Sunday, two days
    ago a Saturday); "yesterday, May 2," (error); "last Friday, April 12," (error: April 12
    was a Friday four weeks back); "last week, on April 19," and "last month, in February,"
    (warnings: last week was May 6-12, last month April). Relative expressions include
    parts of a day ("last night (Thursday)"), days counted in numbers ("in three days'
    time (Friday)", "48 hours ago (Friday)"), spans running to now ("in the past week, on
    April 19") and weekends; weekdays may be abbreviated ("yesterday (Thurs.)").
    Only expressions side by side are compared (parentheses, commas, dashes, "on", "in", an
    article or a linking verb: "yesterday, a Friday,", "yesterday was Friday", "on Friday,
    which was yesterday,", "yesterday, that is, on Friday"), in either order; further apart
    they often date different events. A relative expression after the date must be set off
    as an apposition ("on Thursday, yesterday, ..."), not open the next clause ("until
    April 16, today admitted ...").
    A month or year beside "last month" or "last year" is read by its middle: "last month,
    in March" in mid-May is wrong although March's last days touch April's leeway.
    "earlier this week, on Friday" in a Wednesday's article, "later this week, on
    Monday", and a next sentence only naming the day again ("... yesterday. That was
    Friday.") are compared too. A weekday joined to another by a slash ("Tuesday/
    Wednesday" money, a deposit's term) names no day. A bare month renaming "the last
    month" or "the next month" ("the bulk arrives in the last month, September") is the
    month closing or following a period the article speaks of (a harvest, a season, a
    shipment span), not one counted from publication; "the last month, in March" is still
    compared.
    Level: an error when the relative expression names one day (the calendar proves it); a
    warning for a week, month or year, which writers use loosely: "last week"/"last month"
    get a week/ten days of leeway, "two weeks ago" three days, "two years ago" a year; a
    date without a year may take the neighbouring year.
    A count back of weeks, months or years that misses the date beside it by two of its
    units or more ("On Feb. 2, 30 weeks ago," in May) is left to CC104, which reads it as
    the time gone by since that date; a near miss ("On April 20, a week ago,") and any
    count of days stay here. February of a leap year, ending on the 29th, may take the
    year before or after too, with its 28 days ("Last year, in February," in March 2004).
    Known limits: needs a publication date (see CC001).
    """
    published = context.article.published_date
    if published is None:
        return
    readings = sorted(
        [_Reading(claim, _role(claim)) for claim in context.claims if claim.kind == "date"]
        + list(_parts_of_days(context, published))
        + list(_counted_days(context, published))
        + [_Reading(claim, "bare weekday") for claim in bare_weekdays(context)],
        key=lambda reading: reading.claim.start,
    )
    judged: set[int] = set()
    for index, first in enumerate(readings):
        for second in readings[index + 1 : index + 1 + _REACH]:
            finding = _judge_pair(context, published, first, second)
            if finding is None:
                finding = _judge_pair(context, published, second, first)
            if finding is None:
                continue
            key = finding.evidence["relative"]["start"]
            if key not in judged:
                judged.add(key)
                yield finding


def _parts_of_days(context: ArticleContext, published: date) -> Iterator[_Reading]:
    """ "last night", "this morning", "overnight": a part of a day counted from publication,
    which extraction does not give as a date of its own."""
    body = context.article.body
    if not any(word in body for word in _PART_OF_DAY_WORDS):
        return  # most articles name no part of a day: skip the scan
    claimed = {(claim.start, claim.end) for claim in context.claims}
    for match in _PART_OF_DAY.finditer(body):
        if match.span() in claimed:
            continue
        day = published + timedelta(days=_PART_OF_DAY_OFFSETS[match.group(1).lower()])
        claim = Claim(
            article_id=context.article.id,
            kind="date",
            text=match.group(),
            start=match.start(),
            end=match.end(),
            granularity="day",
            first_day=day,
            last_day=day,
            relative=True,
        )
        yield _Reading(claim, "day")


def _counted_days(context: ArticleContext, published: date) -> Iterator[_Reading]:
    """Days and spans counted from publication that extraction gives as durations or
    hours: "in two days" (a day ahead), "48 hours ago" (two days back), "the past week"
    (the seven days before publication)."""
    body = context.article.body
    for claim in context.claims:
        if claim.kind != "duration" and claim.unit != "hour":
            continue
        if _running_up_to_now(claim):
            span = replace(
                claim, kind="date", first_day=claim.period_start, last_day=claim.period_end
            )
            yield _Reading(span, "period")
            continue
        if claim.value is None or not 0 < claim.value <= _COUNTED_DAYS * 24:
            continue  # (also keeps NaN and infinity out)
        if not float(claim.value).is_integer():
            continue
        days = None
        if claim.kind == "duration" and claim.unit == "day" and claim.value <= _COUNTED_DAYS:
            if _IN_DAYS.search(body, max(0, claim.start - 5), claim.start):
                days = int(claim.value)
        elif claim.unit == "hour" and _AGO.search(claim.text) and claim.value % 24 == 0:
            days = -int(claim.value) // 24
        if days is not None:
            day = published + timedelta(days=days)
            yield _Reading(replace(claim, kind="date", first_day=day, last_day=day), "day")


def _running_up_to_now(claim: Claim) -> bool:
    return (
        claim.kind == "duration"
        and claim.period_start is not None
        and claim.period_end is not None
        and claim.granularity in _PERIODS
        and _DEICTIC.search(claim.text) is not None
    )


def _role(claim: Claim) -> str:
    text = claim.text.strip()
    if claim.first_day is None or claim.last_day is None:
        return ""
    deictic = bool(_DEICTIC.search(text))
    if claim.weekday is not None and _WEEKDAY_WORD.search(text) and not _DIGIT.search(text):
        return "weekday" if deictic else "bare weekday"
    if deictic and claim.relative:
        if claim.granularity == "day" and claim.first_day == claim.last_day:
            return "day"
        if claim.granularity in _PERIODS and not _DIGIT.search(text):
            return "period"
        if claim.granularity in _PERIODS and _AGO.search(text):
            return "period"
        return ""
    if claim.granularity in ("day", "month", "year") and (
        _DIGIT.search(text) or text.lower().rstrip(".") in _MONTH_WORDS
    ):
        return "explicit"
    return ""


def _judge_pair(
    context: ArticleContext, published: date, relative: _Reading, other: _Reading
) -> Finding | None:
    if relative.role == "day" and other.role == "bare weekday":
        return _weekday_mismatch(context, published, relative.claim, other.claim)
    if relative.role == "period" and other.role == "bare weekday":
        return _side_of_week_mismatch(context, published, relative.claim, other.claim)
    if relative.role in ("day", "weekday", "period") and other.role == "explicit":
        return _date_mismatch(context, published, relative, other.claim)
    return None


def _side_by_side(context: ArticleContext, relative: Claim, other: Claim) -> bool:
    """ "yesterday (Thursday)", "last week, on Nov. 28", "Thursday, yesterday,"; not bare
    spaces ("in December 1985 this year is ...") nor a date closing the clause before
    ("until April 16, today admitted ...")."""
    first, second = (relative, other) if relative.start < other.start else (other, relative)
    if second.start < first.end:
        return False
    body = context.article.body
    gap = body[first.end : second.start]
    if sentence_bounds(context, first.start) != sentence_bounds(context, second.start):
        # "... yesterday. That was Friday.": the next sentence only names the day again.
        named_again = _NAMED_AGAIN.fullmatch(gap) is not None
        return named_again and _ENCLOSED.match(body, second.end) is not None
    if not gap.strip() or not _APPOSITION.fullmatch(gap):
        return False
    if "(" in gap:
        return True
    return _ENCLOSED.match(body, second.end) is not None or first is relative


def _weekday_mismatch(
    context: ArticleContext, published: date, relative: Claim, weekday: Claim
) -> Finding | None:
    if not _side_by_side(context, relative, weekday):
        return None
    if _WEEKDAY_AS_NAME.match(context.article.body, weekday.end):
        return None
    day = relative.first_day
    assert day is not None
    if day.weekday() == weekday.weekday:
        return None
    word = relative.text.strip()
    message = (
        f"'{weekday.text}' beside '{word}': the article is dated "
        f"{WEEKDAY_NAMES[published.weekday()]}, {news_date(published)}, so {word.lower()} "
        f"{'is' if day >= published else 'was'} a {WEEKDAY_NAMES[day.weekday()]}"
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


def _side_of_week_mismatch(
    context: ArticleContext, published: date, relative: Claim, weekday: Claim
) -> Finding | None:
    """ "earlier this week, on Thursday" in an article of a Wednesday: the weekday is not
    before publication in its week ("later this week" after it)."""
    side = _SIDE_OF_WEEK.search(relative.text)
    if side is None or weekday.weekday is None or not _side_by_side(context, relative, weekday):
        return None
    if _WEEKDAY_AS_NAME.match(context.article.body, weekday.end):
        return None
    earlier = side.group(1).lower() == "earlier"
    today = published.weekday()
    if (weekday.weekday < today) if earlier else (weekday.weekday > today):
        return None
    word = relative.text.strip()
    message = (
        f"'{weekday.text}' beside '{word}': the article is dated "
        f"{WEEKDAY_NAMES[today]}, {news_date(published)}, so {word.lower()} is "
        f"{'before' if earlier else 'after'} {WEEKDAY_NAMES[today]}"
    )
    evidence = {
        "relative": {"text": word, "start": relative.start, "end": relative.end},
        "published": published.isoformat(),
        "stated_weekday": WEEKDAY_NAMES[weekday.weekday],
    }
    return make_finding(context, "CC103", message, weekday.start, weekday.end, evidence)


def _readings(explicit: Claim) -> list[tuple[date, date]]:
    """The explicit date as resolved, and with a neighbouring year when none is written
    ("on July 31 last year": the relative expression supplies the year)."""
    assert explicit.first_day is not None and explicit.last_day is not None
    readings = [(explicit.first_day, explicit.last_day)]
    if _YEAR.search(explicit.text):
        return readings
    for shift in (-1, 1):
        try:
            first = explicit.first_day.replace(year=explicit.first_day.year + shift)
            last = explicit.last_day
            # (February of a leap year ends on the 29th: the month in a year next to it
            # ends on the 28th; the day Feb. 29 itself has no such reading)
            if (last.month, last.day) == (2, 29) and explicit.first_day < last:
                last = last.replace(day=28)
            readings.append((first, last.replace(year=last.year + shift)))
        except ValueError:  # the day Feb. 29 or the ends of the calendar
            continue
    return readings


def _allowed_span(reading: _Reading) -> tuple[date, date, Severity | None] | None:
    """The days a relative expression may mean, and the level of a date outside them."""
    claim = reading.claim
    assert claim.first_day is not None and claim.last_day is not None
    if reading.role == "day":
        return claim.first_day, claim.last_day, None
    if reading.role == "weekday":
        return claim.first_day - _WEEKDAY_READINGS, claim.last_day + _WEEKDAY_READINGS, None
    slacks = _AGO_SLACK if _AGO.search(claim.text) else _SLACK
    slack = slacks.get(claim.granularity or "")
    if slack is None:
        return None
    return claim.first_day - slack, claim.last_day + slack, "warning"


def _may_mean(first: date, last: date, low: date, high: date, explicit: Claim) -> bool:
    """Whether a stated date may be what the relative expression means: a day inside its
    leeway; a month or a year with its middle inside it ("last month, in April" in mid-June
    is April's middle a month before the leeway of May)."""
    if explicit.granularity in ("month", "year"):
        middle = first + (last - first) / 2
        return low <= middle <= high or (first >= low and last <= high)
    return first <= high and last >= low


# Days in a unit a time is counted back in ("30 weeks ago").
_UNIT_DAYS = {"week": 7.0, "month": 30.4375, "year": 365.25}


def _counted_far_back(relative: Claim, explicit: Claim) -> bool:
    """ "On March 3, 30 weeks ago," in May: a count of weeks, months or years back that
    misses its date by two of its units or more is a span wrong for its start, CC104's
    finding (the time gone by since the date); a near miss ("a week ago, on May 1" in
    mid-May) stays a date named twice, read here."""
    unit_days = _UNIT_DAYS.get(relative.granularity or "")
    if unit_days is None or not _AGO.search(relative.text):
        return False
    assert relative.first_day is not None and relative.last_day is not None
    assert explicit.first_day is not None and explicit.last_day is not None
    gap = max(
        (relative.first_day - explicit.last_day).days,
        (explicit.first_day - relative.last_day).days,
    )
    return gap >= 2 * unit_days


def _month_of_a_period(context: ArticleContext, relative: Claim, explicit: Claim) -> bool:
    """ "the bulk comes in the last month, September", "from June to September, the last
    month,": a month renaming "the last month" or "the next month" closes or follows a
    period the article names; it is not counted from publication. "the last month, in
    March" (a time inside the month up to now) is still compared."""
    if explicit.granularity != "month" or not _MONTH_OF_A_PERIOD.fullmatch(relative.text.strip()):
        return False
    first, second = (
        (relative, explicit) if relative.start < explicit.start else (explicit, relative)
    )
    return _RENAMED.fullmatch(context.article.body, first.end, second.start) is not None


def _date_mismatch(
    context: ArticleContext, published: date, relative: _Reading, explicit: Claim
) -> Finding | None:
    claim = relative.claim
    assert claim.first_day is not None and claim.last_day is not None
    if explicit.first_day is None or explicit.last_day is None:
        return None
    relative_rank = _GRANULARITY_RANK.get(claim.granularity or "", -1)
    if _GRANULARITY_RANK.get(explicit.granularity or "", 9) > relative_rank:
        return None  # "said last week 1986 profit ...": a year cannot pin down a week
    if relative.role == "weekday" and explicit.first_day.weekday() != claim.weekday:
        return None  # a weekday beside a date on another day: CC101 reports it
    if not _side_by_side(context, claim, explicit):
        return None
    if _month_of_a_period(context, claim, explicit):
        return None
    try:
        span = _allowed_span(relative)
    except OverflowError:  # a resolver's date at the ends of the calendar
        return None
    if span is None:
        return None
    low, high, severity = span
    if any(_may_mean(first, last, low, high, explicit) for first, last in _readings(explicit)):
        return None
    if _counted_far_back(claim, explicit):
        return None
    word = claim.text.strip()
    period = news_period(claim.first_day, claim.last_day)
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
            "relative": {"text": word, "start": claim.start, "end": claim.end},
            "published": published.isoformat(),
            "relative_period": [claim.first_day.isoformat(), claim.last_day.isoformat()],
            "stated_period": [explicit.first_day.isoformat(), explicit.last_day.isoformat()],
        },
        severity=severity,
    )
