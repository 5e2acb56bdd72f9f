"""Times of day: "10:30", "3pm", "11.45 a.m.", "1745 GMT" and live-blog stamps ("18.14 ...").

A time of day is a claim of kind `time`, never a quantity: the scanner here finds them so that
the figures inside them ("05.42", "18.14") are not read as amounts. The value is an ISO 8601
time of day ("T18:14"); the day it falls on is left to the reader.

A dotted time ("18.14") is also a decimal number, so it is read as a time only where nothing
else fits: with "am", "pm", a time zone or "hrs" after it, or as the stamp that opens a line
of a live blog (the line's first token, with a capitalized word, a line break or the end of the
text after it).
"""

from __future__ import annotations

import re

from claimcheck.extract.patterns import compile_pattern
from claimcheck.records import DateMention

__all__ = ["find_clock_times"]

_MERIDIEM = r"(?P<meridiem>a\.m\.|p\.m\.|am\b|pm\b|AM\b|PM\b)"
# Wire copy writes a zone in lower case too ("1500 cst", "3 p.m. est"); "et" and "pt" only in
# capitals ("pt" is a point or a pint, "et" a word of French).
_ZONE = (
    r"(?P<zone>(?:GMT|BST|UTC|CET|CEST|EST|EDT|CST|CDT|PST|PDT|MST|MDT|ET|PT"
    r"|gmt|bst|utc|cet|cest|est|edt|cst|cdt|pst|pdt|mst|mdt)\b|local time)"
)
_CLOCK_RE = compile_pattern(
    # "10:30", "10:30 pm", "9:05 a.m. EST": a colon always means a time.
    rf"(?<![\d:.,])(?P<colon_h>[01]?\d|2[0-3]):(?P<colon_m>[0-5]\d)(?![\d:])"
    rf"(?:[ \t]?{_MERIDIEM})?(?:[ \t]?{_ZONE})?"
    # "11.45 a.m.", "18.14 GMT": a dot only with a meridiem or a zone after it.
    rf"|(?<![\d:.,])(?P<dot_h>[01]?\d|2[0-3])\.(?P<dot_m>[0-5]\d)(?!\d|\.\d)"
    rf"[ \t]?(?:{_MERIDIEM.replace('meridiem', 'dot_meridiem')}"
    rf"|{_ZONE.replace('zone', 'dot_zone')})"
    # "3pm", "11 a.m.": an hour with a meridiem.
    rf"|(?<![\d:.,])(?P<hour>1[0-2]|0?[1-9])[ \t]?{_MERIDIEM.replace('meridiem', 'hour_meridiem')}"
    # "1745 GMT", "0900 hrs": four digits with a zone.
    rf"|(?<![\d:.,])(?P<mil_h>[01]\d|2[0-3])(?P<mil_m>[0-5]\d)[ \t]?"
    rf"(?:{_ZONE.replace('zone', 'mil_zone')}|hrs\b|hours\b)"
)
# A live-blog stamp: a dotted or colon time opening a line, before a headline or a break.
_STAMP_RE = compile_pattern(
    r"(?m)^[ \t]*(?:[*_#>•-]+[ \t]*)?(?P<h>[01]?\d|2[0-3])[.:](?P<m>[0-5]\d)(?![\d.,])"
    r"(?=[ \t]*(?:[*_]+[ \t]*)?(?:[A-Z\"“'‘]|$))"
)
# The digit a time of day other than a stamp ends its hour or minutes with, and what follows
# it: a colon and two digits, a meridiem, or a zone. A pattern that starts with a digit is
# scanned for fast; the full pattern is tried only just before each.
_ZONE_WORDS = (
    r"(?:GMT|BST|UTC|CEST|CET|EST|EDT|CST|CDT|PST|PDT|MST|MDT|ET|PT"
    r"|gmt|bst|utc|cest|cet|est|edt|cst|cdt|pst|pdt|mst|mdt)\b|local time"
)
_TRIGGER_RE = compile_pattern(
    r"\d(?=:\d\d|[ \t]?(?:[ap]\.m\.|[aApP][mM]\b)"
    rf"|[ \t]?(?:{_ZONE_WORDS})|[ \t]?(?:hrs|hours)\b)"
)
# The first end of a range of four-digit times whose zone is written once, after the second:
# "between 2200 and 0700 GMT", "from 0600 to 1800 hrs", "1300-1500 GMT".
_FIRST_OF_RANGE_RE = compile_pattern(
    r"(?P<opener>\b(?:between|from)[ \t]+)?(?<![\d:.,])(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)"
    r"(?P<link>[ \t]+(?:and|to|until|till)[ \t]+|[ \t]?-[ \t]?)$"
)
_STAMP_HINT_RE = compile_pattern(r"\n[ \t]*(?:[*_#>•-]+[ \t]*)?\d{1,2}[.:]\d\d")
_FIRST_STAMP_HINT_RE = compile_pattern(r"[ \t]*(?:[*_#>•-]+[ \t]*)?\d{1,2}[.:]\d\d")
# How far before its trigger digit a time of day starts ("11.45" is 4 characters before "5"),
# and how far after it it may end ("0930 local time", "9:05 a.m. EST").
_TRIGGER_REACH = 6
_TRIGGER_TAIL = 16


def find_clock_times(text: str) -> list[DateMention]:
    """Times of day in `text`, sorted by start; none overlap."""
    found: dict[int, DateMention] = {}
    if _FIRST_STAMP_HINT_RE.match(text) or _STAMP_HINT_RE.search(text):
        for stamp in _STAMP_RE.finditer(text):
            start = stamp.start("h")
            found[start] = _mention(text, start, stamp.end(), int(stamp["h"]), int(stamp["m"]))
    searched_to = 0
    for trigger in _TRIGGER_RE.finditer(text):
        position = max(searched_to, trigger.start() - _TRIGGER_REACH)
        match = _CLOCK_RE.search(text, position, trigger.end() + _TRIGGER_TAIL)
        while match is not None and match.start() <= trigger.start():
            hour, minute = _hour_minute(match)
            if _estimated_year(match):
                hour = None
            if hour is not None and match.start() not in found:
                found[match.start()] = _mention(text, match.start(), match.end(), hour, minute)
                if match["mil_h"] is not None:
                    _add_first_of_range(text, match.start(), found)
            searched_to = match.end()
            match = _CLOCK_RE.search(text, match.end(), trigger.end() + _TRIGGER_TAIL)
    return _without_overlaps(found)


def _add_first_of_range(text: str, second: int, found: dict[int, DateMention]) -> None:
    """Add the first time of "between 2200 and 0700 GMT": opened by "between" or "from", or
    joined to the second by a hyphen."""
    first = _FIRST_OF_RANGE_RE.search(text, max(0, second - 24), second)
    if first is None or (first["opener"] is None and "-" not in first["link"]):
        return
    start = first.start("h")
    found.setdefault(start, _mention(text, start, first.end("m"), int(first["h"]), int(first["m"])))


def _without_overlaps(found: dict[int, DateMention]) -> list[DateMention]:
    mentions = sorted(found.values(), key=lambda mention: mention.start)
    kept: list[DateMention] = []
    for mention in mentions:
        if not kept or mention.start >= kept[-1].end:
            kept.append(mention)
    return kept


def _estimated_year(match: re.Match[str]) -> bool:
    """ "the 2005 est figure", "1950 est": a year marked as an estimate, not a time in lower
    case."""
    return match["mil_zone"] == "est" and match["mil_h"] in ("19", "20")


def _hour_minute(match: re.Match[str]) -> tuple[int | None, int]:
    if match["colon_h"] is not None:
        hour, minute = int(match["colon_h"]), int(match["colon_m"])
        meridiem = match["meridiem"]
    elif match["dot_h"] is not None:
        hour, minute = int(match["dot_h"]), int(match["dot_m"])
        meridiem = match["dot_meridiem"]
    elif match["hour"] is not None:
        hour, minute = int(match["hour"]), 0
        meridiem = match["hour_meridiem"]
    else:
        hour, minute = int(match["mil_h"]), int(match["mil_m"])
        meridiem = None
    if meridiem:
        if hour > 12 or hour == 0:
            return None, 0  # "15:00 pm" is not a time anyone writes
        afternoon = meridiem.lower().startswith("p")
        hour = hour % 12 + (12 if afternoon else 0)
    return hour, minute


def _mention(text: str, start: int, end: int, hour: int, minute: int) -> DateMention:
    while end > start and text[end - 1] in " \t":
        end -= 1
    return DateMention(
        start=start,
        end=end,
        text=text[start:end],
        type="time",
        value=f"T{hour:02d}:{minute:02d}",
        granularity="minute",
    )
