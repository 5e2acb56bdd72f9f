"""Fast extraction of date, duration and frequency expressions, resolved against a base date."""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date, datetime, timedelta
from functools import lru_cache

from claimcheck._date_lexicon import (
    DAY_RE,
    FIXED_HOLIDAYS,
    FREQUENCY_ADVERBS,
    MONTH_RE,
    MONTHS,
    NUMBER_RE,
    NUMBER_WORDS,
    ORDINALS,
    SEASON_RE,
    SEASONS,
    UNIT_RE,
    UNITS,
    VAGUE_AMOUNTS,
    WEEKDAY_ANY_RE,
    WEEKDAY_RE,
    WEEKDAYS,
    YEAR_RE,
)
from claimcheck.records import DateMention

__all__ = ["find_dates", "parse_date_phrase"]

# Span modifiers ("early 2019", "the end of March"): kept in the span, reported as `mod`.
_MOD = (
    r"(?:(?P<{0}>(?:the\s+)?(?:end|beginning|start|middle|close|turn)\s+of\s+(?:the\s+)?"
    r"|(?:early|late|earlier|later|mid)\s+|mid-)(?=\S))?"
)
_REL = r"(?:this\s+past|this\s+coming|this|last|next|past|coming|previous|current)"
_PART_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night))?"

_MASTER = re.compile(
    rf"""
    (?<!\w)(?:
    (?P<fulldate>
        (?:(?P<fd_wd>{WEEKDAY_ANY_RE})\s*,?\s+)?
        (?:(?P<fd_mon>{MONTH_RE})\s*(?P<fd_day>{DAY_RE})
          |(?<![\d$£€.,])(?:the\s+)?(?P<fd_day2>{DAY_RE})(?:\s+of)?\s+(?P<fd_mon2>{MONTH_RE}))
        (?:\s*,\s*|\s+)?(?P<fd_year>{YEAR_RE})?
    )
    |(?P<iso>(?<![\d/.-])(?P<iso_y>(?:19|20)\d\d)-(?P<iso_m>[01]\d)-(?P<iso_d>[0-3]\d)(?![\d-]))
    |(?P<slash>(?<![\d/.])(?P<sl_m>1[0-2]|0?[1-9])/(?P<sl_d>3[01]|[12]\d|0?[1-9])
        /(?P<sl_y>(?:19|20)\d\d|\d\d)(?![\d/]))
    |(?P<monyear>{_MOD.format("my_mod")}(?P<my_mon>{MONTH_RE})(?:\s*,\s*|\s+of\s+|\s+)
        (?P<my_year>{YEAR_RE}))
    |(?P<holiday>(?P<hol_name>new\s+year's\s+(?:day|eve)|christmas(?:\s+(?:eve|day))?
        |independence\s+day|valentine's\s+day|halloween|veterans\s+day|boxing\s+day)\b
        (?:\s*,?\s*(?P<hol_year>{YEAR_RE}))?)
    |(?P<anchored>(?:(?P<an_the>the\s+)(?P<an_rel>past|last|next|coming|previous|following|first)
        \s+(?:(?P<an_num>{NUMBER_RE})[\s-]+)?
        |(?P<an_rel2>past|last|next|coming|previous|first)\s+(?P<an_num2>{NUMBER_RE})[\s-]+)
        (?P<an_unit>{UNIT_RE}))
    |(?P<offset>(?P<off_num>{NUMBER_RE})[\s-]+(?P<off_unit>{UNIT_RE})
        \s+(?P<off_dir>ago|earlier|before|later|after|from\s+now|hence|back)\b)
    |(?P<quarter>
        (?:(?P<q_pre>{YEAR_RE}|this\s+year|last\s+year|next\s+year)'s\s+)?
        (?:the\s+)?(?P<q_rel>latest|current|past|last|previous|prior|most\s+recent|recent|next
            |coming|same|year-ago|year-earlier|comparable|this|that|first|second|third|fourth
            |final|1st|2nd|3rd|4th)?[\s-]*
        (?:(?:fiscal|calendar)[\s-]+)?
        (?:(?P<q_ord>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+)?
        (?:fiscal[\s-]+)?
        (?P<q_unit>quarter|half|period)\b
        (?:\s+of\s+(?:fiscal\s+)?(?P<q_year>{YEAR_RE}|this\s+year|last\s+year|next\s+year))?
      |(?-i:Q(?P<q_num>[1-4]))\s*(?P<q_year2>{YEAR_RE})?\b)
    |(?P<relunit>{_MOD.format("ru_mod")}(?P<ru_rel>{_REL})\s+
        (?P<ru_unit>weekend|week|month|year|quarter|decade|century|{SEASON_RE}|{MONTH_RE}
            |(?P<ru_wd>{WEEKDAY_RE}))(?:'s)?{_PART_OF_DAY})
    |(?P<decade>{_MOD.format("dec_mod")}(?:the\s+)?(?P<dec_y>1\d\d0|20\d0|'\d0)'?s\b)
    |(?P<season>{_MOD.format("sea_mod")}(?P<sea_name>{SEASON_RE})\s+(?:of\s+)?(?P<sea_year>{YEAR_RE}))
    |(?P<year>{_MOD.format("yr_mod")}(?P<yr_fiscal>(?:fiscal|calendar|model)\s+(?:year\s+)?|FY\s*)?
        (?<![\d$£€.,/-])(?P<yr>{YEAR_RE})(?P<yr_poss>'s)?(?!-\d))
    |(?P<month>{_MOD.format("mo_mod")}(?P<mo_name>{MONTH_RE}))
    |(?P<weekday>(?:(?P<wd_early>early|late)\s+)?(?P<wd_name>{WEEKDAY_RE})(?:'s)?{_PART_OF_DAY})
    |(?P<dayref>(?P<dr_word>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow
        |today|yesterday|tomorrow|tonight)\b(?:'s)?)
    |(?P<ref>\b(?:now|currently|nowadays|presently|at\s+present|these\s+days|recently|lately
        |recent\s+(?:years|months|weeks|days|times|decades)|the\s+past|the\s+future|in\s+future
        |formerly)\b)
    |(?P<weekend>\bthe\s+weekend\b)
    |(?P<yearago>\b(?:the\s+)?(?:year-earlier|year-ago)\b
        (?:\s+(?P<ya_unit>quarter|period|month|week|year))?)
    |(?P<duration>(?<![\d$£€.,])(?P<du_num>{NUMBER_RE})[\s-]+(?P<du_unit>{UNIT_RE})(?:-long|-old)?)
    |(?P<setexpr>\b(?P<set_word>every|each|per)\s+(?:other\s+)?(?:(?P<set_num>{NUMBER_RE})\s+)?
        (?P<set_unit>{UNIT_RE}|{WEEKDAY_RE}))
    |(?P<freq>\b(?:hourly|daily|nightly|weekly|biweekly|fortnightly|monthly|quarterly|yearly
        |annually)\b)
    )""",
    re.IGNORECASE | re.VERBOSE,
)

_FUTURE_CUE = re.compile(
    r"\b(?:will|shall|won't|going\s+to|plans?|planned|planning|scheduled|expects?|expected"
    r"|due|upcoming|set\s+to|is\s+to|are\s+to|would|hopes?\s+to|until|till|intends?)\b|'ll\b",
    re.IGNORECASE,
)
_SENTENCE_BREAK = re.compile(r"[.!?;]\s|\n\n")
_PREV_WORD = re.compile(r"([A-Za-z']+)\W{0,3}$")
_YEAR_CONTEXT_BEFORE = frozenset(
    """in since by from until till through thru of during before after to and or early late
    mid end beginning start middle year years fiscal calendar the its their his her our
    spring summer autumn fall winter between around circa since about until against than
    with versus vs""".split()
)
# Words after a 4-digit number that show it counts things ("1990 people"), not a year.
_QUANTITY_NOUN = re.compile(
    r"\s*(?:%|percent|per\b|people|persons|troops|soldiers|workers|jobs|employees|members"
    r"|shares|units|tons|tonnes|barrels|miles|kilometers|km|feet|meters|acres|cars|homes"
    r"|houses|votes|cases|deaths|dollars|euros|pounds|yen|points|students|children"
    r"|refugees|civilians|police|officers|delegates|seats|copies|pages|words|calories)\b",
    re.IGNORECASE,
)
_MONTH_CONTEXT_BEFORE = frozenset(
    """in since until till by early late mid of from through during last next this
    before after between and to""".split()
)


def find_dates(text: str, base: date | None) -> list[DateMention]:
    """Date, duration and set expressions in `text`, sorted by start; never raises."""
    try:
        if isinstance(base, datetime):
            base = base.date()
        return _Scanner(text, base).run()
    except Exception:  # a scanner bug must not break the pipeline
        return []


class _Scanner:
    """One pass over one text: keeps the discourse anchor that "a year earlier" refers to."""

    def __init__(self, text: str, base: date | None) -> None:
        self.text = text
        self.base = base
        # Last resolved calendar period, (granularity, first day), for "a year earlier".
        self.anchor: tuple[str, date] | None = None

    def run(self) -> list[DateMention]:
        out: list[DateMention] = []
        text = self.text
        search = _MASTER.search
        position = 0
        while True:
            match = search(text, position)
            if match is None:
                break
            kind = match.lastgroup
            handler = getattr(self, "_" + kind, None) if kind else None
            mention = handler(match) if handler is not None else None
            if mention is None:
                # Rejected: a shorter reading may still start inside ("the last year" -> "last year").
                position = match.start() + 1
                continue
            position = max(match.end(), mention.end, match.start() + 1)
            out.append(mention)
            if mention.type == "date" and mention.first_day is not None:
                gran = mention.granularity or "day"
                if gran in _SHIFTABLE:
                    self.anchor = (gran, mention.first_day)
        return out

    # ---- helpers -------------------------------------------------------------------------

    def _make(
        self,
        start: int,
        end: int,
        value: str | None,
        gran: str | None,
        first: date | None = None,
        *,
        kind: str = "date",
        weekday: int | None = None,
        relative: bool = False,
        mod: str | None = None,
        period_start: date | None = None,
        period_end: date | None = None,
    ) -> DateMention:
        text = self.text
        # Trim trailing punctuation and spaces swallowed by optional parts.
        while end > start and text[end - 1] in " \t\n,":
            end -= 1
        last = _last_day(gran, first) if first is not None and gran else None
        if mod is None and start > 0:
            mod = self._since_mod(start)
        if mod == "SINCE" and first is not None and self.base is not None:
            period_start, period_end = first, self.base
        return DateMention(
            start=start,
            end=end,
            text=text[start:end],
            type=kind,
            value=value,
            granularity=gran,
            first_day=first,
            last_day=last,
            weekday=weekday,
            relative=relative,
            period_start=period_start,
            period_end=period_end,
            mod=mod if mod != "SINCE" else "ON_OR_AFTER",
        )

    def _prev_word(self, start: int) -> str:
        match = _PREV_WORD.search(self.text, max(0, start - 30), start)
        return match.group(1).lower() if match else ""

    def _since_mod(self, start: int) -> str | None:
        return "SINCE" if self._prev_word(start) == "since" else None

    def _period(self, start: int, end: int, gran: str, first: date, **kw) -> DateMention:
        return self._make(start, end, _value(gran, first), gran, first, **kw)

    def _is_future(self, start: int, end: int) -> bool:
        """A future-tense cue in the clause around the expression."""
        text = self.text
        left = text.rfind(". ", max(0, start - 120), start)
        window_start = left + 2 if left >= 0 else max(0, start - 120)
        cue_region = text[window_start:start]
        return _FUTURE_CUE.search(cue_region) is not None

    # ---- handlers (one per named alternative of _MASTER) -----------------------------------

    def _fulldate(self, m: re.Match[str]) -> DateMention | None:
        month_text = m.group("fd_mon") or m.group("fd_mon2")
        day_text = m.group("fd_day") or m.group("fd_day2")
        month = MONTHS[month_text.rstrip(".").lower()]
        day = int(day_text.rstrip("stndrh"))
        weekday_text = m.group("fd_wd")
        weekday = WEEKDAYS[weekday_text.rstrip(".").lower()] if weekday_text else None
        start, end = m.start(), m.end()
        year_text = m.group("fd_year")
        if month_text.lower() == "may" and not year_text and m.group("fd_day"):
            # "may 5" only as a month when capitalized mid-sentence; "May 5" at sentence start ok.
            pass
        if year_text:
            year = int(year_text)
            relative = False
        else:
            end = m.end("fd_day") if m.group("fd_day") else m.end("fd_mon2")
            if self.base is None:
                return self._make(
                    start, end, None, "day", weekday=weekday, relative=True, kind="date"
                )
            year = _nearest_year_for(self.base, month, day)
            relative = True
        if day > monthrange(year, month)[1]:
            return None
        when = date(year, month, day)
        return self._period(start, end, "day", when, weekday=weekday, relative=relative)

    def _iso(self, m: re.Match[str]) -> DateMention | None:
        year, month, day = int(m.group("iso_y")), int(m.group("iso_m")), int(m.group("iso_d"))
        if not 1 <= month <= 12 or not 1 <= day <= monthrange(year, month)[1]:
            return None
        return self._period(m.start(), m.end(), "day", date(year, month, day))

    def _slash(self, m: re.Match[str]) -> DateMention | None:
        year = int(m.group("sl_y"))
        if year < 100:
            year += 1900 if year >= 50 else 2000
        month, day = int(m.group("sl_m")), int(m.group("sl_d"))
        if day > monthrange(year, month)[1]:
            return None
        return self._period(m.start(), m.end(), "day", date(year, month, day))

    def _monyear(self, m: re.Match[str]) -> DateMention | None:
        month = MONTHS[m.group("my_mon").rstrip(".").lower()]
        first = date(int(m.group("my_year")), month, 1)
        return self._period(m.start(), m.end(), "month", first, mod=_mod(m.group("my_mod")))

    def _holiday(self, m: re.Match[str]) -> DateMention | None:
        name = re.sub(r"\s+", " ", m.group("hol_name").lower())
        month, day = FIXED_HOLIDAYS[name]
        if m.group("hol_year"):
            return self._period(m.start(), m.end(), "day", date(int(m.group("hol_year")), month, day))
        if self.base is None:
            return self._make(m.start(), m.end(), None, "day", relative=True)
        when = date(_nearest_year_for(self.base, month, day), month, day)
        return self._period(m.start(), m.end(), "day", when, relative=True)

    def _anchored(self, m: re.Match[str]) -> DateMention | None:
        rel = (m.group("an_rel") or m.group("an_rel2")).lower()
        unit_text = m.group("an_unit").lower()
        unit = _unit_key(unit_text)
        number_text = m.group("an_num") or m.group("an_num2")
        has_the = m.group("an_the") is not None
        plural = unit_text.endswith("s")
        if number_text is None and not has_the:
            # "last year", "next week": calendar periods, not durations.
            return None
        if rel == "first" and number_text is None:
            return None
        if number_text is None and rel in {"next", "following"} and not plural:
            # "the next day": one unit after the discourse anchor.
            return self._shifted(m.start(), m.end(), unit, 1, from_anchor=True)
        amount = _amount(number_text) if number_text else (None if plural else 1)
        value = _duration_value(amount, unit)
        backward = rel in {"past", "last", "previous"}
        period_start = period_end = None
        if self.base is not None and amount is not None and rel != "first":
            if backward:
                period_end = self.base
                period_start = _add_units(self.base, unit, -amount)
            else:
                period_start = self.base
                period_end = _add_units(self.base, unit, amount)
        return self._make(
            m.start(),
            m.end(),
            value,
            _GRAN_OF_UNIT.get(unit),
            kind="duration",
            relative=rel != "first",
            period_start=period_start,
            period_end=period_end,
        )

    def _offset(self, m: re.Match[str]) -> DateMention | None:
        unit = _unit_key(m.group("off_unit").lower())
        amount = _amount(m.group("off_num"))
        direction = m.group("off_dir").lower()
        if amount is None or unit not in _SHIFT_MONTHS and unit not in {"day", "week", "night"}:
            return self._make(m.start(), m.end(), None, None, relative=True)
        sign = 1 if direction in {"later", "after", "hence"} or direction.startswith("from") else -1
        from_anchor = direction in {"earlier", "later", "before", "after"}
        return self._shifted(
            m.start(), m.end(), unit, sign * amount, from_anchor=from_anchor, keep_quarter=True
        )

    def _shifted(
        self,
        start: int,
        end: int,
        unit: str,
        amount: float,
        *,
        from_anchor: bool,
        keep_quarter: bool = False,
    ) -> DateMention | None:
        if self.base is None:
            return self._make(start, end, None, _GRAN_OF_UNIT.get(unit), relative=True)
        if int(amount) != amount:
            return self._make(start, end, None, _GRAN_OF_UNIT.get(unit), relative=True)
        amount = int(amount)
        unit_gran = _GRAN_OF_UNIT.get(unit, "day")
        if unit == "night":
            unit_gran = "day"
        gran, origin = unit_gran, self.base
        anchor = self.anchor
        if anchor is not None and (from_anchor or keep_quarter and anchor[0] == "quarter"):
            anchor_gran, anchor_day = anchor
            if _GRAN_RANK[anchor_gran] <= _GRAN_RANK[unit_gran]:
                if from_anchor or anchor_gran == "quarter":
                    gran, origin = anchor_gran, anchor_day
            elif from_anchor:
                origin = anchor_day
        if unit_gran == "decade" and gran == "decade":
            gran = "year"
        first = _floor(gran, _add_units(origin, unit, amount))
        return self._period(start, end, gran, first, relative=True)

    def _quarter(self, m: re.Match[str]) -> DateMention | None:
        start, end = m.start(), m.end()
        if m.group("q_num"):
            number = int(m.group("q_num"))
            year_text = m.group("q_year2")
            return self._quarter_value(start, end, "quarter", number, year_text, None)
        unit = m.group("q_unit").lower()
        rel = (m.group("q_rel") or "").lower()
        ordinal_text = (m.group("q_ord") or "").lower()
        if not ordinal_text and rel in ORDINALS:
            ordinal_text, rel = rel, ""
        if rel == "final" and unit == "quarter":
            ordinal_text, rel = "fourth", ""
        year_text = m.group("q_year") or m.group("q_pre")
        matched = m.group(0).lower()
        if unit == "period" and rel not in {"latest", "year-ago", "year-earlier", "same"}:
            return None
        if unit == "half" and not ordinal_text:
            return None
        if not ordinal_text and not rel:
            if not matched.startswith("the quarter"):
                return None
        if ordinal_text:
            number = ORDINALS[ordinal_text]
            if unit == "half" and number > 2:
                return None
            return self._quarter_value(start, end, unit, number, year_text, None)
        return self._quarter_value(start, end, "quarter", None, year_text, rel)

    def _quarter_value(
        self,
        start: int,
        end: int,
        unit: str,
        number: int | None,
        year_text: str | None,
        rel: str | None,
    ) -> DateMention:
        months_per = 3 if unit == "quarter" else 6
        gran = "quarter" if unit == "quarter" else "half"
        year: int | None = None
        relative = True
        if year_text:
            low = year_text.lower()
            if low[:1].isdigit():
                year, relative = int(low), False
            elif self.base is not None:
                year = self.base.year + (-1 if "last" in low else 1 if "next" in low else 0)
        if number is not None:
            if year is None:
                if self.base is None:
                    return self._make(start, end, None, gran, relative=True)
                year = self.base.year
                anchor = self.anchor
                if anchor is not None and anchor[0] in {"year", "quarter", "half", "month"}:
                    year = anchor[1].year
            first = date(year, (number - 1) * months_per + 1, 1)
            return self._period(start, end, gran, first, relative=relative)
        # "the latest quarter", "the year-ago quarter", "the quarter", "next quarter".
        if self.base is None:
            return self._make(start, end, None, gran, relative=True)
        current = _floor("quarter", self.base)
        rel = rel or ""
        if rel in {"year-ago", "year-earlier", "same", "comparable"}:
            origin = self._anchor_quarter(current)
            first = _add_months(origin, -12)
        elif rel in {"latest", "past", "last", "previous", "prior", "most recent", "recent"}:
            first = _add_months(current, -3)
            if rel == "latest" and self.anchor and self.anchor[0] == "quarter":
                first = self.anchor[1]
        elif rel in {"next", "coming"}:
            first = _add_months(current, 3)
        elif rel in {"this", "current"}:
            first = current
        else:  # "the quarter": the one under discussion
            first = self._anchor_quarter(_add_months(current, -3))
        return self._period(start, end, "quarter", first, relative=True)

    def _anchor_quarter(self, default: date) -> date:
        anchor = self.anchor
        if anchor is not None and anchor[0] == "quarter":
            return anchor[1]
        return default

    def _relunit(self, m: re.Match[str]) -> DateMention | None:
        start, end = m.start(), m.end()
        rel = re.sub(r"\s+", " ", m.group("ru_rel").lower())
        unit_text = m.group("ru_unit")
        unit = unit_text.rstrip(".").lower()
        mod = _mod(m.group("ru_mod"))
        if rel == "past" and unit not in SEASONS and unit not in WEEKDAYS and unit not in MONTHS:
            return None  # "past year" without "the" reads as a duration; left to other rules
        base = self.base
        if m.group("ru_wd"):
            weekday = WEEKDAYS[unit]
            if base is None:
                return self._make(start, end, None, "day", weekday=weekday, relative=True)
            step = _weekday_rel_step(rel)
            when = _resolve_weekday(base, weekday, step)
            return self._period(start, end, "day", when, weekday=weekday, relative=True, mod=mod)
        if unit in MONTHS:
            if unit == "may" and unit_text[0] != "M":
                return None
            if base is None:
                return self._make(start, end, None, "month", relative=True)
            month = MONTHS[unit]
            year = base.year
            if rel in {"last", "previous", "this past"}:
                year -= 1 if month >= base.month else 0
            elif rel in {"next", "coming", "this coming"}:
                year += 1 if month <= base.month else 0
            return self._period(start, end, "month", date(year, month, 1), relative=True, mod=mod)
        if base is None:
            return self._make(start, end, None, _GRAN_OF_UNIT.get(unit), relative=True, mod=mod)
        step = {"last": -1, "previous": -1, "this past": -1, "next": 1, "coming": 1}.get(rel, 0)
        if rel == "this coming":
            step = 1
        if unit in SEASONS:
            return self._season_rel(start, end, SEASONS[unit], step, mod)
        if unit == "weekend":
            saturday = base + timedelta(days=5 - base.weekday())
            first = saturday + timedelta(days=7 * step)
            return self._period(start, end, "weekend", first, relative=True, mod=mod)
        gran = _GRAN_OF_UNIT[unit]
        first = _floor(gran, _add_units(base, unit, step))
        return self._period(start, end, gran, first, relative=True, mod=mod)

    def _season_rel(
        self, start: int, end: int, code: str, step: int, mod: str | None
    ) -> DateMention:
        base = self.base
        assert base is not None
        season_month = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
        year = base.year
        current_first = date(year, season_month, 1)
        if step < 0 and current_first > base - timedelta(days=60):
            year -= 1
        elif step > 0 and current_first <= base:
            year += 1
        return self._make(
            start,
            end,
            f"{year}-{code}",
            "season",
            date(year, season_month, 1),
            relative=True,
            mod=mod,
        )

    def _decade(self, m: re.Match[str]) -> DateMention | None:
        digits = m.group("dec_y")
        if digits.startswith("'"):
            year = 1900 + int(digits[1:])
        else:
            year = int(digits)
        return self._period(m.start(), m.end(), "decade", date(year, 1, 1), mod=_mod(m.group("dec_mod")))

    def _season(self, m: re.Match[str]) -> DateMention | None:
        code = SEASONS[m.group("sea_name").lower()]
        year = int(m.group("sea_year"))
        month = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
        return self._make(
            m.start(), m.end(), f"{year}-{code}", "season", date(year, month, 1), mod=_mod(m.group("sea_mod"))
        )

    def _year(self, m: re.Match[str]) -> DateMention | None:
        year = int(m.group("yr"))
        start, end = m.start(), m.end()
        mod_text = m.group("yr_mod")
        strong = bool(mod_text or m.group("yr_fiscal") or m.group("yr_poss"))
        if not strong:
            if not 1900 <= year <= 2099:
                return None
            if _QUANTITY_NOUN.match(self.text, end):
                return None
            prev = self._prev_word(start)
            if prev not in _YEAR_CONTEXT_BEFORE and not self._year_list_context(start):
                return None
        return self._period(start, end, "year", date(year, 1, 1), mod=_mod(mod_text))

    def _year_list_context(self, start: int) -> bool:
        """A year right after another year or a month ("1989 and 1990", "March, 1990")."""
        before = self.text[max(0, start - 12) : start]
        return re.search(r"(?:1[0-9]|20)\d\d(?:'s)?\s*(?:,|and|or|to|-|–)\s*$", before) is not None

    def _month(self, m: re.Match[str]) -> DateMention | None:
        name = m.group("mo_name")
        month = MONTHS[name.rstrip(".").lower()]
        mod_text = m.group("mo_mod")
        start, end = m.start(), m.end()
        prev = self._prev_word(m.start("mo_name") if not mod_text else start)
        if not mod_text and prev not in _MONTH_CONTEXT_BEFORE:
            if name.lower() in {"may", "march"} or prev == "":
                return None
            # A bare month name after another word: accept only full names, not "Jan".
            if len(name.rstrip(".")) <= 4 and name.lower() not in {"june", "july"}:
                return None
            if name.lower() in {"may", "march", "august"}:
                return None
        if self.base is None:
            return self._make(start, end, None, "month", relative=True, mod=_mod(mod_text))
        year = self.base.year
        if self.anchor is not None and self.anchor[0] in {"month", "day"}:
            year = self.anchor[1].year
        return self._period(
            start, end, "month", date(year, month, 1), relative=True, mod=_mod(mod_text)
        )

    def _weekday(self, m: re.Match[str]) -> DateMention | None:
        weekday = WEEKDAYS[m.group("wd_name").lower()]
        start, end = m.start(), m.end()
        if self.base is None:
            return self._make(start, end, None, "day", weekday=weekday, relative=True)
        prev = self._prev_word(start)
        step = _weekday_rel_step(prev) if prev in {"last", "next", "this"} else 0
        if step == 0 and self._is_future(start, end):
            step = 2  # future or same day
        when = _resolve_weekday(self.base, weekday, step)
        mod = _mod(m.group("wd_early"))
        return self._period(start, end, "day", when, weekday=weekday, relative=True, mod=mod)

    def _dayref(self, m: re.Match[str]) -> DateMention | None:
        word = re.sub(r"\s+", " ", m.group("dr_word").lower())
        shift = {
            "today": 0,
            "tonight": 0,
            "yesterday": -1,
            "tomorrow": 1,
            "the day before yesterday": -2,
            "the day after tomorrow": 2,
        }[word]
        if self.base is None:
            return self._make(m.start(), m.end(), None, "day", relative=True)
        return self._period(
            m.start(), m.end(), "day", self.base + timedelta(days=shift), relative=True
        )

    def _ref(self, m: re.Match[str]) -> DateMention | None:
        word = re.sub(r"\s+", " ", m.group(0).lower())
        start = m.start()
        if word in {"now", "currently", "nowadays", "presently", "at present", "these days"}:
            value = "PRESENT_REF"
            if word == "now" and self.text[m.end() : m.end() + 5].lower() == " that":
                return None
        elif word in {"the future", "in future"}:
            value = "FUTURE_REF"
        else:
            value = "PAST_REF"
        return self._make(start, m.end(), value, "ref", relative=True)

    def _weekend(self, m: re.Match[str]) -> DateMention | None:
        if self.base is None:
            return self._make(m.start(), m.end(), None, "weekend", relative=True)
        base = self.base
        saturday = base + timedelta(days=5 - base.weekday())
        if base.weekday() < 5 and not self._is_future(m.start(), m.end()):
            saturday -= timedelta(days=7)
        return self._period(m.start(), m.end(), "weekend", saturday, relative=True)

    def _yearago(self, m: re.Match[str]) -> DateMention | None:
        unit = (m.group("ya_unit") or "").lower()
        if unit in {"quarter", "period"}:
            if self.base is None:
                return self._make(m.start(), m.end(), None, "quarter", relative=True)
            origin = self._anchor_quarter(_add_months(_floor("quarter", self.base), -3))
            return self._period(
                m.start(), m.end(), "quarter", _add_months(origin, -12), relative=True
            )
        end = m.end() if unit else m.end() - len(m.group(0)) + len(m.group(0).rstrip())
        if unit:
            end = m.start("ya_unit") if unit not in {"month", "week", "year"} else m.end()
        return self._shifted(m.start(), m.end(), "year", -1, from_anchor=True, keep_quarter=True)

    def _duration(self, m: re.Match[str]) -> DateMention | None:
        number_text = m.group("du_num").lower()
        unit_text = m.group("du_unit").lower()
        unit = _unit_key(unit_text)
        amount = _amount(number_text)
        start = m.start()
        if number_text in {"a", "an"}:
            prev = self._prev_word(start)
            if prev in {"once", "twice", "times"} or re.search(r"\d\W{0,3}$", self.text[:start]):
                return self._make(
                    start, m.end(), _duration_value(1, unit), _GRAN_OF_UNIT.get(unit), kind="set"
                )
            if prev not in _DURATION_A_CONTEXT:
                return None
        return self._make(
            start, m.end(), _duration_value(amount, unit), _GRAN_OF_UNIT.get(unit), kind="duration"
        )

    def _setexpr(self, m: re.Match[str]) -> DateMention | None:
        unit_text = m.group("set_unit")
        key = unit_text.lower()
        if key in WEEKDAYS:
            return self._make(
                m.start(), m.end(), "XXXX-WXX-" + str(WEEKDAYS[key] + 1), "day", kind="set",
                weekday=WEEKDAYS[key],
            )
        unit = _unit_key(key)
        amount = _amount(m.group("set_num")) if m.group("set_num") else 1
        word = m.group("set_word").lower()
        if word == "per" and m.group("set_num") is None:
            pass
        if "other" in m.group(0).lower():
            amount = 2 if amount == 1 else amount
        return self._make(
            m.start(), m.end(), _duration_value(amount, unit), _GRAN_OF_UNIT.get(unit), kind="set"
        )

    def _freq(self, m: re.Match[str]) -> DateMention | None:
        word = m.group(0).lower()
        return self._make(m.start(), m.end(), FREQUENCY_ADVERBS[word], None, kind="set")


# ---- calendar arithmetic -------------------------------------------------------------------

_SHIFTABLE = {"day", "week", "month", "quarter", "half", "year"}
_GRAN_RANK = {
    "day": 0,
    "weekend": 1,
    "week": 1,
    "month": 2,
    "season": 3,
    "quarter": 3,
    "half": 4,
    "year": 5,
    "decade": 6,
    "century": 7,
}
_GRAN_OF_UNIT = {
    "second": "second",
    "minute": "minute",
    "hour": "hour",
    "day": "day",
    "night": "day",
    "week": "week",
    "fortnight": "week",
    "month": "month",
    "quarter": "quarter",
    "year": "year",
    "decade": "decade",
    "century": "century",
}
_SHIFT_MONTHS = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}
_DURATION_A_CONTEXT = frozenset(
    """for over within in about nearly almost than after past last next first least only
    just roughly some around""".split()
)


def _unit_key(unit_text: str) -> str:
    unit = unit_text.lower()
    if unit.endswith("ies"):
        return "century"
    if unit.endswith("s") and unit[:-1] in UNITS:
        unit = unit[:-1]
    return "century" if unit == "centurie" else unit


def _amount(number_text: str | None) -> float | None:
    if number_text is None:
        return None
    words = re.sub(r"\s+", " ", number_text.lower()).replace("-", " ")
    if words in VAGUE_AMOUNTS:
        return None
    if words[:1].isdigit():
        return float(words)
    total = 0.0
    for word in words.split():
        if word not in NUMBER_WORDS:
            return None
        total += NUMBER_WORDS[word]
    return total


def _duration_value(amount: float | None, unit: str) -> str:
    letter, clock = UNITS.get(unit, ("D", False))
    if unit == "fortnight":
        amount = None if amount is None else amount * 2
    count = "X" if amount is None else (str(int(amount)) if amount == int(amount) else str(amount))
    return f"PT{count}{letter}" if clock else f"P{count}{letter}"


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, monthrange(year, month + 1)[1]))


def _add_units(day: date, unit: str, amount: float) -> date:
    amount_int = int(amount)
    if unit in {"day", "night"}:
        return day + timedelta(days=amount_int)
    if unit == "week":
        return day + timedelta(weeks=amount_int)
    if unit == "fortnight":
        return day + timedelta(weeks=2 * amount_int)
    if unit in _SHIFT_MONTHS:
        return _add_months(day, _SHIFT_MONTHS[unit] * amount_int)
    if unit == "hour":
        return day + timedelta(hours=amount_int)
    return day


def _floor(gran: str, day: date) -> date:
    if gran == "week":
        return day - timedelta(days=day.weekday())
    if gran == "month":
        return day.replace(day=1)
    if gran == "quarter":
        return date(day.year, (day.month - 1) // 3 * 3 + 1, 1)
    if gran == "half":
        return date(day.year, 1 if day.month <= 6 else 7, 1)
    if gran == "year":
        return date(day.year, 1, 1)
    if gran == "decade":
        return date(day.year // 10 * 10, 1, 1)
    if gran == "century":
        return date(day.year // 100 * 100, 1, 1)
    return day


def _value(gran: str, first: date) -> str:
    if gran == "day":
        return first.isoformat()
    if gran == "week":
        iso = first.isocalendar()
        return f"{iso[0]}-W{iso[1]:02d}"
    if gran == "weekend":
        iso = first.isocalendar()
        return f"{iso[0]}-W{iso[1]:02d}-WE"
    if gran == "month":
        return f"{first.year:04d}-{first.month:02d}"
    if gran == "quarter":
        return f"{first.year:04d}-Q{(first.month - 1) // 3 + 1}"
    if gran == "half":
        return f"{first.year:04d}-H{1 if first.month <= 6 else 2}"
    if gran == "year":
        return f"{first.year:04d}"
    if gran == "decade":
        return f"{first.year // 10:03d}"
    if gran == "century":
        return f"{first.year // 100:02d}"
    return first.isoformat()


def _last_day(gran: str, first: date) -> date | None:
    if gran == "day":
        return first
    if gran == "week":
        return first + timedelta(days=6)
    if gran == "weekend":
        return first + timedelta(days=1)
    months = {"month": 1, "quarter": 3, "season": 3, "half": 6, "year": 12, "decade": 120}.get(gran)
    if gran == "century":
        months = 1200
    if months is None:
        return None
    return _add_months(first.replace(day=1), months) - timedelta(days=1)


def _nearest_year_for(base: date, month: int, day: int) -> int:
    """The year that puts month/day closest to base (Dec. 30 read in January is last year)."""
    best_year, best_gap = base.year, None
    for year in (base.year - 1, base.year, base.year + 1):
        if day > monthrange(year, month)[1]:
            continue
        gap = abs((date(year, month, day) - base).days)
        if best_gap is None or gap < best_gap:
            best_year, best_gap = year, gap
    return best_year


def _weekday_rel_step(rel: str) -> int:
    return {"last": -1, "previous": -1, "this past": -1, "past": -1, "next": 1}.get(rel, 2)


def _resolve_weekday(base: date, weekday: int, step: int) -> date:
    """step -1: strictly before; 1: strictly after; 0: most recent (same day counts);
    2: upcoming (same day counts)."""
    if step == -1:
        back = (base.weekday() - weekday) % 7 or 7
        return base - timedelta(days=back)
    if step == 1:
        ahead = (weekday - base.weekday()) % 7 or 7
        return base + timedelta(days=ahead)
    if step == 2:
        return base + timedelta(days=(weekday - base.weekday()) % 7)
    return base - timedelta(days=(base.weekday() - weekday) % 7)


def _mod(text: str | None) -> str | None:
    if not text:
        return None
    low = text.lower()
    if "early" in low or "beginning" in low or "start" in low:
        return "START"
    if "late" in low or "end of" in low or "close" in low:
        return "END"
    if "mid" in low:
        return "MID"
    return None


# ---- dateparser fallback --------------------------------------------------------------------


@lru_cache(maxsize=4096)
def parse_date_phrase(phrase: str, base: date | None) -> DateMention | None:
    """Resolve one phrase the scanner may not know; dateparser is the (slow) fallback."""
    try:
        for mention in find_dates(phrase, base):
            if mention.start == 0 and mention.end >= len(phrase.rstrip(" .,")):
                return mention
        parsed = _dateparser_parse(phrase, base)
        if base is None:
            # Resolve against two far-apart bases: a phrase that moves with the base is relative.
            first = _dateparser_parse(phrase, date(2001, 3, 15))
            second = _dateparser_parse(phrase, date(2011, 9, 20))
            if first is None:
                return None
            if first != second:
                return DateMention(0, len(phrase), phrase, "date", None, "day", relative=True)
            parsed = first
        if parsed is None:
            return None
        return DateMention(
            0,
            len(phrase),
            phrase,
            "date",
            parsed.isoformat(),
            "day",
            first_day=parsed,
            last_day=parsed,
            relative=base is not None and _dateparser_parse(phrase, date(2001, 3, 15)) != parsed,
        )
    except Exception:
        return None


@lru_cache(maxsize=4096)
def _dateparser_parse(phrase: str, base: date | None) -> date | None:
    import dateparser  # slow import, off the hot path

    settings: dict[str, object] = {
        "PREFER_DATES_FROM": "past",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    if base is not None:
        settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day, 12)
    parsed = dateparser.parse(phrase, languages=["en"], settings=settings)
    return parsed.date() if parsed is not None else None
