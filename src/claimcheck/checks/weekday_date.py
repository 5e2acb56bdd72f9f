"""CC101 weekday-date-mismatch: a weekday written beside a calendar date it does not fall on."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from claimcheck.checks.helpers import bare_weekdays, make_finding, news_date
from claimcheck.checks.registry import ArticleContext, register
from claimcheck.extract.lexicon import ORDINAL_WORDS, TENS_WORDS, WEEKDAY_NAMES
from claimcheck.extract.patterns import compile_pattern
from claimcheck.records import Claim, Finding

_YEAR = compile_pattern(r"(?<!\d)(?:1[6-9]|2[01])\d\d(?!\d)")
_WEEKDAY_WORD = compile_pattern(
    r"\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?\b", re.I
)
# A line break with nothing but spaces on the line before it: what follows belongs to another
# line of a fixture list or a heading ("Saturday, 5 March" and then a kick-off time).
_BLANK_LINE = compile_pattern(r"\n[ \t]*\n")
# How far from publication an unstated year may reasonably put a date.
_UNSTATED_YEAR_REACH = timedelta(days=200)
# A weekday and a date set side by side as one: "May 3 (Tuesday)", "May 3, a Tuesday",
# "Tuesday (May 3)", "Tuesday, the third of May".
_SIDE_BY_SIDE = compile_pattern(r"\s*(?:,|\(|—|–|-)?\s*(?:(?:on|a|an|the)\s+)?", re.I)
_ON = compile_pattern(r"\bon\b", re.I)
_CLOSES = compile_pattern(r"\s*(?:[,;:.)!?—–]|$)")
# "the third of", "the twenty-first of": a day of the month in words before a month name.
_ORDINAL_DAY = compile_pattern(
    r"\b(?:the\s+)?(?:(?P<tens>twenty|thirty)[-\s]?)?(?P<ordinal>[a-z]+)\s+of\s+$", re.I
)
_TEN_ORDINALS = {"twentieth": 20, "thirtieth": 30}


@dataclass(frozen=True, slots=True)
class _Stated:
    """A weekday stated for a day: the words, the day as read and whether a year was written."""

    start: int
    end: int
    text: str
    weekday: int
    day: date
    year_written: bool


@register("CC101")
def check_weekday_dates(context: ArticleContext) -> Iterator[Finding]:
    """Flags a weekday written beside a calendar date that falls on another day.

    Why: wire copy pairs weekdays and dates ("Tuesday, Dec. 19, 2022"); when one is edited
    the other is easily left behind, and readers notice.
    Examples: "Wednesday, Jan. 9, 2024" (Jan. 9, 2024 was a Tuesday); the same pairing in
    any order and apposition: "Jan. 9 (Wednesday)", "Jan. 9, a Wednesday", "Wednesday,
    the ninth of January".
    Level: an error (the calendar proves it).
    Known limits: when no year is written, a neighbouring year that fits (within about
    seven months of publication) is accepted, and with no publication date either, an
    unwritten year is not guessed; a year on another line (a kick-off time under a
    fixture's date) is not the date's year; ranges are not checked; a weekday after a
    date and "on" ("returned by May 21, on Monday") tells when something else happens.
    """
    published = context.article.published_date
    for stated in _stated_weekdays(context):
        actual = _mismatch(stated, published)
        if actual is None:
            continue
        day = stated.day
        tense = "is" if published is not None and day > published else "was"
        message = f"'{stated.text}': {news_date(day)} {tense} a {WEEKDAY_NAMES[actual]}"
        yield make_finding(
            context,
            "CC101",
            message,
            stated.start,
            stated.end,
            {
                "date": day.isoformat(),
                "stated_weekday": WEEKDAY_NAMES[stated.weekday],
                "actual_weekday": WEEKDAY_NAMES[actual],
                "year_stated": stated.year_written,
            },
        )


def _stated_weekdays(context: ArticleContext) -> Iterator[_Stated]:
    """Weekdays written with a date: in one expression, or side by side with it."""
    body = context.article.body
    published = context.article.published_date
    dates = sorted(
        [claim for claim in context.claims if claim.kind == "date"] + bare_weekdays(context),
        key=lambda claim: claim.start,
    )
    paired: set[int] = set()
    for index, claim in enumerate(dates):
        if claim.weekday is None or not 0 <= claim.weekday <= 6:
            continue
        if not _WEEKDAY_WORD.search(claim.text):
            continue
        if _digit_or_month(claim.text):
            if _is_single_day(claim):
                yield from _whole(claim, published)
        else:
            # A bare weekday: its date may stand next to it, before or after.
            for neighbour in (dates[index - 1] if index else None, _at(dates, index + 1)):
                if neighbour is None or id(neighbour) in paired:
                    continue
                pair = _side_by_side(body, claim, neighbour)
                if pair is not None:
                    paired.add(id(claim))
                    yield pair
                    break


def _at(claims: list[Claim], index: int) -> Claim | None:
    return claims[index] if index < len(claims) else None


def _is_single_day(claim: Claim) -> bool:
    return (
        claim.first_day is not None
        and (claim.last_day is None or claim.last_day == claim.first_day)
        and claim.weekday is not None
        and 0 <= claim.weekday <= 6
    )


def _digit_or_month(text: str) -> bool:
    return any(char.isdigit() for char in text) or bool(
        re.search(r"\b(?:of|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", text, re.I)
    )


def _whole(claim: Claim, published: date | None) -> Iterator[_Stated]:
    """A weekday and its date in one expression ("Tuesday, Dec. 19, 2022")."""
    assert claim.first_day is not None and claim.weekday is not None
    text = claim.text
    blank = _BLANK_LINE.search(text)
    if blank is not None:
        # "Tuesday, 1 March" then a line holding only "2000" (a time): the year is not the
        # date's. Judge the words before the break, with no year written.
        text = text[: blank.start()].rstrip()
        if _YEAR.search(text) or not text or published is None:
            return
        day = _nearest_year(claim.first_day, published)
        if day is not None:
            yield _Stated(claim.start, claim.start + len(text), text, claim.weekday, day, False)
        return
    yield _Stated(
        claim.start, claim.end, text, claim.weekday, claim.first_day, bool(_YEAR.search(text))
    )


def _side_by_side(body: str, weekday: Claim, other: Claim) -> _Stated | None:
    """The weekday paired with the date written next to it, when the two read as one."""
    assert weekday.weekday is not None
    other_start = _day_start(body, other)
    if weekday.start < other.start:
        gap_start, gap_end, last_end = weekday.end, other_start, other.end
    else:
        gap_start, gap_end, last_end = other.end, weekday.start, weekday.end
    if gap_end < gap_start or "\n" in body[gap_start:gap_end]:
        return None
    if not _SIDE_BY_SIDE.fullmatch(body, gap_start, gap_end):
        return None
    if other.start < weekday.start and _ON.search(body, gap_start, gap_end):
        return None  # "notes due Oct 8, on Monday": when something else happens
    if not _CLOSES.match(body, last_end):
        return None  # "Monday, May 3 talks" or "Monday May 3-5": not one date named twice
    day = _day_of(body, other)
    if day is None:
        return None
    start = min(weekday.start, other_start)
    end = last_end
    if "(" in body[gap_start:gap_end] and body.startswith(")", last_end):
        end += 1
    return _Stated(
        start, end, body[start:end], weekday.weekday, day, bool(_YEAR.search(other.text))
    )


def _day_of(body: str, claim: Claim) -> date | None:
    """The single day a date claim names, reading a day in words before a month name
    ("the third of May") that the claim itself leaves out."""
    if claim.first_day is None or claim.weekday is not None:
        return None
    if claim.granularity == "day" and claim.last_day == claim.first_day:
        return claim.first_day if any(char.isdigit() for char in claim.text) else None
    if claim.granularity != "month":
        return None
    words = _ORDINAL_DAY.search(body, max(0, claim.start - 30), claim.start)
    if words is None:
        return None
    number = _ordinal_value(words.group("tens"), words.group("ordinal").lower())
    if number is None:
        return None
    try:
        return claim.first_day.replace(day=number)
    except ValueError:
        return None


def _day_start(body: str, claim: Claim) -> int:
    if claim.granularity == "month":
        words = _ORDINAL_DAY.search(body, max(0, claim.start - 30), claim.start)
        if words is not None:
            return words.start()
    return claim.start


def _ordinal_value(tens: str | None, ordinal: str) -> int | None:
    if tens is None:
        return ORDINAL_WORDS.get(ordinal) or _TEN_ORDINALS.get(ordinal)
    units = ORDINAL_WORDS.get(ordinal)
    if units is None or units > 9:
        return None
    return TENS_WORDS[tens.lower()] + units


def _nearest_year(day: date, published: date) -> date | None:
    """The day's month and day in the year that puts it nearest the publication date."""
    candidates = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            candidates.append(day.replace(year=year))
        except ValueError:  # Feb. 29
            continue
    return min(candidates, key=lambda moved: abs(moved - published), default=None)


def _mismatch(stated: _Stated, published: date | None) -> int | None:
    """The real weekday of the stated day, when the stated weekday is not it."""
    day = stated.day
    actual = day.weekday()
    if actual == stated.weekday:
        return None
    if not stated.year_written:
        if published is None:
            return None  # no year written and none to guess it from
        # No year written: the resolver guessed it; a nearby year that fits means no slip.
        for year in (day.year - 1, day.year + 1):
            try:
                candidate = day.replace(year=year)
            except ValueError:
                continue
            near = abs(candidate - published) <= _UNSTATED_YEAR_REACH
            if near and candidate.weekday() == stated.weekday:
                return None
    return actual
