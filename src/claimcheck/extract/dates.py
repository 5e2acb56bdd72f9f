"""Fast extraction of date, duration and frequency expressions, resolved against a base date."""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date, datetime, timedelta
from functools import lru_cache
from itertools import pairwise

from claimcheck.extract.lexicon import (
    DAY_RE,
    FIXED_HOLIDAYS,
    FLOATING_HOLIDAYS,
    FREQUENCY_ADVERBS,
    FULL_MONTHS,
    FULL_WEEKDAYS,
    MONTH_RE,
    MONTHS,
    NEXT_AFTER_NUMBER,
    NEXT_AFTER_SPECIFIC,
    NEXT_AFTER_WEAK,
    NUMBER_RE,
    NUMBER_WORDS,
    ONES_PATTERN,
    ORDINAL_WORDS,
    ORDINALS,
    SEASON_RE,
    SEASONS,
    STRONG_TRIGGERS,
    TEENS_PATTERN,
    TENS_PATTERN,
    UNIT_RE,
    UNITS,
    VAGUE_AMOUNTS,
    WEAK_TRIGGERS,
    WEEKDAY_ANY_RE,
    WEEKDAY_RE,
    WEEKDAYS,
    YEAR_RE,
    words,
)
from claimcheck.extract.numbers import letterless_blocks
from claimcheck.extract.patterns import compile_pattern
from claimcheck.records import DateMention

__all__ = ["find_dates"]

# A four-digit figure read as a clock time, never a year: an hour 00-23 and minutes 00-59
# with a time-zone word or "hrs" after it on the same line ("1400 GMT", "2000 GMT" under a
# match's date line, "0930 local time").
_CLOCK_AFTER_FIGURE = (
    r"(?<![\d])(?:[01]\d|2[0-3])[0-5]\d[ \t]?(?:(?:GMT|BST|UTC|CEST|CET|EST|EDT|CST|CDT|PST|PDT"
    r"|MST|MDT|ET|PT)\b|local\s+time\b|hrs\b|hours\s+(?:GMT|local)\b)"
)
_YEAR = rf"(?!{_CLOCK_AFTER_FIGURE}){YEAR_RE}"
# A count before a unit of time; "couple of" also without its article ("the last couple of
# years", "another couple of weeks"), as the copy writes it after "the last", "the next",
# "another".
_COUNT = rf"(?:{NUMBER_RE}|couple\s+of)"
# Names as the wire prints them in an all-lower-case story ("on tuesday", "in january 1987",
# "april 8"): the full weekdays, and the full months but "may", "march" and "august", which
# in lower case are far more often a modal, a verb and an adjective.
_LOWER_CASE_MONTHS = "|".join(
    sorted((m for m in FULL_MONTHS if m not in {"may", "march", "august"}), key=len, reverse=True)
)
_LOWER_CASE_WEEKDAYS = "|".join(sorted(FULL_WEEKDAYS, key=len, reverse=True))
_MONTH_NAME = rf"(?:{MONTH_RE}|(?-i:(?:{_LOWER_CASE_MONTHS})\b))"
_WEEKDAY_NAME = rf"(?:{WEEKDAY_RE}|(?-i:(?:{_LOWER_CASE_WEEKDAYS})\b))"
# The name of a reporting stretch after "the year-ago": "fiscal year", "nine months",
# "13 weeks", "half-year".
_SPAN_UNIT = (
    rf"(?:fiscal|financial)\s+year|(?:\d{{1,2}}|{ONES_PATTERN}|ten|eleven|twelve)[\s-]+"
    r"(?:months|weeks)|half[\s-]year"
)
_CLOCK_FIGURE = compile_pattern(_CLOCK_AFTER_FIGURE, re.IGNORECASE)

# Span modifiers ("early 2019", "the end of March"): kept in the span, reported as `mod`.
_MOD = (
    r"(?:(?P<{0}>(?:the\s+)?(?:end|beginning|start|middle|close|turn)\s+of\s+(?:the\s+)?"
    r"|(?:early|late)\s+in\s+|(?:early|late|earlier|later|mid)\s+|mid-|post-|pre-"
    # "by end-1987", "at end-March", "end 1988": the wire's short "the end of"
    r"|end-|end\s+(?=(?:1[89]|20)\d\d\b))(?=\S))?"
)
_REL = r"(?:this\s+past|this\s+coming|this|last|next|past|coming|previous|current)"
_PART_OF_DAY = r"(?P<{0}>\s+(?:morning|afternoon|evening|night))?"
# A year said aloud after a month or season, as broadcast transcripts write it ("May
# nineteen eighty-one", "autumn of two thousand and three").
_SPOKEN_YEAR = (
    rf"(?:nineteen|twenty)[\s-]+(?:(?:{TENS_PATTERN})(?:[\s-](?:{ONES_PATTERN}))?\b"
    rf"|(?:{TEENS_PATTERN})\b)|two\s+thousand(?:\s+and\s+(?:{ONES_PATTERN}))?\b"
)
_DECADE_OF_WORD = {
    word: 10 * tens
    for tens, word in enumerate(
        [
            "twenties",
            "thirties",
            "forties",
            "fifties",
            "sixties",
            "seventies",
            "eighties",
            "nineties",
        ],
        start=2,
    )
}
_DECADE_WORDS = "|".join(_DECADE_OF_WORD)
# "the 80s", "the mid-90s", "the 1970s and 80s": a decade by two digits, after "the" (with
# an early/mid/late before it) or after another decade and a conjunction; "in his 70s" is an
# age, "in the 70s" before "degrees" or "percent" a level.
_SHORT_DECADE_AFTER = (
    r"(?:(?<=the\s)|(?<=the\smid-)|(?<=the\smid\s)|(?<=the\searly\s)|(?<=the\slate\s)"
    r"|(?<=the\searly-)|(?<=the\slate-)|(?<=0s\sand\s)|(?<=0s\sto\s)|(?<=0s\sor\s))"
)
# Before "the (mid-)80s": a preposition of time or the start of a sentence or a quote.
_SHORT_DECADE_LEAD = compile_pattern(
    r"(?:\b(?P<prep>in|during|of|since|from|until|till|through|throughout|by|into|for)\s+"
    r"|(?P<open>^|[.!?:;\"“‘(]\s*|\n\s*))?"
    r"(?P<the>the)\s+(?:(?P<dmod>early|mid|late)[\s-])?$",
    re.IGNORECASE,
)
# Prepositions that put a level only in time: "rates peaked during the mid-80s".
_TIME_ONLY_PREPOSITIONS = frozenset({"during", "since", "until", "till", "throughout"})
# Figures of a market or a measure shortly before "in the 90s" make it a level: a price in
# fractions ("13-1/4s", "99-3/8"), a percentage, cents, dollars or points.
_FIGURES_OF_A_LEVEL = compile_pattern(
    r"\d[-\s]\d/\d|\d/\d+s\b|\d\s*(?:%|pct\b|percent\b|per\s+cent\b|cents?\b|dlrs\b|points?\b)",
    re.IGNORECASE,
)
# A noun (or a compound's head) right after "the 60s" or "70's" that the decade describes
# ("the 60s stop-motion show", "70's music"); a level's words ("the 90s level"), prepositions,
# conjunctions and adverbs leave it a level or a score.
_DECADE_ATTRIBUTE_AFTER = compile_pattern(
    r"[ \t]+(?:[a-z]+-)?(?!(?:levels?|range|mark|area|barrier|region|zone|territory|bracket"
    r"|again|today|now|and|or|but|nor|to|in|on|at|of|for|with|by|from|as|is|are|was|were"
    r"|when|while|than|where|after|before|into|onwards?|through|until|since|this|that|then"
    r"|yet|so|too|also|last|next|each|per)\b)[a-z]{3,}\b"
)
_LOWER_WORD_BEFORE = compile_pattern(
    r"(?<![A-Za-z])(?!(?:is|was|are|were|be)\b)(?-i:[a-z]+)[ \t]+$"
)
# "70's and 80's music": a second decade in the same form before the noun.
_DECADE_APOS_CHAIN = compile_pattern(r"(?:,?\s+(?:and|or|to)\s+[1-9]0'?s\b)+")
_DECADE_BEFORE_CONJUNCTION = compile_pattern(
    r"(?:\b\d{3}0s|\bthe\s+(?:(?:early|mid|late)[\s-])?'?\d0s)\s+(?:and|or|to)\s+"
    r"(?:the\s+(?:(?:early|mid|late)[\s-])?)?$",
    re.IGNORECASE,
)
_NOT_DECADE_NEXT = r"\s*,\s*\d|\s*(?:%|percent|per\s+cent|degrees|mph|km|miles|points)\b"
# Words before "the 70s" that make it a level (a temperature, a price, a score), not a decade.
_LEVEL_BEFORE_DECADE = compile_pattern(
    r"\b(?:temperatures?|highs?|lows?|degrees|fahrenheit|aged?|prices?d?|trad(?:ed|ing|es)"
    r"|yields?|scores?|rates?|shot|ratings?|percentages?|dollars?|cents?|index)\b"
    r"[^.;]{0,24}$",
    re.IGNORECASE,
)
_HOLIDAY_NAMES = (
    r"new\s+year's\s+(?:day|eve)|christmas(?:\s+(?:eve|day))?|independence\s+day"
    r"|valentine's\s+day|halloween|veterans\s+day|boxing\s+day|thanksgiving(?:\s+day)?"
    r"|memorial\s+day|labor\s+day|election\s+day|easter(?:\s+(?:sunday|week))?"
)

# Centuries in words: "the nineteenth century", "the twenty-first century".
_ORDINAL_WORDS_RE = "|".join([r"twenty[\s-]first", *sorted(ORDINAL_WORDS, key=len, reverse=True)])

# A day of the month in words after the month, as wire copy writes days one to ten ("Pay July
# Two", "repay on April six", "Record June Three"). Not before a unit, "of", a count's noun
# or another figure ("June one-year bills", "in March two banks", "May one day").
_DAY_IN_WORDS = r"(?:one|two|three|four|five|six|seven|eight|nine|ten)"
_NOT_A_DAY_IN_WORDS = (
    r"-|\s*\d(?!\d{3}(?!\d))|[\s-]*(?:(?:day|days|of|years?|weeks?|months?|hundred|thousand|million|billion|mln"
    r"|bln|pct|percent|per|more|another|other|or|and\s+a\s+half)\b)"
    r"|\s+(?!(?:as|is|was|has|its|this|unless|plus|thus|always)\b)[a-z]{2,}s\b"
)

# A unit of time after the second number of "May 3 - 25": a count of a length ("three weeks
# ago", "jailed on May 3 to 5 years"), so no range of days ("May 3 - 25 weeks ago").
_UNIT_OF_TIME_AFTER_A_COUNT = (
    r"(?:minutes?|hours?|days?|nights?|weeks?|wks|fortnights?|months?|mths|years?|yrs|decades?)"
)

# One pattern per expression shape, in priority order: at a token, the first that matches wins,
# so longer shapes come first. Each is tried only where its first word can start.
_ALTERNATIVES: list[tuple[str, str]] = [
    (
        "fulldate",
        rf"""
        (?P<fulldate>
        (?:(?P<fd_wd>{WEEKDAY_ANY_RE}|(?-i:(?:{_LOWER_CASE_WEEKDAYS})\b))\s*,?\s+)?
        (?:(?P<fd_mon>{_MONTH_NAME})\s*(?P<fd_day>{DAY_RE})
            (?:(?:\s*[-–]\s*|\s+(?:to|through)\s+)
              (?P<fd_day_to>(?:3[01]|[12]\d|0?[1-9])(?![\d%]|[.,:]\d|\s*(?:%|per\b|pct\b)
                |[\s-]*{_UNIT_OF_TIME_AFTER_A_COUNT}\b)))?
          |(?P<fd_mon3>{_MONTH_NAME})\s+(?P<fd_dayword>{_DAY_IN_WORDS})\b(?!{_NOT_A_DAY_IN_WORDS})
          |(?:the\s+)?(?:(?P<fd_day_from>(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?)
              (?:\s*[-–]\s*|\s+(?:to|through)\s+)(?:the\s+)?)?
            (?P<fd_day2>{DAY_RE})(?:\s+of)?\s+(?P<fd_mon2>{_MONTH_NAME}))
        (?:(?:\s*,\s*|\s+)(?P<fd_year>{_YEAR})
          |\s+(?P<fd_rel>this|next|last)\s+year\b(?!'|-))?
    )
        """,
    ),
    (
        "iso",
        r"""
        (?P<iso>(?P<iso_y>(?:19|20)\d\d)-(?P<iso_m>[01]\d)-(?P<iso_d>[0-3]\d)(?![\d-]))
        """,
    ),
    (
        "slash",
        r"""
        (?P<slash>(?P<sl_m>1[0-2]|0?[1-9])/(?P<sl_d>3[01]|[12]\d|0?[1-9])
        /(?P<sl_y>(?:19|20)\d\d|\d\d)(?![\d/]))
        """,
    ),
    (
        "monyear",
        rf"""
        (?P<monyear>{_MOD.format("my_mod")}(?P<my_mon>{_MONTH_NAME})
        (?:\s*,\s*|\s+of\s+|(?P<my_open>\s+\()|\s+)
        (?:(?P<my_year>{_YEAR})(?(my_open)\))
        |(?(my_open)(?!)|(?:(?P<my_spoken>{_SPOKEN_YEAR})|(?P<my_rel>this|last|next)\s+year\b))))
        """,
    ),
    (
        "holiday",
        rf"""
        (?P<holiday>(?:(?P<hol_rel>last|next|this)\s+)?(?P<hol_name>{_HOLIDAY_NAMES})\b
        (?:\s*,?\s*(?P<hol_year>{_YEAR}))?)
        """,
    ),
    (
        "century",
        rf"""
        (?P<century>{_MOD.format("cent_mod")}(?:the\s+)?(?:(?P<cent_wmod>early|late|mid)[\s-]+)?
        (?:(?P<cent_num>\d{{1,2}})(?:st|nd|rd|th)|(?P<cent_word>{_ORDINAL_WORDS_RE}))[\s-]+century\b)
        """,
    ),
    (
        "spoken",
        rf"""
        (?P<spoken>(?:the\s+year\s+)?(?:(?P<sp_hi>nineteen|twenty)[\s-]+
        (?P<sp_lo>(?:{TENS_PATTERN})(?:[\s-](?:{ONES_PATTERN}))?\b|(?:{TEENS_PATTERN})\b|hundred\b)
        |two\s+thousand(?:\s+and\s+(?P<sp_ones>{ONES_PATTERN}))?\b))
        """,
    ),
    (
        "anchored",
        rf"""
        (?P<anchored>(?:(?P<an_the>the\s+)(?P<an_rel>past|last|next|coming|previous|following
            |first|final(?=\s+(?:{_COUNT})[\s-]+(?:{UNIT_RE})\s+of\s))
        \s+(?:(?!{_YEAR})(?P<an_num>{_COUNT})[\s-]+)?
        |(?P<an_rel2>past|last|next|coming|previous|first)\s+(?!{_YEAR})
        (?P<an_num2>{_COUNT})[\s-]+)
        (?P<an_unit>{UNIT_RE}))
        """,
    ),
    (
        "offset",
        rf"""
        (?P<offset>(?P<off_num>{_COUNT})[\s-]+(?P<off_unit>{UNIT_RE})
        (?:\s+or\s+so)?\s+(?P<off_dir>ago|earlier|before|later|after|from\s+now|hence|back)\b)
        """,
    ),
    (
        "samewhen",
        r"""
        (?P<samewhen>(?:(?P<sw_dir>earlier|later)\s+(?:in\s+|on\s+)?)?(?:that|the\s+same)
        \s+(?P<sw_unit>day|week|month|year|quarter)\b(?!-)
        (?:\s+(?P<sw_back>(?:of\s+)?last\s+year|a\s+year\s+(?:ago|earlier|before)
        |of\s+the\s+(?:previous|prior)\s+year)\b(?!'))?)
        """,
    ),
    (
        "inperiod",
        r"""
        (?P<inperiod>(?P<ip_dir>earlier|later)\s+in\s+the\s+(?P<ip_unit>day|week|month|year)\b)
        """,
    ),
    (
        "periodend",
        r"""
        (?P<periodend>(?:the\s+)?(?:year[\s-]?end(?:\s+(?P<pe_year>(?:19|20)\d\d)(?!\d))?|year's\s+end
        |(?P<pe_part>end|close|start|beginning|middle)\s+of\s+the\s+(?P<pe_unit>year|month|week
        |quarter|decade|century))\b)
        """,
    ),
    (
        "quarter",
        rf"""
        (?P<quarter>
        (?:(?P<q_pre>{_YEAR}|this\s+year|last\s+year|next\s+year)'s\s+)?
        (?:the\s+)?(?P<q_rel>latest|current|past|last|previous|prior|most\s+recent|recent|next
            |coming|same|year-ago|year-earlier|comparable|this|that|first|second|third|fourth
            |final|1st|2nd|3rd|4th)?[\s-]*
        (?:(?:fiscal|calendar)[\s-]+)?
        (?:(?P<q_year3>{_YEAR})[\s-]+)?
        (?:(?P<q_ord>first|second|third|fourth|1st|2nd|3rd|4th
            |latter(?=[\s-]+half\b))[\s-]+)?
        (?:fiscal[\s-]+)?
        (?P<q_unit>(?P<q_part>quarter|qtr|half)|period)\b(?![-\s]finals?\b|[-\s]finalists?\b)
        (?:\s+(?:of|in|for)\s+(?:fiscal\s+)?(?P<q_year>{_YEAR}(?![/-]\d)|this\s+year|last\s+year
            |next\s+year|(?(q_part)(?P<q_split>{_YEAR})[/-](?P<q_split_end>\d\d)(?![\d/-])|(?!)))
          |,?\s+(?:fiscal\s+)?(?P<q_year4>{_YEAR})
          |\s+of\s+the\s+(?:(?P<q_fyear>{_YEAR})(?![/-]\d)
            |(?(q_part)(?P<q_fsplit>{_YEAR})[/-](?P<q_fsplit_end>\d\d)(?![\d/-])|(?!)))
            \s+(?:fiscal|financial|business)\s+year\b)?
      |(?-i:Q(?P<q_num>[1-4]))\s*(?P<q_year2>{_YEAR})?\b
      |(?-i:H(?P<h_num>[12]))\s*(?P<h_year>{_YEAR})?\b)
        """,
    ),
    (
        "fullyear",
        r"""
        (?P<fullyear>(?:the\s+)?(?P<fy_rel>full|current|entire|whole|latest)\s+
        (?:fiscal\s+|calendar\s+|financial\s+)?year\b(?!\s+(?:ago|earlier|later|before|after))
        |(?:the\s+)?(?:(?P<fy_rel2>this|next|last|current|latest|previous)\s+)?
        (?:fiscal|calendar|financial)\s+year\b(?!\s+(?:ago|earlier|later|before|after))
        |(?:the\s+)?year(?:\s+(?P<fy_whole>as\s+a\s+whole)|[\s-]+(?P<fy_todate>to[\s-]+date))\b)
        """,
    ),
    (
        "relunit",
        rf"""
        (?P<relunit>{_MOD.format("ru_mod")}(?P<ru_rel>{_REL})\s+
        (?P<ru_unit>weekend|week|month|year|quarter|decade|century|{SEASON_RE}
            |{_MONTH_NAME}(?![.\s]*\d|\s+week)|(?P<ru_wd>{_WEEKDAY_NAME}))(?:'s)?\b{_PART_OF_DAY.format("ru_part")})
        """,
    ),
    (
        "decade",
        rf"""
        (?P<decade>{_MOD.format("dec_mod")}(?:the\s+)?(?P<dec_y>1\d\d0|20\d0|'\d0)'?s\b
        |{_SHORT_DECADE_AFTER}(?P<dec_short>\d0)s\b(?!{_NOT_DECADE_NEXT})
        |(?<![\w'.,$£€/-])(?P<dec_apos>[1-9]0)'s\b(?!{_NOT_DECADE_NEXT})
        |the\s+(?:(?P<dec_wmod>early|late|mid)[\s-]+)?(?P<dec_word>{_DECADE_WORDS})\b
        (?!\s+(?:percent|per\s+cent|degrees)\b))
        """,
    ),
    (
        "season",
        rf"""
        (?P<season>{_MOD.format("sea_mod")}(?P<sea_name>{SEASON_RE})\s+(?:of\s+)?
        (?P<sea_year>{_YEAR}))
        """,
    ),
    (
        "theseason",
        rf"""
        (?P<theseason>the\s+(?:(?P<ts_mod>early|late|mid)[\s-]+
        |(?P<ts_part>end|beginning|start|middle|close)\s+of\s+the\s+)?(?P<ts_name>{SEASON_RE})
        (?:\s+(?:of\s+)?(?:(?P<ts_year>{_YEAR})|(?P<ts_spoken>{_SPOKEN_YEAR})))?)
        """,
    ),
    (
        "year",
        rf"""
        (?P<year>{_MOD.format("yr_mod")}(?P<yr_fiscal>(?:fiscal|calendar|model)\s+(?:year\s+)?
        |FY\s*|the\s+year\s+)?
        (?P<yr>{_YEAR})(?:[-–/](?P<yr_to>\d{{4}}|\d{{1,2}})(?!\d))?(?P<yr_poss>'s)?(?![-–/]\d))
        """,
    ),
    (
        "month",
        rf"""
        (?P<month>{_MOD.format("mo_mod")}(?P<mo_name>{_MONTH_NAME}))
        """,
    ),
    (
        "weekday",
        rf"""
        (?P<weekday>(?:(?P<wd_early>early|late)\s+)?(?P<wd_name>{_WEEKDAY_NAME})(?:'s)?
        {_PART_OF_DAY.format("wd_part")})
        """,
    ),
    (
        "dayref",
        rf"""
        (?P<dayref>(?P<dr_word>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow
        |today|yesterday|tomorrow|tonight|last\s+night|this\s+(?:morning|afternoon|evening)
        |overnight)\b
        {_PART_OF_DAY.format("dr_part")}(?:'s)?)
        """,
    ),
    (
        "ref",
        r"""
        (?P<ref>(?:now|currently|nowadays|presently|at\s+present|these\s+days|recently|lately
        |recent\s+(?:years|months|weeks|days|times|decades)|the\s+past|the\s+future
        |the\s+near\s+future|the\s+near\s+term|the\s+short\s+term|in\s+future|formerly
        |coming\s+(?:days|weeks|months|years|quarters|decades))\b
        |(?P<ref_current>current)
          (?=[ \t]+(?!(?:accounts?|assets|liabilities|ratio)\b)[a-z]))
        """,
    ),
    (
        "weekend",
        r"""
        (?P<weekend>the\s+weekend\b)
        """,
    ),
    (
        "yearago",
        rf"""
        (?P<yearago>(?:the\s+)?(?:year-earlier|year-ago)\b
        (?:\s+(?:(?P<ya_span>{_SPAN_UNIT})|(?P<ya_unit>quarter|period|month|week|year))\b)?
        |the\s+year\s+(?:ago|earlier)\s+
        (?:(?P<ya_span2>{_SPAN_UNIT})|(?P<ya_spaced>quarter|period|month|week))\b)
        """,
    ),
    (
        "duration",
        rf"""
        (?P<duration>(?P<du_num>{_COUNT})[\s-]+(?P<du_unit>{UNIT_RE})(?:-long|-old)?)
        """,
    ),
    (
        "setexpr",
        rf"""
        (?P<setexpr>(?P<set_word>every|each|per)\s+(?:other\s+)?(?:(?P<set_num>{NUMBER_RE})\s+)?
        (?P<set_unit>{UNIT_RE}|{WEEKDAY_RE}|{MONTH_RE}))
        """,
    ),
    (
        # "in the new year" (not "New Year's Day", the holiday): read from "new" on.
        "newyear",
        r"""
        (?P<newyear>(?<=the\s)new\s+year\b(?!'s|\s+(?:day|eve|holiday|honours)\b|\s+(?-i:[A-Z])))
        """,
    ),
    (
        "freq",
        r"""
        (?P<freq>(?:hourly|daily|nightly|weekly|biweekly|fortnightly|monthly|quarterly|yearly
        |annually)\b)
        """,
    ),
]

# "the day before, ...", "the week after.": a unit from the period just stated; "the early
# hours (of the morning)": the end of a night. Not in _ALTERNATIVES: tried only at a "the"
# where every shape failed. ("the small hours" is not tried: "small" after "the", "a", "in"
# would send every "a small rise" through the shapes.)
_UNIT_NEXT = compile_pattern(
    r"(?P<unitnext>the\s+(?P<un_unit>day|week|month|year)\s+(?P<un_dir>before|after)"
    r"(?=\s*(?:[,.;:)]|$)))"
    r"|(?P<earlyhours>the\s+early\s+hours\b(?:\s+of\s+the\s+morning\b)?)"
    r"|(?P<twoaway>the\s+(?P<ta_unit>week|month|year)\s+(?P<ta_dir>before\s+last|after\s+next)\b)",
    re.IGNORECASE,
)
# After "the early hours": "of" and a day named ("of Monday", "of 3 May", "of the 14th"),
# which is the date read.
_HOURS_OF_DAY_AFTER = compile_pattern(r"\s+of\b", re.IGNORECASE)
# After "overnight": a noun it qualifies ("overnight rates", "an overnight stay", "overnight
# 6-1/2 pct"), not a clause going on ("fell overnight in Asia", "overnight, police ...").
_OVERNIGHT_NOUN_AFTER = compile_pattern(
    r"[ \t]+(?!(?:in|on|at|to|from|after|before|as|and|or|but|while|when|with|by|for|near|off"
    r"|amid|following|despite|because|until|into|across|over|through|outside|inside|around"
    r"|during|against|under|without|since|then|so|there|here|again|too|alone|only|already"
    r"|that|which|who|where|local|ahead|the|a|an|his|her|its|their|some|several)\b)"
    r"(?:[a-z]|\d)",
)
# After "overnight": a day that names the night ("overnight on Saturday", "overnight into
# Tuesday"), read as the date instead.
_OVERNIGHT_DAY_AFTER = compile_pattern(
    rf"\s+(?:on|into|to|from|before)\s+(?:{WEEKDAY_RE}|today|yesterday|tomorrow)\b",
    re.IGNORECASE,
)
# Words before "the New Year" that make it the holiday, around January 1, not the year:
# "at the New Year", "over the New Year", "to see in the New Year" (but "in the New Year",
# "into the New Year" are the year ahead, and "since the New Year" starts where the year does).
_NEW_YEAR_HOLIDAY_BEFORE = compile_pattern(
    r"(?:\b(?:at|over|around|across|during|through|throughout|celebrat\w*)"
    r"|\b(?:see|sees|saw|seeing|ring|rings|rang|ringing|welcom\w*|usher\w*)\s+in)\s+the\s+$",
    re.IGNORECASE,
)
# The holiday read from July on is the coming one, before that the one just past.
_NEW_YEAR_HOLIDAY_AFTER_UNTIL = 6
# "the new year": the coming one from October, the one begun until the end of February.
_NEW_YEAR_AHEAD_FROM = 10
_NEW_YEAR_BEGUN_UNTIL = 2
_NIGHT_BEFORE_WORDS = words("an the a this that his her its their our")

# A noun after "a second": "a second term", "a second round" (but "a second or two", "a
# second later" are a second of time).
_ORDINAL_SECOND_AFTER = compile_pattern(
    r"[ \t]+(?!(?:or|and|later|earlier|longer|shorter|before|after|ago|faster|slower|of|per|in"
    r"|to|for|on|too|more|less|at|the|a|an|that|this|it|is|was)\b)[a-z]{3,}\b"
)
# "second-set", "second-half", "second-round" joined to the next word: an ordinal of a part
# of a game or a contest ("30-second-long" and "-old" stay lengths).
_ORDINAL_COMPOUND_AFTER = compile_pattern(r"-(?!(?:long|old|and)\b)[a-z]{3,}\b", re.IGNORECASE)
# What stands between a period and the verb that closes it: "half year", a comma, "which".
_BEFORE_CLOSING_VERB = r"(?:[\s-]+year)?\s*,?\s+(?:(?:which|that)\s+)?"
# A closing day after a period: "the first quarter ended Dec. 31", "the second half, which
# ended on March 31", "the first half year ending April 30".
_ENDED = compile_pattern(
    _BEFORE_CLOSING_VERB + r"end(ed|ing|s)\s+(?:on\s+)?"
    rf"({MONTH_RE})\s*(\d{{1,2}})\b(?:,?\s*({_YEAR})\b)?"
)
# ... or a closing day named from the publication day: "the second half ended yesterday",
# "the quarter that ended last Friday".
_ENDED_RELATIVE = compile_pattern(
    _BEFORE_CLOSING_VERB + r"(?:ended|ending|ends)\s+(?:on\s+)?"
    rf"(?P<day>yesterday|today|(?P<last>last\s+)?(?P<weekday>{_LOWER_CASE_WEEKDAYS}))\b",
    re.IGNORECASE,
)
# "last April 14": the most recent such day gone by, even one a few weeks ahead in the year.
_LAST_BEFORE_DAY = compile_pattern(r"\b(?:last|this\s+past)\s+$", re.IGNORECASE)
_TOKEN_SPLIT = compile_pattern(r"('?[a-z0-9]+)")
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
# "current" the adjective stands before any noun ("the current slump"), "overnight" after a
# verb ("fell overnight"); an ordinal in words
# starts a century ("the nineteenth century").
# "yearend": the wire's one-word "year-end"
_STRONG_TRIGGERS = STRONG_TRIGGERS | {"current", "overnight", "yearend"}
_CENTURY_ORDINALS = frozenset(set(ORDINAL_WORDS) - set(ORDINALS))
_WEAK_TRIGGERS = WEAK_TRIGGERS | _CENTURY_ORDINALS
# "financial": a British fiscal year; the parts of a day: "this morning"; "the latter half".
_NEXT_AFTER_WEAK = (
    NEXT_AFTER_WEAK | _CENTURY_ORDINALS | words("financial morning afternoon evening latter")
)
_NEXT_AFTER_SPECIFIC = {
    **NEXT_AFTER_SPECIFIC,
    **dict.fromkeys(_CENTURY_ORDINALS, frozenset({"century"})),
    "year": NEXT_AFTER_SPECIFIC["year"] | {"to"},  # "year to date"
}
_CANDIDATE_WORDS = _STRONG_TRIGGERS | _WEAK_TRIGGERS
# The weak triggers that `_worth_trying` judges by the next word alone (no strong trigger, no
# figure), each with the words after it that make it worth trying (None: those of
# `_NEXT_AFTER_WEAK`, or a figure): the scan tests them before anything else.
_NOT_WEAK: frozenset[str] = frozenset({"not a weak trigger"})
_WEAK_NEXT = {
    word: _NEXT_AFTER_SPECIFIC.get(word)
    for word in _WEAK_TRIGGERS - _STRONG_TRIGGERS
    if not word.lstrip("'")[:1].isdigit()
}
_UNIT_TOKENS = frozenset(
    f"{unit}{plural}"
    for unit in words("second minute hour day night week fortnight month quarter year decade")
    for plural in ("", "s")
) | {"century", "centuries"}
_MONTH_WORDS = frozenset(MONTHS)
_WEEKDAY_WORDS = frozenset(WEEKDAYS)


def _compile_shapes(names: frozenset[str] | None = None) -> re.Pattern[str]:
    """One alternation of the given shapes (all when None), keeping their priority order."""
    chosen = [text for name, text in _ALTERNATIVES if names is None or name in names]
    return compile_pattern("|".join(chosen), re.IGNORECASE | re.VERBOSE)


_MASTER = _compile_shapes()
# Smaller alternations for tokens that can only start a few shapes: fewer branches to try.
_DIGIT_MASTER = _compile_shapes(
    words("fulldate iso slash century offset quarter decade year duration")
)
_MONTH_MASTER = _compile_shapes(words("fulldate monyear month"))
_WEEKDAY_MASTER = _compile_shapes(words("fulldate weekday"))
# The shapes a word can start, for words that start only a few: the whole alternation would
# try every other shape first ("currently" fails some twenty shapes before "ref" matches).
# A word not listed here ("the", "early", "end") is tried against every shape.
_AMOUNT_SHAPES = "offset duration"
_RELATIVE_SHAPES = "holiday anchored quarter fullyear relunit"
_SHAPES_OF_WORD = {
    **dict.fromkeys(words("today yesterday tomorrow tonight overnight"), "dayref"),
    **dict.fromkeys(
        words("now currently nowadays presently recently lately formerly at these in"), "ref"
    ),
    **dict.fromkeys(
        words("hourly daily nightly weekly biweekly fortnightly monthly quarterly yearly annually"),
        "freq",
    ),
    **dict.fromkeys(words("every each per"), "setexpr"),
    **dict.fromkeys(
        words(
            "christmas halloween independence valentine veterans boxing thanksgiving easter"
            " election memorial labor"
        ),
        "holiday",
    ),
    "new": "holiday newyear",
    **dict.fromkeys(words("q1 q2 q3 q4 h1 h2 second third fourth final"), "quarter"),
    # A number in words starts an amount of time ("two years ago", "a decade"); "twenty",
    # "nineteen" and "two" may also start a year said aloud ("nineteen ninety-four").
    **dict.fromkeys(
        (set(NUMBER_WORDS) - {"hundred"}) | {"several", "few", "many", "couple"}, _AMOUNT_SHAPES
    ),
    **dict.fromkeys(words("nineteen two"), "spoken " + _AMOUNT_SHAPES),
    "twenty": "century spoken " + _AMOUNT_SHAPES,  # "twenty-first century"
    **dict.fromkeys(_CENTURY_ORDINALS, "century"),
    **dict.fromkeys(words("last next"), _RELATIVE_SHAPES),
    "this": "holiday quarter fullyear relunit",
    "past": "anchored quarter relunit",
    "coming": "anchored quarter relunit ref",
    "previous": "anchored quarter fullyear relunit",
    "current": "quarter fullyear relunit ref",
    "latest": "quarter fullyear",
    "first": "anchored quarter",
}
# "the" starts every shape but those whose first word is a figure, a number word, a weekday
# or another fixed word (iso, slash, holiday, inperiod, offset, duration, weekday, setexpr,
# freq): tried without them.
_SHAPES_OF_WORD["the"] = (
    "fulldate monyear century spoken anchored samewhen periodend quarter fullyear relunit"
    " decade season theseason year month dayref ref weekend yearago"
)
_MASTER_OF_SHAPES = {
    shapes: _compile_shapes(words(shapes)) for shapes in sorted(set(_SHAPES_OF_WORD.values()))
}
_MASTER_OF_WORD = {word: _MASTER_OF_SHAPES[shapes] for word, shapes in _SHAPES_OF_WORD.items()}
# After "the", the shapes that can go on with its next word, read off the words each shape
# allows after "the" ("the most recent quarter": a quarter alone; "the year-ago period", "the
# year as a whole", "the year-end", "the year 1999"); "" for none ("the other", "the two").
# Other next words try every shape "the" starts.
_SHAPES_AFTER_THE = {
    **dict.fromkeys(words("most prior recent"), "quarter"),
    "final": "anchored quarter",
    **dict.fromkeys(words("current latest fiscal calendar"), "quarter fullyear"),
    **dict.fromkeys(words("second third fourth"), "century quarter"),
    **dict.fromkeys(words("next last previous"), "anchored quarter fullyear"),
    **dict.fromkeys(words("whole full entire financial"), "fullyear"),
    "first": "century anchored quarter",
    "coming": "anchored quarter",
    "following": "anchored",
    "same": "samewhen quarter",
    "past": "anchored quarter ref",
    "future": "ref",
    "day": "dayref",
    "weekend": "weekend",
    "year": "spoken periodend quarter fullyear year yearago",
    # a span modifier ("the end of March", "the turn of the century"), an early or late one
    **dict.fromkeys(
        words("end close start beginning middle"),
        "monyear century periodend relunit decade season theseason year month",
    ),
    "turn": "monyear century relunit decade season year month",
    **dict.fromkeys(words("early late mid"), "century decade theseason"),
    **dict.fromkeys(words("other week month one two three four five six"), ""),
}
_MASTER_AFTER_THE = {
    word: _compile_shapes(words(shapes)) if shapes else None
    for word, shapes in _SHAPES_AFTER_THE.items()
}
# "last night", "this morning": tried apart, only after the shapes of "last" and "this"
# failed and before a part of a day, to keep their alternations ("last year", "this month")
# as short as they were.
_DAYREF_MASTER = _MASTER_OF_SHAPES["dayref"]
_THE_MASTER = _MASTER_OF_WORD["the"]
_PART_OF_DAY_LEADS = {
    "last": frozenset({"night"}),
    "this": frozenset(words("morning afternoon evening")),
}
_FUTURE_CUE = compile_pattern(
    r"\b(?:will|shall|won't|would|going\s+to|plans?\s+to|(?:planned|planning)\s+(?:to|an?)\b"
    r"|scheduled|(?:set|slated|planned|planning)\s+for|prepar(?:e|es|ing|ations?)\s+for"
    r"|payable|expires?|expiring"
    r"|(?:due|set|expected)\s+to|(?:is|are)\s+to|upcoming|ahead\s+of|effective|takes?\s+effect"
    r"|as\s+(?:early|soon)\s+as|until|till)\b|'ll\b",
    re.IGNORECASE,
)
# The future auxiliaries of `_future_verb_phrase_before` ("would" is as often a reported past).
_WILL_CUE = compile_pattern(r"\b(?:will|shall)\b|'ll\b", re.IGNORECASE)
# What ends one verb phrase: punctuation, a quote, a bracket, a dash.
_PHRASE_BREAK = compile_pattern(r"[,;:()\"“”]|\s[-–]+\s|''")
_REPORTING_VERB = compile_pattern(r"\b(?:said|says|told|tells|announced|reported)\b", re.IGNORECASE)
_PAST_BEFORE_CUE = compile_pattern(
    r"\bhad\s+been\s+(?:originally\s+|initially\s+|previously\s+)?$", re.IGNORECASE
)
# A noun phrase after "due to": a cause ("the", "a", a plural, a gerund), not an infinitive.
_CAUSE_AFTER_DUE = compile_pattern(
    r"\s+(?:the|a|an|his|her|its|their|our|this|that|these|those|[a-z]*[^s\W]s|[a-z]+ing)\b",
    re.IGNORECASE,
)
_FRACTION_NUMERATORS = frozenset({"a", "an", "one", "two", "three"})
# "of" after "three quarters" and no year or season: a share of something else.
_SHARE_OF_AFTER = compile_pattern(
    r"\s+of\s+(?!(?:the|this|that|a|last|next)\s+(?:year|season|century|decade)\b|\d{4}\b)",
    re.IGNORECASE,
)
# A length of time with a fraction in figures: "22.4 years", "8-1/2 years", "2 1/2 months"
# (not "$1.5 years" or the tail of "1.2.3 weeks").
_FRACTIONAL_DURATION = compile_pattern(
    r"(?P<whole>\d{1,3})(?:(?P<decimal>\.\d{1,2})"
    r"|(?:-|\s)(?P<numerator>[1-9])/(?P<denominator>[2-9]|1[0-6]))"
    rf"[\s-]+(?P<unit>{UNIT_RE})(?:-long|-old)?",
    re.IGNORECASE,
)
# ... and with "and a half": "two and a half years", "five-and-a-half years", "3 and a half days".
_AND_A_HALF_DURATION = compile_pattern(
    rf"\b(?P<count>{ONES_PATTERN}|{TEENS_PATTERN}|{TENS_PATTERN}|\d{{1,3}})"
    rf"[\s-]+and[\s-]+a[\s-]+half[\s-]+(?P<unit>{UNIT_RE})(?:-long|-old)?",
    re.IGNORECASE,
)
# Lengths with the short units of race results and timetables: "11.08secs", "20.4 secs",
# "90 mins", "a wait of 17 hrs". "mins" and "hrs" after a whole figure of up to three digits
# only ("1400 hrs" and "11.30 hrs" are clock times); "min" (a minimum) and "sec" are left.
_ABBREVIATED_DURATION = compile_pattern(
    r"(?<![\w$£€.,/:-])(?P<count>\d{1,3}(?:\.\d{1,2}(?=[ -]?secs))?)[ -]?(?P<unit>secs|mins|hrs)\b"
)
_ABBREVIATED_UNITS = {"secs": "second", "mins": "minute", "hrs": "hour"}
# "nine mths", "12 mth": the wire's short month, in lower case after a count.
_WIRE_MONTH_COUNT = compile_pattern(
    r"(?<![\w$£€.,/:-])(?P<count>\d{1,2}|(?i:one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|eighteen))[ -](?:mths|mth)\b"
)
# "in the morning session", "during the afternoon session": the part of a day a market or a
# chamber sits (the span is the part of the day, "session" the noun it names). After a
# preposition of time, or as the subject of a sitting told in the past ("the morning session
# ended quiet", "the afternoon session was thin"): "members backed an evening session", "the
# evening session will open in May", "the evening session was approved by" name a kind of
# session, not a time.
_SESSION_OF_DAY = compile_pattern(
    r"\b(?:in|during|before|after|by|until|till|since|through|throughout|at)\s+"
    r"(?P<part>the\s+(?:morning|afternoon|evening))(?=\s+session\b)"
    r"|\b(?P<told>the\s+(?:morning|afternoon|evening))(?=\s+session\s+(?:ended|closed"
    r"|finished|saw|remained|(?:was|were)(?!\s+(?:\w+ed|set|held|begun|chosen)\b))\b)",
    re.IGNORECASE,
)
# "in morning trade", "in early afternoon trading", "during thin evening dealings": the part
# of the day a market trades, as its session is; the part of the day found first, then the
# preposition of time before it (one adjective of the market allowed between).
_TRADE_HOURS = compile_pattern(
    r"(?:morning|afternoon|evening)(?=[ \t\n]+(?:trade|trading|dealings)\b)", re.IGNORECASE
)
_TRADE_LEAD_BEFORE = compile_pattern(
    r"\b(?:in|during|by|after|before|at)\s+(?:(?:thin|light|heavy|active|busy|quiet|brisk|slow"
    r"|nervous|volatile|choppy|hectic)\s+)?(?P<mod>(?:early|late|mid)[\s-]+)?$",
    re.IGNORECASE,
)
# A season with no article after a preposition of time, closing its phrase ("by late
# summer,", "in winter."); "fall" is left (a decline as often), and so is a season before a
# noun ("in summer months", "by spring tides").
_BARE_SEASON = compile_pattern(r"(?:spring|summer|autumn|winter)(?=[ \t]*(?:[,.;:)]|$))")
_BARE_SEASON_LEAD_BEFORE = compile_pattern(
    r"\b(?:[Ii]n|[Dd]uring|[Bb]y|[Uu]ntil|[Tt]ill|[Tt]hrough|[Tt]hroughout|[Ss]ince|[Bb]efore)"
    r"\s+(?P<mod>(?:early|late|mid)[\s-]+)?$"
)
# A habit before a bare season in its own clause: a word of frequency ("prices usually
# ease in summer"), or "when"/"if" opening a present state ("when demand is slack in
# winter", "if stocks are low in spring"): the season of any year, no date.
_HABIT_BEFORE_SEASON = compile_pattern(
    r"\b(?:usually|normally|typically|generally|often|always|traditionally|seldom|rarely"
    r"|whenever|tends?\s+to)\b"
    r"|\b(?:when|if)\s+(?:[\w'-]+\s+){1,3}?(?:is|are)\s+(?!expected|due|scheduled|set\b"
    r"|likely|going|to\b|planned|about)[a-z]+\b",
    re.IGNORECASE,
)
# The start of the stretch of words around a bare season: after a stop, comma or colon.
_PHRASE_STOP = compile_pattern(r"[.,;:!?]\s")
# A stretch longer than a quarter named in a report after a quarter closed on a stated day
# ("For the nine months, ...", "the first half", "the full fiscal year"): it closes on the
# same day, and "a year earlier" after it is that stretch a year back, not the quarter's.
_LONGER_STRETCH = compile_pattern(
    r"\b(?:(?P<count>nine|six|9|6)[\s-]+months?|(?P<half>(?:first|second)\s+half)"
    r"|(?P<year>(?:full|whole)\s+(?:fiscal\s+)?year|fiscal\s+year))\b",
    re.IGNORECASE,
)
# A quarter named after such a stretch puts the talk back on the quarter.
_QUARTER_WORD = compile_pattern(r"\bquarter", re.IGNORECASE)
_LONGER_STRETCH_REACH = 200
# "a quarter-point cut", "three quarter percentage point rises": a part of a point.
_POINT_AFTER_QUARTER = compile_pattern(r"[\s-]+(?:percentage[\s-]+)?points?\b", re.IGNORECASE)
# A reporting period named by its closing month: "the half-year to", "the nine months to".
# A deadline at a part of a period: "by the end of", "by the close of".
_BY_THE_END_OF_BEFORE = compile_pattern(
    r"\bby\s+the\s+(?:end|close|middle)\s+of\s+$", re.IGNORECASE
)
_OPENING_PARTICIPLE_BEFORE = compile_pattern(
    r"\b(?:starting|beginning|commencing|opening|resuming)\s+in\s+$", re.IGNORECASE
)
# A past tense or a past participle right before "in <month>" ("the accord agreed in
# February", "a fall that took place in January", "a low touched in mid-April"): the month
# it happened in, gone by, even in a clause that looks ahead ("would review the accord agreed
# in February", written in April). A participle after "be", "been" or "being" is a passive
# still to come ("will be completed in May"), and participles of plans and expectations
# ("expected in May", "scheduled in June") look ahead; "ended in" is `_ENDED_BEFORE`'s to
# judge.
_PAST_BEFORE_MONTH = compile_pattern(
    r"(?:\b(?P<aux>[a-z]+)\s+)?"
    r"(?!(?:expected|anticipated|scheduled|rescheduled|slated|planned|proposed|postponed"
    r"|delayed|deferred|moved|targeted|targetted|forecast|forecasted|projected|predicted"
    r"|estimated|intended|timed|aimed|needed|required|set|due|tied|pegged|geared|billed"
    r"|earmarked|booked|priced|indexed|registered|fixed|dated|ended)\b)"
    r"\b(?:began|came|went|fell|rose|grew|broke|took\s+place|took\s+effect|[a-z]{3,}ed)"
    r"\s+in\s+(?:early\s+|late\s+|mid-?\s*)?$",
    re.IGNORECASE,
)
# A past tense of an event's opening or happening right before a day ("the season began May
# 1", "the cut took effect April 1", written in April and March): that day gone by, though it
# lies within the weeks ahead a bare day is read in. Only verbs with no passive sense:
# "holders registered on May 2", "a record day fixed for April 30" name days to come.
_PAST_EVENT_BEFORE_DAY = compile_pattern(
    r"(?:\b(?P<aux>[a-z]+)\s+)?"
    r"\b(?:began|begun|started|opened|closed|expired|happened|occurred|came|went|fell"
    r"|rose|took\s+place|took\s+effect)\s+(?:on\s+)?$",
    re.IGNORECASE,
)
# Words before a participle that make it a passive or a perfect still to come, or one
# completed by a time ahead ("will be completed in May", "will have ended by").
_AUX_BEFORE_PARTICIPLE = words("be been being get gets getting have has had")
_PERIOD_TO_BEFORE = compile_pattern(
    rf"\b(?:(?P<count>\d{{1,2}}|{ONES_PATTERN}|ten|eleven|twelve)[\s-]+months?"
    r"|(?P<unit>half[\s-]year|year|quarter))\s+to\s+$",
    re.IGNORECASE,
)
_PERIOD_TO_MONTHS = {"half-year": 6, "year": 12, "quarter": 3}
_EFFECTIVE_BEFORE = compile_pattern(r"\beffective\s+(?:on\s+|from\s+|as\s+of\s+)?$", re.IGNORECASE)
_DUE_CUE = compile_pattern(r"due\b", re.IGNORECASE)
# A sentence end (the period after a lower-case word, not after an initial "P." or "Mr."),
# or a closing quotation: a cue inside a quote does not set the tense of the report around it.
_CLAUSE_END = compile_pattern(r"[a-z0-9]{2}[.!?][\"')]*\s|\n\s*\n|[\"”]|''")
# A past-tense verb right before the expression ("said Friday", "was killed on Monday"); a
# passive after "be" is not one ("will be held on May 3").
_PAST_VERB = compile_pattern(
    r"(?<!\bbe )\b(?!(?:scheduled|slated|expected|planned|postponed|delayed|moved)\b)"
    r"(?:said|told|met|began|came|went|left|made|took|gave|held|won|lost|fell|rose|"
    r"[a-z]{2,}ed)\s+(?:on\s+|late\s+|early\s+)?$",
    re.IGNORECASE,
)
# A weekday opening its sentence, alone or after "On" ("On Friday the court will rule",
# "Saturday will be windy"), and a "will" or "shall" later in its clause: the coming day.
# Not when a past tense or a verb of reporting comes between ("Monday, the firm announced it
# will ...": the announcement's day).
_SENTENCE_OPENING_BEFORE = compile_pattern(
    r"(?:^|[.!?][\"')]*\s+|\n[ \t]+)(?:on\s+)?$", re.IGNORECASE
)
_WILL_LATER_IN_CLAUSE = compile_pattern(
    r",?(?P<gap>[^.;:!?\"]{0,80}?)\b(?:will|shall)\b", re.IGNORECASE
)
_PAST_OR_REPORTING_IN_GAP = compile_pattern(
    r"\b(?:said|says|told|announced|reported|was|were|had|did|[a-z]{2,}ed)\b", re.IGNORECASE
)
# A present tense of a scheduled event right before a day ("talks reopen on Tuesday", "the
# strike starts Monday", "the company reports results on Thursday", "the vote is on Friday",
# "is meeting creditors Friday"): a timetable, so the coming day. Verbs of reporting in the
# present ("says", "quits" in a headline) are not listed: they report the past.
_SCHEDULED_VERBS = words(
    """open opens reopen reopens start starts begin begins resume resumes convene convenes
    reconvene reconvenes close closes end ends expire expires vote votes meet meets report
    reports arrive arrives visit visits leave leaves return returns hold holds play plays
    host hosts face faces come comes is are"""
)
# A modal and a verb before a day ("may call a vote on Friday", "might sign Monday"): a
# possibility ahead, unless a perfect or a negation follows it ("may have met on Friday",
# "cannot be reached"). "could" is left out: in reports it is as often the past of "can"
# ("could be found Wednesday").
_MODALS = words("may might should must can")
_NOT_AHEAD_AFTER_MODAL = words("have not never")
# Two-word verbs ("kicks off", "takes place") by their second word.
_SCHEDULED_PARTICLES = {"off": words("kick kicks"), "place": words("take takes")}
# Words that end the search for a verb: a preposition or a past tense between it and the day.
_SCHEDULED_STOPS = words("on in at by said was were had last")
# "Friday's meeting of oil ministers is expected to be tense": the event of a day, then a
# future tense.
_EVENT_AHEAD_AFTER = compile_pattern(
    r"\s+(?:[A-Za-z-]+\s+){1,5}?(?:will|shall|(?:is|are)\s+(?:expected|likely|due|set"
    r"|scheduled)\s+to)\b",
    re.IGNORECASE,
)
# "fiscal 1990, ended last June": between a year and the month or day that closes it.
_CLOSING_BETWEEN = compile_pattern(
    r"\s*,?\s*(?:which\s+|that\s+)?(?:ended|ending|ends)\s+(?:on\s+|in\s+)?", re.IGNORECASE
)
# "Sunday's lamb kill is put at": a day's figure estimated in the present tense.
_ESTIMATE_AFTER = compile_pattern(
    r"\s+(?:[A-Za-z-]+\s+){0,4}?(?:is|are)\s+(?:estimated|guesstimated|forecast|projected|put"
    r"|seen)\s+(?:at|around|near|to\s+be)\b",
    re.IGNORECASE,
)
# "be" and an adverb before a participle: a passive ("will be formally introduced this summer").
_PASSIVE_BEFORE = compile_pattern(r"\bbe\s+[a-z]+ly\s+$", re.IGNORECASE)
_CLOCK_BEFORE = compile_pattern(
    r"(?:\d\s*(?:a\.m\.|p\.m\.|am|pm)|noon|midnight|o'clock|\b[ECMP][SD]T|GMT)\W{0,3}(?:on\s+)?$",
    re.IGNORECASE,
)
_PREV_WORD = compile_pattern(r"([A-Za-z']+)\W{0,3}$")
# Words before a 4-digit number that make it a year even outside 1900-2099.
_YEAR_PREPOSITIONS = words(
    """in since by from until till through thru of during before after early late mid
    fiscal calendar year years circa"""
)
# Words before a 4-digit number that make it a count or amount ("about 1990 people").
_AMOUNT_BEFORE = words(
    """about some nearly almost approximately roughly over than least total up down
    only just around estimated number no"""
)
# Words after a 4-digit number that show it counts things ("1990 people"), not a year.
_QUANTITY_AFTER = compile_pattern(
    r"\s*(?:%|percent|per\b|people|persons|troops|soldiers|workers|jobs|employees|members"
    r"|shares|units|tons|tonnes|barrels|miles|kilometers|km|feet|meters|metres|acres|cars"
    r"|homes|houses|votes|cases|deaths|dollars|euros|pounds|yen|points|students|children"
    r"|refugees|civilians|police|officers|delegates|seats|copies|pages|words|calories"
    r"|hours|minutes|years|days|men|women|patients|residents|families|times)\b",
    re.IGNORECASE,
)
# Words before "1990 elections" that make the number a year modifying the noun.
_DETERMINERS = words("""the a an its their his her our your my this that these those whose""")
_FUNCTION_WORDS = _DETERMINERS | words(
    """for in on at by with as to and or but than since from after before during until of
    between into through over under about against although though while when whereas if
    unless because so yet"""
)
# A determiner and one describing word before a year before a plural ("the unbeaten 1971
# champions"); the words that make such a figure a count instead ("the remaining 2000 jobs").
_DETERMINER_THEN_WORD = compile_pattern(r"\b(?P<det>[A-Za-z]+)[ \t]+(?P<word>[a-z]+)[ \t]+$")
_DEFINITE_DETERMINERS = _DETERMINERS - {"a", "an"}
_COUNT_ADJECTIVES = words(
    """first last next remaining other additional extra further final initial original mere
    entire whole total top full same few many several more fewer latest new record"""
)
_PLURAL_AFTER = compile_pattern(
    r"[ \t]+(?!(?:was|has|is|as|its|his|this|thus|plus|less|unless|whereas|across|perhaps"
    r"|always|news|means)\b)[a-z]{2,}s\b(?!')"
)
# How "the ... period" relates to a stretch just stated: the same one of another year.
# "week ago" after a figure other than one: the figure is not the count of weeks.
_SINGULAR_AGO_UNITS = frozenset({"week", "month", "year"})
_SINGULAR_AGO_AFTER = re.compile(r"[ \t\n]+(?:week|month|year)[ \t\n]+ago\b", re.IGNORECASE)
_STRETCH_RELATIONS = frozenset({"", "same", "comparable", "year-ago", "year-earlier"})
_WORD_AFTER = compile_pattern(r"[ \t]+[a-z]")
# Words for a period's figures: a year close to publication before them is that period's.
# A season's crops count too: "loans on 1985 crops" are that year's harvests, not 1,985 of them.
_RESULTS_AFTER = compile_pattern(
    r"[ \t]+(?:revenues|sales|earnings|profits|losses|results|figures|budgets|forecasts"
    r"|estimates|exports|imports|shipments|deliveries|targets|crops|harvests|plantings"
    r"|sowings)\b"
)
# Spaces between a month or a year and its noun, across one wrapped line too: wire copy
# breaks lines anywhere in a sentence ("in the May\ncontract", "total 1986\nturnover").
_NOUN_GAP = r"(?=\s)[ \t]*\n?[ \t]*"
# A period's figures in the singular too, after "total" ("total 1985 turnover was ..."): a
# count of 1,985 would need a plural.
_TOTAL_OF_AFTER = compile_pattern(
    _NOUN_GAP + r"(?:turnover|revenues?|sales|earnings|output|production|income|profits?|spending"
    r"|investment|exports|imports|shipments|deliveries|expenditure|consumption|demand)\b"
)
# A company's name after its bracketed year ("Smith Works (1962) Ltd"): part of the name.
_COMPANY_AFTER = compile_pattern(
    r"[ \t]+(?:Ltd|Limited|Inc|Plc|plc|PLC|Co|Corp|Corporation|Pty|LLC|GmbH|AG|SA|NV|BV)\b"
)
# One capital letter and a hyphen at a line's or a note's start ("X-1986 rates").
_NOTE_KEY_BEFORE = compile_pattern(r"(?:^|(?<=[.\n])|(?<=\.\s)|(?<=\s\s))(?-i:[A-Z])-$")
# A second month named right after the first ("(March-November)", "the May/October
# crop", "August-July"): the pair is a span of months, so the first is a month even where its
# name alone could be a verb or a modal ("May", "March").
_PARTNER_MONTH_AFTER = compile_pattern(
    r"\s?[-/–]\s?(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)\b"
)
# ... or a month named right before it in a list or a span ("in May, August and October").
_PARTNER_MONTH_BEFORE = compile_pattern(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)(?:\s*,\s*(?:and\s+|or\s+)?|\s?[-/–]\s?)$"
)
_STATISTIC_AFTER_MONTH = compile_pattern(
    _NOUN_GAP + r"(output|production|trade|inflation|unemployment|retail|consumer|industrial"
    r"|wholesale|producer|housing|money|car|auto)\b"
)
# "the end of the 1986 third quarter": an ordinal part of the year right after it.
_ORDINAL_PART_AFTER_YEAR = compile_pattern(
    r"[ \t\n]+(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?P<part>quarter|half)\b",
    re.IGNORECASE,
)
_ORDINAL_PART_NUMBERS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
}
# "rose to a March record of 7,400 units": the best figure for that month.
_RECORD_AFTER_MONTH = compile_pattern(_NOUN_GAP + r"record\s+(?:of|for|high|low|level)\b")
_YEAR_BEFORE_CONJUNCTION = compile_pattern(r"(?:1[0-9]|20)\d\d(?:'s)?,?\s+(?:and|or|to)\s+$")
# "its May traffic": no modal after a possessive; "April, May and June".
_MONTH_CONTEXT_BEFORE = words(
    """in since until till by early late mid of from through during last next this
    before after between and to for the its their"""
) | {name for name in MONTHS if len(name) > 3}
_MAY_CONTEXT_BEFORE = (_MONTH_CONTEXT_BEFORE - {"and", "to", "the"}) | {"april", "june"}
_CAPITALIZED_NEXT = compile_pattern(r" [A-Z][a-z]")
# A month and a linking word right before "May" ("from March to May", "April and May"): the
# second end of a span of months, never the modal verb.
_MONTH_THEN_LINK = compile_pattern(
    rf"\b(?:{MONTH_RE})\.?(?:\s+\d{{1,2}})?,?\s+(?:to|and|or|through|until|-)\s+$",
    re.IGNORECASE,
)
# Words before a month name that make it a month even when a capitalized word follows.
_STRONG_MONTH_CONTEXT = words(
    "in since until till early late mid during through of last next this before after from"
)
# A month named as a commodity contract or shipment ("the May contract", "March delivery",
# "Dec futures", "for April shipments", "June/July at 1,850 dlrs"): a month of trading ahead.
_CONTRACT_AFTER = compile_pattern(
    rf"\.?(?:/(?:{MONTH_RE})\.?|\s+(?:to|-)\s+(?:{MONTH_RE})\.?)?{_NOUN_GAP}"
    r"(?:contracts?|delivery|futures|shipment|loading|position|positions|options?|arrival)\b",
    re.IGNORECASE,
)
# A market's name and then a contract's noun after a month ("the November Chicago delivery").
_CONTRACT_AFTER_NAME = compile_pattern(
    r"(?:[ \t]+[A-Z][\w.&-]*){1,3}[ \t]+(?:contracts?|delivery|futures|shipment|options?)\b"
)
# Words of a market around "the March position(s)" that make it a contract's: without one,
# a month's "position" is the level of a statistic for that month (a jobless figure).
_TRADING_NEAR = compile_pattern(
    r"\b(?:contracts?|futures|options|lots|traders?|trading|traded|rolled|rolling|roll"
    r"|delivery|deliveries|spreads?|liquidat\w*|hedg\w*|open\s+interest|long|short|shipment"
    r"|settled?|expir\w*|spot|nearby|speculat\w*)\b",
    re.IGNORECASE,
)
# Commodities, currencies and instruments traded for delivery in a month ("July soybeans",
# "December yen", "March T-bonds"): a month right before one names a contract.
_TRADED_AFTER = compile_pattern(
    r"[ \t]+(?:corn|soybeans?|soymeal|soyoil|soybean\s+(?:meal|oil)|wheat|oats|crude|gold"
    r"|silver|platinum|palladium|copper|cocoa|coffee|sugar|cotton|yen|marks|pound|sterling"
    r"|swiss\s+francs?|t-bonds?|t-bills?|treasury\s+bonds|eurodollars?|cattle|live\s+cattle"
    r"|feeder\s+cattle|hogs|live\s+hogs|pork\s+bellies|bellies|heating\s+oil|gasoline"
    r"|unleaded|lumber|orange\s+juice)\b",
    re.IGNORECASE,
)
# Words before a month that make it a span or a time reported on, not a contract month.
_NOT_TRADED_BEFORE = words("to through from in during since of")
# A statistic's noun after the instrument: "November crude exports", "May gold reserves".
_STATISTIC_AFTER = compile_pattern(
    r"[ \t]+(?:exports?|imports?|output|production|sales|reserves|stocks|inventories"
    r"|consumption|crush|use|usage|demand|supply|supplies|prices?|lending|deliveries"
    r"|shipments|purchases|receipts|arrivals|M\d|money|figures?|data|trade|balance)\b",
    re.IGNORECASE,
)
_PLURAL_CONTRACT_AFTER = compile_pattern(
    rf"\.?(?:/(?:{MONTH_RE})\.?)?{_NOUN_GAP}(?:shipments|deliveries|loadings|arrivals)\b",
    re.IGNORECASE,
)
# "June/July", "Aug/Sept": a pair of contract months when traded ("June/July at 1,850 dlrs",
# "for Aug/Sept"); never inside brackets after a crop year ("1986/87 (October/September)"),
# after "in", "during" or "the" ("GDP rose in October/December"), or before a year or a
# period's name ("Jan/Feb 1987", "the January/March quarter").
_MONTH_PAIR_AFTER = compile_pattern(rf"\.?/(?:{MONTH_RE})\b\.?(?!\))", re.IGNORECASE)
_MONTH_PAIR_BEFORE = compile_pattern(rf"(?<!\()\b(?:{MONTH_RE})\.?/$", re.IGNORECASE)
_PAIR_TRADED_AFTER = compile_pattern(
    r",?\s+(?:at\s+\d|selling|sold|went|going|traded|trading|business)", re.IGNORECASE
)
_PAIR_SPAN_BEFORE = words("in during the from since of to current last this")
_PAIR_SPAN_AFTER = compile_pattern(
    r",?\s+(?:(?:19|20)?\d\d\b|(?:[a-z]+\s+)?(?:quarter|period|year|season|half)\b)",
    re.IGNORECASE,
)
_MONTH_IN = compile_pattern(rf"\b(?:{MONTH_RE})\.?", re.IGNORECASE)
# "the last May to September shipment": a span of months gone by.
_LAST_SPAN_BEFORE = compile_pattern(rf"\blast\s+(?:{MONTH_RE})\.?\s+(?:to|-)\s+$", re.IGNORECASE)
_OF_AFTER = compile_pattern(r"\s+of\b", re.IGNORECASE)
# "of 2004", "of fiscal 1987" after a quarter or half: the year it is a part of.
# A calendar year after "the first/last N months" ("of 2004", not "of 2004/05" nor "of fiscal").
_CALENDAR_YEAR_AFTER = compile_pattern(r"\s+of\s+(?P<year>(?:19|20)\d\d)\b(?![-/]\d)")
_OF_A_YEAR_AFTER = compile_pattern(r"\s+of\s+(?:fiscal\s+)?(?:19|20)\d\d\b", re.IGNORECASE)
# A year that does not start on January 1, named shortly before "the first four months".
_OTHER_YEAR_BEFORE = compile_pattern(
    r"\b(?:fiscal|financial|marketing|crop|season|coffee|sugar)\b|\d\d/\d\d", re.IGNORECASE
)
# "of 1987", "of the year", "of last year" after "the first nine months".
_OF_YEAR_AFTER = compile_pattern(
    r"\s+of\s+(?:(?:calendar\s+)?(?P<oy_year>(?:19|20)\d\d)\b(?![/-]\d)"
    r"|(?:the|(?P<oy_rel>this|last|previous))\s+(?:calendar\s+)?year\b)",
    re.IGNORECASE,
)
# Month names that are also common words ("May", "march", "august").
_VERB_MONTHS = frozenset({"may", "march", "august"})
# Full month names that are not also given names (unlike April, May, June, July, August).
_UNNAMED_MONTHS = frozenset(
    {"january", "february", "march", "september", "october", "november", "december"}
)
# A capitalised month between an article (and at most one lower-case word) and an event's
# noun is the month of that event ("an anticipated May general election", "the March
# budget"), never the modal "may" or a first name.
_ARTICLE_BEFORE_MONTH = compile_pattern(
    r"(?<![A-Za-z])(?:the|a|an|this|next|last|its|their|his|her)\s+(?:(?P<adj>[a-z]+)\s+)?$"
)
# Adjectives that put an event ahead ("an expected May election", "the planned June launch",
# "a possible October vote") in a clause not in the past, as "deadline" does.
_AHEAD_ADJECTIVES = words(
    "expected planned scheduled proposed anticipated forthcoming upcoming likely possible"
    " projected promised mooted"
)
_EVENT_AFTER_MONTH = compile_pattern(
    _NOUN_GAP + r"(?:general\s+|local\s+|presidential\s+|parliamentary\s+)?(?:elections?|polls?"
    r"|votes?|ballot|referendum|deadline|budget|summit|meeting|conference|congress|session"
    r"|talks|launch|release|visit|trip|tour|figures|data|auction|sale|issue)\b"
)
_DEADLINE_AFTER_MONTH = compile_pattern(_NOUN_GAP + r"deadlines?\b")
# The events that are awaited (a vote, a meeting, a launch), not a statistic or a sale.
_OCCASION_AFTER_MONTH = compile_pattern(
    r"\s*(?:general\s+|local\s+|presidential\s+|parliamentary\s+)?(?:elections?|polls?"
    r"|votes?|ballot|referendum|summit|meeting|conference|congress|talks|launch|visit|trip"
    r"|tour)\b"
)
# Words that await what they name: speculation, plans, forecasts, a modal verb.
_AWAITED_CUE = compile_pattern(
    r"\b(?:speculation|talk|rumou?rs?|expect(?:s|ing|ation|ations)?|predict(?:s|ing)?"
    r"|forecasts?|plans?|planning|prepar(?:es|ing)|calls?\s+for|calling\s+for|should"
    r"|could|may|might|will|would)\b"
)
_FUTURE_PREPOSITIONS = frozenset({"until", "till", "by"})
_DEADLINE_WORDS = ("by ", "until ", "till ")
# "In May 40 people": "in" before a month and a plural noun after the number make the number
# a count, not the month's day ("on May 4", "in May 2024" are dates).
_IN_BEFORE = compile_pattern(r"\b[Ii]n\s+$")
# Words that go on from a date in words after "in" ("the four weeks ended in May six were").
_AFTER_A_DAY_IN_WORDS = compile_pattern(
    r"\s*(?:$|[.,;:)]|\n|(?:to|and|through|until|till|at|for|when|with|from|as|on|record"
    r"|were|was|is|will|unless|instead)\b)"
)
_YEAR_STEP = {"this": 0, "next": 1, "last": -1}
# A dividend's or a bond's dates as wire copy lists them ("Pay July 9", "Record June Three",
# "payable on May 4", "repay on April 6"): a payment or record day ahead, as a deadline is.
_PAYMENT_LABEL_BEFORE = compile_pattern(
    r"\b(?:pay|payable|record|redeem|redeemable)\s+(?:on\s+|date\s+(?:of\s+)?)?$",
    re.IGNORECASE,
)
_COUNTED_AFTER = compile_pattern(
    r"\s+(?!(?:was|has|is|does|goes|this|years|months|weeks|days|hours|minutes|seconds"
    r"|decades|centuries)\b)(?:[a-z]+\s+)?(?:[a-z]{2,}[^su\W]s|people|men|women|children)\b"
)
# A past tense right after a weekday: "on Sunday issued a warning", "until Monday, the
# board had refused": the verb sets the tense whatever cue stands before.
_PAST_AFTER = compile_pattern(
    r"(?:'s)?,?\s+(?:(?:[\w.]+\s+){0,4}had\b|(?:[a-z]+ly\s+)?"
    r"(?!(?:scheduled|slated|expected|planned|postponed|delayed|moved|based)\b)"
    r"(?:said|told|met|began|came|went|left|made|took|gave|held|won|lost|fell|rose|[a-z]{2,}ed)\b)",
    re.IGNORECASE,
)
# A future right after a period: "the second half should be better", "Friday will bring".
_FUTURE_AFTER = compile_pattern(
    r"(?:'s)?,?\s+(?:(?:results|figures|sales|earnings|profits?|performance|talks|vote)\s+)?"
    r"(?:will|shall|should|is\s+(?:expected|likely|due|set)\s+to|are\s+(?:expected|likely|due"
    r"|set)\s+to|'ll)\b",
    re.IGNORECASE,
)
# Results of a period announced: "will report fourth-quarter earnings" names a period closed.
_REPORT_CUE = compile_pattern(
    r"\b(?:report|reports|reporting|post|posts|posting|announce|announces|announcing"
    r"|release|releases|releasing|publish|publishes|publishing)\b",
    re.IGNORECASE,
)
# A company's results for a period and a past verb, in the sentence that names the period:
# "first-half profits rose", "posted a loss in the second half". A half or quarter still
# running at publication cannot have been reported, so such a sentence names last year's.
_RESULTS_NOUN = compile_pattern(
    r"\b(?:profits?|earnings|results|net|loss(?:es)?|revenues?|sales|turnover|income"
    r"|deficit|surplus|dividends?|margins?)\b",
    re.IGNORECASE,
)
_RESULTS_PAST_VERB = compile_pattern(
    r"\b(?:reported|posted|announced|rose|fell|grew|dropped|declined|increased|decreased"
    r"|jumped|slumped|climbed|surged|slipped|improved|doubled|halved|totalled|totaled|earned"
    r"|made|showed|was|were|had)\b",
    re.IGNORECASE,
)
_LAST_YEAR_CUE = compile_pattern(
    r"\blast\s+year\b(?!'s)|\b(?:prior|previous|preceding)\s+year's"
    r"|\b(?:in|during)\s+(?P<year>(?:19|20)\d\d)\b(?![/-]\d)",
    re.IGNORECASE,
)
_THIS_YEAR_CUE = compile_pattern(r"\bthis\s+year\b|\bcurrent\s+(?:fiscal\s+)?year\b", re.I)
# A figure compared with before last year: "rose to 9 mln from 8 mln last year".
_COMPARED_CUE = compile_pattern(
    r"\b(?:from|against|vs|versus|compared\s+(?:with|to)|over|than)\b", re.IGNORECASE
)
_OF_ITS_YEAR = compile_pattern(
    r"\s+(?:of|in)\s+(?:the\s+|its\s+|their\s+)?(?:current|this|present|fiscal|financial"
    r"|calendar|year)\b",
    re.IGNORECASE,
)
_SENTENCE_END = compile_pattern(r"[a-z0-9)]{2}[.!?][\"')]*\s|\n\s*\n")
# A sport's or a crop's season named relative to now: "this season", "last season", "the
# season before last", "four seasons ago". Its dates depend on the calendar of the sport the
# words around it name: across the turn of the year (football, rugby, hockey) or within one
# year (cricket, baseball, motor racing). A crop's season, or one with no sport near it, stays
# unresolved (the crop words only stop a sport's calendar from being guessed for it).
_SPORT_SEASON = compile_pattern(
    rf"\b(?:(?P<ss_rel>this|last|next|previous|current|coming)\s+season\b(?!al|-)(?!\s+ticket)"
    rf"|(?P<ss_before>the\s+season\s+before\s+last)\b"
    rf"|(?P<ss_num>{NUMBER_RE})[\s-]+seasons?\s+ago\b)",
    re.IGNORECASE,
)
_ACROSS_YEAR_SPORT = compile_pattern(
    r"\b(?:football|soccer|rugby|hockey|basketball|premiership|premier\s+league|la\s+liga"
    r"|serie\s+a|bundesliga|champions\s+league|fa\s+cup|six\s+nations|nba|nhl|nfl|striker"
    r"|goalkeeper|midfielder|defender|manager|relegat\w*|promotion|scored|goals?|league"
    r"|fixtures?|club)\b",
    re.IGNORECASE,
)
_IN_YEAR_SPORT = compile_pattern(
    r"\b(?:cricket|county\s+championship|baseball|formula\s+one|grand\s+prix|motogp|nascar"
    r"|athletics|golf|pga|wimbledon|tennis|cycling|tour\s+de\s+france|wickets?|innings"
    r"|pitchers?|home\s+runs?)\b",
    re.IGNORECASE,
)
_CROP_SEASON = compile_pattern(
    r"\b(?:crops?|harvest\w*|plant(?:ing|ings|ed)|sow(?:ing|ings|n)|wheat|maize|corn|barley"
    r"|sugar|cane|beet|coffee|cocoa|cotton|rice|soybeans?|oilseeds?|rapeseed|sunflower\w*"
    r"|grains?|sorghum|marketing\s+year|growers?|farmers?)\b",
    re.IGNORECASE,
)
_STATED_YEAR = compile_pattern(r"\b(?:1[89]|20)\d\d\b")
# "scored twice in the first half": a half of a match, no half year. Words of play near a
# first or second half with no year stated make it one, unless words of business or the
# economy are near it too ("first half profits").
_MATCH_PLAY = compile_pattern(
    r"\b(?:scored|scoring|scores|goals?|penalty|penalties|half-time|half\s+time|halftime"
    r"|kick-off|kicked\s+off|free-kick|free\s+kick|corner|header|equali[sz]\w*|referee"
    r"|striker|goalkeeper|keeper|midfielder|tries|touchdowns?|interval"
    r"|sent\s+off|substitute\w*|match|opponents?|visitors|hosts"
    # the side and its showing: "the side's second-half display", "a poor first-half showing"
    r"|display|showing|side's|team's|squad|coach|manager|victory|defeat|comeback|fightback"
    r"|pitch|fans|whistle"
    # what a side does in a period of play: "conceded in the final quarter", "trailed by ten
    # points going into the fourth quarter"
    r"|conced(?:ed|ing)|trailed|trailing\s+by|quarterback|three-pointers?|the\s+break)\b",
    re.IGNORECASE,
)
_BUSINESS_NEAR = compile_pattern(
    r"\b(?:profits?|earnings|sales|revenues?|results|net|income|losses|dividends?|fiscal"
    r"|financial|output|economy|economic|growth|inflation|shares|turnover|demand|prices?"
    r"|exports?|imports?|production|budget|year)\b",
    re.IGNORECASE,
)
_PLAY_REACH = 160
_SEASON_SHIFT = {
    "this": 0,
    "current": 0,
    "last": -1,
    "previous": -1,
    "next": 1,
    "coming": 1,
}
# Words after a season that make it a kind of crop ("winter wheat", "spring sowings").
_SEASON_CROP_AFTER = compile_pattern(
    r"[ \t\n]+(?:wheat|crops?|grains?|barley|rye|oats|corn|rapeseed|oilseeds?|sowings?"
    r"|plantings?|seedings?|pastures?|feed|vegetables)\b",
    re.IGNORECASE,
)
# "in" or "of" and a noun (not a year) after "the fall": a decline ("the fall in prices").
_DECLINE_AFTER = compile_pattern(r"\s+(?:in|of)\s+(?!(?:19|20)\d\d\b)", re.IGNORECASE)
# Prepositions before "the fall" that make it the season ("from the fall", "after the
# fall", "due to the fall" more often follow a decline).
_SEASON_PREPOSITIONS = words("in during by until till through throughout over since before into of")
# Verbs that look ahead without a future tense: a period they name may be still to come.
_FORECAST_CUE = compile_pattern(
    r"\b(?:expects?|expected|expecting|forecasts?|forecast|projects?|projected|predicts?"
    r"|predicted|anticipates?|anticipated|sees|foresees|targets?|aims?|hopes?|plans?"
    r"|estimates?|estimated|outlook|guidance|should|could|may|might|must|can)\b",
    re.IGNORECASE,
)
_OF_A_MONTH = compile_pattern(
    rf"\s+(?:of\s+)?(?P<half_month>{MONTH_RE})(?:\s*,?\s*(?P<half_year>{_YEAR}))?"
    r"|\s+of\s+the\s+(?P<half_unit>month|week|day)\b"
)
# How far back (characters) a future-tense cue may stand from the expression it shifts.
_CUE_WINDOW = 80
# A second day after a month and day: "and 25", "or 26th", then a clause end, a capital,
# or a preposition, never a noun the number counts ("May 3 and 40 people").
# The first member of a range or an alternative whose second member carries the rest:
# "16 or 17 March" (a day before a day and its month), "four to eight weeks" (a count before
# a count and its unit), "January-June 1985" (a month before a month and its year).
_FIRST_DAY_BEFORE = compile_pattern(
    r"(?<![\d,.$£€/:-])\b(3[01]|[12]\d|[1-9])(?:st|nd|rd|th)?\s*(?:or|and|&|to|-|–)\s*$",
    re.IGNORECASE,
)
# An earlier day of a list, before a comma: "14," of "14, 20 and 27 April".
_LISTED_DAY_BEFORE = compile_pattern(
    r"(?<![\d,.$£€/:-])\b(3[01]|[12]\d|[1-9])(?:st|nd|rd|th)?,\s*$", re.IGNORECASE
)
_FIRST_COUNT_BEFORE = compile_pattern(
    rf"(?<![\d,.$£€/:-])(?:(?P<between>between)\s+)?\b(?P<num>{NUMBER_RE})"
    r"\s*(?:(?P<and>and)|to|or|-|–)\s*$",
    re.IGNORECASE,
)
_COUNT_AND_UNIT = compile_pattern(
    rf"^(?P<num>{NUMBER_RE})[\s-]+(?P<unit>{UNIT_RE})$", re.IGNORECASE
)
_BARE_MONTH = compile_pattern(rf"(?:mid-|early\s+|late\s+)?{MONTH_RE}", re.IGNORECASE)
_MONTH_SPAN_JOINT = compile_pattern(
    r"\s*(?:-|–|/|to|through|thru|until|till|and|or)\s*$", re.IGNORECASE
)
# The year a span of months divides, written just before or after it: "1990/91 (October/
# September)", "its 1990/91 August-July harvest", "the 1992 licence year (March-November)",
# "the May/January period of 1990/91".
_SPAN_YEAR = (
    r"(?<![\d/.,$])(?P<opening>(?:19|20)\d\d)(?:/(?P<closing>\d\d|(?:19|20)\d\d))?(?![\d/])"
)
_YEAR_BEFORE_SPAN = compile_pattern(
    _SPAN_YEAR
    + r"(?:\s+(?:season|crop|quota|marketing|fiscal|financial|agricultural|calendar|year))*"
    + r"\s*\(?\s*$",
    re.IGNORECASE,
)
_YEAR_AFTER_SPAN = compile_pattern(
    r"\s+(?:period|season|year)\s+(?:of|in)\s+" + _SPAN_YEAR, re.IGNORECASE
)
# "June of that year", "May and July of the same year": months of a year named before.
_OF_THAT_YEAR = compile_pattern(r"\bof\s+(?:that|the\s+same)\s+year\b", re.IGNORECASE)
# What every match of `_OF_THAT_YEAR` holds, looked for in the lowered text without case
# folding (so found from its first letter); "ſ" is the one letter besides "s" and "S" that
# folding matches with "s", and lowering leaves it as it is.
_THAT_YEAR_LOWERED_HINT = compile_pattern(r"(?:that|the\s+[sſ]ame)\s+year")
_THAT_YEAR = compile_pattern(r"(?:that|the\s+same)\s+year", re.IGNORECASE)
_OF_BETWEEN = compile_pattern(r"\s+of\s+", re.IGNORECASE)
_STATED_YEAR = compile_pattern(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# A paragraph's end: a blank line, or a line opened by an indent (the wire's paragraphs).
_PARAGRAPH_BREAK = compile_pattern(r"\n\s*\n|\n[ \t]{2,}")
# Between two months of a list: a comma, and the "and" or "or" before the last.
_LIST_JOINT = compile_pattern(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+", re.IGNORECASE)
# A year closing a list of months: "..., September and December last year", "... of 1985".
_LIST_YEAR_AFTER = compile_pattern(
    r"\s*,?\s*(?:of\s+)?(?:(?P<rel>last|this|next)\s+year\b|(?P<year>(?:19|20)\d\d)\b(?![\d/]))",
    re.IGNORECASE,
)
_BETWEEN_BEFORE = compile_pattern(r"\b(?:between|from)\s+$", re.IGNORECASE)
_SECOND_DAY = compile_pattern(
    r"\s+(?:and|or|&)\s+(3[01]|[12]\d|[1-9])(?:st|nd|rd|th)?\b(?![\d%]|[.,:]\d)"
    r"(?=\s*(?:[.,;:)]|$)|\s+(?:in|at|on|when|to|respectively|for|with|as|and)\b|\s+[A-Z])"
)
_REF_VALUES = {
    "coming days": "FUTURE_REF",
    "coming weeks": "FUTURE_REF",
    "coming months": "FUTURE_REF",
    "coming years": "FUTURE_REF",
    "coming quarters": "FUTURE_REF",
    "coming decades": "FUTURE_REF",
    "now": "PRESENT_REF",
    "currently": "PRESENT_REF",
    "nowadays": "PRESENT_REF",
    "presently": "PRESENT_REF",
    "at present": "PRESENT_REF",
    "these days": "PRESENT_REF",
    "the future": "FUTURE_REF",
    "the near future": "FUTURE_REF",
    "the near term": "FUTURE_REF",
    "the short term": "FUTURE_REF",
    "in future": "FUTURE_REF",
}
# Handlers whose result is a fresh reference point for "a year earlier", "that day", ...
_ANCHOR_SETTERS = words(
    "fulldate iso slash monyear holiday year month weekday dayref quarter relunit"
)
# The kinds of mention that can close a reporting stretch (a day or a month).
_SPAN_CLOSERS = words("fulldate monyear month year")
# "the latter half (of 1997)": the second.
_HALF_ORDINALS = {"latter": 2}
_ERA_GRANS = frozenset({"decade", "century"})
_ERA_NOTED = frozenset({"year", "decade", "century"})
# "this year than last", "this month as last": a bare "last" after "than" or "as", with no
# noun of its own after it (the noun is "this"'s).
_ELIDED_UNITS = frozenset({"week", "month", "quarter", "year"})
_ELIDED_LAST_AFTER = compile_pattern(
    r"[ \t\n]+(?:[a-z]+[ \t\n]+)?(?:than|as)[ \t\n]+(?P<last>last)\b"
    r"(?![-'’]|[ \t\n]+(?:[a-z]+ed\b|(?-i:[A-Z])|(?:[a-z]+[ \t\n]+)?(?:year|month|week|quarter"
    r"|season|time|night|weekend|spring|summer|fall|autumn|winter|one|two|three|four|five|six"
    r"|few|several)\b))",
    re.IGNORECASE,
)
# "the turn of the year", "the turn of the century": the boundary between two periods,
# read as the start of the one beginning there. Read after the scan (no shape matches them).
_TURN_OF = compile_pattern(r"\b(?:the\s+)?turn\s+of\s+the\s+(?P<unit>year|decade|century)\b")
# The turn read from July on (with no tense to say which) is the coming one.
_TURN_AHEAD_FROM = 7
# A weekday placed in a week named from publication: "on Monday last week", "Tuesday of next
# week", "last week on Friday", "next week's Monday". The weekday alone would be read as the
# nearest such day; the week named settles it. Read after the scan, over the lowered text.
# "last week, on Friday" and "earlier this week on Friday" stay two mentions: the weekday set
# off, or after a part of the week, restates the week (CC103 compares the two).
_NAMED_WEEK_DAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_WEEKDAY_OF_NAMED_WEEK = compile_pattern(
    rf"\b(?P<day>{_NAMED_WEEK_DAYS})[ \t\n]+(?:of[ \t\n]+)?(?P<rel>last|this|next)[ \t\n]+week\b"
    r"(?!['’]s)"
    r"|(?<!earlier )(?<!later )(?<!early )(?<!late )"
    r"\b(?P<rel_first>last|this|next)[ \t\n]+week[ \t\n]+on[ \t\n]+"
    rf"(?P<day_after>{_NAMED_WEEK_DAYS})\b"
    rf"|\b(?P<rel_owner>last|next)[ \t\n]+week['’]s[ \t\n]+(?P<day_owned>{_NAMED_WEEK_DAYS})\b"
)
_WEEK_STEPS = {"last": -1, "this": 0, "next": 1}
# What every match of `_WEEKDAY_OF_NAMED_WEEK` holds: that pattern opens with a word boundary
# and look-behinds, so the engine tries it at every character; this one it finds quickly.
_NAMED_WEEK_HINT = compile_pattern(r"(?:last|this|next)[ \t\n]+week")
# "this time last year", "the same time a year ago", "that time next year": the same point of
# the year one year back or ahead. After a date stated earlier in the sentence ("holdings on
# June 30 ... up from 5 mln at the same point last year") that date a year back; otherwise
# the publication's month a year back or ahead (a period, since "time" names no day).
_SAME_TIME_A_YEAR_APART = compile_pattern(
    r"\b(?P<det>this|that|the[ \t\n]+same)[ \t\n]+time[ \t\n]+(?:(?P<rel>last|next)[ \t\n]+year"
    r"|a[ \t\n]+year[ \t\n]+(?P<ago>ago|earlier|before|later))\b"
)
# The granularities of a date stated before "the same time last year" that it moves a year.
_SAME_TIME_ANCHORS = frozenset({"day", "week", "month"})
# "the 6th of last month", "the twentieth of this month": that day of the month named from
# publication (the month alone was read before, losing the day).
_DAY_OF_NAMED_MONTH = compile_pattern(
    r"\bthe[ \t\n]+(?:(?P<digits>[12]?\d|3[01])(?:st|nd|rd|th)|(?P<word>"
    + "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True))
    + r"))[ \t\n]+of[ \t\n]+(?P<rel>last|this|next)[ \t\n]+month\b"
)
# What every match of `_DAY_OF_NAMED_MONTH` holds, found from its first letters.
_NAMED_MONTH_HINT = compile_pattern(r"of[ \t\n]+(?:last|this|next)[ \t\n]+month")
# "ISSUED 9-MAR", "CLSG 30-DEC-86": a market table's heading day, in capitals with a dash,
# the year's two digits after another dash when given.
_WIRE_HEADING_DAY = compile_pattern(
    r"(?<![\w-])(?P<day>[0-3]?\d)-(?P<month>JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)"
    r"(?:-(?P<year>\d\d))?(?![\w-])"
)
# What every heading day holds: a dash and a month in capitals. The heading's own pattern
# opens with a look-behind and is tried at every character; this one opens with the dash.
_WIRE_HEADING_HINT = compile_pattern(r"-(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)")
# "the second week of January", "the last week of March": seven days of the month read
# after it; the month itself is read (and its year chosen) by the month shapes.
_WEEK_OF_MONTH = compile_pattern(
    r"\b(?:the\s+)?(?P<nth>first|second|third|fourth|last|final)\s+week\s+of\s+$",
    re.IGNORECASE,
)
_WEEK_OF_MONTH_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4}
# "the first week of the month": a week of the month stated before it, or of publication's.
_WEEK_OF_THE_MONTH = compile_pattern(
    r"\b(?:the\s+)?(?P<nth>first|second|third|fourth|last|final)\s+week\s+of\s+the\s+month\b"
)
# How far back a month stated is still the one "the month" refers to (about two sentences).
_MONTH_REFERRED_WITHIN = 300
# Granularities of a stated period that takes over from the quarter under discussion (a day,
# often the day of the report, does not: "profit rose ..., the company said Tuesday").
_ENDS_QUARTER_TALK = frozenset({"month", "year", "decade", "century"})
# "a year ago" right after "the quarter": the same quarter one year back.
_YEAR_BACK_AFTER = compile_pattern(
    r"(?=\s)[ \t]*\n?[ \t]*(?:(?:a|one)\s+year\s+(?:ago|earlier|before)|last\s+year(?!'))\b"
)
_COMPARED_GRANS = frozenset({"month", "quarter", "half", "year"})
_STRETCH_YEAR_BACK_AFTER = compile_pattern(
    r"(?=\s)[ \t]*\n?[ \t]*(?:(?:a|one)\s+year\s+(?:ago|earlier|before)|last\s+year(?!')"
    r"|(?:of\s+)?the\s+(?:year\s+before|(?:previous|prior|preceding)\s+year(?!')))\b",
    re.IGNORECASE,
)
# A comparison word shortly before the opening months of a year ("against 2.1 mln in the
# first nine months of 1986"): the comparison figure's stretch, not the one discussed.
_COMPARED_LONG_BEFORE = compile_pattern(
    r"\b(?:from|than|against|versus|vs\.?|compared\s+with|compared\s+to)\b"
    r"(?:[^.;:!?]|(?<=\d)\.(?=\d)){0,60}$",
    re.IGNORECASE,
)
# Periods other than a quarter that "the same period" can refer back to ("cars built this
# week, against 9,000 in the year-ago period": that week a year before).
_PERIOD_GRANS = frozenset({"week", "month", "half", "year"})
# A reporting stretch closed by the day or month that follows: "the nine months ended", "the
# fiscal year ending", "the year to", "the 13 weeks ended", "the week ended", "the half-year
# to". What "the
# year-ago period" and "the same period last year" after it mean is that stretch a year back.
_SPAN_CLOSED_BEFORE = compile_pattern(
    rf"(?:\b(?P<count>\d{{1,2}}|{ONES_PATTERN}|ten|eleven|twelve|fifty-two)[\s-]+"
    r"(?P<count_unit>months|weeks)"
    r"|\b(?:the|its|their|fiscal|financial)\s+(?:(?:fiscal|financial)\s+)?(?P<year>year)"
    r"|(?P<half>half[\s-]year)"
    r"|\b(?:the|its|a)\s+(?P<week>week))\s+(?:that\s+)?(?:ended|ending|ends|to|through)\s+(?:on\s+)?$",
    re.IGNORECASE,
)
# "the first nine months of 1986": the year's opening months, a stretch of that year.
_OPENING_MONTHS_BEFORE = compile_pattern(
    rf"\bfirst\s+(?P<count>\d{{1,2}}|{ONES_PATTERN}|ten|eleven)[\s-]+months\s+of\s+$",
    re.IGNORECASE,
)
# A year right before a quarter's closing month and "quarter" ("the 1985 December quarter"),
# not after "fiscal" (a fiscal year's quarters are named differently).
_MONTH_QUARTER_AFTER = compile_pattern(
    r"[ \t]+(?-i:March|June|Sept?\.?|September|Dec\.?|December)[ \t]+(?:quarter|qtr)\b",
    re.IGNORECASE,
)
_YEAR_BEFORE_MONTH_QUARTER = compile_pattern(
    r"(?<!fiscal )(?<!financial )(?<![\w$£€#/.,-])(?P<year>(?:19|20)\d\d)[ \t]*\Z",
    re.IGNORECASE,
)
# The distance from the first to the last day of a week's stretch ("the week ended April 2").
_SIX_DAYS = timedelta(days=6)
# A closing day or month of its own after "the same period" ("the same period to January").
_CLOSING_AFTER = compile_pattern(r"\s+(?:to|ended|ending|through)\b", re.IGNORECASE)
# Between the two months of a span ("January-March", "December 2004 to April 2005").
_MONTH_SPAN_BETWEEN = compile_pattern(r"\s*(?:-|to|through|until|till)\s*", re.IGNORECASE)
# A comparison word shortly before a period: "up from 1.90 mln in April", "than in 1985".
_COMPARED_BEFORE = compile_pattern(
    r"\b(?:from|than|against|versus|vs\.?|compared\s+with|compared\s+to)\b"
    r"(?:[^.;:!?]|(?<=\d)\.(?=\d)){0,25}$",
    re.IGNORECASE,
)
_QUARTER_AFTER = compile_pattern(r"[ \t]+(?:quarter|qtr|half)\b", re.IGNORECASE)
_QUARTER_WORD_AFTER = compile_pattern(_NOUN_GAP + r"(?:quarter|qtr)\b", re.IGNORECASE)
_SEASON_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
# Past tense in a clause: an auxiliary, a verb in -ed or a common irregular past ("was",
# "had", "fell", "ran", "ended"). Not "said" or "told": a report of a plan is in the past too.
_PAST_CUE = compile_pattern(
    r"\b(?:was|were|had|did|ended|began|came|went|fell|rose|saw|left|made|took|spent|lasted"
    r"|grew|hit|struck|killed|ran|sold|bought|paid|won|lost|held|brought|kept|built"
    r"|drew|flew|froze|broke|spoke|wrote|drove|rode|chose|stood|sank|shrank|swam|caught"
    r"|taught|thought|fought|sought|felt|met|led|fed|sent|lent|meant|became|gave|got|knew"
    r"|threw|found|slid|sped|dug|shook|wore|tore|swept|slept|burnt|dealt"
    r"|(?!(?:expected|scheduled|planned|slated|set)\b)[a-z]{3,}ed)\b",
    re.IGNORECASE,
)
# Determiners and prepositions before "current" the adjective: "the current slump".
_BEFORE_CURRENT = _DETERMINERS | words("its at from under in to of with for by on")
# Words before "year-end" that make it a deadline, whatever the tense ("extended to year-end").
_DEADLINE_BEFORE = words("by until till to through before")
# "year-end" written as one word (or two): the accounting term, not "the end of the year".
_YEAR_END_WORD = compile_pattern(r"year[\s-]?end", re.IGNORECASE)
_CAPITALIZED_WORD_AFTER = compile_pattern(r"[ \t]+(?!(?:of|in|on|and|the)\b)[A-Z][a-z]")
_CAPITALIZED_WORD_BEFORE = compile_pattern(r"\b[A-Z][a-z]+[ \t]+$")


def _past_weak_triggers(tokens: list[str], hits: list[int]) -> list[int]:
    """The hits without the weak triggers that `_worth_trying` rejects by the next word alone:
    most of them ("the", "a", "in" before no date word), left before any offset is computed."""
    weak_next = _WEAK_NEXT
    last = len(tokens) - 1
    kept: list[int] = []
    for index in hits:
        allowed = weak_next.get(tokens[index], _NOT_WEAK)
        if allowed is not _NOT_WEAK:
            if index == last:
                continue
            following = tokens[index + 1]
            if allowed is not None:
                if following not in allowed:
                    continue
            elif following not in _NEXT_AFTER_WEAK and not following[0].isdigit():
                continue
        kept.append(index)
    return kept


def find_dates(text: str, base: date | None) -> list[DateMention]:
    """Date, duration and set expressions in `text`, sorted by start."""
    if isinstance(base, datetime):
        base = base.date()
    return _Scanner(text, base).run()


class _Scanner:
    """One pass over one text; keeps the discourse anchor that "a year earlier" refers to."""

    def __init__(self, text: str, base: date | None) -> None:
        self.text = text
        self.base = base
        # Last explicitly stated period, (granularity, first day), for "that day", "a year later".
        self.anchor: tuple[str, date] | None = None
        # Last quarter under discussion: financial news says "a year ago" meaning that quarter.
        self.quarter_anchor: date | None = None
        # First days of fiscal periods as their values name them, by mention span, where the
        # mention's own days differ (`_closed_period`).
        self.nominal_first: dict[tuple[int, int], date] = {}
        # The fiscal year of the last half or quarter stated with a closing day at a month's
        # end: (end of that mention, the fiscal year's first day, its nominal year), for
        # another numbered part named later in the same sentence ("a first-half loss").
        self.fiscal_year_open: tuple[int, date, int] | None = None
        # The days of the quarter discussed when it was stated with its closing day (first,
        # last), for the same quarter a year back ("a year earlier").
        self.quarter_days: tuple[date, date] | None = None
        # Last stated day, for "the previous week" after a coarser period was named.
        self.day_anchor: date | None = None
        # A stretch up to publication just stated ("year to date"): what "the year-ago
        # period" and "the 1986 period" compare with until another period is stated.
        self.stretch: tuple[date, date] | None = None
        self.derived = False
        # Last year, decade or century stated ("1975", "the 1970s", "the 19th century"),
        # (granularity, first day, end offset): what "the following decade" and "the previous
        # century" count from.
        self.era: tuple[str, date, int] | None = None
        # The places of the sport and crop words, by calendar (`_season_calendar`).
        self.calendar_words: list[tuple[str, list[int]]] | None = None
        # Whether a figure with a fraction stands before a unit (`_fractional_durations`).
        self.fraction_seen = False
        # The last year made the anchor: still the year discussed when a day is stated after
        # it ("the 1986 results issued today"), for a comparison year named next.
        self.year_discussed: date | None = None
        # Whether the mention just read is "the first six months of 1986" and the like: a
        # quarter or half of a named year, stated as a "quarter" handler's would be.
        self.months_of_year = False

    def run(self) -> list[DateMention]:
        out: list[DateMention] = []
        text = self.text
        lowered = text.lower()
        if len(lowered) != len(text):  # a few non-ASCII letters change length when lowered
            lowered = text.translate(_ASCII_LOWER)
        # Split into [gap, token, gap, token, ...]; running lengths give each token's offset.
        pieces = _TOKEN_SPLIT.split(lowered)
        tokens = pieces[1::2]
        # A token's offset: the lengths of the pieces before it, summed only up to the tokens
        # tried (most tokens are not), from the last one tried.
        offset = 0
        counted = 0
        candidates = _CANDIDATE_WORDS
        # A token below ":" starts with a digit or an apostrophe ("'87"); "'s" starts nothing.
        hits = [
            k
            for k, token in enumerate(tokens)
            if token in candidates or (token < ":" and token != "'s")
        ]
        position = 0
        # Figures in a long run without letters ("1-1-1-...") are noise, not dates.
        blocks = letterless_blocks(text) if hits else []
        block_index = 0
        for index in _past_weak_triggers(tokens, hits):
            piece = 2 * index + 1
            offset += sum(map(len, pieces[counted:piece]))
            counted = piece
            start = offset
            while block_index < len(blocks) and blocks[block_index][1] <= start:
                block_index += 1
            if block_index < len(blocks) and blocks[block_index][0] <= start:
                continue
            if start < position or not self._worth_trying(tokens, index, start):
                continue
            match = self._match_token(tokens, index, start)
            if match is None:
                continue
            kind = match.lastgroup
            self.derived = False
            self.months_of_year = False
            mention = getattr(self, "_" + kind)(match) if kind else None
            if mention is None:
                continue  # rejected: a shorter reading may start at a later token
            position = max(match.end(), mention.end)
            out.append(mention)
            self._note_era(mention)
            if kind == "fulldate" and mention.first_day is not None:
                second = self._second_day(mention)
                if second is not None:
                    position = second.end
                    out.append(second)
            span = self._stretch_stated(kind, mention, out)
            if (
                (kind in _ANCHOR_SETTERS or self.months_of_year)
                and not self.derived
                and mention.first_day is not None
                and not (len(out) > 1 and self._closes_year_before(out[-2], mention))
            ):
                self._note_stated(mention)
            if span is not None:
                self._note_stretch(span)
        return self._finish(out, lowered)

    def _note_stated(self, mention: DateMention) -> None:
        """A date stated outright: what later relative expressions count from. A day closing
        the comparison figure's week keeps the reported week's stretch."""
        assert mention.first_day is not None
        if self.stretch is None or not self._closes_compared_week(mention):
            self.stretch = None
        if mention.granularity == "day":  # the commonest anchor, kept inline
            self.anchor = ("day", mention.first_day)
            self.day_anchor = mention.first_day
        else:
            self._note_anchor(mention)

    def _note_stretch(self, span: tuple[date, date]) -> None:
        """Remember a reporting stretch just stated; one of a calendar quarter's three months
        ("October-December 1986", "the three months ended March 31") is that quarter, the one
        "a year earlier" counts back from, and against which a quarter named later ("against
        9 in the September quarter") is a comparison."""
        self.stretch = span
        first = span[0]
        if _whole_months(first, span[1]) == 3 and first.month % 3 == 1:
            self.anchor = ("quarter", first)
            self.quarter_anchor = first
            self.quarter_days = None

    def _stretch_stated(
        self, kind: str, mention: DateMention, out: list[DateMention]
    ) -> tuple[date, date] | None:
        """The reporting stretch a mention just read closes, unless it is only the
        comparison figure's ("against 2.1 mln in the first nine months of 1986")."""
        if kind not in _SPAN_CLOSERS or self.derived or mention.last_day is None:
            return None
        span = self._span_closed_by(mention, out)
        if span is not None and self._year_ago_comparison(mention):
            return None
        return span

    def _span_closed_by(
        self, mention: DateMention, out: list[DateMention]
    ) -> tuple[date, date] | None:
        """The stretch a day, month or year closes: "the nine months ended Sept 30" (January
        1 to September 30), "the year to March" (the twelve months up to March's end),
        "January to March", "the first nine months of 1986"; None when it closes nothing."""
        text = self.text
        last = mention.last_day
        assert last is not None
        if mention.granularity == "year":
            if not mention.text[:1].isdigit():
                return None  # "the first ten months of fiscal 1986": the fiscal year's months
            opening = _OPENING_MONTHS_BEFORE.search(text, max(0, mention.start - 40), mention.start)
            count = _amount(opening.group("count").lower()) if opening is not None else None
            if count is None or not 1 < count < 12 or mention.first_day is None:
                return None
            assert opening is not None
            if _COMPARED_LONG_BEFORE.search(text, max(0, opening.start() - 70), opening.start()):
                return None
            first = mention.first_day
            return first, _add_months(first, int(count)) - timedelta(days=1)
        closed = _SPAN_CLOSED_BEFORE.search(text, max(0, mention.start - 40), mention.start)
        if closed is not None:
            if closed.group("week") and self._closes_compared_week(mention):
                return None
            return _stretch_closing(closed, last)
        if mention.granularity != "month" or len(out) < 2:
            return None
        opening = out[-2]
        if (
            opening.granularity != "month"
            or opening.first_day is None
            or mention.first_day is None
            or not opening.first_day < mention.first_day <= _add_months(opening.first_day, 11)
            or _MONTH_SPAN_BETWEEN.fullmatch(text, opening.end, mention.start) is None
        ):
            return None
        return opening.first_day, last

    def _closes_compared_week(self, mention: DateMention) -> bool:
        """ "... versus 5 mln in the week ended March 28": a day closing the comparison
        figure's week, after which "the year-ago week" is still the reported week's."""
        text = self.text
        closed = _SPAN_CLOSED_BEFORE.search(text, max(0, mention.start - 40), mention.start)
        if closed is None or not closed.group("week"):
            return False
        window_start = max(0, closed.start() - 70)
        return _COMPARED_LONG_BEFORE.search(text, window_start, closed.start()) is not None

    def _closes_year_before(self, year: DateMention, mention: DateMention) -> bool:
        """ "in fiscal 1990, ended last June", "1989/90 ending March 31": a month or day
        written as the close of the year right before it describes that year, which stays
        what "the previous year" and "a year earlier" count from."""
        if year.granularity != "year" or mention.granularity not in {"month", "day"}:
            return False
        if self.anchor is None or self.anchor[0] != "year":
            return False  # the year was no anchor ("the fiscal year" after "March sales")
        return _CLOSING_BETWEEN.fullmatch(self.text, year.end, mention.start) is not None

    def _finish(self, out: list[DateMention], lowered: str) -> list[DateMention]:
        """The seasons of a sport or crop, then the first members of ranges."""
        if "season" in lowered:
            out = self._sport_seasons(out)
        if " last" in lowered and "this " in lowered:
            out = self._elided_last(out)
        if "week of " in lowered:
            out = self._weeks_of_months(out)
            if "week of the month" in lowered:
                out = self._weeks_of_the_month(out, lowered)
        if "turn of the " in lowered:
            out = self._turns(out, lowered)
        out = self._parts_of_named_periods(out, lowered)
        out = self._wire_heading_days(out)
        if self.fraction_seen or "a half" in lowered or "a-half" in lowered:
            out = self._fractional_durations(out, lowered)
        if "secs" in lowered or "mins" in lowered or "hrs" in lowered:
            out = self._abbreviated_durations(out)
        if " mth" in lowered or "-mth" in lowered:
            out = self._wire_month_counts(out)
        if " quarter" in lowered or " half" in lowered:
            out = self._years_before_their_parts(out)
        if "summer" in lowered or "winter" in lowered or "autumn" in lowered or "spring" in lowered:
            out = self._bare_seasons(out)
        # (a session's noun may follow a wrapped line: "the morning\nsession")
        if (
            " session" in lowered
            or "\nsession" in lowered
            or " dealings" in lowered
            or ("trad" in lowered and ("morning" in lowered or "noon" in lowered))
            or ("trad" in lowered and "evening" in lowered)
        ):
            out = self._sessions_of_the_day(out)
        return self._first_members(out) if out else out

    def _order_month_lists(self, out: list[DateMention]) -> list[DateMention]:
        """Put the bare months of a list ("in April, May, June and July") in calendar order,
        as the two months of a span are: each member is read on its own, so a first month
        read ahead and the rest read back give a list that runs backwards. A year closing the
        list ("March, July and November last year", "... of 1985") is every member's year
        when the members come in calendar order; without one, each member follows the one
        before it (in its year, or the next when it comes earlier in the calendar)."""
        text = self.text
        index = 0
        while index < len(out):
            run = [index]
            commas = 0
            while run[-1] + 1 < len(out):
                before, after = out[run[-1]], out[run[-1] + 1]
                if not _is_bare_month(before, text) or after.granularity != "month":
                    break
                joint = _LIST_JOINT.fullmatch(text, before.end, after.start)
                if joint is None or after.first_day is None:
                    break
                commas += "," in joint.group()
                run.append(run[-1] + 1)
                if not _is_bare_month(after, text):
                    break  # "December last year", "December 1985": the list's last member
            index = run[-1] + 1
            if len(run) < 3 or not commas:
                continue
            members = [out[i] for i in run]
            years = self._list_years(members)
            if years is None:
                continue
            for i, year in zip(run, years, strict=True):
                mention = out[i]
                assert mention.first_day is not None
                if mention.first_day.year != year:
                    day = mention.first_day.replace(year=year)
                    out[i] = self._period(
                        mention.start,
                        mention.end,
                        "month",
                        day,
                        mod=mention.mod,
                        relative=mention.relative,
                    )
        return out

    def _list_years(self, members: list[DateMention]) -> list[int] | None:
        """The year of each month of a list, or None to leave them as read."""
        months = [m.first_day.month for m in members if m.first_day is not None]
        in_order = all(a < b for a, b in pairwise(months))
        last = members[-1]
        closing = _LIST_YEAR_AFTER.match(self.text, last.end)
        if not _is_bare_month(last, self.text):
            # The last member carries its year ("... and December last year"): the list's.
            assert last.first_day is not None
            return [last.first_day.year] * len(members) if in_order else None
        if closing is not None:
            if not in_order:
                return None
            if closing.group("year"):
                year = int(closing.group("year"))
            elif self.base is None:
                return None
            else:
                shift = {"last": -1, "this": 0, "next": 1}[closing.group("rel").lower()]
                year = self.base.year + shift
            return [year] * len(members)
        wraps = sum(later <= earlier for earlier, later in pairwise(months))
        if wraps > 1 or (wraps and months[-1] >= months[0]):
            return None  # not a run through the calendar ("June, May and July"): left as read
        first = members[0].first_day
        assert first is not None
        if self.base is not None and first > self.base + timedelta(days=183):
            # "options expiring in January, April, July and October", written in March: a
            # cycle named from the calendar's start, each member its coming month.
            return None
        years = [first.year]
        for earlier, later in pairwise(months):
            years.append(years[-1] + (1 if later <= earlier else 0))
        return years

    def _years_before_their_parts(self, out: list[DateMention]) -> list[DateMention]:
        """ "at the end of the 1986 third quarter": a year read with "the end of" and the
        ordinal quarter or half after it are one mention, the end of that year's quarter
        (the quarter alone was left to the publication year)."""
        merged: list[DateMention] = []
        skip_to = -1
        for mention in out:
            if mention.start < skip_to:
                continue  # the quarter now inside the year's mention
            part = None
            if mention.mod and mention.granularity == "year" and mention.text[-1:].isdigit():
                part = _ORDINAL_PART_AFTER_YEAR.match(self.text, mention.end)
            count = _ORDINAL_PART_NUMBERS[part.group("ord").lower()] if part else 0
            gran = part.group("part").lower() if part else ""
            if part is None or mention.first_day is None or (gran == "half" and count > 2):
                merged.append(mention)
                continue
            year = mention.first_day.year
            first = date(year, 3 * count - 2 if gran == "quarter" else 6 * count - 5, 1)
            merged.append(self._period(mention.start, part.end(), gran, first, mod=mention.mod))
            skip_to = part.end()
        return merged

    def _bare_seasons(self, out: list[DateMention]) -> list[DateMention]:
        """ "By late summer, ...", "in winter.": a season with no article after a
        preposition of time, closing its phrase, resolved as "the summer" is."""
        added: list[DateMention] = []
        text = self.text
        for match in _BARE_SEASON.finditer(text):
            lead = _BARE_SEASON_LEAD_BEFORE.search(text, max(0, match.start() - 30), match.start())
            if lead is None:
                continue
            start, end = lead.start("mod") if lead.group("mod") else match.start(), match.end()
            if any(m.start < end and start < m.end for m in out):
                continue
            if self._habit_before(start):
                continue  # "when demand is slack in summer": any summer
            code = SEASONS[match.group()]
            mod = _mod(lead.group("mod"))
            if self.base is None:
                added.append(self._unresolved(start, end, "season", mod=mod))
                continue
            if self._tense(start) == "past":  # "by late summer it had slowed": the one gone
                year = _started_season_year(self.base, code)
            else:
                year = self._season_by_tense(start, code)
            added.append(self._season_mention(start, end, year, code, mod, relative=True))
        if not added:
            return out
        return sorted(out + added, key=lambda m: m.start)

    def _habit_before(self, start: int) -> bool:
        """A word of habit between the last stop or comma and `start`, in a clause with no
        past tense ("when sales were slack in summer" tells of one summer)."""
        text = self.text
        left = max(0, start - _CUE_WINDOW)
        for stop in _PHRASE_STOP.finditer(text, left, start):
            left = stop.end()
        habit = _HABIT_BEFORE_SEASON.search(text, left, start)
        return habit is not None and _PAST_CUE.search(text, left, start) is None

    def _sessions_of_the_day(self, out: list[DateMention]) -> list[DateMention]:
        """ "in the morning session", "during the afternoon session": a part of the day a
        market or a chamber sits, a time (as "this morning" is) valued by the day named
        before it in the sentence, else by the publication day."""
        added: list[DateMention] = []
        text = self.text
        spans: list[tuple[int, int, str | None]] = []
        for match in _SESSION_OF_DAY.finditer(text):
            group = "part" if match.group("part") else "told"
            spans.append((match.start(group), match.end(group), None))
        if "trad" in text or "dealings" in text or "TRAD" in text:
            for match in _TRADE_HOURS.finditer(text):
                lead = _TRADE_LEAD_BEFORE.search(text, max(0, match.start() - 40), match.start())
                if lead is not None:
                    first = lead.start("mod") if lead.group("mod") else match.start()
                    spans.append((first, match.end(), _mod(lead.group("mod"))))
        for start, end, mod in sorted(spans):
            if any(m.start < end and start < m.end for m in out):
                continue
            left = max(0, start - 200)
            for stop in _SENTENCE_END.finditer(text, left, start):
                left = stop.end()
            named = [
                m
                for m in out
                if left <= m.start and m.end <= start and m.granularity == "day" and m.first_day
            ]
            if named:
                day = named[-1].first_day
            elif self.base is not None:
                day = self.base
            else:
                added.append(self._unresolved(start, end, "day", kind="time", mod=mod))
                continue
            added.append(self._period(start, end, "day", day, relative=True, kind="time", mod=mod))
        if not added:
            return out
        return sorted(out + added, key=lambda m: m.start)

    def _abbreviated_durations(self, out: list[DateMention]) -> list[DateMention]:
        """ "won in 7.64secs", "after 90 mins": lengths with a short unit, where nothing else
        was read (the token scan knows whole unit words only)."""
        added = [
            self._duration_mention(
                match.start(),
                match.end(),
                float(match.group("count")),
                _ABBREVIATED_UNITS[match.group("unit")],
            )
            for match in _ABBREVIATED_DURATION.finditer(self.text)
            if not any(m.start < match.end() and match.start() < m.end for m in out)
        ]
        if not added:
            return out
        return sorted(out + added, key=lambda m: m.start)

    def _wire_month_counts(self, out: list[DateMention]) -> list[DateMention]:
        """ "net for the nine mths", "in six mths to Dec 31", "12 mth figures": the wire's
        short month in running text, a length as "nine months" is. A count opening its line
        ("Nine mths", "12 mths" over an earnings table's rows) is the table's heading, and
        "ONE MTH" in capitals a money-market tenor: neither is read."""
        text = self.text
        added = []
        for match in _WIRE_MONTH_COUNT.finditer(text):
            line_start = text.rfind("\n", 0, match.start()) + 1
            if not text[line_start : match.start()].strip():
                continue  # a table's heading
            if any(m.start < match.end() and match.start() < m.end for m in out):
                continue
            amount = _amount(match.group("count"))
            if amount is not None:
                added.append(self._duration_mention(match.start(), match.end(), amount, "month"))
        if not added:
            return out
        return sorted(out + added, key=lambda m: m.start)

    def _fractional_durations(self, out: list[DateMention], lowered: str) -> list[DateMention]:
        """ "22.4 years", "8-1/2 years", "five-and-a-half years": a length of time with a
        fraction, read where nothing else was (the token scan reads whole figures only)."""
        found: list[tuple[int, int, float, str]] = []
        text = self.text
        for match in _FRACTIONAL_DURATION.finditer(text) if self.fraction_seen else ():
            if match.start() and (
                text[match.start() - 1].isalnum() or text[match.start() - 1] in "$£€.,/-"
            ):
                continue  # "$1.5", the "2.3" of "1.2.3", the "34.5" of "1234.5"
            whole = match.group("whole")
            if match.group("decimal"):
                amount = float(whole + match.group("decimal"))
            else:
                numerator, denominator = match.group("numerator", "denominator")
                if int(numerator) >= int(denominator):
                    continue
                amount = int(whole) + int(numerator) / int(denominator)
            found.append((match.start(), match.end(), amount, match.group("unit")))
        if "a half" in lowered or "a-half" in lowered:
            for match in _AND_A_HALF_DURATION.finditer(self.text):
                counted = _amount(match.group("count"))
                if counted is not None:
                    found.append((match.start(), match.end(), counted + 0.5, match.group("unit")))
        added = [
            self._duration_mention(start, end, round(amount, 3), _unit_key(unit))
            for start, end, amount, unit in found
            if not any(m.start < end and start < m.end for m in out)
        ]
        if not added:
            return out
        return sorted(out + added, key=lambda m: m.start)

    def _weeks_of_months(self, out: list[DateMention]) -> list[DateMention]:
        """ "the second week of January": the month read becomes its seven days (the 8th to
        the 14th; "the last week" its last seven), with any reading inside the words before
        it ("the last week" as a duration) dropped."""
        kept: list[DateMention] = []
        for mention in out:
            if mention.granularity != "month" or mention.first_day is None or mention.mod:
                kept.append(mention)
                continue
            lead = _WEEK_OF_MONTH.search(self.text, max(0, mention.start - 30), mention.start)
            if lead is None:
                kept.append(mention)
                continue
            month_first = mention.first_day
            nth = _WEEK_OF_MONTH_NTH.get(lead.group("nth").lower())
            if nth is None:
                last = _last_day("month", month_first) or month_first
                first = last - timedelta(days=6)
            else:
                first = month_first + timedelta(days=7 * (nth - 1))
                last = first + timedelta(days=6)
            start = lead.start()
            while kept and kept[-1].start >= start:
                kept.pop()
            week = self._make(
                start,
                mention.end,
                _value("week", first + timedelta(days=3)),
                "week",
                first,
                relative=mention.relative,
                last=last,
            )
            kept.append(week)
        return kept

    def _weeks_of_the_month(self, out: list[DateMention], lowered: str) -> list[DateMention]:
        """ "the first week of the month", "the last week of the month": seven days of the
        month last stated before it in the text (within `_MONTH_REFERRED_WITHIN` characters),
        else of the publication month; a reading inside the words ("the last week" as a
        duration) is dropped."""
        for lead in _WEEK_OF_THE_MONTH.finditer(lowered):
            start, end = lead.span()
            if any(
                m.start < end and start < m.end and m.granularity == "week" and m.type == "date"
                for m in out
            ):
                continue
            stated = [
                m
                for m in out
                if m.end <= start
                and start - m.end <= _MONTH_REFERRED_WITHIN
                and m.granularity in {"month", "day"}
                and m.first_day is not None
                and m.type == "date"
            ]
            if stated:
                month_first, relative = stated[-1].first_day.replace(day=1), stated[-1].relative
            elif self.base is not None:
                month_first, relative = self.base.replace(day=1), True
            else:
                out = [m for m in out if not (m.start < end and start < m.end)]
                out.append(self._unresolved(start, end, "week"))
                out.sort(key=lambda m: m.start)
                continue
            nth = _WEEK_OF_MONTH_NTH.get(lead.group("nth"))
            if nth is None:
                last = _last_day("month", month_first) or month_first
                first = last - timedelta(days=6)
            else:
                first = month_first + timedelta(days=7 * (nth - 1))
                last = first + timedelta(days=6)
            week = self._make(
                start,
                end,
                _value("week", first + timedelta(days=3)),
                "week",
                first,
                relative=relative,
                last=last,
            )
            out = [m for m in out if not (m.start < end and start < m.end)]
            out.append(week)
            out.sort(key=lambda m: m.start)
        return out

    def _turns(self, out: list[DateMention], lowered: str) -> list[DateMention]:
        """ "the turn of the year" (century, decade): the start of the period beginning at
        a turn: the one before publication in a past clause or after "since", the one after
        it in a future clause or after a deadline word ("by", "until"); otherwise the nearest
        turn of a year, the last one of a decade or century."""
        added: list[DateMention] = []
        taken = [(mention.start, mention.end) for mention in out]
        for turn in _TURN_OF.finditer(lowered):
            start, end = turn.span()
            if any(a < end and start < b for a, b in taken):
                continue
            unit = turn.group("unit")
            if self.base is None:
                added.append(self._unresolved(start, end, unit, mod="START"))
                continue
            before = _floor(unit, self.base)
            after = _add_units(before, unit, 1)
            previous = self._prev_word(start)
            tense = "past" if previous == "since" else self._tense(start)
            if tense == "past":
                first = before
            elif tense == "future" or previous in _DEADLINE_BEFORE:
                first = after  # "will recover by the turn of the year"
            elif unit == "year" and self.base.month >= _TURN_AHEAD_FROM:
                first = after
            else:
                first = before
            added.append(self._period(start, end, unit, first, relative=True, mod="START"))
        if not added:
            return out
        return sorted(out + added, key=lambda mention: mention.start)

    def _parts_of_named_periods(self, out: list[DateMention], lowered: str) -> list[DateMention]:
        """A day of a week or month named from publication, and the same time a year apart:
        one mention each in place of the parts read apart."""
        if " week" in lowered and "day" in lowered and _NAMED_WEEK_HINT.search(lowered):
            out = self._weekdays_of_named_weeks(out, lowered)
        if "time " in lowered and " year" in lowered:
            out = self._same_time_a_year_apart(out, lowered)
        if " month" in lowered and " of " in lowered and _NAMED_MONTH_HINT.search(lowered):
            out = self._days_of_named_months(out, lowered)
        return out

    def _weekdays_of_named_weeks(self, out: list[DateMention], lowered: str) -> list[DateMention]:
        """ "on Monday last week", "last week on Friday", "Tuesday of next week": that day of
        the ISO week named from publication, one mention in place of the weekday and the
        week read apart."""
        added: list[DateMention] = []
        for named in _WEEKDAY_OF_NAMED_WEEK.finditer(lowered):
            day_name = named.group("day") or named.group("day_after") or named.group("day_owned")
            rel = named.group("rel") or named.group("rel_first") or named.group("rel_owner")
            weekday = FULL_WEEKDAYS.index(day_name)
            start, end = named.span()
            if self.base is None:
                added.append(self._unresolved(start, end, "day", weekday=weekday))
                continue
            monday = self.base - timedelta(days=self.base.weekday())
            day = monday + timedelta(days=7 * _WEEK_STEPS[rel] + weekday)
            added.append(self._period(start, end, "day", day, weekday=weekday, relative=True))
        return _replacing(out, added)

    def _same_time_a_year_apart(self, out: list[DateMention], lowered: str) -> list[DateMention]:
        """ "this time last year", "the same time a year ago": a date stated before it in the
        sentence moved a year, or else the publication's month a year back or ahead."""
        added: list[DateMention] = []
        for same in _SAME_TIME_A_YEAR_APART.finditer(lowered):
            start, end = same.span()
            step = 1 if same.group("rel") == "next" or same.group("ago") == "later" else -1
            stated = None if same.group("det") == "this" else self._stated_before(out, start)
            if stated is not None:
                assert stated.first_day is not None and stated.granularity is not None
                first = _floor(stated.granularity, _add_units(stated.first_day, "year", step))
                added.append(self._period(start, end, stated.granularity, first, mod=stated.mod))
            elif self.base is None:
                added.append(self._unresolved(start, end, "month"))
            else:
                first = _floor("month", _add_units(self.base, "year", step))
                added.append(self._period(start, end, "month", first, relative=True))
        return _replacing(out, added)

    def _stated_before(self, out: list[DateMention], start: int) -> DateMention | None:
        """The last date of a day, week or month stated before `start` in its sentence."""
        earlier = [mention for mention in out if mention.end <= start]
        if not earlier:
            return None
        stated = earlier[-1]
        if (
            stated.type != "date"
            or stated.granularity not in _SAME_TIME_ANCHORS
            or stated.first_day is None
            # (from two characters back: the stop may close the stated date itself)
            or _SENTENCE_END.search(self.text, max(0, stated.end - 2), start) is not None
        ):
            return None
        return stated

    def _days_of_named_months(self, out: list[DateMention], lowered: str) -> list[DateMention]:
        """ "the 6th of last month", "the twentieth of this month": that day of the month
        named from publication."""
        added: list[DateMention] = []
        for named in _DAY_OF_NAMED_MONTH.finditer(lowered):
            number = (
                int(named.group("digits"))
                if named.group("digits")
                else ORDINAL_WORDS[named.group("word")]
            )
            start, end = named.span()
            if self.base is None:
                added.append(self._unresolved(start, end, "day"))
                continue
            month = _add_months(self.base.replace(day=1), _WEEK_STEPS[named.group("rel")])
            if not 1 <= number <= monthrange(month.year, month.month)[1]:
                continue
            added.append(self._period(start, end, "day", month.replace(day=number), relative=True))
        return _replacing(out, added)

    def _wire_heading_days(self, out: list[DateMention]) -> list[DateMention]:
        """ "OPG 9-MAR", "CLSG 30-DEC-86": the day a market table is for, its year the
        one given or, without one, the year a month and day alone take."""
        added: list[DateMention] = []
        hint = _WIRE_HEADING_HINT.search(self.text)
        headings = _WIRE_HEADING_DAY.finditer(self.text, max(0, hint.start() - 2)) if hint else ()
        for heading in headings:
            start, end = heading.span()
            if any(m.start < end and start < m.end for m in out):
                continue
            month = MONTHS[heading.group("month").lower()]
            day = int(heading.group("day"))
            if heading.group("year"):
                two = int(heading.group("year"))
                year = (1900 if two >= 50 else 2000) + two
            elif self.base is None:
                added.append(self._unresolved(start, end, "day"))
                continue
            else:
                year = self._year_for_day(start, month, day)
            if not 1 <= day <= monthrange(year, month)[1]:
                continue
            added.append(self._period(start, end, "day", date(year, month, day)))
        if not added:
            return out
        return sorted(out + added, key=lambda mention: mention.start)

    def _elided_last(self, out: list[DateMention]) -> list[DateMention]:
        """ "more acres this year than last", "as high this year as last": the bare "last" is
        the period before the one "this" names, of the same unit."""
        added: list[DateMention] = []
        starts = {mention.start for mention in out}
        for mention in out:
            if mention.granularity not in _ELIDED_UNITS or mention.first_day is None:
                continue
            elided = _ELIDED_LAST_AFTER.match(self.text, mention.end)
            if (
                elided is None
                or elided.start("last") in starts
                or not mention.text.lower().startswith("this")
            ):
                continue
            gran = mention.granularity
            first = _floor(gran, _add_units(mention.first_day, gran, -1))
            start, end = elided.span("last")
            added.append(self._period(start, end, gran, first, relative=True))
        if not added:
            return out
        return sorted(out + added, key=lambda mention: mention.start)

    def _sport_seasons(self, out: list[DateMention]) -> list[DateMention]:
        """ "this season", "last season", "the season before last", "N seasons ago": dated by
        the calendar of the sport or crop the text is about, else left unresolved."""
        added: list[DateMention] = []
        for m in _SPORT_SEASON.finditer(self.text):
            if any(o.start < m.end() and m.start() < o.end for o in out):
                continue
            if m.group("ss_rel"):
                rel = m.group("ss_rel").lower()
                shift = _SEASON_SHIFT[rel]
                if rel == "previous" and self._year_stated_before(m.start()):
                    # "in 1985/86 ... from the previous season": the one before that year's
                    added.append(self._unresolved(m.start(), m.end(), "year"))
                    continue
            elif m.group("ss_before"):
                shift = -2
            else:
                amount = _amount(m.group("ss_num"))
                if amount is None or amount != int(amount) or not 0 < amount < 100:
                    continue
                shift = -int(amount)
            added.append(self._season_of_play(m.start(), m.end(), shift))
        if not added:
            return out
        return sorted(out + added, key=lambda mention: mention.start)

    def _year_stated_before(self, start: int) -> bool:
        """Whether the sentence before `start` states a year, as "the previous season" may
        count back from it."""
        opening = max(0, start - 240)
        for stop in _SENTENCE_END.finditer(self.text, opening, start):
            opening = stop.end()
        return _STATED_YEAR.search(self.text, opening, start) is not None

    def _season_of_play(self, start: int, end: int, shift: int) -> DateMention:
        """A season `shift` seasons from the one under way at publication. Across the turn of
        the year (football's August to May) it is named by the year it opens in, its days July
        to June; within one year (cricket, baseball), by its year. A crop's season is left
        unresolved: marketing years open in different months and a report often counts from
        the split year it names ("the 1986/87 season"), which the ledger reads for a crop's
        tonnes (`ledger.identity`)."""
        base = self.base
        kind = self._season_calendar(start)
        if base is None or kind is None:
            return self._unresolved(start, end, "year")
        if kind == "in-year":
            year = base.year + shift
            first, last = date(year, 1, 1), date(year, 12, 31)
        else:
            if kind == "crop":
                return self._unresolved(start, end, "year")
            year = (base.year if base.month >= 8 else base.year - 1) + shift
            first, last = date(year, 7, 1), date(year + 1, 6, 30)
        return self._make(start, end, str(year), "year", first, relative=True, last=last)

    def _season_calendar(self, start: int) -> str | None:
        """Which calendar the words nearest a season name: "across", "in-year" or "crop"."""
        if self.calendar_words is None:  # found once per text, for all its seasons
            text = self.text
            self.calendar_words = [
                (kind, [found.start() for found in pattern.finditer(text)])
                for pattern, kind in (
                    (_ACROSS_YEAR_SPORT, "across"),
                    (_IN_YEAR_SPORT, "in-year"),
                    (_CROP_SEASON, "crop"),
                )
            ]
        best: tuple[int, str] | None = None
        for kind, places in self.calendar_words:
            for place in places:
                distance = abs(place - start)
                if best is None or distance < best[0]:
                    best = (distance, kind)
        return best[1] if best is not None and best[0] <= 1500 else None

    def _first_members(self, out: list[DateMention]) -> list[DateMention]:
        """Complete the first member of a range or an alternative from its second: the day of
        "16 or 17 March" (read as a day of the same month), the count of "four to eight
        weeks" (a duration of the same unit) and the year of "January-June 1985" or "between
        May and July 1985" (the first month takes the second's year, the year before when
        it comes later in the calendar); then the months of lists in calendar order."""
        text = self.text
        added: list[DateMention] = []
        for index, mention in enumerate(out):
            start = mention.start
            previous = out[index - 1] if index else None
            if previous is not None and previous.end > start - 14:
                # A mention just before: it may be a span's first month, and it covers any
                # first count or day there would be.
                if mention.granularity == "month":
                    fixed = self._month_of_span(previous, mention)
                    if fixed is not None:
                        out[index - 1] = fixed
                    ordered = self._order_month_span(out[index - 1], mention)
                    if ordered is not None:
                        out[index - 1], out[index] = ordered
                continue
            if start == 0:
                continue
            before = text[max(0, start - 16) : start]
            if mention.type == "duration":
                extra = self._first_count(mention, before)
            elif mention.granularity == "day" and mention.text[:1].isdigit():
                extra = self._first_day(mention, before)
                # "14, 20 and 27 April": the days listed before with commas, back to the first
                while extra is not None:
                    added.append(extra)
                    before = text[max(0, extra.start - 16) : extra.start]
                    extra = self._first_day(extra, before, _LISTED_DAY_BEFORE)
            else:
                extra = None
            if extra is not None:
                added.append(extra)
        if added:
            out = sorted(out + added, key=lambda m: m.start)
        return self._months_of_lists(out) if len(out) > 2 else out

    def _months_of_lists(self, out: list[DateMention]) -> list[DateMention]:
        """Months "of that year" placed, then the months of lists in calendar order."""
        if _THAT_YEAR_LOWERED_HINT.search(self.text.lower()) and _OF_THAT_YEAR.search(self.text):
            out = self._months_of_that_year(out)
        return self._order_month_lists(out)

    def _months_of_that_year(self, out: list[DateMention]) -> list[DateMention]:
        """ "... in October 1985 and a peak in June of that year", "the first lot due in
        April 1989, the others in March, July and November of that year": the month (or the
        list of months) before "of that year" or "of the same year", and that year itself,
        take the year of the last month or day named with its year earlier in the paragraph.
        With none there, all stay as read."""
        text = self.text
        for index, mention in enumerate(out):
            if index < 2 or _THAT_YEAR.fullmatch(mention.text) is None:
                continue
            month = out[index - 1]
            if not _is_bare_month(month, text) or not _OF_BETWEEN.fullmatch(
                text, month.end, mention.start
            ):
                continue
            first = index - 1
            while (
                first > 0
                and _is_bare_month(out[first - 1], text)
                and _LIST_JOINT.fullmatch(text, out[first - 1].end, out[first].start)
            ):
                first -= 1
            year = self._year_named_before(out[:first], out[first].start)
            if year is None:
                continue
            for place in range(first, index):
                member = out[place]
                assert member.first_day is not None
                out[place] = self._period(
                    member.start,
                    member.end,
                    "month",
                    member.first_day.replace(year=year),
                    mod=member.mod,
                    relative=True,
                )
            opening = date(year, 1, 1)
            out[index] = self._make(
                mention.start,
                mention.end,
                _value("year", opening),
                "year",
                opening,
                relative=True,
                last=date(year, 12, 31),
            )
        return out

    def _year_named_before(self, earlier: list[DateMention], start: int) -> int | None:
        """The year of the last month or day named with its year ("October 1985", "June 3,
        1984") before `start`, in the same paragraph and at most 300 characters back."""
        for mention in reversed(earlier):
            if mention.end < start - 300 or _PARAGRAPH_BREAK.search(self.text, mention.end, start):
                return None
            if (
                mention.granularity in {"month", "day"}
                and mention.first_day is not None
                and _STATED_YEAR.search(mention.text)
            ):
                return mention.first_day.year
        return None

    def _month_of_span(self, first: DateMention, second: DateMention) -> DateMention | None:
        if first.granularity != "month" or first.first_day is None or second.first_day is None:
            return None
        if not _BARE_MONTH.fullmatch(first.text) or not re.search(r"\d{4}", second.text):
            return None
        if not _MONTH_SPAN_JOINT.fullmatch(self.text, first.end, second.start):
            return None
        year = second.first_day.year
        if first.first_day.month > second.first_day.month:
            year -= 1
        if first.first_day.year == year:
            return None
        day = first.first_day.replace(year=year)
        return self._make(first.start, first.end, _value("month", day), "month", day, mod=first.mod)

    def _order_month_span(
        self, first: DateMention, second: DateMention
    ) -> tuple[DateMention, DateMention] | None:
        """Put the two months of a span or an alternative in calendar order ("between August
        and November", "March-May", "July or August", "late May/early June", "between now
        and August"): each bare month is read on its own, so a first month read ahead and a
        second read back (November gone by, August to come) give a span that ends before it
        starts. The second month then follows the first (in its year, or the next when it
        comes earlier in the calendar); when the first lies wholly behind the base and the
        second, so moved, would lie ahead, or the first was read more than half a year
        ahead, the span is the one the second names and the first takes its year instead.
        A span across the turn of the year whose first month was read ahead is left as read.
        "January and December" without "between" is a pair of months compared, not a span,
        and stays as read."""
        text = self.text
        if second.granularity != "month" or second.first_day is None:
            return None
        if not _BARE_MONTH.fullmatch(second.text):
            return None
        joint = text[first.end : second.start]
        if _MONTH_SPAN_JOINT.fullmatch(joint) is None:
            return None
        opened_by_between = _BETWEEN_BEFORE.search(text, max(0, first.start - 12), first.start)
        if re.fullmatch(r"\s*and\s*", joint, re.IGNORECASE) and opened_by_between is None:
            return None
        later = second.first_day
        if first.value == "PRESENT_REF" and first.text.lower() == "now":
            return self._month_after_now(first, second, opened_by_between is not None)
        if first.granularity != "month" or first.first_day is None:
            return None
        if not _BARE_MONTH.fullmatch(first.text):
            return None
        stated = self._stated_span_year(first, second)
        if stated is not None:
            return stated
        earlier = first.first_day
        if later >= earlier:
            return None
        if later.month < earlier.month and self.base is not None and earlier > self.base:
            # A fiscal year from May to January written in February: its first month may as
            # well be the last one as the coming one.
            return None
        year = earlier.year + (1 if later.month < earlier.month else 0)
        moved = later.replace(year=year)
        if (
            self.base is not None
            and later.month >= earlier.month
            and (
                # A first month read more than half a year ahead (a modal verb before "in
                # February/March", written in July) is the odd reading, not the second.
                earlier > self.base + timedelta(days=183)
                # A span gone by: the first month passed, the second would be to come.
                or (first.last_day is not None and first.last_day < self.base and moved > self.base)
            )
        ):
            back = earlier.replace(year=later.year)
            first = self._period(
                first.start, first.end, "month", back, mod=first.mod, relative=first.relative
            )
            return first, second
        return first, self._period(
            second.start, second.end, "month", moved, mod=second.mod, relative=second.relative
        )

    def _stated_span_year(
        self, first: DateMention, second: DateMention
    ) -> tuple[DateMention, DateMention] | None:
        """The months of a span named with the year they divide: "1990/91 (October/
        September)", "the 1992 licence year (March-November)", "the May/January period of
        1990/91".
        A split year puts the first month in its first year and a second month earlier in
        the calendar in the next; a single year holds both months of a span that does not
        cross its turn."""
        assert first.first_day is not None and second.first_day is not None
        text = self.text
        stated = _YEAR_BEFORE_SPAN.search(text, max(0, first.start - 40), first.start)
        if stated is None:
            stated = _YEAR_AFTER_SPAN.match(text, second.end)
        if stated is None:
            return None
        opening = int(stated.group("opening"))
        crosses = second.first_day.month < first.first_day.month
        if crosses != (stated.group("closing") is not None):
            return None
        start_day = first.first_day.replace(year=opening)
        end_day = second.first_day.replace(year=opening + crosses)
        if (start_day, end_day) == (first.first_day, second.first_day):
            return None
        return (
            self._period(first.start, first.end, "month", start_day, mod=first.mod),
            self._period(second.start, second.end, "month", end_day, mod=second.mod),
        )

    def _month_after_now(
        self, now: DateMention, second: DateMention, opened_by_between: bool
    ) -> tuple[DateMention, DateMention] | None:
        # "between now and August", "from now to August": the month is the coming one.
        if not opened_by_between:
            return None
        if self.base is None or second.first_day >= self.base.replace(day=1):
            return None
        later = second.first_day
        ahead = later.replace(year=later.year + 1)
        while ahead < self.base.replace(day=1):
            ahead = ahead.replace(year=ahead.year + 1)
        return now, self._period(
            second.start, second.end, "month", ahead, mod=second.mod, relative=second.relative
        )

    def _first_day(
        self, second: DateMention, before: str, shape: re.Pattern[str] = _FIRST_DAY_BEFORE
    ) -> DateMention | None:
        match = shape.search(before)
        if match is None:
            return None
        number = int(match.group(1))
        start = second.start - len(before) + match.start(1)
        end = second.start - len(before) + match.end(1)
        if second.first_day is None:
            return self._unresolved(start, end, "day")
        day = second.first_day
        if not 1 <= number < day.day:
            return None
        first = day.replace(day=number)
        return self._make(start, end, first.isoformat(), "day", first, relative=second.relative)

    def _first_count(self, second: DateMention, before: str) -> DateMention | None:
        match = _FIRST_COUNT_BEFORE.search(before)
        shape = _COUNT_AND_UNIT.match(second.text)
        if match is None or shape is None:
            return None
        if match.group("and") and not match.group("between") and match.group("num")[0].isdigit():
            return None  # "1986 and 12 months", "page 3 and two weeks": figures joined by chance

        amount, upper = _amount(match.group("num")), _amount(shape.group("num"))
        if amount is None or upper is None or not 0 < amount < upper:
            return None
        start = second.start - len(before) + match.start("num")
        end = second.start - len(before) + match.end("num")
        value = _duration_value(amount, _unit_key(shape.group("unit")))
        return self._make(start, end, value, None, kind="duration")

    def _note_era(self, mention: DateMention) -> None:
        if mention.granularity in _ERA_NOTED and mention.first_day is not None:
            self.era = (mention.granularity, mention.first_day, mention.end)

    def _note_anchor(self, mention: DateMention) -> None:
        """Make a stated period the reference of "a year earlier", "the previous month", unless
        it is only the comparison figure of the period discussed."""
        first = self.nominal_first.get((mention.start, mention.end), mention.first_day)
        gran = mention.granularity or "day"
        if first is None:
            return
        if self._year_ago_comparison(mention):
            if gran == "year" and self.anchor is not None and self.anchor[0] == "day":
                # "1990 accounts out today ... against a 1989 loss ... a year earlier": the
                # comparison year puts the talk back on the year discussed.
                self.anchor = ("year", self.year_discussed or first)
            return
        self.anchor = (gran, first)
        if gran == "year":
            self.year_discussed = first
        if gran == "quarter":
            self.quarter_anchor = first
            closed = (mention.start, mention.end) in self.nominal_first
            self.quarter_days = None
            if closed and mention.first_day is not None and mention.last_day is not None:
                self.quarter_days = (mention.first_day, mention.last_day)
        elif gran == "month" and _QUARTER_AFTER.match(self.text, mention.end):
            # "the September quarter": the three months that end with September.
            self.quarter_anchor = _add_months(first, -2)
            self.quarter_days = None
        elif self.quarter_anchor is not None and self._ends_quarter_talk(mention):
            self.quarter_anchor = None

    def _year_ago_comparison(self, mention: DateMention) -> bool:
        """A period exactly one year before the one discussed, of the same length: the
        comparison figure of a report ("sales in May ..., against 7,000 in May last year"),
        after which "a year earlier" still counts back from the period discussed."""
        gran = mention.granularity
        first = self.nominal_first.get((mention.start, mention.end), mention.first_day)
        if first is None or gran not in _COMPARED_GRANS:
            return False
        discussed = self.quarter_anchor if gran == "quarter" else None
        if discussed is None and self.anchor is not None and self.anchor[0] == gran:
            discussed = self.anchor[1]
        if discussed is None and gran == "year" and self.anchor is not None:
            # a day stated since ("out today") leaves the year discussed as it was
            discussed = self.year_discussed if self.anchor[0] == "day" else None
        if discussed is None or first >= discussed:
            return False
        # Not a year: a report often moves on to it ("a loss for 2024. Its 2023 profit ...").
        if gran != "year" and discussed.year > 1 and _add_months(discussed, -12) == first:
            return True
        # An earlier period after "from", "than", "against": "slipped 2 pct from June".
        window = self.text[max(0, mention.start - 45) : mention.start]
        return _COMPARED_BEFORE.search(window) is not None

    def _ends_quarter_talk(self, mention: DateMention) -> bool:
        """Whether a period stated after a quarter is the one now discussed ("In May sales
        rose from a year earlier": May of the year before). A day does not count (often the
        day of the report: "..., the company said Tuesday"), nor the quarter's own year or the
        year before it, which a comparison names ("up from a loss in 2003")."""
        quarter = self.quarter_anchor
        gran = mention.granularity
        if quarter is None or mention.first_day is None or gran not in _ENDS_QUARTER_TALK:
            return False
        if gran == "year":
            return mention.first_day.year not in {quarter.year, quarter.year - 1}
        # "the September quarter": a month that names a quarter keeps the quarter talk.
        return _QUARTER_AFTER.match(self.text, mention.end) is None

    def _match_token(self, tokens: list[str], index: int, start: int) -> re.Match[str] | None:
        """The patterns that can start with this token (digits, a month, a weekday, any other
        trigger) tried at its offset: the first that matches wins."""
        word = tokens[index]
        if word[0] <= "9":
            return _DIGIT_MASTER.match(self.text, start)
        if word in _MONTH_WORDS:
            return _MONTH_MASTER.match(self.text, start)
        if word in _WEEKDAY_WORDS:
            return _WEEKDAY_MASTER.match(self.text, start)
        if word == "the":
            following = tokens[index + 1] if index < len(tokens) - 1 else ""
            master = _MASTER_AFTER_THE.get(following, _THE_MASTER)
            match = master.match(self.text, start) if master is not None else None
            # Tried apart, after every shape failed, to keep the main alternation short.
            return match if match is not None else _UNIT_NEXT.match(self.text, start)
        match = _MASTER_OF_WORD.get(word, _MASTER).match(self.text, start)
        if match is None:
            leads = _PART_OF_DAY_LEADS.get(word)
            if leads is not None and index < len(tokens) - 1 and tokens[index + 1] in leads:
                return _DAYREF_MASTER.match(self.text, start)  # "last night", "this morning"
        return match

    def _worth_trying(self, tokens: list[str], index: int, start: int) -> bool:
        """Cheap token test before the (costlier) full pattern is tried at a token."""
        word = tokens[index]
        if word in _STRONG_TRIGGERS:
            return True
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        digits = word.lstrip("'")
        if digits[:1].isdigit():
            if start > 1 and self.text[start - 1] in ",./" and self.text[start - 2].isdigit():
                # the "000" of "2,000", the "2" of "1-1/2": part of a number; tried only
                # before a singular "week ago" (the figure of "2,000 week ago", read below).
                # Before a unit, a fraction's tail: "22.4 years", "8-1/2 years" are read in
                # `_finish`.
                if following in _UNIT_TOKENS:
                    self.fraction_seen = True
                return _SINGULAR_AGO_AFTER.match(self.text, start + len(word)) is not None
            if len(digits) == 4 or word.endswith("s") or following in NEXT_AFTER_NUMBER:
                return True
            end = start + len(word)
            return self.text[end : end + 1] in {"/", "-"}
        if word not in _WEAK_TRIGGERS or not following:
            return False
        specific = _NEXT_AFTER_SPECIFIC.get(word)
        if specific is not None:
            if following == "to" and word == "year":  # "year to date", not "year to March"
                return index + 2 < len(tokens) and tokens[index + 2] == "date"
            return following in specific
        return following in _NEXT_AFTER_WEAK or following[0].isdigit()

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
        last: date | None = None,
    ) -> DateMention:
        text = self.text
        # Optional parts of a pattern may swallow trailing blanks and commas.
        while end > start and text[end - 1] in " \t\r\n,":
            end -= 1
        if last is None and first is not None and gran:
            last = _last_day(gran, first)
        if mod is None and kind == "date" and self._after_since(start):
            mod = "ON_OR_AFTER"
            if first is not None and self.base is not None:
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
            mod=mod,
        )

    def _period(self, start: int, end: int, gran: str, first: date, **kw) -> DateMention:
        return self._make(start, end, _value(gran, first), gran, first, **kw)

    def _unresolved(self, start: int, end: int, gran: str | None, **kw) -> DateMention:
        return self._make(start, end, None, gran, relative=True, **kw)

    def _after_since(self, start: int) -> bool:
        # "since" ends at most three characters before the start: a substring test first
        # spares the word search for almost every mention.
        # "ince" (any case of the "S") before lowering anything: most mentions have none.
        near = self.text[max(0, start - 8) : start]
        if "ince" not in near and "INCE" not in near:
            return False
        return "since" in near.lower() and self._prev_word(start) == "since"

    def _prev_word(self, start: int) -> str:
        match = _PREV_WORD.search(self.text, max(0, start - 30), start)
        return match.group(1).lower() if match else ""

    def _is_future(self, start: int) -> bool:
        """A future-tense cue earlier in the same sentence."""
        text = self.text
        past = _PAST_VERB.search(text, max(0, start - 20), start)
        if past and not _PASSIVE_BEFORE.search(text, max(0, past.start() - 24), past.start()):
            return False  # "said Friday", "announced Wednesday": the verb sets the tense
        window = self._clause_start(start, _CUE_WINDOW)
        cues = list(_FUTURE_CUE.finditer(text, window, start))
        if not cues:
            return False
        # The cue nearest the expression sets its tense, with the cues it follows ("due to
        # expire", "expected to be scheduled").
        nearest = len(cues) - 1
        while nearest and text[cues[nearest - 1].end() : cues[nearest].start()].isspace():
            nearest -= 1
        cue = cues[nearest]
        if not _DUE_CUE.match(cue.group()):
            return True
        # "due to the weather", "due to rising costs" name a cause, no time ahead; "had been
        # due to expire Friday" is a deadline overtaken, its day past ("was due to expire on
        # June 30" may still lie ahead).
        return not (
            _CAUSE_AFTER_DUE.match(text, cue.end())
            or _PAST_BEFORE_CUE.search(text, window, cue.start())
        )

    def _clause_start(self, start: int, reach: int) -> int:
        """Where the clause holding `start` opens, looking back `reach` characters at most."""
        window = max(0, start - reach)
        for stop in _CLAUSE_END.finditer(self.text, window, start):
            window = stop.end()
        return window

    def _future_verb_phrase_before(self, start: int) -> bool:
        """ "will issue ... worth of stock depending on market conditions at its tender on
        Thursday": a "will" or "shall" further back than the clause window reaches, when the
        words from it to the day hold no punctuation, no past tense and no verb of reporting
        (one verb phrase, however long its object)."""
        text = self.text
        window = self._clause_start(start, _SENTENCE_WINDOW)
        cues = list(_WILL_CUE.finditer(text, window, start))
        if not cues:
            return False
        between = text[cues[-1].end() : start]
        return not (
            _PHRASE_BREAK.search(between)
            or _PAST_CUE.search(between)
            or _REPORTING_VERB.search(between)
        )

    def _forecast_before(self, start: int) -> bool:
        """A verb of expectation earlier in the clause ("sees a fourth-quarter gain")."""
        window = max(0, start - _CUE_WINDOW)
        for stop in _CLAUSE_END.finditer(self.text, window, start):
            window = stop.end()
        return _FORECAST_CUE.search(self.text, window, start) is not None

    def _looks_ahead(self, start: int) -> bool:
        """A future tense before the expression, or a forecast in a clause with no past tense
        ("is expected at the weekend", but "said at the weekend it expected")."""
        if self._is_future(start):
            return True
        return self._forecast_before(start) and self._tense(start) != "past"

    def _sentence_looks_ahead(self, start: int) -> bool:
        """A future or a forecast anywhere earlier in the sentence ("said it expects to take
        a charge against earnings for the quarter ended ..."), however far back: the "ended"
        right before the expression is no tense of the sentence's own."""
        text = self.text
        window = max(0, start - _SENTENCE_WINDOW)
        for stop in _CLAUSE_END.finditer(text, window, start):
            window = stop.end()
        return bool(
            _FUTURE_CUE.search(text, window, start) or _FORECAST_CUE.search(text, window, start)
        )

    def _ending_before(self, start: int) -> bool:
        """ "ending (in)" right before: the close of a period still running or just closed,
        unless that period is named as an earlier one ("the previous year ending June 30")."""
        text = self.text
        near = text[max(0, start - 16) : start]
        if "nd" not in near:  # "ending", "ends", "to end": spares the search almost always
            return False
        ending = _ENDING_BEFORE.search(text, max(0, start - 16), start)
        if ending is None:
            return False
        before = ending.start()
        return _EARLIER_PERIOD_BEFORE.search(text, max(0, before - 32), before) is None

    def _scheduled_before(self, start: int, *, due: bool = True) -> bool:
        """A present tense of a scheduled event or a modal right before ("the strike starts
        Monday", "may meet on Friday"), with at most three words between ("reports results
        on"), no punctuation, no past tense and no "had" before it ("had been due to expire
        Friday"). With `due` False, "is due", "is expected" do not count (left to
        `_is_future`, which tells a plan from a cause)."""
        tokens = self.text[max(0, start - 48) : start].split()
        index = len(tokens) - 1
        if index >= 0 and tokens[index].lower() in {"on", "next"}:
            index -= 1
        for _ in range(4):
            if index < 0 or not tokens[index].isalpha():
                return False  # a clause end, a quote, a number
            word = tokens[index].lower()
            before = tokens[index - 1].lower() if index else ""
            if (
                word in _SCHEDULED_VERBS
                or (
                    word in _MODALS
                    and tokens[index] == word  # "May" may be the month
                    and index + 1 < len(tokens)  # a modal needs its verb before the day
                    and tokens[index + 1].lower() not in _NOT_AHEAD_AFTER_MODAL
                )
                or (word in _SCHEDULED_PARTICLES and before in _SCHEDULED_PARTICLES[word])
                or (
                    before in {"is", "are"}
                    and (
                        (due and word in {"due", "expected"})
                        or (len(word) > 5 and word.endswith("ing"))
                    )
                )
            ):
                if before in {"the", "a", "its"}:
                    return False  # "at the close of business Friday": a noun
                if any(token.lower() == "had" for token in tokens[:index]):
                    return False  # "had been due to expire Friday": a timetable overtaken
                return _PAST_VERB.search(self.text, max(0, start - 20), start) is None
            if word in _SCHEDULED_STOPS:
                return False
            index -= 1
        return False

    def _clock_before(self, start: int) -> bool:
        return _CLOCK_BEFORE.search(self.text, max(0, start - 20), start) is not None

    # ---- handlers: one per named alternative of _MASTER -----------------------------------

    def _fulldate(self, m: re.Match[str]) -> DateMention | None:
        month_text = m.group("fd_mon") or m.group("fd_mon2") or m.group("fd_mon3")
        day_word = m.group("fd_dayword")
        day_text = m.group("fd_day") or m.group("fd_day2") or day_word
        month = MONTHS[month_text.rstrip(".").lower()]
        day = (
            int(NUMBER_WORDS[day_word.lower()])
            if day_word
            else int(day_text.rstrip("stndrhSTNDRH"))
        )
        weekday_text = m.group("fd_wd")
        weekday = WEEKDAYS[weekday_text.rstrip(".").lower()] if weekday_text else None
        start, end = m.start(), m.end()
        if (
            day_word
            and _IN_BEFORE.search(self.text, max(0, start - 4), start)
            and not _AFTER_A_DAY_IN_WORDS.match(self.text, end)
        ):
            # "In March one bank failed": after "in", a day in words only before a word that
            # goes on from a date ("in March one to ...", "in April four were ...").
            month_end = start + len(month_text)
            return self._month_period(start, month_end, month, self._prev_word(start), None)
        if (
            m.group("fd_mon")
            and not (m.group("fd_year") or m.group("fd_day_to") or weekday_text)
            and day_text.isdigit()
            and _IN_BEFORE.search(self.text, max(0, start - 4), start)
            and _COUNTED_AFTER.match(self.text, end)
        ):
            # "In May 40 people were hurt": the month alone, then a count.
            month_end = start + len(month_text)
            return self._month_period(start, month_end, month, self._prev_word(start), None)
        kind = "time" if self._clock_before(start) else "date"
        year_text = m.group("fd_year")
        year_rel = m.group("fd_rel")
        if year_text:
            year, relative = int(year_text), False
        else:
            if self.base is None:
                return self._unresolved(start, end, "day", weekday=weekday, kind=kind)
            if year_rel:
                # "on May 12 next year", "3 November this year": the year named after the day.
                year = self.base.year + _YEAR_STEP[year_rel.lower()]
            else:
                year = self._year_for_day(start, month, day)
            relative = True
        if day > monthrange(year, month)[1]:
            return None
        first = date(year, month, day)
        last = None
        day_from = m.group("fd_day_from")
        if day_from:
            # "12-15 June", "12 to 15 June": the written day is the last of the range.
            day, day_to_text = int(day_from.rstrip("stndrhSTNDRH")), day_text
        else:
            day_to_text = m.group("fd_day_to")
        if day_to_text:
            # "Dec. 19-21", "June 12 to 15": one mention from the first to the last day.
            day_to = int(day_to_text.rstrip("stndrhSTNDRH"))
            if not day < day_to <= monthrange(year, month)[1]:
                return None
            first = date(year, month, day)
            last = date(year, month, day_to)
        return self._make(
            start,
            end,
            first.isoformat(),
            "day",
            first,
            weekday=weekday,
            relative=relative,
            kind=kind,
            last=last,
        )

    def _second_day(self, first: DateMention) -> DateMention | None:
        """ "April 24 and 25", "on May 3 or 4": a later day of the same month after a date."""
        day = first.first_day
        if day is None or first.last_day != day or not first.text[:1].isalpha():
            return None
        if first.text[-1:].isdigit() and len(first.text) > 4 and first.text[-4:].isdigit():
            return None  # "April 24, 1999 and 25 ..." reads a count after a year
        match = _SECOND_DAY.match(self.text, first.end)
        if match is None:
            return None
        number = int(match.group(1))
        if not day.day < number <= monthrange(day.year, day.month)[1]:
            return None
        second = day.replace(day=number)
        start, end = match.start(1), match.end()
        return self._make(start, end, second.isoformat(), "day", second, relative=first.relative)

    def _year_for_day(
        self, start: int, month: int, day: int, *, ending: bool = False, ended: bool = False
    ) -> int:
        """News convention: a month and day without a year are past, unless close ahead or
        announced in the future tense."""
        base = self.base
        assert base is not None
        candidates = [
            date(year, month, day)
            for year in (base.year - 1, base.year, base.year + 1)
            if day <= monthrange(year, month)[1]
        ]
        if _LAST_BEFORE_DAY.search(self.text, max(0, start - 12), start):
            # "last April 14", written on April 10: the one a year back, never one ahead.
            past = [c for c in candidates if c < base]
            return past[-1].year if past else base.year
        if (
            ended or _ENDED_BEFORE.search(self.text, max(0, start - 12), start)
        ) and not self._sentence_looks_ahead(start):
            # "earned 3 mln in the quarter ended June 30": a period already closed, so the
            # last such day up to the publication day, even one a few weeks ahead of it in
            # the year (written in May, last year's June 30). Not in a clause that looks
            # ahead ("expects a charge in the quarter ended March 31", written in March):
            # wire copy writes "ended" for the close still to come as well.
            past = [c for c in candidates if c <= base]
            return past[-1].year if past else base.year
        if ending or self._ending_before(start):
            # "the quarter ending Dec. 31": a period still running, or one closed within the
            # last three months (its results reported now), never one a year back.
            upcoming = [c for c in candidates if c >= base - timedelta(days=_DAYS_REPORTED)]
            return upcoming[0].year if upcoming else base.year
        if (
            _PAYMENT_LABEL_BEFORE.search(self.text, max(0, start - 24), start)
            and not self._is_future(start)
            and self._tense(start) != "past"
        ):
            # A dividend's pay or record day listed with no verb ("Pay July 9", "Record Jan
            # 20"): the next such day, or one up to three months back (a record day is often
            # some weeks past when the dividend is reported).
            upcoming = [c for c in candidates if c >= base - timedelta(days=_DAYS_REPORTED)]
            return upcoming[0].year if upcoming else base.year
        if _EFFECTIVE_BEFORE.search(self.text, max(0, start - 24), start) and (
            self._past_cue_in_clause(start)
        ):
            # "sold the unit effective January 1", "was named chairman effective June 1": a
            # change already made takes effect on the nearer such day, back or ahead.
            return min(candidates, key=lambda c: abs((c - base).days)).year
        if self._is_future(start) or (
            self.text[max(0, start - 7) : start].lower().endswith(_DEADLINE_WORDS)
            and self._tense(start) != "past"
        ):
            # A deadline ("hopes to have a plan ready by June 1") lies ahead, as a future does.
            # A day of the month just past stays past in a future-tense clause ("aid for
            # the victims of the Aug. 7 blasts will come", said on Aug. 18), as a month does.
            upcoming = [c for c in candidates if c >= base - timedelta(days=_DAYS_JUST_PAST)]
            return upcoming[0].year if upcoming else base.year
        close = base + timedelta(days=_DAYS_AHEAD_TOLERANCE)
        if _past_before(_PAST_EVENT_BEFORE_DAY, self.text, start):
            # "the season began May 1", written in April: gone by, not the coming May 1.
            close = base
        later = [c for c in candidates if c > close]
        if (
            later
            and later[0] <= base + timedelta(days=_DAYS_AHEAD_SCHEDULED)
            and self._scheduled_before(start, due=False)
        ):
            # "the museum reopens on September 3", written in May: a timetable, as before a
            # month ("reopens in September").
            return later[0].year
        recent = [c for c in candidates if c <= close]
        return recent[-1].year if recent else base.year

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
        mod = _mod(m.group("my_mod"))
        if m.group("my_year") or m.group("my_spoken"):
            year_text = m.group("my_year")
            year = int(year_text) if year_text else _spoken_year(m.group("my_spoken"))
            first = date(year, month, 1)
            return self._period(m.start(), m.end(), "month", first, mod=mod)
        if self.base is None:
            return self._unresolved(m.start(), m.end(), "month", mod=mod)
        shift = {"this": 0, "last": -1, "next": 1}[m.group("my_rel").lower()]
        first = date(self.base.year + shift, month, 1)
        return self._period(m.start(), m.end(), "month", first, mod=mod, relative=True)

    def _holiday(self, m: re.Match[str]) -> DateMention | None:
        name = re.sub(r"\s+", " ", m.group("hol_name").lower())
        start, end = m.start(), m.end()
        gran = "week" if name == "easter week" else "day"
        if m.group("hol_year"):
            year = int(m.group("hol_year"))
            return self._period(start, end, gran, _floor(gran, _holiday_day(name, year)))
        if self.base is None:
            return self._unresolved(start, end, gran)
        base = self.base
        rel = (m.group("hol_rel") or "").lower()
        this_year = _holiday_day(name, base.year)
        if rel == "next" or (rel == "" and self._is_future(start)):
            when = this_year if this_year >= base else _holiday_day(name, base.year + 1)
        elif rel == "this":
            when = this_year
        elif rel == "last":
            when = this_year if this_year < base else _holiday_day(name, base.year - 1)
        else:  # a bare holiday in past-tense news: the last one, unless it is weeks away
            upcoming = this_year <= base + timedelta(days=60)
            when = this_year if upcoming else _holiday_day(name, base.year - 1)
            if rel == "last" and when == base:
                when = _holiday_day(name, base.year - 1)
        return self._period(start, end, gran, _floor(gran, when), relative=True)

    def _newyear(self, m: re.Match[str]) -> DateMention | None:
        """ "in the new year": said from October to December, the year after publication;
        in January or February, the year just begun; at other times no reading. "Over the New
        Year", "at the New Year": the holiday, January 1."""
        start = m.start()
        if _NEW_YEAR_HOLIDAY_BEFORE.search(self.text, max(0, start - 30), start):
            # The holiday: January 1 of the year beginning nearest to publication.
            if self.base is None:
                return self._unresolved(start, m.end(), "day")
            year = self.base.year + (self.base.month > _NEW_YEAR_HOLIDAY_AFTER_UNTIL)
            return self._period(start, m.end(), "day", date(year, 1, 1), relative=True)
        if self.base is None:
            return self._unresolved(m.start(), m.end(), "year")
        year = self.base.year
        if self.base.month >= _NEW_YEAR_AHEAD_FROM:
            year += 1
        elif self.base.month > _NEW_YEAR_BEGUN_UNTIL:
            return None
        return self._period(m.start(), m.end(), "year", date(year, 1, 1), relative=True)

    def _century(self, m: re.Match[str]) -> DateMention | None:
        word = m.group("cent_word")
        if word is not None:
            word = word.lower()
            number = 21 if word.startswith("twenty") else ORDINAL_WORDS[word]
        else:
            number = int(m.group("cent_num"))
        if not 1 <= number <= 21:
            return None
        mod = _mod(m.group("cent_mod") or m.group("cent_wmod"))
        first = date((number - 1) * 100 or 1, 1, 1)
        return self._period(m.start(), m.end(), "century", first, mod=mod)

    def _spoken(self, m: re.Match[str]) -> DateMention | None:
        year = _spoken_year(m.group("spoken"))
        spelled_out_context = m.group(0).lower().startswith("the year") or (
            self._prev_word(m.start()) in _YEAR_PREPOSITIONS | {"the", "a", "that", "this", "and"}
        )
        if not m.group("sp_hi") and not spelled_out_context:
            return None  # "two thousand" counted things, not the year 2000
        return self._period(m.start(), m.end(), "year", date(year, 1, 1))

    def _months_of_named_year(
        self, m: re.Match[str], rel: str, number_text: str | None, unit: str
    ) -> DateMention | None:
        """ "the last three months of 2004", "the first six months of 1986": that year's
        fourth quarter, first half (as "the last quarter of 2004" is); None for other counts,
        fiscal years and no year."""
        if (
            number_text is None
            or unit != "month"
            or rel not in {"first", "last"}
            or not m.group("an_the")
            or not m.group("an_unit").lower().endswith("s")
        ):
            return None
        calendar = _CALENDAR_YEAR_AFTER.match(self.text, m.end())
        count = _amount(number_text.lower())
        if calendar is None or count not in {3, 6}:
            return None
        gran = "quarter" if count == 3 else "half"
        month = 1 if rel == "first" else 10 if count == 3 else 7
        year = int(calendar.group("year"))
        self.months_of_year = True
        return self._period(m.start(), calendar.end(), gran, date(year, month, 1))

    def _anchored(self, m: re.Match[str]) -> DateMention | None:
        rel = (m.group("an_rel") or m.group("an_rel2")).lower()
        if rel == "final":
            return self._final_stretch(m)
        return self._anchored_rel(m, rel)

    def _anchored_rel(self, m: re.Match[str], rel: str) -> DateMention | None:
        unit_text = m.group("an_unit").lower()
        unit = _unit_key(unit_text)
        number_text = m.group("an_num") or m.group("an_num2")
        plural = unit_text.endswith("s")
        start, end = m.start(), m.end()
        # "the last three months of 2004": a part of that year (None for any other phrase)
        named = self._months_of_named_year(m, rel, number_text, unit)
        if number_text is None and not plural and unit in _ERA_GRANS and m.group("an_the"):
            named = self._era_next(start, end, unit, rel)
        if named is not None or (rel == "first" and number_text is None):
            return named
        if (
            number_text is None
            and rel == "last"
            and unit in {"quarter", "half"}
            and not plural
            and _OF_A_YEAR_AFTER.match(self.text, end)
        ):
            return None  # "the last quarter of 2004": the year's fourth quarter (a date)
        if (
            number_text is None
            and rel in {"next", "following"}
            and not plural
            and not (rel == "next" and unit == "decade")
            # "the next fortnight": no calendar fortnight to step to, so the fourteen days
            # ahead (below), as "the next two weeks"; a week two weeks off names half of it.
            and not (rel == "next" and unit == "fortnight")
        ):
            # "the next day": one unit after the discourse anchor; "the next decade" is the
            # ten years from publication, as "the coming decade" (below).
            return self._shifted(start, end, unit, 1, from_anchor=True)
        if (
            number_text is None
            and rel == "previous"
            and not plural
            and m.group("an_the")
            and unit not in {"hour", "minute", "second"}
        ):
            # "the previous year": the one before the period just discussed (before the
            # publication date when none was); "the past year" stays a stretch up to now.
            return self._shifted(start, end, unit, -1, from_anchor=True, named=True)
        if number_text is None and plural and rel in {"coming", "next"}:
            return self._make(start, end, "FUTURE_REF", "ref", relative=True)
        amount = _amount(number_text) if number_text else (None if plural else 1)
        if amount is None and number_text and rel in {"past", "last", "previous"}:
            # "the past few months": TIMEX3 reads a vague stretch up to now as the past.
            return self._make(start, end, "PAST_REF", "ref", relative=True)
        value = _duration_value(amount, unit)
        stretch = self._stretch_of_a_year(rel, bool(m.group("an_the")), start, end, unit, amount)
        if stretch is not None:
            return stretch
        backward = rel in {"past", "last", "previous"}
        period_start = period_end = None
        if self.base is not None and amount is not None and rel != "first":
            try:
                if backward:
                    period_start, period_end = _add_units(self.base, unit, -amount), self.base
                else:
                    period_start, period_end = self.base, _add_units(self.base, unit, amount)
            except (ValueError, OverflowError):
                # "the last 100000 months": a span that reaches before year 1 (or after 9999)
                # is still a duration, with no calendar period.
                period_start = period_end = None
        return self._make(
            start,
            end,
            value,
            _GRAN_OF_UNIT.get(unit),
            kind="duration",
            relative=rel != "first",
            period_start=period_start,
            period_end=period_end,
        )

    def _final_stretch(self, m: re.Match[str]) -> DateMention | None:
        """ "the final three months of 1999" is "the last three months of 1999" (the regex
        takes "final" only before a count, a unit and "of"); "the final nine months of 1986",
        "the final two weeks of the quarter": the closing stretch of the year named after
        "of" when there is one, else a plain length; never the stretch up to publication
        that "the last two weeks" alone can be."""
        unit = _unit_key(m.group("an_unit").lower())
        number_text = m.group("an_num")
        named = self._months_of_named_year(m, "last", number_text, unit)
        if named is not None:
            return named
        amount = _amount(number_text)
        start, end = m.start(), m.end()
        stretch = self._stretch_of_a_year("last", True, start, end, unit, amount)
        if stretch is not None or amount is None:
            return stretch
        value = _duration_value(amount, unit)
        return self._make(start, end, value, _GRAN_OF_UNIT.get(unit), kind="duration")

    def _era_next(self, start: int, end: int, unit: str, rel: str) -> DateMention | None:
        """ "the following decade" after "the 1970s" (the 1980s), "the previous century", "the
        next century": the decade or century before or after the last year, decade or century
        stated ("in 1975 ... the following decade": the 1980s), else the period just named,
        else publication's. "The next decade" with no decade stated in its sentence stays the
        ten years from publication; "the past decade", "the last century" stay stretches up to
        now."""
        if rel not in {"next", "following", "previous"}:
            return None
        era = self.era
        if era is not None and (
            rel != "next"
            or (era[0] == unit and _SENTENCE_END.search(self.text, era[2] - 2, start) is None)
        ):
            # "following" and "previous" refer back to the last year, decade or century
            # stated; "next" counts from a stated decade only in its sentence ("the 1980s and
            # the next decade").
            origin: date | None = era[1]
        elif rel != "next" and self.anchor is not None:
            origin = self.anchor[1]
        elif unit == "decade" and rel == "next":
            return None
        else:
            origin = self.base
        if origin is None:
            return self._unresolved(start, end, unit)
        step = -1 if rel == "previous" else 1
        try:
            first = _floor(unit, _add_units(_floor(unit, origin), unit, step))
        except (ValueError, OverflowError):
            return self._unresolved(start, end, unit)
        return self._period(start, end, unit, first, relative=True)

    def _opening_stretch(self, end: int, unit: str, amount: float) -> tuple[date, date] | None:
        """First and last day of "the first N months/quarters/weeks" of a year: the year
        named after "of", else this year when that stretch is already over (or spoken of in
        the future tense), else last year."""
        months = {"month": 1, "quarter": 3}.get(unit)
        if months is None or amount != int(amount) or not 0 < amount * months <= 12:
            return None
        base = self.base
        assert base is not None
        span = int(amount) * months
        text = self.text
        named = _OF_YEAR_AFTER.match(text, end)
        if named is None and (
            _OF_AFTER.match(text, end)
            or span == 12
            or _OTHER_YEAR_BEFORE.search(text, max(0, end - 120), end)
        ):
            # "of fiscal 1987", "of the 1986/87 season", "of its financial year", or such a
            # year just named: months counted from another first day than January 1.
            return None
        if named is not None and named.group("oy_year"):
            year = int(named.group("oy_year"))
        elif named is not None and named.group("oy_rel") in {"last", "previous"}:
            year = base.year - 1
        elif (
            (named is not None and named.group("oy_rel") == "this")
            or span < base.month
            or self._is_future(end)
        ):
            year = base.year
        else:
            year = base.year - 1
        first = date(year, 1, 1)
        return first, _add_months(first, span) - timedelta(days=1)

    def _stretch_of_a_year(
        self, rel: str, the: bool, start: int, end: int, unit: str, amount: float | None
    ) -> DateMention | None:
        """ "the first nine months (of the year)", "the last three months of 1986": a length
        (TIMEX3) that covers the opening or the closing stretch of a calendar year, not the
        stretch up to publication."""
        if self.base is None or amount is None:
            return None
        if rel == "first":
            stretch = self._opening_stretch(end, unit, amount)
        elif rel == "last" and the:
            stretch = self._closing_stretch(end, unit, amount)
        else:
            return None
        if stretch is None:
            return None
        return self._make(
            start,
            end,
            _duration_value(amount, unit),
            _GRAN_OF_UNIT.get(unit),
            kind="duration",
            period_start=stretch[0],
            period_end=stretch[1],
        )

    def _closing_stretch(self, end: int, unit: str, amount: float) -> tuple[date, date] | None:
        """First and last day of "the last N months/quarters" of a year named after "of":
        the year stated; "of the year" is this year's, or last year's in a past clause when
        this year's stretch has not begun."""
        months = {"month": 1, "quarter": 3}.get(unit)
        if months is None or amount != int(amount) or not 0 < amount * months < 12:
            return None
        named = _OF_YEAR_AFTER.match(self.text, end)
        if named is None:
            return None
        base = self.base
        assert base is not None
        span = int(amount) * months
        if named.group("oy_year"):
            year = int(named.group("oy_year"))
        elif named.group("oy_rel") in {"last", "previous"} or (
            named.group("oy_rel") != "this"
            and base.month <= 12 - span
            and self._tense(end) == "past"
        ):
            year = base.year - 1
        else:
            year = base.year
        last = date(year, 12, 31)
        return _add_months(date(year, 12, 1), 1 - span), last

    def _offset(self, m: re.Match[str]) -> DateMention | None:
        unit = _unit_key(m.group("off_unit").lower())
        number_text = m.group("off_num").lower()
        amount = _amount(number_text)
        direction = m.group("off_dir").lower()
        start, end = m.start(), m.end()
        if (
            direction == "ago"
            and m.group("off_unit").lower() in _SINGULAR_AGO_UNITS
            and (
                (amount is not None and amount != 1)
                or (start > 1 and self.text[start - 1] in ",." and self.text[start - 2].isdigit())
            )
        ):
            # "598 head versus 570 week ago": a figure other than one before a singular unit
            # is no count of weeks but the figure of "a week ago" (the wire's shorthand).
            return self._shifted(m.start("off_unit"), end, unit, -1, from_anchor=False)
        if (
            direction == "before"
            and unit not in _SHORT_UNITS
            and _CLAUSE_CLOSE_AFTER.match(self.text, end)
        ):
            # "up from 3 mln a year before, on sales of ...": "before" with no object closes
            # the phrase as "earlier" does, a date counted back from the period discussed.
            direction = "earlier"
        if direction in {"before", "after"} or (
            direction in {"earlier", "later"} and unit in _SHORT_UNITS
        ):
            # "two days after the vote", "three days later": TIMEX3 durations.
            return self._duration_mention(start, m.end("off_unit"), amount, unit)
        if amount is None:
            value = "PAST_REF" if direction in {"ago", "earlier", "back"} else "FUTURE_REF"
            return self._make(start, end, value, "ref", relative=True)
        sign = 1 if direction in {"later", "hence"} or direction.startswith("from") else -1
        return self._shifted(
            start, end, unit, sign * amount, from_anchor=direction in {"earlier", "later"}
        )

    def _duration_mention(
        self, start: int, end: int, amount: float | None, unit: str
    ) -> DateMention:
        return self._make(
            start, end, _duration_value(amount, unit), _GRAN_OF_UNIT.get(unit), kind="duration"
        )

    def _shifted(
        self,
        start: int,
        end: int,
        unit: str,
        amount: float,
        *,
        from_anchor: bool,
        named: bool = False,
    ) -> DateMention | None:
        """`amount` units from the base ("ago") or from the discourse anchor ("later").
        `named`: the expression names a period of that unit ("the previous year"), rather
        than counting back from one ("a year earlier")."""
        unit_gran = _GRAN_OF_UNIT.get(unit, "day")
        if unit in {"hour", "minute", "second"}:
            return self._make(start, end, None, unit_gran, relative=True, kind="time")
        if self.base is None or int(amount) != amount:
            return self._unresolved(start, end, unit_gran)
        whole = int(amount)
        self.derived = True
        origin = self.base
        from_month = from_year = False
        anchor = self.anchor
        if (
            named
            and anchor is not None
            and _GRAN_RANK.get(anchor[0], 0) > _GRAN_RANK.get(unit_gran, 0)
        ):
            # "the previous week" after a quarter was named: count from the last day stated.
            anchor = ("day", self.day_anchor) if self.day_anchor is not None else None
        if from_anchor and anchor is not None:
            origin = anchor[1]
            from_month = anchor[0] == "month" and not named
            from_year = named and _GRAN_RANK.get(anchor[0], 0) >= _GRAN_RANK["year"]
        try:
            if unit == "year" and whole == -1 and self.quarter_anchor is not None and not from_year:
                # Earnings news: "a year ago" is the same quarter of the previous year.
                first = _add_months(self.quarter_anchor, 12 * whole)
                return self._quarter_year_back(start, end, "quarter", first)
            shifted = _add_units(origin, unit, whole)
        except (ValueError, OverflowError):
            # "2022 years ago" from 2000: before year 1 (or after 9999), no calendar date.
            return self._unresolved(start, end, unit_gran)
        gran = "year" if unit_gran in {"decade", "century"} and not named else unit_gran
        if from_month and unit_gran in {"year", "quarter"}:
            gran = "month"  # "Sales in May rose from a year earlier": May of the year before
        return self._period(start, end, gran, _floor(gran, shifted), relative=True)

    def _samewhen(self, m: re.Match[str]) -> DateMention | None:
        unit = m.group("sw_unit").lower()
        anchor = self.anchor
        if anchor is None or _GRAN_RANK.get(anchor[0], 9) > _GRAN_RANK[unit]:
            return None
        self.derived = True
        first = _floor(unit, anchor[1])
        if m.group("sw_back"):
            if unit == "year":
                return None  # "the same year last year" says nothing
            # "the same month last year": that month, a year back.
            first = _floor(unit, _add_months(anchor[1], -12))
        return self._period(m.start(), m.end(), unit, first, relative=True)

    def _twoaway(self, m: re.Match[str]) -> DateMention | None:
        """ "the week before last", "the year after next": two units from publication's."""
        unit = m.group("ta_unit").lower()
        if self.base is None:
            return self._unresolved(m.start(), m.end(), unit)
        step = -2 if m.group("ta_dir").lower().startswith("before") else 2
        first = _floor(unit, _add_units(_floor(unit, self.base), unit, step))
        return self._period(m.start(), m.end(), unit, first, relative=True)

    def _unitnext(self, m: re.Match[str]) -> DateMention | None:
        """ "the day before, ...", "the week after.": one unit from the period just named
        (never "the day after the vote", which counts from an event). A comparison base
        ("up 4% from the month before", "over the year before") is left to the ledger, which
        reads it beside its figure."""
        start = m.start()
        if self._prev_word(start) in {"over", "with", "to"} or _COMPARED_BEFORE.search(
            self.text, max(0, start - 45), start
        ):
            return None
        unit = m.group("un_unit").lower()
        anchor = self.anchor
        if anchor is None or _GRAN_RANK.get(anchor[0], 9) > _GRAN_RANK[unit]:
            return None
        step = -1 if m.group("un_dir").lower() == "before" else 1
        return self._shifted(m.start(), m.end(), unit, step, from_anchor=True)

    def _inperiod(self, m: re.Match[str]) -> DateMention | None:
        unit = m.group("ip_unit").lower()
        if self.base is None:
            return self._unresolved(m.start(), m.end(), unit)
        mod = "START" if m.group("ip_dir").lower() == "earlier" else "END"
        first = _floor(unit, self.base)
        return self._period(m.start(), m.end(), unit, first, relative=True, mod=mod)

    def _periodend(self, m: re.Match[str]) -> DateMention | None:
        """ "the end of the year", "the start of the month", "year-end": a part of the period
        under way at publication."""
        unit = (m.group("pe_unit") or "year").lower()
        mod = _mod(m.group("pe_part")) or "END"
        if self.base is None:
            return self._unresolved(m.start(), m.end(), unit, mod=mod)
        first = _floor(unit, self.base)
        if unit == "quarter" and self.quarter_anchor is not None:
            # "reported a third-quarter loss ... at the end of the quarter": the quarter under
            # discussion, as "the quarter" alone is, not the one under way at publication.
            first = self.quarter_anchor
        if mod == "END" and self._prev_word(m.start()) == "since":
            # "since year-end" counts from the end of the period before this one.
            first = _floor(unit, _add_units(first, unit, -1))
        if _YEAR_END_WORD.search(m.group()):
            # "year-end", the accounting term: the closing day of the year, December 31 (where
            # "the end of the year" and "the year's end" are its last stretch); "year-end 1986"
            # names its year.
            if m.group("pe_year"):
                closing = date(int(m.group("pe_year")), 12, 31)
                return self._period(m.start(), m.end(), "day", closing)
            year = first.year
            if mod == "END" and year == self.base.year and self._year_end_past(m.start()):
                year -= 1  # "assets at year-end fell to 2 billion": the last year closed
            return self._period(m.start(), m.end(), "day", date(year, 12, 31), relative=True)
        return self._period(m.start(), m.end(), unit, first, relative=True, mod=mod)

    def _year_end_past(self, start: int) -> bool:
        """Whether a bare "year-end" is the last one closed: a clause in the past tense with
        no look ahead ("fell to 2 billion at year-end"; "by year-end", "extended to
        year-end", "expects ... at year-end" are this year's)."""
        if self._prev_word(start) in _DEADLINE_BEFORE or self._forecast_before(start):
            return False
        return self._tense(start) == "past"

    def _quarter(self, m: re.Match[str]) -> DateMention | None:
        start, end = m.start(), m.end()
        if m.group("q_num"):
            return self._quarter_value(
                start, end, "quarter", int(m.group("q_num")), m.group("q_year2"), ""
            )
        if m.group("h_num"):
            return self._quarter_value(
                start, end, "half", int(m.group("h_num")), m.group("h_year"), ""
            )
        unit = m.group("q_unit").lower().replace("qtr", "quarter")
        rel = re.sub(r"\s+", " ", (m.group("q_rel") or "").lower())
        ordinal_text = (m.group("q_ord") or "").lower()
        year_text = _quarter_year_text(m)
        ordinal_text, rel = _ordinal_of_part(ordinal_text, rel, unit, year_text)
        matched = m.group(0).lower()
        if rel in {"", "same", "comparable"} and not (ordinal_text or year_text):
            rel, end = self._year_back(unit, rel, end)
        if unit == "period":
            return self._period_word(start, end, rel, ordinal_text, year_text)
        if unit == "half" and not ordinal_text:
            return self._last_half_of_month(start, end) if rel == "last" else None
        if unit == "half":
            of_month = _OF_A_MONTH.match(self.text, end)
            if of_month:  # "the second half of March": part of a month, not of a year
                return self._half_of_month(start, of_month, ordinal_text)
        if not ordinal_text and not rel and not year_text and not matched.startswith("the"):
            return None
        number = (
            _HALF_ORDINALS.get(ordinal_text) or ORDINALS[ordinal_text] if ordinal_text else None
        )
        if self._no_part_of_a_year(start, end, unit, number, year_text, rel):
            return None
        return self._quarter_value(start, end, unit, number, year_text, rel)

    def _no_part_of_a_year(
        self, start: int, end: int, unit: str, number: int | None, year: str | None, rel: str
    ) -> bool:
        """A third half is none; "scored in the first half", "led going into the final
        quarter" are periods of play."""
        if number is None:
            return False
        if unit == "half" and number > 2:
            return True
        return not year and rel in {"", "the"} and self._half_of_play(start, end)

    def _half_of_play(self, start: int, end: int) -> bool:
        """Whether a first or second half is one of a match: words of play around it in its
        sentence, and none of business."""
        text = self.text
        left, right = max(0, start - _PLAY_REACH), min(len(text), end + _PLAY_REACH)
        for stop in _SENTENCE_END.finditer(text, left, start):
            left = stop.end()
        after = _SENTENCE_END.search(text, end, right)
        if after is not None:
            right = after.start() + 3
        return (
            _MATCH_PLAY.search(text, left, right) is not None
            and _BUSINESS_NEAR.search(text, left, right) is None
        )

    def _period_word(
        self, start: int, end: int, rel: str, ordinal_text: str, year_text: str | None
    ) -> DateMention | None:
        """ "the latest period", "the year-ago period", "the same period (of 1986)": the
        month, half or year just stated when no quarter is discussed, else a quarter."""
        if not (rel in {"latest", "year-ago", "year-earlier", "same", "comparable"} or year_text):
            return None
        if (
            self.stretch is not None
            and rel in {"same", "comparable"}
            and year_text
            and year_text.lower().startswith("last")
        ):
            # "the same period last year" after a stretch: that stretch a year back (the
            # nine months to September 1986 against January-September 1985), whatever year
            # the stretch closed in.
            rel, year_text = "year-ago", None
        discussed = self._period_in_discussion(start, end, rel, self._stated_year(year_text)[0])
        if discussed is not None:
            return discussed
        number = ORDINALS[ordinal_text] if ordinal_text else None
        return self._quarter_value(start, end, "period", number, year_text, rel)

    def _year_back(self, unit: str, rel: str, end: int) -> tuple[str, int]:
        """ "the quarter a year ago", "the period a year earlier": one phrase, the year-ago
        period, not this quarter followed by a second date. A "period" is one only while a
        quarter is discussed."""
        if unit == "period" and self.stretch is not None:
            # "the same period a year ago", "... the year before", "... of the previous year"
            # after a stretch (the eleven months to February): that stretch a year back.
            year_back = _STRETCH_YEAR_BACK_AFTER.match(self.text, end)
            if year_back is not None:
                return "year-ago", year_back.end()
        year_back = _YEAR_BACK_AFTER.match(self.text, end)
        if year_back is not None and (
            unit == "quarter" or self.quarter_anchor is not None or self._other_period_discussed()
        ):
            return "year-ago", year_back.end()
        return rel, end

    def _other_period_discussed(self) -> bool:
        """A month, half or year under discussion and no quarter: what "the same period"
        refers to."""
        return (
            self.quarter_anchor is None
            and self.anchor is not None
            and self.anchor[0] in _PERIOD_GRANS
        )

    def _period_in_discussion(
        self, start: int, end: int, rel: str, year: int | None = None
    ) -> DateMention | None:
        """ "the same period", "the year-ago period" after a month, half or year was named
        (and no quarter): that period, the one a year before it, or the one of the year
        stated ("the same period of 1986")."""
        if self.stretch is not None:
            shifted = self._stretch_of_year(start, end, rel, year)
            if shifted is not None:
                return shifted
        if not self._other_period_discussed():
            return None
        assert self.anchor is not None
        gran, first = self.anchor
        if rel not in {"same", "comparable", "year-ago", "year-earlier"} and (year is None or rel):
            return None
        if year is not None:
            if gran == "year" or rel not in {"", "same", "comparable"}:
                return None
        elif rel in {"year-ago", "year-earlier"}:
            year = first.year - 1
        if year is not None and gran == "week":
            # The week of the same number in that year ("week 13 of 1986").
            number = first.isocalendar()[1]
            first = date.fromisocalendar(year, min(number, 52), 1)
        elif year is not None:
            first = _add_months(first, 12 * (year - first.year))
        self.derived = True
        return self._period(start, end, gran, first, relative=True)

    def _stretch_of_year(
        self, start: int, end: int, rel: str, year: int | None
    ) -> DateMention | None:
        """After "year to date": "the year-ago period", "the 1986 period" are the same stretch
        (January 1 to the day of publication) of the year before or the year stated."""
        assert self.stretch is not None
        first, last = self.stretch
        named = _span_year(first, last)
        if year is None and rel in {"year-ago", "year-earlier"}:
            year = named - 1
        elif (
            year is None
            and rel in {"same", "comparable"}
            and not _CLOSING_AFTER.match(self.text, end)
        ):
            # "output rose in the same period": the stretch itself; "from 36,050 in the
            # comparable period": the comparison figure's, a year back.
            compared = _COMPARED_BEFORE.search(self.text, max(0, start - 40), start)
            year = named - 1 if compared is not None else named
        if year is None or year > named or rel not in _STRETCH_RELATIONS:
            return None
        if year == named and rel not in {"same", "comparable"}:
            return None
        if last - first == _SIX_DAYS:
            # "the week ended April 2": its year-ago week is the one closing on the same
            # weekday 52 weeks back, named by the calendar week that day falls in.
            shifted_last = last - timedelta(weeks=52 * (named - year))
            self.derived = True
            return self._make(
                start,
                end,
                _value("week", _floor("week", shifted_last)),
                "week",
                shifted_last - _SIX_DAYS,
                relative=True,
                last=shifted_last,
            )
        shift = 12 * (year - named)
        shifted_last = _add_months(last, shift)
        if last.day == monthrange(last.year, last.month)[1]:
            shifted_last = shifted_last.replace(
                day=monthrange(shifted_last.year, shifted_last.month)[1]
            )
        shifted_first = _add_months(first, shift)
        self.derived = True
        months = _whole_months(first, last)
        if months in {3, 6}:
            # "the three months ended August 31", "January-March": a quarter (a half), named
            # by the one its closing month falls in, as "the quarter ended August 31" is.
            gran = "quarter" if months == 3 else "half"
            value = _value(gran, _floor(gran, shifted_last))
        else:
            gran, value = "year", str(year)
        return self._make(start, end, value, gran, shifted_first, relative=True, last=shifted_last)

    def _last_half_of_month(self, start: int, end: int) -> DateMention | None:
        """ "for last half October/first half November loading": the latter half of a month
        named after "last half" ("the last half" alone is no such part)."""
        of_month = _OF_A_MONTH.match(self.text, end)
        if of_month is None or of_month.group("half_unit"):
            return None
        return self._half_of_month(start, of_month, "latter")

    def _half_of_month(
        self, start: int, of_month: re.Match[str], ordinal_text: str
    ) -> DateMention | None:
        """ "The first half of March", "first-half June shipment": the month's days 1-15 or 16
        to its end."""
        end = of_month.end()
        second = ordinal_text in {"second", "2nd", "latter"}
        if of_month.group("half_unit"):
            if of_month.group("half_unit").lower() != "month" or self.base is None:
                return None
            year, month, relative = self.base.year, self.base.month, True
        else:
            month = MONTHS[of_month.group("half_month").rstrip(".").lower()]
            year_text = of_month.group("half_year")
            if year_text:
                year, relative = int(year_text), False
            elif self.base is None:
                return self._unresolved(start, end, "month", mod="END" if second else "START")
            elif self._contract_month(
                of_month.start("half_month"), of_month.end("half_month"), self._prev_word(start)
            ):
                # "for first-half June shipment": a half of a traded month, ahead.
                resolved = self._contract_period(start, end, month)
            else:
                resolved = self._month_period(start, end, month, self._prev_word(start), None)
            if not year_text:
                assert resolved.first_day is not None
                year, relative = resolved.first_day.year, True
        first_day = date(year, month, 16 if second else 1)
        last_day = date(year, month, monthrange(year, month)[1] if second else 15)
        return self._make(
            start,
            end,
            _value("month", first_day),
            "month",
            first_day,
            relative=relative,
            mod="END" if second else "START",
            last=last_day,
        )

    def _quarter_value(
        self,
        start: int,
        end: int,
        unit: str,
        number: int | None,
        year_text: str | None,
        rel: str,
    ) -> DateMention:
        gran = "half" if unit == "half" else "quarter"
        months_per = 6 if gran == "half" else 3
        base = self.base
        year, relative = self._stated_year(year_text)
        if year is None and base is None:
            return self._unresolved(start, end, gran)
        if rel in {"year-ago", "year-earlier"} and year is None and base is not None:
            if number is None:
                self.derived = True
                origin = self.quarter_anchor or _add_months(_floor("quarter", base), -3)
                return self._quarter_year_back(
                    start, end, gran, _add_months(origin, -12), named_quarter=unit != "period"
                )
            year = base.year - 1
        if number is not None:
            if year is None:
                assert base is not None
                year = base.year
                opening = date(year, (number - 1) * months_per + 1, 1)
                ended = self._period_ended(end)
                if ended is not None:
                    # "the first quarter ended Dec. 31": a fiscal quarter, named by the year
                    # its fiscal year closes in, (4 - N) quarters later; a year closing in
                    # January (a 52-week year ending "Jan. 3") by the year before. Its days
                    # are the stretch that closes on the day stated (October to December).
                    later = (12 // months_per - number) * months_per
                    closing = _add_months(ended.replace(day=1), later)
                    year = closing.year - (1 if closing.month == 1 else 0)
                    nominal = date(year, (number - 1) * months_per + 1, 1)
                    if ended.day == monthrange(ended.year, ended.month)[1]:
                        opening_month = _add_months(ended.replace(day=1), 1 - number * months_per)
                        self.fiscal_year_open = (end, opening_month, year)
                    return self._closed_period(start, end, gran, nominal, ended, months_per)
                fiscal = self._fiscal_part_in_sentence(start, end, gran, number)
                if fiscal is not None:
                    return fiscal
                elif opening > _add_months(base, 3) and not self._quarter_ahead(start, end):
                    # "profits fell in the fourth quarter", said in January: last year's.
                    year -= 1
                elif _add_months(opening, months_per) > _add_months(
                    base, 1
                ) and self._last_years_results(start, end):
                    # "reported a second-quarter loss last year": last year's, compared
                    # with, so not the period under discussion.
                    year -= 1
                    self.derived = True
            first = date(year, (number - 1) * months_per + 1, 1)
            return self._period(start, end, gran, first, relative=relative)
        if base is None:
            return self._unresolved(start, end, gran)
        return self._quarter_in_discussion(start, end, year, relative, rel)

    def _quarter_ahead(self, start: int, end: int) -> bool:
        """Whether a numbered quarter or half opening more than three months after
        publication is this year's: a future tense or a forecast before it, a future right
        after it ("the second half should be better"), or "by" before it. Not when its
        results are to be reported ("expects to report a loss for the fourth quarter", said
        in February) or it is the figure compared with ("better than the fourth quarter")."""
        text = self.text
        window = max(0, start - _CUE_WINDOW)
        for stop in _CLAUSE_END.finditer(text, window, start):
            window = stop.end()
        if _REPORT_CUE.search(text, window, start) or _COMPARED_BEFORE.search(
            text, max(0, start - 45), start
        ):
            return False
        if self._prev_word(start) == "by" or _FUTURE_AFTER.match(text, end):
            return True
        if _BY_THE_END_OF_BEFORE.search(
            text, max(0, start - 24), start
        ) and not self._tense_past_before(start):
            return True  # "to reach profit by the end of the fourth quarter", said in March
        return self._is_future(start) or self._forecast_before(start)

    def _last_years_results(self, start: int, end: int) -> bool:
        """Whether the sentence around a period reports last year's results for it: a results
        noun, a past verb and last year named ("reported a second-quarter loss last year",
        "In 1986 it made a first-half profit"), no future or forecast, and last year not the
        figure compared with ("rose to 9 mln from 8 mln last year": this year's period). A
        bare "first half" reported before it ends is a fiscal half, named as this year's."""
        text = self.text
        if _OF_ITS_YEAR.match(text, end):
            return False  # "the first half of the current fiscal year": that year's
        opening = max(0, start - 160)
        for stop in _SENTENCE_END.finditer(text, opening, start):
            opening = stop.end()
        closing = _SENTENCE_END.search(text, end, end + 160)
        sentence_end = closing.start() + 3 if closing else min(len(text), end + 160)
        sentence = text[opening:sentence_end]
        if not (_RESULTS_NOUN.search(sentence) and _RESULTS_PAST_VERB.search(sentence)):
            return False
        assert self.base is not None
        last = str(self.base.year - 1)
        named = [
            cue
            for cue in _LAST_YEAR_CUE.finditer(text, opening, sentence_end)
            if (cue.group("year") or last) == last
            and not _COMPARED_CUE.search(text, max(opening, cue.start() - 40), cue.start())
        ]
        if not named or _THIS_YEAR_CUE.search(sentence) or str(self.base.year) in sentence:
            return False  # "first half fiscal 1987 ... the prior year's first half"
        return not (
            self._is_future(start)
            or self._forecast_before(start)
            or _FUTURE_AFTER.match(text, end)
            or _FUTURE_CUE.search(sentence)
        )

    def _stated_year(self, year_text: str | None) -> tuple[int | None, bool]:
        """(year, relative) of "1987", "fiscal 1987", "last year"; (None, True) for none."""
        if not year_text:
            return None, True
        low = year_text.lower()
        if low[:1].isdigit():
            return int(low[:4]), False
        if self.base is None:
            return None, True
        return self.base.year + (-1 if "last" in low else 1 if "next" in low else 0), True

    def _quarter_in_discussion(
        self, start: int, end: int, year: int | None, relative: bool, rel: str
    ) -> DateMention:
        """A quarter named without its number: "the latest quarter", "the same period", "the
        quarter to Sept. 30", relative to the publication date or the quarter discussed."""
        base = self.base
        assert base is not None
        current = _floor("quarter", base)
        if year is not None:  # "the 1988 period": the quarter under discussion, that year
            origin = self.quarter_anchor or _add_months(current, -3)
            # A comparison with the quarter discussed, which stays the one discussed.
            self.derived = self.quarter_anchor is not None
            first = date(year, origin.month, 1)
            return self._period(start, end, "quarter", first, relative=relative)
        if rel in {"latest", "past", "last", "previous", "prior", "most recent", "recent"}:
            first = _add_months(current, -3)
        elif rel in {"next", "coming"}:
            first = _add_months(current, 3)
        elif rel in {"this", "current", "that", "same", "comparable"}:
            first = self.quarter_anchor or current
            if rel in {"that", "same", "comparable"}:
                self.derived = True
        elif self.quarter_anchor is not None:  # "the quarter": the one under discussion
            first = self.quarter_anchor
            self.derived = True
        elif self._is_future(start) or self._forecast_before(start):
            first = current  # "expects growth to slow in the quarter": the one under way
        else:  # reported results: the last quarter ended
            first = _add_months(current, -3)
        ended = self._period_ended(end)
        if ended is not None and rel not in {"year-ago", "year-earlier", "same", "comparable"}:
            # "the quarter that closed Sept. 30": a fiscal quarter, named by the month it ends
            # in; its days the three months closing that day.
            self.derived = False
            return self._closed_period(start, end, "quarter", _floor("quarter", ended), ended, 3)
        return self._period(start, end, "quarter", first, relative=True)

    def _fiscal_part_in_sentence(
        self, start: int, end: int, gran: str, number: int
    ) -> DateMention | None:
        """ "the firm's second half closed yesterday; its first half lost money": a numbered
        part with no year or closing day of its own, in the sentence of a part stated with its
        closing day, is a part of that same fiscal year (April to September, not January to
        June)."""
        if self.fiscal_year_open is None:
            return None
        stated_end, opening, year = self.fiscal_year_open
        if stated_end > start or _SENTENCE_END.search(self.text, stated_end, start):
            return None
        months_per = 6 if gran == "half" else 3
        first = _add_months(opening, (number - 1) * months_per)
        last = _add_months(first, months_per) - timedelta(days=1)
        nominal = date(year, (number - 1) * months_per + 1, 1)
        return self._closed_period(start, end, gran, nominal, last, months_per)

    def _period_ended(self, end: int) -> date | None:
        """The date in "... ended Sept. 30" right after a period expression, if any."""
        if self.base is None:
            return None
        match = _ENDED.match(self.text, end)
        if match is None:
            return self._period_ended_relative(end)
        month = MONTHS[match.group(2).rstrip(".").lower()]
        day = int(match.group(3))
        if day > 31:
            return None
        year_text = match.group(4)
        if year_text:
            year = int(year_text)
        else:
            ended = match.group(1).lower() == "ed"
            year = self._year_for_day(end, month, min(day, 28), ending=not ended, ended=ended)
        return date(year, month, min(day, monthrange(year, month)[1]))

    def _period_ended_relative(self, end: int) -> date | None:
        """The closing day in "... ended yesterday", "... ended last Friday" right after a
        period expression: yesterday, today, or the latest such weekday up to publication
        (before it after "last")."""
        match = _ENDED_RELATIVE.match(self.text, end)
        base = self.base
        if match is None or base is None:
            return None
        day = match.group("day").lower()
        if day == "yesterday":
            return base - timedelta(days=1)
        if day == "today":
            return base
        back = (base.weekday() - WEEKDAYS[match.group("weekday").lower()]) % 7
        if back == 0 and match.group("last"):
            back = 7
        return base - timedelta(days=back)

    def _fullyear(self, m: re.Match[str]) -> DateMention | None:
        rel = (m.group("fy_rel") or m.group("fy_rel2") or "").lower()
        whole, to_date = m.group("fy_whole"), m.group("fy_todate")
        if not rel and not (whole or to_date) and not m.group(0).lower().startswith("the"):
            return None  # "a fiscal year": any year, not a date
        if self.base is None:
            return self._unresolved(m.start(), m.end(), "year")
        if to_date:
            # "the year to date", "year-to-date": this year from its first day up to now;
            # "last year's year-to-date level": the same stretch a year back.
            before = self.text[max(0, m.start() - 16) : m.start()].lower()
            if before.endswith(("last year's ", "previous year's ")):
                first = date(self.base.year - 1, 1, 1)
                return self._period(
                    m.start(), m.end(), "year", first, last=_add_months(self.base, -12)
                )
            first = date(self.base.year, 1, 1)
            mention = self._period(m.start(), m.end(), "year", first, last=self.base)
            self.stretch = (first, self.base)
            return mention
        if whole:
            # "for the year as a whole": the year of the part just discussed (a quarter, a
            # half, a month), else this year.
            year = self.anchor[1].year if self.anchor is not None else self.base.year
            return self._period(m.start(), m.end(), "year", date(year, 1, 1), relative=True)
        shift = {"next": 1, "last": -1, "latest": -1, "past": -1, "previous": -1}.get(rel, 0)
        ended = self._period_ended(m.end())
        if ended is not None and shift < 0 and ended > self.base:
            ended = _add_months(ended, -12)  # "the previous fiscal year ending June 30"
        if ended is not None:
            # "the fiscal year ended June 30": named by the year it closes in (a year closing
            # in January by the year before, as quarters are), its days the twelve months
            # that close on the day stated.
            year = ended.year - (1 if ended.month == 1 else 0)
            return self._closed_period(m.start(), m.end(), "year", date(year, 1, 1), ended, 12)
        first = date(self.base.year + shift, 1, 1)
        return self._period(m.start(), m.end(), "year", first, relative=True)

    def _quarter_year_back(
        self, start: int, end: int, gran: str, first: date, *, named_quarter: bool = False
    ) -> DateMention:
        """The quarter discussed a year back, valued from `first`; when that quarter was
        stated with its closing day, its days are the same stretch a year earlier, valued by
        the calendar quarter that closing day falls in (a fiscal "second quarter ended
        January 31" is a year before the first calendar quarter, not a second quarter:
        its own count names a fiscal calendar the reader is not told)."""
        days = self.quarter_days
        if gran != "quarter" or days is None or self.quarter_anchor is None:
            return self._period(start, end, gran, first, relative=True)
        last = _add_months(days[1], -12)
        if days[1].day == monthrange(days[1].year, days[1].month)[1]:
            last = last.replace(day=monthrange(last.year, last.month)[1])  # February 29
        if not named_quarter:
            longer = self._longer_stretch_year_back(start, end, last)
            if longer is not None:
                return longer
        return self._make(
            start,
            end,
            _value(gran, _floor(gran, last)),
            gran,
            _add_months(days[0], -12),
            relative=True,
            last=last,
        )

    def _longer_stretch_year_back(self, start: int, end: int, last: date) -> DateMention | None:
        """After a quarter stated with its closing day, "For the nine months (the first
        half, the full fiscal year), net fell from a year earlier": the longer stretch named
        in the sentence that the quarter completes (nine months after a third quarter)
        closes on the same day, so its year back is that stretch closing on
        `last` (a half valued by the calendar half that day falls in, a year as the fiscal
        year closing then is named, nine months by the closing day's year)."""
        text = self.text
        left = max(0, start - _LONGER_STRETCH_REACH)
        for stop in _SENTENCE_END.finditer(text, left, start):
            left = stop.end()
        named = None
        for found in _LONGER_STRETCH.finditer(text, left, start):
            named = found  # the last one named before "a year earlier"
        if named is None or _QUARTER_WORD.search(text, named.end(), start):
            return None
        if named.group("year"):
            months, gran = 12, "year"
            value_first = date(last.year - (1 if last.month == 1 else 0), 1, 1)
        elif named.group("half") or named.group("count").lower() in {"six", "6"}:
            months, gran = 6, "half"
            value_first = _floor("half", last)
        else:
            months, gran = 9, "year"
            value_first = date(last.year, 1, 1)
        assert self.quarter_anchor is not None
        if months != 3 * ((self.quarter_anchor.month - 1) // 3 + 1):
            # Only the stretch the quarter completes closes on its day: nine months after a
            # third quarter; "the full fiscal year" after a second is the year ahead.
            return None
        if last.day == monthrange(last.year, last.month)[1]:
            first = _add_months(last.replace(day=1), 1 - months)
        else:
            first = _add_months(last, -months) + timedelta(days=1)
        self.derived = True
        return self._make(
            start, end, _value(gran, value_first), gran, first, relative=True, last=last
        )

    def _closed_period(
        self, start: int, end: int, gran: str, nominal: date, closing: date, months: int
    ) -> DateMention:
        """A fiscal period stated with its closing day: the value names it as the fiscal
        calendar does (`nominal`, its first day as if the fiscal year were the calendar
        year), the first and last days are the `months` that close on `closing`. The
        nominal first day stays the reference of "a year earlier", "the year-ago quarter"
        (values of the same naming)."""
        if closing.day == monthrange(closing.year, closing.month)[1]:
            first = _add_months(closing.replace(day=1), 1 - months)
        else:
            first = _add_months(closing, -months) + timedelta(days=1)
        mention = self._make(
            start, end, _value(gran, nominal), gran, first, relative=True, last=closing
        )
        self.nominal_first[mention.start, mention.end] = nominal
        return mention

    def _relunit(self, m: re.Match[str]) -> DateMention | None:
        start, end = m.start(), m.end()
        rel = re.sub(r"\s+", " ", m.group("ru_rel").lower())
        unit_text = m.group("ru_unit")
        unit = unit_text.rstrip(".").lower()
        mod = _mod(m.group("ru_mod"))
        title_case = unit_text[:1].isupper() and m.group("ru_rel")[:1].isupper()
        if title_case and start > 0 and unit not in MONTHS and unit not in WEEKDAYS:
            return None  # "This Week": a programme title, not a date
        if rel == "past" and unit not in SEASONS and unit not in WEEKDAYS and unit not in MONTHS:
            return None  # "past year" without "the" is a duration, left to other rules
        base = self.base
        if m.group("ru_wd"):
            return self._relative_weekday(start, end, WEEKDAYS[unit], rel, mod)
        if unit in MONTHS:
            return self._relative_month(start, end, MONTHS[unit], rel, mod)
        if base is None:
            return self._unresolved(start, end, _GRAN_OF_UNIT.get(unit, unit), mod=mod)
        step = {"last": -1, "previous": -1, "this past": -1, "next": 1, "coming": 1}.get(rel, 0)
        if rel == "this coming":
            step = 1
        if unit in SEASONS:
            if self._names_a_period(start, end, m.start("ru_unit")):
                return None
            return self._season_rel(start, end, SEASONS[unit], rel, mod)
        if unit == "weekend":
            saturday = base + timedelta(days=5 - base.weekday() + 7 * step)
            return self._period(start, end, "weekend", saturday, relative=True, mod=mod)
        gran = _GRAN_OF_UNIT[unit]
        first = _floor(gran, _add_units(base, unit, step))
        if step == 0 and m.group("ru_mod") and rel in {"this", "current"}:
            return self._part_under_way(start, end, gran, first, m.group("ru_mod"), mod)
        return self._period(start, end, gran, first, relative=True, mod=mod)

    def _part_under_way(
        self, start: int, end: int, gran: str, first: date, edge: str, mod: str | None
    ) -> DateMention:
        """ "earlier this month", "later this year": the part of the period under way before
        or after publication (the value stays the period's); other modifiers ("late this
        year", "the end of this month") keep the whole period."""
        base = self.base
        assert base is not None
        edge = edge.lower()
        if edge.startswith("earlier"):
            first_day, last = first, base
        elif edge.startswith("later"):
            first_day, last = base, _last_day(gran, first)
        else:
            return self._period(start, end, gran, first, relative=True, mod=mod)
        value = _value(gran, first)
        return self._make(start, end, value, gran, first_day, relative=True, mod=mod, last=last)

    def _relative_weekday(
        self, start: int, end: int, weekday: int, rel: str, mod: str | None
    ) -> DateMention:
        """ "last Monday", "next Friday"."""
        if self.base is None:
            return self._unresolved(start, end, "day", weekday=weekday, kind="date")
        origin = self.base
        anchor = self.anchor
        if rel == "previous" and anchor is not None and anchor[0] == "day":
            # "down 4% from the previous Friday": the one before the day just reported on,
            # where "last Friday" counts from the publication date.
            origin = anchor[1]
            self.derived = True
        when = _resolve_weekday(origin, weekday, _weekday_rel_step(rel))
        return self._period(
            start, end, "day", when, weekday=weekday, relative=True, mod=mod, kind="date"
        )

    def _relative_month(
        self, start: int, end: int, month: int, rel: str, mod: str | None
    ) -> DateMention:
        """ "last March", "next June": the nearest such month before or after publication."""
        base = self.base
        if base is None:
            return self._unresolved(start, end, "month", mod=mod)
        year = base.year
        # "last February" written in March is a year back: the month just past would be "last
        # month" ("from next July" written in June is still the coming July).
        if rel in {"last", "previous", "this past", "past"}:
            year -= 1 if month >= base.month - 1 else 0
        elif rel in {"next", "coming", "this coming"}:
            year += 1 if month <= base.month else 0
        return self._period(start, end, "month", date(year, month, 1), relative=True, mod=mod)

    def _season_rel(
        self, start: int, end: int, code: str, rel: str, mod: str | None
    ) -> DateMention:
        """ "last winter", "next summer", "this winter": by the publication date and, for
        "this", the tense of the sentence."""
        base = self.base
        assert base is not None
        if rel in {"last", "previous", "this past", "past"}:
            year = _last_season_year(base, code)
        elif rel in {"next", "coming", "this coming"}:
            year = _next_season_year(base, code)
        else:
            year = self._season_by_tense(start, code)
        return self._season_mention(start, end, year, code, mod, relative=True)

    def _season_by_tense(self, start: int, code: str) -> int:
        """The year of "this winter", "the summer": the season now under way, else the one
        just past in a sentence about the past, else the coming one."""
        base = self.base
        assert base is not None
        current = _season_of(base)
        if current[1] == code:
            return current[0]
        if self._prev_word(start) in _FUTURE_PREPOSITIONS:
            return _next_season_year(base, code)  # "by the autumn", "until the summer"
        tense = self._tense(start)
        if tense == "past":
            return _started_season_year(base, code)
        if tense == "present" and code != "WI":
            # No tense either way ("this summer's drought", said in October): the season
            # of the publication's own year.
            return base.year
        return _next_season_year(base, code)

    def _tense(self, start: int) -> str:
        """ "future", "past" or "present": the tense of the clause around `start`."""
        if self._is_future(start):
            return "future"
        return "past" if self._past_cue_in_clause(start) else "present"

    def _past_cue_in_clause(self, start: int) -> bool:
        """A past tense in the clause around `start`, whatever cue of the future it has."""
        text = self.text
        window = max(0, start - _CUE_WINDOW)
        for stop in _CLAUSE_END.finditer(text, window, start):
            window = stop.end()
        after = _CLAUSE_END.search(text, start)
        clause_end = after.start() if after else min(len(text), start + _CUE_WINDOW)
        return bool(
            _PAST_CUE.search(text, window, start) or _PAST_CUE.search(text, start, clause_end)
        )

    def _names_a_period(self, start: int, end: int, word_start: int) -> bool:
        """A capitalized season inside a name: "the Winter War", "Summer Olympics", "the Arab
        Spring" name an event, not a date."""
        text = self.text
        if not text[word_start : word_start + 1].isupper():
            return False
        if _CAPITALIZED_WORD_AFTER.match(text, end):
            return True
        before = text[max(0, word_start - 30) : word_start]
        previous = _CAPITALIZED_WORD_BEFORE.search(before)
        return previous is not None and not _at_sentence_start(
            text, word_start - len(previous.group())
        )

    def _season_mention(
        self, start: int, end: int, year: int, code: str, mod: str | None, relative: bool
    ) -> DateMention:
        first = date(year, _SEASON_MONTH[code], 1)
        return self._make(start, end, f"{year}-{code}", "season", first, relative=relative, mod=mod)

    def _decade(self, m: re.Match[str]) -> DateMention | None:
        if m.group("dec_word"):
            return self._decade_in_words(m)
        if m.group("dec_short"):
            return self._decade_in_two_digits(m)
        if m.group("dec_apos"):
            return self._decade_before_noun(m)
        digits = m.group("dec_y")
        year = 1900 + int(digits[1:]) if digits.startswith("'") else int(digits)
        return self._period(
            m.start(), m.end(), "decade", date(year, 1, 1), mod=_mod(m.group("dec_mod"))
        )

    def _decade_in_two_digits(self, m: re.Match[str]) -> DateMention | None:
        """ "the 80s", "the mid-90s": the latest such decade begun by the end of the
        publication's own decade, as for the decade in words; the span starts at "the" and a
        modifier before the digits gives the mention's `mod`."""
        start = m.start()
        before = self.text[max(0, start - 40) : start]
        lead = _SHORT_DECADE_LEAD.search(before)
        temporal = lead is not None and (lead["prep"] or "").lower() in _TIME_ONLY_PREPOSITIONS
        if not temporal and (
            _LEVEL_BEFORE_DECADE.search(before)
            or _FIGURES_OF_A_LEVEL.search(self.text, max(0, start - 160), start)
        ):
            return None  # "prices in the 70s"; "the 9-1/4s ... were in the mid-90s": a level
        # After another decade and a conjunction ("the 1970s and 80s"); not after a figure
        # that is no decade ("in their 30s, 40s and 50s": ages).
        chained = _DECADE_BEFORE_CONJUNCTION.search(before) is not None
        if (
            not chained
            and (lead is None or not (lead["prep"] or lead["open"] is not None))
            and not (lead is not None and _DECADE_ATTRIBUTE_AFTER.match(self.text, m.end()))
        ):
            return None  # "climb to the mid 20s", "reach the 90s": a level
        if lead is not None:
            start = max(0, start - (len(before) - lead.start("the")))
        tens = int(m.group("dec_short"))
        reference = self.base.year if self.base is not None else 1999
        year = reference // 100 * 100 + tens
        if year > reference // 10 * 10 + 10:
            year -= 100
        mod = _mod(lead.group("dmod")) if lead is not None else None
        return self._period(start, m.end(), "decade", date(year, 1, 1), mod=mod)

    def _decade_before_noun(self, m: re.Match[str]) -> DateMention | None:
        """ "70's music", "70's and 80's fashion": two digits and "'s" with no "the" are a
        decade only after a lower-case word (after a name they are its possessive), before
        the noun they describe (directly, or after a second such decade and "and"/"or"), and
        not after a word for a level ("scores in 70's")."""
        start, end = m.start(), m.end()
        if not _LOWER_WORD_BEFORE.search(self.text, max(0, start - 24), start):
            return None  # "Band Aid 20's remake", a quote opening on "50's": a name's
        following = _DECADE_APOS_CHAIN.match(self.text, end)
        if not _DECADE_ATTRIBUTE_AFTER.match(self.text, following.end() if following else end):
            return None
        if _LEVEL_BEFORE_DECADE.search(self.text[max(0, start - 40) : start]):
            return None
        tens = int(m.group("dec_apos"))
        reference = self.base.year if self.base is not None else 1999
        year = reference // 100 * 100 + tens
        if year > reference // 10 * 10 + 10:
            year -= 100
        return self._period(start, end, "decade", date(year, 1, 1))

    def _decade_in_words(self, m: re.Match[str]) -> DateMention | None:
        """ "The nineties": the latest such decade begun by the end of the publication's own
        decade (the 1990s in 2004 and in 1989, when the nineties are the coming decade; the
        2020s in 2024); the 1900s' when there is no publication date."""
        tens = _DECADE_OF_WORD[m.group("dec_word").lower()]
        reference = self.base.year if self.base is not None else 1999
        year = reference // 100 * 100 + tens
        if year > reference // 10 * 10 + 10:
            year -= 100
        first = date(year, 1, 1)
        return self._period(m.start(), m.end(), "decade", first, mod=_mod(m.group("dec_wmod")))

    def _season(self, m: re.Match[str]) -> DateMention | None:
        if self._names_a_period(m.start(), m.end(), m.start("sea_name")):
            return None
        code = SEASONS[m.group("sea_name").lower()]
        year = int(m.group("sea_year"))
        return self._season_mention(
            m.start(), m.end(), year, code, _mod(m.group("sea_mod")), relative=False
        )

    def _theseason(self, m: re.Match[str]) -> DateMention | None:
        code = SEASONS[m.group("ts_name").lower()]
        mod = _mod(m.group("ts_mod") or m.group("ts_part"))
        if self._names_a_period(m.start(), m.end(), m.start("ts_name")):
            return None
        if m.group("ts_year") or m.group("ts_spoken"):
            year_text = m.group("ts_year")
            year = int(year_text) if year_text else _spoken_year(m.group("ts_spoken"))
            return self._season_mention(m.start(), m.end(), year, code, mod, relative=False)
        if _SEASON_CROP_AFTER.match(self.text, m.end()):
            return None  # "the winter wheat", "the spring crops": a kind of crop
        if m.group("ts_name").lower() == "fall" and not self._fall_is_a_season(m):
            return None  # "the fall in prices", "the fall was steep": a decline
        if self.base is None:
            return self._unresolved(m.start(), m.end(), "season", mod=mod)
        year = self._season_by_tense(m.start(), code)
        return self._season_mention(m.start(), m.end(), year, code, mod, relative=True)

    def _fall_is_a_season(self, m: re.Match[str]) -> bool:
        """ "the fall" is the season after a preposition of time ("in the fall", "by the fall",
        "because of the fall and winter"), never before "in" or "of" and a noun ("the fall
        in prices", "the fall of the government") nor as a subject ("The fall compares")."""
        if _DECLINE_AFTER.match(self.text, m.end()):
            return False
        return self._prev_word(m.start()) in _SEASON_PREPOSITIONS

    def _year(self, m: re.Match[str]) -> DateMention | None:
        year = int(m.group("yr"))
        start, end = m.start(), m.end()
        text = self.text
        if start > 0 and text[start - 1] in "$£€#/.,":
            return None
        if start > 1 and text[start - 1] == "-" and text[start - 2].isdigit():
            return None
        mod_text = m.group("yr_mod")
        if (
            not (mod_text or m.group("yr_fiscal"))
            and _MONTH_QUARTER_AFTER.match(text, end) is not None
            and _YEAR_BEFORE_MONTH_QUARTER.search(text, max(0, start - 12), end) is not None
        ):
            return None  # "the 1985 December quarter": read with its month (`_month`)
        strong = bool(mod_text or m.group("yr_fiscal") or m.group("yr_poss"))
        if not strong and not self._marked_year(year, start, end):
            prev_match = _PREV_WORD.search(text, max(0, start - 30), start)
            prev_raw = prev_match.group(1) if prev_match else ""
            prev = prev_raw.lower()
            if prev in _YEAR_PREPOSITIONS:
                if year < 1600:
                    return None
            elif not 1900 <= year <= 2099 or self._amount_word_before(prev, year, end):
                return None  # "about 1990 people"
            elif (
                prev_raw[:1].isupper()
                and prev != "total"  # "Total 1985 turnover was ...", left by the line above
                and prev not in _FUNCTION_WORDS
                and prev[-2:] not in {"'s", "s'"}  # "the club's 1959 tour", "the Lions' 1959 tour"
                # "Come 2030, ...": the subjunctive "come" before a year and its comma.
                and not (prev == "come" and text[end : end + 1] == ",")
                and not (
                    ":" in text[prev_match.end(1) if prev_match else start : start]
                    and _WORD_AFTER.match(text, end)
                )
            ):
                # "Room 2015", "Flight 2012": a label, not a year; after a heading and its
                # colon, before a word, a year ("NOTE: 1986 net includes ...").
                return None
            if _QUANTITY_AFTER.match(text, end) and prev not in {"in", "since", "of"}:
                return None
            if (
                _PLURAL_AFTER.match(text, end)
                and prev not in _YEAR_PREPOSITIONS | _DETERMINERS
                and not self._results_of_year(year, end)
                and not _YEAR_BEFORE_CONJUNCTION.search(text, max(0, start - 16), start)
                and not self._vintage_year(start)
            ):
                return None  # "sent 2000 tanks", but "1989 and 1990 sales"
        last_year = _closing_year_of_span(year, m.group("yr_to")) if m.group("yr_to") else year
        if last_year is None:
            return None
        return self._make(
            start,
            end,
            _value("year", date(year, 1, 1)),
            "year",
            date(year, 1, 1),
            mod=_mod(mod_text),
            last=date(last_year, 12, 31),
        )

    def _amount_word_before(self, prev: str, year: int, end: int) -> bool:
        """A word before the figure that makes it an amount ("about 1990 people", "a total
        1990 workers"); "total" before a word for a year's figures ("total 1985 turnover")
        leaves it that year, since a count of 1,985 would take a plural of things."""
        if prev == "total" and self._figures_of_year(year, end, _TOTAL_OF_AFTER):
            return False
        if prev == "over" and self._near_publication(year):
            # "up 12 pct over 1986", "over 1999 as a whole": a year near publication after
            # "over" is the year compared with or spanned; "over 1990 people" stays a count
            # by the noun after it.
            return False
        return prev in _AMOUNT_BEFORE

    def _marked_year(self, year: int, start: int, end: int) -> bool:
        """A year by its marks alone: alone in brackets after a name ("the Finance Act
        (1984)", a film's "(1968)"; not inside a company's name, "Smith Works (1962) Ltd"), or
        after a table note's one-letter key ("X-1986 rates. Y-dlrs per cwt")."""
        text = self.text
        if year < 1900:
            return False
        if text[start - 1 : start] == "(" and text[end : end + 1] == ")":
            return _COMPANY_AFTER.match(text, end + 1) is None
        return (
            year <= 2099
            and _NOTE_KEY_BEFORE.search(text, max(0, start - 4), start) is not None
            and _WORD_AFTER.match(text, end) is not None
        )

    def _vintage_year(self, start: int) -> bool:
        """ "the unbeaten 1971 champions", "their famous 1958 winners": a definite determiner
        and one describing word before the figure make it the year of the noun after it ("the
        remaining 2000 jobs", "the expected 1950 visitors" count; "a/an" goes with a count)."""
        lead = _DETERMINER_THEN_WORD.search(self.text, max(0, start - 40), start)
        if lead is None:
            return False
        describing = lead.group("word")
        return (
            lead.group("det").lower() in _DEFINITE_DETERMINERS
            and describing not in _COUNT_ADJECTIVES
            and describing not in _AMOUNT_BEFORE
            and not describing.endswith(("ed", "ing"))
        )

    def _results_of_year(self, year: int, end: int) -> bool:
        """ "projected 1987 revenues", "its 1990 earnings": a year near publication before a
        word for a period's figures names the year of the figures, not a count of them."""
        return self._figures_of_year(year, end, _RESULTS_AFTER)

    def _figures_of_year(self, year: int, end: int, nouns: re.Pattern[str]) -> bool:
        """A year near publication (with no publication day, one from 1950 to 2030) before
        one of `nouns`, words for a period's figures."""
        return self._near_publication(year) and nouns.match(self.text, end) is not None

    def _near_publication(self, year: int) -> bool:
        """A year within five of publication's (with no publication day, one from 1950 to
        2030)."""
        base = self.base
        return abs(year - base.year) <= 5 if base is not None else 1950 <= year <= 2030

    def _month(self, m: re.Match[str]) -> DateMention | None:
        name = m.group("mo_name")
        bare = name.rstrip(".").lower()
        month = MONTHS[bare]
        mod_text = m.group("mo_mod")
        start, end = m.start(), m.end()
        prev = self._prev_word(start)
        if not mod_text and (
            self._contract_month(start, end, prev) or self._traded_month(start, end, month)
        ):
            return self._contract_period(start, end, month)
        if (
            (not mod_text or mod_text.strip().lower() in {"early", "late", "mid", "mid-"})
            and name[:1].isupper()
            and (event := _EVENT_AFTER_MONTH.match(self.text, end))
            and (article := _ARTICLE_BEFORE_MONTH.search(self.text, max(0, start - 30), start))
        ):
            # "an expected May election", "the March budget": a month naming an event;
            # "talk of an early June election", "it may delay a June vote": an occasion
            # awaited, as after "expected".
            ahead = article.group("adj") in _AHEAD_ADJECTIVES or (
                _OCCASION_AFTER_MONTH.match(event.group()) is not None
                and self._awaited_before(article.start())
            )
            return self._event_month(start, end, month, prev, ahead=ahead, mod=_mod(mod_text))
        # "March exports fell ...", "May output is forecast": a month before the noun of a
        # month's statistic is that month, even at a sentence start.
        statistic = _STATISTIC_AFTER_MONTH.match(self.text, end)
        figures_after = name[:1].isupper() and bool(
            _PARTNER_MONTH_AFTER.match(self.text, end)
            or _PARTNER_MONTH_BEFORE.search(self.text, max(0, start - 14), start)
            or _RESULTS_AFTER.match(self.text, end)
            or _RECORD_AFTER_MONTH.match(self.text, end)
            or (statistic and not (bare == "may" and statistic.group(1).lower() == "trade"))
        )
        if not mod_text and prev not in _MONTH_CONTEXT_BEFORE and not figures_after:
            short = len(bare) <= 4 and bare not in {"june", "july"}
            if short or bare in _VERB_MONTHS:
                return None  # without a date context only unambiguous full month names count
        if (
            not mod_text
            and prev not in _STRONG_MONTH_CONTEXT
            and _CAPITALIZED_NEXT.match(self.text, end)
        ):
            if bare in _UNNAMED_MONTHS and (prev in _DETERMINERS or prev.endswith("'s")):
                # "the January Basel accord", "Tokyo's December Tankan": a month no one is
                # named after, after a determiner, is the month of the event or report whose
                # name follows.
                return self._month_before_name(start, end, month)
            return None  # "by June Carter", "and April Ryan": a first name
        if len(bare) <= 4 and bare not in {"june", "july", "may"} and not name.endswith("."):
            return None  # "Jan" without a period is more often a name
        if (
            bare == "may"
            and not mod_text
            and not figures_after
            and prev not in _MAY_CONTEXT_BEFORE
            and not _MONTH_THEN_LINK.search(self.text, max(0, start - 30), start)
        ):
            return None  # modal "may" at a sentence start: a month only in a date context
        mention = self._month_period(start, end, month, prev, _mod(mod_text))
        if month % 3 == 0 and mention.first_day is not None and not mod_text:
            quarter = _QUARTER_WORD_AFTER.match(self.text, end)
            if quarter is not None:
                # "the December quarter": the calendar quarter that ends with that month; "the
                # 1985 December quarter": the one that ends with December 1985.
                first = _add_months(mention.first_day, -2)
                year = _YEAR_BEFORE_MONTH_QUARTER.search(self.text, max(0, start - 12), start)
                if year is not None:
                    first = date(int(year.group("year")), month - 2, 1)
                    return self._period(year.start("year"), quarter.end(), "quarter", first)
                return self._period(start, quarter.end(), "quarter", first, relative=True)
        return mention

    def _contract_month(self, start: int, end: int, prev: str) -> bool:
        """A month that names a contract, a shipment or a pair of trading months."""
        text = self.text
        if not text[start].isupper():
            return False  # "it may position itself": a modal verb
        if text[end : end + 1] == "/" or text[end : end + 2] == "./":
            pair = _MONTH_PAIR_AFTER.match(text, end)
            if pair is None or text[max(0, start - 1) : start] == "(":
                return False
            if _CONTRACT_AFTER.match(text, end) is None:
                return self._pair_traded(prev, pair.end())
        elif text[start - 1 : start] == "/":
            first = _MONTH_PAIR_BEFORE.search(text, max(0, start - 12), start)
            if first is None or text[end : end + 1] == ")":
                return False
            if _CONTRACT_AFTER.match(text, end) is None:
                return self._pair_traded(self._prev_word(first.start()), end)
        contract = _CONTRACT_AFTER.match(text, end)
        if contract is None:
            # "for April shipments"; "a drop in January shipments" is a statistic.
            return prev == "for" and _PLURAL_CONTRACT_AFTER.match(text, end) is not None
        if prev == "last" or _LAST_SPAN_BEFORE.search(text, max(0, start - 20), start):
            return False  # "the last May to September shipment": a span gone by
        if contract.group().lower().endswith(("position", "positions")) and (
            _TRADING_NEAR.search(text, max(0, start - 150), min(len(text), end + 150)) is None
        ):
            return False  # "the January position was revised": a statistic's month
        # "May to September shipment" (never "November to April", a span that began before
        # the second month, which is read as usual).
        second = _MONTH_IN.search(text, end, contract.end())
        return (
            second is None
            or MONTHS[second.group().rstrip(".").lower()]
            >= MONTHS[text[start:end].rstrip(".").lower()]
        )

    def _traded_month(self, start: int, end: int, month: int) -> bool:
        """A month before a traded commodity, currency or futures instrument ("July
        soybeans", "December yen", "the August pound", "March T-bonds") three to eight months
        ahead of publication: a contract month, so the coming one. Nearer back it is as often a
        statistic of a month just past ("January gold" in March); a statistic's noun after the
        instrument ("November crude exports") or a span before the month ("April-June") keeps
        the past reading."""
        if self.base is None or not 3 <= (month - self.base.month) % 12 <= _MONTHS_AHEAD_SCHEDULED:
            return False
        text = self.text
        traded = _TRADED_AFTER.match(text, end)
        if traded is None or _STATISTIC_AFTER.match(text, traded.end()):
            return False
        span_before = text[max(0, start - 1) : start] in {"-", "/"}
        return not span_before and self._prev_word(start) not in _NOT_TRADED_BEFORE

    def _pair_traded(self, prev: str, end: int) -> bool:
        """A pair of months traded ("for Aug/Sept", "June/July at 1,850 dlrs"), not a span
        of months reported on."""
        text = self.text
        if prev == "for":
            return _PAIR_SPAN_AFTER.match(text, end) is None
        return prev not in _PAIR_SPAN_BEFORE and _PAIR_TRADED_AFTER.match(text, end) is not None

    def _contract_period(self, start: int, end: int, month: int) -> DateMention:
        if self.base is None:
            return self._unresolved(start, end, "month")
        base = self.base
        year = base.year if month >= base.month else base.year + 1
        return self._period(start, end, "month", date(year, month, 1), relative=True)

    def _awaited_before(self, start: int) -> bool:
        """A word of expectation, speculation or a modal earlier in the clause before
        `start` ("speculation of", "expects", "should dampen talk of", "may delay")."""
        window = max(0, start - _CUE_WINDOW)
        for stop in _CLAUSE_END.finditer(self.text, window, start):
            window = stop.end()
        return _AWAITED_CUE.search(self.text, window, start) is not None

    def _event_month(
        self,
        start: int,
        end: int,
        month: int,
        prev: str,
        *,
        ahead: bool = False,
        mod: str | None = None,
    ) -> DateMention:
        """The month of an event: a deadline or an event said to be expected or planned
        (`ahead`) in a clause not in the past ("faces a May deadline", "leads polls before an
        expected May election", said in July) and any event in a future one lie ahead, in the
        coming such month; otherwise as a month alone."""
        base = self.base
        # (the month just past stays past: "faces a June deadline" in early July is overtaken)
        if base is not None and 0 < (month - base.month) % 12 < 11:
            tense = self._tense(start)
            deadline = _DEADLINE_AFTER_MONTH.match(self.text, end) is not None
            if tense == "future" or ((deadline or ahead) and tense == "present"):
                year = base.year if month > base.month else base.year + 1
                return self._period(
                    start, end, "month", date(year, month, 1), relative=True, mod=mod
                )
        return self._month_period(start, end, month, prev, mod)

    def _month_period(
        self, start: int, end: int, month: int, prev: str, mod: str | None
    ) -> DateMention:
        if self.base is None:
            return self._unresolved(start, end, "month", mod=mod)
        base = self.base
        ahead = (month - base.month) % 12
        if ahead < 10 and self._ending_before(start):
            # "the financial year ending in March": the month that closes the period running
            # now (a month one or two back closes the one just reported).
            year = base.year if month >= base.month else base.year + 1
            return self._period(start, end, "month", date(year, month, 1), relative=True, mod=mod)
        if (
            ahead
            and _ENDED_BEFORE.search(self.text, max(0, start - 12), start)
            and not self._sentence_looks_ahead(start)
        ):
            # "the year ended (in) June", written in May: a period already closed, last June.
            year = base.year if month <= base.month else base.year - 1
            return self._period(start, end, "month", date(year, month, 1), relative=True, mod=mod)
        if (
            ahead
            and prev == "in"
            and _past_before(_PAST_BEFORE_MONTH, self.text, start)
            and (ahead > _MONTHS_AHEAD_TOLERANCE or not self._is_future(start))
        ):
            # "the accord agreed in February", written in April, under a "would" further
            # back: the month it was agreed in, last February. Within the two months ahead
            # read as coming, a future tense in the clause keeps the month ahead ("would
            # break when the rains fell in May", written in March).
            year = base.year if month <= base.month else base.year - 1
            return self._period(start, end, "month", date(year, month, 1), relative=True, mod=mod)
        future = self._is_future(start) or prev in _FUTURE_PREPOSITIONS
        if not future and prev == "to" and 0 < ahead < 12:
            future = self._running_period_ahead(start, ahead)
        if (
            not future
            and prev == "in"
            and _MONTHS_AHEAD_TOLERANCE < ahead <= _MONTHS_AHEAD_SCHEDULED
        ):
            # "the show returns in August", "the vote is in November": a timetable.
            word = _PREV_WORD.search(self.text, max(0, start - 30), start)
            # "is due to" is `_is_future`'s to judge ("due to the rains in March": a cause).
            future = word is not None and self._scheduled_before(word.start(1), due=False)
            if not future:
                # "talks starting in July", "a tour beginning in May": an event named by the
                # participle of its opening, a few months ahead (past copy says "began in").
                future = (
                    _OPENING_PARTICIPLE_BEFORE.search(self.text, max(0, start - 24), start)
                    is not None
                )
        # The month just past stays past even in a future-tense clause ("will show in March").
        if (future and ahead < 11) or ahead <= _MONTHS_AHEAD_TOLERANCE:
            # The coming months ("talks resume in March", said in February).
            year = base.year if month >= base.month else base.year + 1
        else:
            year = base.year if month <= base.month else base.year - 1
        return self._period(start, end, "month", date(year, month, 1), relative=True, mod=mod)

    def _month_before_name(self, start: int, end: int, month: int) -> DateMention:
        """ "the January Basel accord", "the November Chicago delivery": a contract's month
        when a contract's noun closes the name, else the month of a named event or report,
        the last such month up to publication unless it is one of the next two ("the
        January Basel accord" written in May, under "will revisit", is last January's)."""
        if _CONTRACT_AFTER_NAME.match(self.text, end):
            return self._contract_period(start, end, month)
        if self.base is None:
            return self._unresolved(start, end, "month")
        base = self.base
        if (month - base.month) % 12 <= _MONTHS_AHEAD_TOLERANCE:
            year = base.year if month >= base.month else base.year + 1
        else:
            year = base.year if month <= base.month else base.year - 1
        return self._period(start, end, "month", date(year, month, 1), relative=True)

    def _running_period_ahead(self, start: int, ahead: int) -> bool:
        """ "the half-year to September will show ...", "profits for the six months to
        September are expected to fall", written in June: a period closing in a month ahead
        and long enough to have begun is the one running now, when the clause looks ahead
        (its future verb may follow the month)."""
        text = self.text
        closing = _PERIOD_TO_BEFORE.search(text, max(0, start - 30), start)
        if closing is None:
            return False
        count = closing.group("count")
        if count is not None:
            length = int(_amount(count) or 0)
        else:
            length = _PERIOD_TO_MONTHS[closing.group("unit").lower().replace(" ", "-")]
        if ahead >= length:
            return False
        after = _CLAUSE_END.search(text, start)
        clause_end = after.start() if after else min(len(text), start + _CUE_WINDOW)
        if _FUTURE_CUE.search(text, start, clause_end) is not None:
            return True
        return self._looks_ahead(start)

    def _weekday(self, m: re.Match[str]) -> DateMention | None:
        weekday = WEEKDAYS[m.group("wd_name").lower()]
        start, end = m.start(), m.end()
        if (
            m.group("wd_name")[:1].isupper()
            and _CAPITALIZED_WORD_AFTER.match(self.text, end)
            and (
                self._prev_word(start) == "the"
                or _PAIRED_PAPER_BEFORE.search(self.text, max(0, start - 20), start)
            )
        ):
            # "The Sunday Times", "the Monday Club", "the Daily and Sunday Gazette": a name
            return None
        if self._prev_word(start) in {"a", "an"} and (
            _ON_A_BEFORE.search(self.text, max(0, start - 8), start)
            or _COMPOUND_PART_OF_DAY_AFTER.match(self.text, end)
        ):
            # "a Sunday-morning flight", "sold on a Monday": any such day, no date ("to a
            # Friday close of 4.10" is one Friday's)
            return None
        kind = "time" if self._clock_before(start) else "date"
        mod = _mod(m.group("wd_early"))
        if self.base is None:
            return self._unresolved(start, end, "day", weekday=weekday, kind=kind, mod=mod)
        future = (
            self._is_future(start)
            or self._prev_word(start) in _FUTURE_PREPOSITIONS
            or self._scheduled_before(start)
            or (m.group(0).endswith("'s") and _EVENT_AHEAD_AFTER.match(self.text, end) is not None)
            or self._future_verb_phrase_before(start)
        )
        if future and _PAST_AFTER.match(self.text, end):
            future = False
        if not future and self._opens_sentence_before_will(start, end):
            future = True
        when = _resolve_weekday(self.base, weekday, 2 if future else 0)
        if not future and m.group(0).endswith("'s") and _ESTIMATE_AFTER.match(self.text, end):
            # "Sunday's catch is estimated at ...": a day's figure guessed in the
            # present tense, before or after the fact: the nearer such day, back or ahead.
            ahead = _resolve_weekday(self.base, weekday, 2)
            if (ahead - self.base) < (self.base - when):
                when = ahead
        return self._period(
            start, end, "day", when, weekday=weekday, relative=True, mod=mod, kind=kind
        )

    def _opens_sentence_before_will(self, start: int, end: int) -> bool:
        """ "On Thursday inspectors will check ...": a weekday opening its sentence, with a
        "will" or "shall" later in its clause and no past tense or report between."""
        text = self.text
        if not _SENTENCE_OPENING_BEFORE.search(text, max(0, start - 12), start):
            return False
        later = _WILL_LATER_IN_CLAUSE.match(text, end)
        return later is not None and not _PAST_OR_REPORTING_IN_GAP.search(later.group("gap"))

    def _dayref(self, m: re.Match[str]) -> DateMention | None:
        word = re.sub(r"\s+", " ", m.group("dr_word").lower())
        if word == "tomorrow" and _in_general(self.text, m.start(), m.end()):
            return None  # "the cars of tomorrow": the future in general, not the next day
        if word == "today" and not m.group("dr_part") and self._nowadays(m.start(), m.end()):
            # "the music of today", "bigger today than ten years ago": the present age, not
            # the publication day; the present as TimeML values it, no day to check
            return self._make(m.start(), m.end(), "PRESENT_REF", "ref", relative=True)
        if " " in word and word[0] in "tl":
            named = m.group("dr_word")
            if not named.isupper() and named.split()[-1][0].isupper():
                return None  # "ITV's This Morning", "Last Night": a title, in title case
        if word in {"today", "tomorrow", "tonight"} and _TITLE_WORD.match(
            self.text, m.start(), m.end()
        ):
            before = self.text[max(0, m.start() - 3) : m.start()]
            if _PROGRAMME_AFTER.match(self.text, m.end()) or before.endswith(("'s ", "’s ")):
                return None  # "Radio 4's Today programme", "the Tonight show": a title
            if _TITLE_THE_BEFORE.search(
                self.text, max(0, m.start() - 12), m.start()
            ) and _CAPITALIZED_WORD_AFTER.match(self.text, m.end()):
                return None  # "or The Tomorrow People": a capital "The" inside a sentence
        if word == "overnight":
            return self._night(m.start(), m.end(), overnight=True)
        shift = _DAYREF_SHIFT[word]
        # A part of a day ("this morning", "last night", "tomorrow evening") is a time, as
        # TimeML types it; its value stays the day. "tonight" stays a date (TimeML's DATE).
        part = m.group("dr_part") or (" " in word and word.endswith(_DAY_PARTS))
        kind = "time" if part else "date"
        if self.base is None:
            return self._unresolved(m.start(), m.end(), "day", kind=kind)
        when = self.base + timedelta(days=shift)
        return self._period(m.start(), m.end(), "day", when, relative=True, kind=kind)

    def _nowadays(self, start: int, end: int) -> bool:
        """Whether "today" names the present age: after a noun and "of" ("the farms of today"),
        or closing a clause or before "than" in a sentence that sets it against a time years
        back ("still a problem today, as it was 20 years ago")."""
        text = self.text
        if _in_general(text, start, end):
            return True
        if not _NOWADAYS_AFTER.match(text, end):
            return False
        left, right = max(0, start - 200), min(len(text), end + 200)
        for stop in _SENTENCE_END.finditer(text, left, start):
            left = stop.end()
        after = _SENTENCE_END.search(text, end, right)
        if after is not None:
            right = after.start() + 2
        back = _YEARS_BACK.search(text, left, right)
        if back is None:
            return False
        # "it closed today": a past event has a day (a past verb of the time years back,
        # "the faults found ten years ago remain today", does not count)
        if back.end() <= start:
            return not any(
                not _LINKING_VERB_BEFORE.search(text, max(0, cue.start() - 12), cue.start())
                for cue in _PAST_CUE.finditer(text, back.end(), start)
            )  # "remain unsolved today": an adjective after a linking verb is no past tense
        return not self._tense_past_before(start)

    def _earlyhours(self, m: re.Match[str]) -> DateMention | None:
        return self._night(m.start(), m.end(), overnight=False)

    def _night(self, start: int, end: int, *, overnight: bool) -> DateMention | None:
        """ "overnight" and "in the early hours" with no day named: a time (TimeML types
        "overnight" a time of the night, valued by a day). "overnight" is the night just past,
        valued by its first day as "last night" is; "the early hours" end it, on the
        publication day. In a future clause the coming night or the next early hours."""
        text = self.text
        if overnight:
            if self._prev_word(start) in _NIGHT_BEFORE_WORDS or _OVERNIGHT_NOUN_AFTER.match(
                text, end
            ):
                return None  # "the overnight rate", "an overnight stay": a kind of loan or stay
            if _OVERNIGHT_DAY_AFTER.match(text, end):
                return None  # "overnight on Saturday": the day named is the date
        elif _HOURS_OF_DAY_AFTER.match(text, end):
            return None  # "the early hours of Monday": the day named is the date
        if self.base is None:
            return self._unresolved(start, end, "day", kind="time")
        shift = -1 if overnight else 0
        # "until the early hours", "into the night": a cue of the future only when the
        # clause has no past tense ("talks went on until the early hours").
        if self._is_future(start) and not (
            self._prev_word(start) in _FUTURE_PREPOSITIONS and self._tense_past_before(start)
        ):
            shift += 1
        when = self.base + timedelta(days=shift)
        return self._period(start, end, "day", when, relative=True, kind="time")

    def _tense_past_before(self, start: int) -> bool:
        """A past tense earlier in the clause."""
        window = max(0, start - _CUE_WINDOW)
        for stop in _CLAUSE_END.finditer(self.text, window, start):
            window = stop.end()
        return _PAST_CUE.search(self.text, window, start) is not None

    def _ref(self, m: re.Match[str]) -> DateMention | None:
        if m.group("ref_current"):
            # "the current slump", "its current owners": the present, as an adjective after a
            # determiner or preposition ("a strong current swept" is a flow of water).
            if self._prev_word(m.start()) not in _BEFORE_CURRENT:
                return None
            return self._make(m.start(), m.end(), "PRESENT_REF", "ref", relative=True)
        word = re.sub(r"\s+", " ", m.group(0).lower())
        if word == "now" and self.text[m.end() : m.end() + 5].lower() == " that":
            return None  # "now that" is a conjunction
        if word == "the past" and _COUNT_AFTER_PAST.match(self.text, m.end()):
            return None  # "over the past two contests": the last few of something, no time
        value = _REF_VALUES.get(word, "PAST_REF")
        return self._make(m.start(), m.end(), value, "ref", relative=True)

    def _weekend(self, m: re.Match[str]) -> DateMention | None:
        if self.base is None:
            return self._unresolved(m.start(), m.end(), "weekend")
        base = self.base
        saturday = base + timedelta(days=5 - base.weekday())
        if base.weekday() < 5 and not self._looks_ahead(m.start()):
            saturday -= timedelta(days=7)
        return self._period(m.start(), m.end(), "weekend", saturday, relative=True)

    def _yearago(self, m: re.Match[str]) -> DateMention | None:
        # "the year ago quarter": wire copy often drops the hyphen before a period's name
        unit = (m.group("ya_unit") or m.group("ya_spaced") or "").lower()
        start, end = m.start(), m.end()
        if self.base is None:
            return self._unresolved(start, end, "quarter" if unit else "year")
        if m.group("ya_span") or m.group("ya_span2"):
            # "the year-ago nine months", "the year earlier fiscal year": the stretch just
            # stated, a year back; else the year before, as "the year-ago" alone is.
            if self.stretch is not None:
                shifted = self._stretch_of_year(start, end, "year-ago", None)
                if shifted is not None:
                    return shifted
            return self._shifted(start, end, "year", -1, from_anchor=False)
        if unit == "period":
            discussed = self._period_in_discussion(start, end, "year-ago")
            if discussed is not None:
                return discussed
        if unit in {"quarter", "period"}:
            self.derived = True
            origin = self.quarter_anchor or _add_months(_floor("quarter", self.base), -3)
            return self._quarter_year_back(
                start, end, "quarter", _add_months(origin, -12), named_quarter=unit == "quarter"
            )
        if unit == "week" and self.stretch is not None:
            # "the week ended April 2 ... the year-ago week": that week, 52 weeks back.
            shifted = self._stretch_of_year(start, end, "year-ago", None)
            if shifted is not None:
                return shifted
        if unit in {"month", "week"}:
            # "the year-ago month": the month under discussion, a year earlier.
            anchor = self.anchor
            origin = anchor[1] if anchor is not None and anchor[0] == unit else self.base
            self.derived = True
            first = _floor(unit, _add_months(origin, -12))
            return self._period(start, end, unit, first, relative=True)
        return self._shifted(start, end, "year", -1, from_anchor=False)

    def _duration(self, m: re.Match[str]) -> DateMention | None:
        number_text = m.group("du_num").lower()
        unit = _unit_key(m.group("du_unit").lower())
        start = m.start()
        text = self.text
        if start > 0 and text[start - 1] in "$£€#.,/":  # "$5", "1-1/2 days"
            return None
        if _CLOCK_FIGURE.match(text, start):
            return None  # "at 1900 hours local": a clock time, no length of time
        if _no_length_of_time(text, m.end(), number_text, unit, m.group("du_unit").lower()):
            return None
        if number_text in {"a", "an"}:
            if unit == "second" and _ORDINAL_SECOND_AFTER.match(text, m.end()):
                return None  # "for a second year", "a second time": an ordinal
            prev = self._prev_word(start)
            # ("5,000 dlrs a year"; not "... during 2005. A year and a half after ...": a
            # figure closing the sentence before is no count spread over the year)
            if prev in {"once", "twice", "thrice", "times"} or re.search(
                r"\d[^\w.!?]{0,3}$", text[max(0, start - 4) : start]
            ):
                return self._make(
                    start, m.end(), _duration_value(1, unit), _GRAN_OF_UNIT.get(unit), kind="set"
                )
            if (
                prev not in _DURATION_A_CONTEXT
                and not (unit in _SPAN_OF_UNITS and _SPAN_OF_AFTER.match(text, m.end()))
                and not (prev in _DURATION_A_VERBS and unit not in {"quarter", "half", "second"})
                and not _AGE_GAP_AFTER.match(text, m.end())
            ):
                return None
        if (
            number_text == "one"
            and unit == "day"
            and self._prev_word(start) in _MODAL_BEFORE_ONE_DAY
        ):
            # "will one day be", "hopes to one day return": some day ahead, no day's length.
            return self._make(start, m.end(), "FUTURE_REF", "ref", relative=True)
        amount = _amount(number_text)
        if (
            text[max(0, start - 3) : start].lower() == "in "
            and self._prev_word(start) == "in"  # not "within a year": a limit, not a point
            and "-" not in m.group(0)  # "in 20-day bills": a kind of thing, not a wait
            and amount is not None
            and unit in _AHEAD_UNITS
            and self.base is not None
            and not self._within_record(start)
            and self._is_future(start)
        ):
            # "will be redeemed in five years": the point that far after publication.
            shifted = self._shifted(start, m.end(), unit, amount, from_anchor=False)
            if shifted is not None:
                return shifted
        return self._duration_mention(start, m.end(), amount, unit)

    def _within_record(self, start: int) -> bool:
        """ "the first ... in five years", "the highest in a decade": a stretch that a record
        is counted over, not a point ahead."""
        before = self.text[max(0, start - 90) : start].lower()
        return _RECORD_BEFORE.search(before) is not None

    def _setexpr(self, m: re.Match[str]) -> DateMention | None:
        key = m.group("set_unit").rstrip(".").lower()
        if key in MONTHS:
            value = f"XXXX-{MONTHS[key]:02d}"
            return self._make(m.start(), m.end(), value, "month", kind="set")
        if key in WEEKDAYS:
            weekday = WEEKDAYS[key]
            value = f"XXXX-WXX-{weekday + 1}"
            return self._make(m.start(), m.end(), value, "day", kind="set", weekday=weekday)
        unit = _unit_key(key)
        amount = _amount(m.group("set_num")) if m.group("set_num") else 1
        if "other" in m.group(0).lower() and amount == 1:
            amount = 2
        return self._make(
            m.start(), m.end(), _duration_value(amount, unit), _GRAN_OF_UNIT.get(unit), kind="set"
        )

    def _freq(self, m: re.Match[str]) -> DateMention | None:
        if m.group(0)[0].isupper():
            before = self.text[max(0, m.start() - 3) : m.start()].rstrip()
            if before and before[-1] not in '.!?:;"“(\n':
                return None  # "the Daily Telegraph", "Screen Daily": part of a name
        if m.group(0).lower() in {"daily", "weekly"} and self._names_a_publication(
            m.start(), m.end()
        ):
            return None
        if _EVERYDAY_AFTER.match(self.text, m.end()) and m.group(0).lower() == "daily":
            return None  # "in our daily lives": everyday life, no frequency
        value = FREQUENCY_ADVERBS[m.group(0).lower()]
        return self._make(m.start(), m.end(), value, None, kind="set")

    def _names_a_publication(self, start: int, end: int) -> bool:
        """ "the financial daily Borsen Nyt", "the Oslo weekly Kapital", "a daily
        newspaper": a newspaper or a magazine, no frequency. Before a name, only after a word
        that describes a paper (a capitalised place, "financial", "official" ...), so that
        "the weekly Treasury bill tender" stays weekly."""
        text = self.text
        if _PAPER_AFTER.match(text, end):
            return True
        if not _CAPITALIZED_NAME_AFTER.match(text, end):
            return False
        before = _PAPER_DESCRIPTION_BEFORE.search(text, max(0, start - 40), start)
        if before is not None:
            return True
        # "the daily Kommersant reported", "the weekly Der Spiegel, ...": with no describing
        # word, the name must close the phrase (a verb of reporting or a stop after it), so
        # that "the weekly Treasury bill auction" stays weekly.
        return self._prev_word(start) == "the" and _NAME_THEN_REPORT.match(text, end) is not None


# ---- calendar arithmetic -------------------------------------------------------------------

# "the cars of tomorrow", "the people of tomorrow": the future in general; "ahead of
# tomorrow's talks", "as of tomorrow", "the whole of tomorrow" are the next day.
_OF_TOMORROW = compile_pattern(r"\b(?P<noun>[a-z]+)\s+of\s+$")
_NEXT_DAY_BEFORE_OF = frozenset(
    words(
        "as ahead because instead out end start beginning time morning afternoon evening night"
        " rest whole course part half all"
    )
)


def _in_general(text: str, start: int, end: int) -> bool:
    """Whether "tomorrow" at start..end follows a noun and "of" and names no day."""
    before = _OF_TOMORROW.search(text, max(0, start - 24), start)
    if before is None or before["noun"] in _NEXT_DAY_BEFORE_OF:
        return False
    return not text.endswith(("'s", "’s"), start, end) and not text.startswith(("'s", "’s"), end)


# "today" closing a clause or before a comparison ("today, ...", "today than ...").
_NOWADAYS_AFTER = compile_pattern(r"\s*(?:[,.;:!?)\"”]|'|\s+than\b|$)", re.IGNORECASE)
# A time years or decades back that "today" is set against.
_YEARS_BACK = compile_pattern(
    r"\b(?:\w+|a\s+few|a\s+couple\s+of)[\s-]+(?:years|decades|generations?)\s+ago\b"
    r"|\b(?:a|one)\s+(?:decade|generation)\s+ago\b|\bback\s+then\b|\bin\s+the\s+(?:19|20)\d0s\b",
    re.IGNORECASE,
)
_LINKING_VERB_BEFORE = compile_pattern(
    r"\b(?:is|are|be|been|remains?|stays?|seems?|looks?|still)\s+$", re.IGNORECASE
)
_PAPER_AFTER = compile_pattern(r"\s+(?:newspapers?|papers?|magazines?|tabloids?|journals?)\b")
_CAPITALIZED_NAME_AFTER = compile_pattern(r"(?-i:\s+[A-Z][\w'-]+)")
# A word that describes a paper before "daily"/"weekly", after "the" and at most one more
# word: "the business weekly", "the Danish financial daily", "the Oslo weekly".
_PAPER_DESCRIPTION_BEFORE = compile_pattern(
    r"\b(?i:the)\s+(?:[\w-]+\s+)?(?:(?i:business|financial|economic|official|semi-official"
    r"|government|local|conservative|liberal|independent|evening|morning|news|party|trade"
    r"|influential|leading|popular|respected)|(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))\s+$"
)
_EVERYDAY_AFTER = compile_pattern(r"[ \t]+(?:life|lives|living)\b", re.IGNORECASE)
# A count and a plural other than a unit of time after "the past" (the shapes before read
# "the past three years"): "the past two contests", "the past five Welsh derbies".
_COUNT_AFTER_PAST = compile_pattern(
    rf"[ \t]+(?:\d+|(?:{ONES_PATTERN}|{TEENS_PATTERN}|{TENS_PATTERN}|few|several|many)\b)"
    rf"[ \t]+(?:(?-i:[A-Z])[a-z]+[ \t]+)?(?!{UNIT_RE}|weekends?\b)[a-z]+s\b",
    re.IGNORECASE,
)
_ON_A_BEFORE = compile_pattern(r"\b[Oo]n\s+an?\s+$")
_COMPOUND_PART_OF_DAY_AFTER = compile_pattern(r"-(?:night|morning|afternoon|evening)\b")
# A paper's name closing its phrase: capitalised words, then a verb of reporting or a stop.
_NAME_THEN_REPORT = compile_pattern(
    r"(?-i:(?:\s+(?:[A-Z][\w'-]+|de|der|die|el|la|le|il))+)"
    r"(?:\s*[,.;:)]|\s+(?:said|says|reported|reports|quoted|quotes|wrote|writes|carried"
    r"|published|added|claimed|cited|printed|ran)\b)"
)
# "the Daily and Sunday Gazette"-style pairs of one paper's titles.
_PAIRED_PAPER_BEFORE = compile_pattern(r"(?-i:\b(?:Daily|Saturday|Sunday|Evening))\s+and\s+$")
_DAY_PARTS = ("night", "morning", "afternoon", "evening")
_TITLE_WORD = compile_pattern(r"(?-i:[A-Z][a-z]+)$")
# "The" capitalised after a lower-case word or a comma: it opens a title, not a sentence.
_TITLE_THE_BEFORE = compile_pattern(r"(?-i:(?<=[a-z,]\s)The)\s+$")
_PROGRAMME_AFTER = compile_pattern(
    r"\s+(?:programmes?|programs?|show|newspaper|presenter|host)\b", re.IGNORECASE
)
_DAYREF_SHIFT = {
    "today": 0,
    "tonight": 0,
    # The part of the publication day named ("this morning"); "last night" is the evening
    # before it, like "yesterday" (TimeML: the day before the document's date, of which the
    # night is a part).
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "yesterday": -1,
    "last night": -1,
    "tomorrow": 1,
    # The night just past, valued by its first day as "last night" is; the coming one in a
    # future clause (`_Scanner._night`).
    "overnight": -1,
    "the day before yesterday": -2,
    "the day after tomorrow": 2,
}
# A month name up to this many months after the base month is read as upcoming, not past.
_MONTHS_AHEAD_TOLERANCE = 2
# After a present tense of a timetable ("the museum reopens in September"), up to this many
# months ahead: further on, a present before a month is as often a headline's present of
# the past ("Exports rise in March", written in May), as the past reading takes it.
_MONTHS_AHEAD_SCHEDULED = 8
# Likewise for a month and day: within this many days after the base it is upcoming.
_DAYS_AHEAD_TOLERANCE = 60
# ... and up to this many after a present tense of a timetable (as `_MONTHS_AHEAD_SCHEDULED`).
_DAYS_AHEAD_SCHEDULED = 245
# A month and day up to this many days before the base is past even in the future tense.
_DAYS_JUST_PAST = 31
# A period "ending" on a day up to this many days back is the one just closed.
_DAYS_REPORTED = 92
# A period still running up to the day after it: "the year ending (in) March 31".
_EARLIER_PERIOD_BEFORE = compile_pattern(
    r"\b(?:previous|prior|last|preceding|year-earlier|year-ago)\b", re.IGNORECASE
)
# How far back (characters) a sentence's future or forecast may stand from a day after "ended".
_SENTENCE_WINDOW = 200
# "ended (on, in)" right before a day or month: the close of a period already over.
_ENDED_BEFORE = compile_pattern(r"\bended\s+(?:on\s+|in\s+)?$", re.IGNORECASE)
_ENDING_BEFORE = compile_pattern(r"\b(?:ending|ends|to\s+end)\s+(?:in\s+|on\s+)?$", re.IGNORECASE)
# Words right before "one day" that make it some day ahead: a modal or the "to" of an infinitive.
_MODAL_BEFORE_ONE_DAY = words("will would could might may can shall should to")
# Units of "in five years" read as a point ahead in a future-tense clause.
_AHEAD_UNITS = frozenset({"day", "week", "month", "year", "decade"})
# A superlative or "first"/"only" before "... in five years": the stretch of a record.
_RECORD_BEFORE = compile_pattern(
    r"\b(?:first|only|last|time|ever|since|most|least|best|worst|[a-z]{3,}est)\b[^.;]*\bin\s+$"
)
# The end of a phrase: a stop, a comma, a semicolon, a closing bracket, or the text's end.
_CLAUSE_CLOSE_AFTER = compile_pattern(r"[ \t]*(?:[.,;:)]|$)")
_SHORT_UNITS = {"second", "minute", "hour", "day", "night", "week", "fortnight"}
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
# "a decade of research", "a week of talks": a stretch of time filled with something (not "a
# day of the week", "a year of his life", "a quarter of the shares").
_SPAN_OF_UNITS = frozenset({"week", "fortnight", "month", "year", "decade", "century"})
_SPAN_OF_AFTER = compile_pattern(
    r"\s+of\s+(?!(?:the|a|an|its|his|her|their|our|my|your|this|that|these|those)\b)[a-z]"
)
_DURATION_A_CONTEXT = words(
    """for over within in about nearly almost than after past last next first least only
    just roughly some around"""
)
# "a year his junior", "a decade older": a difference of ages, a length of time.
_AGE_GAP_AFTER = compile_pattern(
    r"\s+(?:(?:his|her|their|my|your|our)\s+(?:junior|senior)|younger|older)\b",
    re.IGNORECASE,
)
# Verbs whose object "a year", "a decade" is a length of time ("will take a decade to come
# into force", "spent a month in talks", "lasted a week"); not before "quarter", "half" or
# "second", which after these verbs are shares or ordinals ("took a quarter of the market").
_DURATION_A_VERBS = words(
    """take takes took taken taking spend spends spent spending lasted lasts lasting"""
)


def _replacing(out: list[DateMention], added: list[DateMention]) -> list[DateMention]:
    """`out` with each added mention in place of the mentions it overlaps."""
    if not added:
        return out
    kept = [
        mention
        for mention in out
        if not any(new.start < mention.end and mention.start < new.end for new in added)
    ]
    return sorted(kept + added, key=lambda mention: mention.start)


def _season_of(day: date) -> tuple[int, str]:
    """(year, code) of the season `day` falls in; a winter is named by its December."""
    code = {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}.get(
        day.month, "FA"
    )
    return (day.year - 1 if day.month < 3 else day.year), code


def _started_season_year(base: date, code: str) -> int:
    """The year of the latest such season to have begun by `base`."""
    year = base.year
    return year if date(year, _SEASON_MONTH[code], 1) <= base else year - 1


def _last_season_year(base: date, code: str) -> int:
    """ "last winter": the latest such season over by `base` (not the one under way)."""
    year = _started_season_year(base, code)
    return year - 1 if _season_of(base) == (year, code) else year


def _next_season_year(base: date, code: str) -> int:
    """ "next summer": the first such season to begin after `base`."""
    year = base.year
    return year if date(year, _SEASON_MONTH[code], 1) > base else year + 1


def _no_length_of_time(text: str, end: int, number_text: str, unit: str, unit_text: str) -> bool:
    """A count and a unit of time that measure no time: "three-quarters of the economy" (a
    fraction), "two quarter-point cuts" (a size of a rate move), "one second-set outburst",
    "two second-half goals" (an ordinal joined to the next word)."""
    if unit == "quarter":
        return bool(
            (number_text in _FRACTION_NUMERATORS and _SHARE_OF_AFTER.match(text, end))
            or _POINT_AFTER_QUARTER.match(text, end)
        )
    return unit_text == "second" and _ORDINAL_COMPOUND_AFTER.match(text, end) is not None


def _ordinal_of_part(
    ordinal_text: str, rel: str, unit: str, year_text: str | None
) -> tuple[str, str]:
    """The ordinal a relation word stands for: "the second quarter" read as a relation, "the
    final quarter" (the fourth), "the last quarter of 2004" (that year's fourth; without a
    year "the last quarter" is the one before the current), "the last half of 1986"."""
    if not ordinal_text and rel in ORDINALS:
        return rel, ""
    if rel == "final" and unit == "quarter":
        return "fourth", ""
    if rel == "last" and year_text and unit in {"quarter", "half"}:
        return ("fourth" if unit == "quarter" else "second"), ""
    return ordinal_text, rel


def _quarter_year_text(m: re.Match[str]) -> str | None:
    """The year stated with a quarter or a half, as written ("the first quarter of the 1987
    fiscal year" too), or the year a split year closes in ("the first half of 1985/86", "of
    the 1987/88 financial year")."""
    if m.group("q_split"):
        return _closing_year(m.group("q_split"), m.group("q_split_end"))
    if m.group("q_fsplit"):  # "the second half of the 1987/88 fiscal year"
        return _closing_year(m.group("q_fsplit"), m.group("q_fsplit_end"))
    return (
        m.group("q_year")
        or m.group("q_pre")
        or m.group("q_year3")
        or m.group("q_year4")
        or m.group("q_fyear")
    )


def _closing_year(opening_text: str, end_digits: str) -> str:
    """The year a split year closes in ("1985/86": 1986, "1999/00": 2000): a half or a
    quarter of it is named as a fiscal period is, by the year it closes in."""
    opening = int(opening_text)
    closing = opening // 100 * 100 + int(end_digits)
    return str(closing + 100 if closing < opening else closing)


def _closing_year_of_span(year: int, to_text: str) -> int | None:
    """The last year of "2019-20", "1990-1995", "1924-5" (a span reported from its first
    year): one closing digit is the next year's ("1963-4"), any other is no span of years."""
    if len(to_text) == 1:
        return year + 1 if int(to_text) == (year + 1) % 10 else None
    last_year = int(to_text) if len(to_text) == 4 else year // 100 * 100 + int(to_text)
    return last_year if year < last_year <= year + 100 else None


def _at_sentence_start(text: str, start: int) -> bool:
    before = text[max(0, start - 8) : start].rstrip()
    return not before or before[-1] in '.!?"“(:\n'


def _unit_key(unit_text: str) -> str:
    unit = unit_text.lower()
    if unit in {"centuries", "centurie"}:
        return "century"
    if unit.endswith("s") and unit[:-1] in UNITS:
        unit = unit[:-1]
    return unit


def _amount(number_text: str | None) -> float | None:
    if number_text is None:
        return None
    spelled = re.sub(r"[\s-]+", " ", number_text.lower()).strip()
    if spelled in VAGUE_AMOUNTS:
        return None
    if spelled[:1].isdigit():
        return float(spelled)
    total = 0.0
    for word in spelled.split():
        if word not in NUMBER_WORDS:
            return None
        total += NUMBER_WORDS[word]
    return total


def _duration_value(amount: float | None, unit: str) -> str:
    letter, clock = UNITS.get(unit, ("D", False))
    if unit == "fortnight" and amount is not None:
        amount *= 2
    if amount is None:
        count = "X"
    elif amount == int(amount):
        count = str(int(amount))
    else:
        count = str(amount)
    return f"PT{count}{letter}" if clock else f"P{count}{letter}"


def _spoken_year(text: str) -> int:
    """The year a spoken form names: "nineteen ninety-four" 1994, "two thousand and two" 2002."""
    spoken = re.sub(r"[\s-]+", " ", text.lower()).removeprefix("the year ").split(" ")
    if spoken[0] == "two":  # "two thousand [and N]"
        return 2000 + int(_amount(spoken[-1]) or 0) if spoken[-1] != "thousand" else 2000
    century = 1900 if spoken[0] == "nineteen" else 2000
    rest = spoken[1:]
    if rest == ["hundred"]:
        return century
    return century + sum(int(_amount(word) or 0) for word in rest)


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
    return day


def _stretch_closing(closed: re.Match[str], last: date) -> tuple[date, date] | None:
    """The first and last days of the stretch `_SPAN_CLOSED_BEFORE` named before the day or
    month closing it on `last` ("the nine months ended", "the 13 weeks to", "the week
    ended"), or None for a count no reporting stretch has."""
    if closed.group("week"):
        return last - timedelta(days=6), last
    if closed.group("count_unit"):
        weeks = closed.group("count_unit").lower() == "weeks"
        count = _amount(closed.group("count").lower().replace("fifty-two", "52"))
        if count is None or not 1 < count <= (53 if weeks else 12):
            return None
        if weeks:
            return last - timedelta(days=7 * int(count) - 1), last
        months = int(count)
    else:
        months = 12 if closed.group("year") else 6
    if last.day == monthrange(last.year, last.month)[1]:
        return _add_months(last.replace(day=1), 1 - months), last
    return _add_months(last, -months) + timedelta(days=1), last


def _span_year(first: date, last: date) -> int:
    """The year a reporting stretch is named by: the one it closes in, as fiscal years are
    ("the nine months to September 1986" is 1986's); a twelve-month stretch closing in
    January by the year before (a 52-week year ending "Jan. 31" is the previous year's)."""
    if last.month == 1 and _add_months(first, 11) <= last:
        return last.year - 1
    return last.year


def _whole_months(first: date, last: date) -> int | None:
    """How many whole months a stretch covers (the first of one month to the last day of
    another), or None when it starts or ends inside a month."""
    if first.day != 1 or last.day != monthrange(last.year, last.month)[1]:
        return None
    return (last.year - first.year) * 12 + last.month - first.month + 1


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
        return date(max(1, day.year // 10 * 10), 1, 1)
    if gran == "century":
        return date(max(1, day.year // 100 * 100), 1, 1)
    return day


def _value(gran: str, first: date) -> str:
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


@lru_cache(maxsize=4096)
def _last_day(gran: str, first: date) -> date | None:
    if gran == "day":
        return first
    if gran == "week":
        return first + timedelta(days=6)
    if gran == "weekend":
        return first + timedelta(days=1)
    months = {
        "month": 1,
        "quarter": 3,
        "season": 3,
        "half": 6,
        "year": 12,
        "decade": 120,
        "century": 1200,
    }.get(gran)
    if months is None:
        return None
    return _add_months(first.replace(day=1), months) - timedelta(days=1)


def _holiday_day(name: str, year: int) -> date:
    if name in FIXED_HOLIDAYS:
        month, day = FIXED_HOLIDAYS[name]
        return date(year, month, day)
    if name in FLOATING_HOLIDAYS:
        month, weekday, nth = FLOATING_HOLIDAYS[name]
        return _nth_weekday(year, month, weekday, nth)
    if name == "election day":  # the Tuesday after the first Monday of November
        return _nth_weekday(year, 11, 0, 1) + timedelta(days=1)
    return _easter(year)


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    if nth > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    last = date(year, month, monthrange(year, month)[1])
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def _easter(year: int) -> date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * leap) // 451
    month, day = divmod(h + leap - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _weekday_rel_step(rel: str) -> int:
    return {"last": -1, "previous": -1, "this past": -1, "past": -1, "next": 1}.get(rel, 2)


def _is_bare_month(mention: DateMention, text: str) -> bool:
    return (
        mention.granularity == "month"
        and mention.first_day is not None
        and _BARE_MONTH.fullmatch(text, mention.start, mention.end) is not None
    )


def _past_before(shape: re.Pattern[str], text: str, start: int) -> bool:
    """A past verb of `shape` right before `start`, with no "be", "been" or "have" before it
    (a passive or a perfect, which may lie ahead: "will be completed in May")."""
    match = shape.search(text, max(0, start - 48), start)
    if match is None:
        return False
    aux = match.group("aux")
    return aux is None or aux.lower() not in _AUX_BEFORE_PARTICIPLE


def _resolve_weekday(base: date, weekday: int, step: int) -> date:
    """step -1: strictly before base; 1: strictly after; 0: most recent, base itself counts;
    2: upcoming, base itself counts."""
    if step == -1:
        return base - timedelta(days=(base.weekday() - weekday) % 7 or 7)
    if step == 1:
        return base + timedelta(days=(weekday - base.weekday()) % 7 or 7)
    if step == 2:
        return base + timedelta(days=(weekday - base.weekday()) % 7)
    return base - timedelta(days=(base.weekday() - weekday) % 7)


def _mod(text: str | None) -> str | None:
    if not text:
        return None
    low = text.lower()
    if "earl" in low or "beginning" in low or "start" in low:
        return "START"
    if "late" in low or "end" in low or "close" in low:
        return "END"
    if "mid" in low:
        return "MID"
    if "post" in low:
        return "AFTER"
    if "pre" in low:
        return "BEFORE"
    return None
