"""Periods stated by their end: "the quarter ended January 31", "the three months to
end-January", "the year ended June 30", a results table's "2ND QTR JAN 31".

A company whose year does not follow the calendar names its quarters by their last month. Such a
period is keyed by its length and its end, the same way for a sentence and for a table, so that
they match:

    quarter ended January 31 (written March 1987)  ->  quarter-to-1987-01
    six months ended January 31                    ->  half-to-1987-01
    nine months to end-November                    ->  nine-months-to-1986-11
    year ended June 30                             ->  year-to-1986-06

A period that ends where the calendar's does is the calendar's ("the quarter ended March 31" is
`1987-Q1`, "the six months ended June 30" `1987-H1`, "the year ended December 31" `1986`), so
that it matches a story that names the calendar period. A period stated without its end ("first
quarter") is not read here: it keeps the calendar's key.

The end's year, when not written, is the last one in which that month had begun by the day of
publication (a quarter ended January 31 reported in March 1987 is 1987's; a year ended June 30
reported then is 1986's; a quarter ended March 31 reported on March 2 is 1986's too).

A quarter stated with its number and its end ("the first quarter ended April 30", "fourth
quarter, ending September 30", a table's "2ND QTR MAY 31"), or a fiscal year stated with its end
("its fiscal year ends in September"), tells where the company's year is against the calendar's, by
any number of months. The article's other quarters and halves, named only by number
("first-half net", "in the 1986 quarter"), are then keyed by their end too: one fiscal period
has one key however it is written. Such a company's quarters and halves are keyed by their end
even where a calendar quarter ends (`quarter-to-1987-03`, not `1987-Q1`), so that they never
meet another story's quarter named only by its number, whose year is taken as the calendar's.

    second quarter ended May 31 (written June 1987)  ->  shift -1 month
    first half                                       ->  1987-H1 -> half-to-1987-05
    the 1986 quarter (that second quarter a year on) ->  1986-Q2 -> quarter-to-1986-05
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date

from claimcheck.extract.patterns import compile_pattern

__all__ = [
    "body_end",
    "calendar_part_by_end",
    "closed_key",
    "end_year",
    "ended_period",
    "ended_period_key",
    "fiscal_key",
    "fiscal_shift",
    "running_total",
    "stated_end",
    "title_end",
]

_MONTHS = {
    "jan": 1,
    "january": 1,
    "feb": 2,
    "february": 2,
    "mar": 3,
    "march": 3,
    "apr": 4,
    "april": 4,
    "may": 5,
    "jun": 6,
    "june": 6,
    "jul": 7,
    "july": 7,
    "aug": 8,
    "august": 8,
    "sep": 9,
    "sept": 9,
    "september": 9,
    "oct": 10,
    "october": 10,
    "nov": 11,
    "november": 11,
    "dec": 12,
    "december": 12,
}
_MONTH_NAME = (
    r"(?P<month>january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b\.?"
)


def _group(length: str) -> str:
    return "of_" + length.replace("-", "_")


_LENGTHS = (
    ("nine-months", r"(?:nine|9)[\s-]+(?:months?|mths)"),
    ("half", r"(?:six|6)[\s-]+(?:months?|mths)|half(?:[\s-]+year)?"),
    ("quarter", r"(?:three|3)[\s-]+(?:months?|mths)|quarter|qtr"),
    ("year", r"(?:twelve|12)[\s-]+(?:months?|mths)|(?:fiscal\s+|financial\s+)?year"),
)
_LENGTH = "|".join(f"(?P<{_group(name)}>{words})" for name, words in _LENGTHS)
# "quarter ended January 31", "three months to end-January", "year ending June 30, 1986".
# "to" alone with a bare month is a quarter's, a half's or nine months' end; "the year to
# March" of a price index is the twelve months' change to that month, so a year takes "to"
# only with a day or "end-".
_STATED_END = compile_pattern(
    rf"\b(?:{_LENGTH})\s+(?:(?P<ended>ended|ending|ends|end)\s+|(?P<to>to|through|thru)\s+)"
    rf"(?P<end>the\s+end\s+of\s+|end[\s-]+)?{_MONTH_NAME}"
    r"(?:\s+(?P<day>\d{1,2})\b)?(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?",
    re.IGNORECASE,
)
_CALENDAR = {"quarter": 3, "half": 6, "year": 12}


def ended_period_key(length: str, month: int, year: int, off_calendar: bool = False) -> str:
    """The key of a period of `length` ("quarter", "half", "nine-months", "year") that ends in
    `month` of `year`: the calendar's key when the calendar's period ends there, unless the
    company's quarters are known to be `off_calendar` (see `fiscal_shift`): its quarter or
    half is then keyed by its end wherever that falls, never as the calendar part another
    story names by the same number ("1987-Q3" for a "third quarter" whose year may be any)."""
    step = _CALENDAR.get(length)
    if off_calendar and length in ("quarter", "half"):
        step = None
    if step is not None and month % step == 0:
        if length == "year":
            return str(year)
        return f"{year}-{'Q' if length == 'quarter' else 'H'}{month // step}"
    return f"{length}-to-{year}-{month:02d}"


def end_year(month: int, published: date, day: int | None = None) -> int:
    """The year of the last end in `month` that was over by `published`: a period that ends in
    the month of publication is this year's only when its stated day has come."""
    if month < published.month or (month == published.month and day and day <= published.day):
        return published.year
    return published.year - 1


def ended_period(
    length: str, month: int, year: int, off_calendar: bool = False
) -> tuple[str, date]:
    """The key and the last day of a period that ends in `month` of `year`."""
    last = date(year, month, monthrange(year, month)[1])
    return ended_period_key(length, month, year, off_calendar), last


def stated_end(
    sentence: str, span: tuple[int, int], published: date | None, off_calendar: bool = False
) -> tuple[str, date] | None:
    """The key and last day of a period stated by its end in `sentence` that overlaps `span`
    (the period the figure was given: "first quarter" or "January 31" of "first quarter ended
    January 31"); None when none does. `off_calendar`: see `ended_period_key`."""
    if published is None:
        return None
    left, right = span
    for match in _STATED_END.finditer(sentence, max(0, left - 40), min(len(sentence), right + 60)):
        if match.end() <= left or match.start() >= right:
            continue
        length = next(name for name, _ in _LENGTHS if match.group(_group(name)))
        if (
            length == "year"
            and match.group("to")
            and not (match.group("day") or match.group("end"))
        ):
            return None
        month = _MONTHS[match.group("month").lower()]
        day = int(match.group("day")) if match.group("day") else None
        year = int(match.group("year")) if match.group("year") else end_year(month, published, day)
        return ended_period(length, month, year, off_calendar)
    return None


def title_end(title: str) -> tuple[int, int | None] | None:
    """The month and day a results table's headline says its period ends on ("2ND QTR JAN 31
    NET", "YEAR ENDED DEC 31", "QTR ENDS FEB 28"), or None."""
    match = _TITLE_END.search(title)
    if match is None:
        return None
    day = match.group("day")
    return _MONTHS[match.group("month").lower()], int(day) if day.isdigit() else 1  # "ONE"


_TITLE_END = compile_pattern(
    r"\b(?:QTR|QUARTER|YEAR|MTHS|MONTHS|HALF)\s+(?:(?:ENDED|ENDING|ENDS|END|TO)\s+)?"
    + _MONTH_NAME
    + r"\s+(?P<day>\d{1,2}|ONE)\b",
    re.IGNORECASE,
)


def body_end(body: str) -> tuple[int, int | None] | None:
    """The month and day a results table's first line says its periods end on ("Qtr ends Jan
    31", "Period ended February 28", "Feb 28 end"): a corrected table re-sent under a
    headline without the end keeps it there."""
    for line in body[:80].split("\n", 2)[:2]:
        words = line.strip().rstrip(".")
        match = _BODY_END.fullmatch(words) or _BODY_END_AFTER.fullmatch(words)
        if match is not None:
            day = match.group("day")
            return _MONTHS[match.group("month").lower()], int(day) if day.isdigit() else 1
    return None


_DAY_AND_YEAR = r"\s+(?P<day>\d{1,2}|one)(?:,?\s+\d{4})?"
_BODY_END = compile_pattern(
    r"(?:(?:qtr|quarter|periods?|year|(?:six|nine)\s+mths)\s+)?(?:ends?|ended|ending)\s+"
    + _MONTH_NAME
    + _DAY_AND_YEAR,
    re.IGNORECASE,
)
_BODY_END_AFTER = compile_pattern(_MONTH_NAME + _DAY_AND_YEAR + r"\s+end", re.IGNORECASE)


_ORDINALS = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
}
# A quarter written with its number and its end, every way the two are set side by side:
# "the first quarter ended April 30", "fourth quarter, ending September 30", "the second
# quarter, which closed on January 31", "third fiscal quarter to end-November", a table's
# "2ND QTR MAY 31".
_CLOSING_WORDS = (
    r"\s*,?\s+(?:(?:which|that)\s+)?(?:ended|ending|ends|end|closed|closing|closes|to|through)"
    r"\s+(?:on\s+|in\s+)?(?:the\s+end\s+of\s+|end[\s-]+)?"
)
_NUMBERED_QUARTER_END = compile_pattern(
    r"\b(?P<ordinal>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?:fiscal\s+)?"
    r"(?:quarter|qtr)(?:"
    + _CLOSING_WORDS
    + _MONTH_NAME
    + r"|\s+"
    + _MONTH_NAME.replace("?P<month>", "?P<table_month>")
    + r"\s+\d{1,2}\b)",
    re.IGNORECASE,
)
# A year written with its end, which is the end of its fourth quarter: "its fiscal year ends
# in September", "the financial year, which closed on June 30", "the year ended October 31",
# "the year to end-March". A plain "year" takes a day or "end-": "the year to March" of a price
# index is the twelve months' change to that month, not a company's year.
_YEAR_END = compile_pattern(
    r"\b(?:(?:fiscal|financial)\s+year"
    + _CLOSING_WORDS
    + _MONTH_NAME.replace("?P<month>", "?P<fiscal_month>")
    + r"|year\s+(?:ended|ending|to)\s+(?:"
    + _MONTH_NAME.replace("?P<month>", "?P<day_month>")
    + r"\s+\d{1,2}\b|end[\s-]+"
    + _MONTH_NAME.replace("?P<month>", "?P<end_month>")
    + r"))",
    re.IGNORECASE,
)


# A company that changed the day its fiscal year ends, or moved to the calendar's year: the
# ends a text states may be the old year's, so they tell nothing of its quarters now.
_YEAR_CHANGED = compile_pattern(
    r"\bchang(?:e|es|ed|ing)\s+(?:(?:its|their|the|to\s+a)\s+)?"
    r"(?:(?:fiscal|calend[ae]r)[\s-]+year|year[\s-]*end)"
    r"|\bchang(?:e|es|ed|ing)\s+the\s+end\s+of\s+its\s+fiscal\s+year",
    re.IGNORECASE,
)


def _shift(month: int, number: int) -> int:
    """The months from the end of the calendar's quarter `number` to `month`, the nearer way
    round (-6 to 5): a year closed in June has its second quarter end in December, six months
    before the calendar's; one closed in January, its fourth a month after."""
    return (month - 3 * number + 6) % 12 - 6


def fiscal_shift(text: str) -> int | None:
    """The months by which the company's quarters end after the calendar's (-6 to 5), read
    from the quarters `text` states with their number and end and from the end it states for
    its fiscal year; None when it states none, they disagree, or they end where the
    calendar's do, or when it tells of a change of fiscal year. Any offset is read: a year
    closed in June, August or September is as common on the wire as one closed a month
    either side of December."""
    if _YEAR_CHANGED.search(text):
        return None
    shifts = set()
    for match in _NUMBERED_QUARTER_END.finditer(text):
        month = _MONTHS[(match.group("month") or match.group("table_month")).lower()]
        shifts.add(_shift(month, _ORDINALS[match.group("ordinal").lower()]))
    for match in _YEAR_END.finditer(text):
        named = match.group("fiscal_month") or match.group("day_month") or match.group("end_month")
        shifts.add(_shift(_MONTHS[named.lower()], 4))
    if len(shifts) != 1:
        return None
    [shift] = shifts
    return shift or None


_CALENDAR_PART = compile_pattern(r"((?:19|20)\d\d)-([QH])([1-4])")


def closed_key(key: str, last: date | None) -> str | None:
    """A calendar quarter's or half's key (`1987-Q2`) that the date reader gave a last day
    outside the calendar's: a fiscal part it read closed on a stated day ("the second quarter,
    ending December 31"; its other numbered parts in that sentence), keyed by that end, as
    `fiscal_key` keys it from the article's offset. None for any other key or last day."""
    match = _CALENDAR_PART.fullmatch(key)
    if match is None or last is None:
        return None
    kind, number = match.group(2), int(match.group(3))
    if kind == "H" and number > 2:
        return None
    step = 3 if kind == "Q" else 6
    if last.month == step * number:
        return None
    return ended_period_key("quarter" if kind == "Q" else "half", last.month, last.year, True)


def calendar_part_by_end(key: str) -> str:
    """A calendar quarter's or half's key (`1987-Q3`) as an off-calendar company's period is
    keyed (`quarter-to-1987-09`, see `ended_period_key`); any other key as it is."""
    match = _CALENDAR_PART.fullmatch(key)
    if match is None:
        return key
    kind, number = match.group(2), int(match.group(3))
    if kind == "H" and number > 2:
        return key
    length, step = ("quarter", 3) if kind == "Q" else ("half", 6)
    return ended_period_key(length, step * number, int(match.group(1)), off_calendar=True)


def fiscal_key(key: str, shift: int) -> str:
    """A calendar quarter's or half's key (`1987-Q2`, `1986-H1`) as the company's period of that
    number, keyed by its end (see `fiscal_shift`); any other key as it is."""
    match = _CALENDAR_PART.fullmatch(key)
    if match is None:
        return key
    year, kind, number = int(match.group(1)), match.group(2), int(match.group(3))
    if kind == "H" and number > 2:
        return key
    month = (3 if kind == "Q" else 6) * number + shift
    year, month = (year + 1, month - 12) if month > 12 else (year, month)
    year, month = (year - 1, month + 12) if month < 1 else (year, month)
    return ended_period_key("quarter" if kind == "Q" else "half", month, year, True)


# A running total of a period, as of a date: "so far this season", "to date", "year-to-date",
# "season-to-date", "since the season began", "cumulative". Its period ends at the date it
# runs to, so each date's total is a figure of its own, not an update of the last.
_RUNNING_TOTAL = compile_pattern(
    r"\b(?:so\s+far|to\s+date|(?:year|season|month|week)[\s-]+to[\s-]+date|"
    r"since\s+the\s+(?:start|beginning|opening)\b|"
    r"since\s+the\s+(?:[a-z/-]+\s+){0,2}(?:season|year|campaign)\s+(?:began|started|opened)|"
    r"cumulative(?:ly)?)\b",
    re.IGNORECASE,
)
# The date a running total runs to, when stated: "to April 8", "through end-March", "as of
# March 31, 1987". "through <month>" alone states a running total too: "sales through
# February" are January's and February's, not February's.
_AS_OF = compile_pattern(
    r"\b(?P<word>through|thru|to|up\s+to|as\s+of|at\s+end[\s-]|by\s+end[\s-])\s*"
    r"(?:the\s+end\s+of\s+|end[\s-]+)?" + _MONTH_NAME + r"(?:\s+(?P<day>\d{1,2})\b)?"
    r"(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?",
    re.IGNORECASE,
)
_OPEN_START = "open"
# "January through March": a span of months, not a total running to March.
_MONTH_BEFORE = compile_pattern(_MONTH_NAME + r"(?:\s+\d{1,2})?\s*$", re.IGNORECASE)


def running_total(
    sentence: str, clause: tuple[int, int], when: str | None, published: date | None
) -> str | None:
    """The key of a figure its clause states as a running total (see `_RUNNING_TOTAL`, and
    "through <month>"): `to-date:<period>:<as of>`, the period it runs in (`open` when none
    is read) and the date it runs to, the stated one (month or day) or else the day of
    publication. None when the clause states no running total, or nothing can date it."""
    if published is None or (when is not None and when.startswith("part:")):
        return None
    start, end = clause
    running = _RUNNING_TOTAL.search(sentence, start, end)
    as_of = _AS_OF.search(sentence, start, end)
    through = (
        as_of is not None
        and as_of.group("word").lower() in ("through", "thru")
        and _MONTH_BEFORE.search(sentence, max(0, as_of.start() - 16), as_of.start()) is None
    )
    if running is None and not through:
        return None
    period = when
    if period is not None and period.startswith("to-date:"):
        period = period.split(":")[1] if period.count(":") == 2 else _OPEN_START
    if as_of is None:
        stated = published.isoformat()
    else:
        month = _MONTHS[as_of.group("month").lower()]
        day = int(as_of.group("day")) if as_of.group("day") else None
        year = int(as_of.group("year")) if as_of.group("year") else end_year(month, published, day)
        stated = f"{year}-{month:02d}" + (f"-{day:02d}" if day else "")
        if period is not None and period.startswith(stated[:7]):
            period = None  # "through February": February is where it ends, not its period
    return f"to-date:{period or _OPEN_START}:{stated}"
