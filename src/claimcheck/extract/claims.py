"""Turns an article body into claims: quantities and dates found, merged, normalized."""

from __future__ import annotations

import logging
import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from typing import Any, TypeVar

from claimcheck.extract.clock import find_clock_times
from claimcheck.extract.currency_history import dated_currencies
from claimcheck.extract.datelines import local_dollars, reading_dateline
from claimcheck.extract.dates import find_dates
from claimcheck.extract.month_tables import in_month_table
from claimcheck.extract.name_numbers import without_name_numbers
from claimcheck.extract.patterns import compile_pattern
from claimcheck.extract.quantities import find_quantities
from claimcheck.extract.units import to_base
from claimcheck.input.text import split_sentences
from claimcheck.records import (
    Article,
    Claim,
    DateMention,
    Extraction,
    QuantityMention,
    UnreadPassage,
)

logger = logging.getLogger(__name__)

Sentences = list[tuple[int, int]] | tuple[tuple[int, int], ...]
Mention = TypeVar("Mention", DateMention, QuantityMention)

# A count followed by "times" and then a period: "six times over the last 10 months".
_FREQUENCY_GAP = compile_pattern(
    r"^[\s,]*(?:in|over|during|within|for|across)?\s*(?:the\s+)?$", re.I
)
# How far a count may sit from the period that makes it a frequency.
_FREQUENCY_REACH = 40
# Real sentences are far shorter: a longer "sentence" (a digit run, a list without stops) is
# cut into pieces of at most this many characters so that work per claim stays bounded.
MAX_SENTENCE_CHARS = 1000


def _quantity_kind(mention: QuantityMention) -> str:
    if mention.dimension == "currency":
        return "money"
    if mention.unit == "percent":
        return "percent"
    return "quantity"


def _normalize(mention: QuantityMention) -> tuple[float | None, str | None]:
    if mention.value is None or not mention.unit:
        return None, None
    if mention.dimension in (None, "count", "currency", "percent", "dimensionless", "age"):
        return None, None
    if mention.dimension == "rate":
        return None, None  # "5,000 calls an hour": counted things per period have no base unit
    if mention.dimension == "index":
        return None, None  # an index's points measure nothing physical (pint's "point" is 1/72 in)
    return to_base(mention.value, mention.unit)


def cap_sentences(body: str, sentences: Sentences) -> list[tuple[int, int]]:
    """Sentences with any longer than `MAX_SENTENCE_CHARS` cut into pieces at blanks.

    Checks and extraction look at "the sentence" of a claim once per claim; bounding its
    length keeps hostile text (100,000 digits without a full stop) linear.
    """
    if all(end - start <= MAX_SENTENCE_CHARS for start, end in sentences):
        return list(sentences)
    capped: list[tuple[int, int]] = []
    for start, end in sentences:
        while end - start > MAX_SENTENCE_CHARS:
            limit = start + MAX_SENTENCE_CHARS
            cut = body.rfind(" ", start + MAX_SENTENCE_CHARS // 2, limit)
            cut = limit if cut < 0 else cut + 1
            capped.append((start, cut))
            start = cut
        if start < end:
            capped.append((start, end))
    return capped


class _SpanIndex:
    """Date spans sorted by start, asked for the first one overlapping a span in log time."""

    # Date mentions rarely nest; a few steps back cover any that do.
    _LOOK_BACK = 8

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [start for start, _ in self.spans]

    def overlapping(self, start: int, end: int) -> tuple[int, int] | None:
        index = bisect_left(self.starts, end) - 1
        found = None
        for candidate in range(index, max(-1, index - self._LOOK_BACK), -1):
            span_start, span_end = self.spans[candidate]
            if start < span_end and span_start < end:
                found = (span_start, span_end)
        return found

    def all_overlapping(self, start: int, end: int) -> list[tuple[int, int]]:
        """Every span overlapping `start`-`end` (within the same look back)."""
        index = bisect_left(self.starts, end) - 1
        return [
            self.spans[candidate]
            for candidate in range(index, max(-1, index - self._LOOK_BACK), -1)
            if start < self.spans[candidate][1] and self.spans[candidate][0] < end
        ]


def extract_claims(article: Article, sentences: Sentences | None = None) -> list[Claim]:
    """All claims in the article body, sorted by offset. A scanner's error propagates: where
    the rest of the article must still be read, use `read_claims`."""
    body = article.body
    sentences = cap_sentences(body, split_sentences(body) if sentences is None else sentences)
    dates = _with_clock_times(find_dates(body, article.published_date), find_clock_times(body))
    quantities = _find_quantities(article, body)
    return _claims_from(article, sentences, dates, quantities)


def _find_quantities(article: Article, text: str) -> list[QuantityMention]:
    """The quantities of `text`, a bare currency word read against the article's dateline,
    each currency's code the one in use on the publication date."""
    if not article.dateline:
        found = without_name_numbers(text, find_quantities(text))
        return dated_currencies(found, article.published_date)
    with reading_dateline(article.dateline, article.published_date):
        found = local_dollars(text, without_name_numbers(text, find_quantities(text)))
    return dated_currencies(found, article.published_date)


def read_claims(article: Article, sentences: Sentences | None = None) -> Extraction:
    """The claims of the article, and the passages that could not be read for claims.

    The body is read in one pass. Should that raise, each sentence is read on its own: a
    sentence that raises again is logged and returned as unread, and every other sentence's
    claims are kept. Reading sentence by sentence loses what one sentence says about another
    ("a year earlier"), so when every sentence reads on its own the article is returned as
    unread as a whole, with the claims read.
    """
    body = article.body
    sentences = cap_sentences(body, split_sentences(body) if sentences is None else sentences)
    try:
        return Extraction(tuple(extract_claims(article, sentences)))
    except Exception as error:  # any scanner bug: the sentence-by-sentence pass isolates it
        logger.warning(
            "article %s: reading it whole failed (%r); reading sentence by sentence",
            article.id,
            error,
        )
        whole_error = _describe(error)
    claims: list[Claim] = []
    unread: list[UnreadPassage] = []
    for start, end in sentences:
        try:
            claims.extend(_sentence_claims(article, start, end))
        except Exception as error:  # this sentence only: logged, reported, the rest is read
            logger.error(
                "article %s: characters %d-%d could not be read for claims: %r",
                article.id,
                start,
                end,
                error,
                exc_info=error,
            )
            unread.append(UnreadPassage(start, end, _describe(error)))
    if not unread:
        unread.append(UnreadPassage(0, len(body), whole_error, whole_article=True))
    claims.sort(key=lambda claim: (claim.start, claim.end))
    return Extraction(tuple(claims), tuple(unread))


def _sentence_claims(article: Article, start: int, end: int) -> list[Claim]:
    """The claims of one sentence read on its own, with offsets into the whole body."""
    text = article.body[start:end]
    found = _with_clock_times(find_dates(text, article.published_date), find_clock_times(text))
    dates = [_shifted(mention, start) for mention in found]
    quantities = [_shifted(mention, start) for mention in _find_quantities(article, text)]
    return _claims_from(article, [(start, end)], dates, quantities)


def _with_clock_times(dates: list[DateMention], times: list[DateMention]) -> list[DateMention]:
    """Dates and times of day in one list by start; a date read inside a time is dropped."""
    if not times:
        return dates
    index = _SpanIndex([(time.start, time.end) for time in times])
    kept = [mention for mention in dates if index.overlapping(mention.start, mention.end) is None]
    return sorted([*kept, *times], key=lambda mention: mention.start)


def _shifted(mention: Mention, offset: int) -> Mention:
    return replace(mention, start=mention.start + offset, end=mention.end + offset)


def _describe(error: BaseException) -> str:
    return f"{type(error).__name__}: {error}" if str(error) else type(error).__name__


def _claims_from(
    article: Article,
    sentences: Sentences,
    dates: list[DateMention],
    quantities: list[QuantityMention],
) -> list[Claim]:
    """Claims from the scanners' mentions: figures inside dates merged, counts of times made
    frequencies, each claim with its sentence."""
    body = article.body
    sentence_starts = [start for start, _ in sentences]
    sentence_texts: dict[int, str] = {}

    def sentence_of(offset: int) -> tuple[int, str]:
        index = bisect_right(sentence_starts, offset) - 1
        if index < 0:
            return 0, ""
        start, end = sentences[index]
        if index not in sentence_texts:  # claims of one sentence share one string
            sentence_texts[index] = body[start:end]
        return start, sentence_texts[index]

    free_quantities, quantities_in_dates, dropped_dates = _place_quantities(body, quantities, dates)
    if free_quantities and dates:
        free_quantities = _without_elliptic_spans(body, free_quantities, dates)
    period_dates = sorted(
        (mention for mention in dates if mention.type in ("duration", "set")),
        key=lambda m: m.start,
    )
    period_starts = [mention.start for mention in period_dates]
    claims: list[Claim] = []
    for mention in free_quantities:
        frequency = None
        if mention.unit == "time":
            frequency = _frequency_period(body, mention, period_dates, period_starts)
        sentence_start, sentence = sentence_of(mention.start)
        if frequency is not None:
            # The count becomes a frequency; a window ("over the last 10 months") keeps its
            # own duration claim too, a recurring period ("a year") is the frequency's own.
            if frequency.type == "set":
                dropped_dates.add((frequency.start, frequency.end))
            claims.append(
                _frequency_claim(article.id, body, mention, frequency, sentence, sentence_start)
            )
        elif mention.dimension == "time":
            claims.append(_duration_claim(article.id, mention, sentence, sentence_start))
        else:
            claims.append(_quantity_claim(article.id, mention, sentence, sentence_start))
    for dated in dates:
        if (dated.start, dated.end) in dropped_dates:
            continue
        sentence_start, sentence = sentence_of(dated.start)
        figure = quantities_in_dates.get((dated.start, dated.end))
        claims.append(_date_claim(article.id, dated, figure, sentence, sentence_start))
    claims.sort(key=lambda claim: (claim.start, claim.end))
    return claims


def _place_quantities(
    body: str, quantities: list[QuantityMention], dates: list[DateMention]
) -> tuple[list[QuantityMention], dict[tuple[int, int], QuantityMention], set[tuple[int, int]]]:
    """The quantities that are claims of their own, the figures of dates (by date span) and
    the spans of dates that a quantity holds as its unit or a table's row holds as its label
    (not claims of their own)."""
    date_index = _SpanIndex([(mention.start, mention.end) for mention in dates])
    dates_by_span = {(mention.start, mention.end): mention for mention in dates}
    free: list[QuantityMention] = []
    in_dates: dict[tuple[int, int], QuantityMention] = {}
    dropped: set[tuple[int, int]] = set()
    for mention in quantities:
        span = date_index.overlapping(mention.start, mention.end)
        if span is None:
            free.append(mention)
            continue
        if in_month_table(body, mention.start):
            # "SEP  6", "OCT  1334" in a volume table: the row's figure, its month a label
            free.append(mention)
            dropped.update(date_index.all_overlapping(mention.start, mention.end))
            continue
        verdict = _overlap_verdict(mention, dates_by_span[span])
        if verdict == "figure of the date":
            # "10 months" inside "over the last 10 months": the duration claim keeps the figure.
            in_dates.setdefault(span, mention)
        elif verdict != "part of the date":
            free.append(mention)
            if verdict == "date inside the figure":
                dropped.add(span)
                if mention.dimension == "age":
                    # "18 to 24 year olds": both members' durations are the age range's words
                    dropped.update(
                        other
                        for other in date_index.all_overlapping(mention.start, mention.end)
                        if dates_by_span[other].type == "duration"
                    )
    return free, in_dates, dropped


# A bare whole number after "to" or "from" that a span of time earlier in the sentence, itself
# a level ("to 22 weeks"), leaves without its unit: "a limit of 22 weeks, and would go down to
# 20" (a span, no figure; the labels count no span of time as a figure).
_ELLIPTIC_SPAN_BEFORE_RE = compile_pattern(r"(?<![A-Za-z])(?:to|from)[ \t]+$")
# The span is a level or a limit itself: "a restriction to 22 weeks", "a limit of 24 weeks".
_SPAN_AS_LEVEL_BEFORE_RE = compile_pattern(r"(?<![A-Za-z])(?:to|from|at|of|than)[ \t]+$")
_SENTENCE_BREAK_RE = compile_pattern(r"[.!?;:](?:\s|$)|\n")
_ELLIPTIC_SPAN_REACH = 100


def _without_elliptic_spans(
    body: str, quantities: list[QuantityMention], dates: list[DateMention]
) -> list[QuantityMention]:
    spans = sorted(
        (mention.start, mention.end)
        for mention in dates
        if mention.type == "duration"
        and body[mention.start : mention.start + 1].isalnum()
        and _SPAN_AS_LEVEL_BEFORE_RE.search(body, max(0, mention.start - 8), mention.start)
    )
    if not spans:
        return quantities
    ends = [end for _, end in spans]
    kept: list[QuantityMention] = []
    previous_end = -1
    for mention in quantities:
        index = bisect_right(ends, mention.start) - 1
        span_end = ends[index] if index >= 0 else -1
        elliptic = (
            span_end >= 0
            and span_end > previous_end
            and mention.unit is None
            and mention.low is None
            and mention.value is not None
            and mention.value.is_integer()
            and body[mention.start : mention.end].isdigit()
            and mention.start - span_end <= _ELLIPTIC_SPAN_REACH
            and _ELLIPTIC_SPAN_BEFORE_RE.search(body, max(0, mention.start - 6), mention.start)
            and not _SENTENCE_BREAK_RE.search(body, span_end, mention.start)
        )
        if not elliptic:
            kept.append(mention)
        previous_end = mention.end
    return kept


def _quantity_claim(
    article_id: str, mention: QuantityMention, sentence: str, sentence_start: int
) -> Claim:
    normalized_value, normalized_unit = _normalize(mention)
    return _claim_of_mention(
        article_id,
        mention,
        sentence,
        sentence_start,
        kind=_quantity_kind(mention),
        dimension=mention.dimension,
        change=mention.change,
        direction=mention.direction,
        normalized_value=normalized_value,
        normalized_unit=normalized_unit,
    )


def _claim_of_mention(
    article_id: str,
    mention: QuantityMention,
    sentence: str,
    sentence_start: int,
    **reading: Any,
) -> Claim:
    """A claim of what the quantity scanner read, with how it is read (`kind` and the rest)."""
    return Claim(
        article_id=article_id,
        text=mention.text,
        start=mention.start,
        end=mention.end,
        sentence=sentence,
        sentence_start=sentence_start,
        value=mention.value,
        low=mention.low,
        high=mention.high,
        unit=mention.unit,
        qualifier=mention.qualifier,
        **reading,
    )


def _overlap_verdict(quantity: QuantityMention, date: DateMention) -> str:
    """How a quantity and a date that share text go together.

    "figure of the date": "10 months" of "the last 10 months"; "date inside the figure": the
    "a month" of "$900 a month", the "per hour" of "60 miles per hour" (the figure keeps them as
    its unit, the set is not a claim of its own); "date between the ends": "in 2015" of "from 30
    mpg in 2015 to 41 mpg in 2021" (both are claims); "part of the date": anything else.
    """
    if quantity.dimension == "time" and not _is_time_of_day(date):
        return "figure of the date"  # "48 hours ago" keeps its 48 hours
    if quantity.dimension == "age" and date.type == "duration":
        return "date inside the figure"  # "a 34-year-old" is an age, not a span of time
    same_span = (quantity.start, quantity.end) == (date.start, date.end)
    hedged = quantity.qualifier != "exact"
    if quantity.dimension == "fraction" and date.type == "duration" and same_span and hedged:
        return "date inside the figure"  # "nearly a quarter said": a share, not three months
    inside = quantity.start <= date.start and date.end <= quantity.end
    if inside and date.type == "set" and (date.start, date.end) != (quantity.start, quantity.end):
        return "date inside the figure"
    joined = quantity.text[: date.start - quantity.start].rstrip(" \t\n-").endswith("and")
    if inside and date.type == "duration" and joined:
        return "date inside the figure"  # "three-quarters" of "eleven and three-quarters pct"
    if inside and date.type == "date" and _bare_four_digits(date):
        ends = (quantity.low, quantity.high) if quantity.low is not None else ()
        if float(date.text) in ends and quantity.dimension not in (None, "time", "count", "age"):
            return "date inside the figure"  # "from 1800 to 2200 tonnes": no year is measured
    if inside and quantity.start < date.start and date.end < quantity.end:
        return "date between the ends"
    return "part of the date"


def _bare_four_digits(date: DateMention) -> bool:
    """A date written as four digits alone ("1800"), which may be a range's end as well."""
    return len(date.text) == 4 and date.text.isdigit()


# A duration read by the quantity scanner: the TIMEX3 letter of its unit, and whether it
# is a clock unit (written after "PT").
_DURATION_LETTERS = {
    "second": ("S", True),
    "minute": ("M", True),
    "hour": ("H", True),
    "day": ("D", False),
    "week": ("W", False),
    "month": ("M", False),
    "year": ("Y", False),
    "decade": ("DE", False),
    "century": ("CE", False),
}


def _duration_claim(
    article_id: str, mention: QuantityMention, sentence: str, sentence_start: int
) -> Claim:
    """ "9.98 seconds", "1-1/2 hours": a span of time the date scanner did not read."""
    letter, clock = _DURATION_LETTERS.get(mention.unit or "", ("", False))
    period = None
    if letter and mention.value is not None:
        amount = f"{mention.value:g}"
        period = f"PT{amount}{letter}" if clock else f"P{amount}{letter}"
    return _claim_of_mention(
        article_id,
        mention,
        sentence,
        sentence_start,
        kind="duration",
        dimension="time",
        period=period,
    )


def _frequency_period(
    body: str, count: QuantityMention, periods: list[DateMention], starts: list[int]
) -> DateMention | None:
    """The period right after a count of times: a window ("six times over the last 10
    months") or a recurring period ("three times a year", "twice per week" is no figure)."""
    index = bisect_left(starts, count.end)
    if index == len(periods):
        return None
    mention = periods[index]
    if mention.start - count.end > _FREQUENCY_REACH:
        return None
    gap = body[count.end : mention.start]
    if mention.type == "set":
        return mention if not gap.strip() else None
    if _FREQUENCY_GAP.match(gap):
        return mention
    return None


# "three times a year": a count per one period is a rate, "time / year"; a count within a
# window ("four times in six years") or per several periods stays a count of times.
_RATE_PERIODS = {"P1Y": "year", "P1M": "month", "P1W": "week", "P1D": "day", "PT1H": "hour"}


def _frequency_claim(
    article_id: str,
    body: str,
    count: QuantityMention,
    period: DateMention,
    sentence: str,
    sentence_start: int,
) -> Claim:
    per = _RATE_PERIODS.get(period.value or "") if period.type == "set" else None
    return Claim(
        article_id=article_id,
        kind="frequency",
        text=body[count.start : period.end],
        start=count.start,
        end=period.end,
        sentence=sentence,
        sentence_start=sentence_start,
        value=count.value,
        low=count.low,
        high=count.high,
        unit=f"time / {per}" if per else "time",
        dimension="frequency" if per else "count",
        qualifier=count.qualifier,
        count=count.value,
        period=period.value,
        period_start=period.period_start,
        period_end=period.period_end,
        relative=period.relative,
    )


def _is_time_of_day(mention: DateMention) -> bool:
    return mention.type == "time" and mention.granularity == "minute"


def _date_claim(
    article_id: str,
    mention: DateMention,
    figure: QuantityMention | None,
    sentence: str,
    sentence_start: int,
) -> Claim:
    kind = {"duration": "duration", "set": "frequency"}.get(mention.type, "date")
    if _is_time_of_day(mention):
        kind = "time"  # a time of day: "10:30", "3pm", a live-blog stamp
    return Claim(
        article_id=article_id,
        kind=kind,
        text=mention.text,
        start=mention.start,
        end=mention.end,
        sentence=sentence,
        sentence_start=sentence_start,
        value=figure.value if figure else None,
        low=figure.low if figure else None,
        high=figure.high if figure else None,
        unit=figure.unit if figure else None,
        dimension="time" if kind == "duration" else None,
        qualifier=figure.qualifier if figure else "exact",
        date=mention.value if kind in ("date", "time") else None,
        period=mention.value if kind not in ("date", "time") else None,
        granularity=mention.granularity,
        first_day=mention.first_day,
        last_day=mention.last_day,
        weekday=mention.weekday,
        relative=mention.relative,
        period_start=mention.period_start,
        period_end=mention.period_end,
    )
