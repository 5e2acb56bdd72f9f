"""Publication dates in the forms CMSs and feeds really write, with their time zone kept.

ISO 8601 is read directly by `claimcheck.input.articles.parse_published`, the common case and
the fast one. What it cannot read comes here: first RFC 2822, the date of every RSS feed
("Tue, 20 Dec 2022 15:00:00 GMT", read by the standard library), then dateparser for the rest
("20 December 2022 10:00 EST", "2022/12/20 10:00", "Dec. 20, 2022 at 3:05 p.m. ET"). dateparser
is loaded only then, for English, with relative phrases switched off ("yesterday" as a
publication date would mean the day the check ran) and a day, month and year required. The US
zone names without a season ("ET", "Pacific") take the offset in force on that date.
"""

from __future__ import annotations

import email.utils
import re
from datetime import UTC, datetime, timedelta, timezone
from functools import lru_cache
from typing import Any

# "3:05 p.m." as dateparser reads it best, "3:05 PM"; "at" between date and time dropped.
_MERIDIEM = re.compile(r"\b([ap])\.?\s?m\b\.?", re.IGNORECASE)
_AT_TIME = re.compile(r",?\s+at\s+(?=\d)", re.IGNORECASE)
# Zone names that say where, not which offset: resolved with the date (EST or EDT).
_REGIONAL_ZONES = {
    "et": "America/New_York", "eastern": "America/New_York",
    "ct": "America/Chicago", "central": "America/Chicago",
    "mt": "America/Denver", "mountain": "America/Denver",
    "pt": "America/Los_Angeles", "pacific": "America/Los_Angeles",
}  # fmt: skip
_REGIONAL_ZONE = re.compile(
    r"\s*\(?\b(ET|CT|MT|PT|Eastern|Central|Mountain|Pacific)(?:\s+time)?\)?\.?\s*$",
    re.IGNORECASE,
)
# RFC 2822 as feeds write it, with a zone the standard library knows (it reads any other zone
# name, "CET" say, as UTC without a word: those go to dateparser).
_RFC_2822 = re.compile(
    r"(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{2,4}\s+\d{1,2}:\d{2}(?::\d{2})?\s*"
    r"(?:[+-]\d{4}|GMT|UTC?|Z|[ECMP][SD]T)"
)
# No TIMEZONE setting: with one, dateparser converts every zone to it. Without, a written zone
# is kept and a time without one comes back naive, which is then UTC as for ISO 8601 input
# (never the machine's own zone).
_SETTINGS: dict[str, Any] = {
    "REQUIRE_PARTS": ["day", "month", "year"],
    # Absolute dates only: a relative phrase has no meaning as a publication date.
    "PARSERS": ["custom-formats", "absolute-time"],
}


# No date as a CMS writes it is longer; hostile input stays out of dateparser.
MAX_DATE_CHARS = 120


def read_date(text: str) -> datetime | None:
    """An aware datetime from a date as CMSs and feeds write it, or None."""
    text = " ".join(text.split())
    if not text or len(text) > MAX_DATE_CHARS:
        return None
    moment = _rfc2822(text)
    return moment if moment is not None else _with_dateparser(text)


def _rfc2822(text: str) -> datetime | None:
    if not _RFC_2822.fullmatch(text):
        return None
    try:
        moment = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


@lru_cache(maxsize=1)
def _parser():
    import dateparser

    return dateparser.DateDataParser(languages=["en"], settings=_SETTINGS)


@lru_cache(maxsize=4096)  # a feed repeats its dates from one run to the next
def _with_dateparser(text: str) -> datetime | None:
    cleaned = _AT_TIME.sub(" ", _MERIDIEM.sub(lambda m: f"{m[1].upper()}M", text))
    region = _REGIONAL_ZONE.search(cleaned)
    if region:
        cleaned = cleaned[: region.start()]
    moment = _parser().get_date_data(cleaned).date_obj
    if moment is None:
        return None
    if region:
        from zoneinfo import ZoneInfo

        local = moment.replace(tzinfo=None)
        return local.replace(tzinfo=ZoneInfo(_REGIONAL_ZONES[region[1].lower()]))
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    # dateparser's own zone objects as a plain offset (they travel to worker processes).
    offset = moment.utcoffset() or timedelta(0)
    return moment.replace(tzinfo=UTC if not offset else timezone(offset))
