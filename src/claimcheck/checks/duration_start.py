"""CC104 duration-start-mismatch: "in its third week", "just over six months after" vs its start."""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections.abc import Iterator
from contextlib import suppress
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from itertools import pairwise

from claimcheck.checks.helpers import (
    IRREGULAR_PAST,
    make_finding,
    news_date,
    news_period,
    sentence_bounds,
)
from claimcheck.checks.registry import ArticleContext, register
from claimcheck.extract.lexicon import MONTHS, NUMBER_WORD_VALUES, ORDINAL_WORDS
from claimcheck.extract.numbers import parse_number_words
from claimcheck.extract.patterns import compile_pattern
from claimcheck.records import Claim, Finding, KnownStart

_COUNT_IN_FIGURES = compile_pattern(
    r"^(\d{1,3})\s+(?:day|week|fortnight|month|year|decade)s?$", re.I
)
# Ordinals in words past the lexicon's "twentieth": "thirtieth", "forty-first", "ninety-ninth".
_TENS_ORDINALS = {
    "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60,
    "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
}  # fmt: skip
_ORDINAL_VALUES = {
    **ORDINAL_WORDS,
    **_TENS_ORDINALS,
    **{
        f"{tens}-{unit}": NUMBER_WORD_VALUES[tens] + value
        for tens in ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
        for unit, value in ORDINAL_WORDS.items()
        if value < 10
    },
}
_ORDINAL_ALTERNATIVES = "|".join(sorted(_ORDINAL_VALUES, key=len, reverse=True))
# ("a one-week-long closure": the extraction leaves a count of one in a compound unread too)
_ONE_UNIT = compile_pattern(
    r"^(?:one|1|an?)(?:\s+|-)(?:day|week|fortnight|month|year|decade)(?:-long)?$", re.I
)
_UNIT_ENDING = compile_pattern(r"\b(day|week|fortnight|month|year|decade)s?(?:-long)?$", re.I)
_YEAR = compile_pattern(r"(?<!\d)(?:1[6-9]|2[01])\d\d(?!\d)")
_DIGIT = compile_pattern(r"\d")
# Verbs that date a report about something rather than the thing itself.
_REPORTING_VERB_LIST = """
    said told reported announced published released issued wrote quoted added noted stated
    confirmed disclosed revealed posted filed updated dated
"""
_REPORTING_VERBS = frozenset(_REPORTING_VERB_LIST.split())
_UNIT_DAYS = {
    "day": 1.0, "week": 7.0, "fortnight": 14.0, "month": 30.4375, "year": 365.25,
    "decade": 3652.5,
}  # fmt: skip
# "is now in its third week", "entered its 10th month", "enters its second year": the
# period itself is looked for from its determiner (a pattern opening on a few letters the
# engine skips to), the verb before it checked apart, as for `_NUMBERED_PERIOD`.
_ORDINAL_PERIOD = compile_pattern(
    r"(?=[aithAITH])\b(?P<determiner>its|their|his|her|the|an?)\s+(?:[a-z]+['’]s\s+)?"
    r"(?P<ordinal>" + _ORDINAL_ALTERNATIVES + r"|\d{1,3}(?:st|nd|rd|th))\s+"
    # ("for the 30th consecutive week": a word of succession between)
    r"(?:(?:consecutive|straight|successive)\s+)?(?P<unit>day|week|month|year)\b",
    re.I,
)
_ORDINAL_VERB = compile_pattern(
    # ("now past its fifth week", "beyond its third month": the period reached and gone by.)
    r"\b(?:(?:is|are|was|now)\s+(?:now\s+)?in|enter(?:s|ed|ing)?|into|past|beyond|"
    r"mark(?:s|ed|ing)?|reach(?:es|ed)?|"
    # "Today is the walkout's 12th day": the day itself named as the running period's (a
    # weekday's would count to that day, not to publication).
    r"today\s+(?:is|was)(?:\s+now)?)\s+$",
    re.I,
)
# "grinds through its 40th month", "heads into its third week", "begins its second year":
# before "its" or "their", any verb in the present, perhaps with a preposition of going on.
_ORDINAL_ANY_VERB = compile_pattern(
    r"(?<![\w'’])(?!(?:was|has|is|does|as|this|its|his|hers|us|yes|less|unless)\b)"
    r"[a-z]{2,}s(?:\s+(?:through|into|towards?|past|beyond|on\s+into|in))?\s+$",
    re.I,
)
# "is now in week nine", "reached day 30": the period named by its number, read from the
# unit (the verb before it is checked apart: a pattern opening on the unit is cheaper).
_NUMBERED_PERIOD = compile_pattern(
    r"(?=[dmwy])\b(?P<unit>day|week|month|year)\s+(?P<ordinal>"
    + "|".join(sorted(NUMBER_WORD_VALUES, key=len, reverse=True))
    # ("day 1,000 of the war", "day 1243": a long war's days run past three figures; four
    # figures bare only for days, as "year 2000" names a year)
    + r"|\d{1,3}(?:,\d{3})?|(?<=day\s)\d{4})\b(?![-.,]?\d)",
    re.I,
)
_COMMA_BEFORE = compile_pattern(r",\s+$")
# "On day 40 of the siege", "In week 6 of the lockout": a day or week of it told.
_ON_NUMBERED = compile_pattern(r"\bon\s+$|(?:^|[.,;:(\"“\n])\s*in\s+$", re.I)
# A term's noun, then a relative clause opening right after it that holds the start's date
# with no break before it: "the 3-week stand-off that began when dockers walked out on"
# (not "since", which counts another span: "the seven-day rate ... since it was raised on").
_RELATIVE_START = compile_pattern(
    r"(?:[\s-]+[\w'’]+){1,3}?,?\s+(?:that|which)\s+(?![^,;:.()]*\bsince\b)[^,;:.()]*"
)
_LABEL_CLOSE = compile_pattern(r"\s*(?::|[—–]|\s-\s)")
_NUMBERED_VERB = compile_pattern(
    r"\b(?:(?:is|are|was|now)\s+(?:now\s+)?in|enter(?:s|ed|ing)?|into|reach(?:es|ed)?|"
    # "It is day 30 of the strike", "Today is day 12": the running day itself.
    r"(?:it|this|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+"
    r"(?:is|was)(?:\s+now)?)\s+$",
    re.I,
)
# Every ordinal period ends so ("first", "second", "third", "fourth", "21st" ...): "st day",
# "th week" and the like, looked for from each space (a literal the engine skips to) with
# the ordinal's ending behind it.
_ORDINAL_HINT = compile_pattern(
    r" (?<=st |nd |rd |th )(?:(?:consecutive|straight|successive) )?(?:day|week|month|year)"
)
# What a start date is introduced by: "which began on March 1", "since Jan. 4", "started in
# May", "took effect on", "was closed on".
_START_CUE = compile_pattern(
    r"\b(?:began|begun|begin|begins|beginning|started|starts|start|starting|launched|"
    r"erupted|broke\s+out|"
    r"opened|since|kicked\s+off|commenced|took\s+effect|came\s+into\s+force|took\s+office|"
    r"founded|formed|created|established|set\s+up|introduced|imposed|"
    # "The 57-year-old, born in August 1966, ...": a life's start, for an age.
    r"born|"
    # "the feud, dating from 2012", "a quarrel that goes back to May": where it comes from.
    r"dat(?:ing|es|ed)\s+from|goes\s+back\s+to|going\s+back\s+to|originat(?:ed|ing)|"
    # "Counting from March 1, ...", "reckoned from the day it closed": where a count starts.
    r"(?:count|reckon|measur)(?:ing|ed)\s+from|"
    # "was first held in 2009", "first ran in 1998", "first opened its doors on": the first
    # time of something that recurs or goes on.
    r"first\s+(?:[a-z]{2,}ed|" + "|".join(sorted(IRREGULAR_PAST)) + r"|run|begun|seen|shown|sung|"
    r"written|won|flown|grown))\b[^.;:]{0,20}$",
    re.I,
)
# "walked out on Feb. 5", "came in on March 25", "set up on April 1": an event dated, taken
# for the start of a duration running up to now in the same sentence ("... and has dragged
# on for nine weeks"); not a report's date ("published on", "said on").
_EVENT_DATED = compile_pattern(
    r"\b(?!(?:" + "|".join(sorted(_REPORTING_VERBS)) + r")\b)"
    r"(?:[a-z]{2,}ed|" + "|".join(sorted(IRREGULAR_PAST)) + r")\s+"
    # "joined it in May 2019", "took them over on": the verb's pronoun object between.
    # ("shut its gates on March 1": the verb's own object, a possessive and its noun)
    # ("stopped work on", "downed tools on": a bare noun as the verb's object)
    r"(?:(?:it|them|him|her|us)\s+|(?:its|their|his|her)\s+[a-z]+\s+|"
    r"(?!(?:on|in)\s)[a-z]{3,}\s+)?"
    r"(?:(?:out|off|up|down|in|into|over)\s+)?(?:on|in)\s+$",
    re.I,
)
# Wire copy drops the "on" before a day's date ("walked out Oct. 4", "began March 3"): an
# event's own past verb right before the date (not a window's end: "the week ended March 3").
_EVENT_DATED_BARE = compile_pattern(
    r"\b(?!(?:" + "|".join(sorted(_REPORTING_VERBS)) + r"|ended|closed|expired|matured)\b)"
    r"(?:[a-z]{2,}ed|" + "|".join(sorted(IRREGULAR_PAST)) + r")\s+"
    r"(?:(?:out|off|up|down|in|over)\s+)?$",
    re.I,
)
# A duration counted up to now from what follows it: "six months after", "14 weeks since",
# "ten days into".
_COUNTED_FROM = compile_pattern(
    r"(?:\s+(?:have|has)\s+(?:now\s+)?(?:passed|elapsed|gone\s+by))?"
    # ("Four weeks in, the sit-in ...": "in" closing the phrase says "into" what follows.)
    r"\s*,?\s+(?:on\s+)?(?P<anchor>after|since|into|from|of)\b|\s+(?P<on>on|in)\b(?=\s*,)"
    # "Five weeks later it is still shut": a time after the sentence before, up to now.
    r"|\s+(?P<later>later)\b",
    re.I,
)
# "dates back 70 years to the final of March 1954": a span counted from the date after "to"
# up to now (a present verb: "dated back" may count to another day than publication).
_BACK_BEFORE = compile_pattern(
    r"\b(?:dates?|dating|goes|going|stretch(?:es|ing)|reach(?:es|ing))\s+back\s+"
    r"(?:(?:some|about|around|nearly|almost|more\s+than|over|just|roughly)\s+)*$",
    re.I,
)
_BACK_TO = compile_pattern(r"\s+to\b", re.I)
# "Since the strike began on Feb. 5, nine weeks have passed": time gone by up to now, its
# start stated before it.
_GONE_BY = compile_pattern(r"\s+(?:have|has)\s+(?:now\s+)?(?:passed|elapsed|gone\s+by)\b", re.I)
# "closed since Jan. 8, more than seven months": a duration set beside its start.
# "closed since Jan. 8; that is seven months of detours": the span said again after a
# semicolon by a word pointing back.
_BESIDE_START = compile_pattern(
    r"(?:,|\s[—–-]|;(?=\s*(?:that|which|this)\b))\s*(?:[a-z]+\s+){0,3}$", re.I
)
# Between a start's date and the aside beside it, at most the words that run it up to now:
# "from Jan. 8 until now, 30 weeks in all".
_UP_TO_NOW_GAP = compile_pattern(
    r"(?:\s+(?:up\s+)?(?:until|till|to)\s+(?:now|today|this\s+day|the\s+present))?\s*", re.I
)
# A duration running up to now, its start stated before it: "has stood idle for nearly
# three months", "for the last 14 months", "over the past two years".
_RUNNING_FOR = compile_pattern(
    # ("has gone nine weeks without a bus": a time without something, up to now)
    r"\b(?:for|over|in|during|lasted|spent|gone)\s+(?:the\s+(?:last|past)\s+)?(?:[a-z]+\s+){0,3}$"
    # ("has stretched to nine weeks", "has dragged on into a ninth month", "grown to"): a
    # verb of lengthening, the length it has reached
    r"|\b(?:stretch|extend|grow|grown|drag|dragg)(?:s|es|ed|ing)?\s+(?:on\s+)?(?:in)?to\s+"
    r"(?:[a-z]+\s+){0,2}$",
    re.I,
)
# The last time something happened starts the time without it that runs up to now: "its
# last crossing was on March 3", "last sailed on", "was last seen in May"; "March 3 was
# when the ferry last sailed".
_LAST_TIME_BEFORE = compile_pattern(
    # ("last drew water from it on": the verb's object and a preposition's between; not "last
    # week", "last year", a time itself)
    r"\blast\s+(?!(?:week|weekend|month|year|night|season|quarter|decade|century|spring|"
    r"summer|autumn|fall|winter)\b)(?:[a-z]+\s+){0,5}?"
    r"(?:(?:was|were|(?:having|had)\s+been)\s+)?(?:on|in)\s+$",
    re.I,
)
# "The last ferry to the island sailed on March 3": the last time of something, its noun
# after "the last" (not "last week", a time itself).
_THE_LAST_BEFORE = compile_pattern(r"\b[Tt]he\s+last\s+(?:[\w'’-]+\s+){1,5}?(?:on|in)\s+$")
# "nine weeks without a bus": a time without something.
_WITHOUT_AFTER = compile_pattern(r"\s+(?:now\s+)?without\b", re.I)
# "30 weeks after it started", "since they walked out": a start the pronoun's sentence before
# dated.
_PRONOUN_STARTED = compile_pattern(
    r"\s*(?:it|they)\s+(?:first\s+)?(?:began|started|opened|closed|shut|broke\s+out|"
    r"took\s+effect|walked\s+out|was\s+(?:closed|shut|launched|imposed))\b",
    re.I,
)
# A hedge after the count: "six weeks or so", "nine weeks, more or less,".
_TRAILING_HEDGE = r"or\s+so|or\s+thereabouts|more\s+or\s+less"
# The phenomenon read whole, a backup for the forms above: a duration, words that only
# qualify it ("to the day", "or so", "now"), then one of a closed set of relations to a
# start ("since", "after", "following", "from", "into"; "on" closing the phrase: "; six weeks on,").
_AFTER_DURATION = (
    r"to\s+the\s+(?:day|week|month|year)|or\s+more|now|already|exactly|precisely|"
    rf"{_TRAILING_HEDGE}|"
    r"in\s+all|all\s+told|and\s+counting|"
    # "It is 25 weeks today since ...", "12 years this month since": the time the count
    # reaches, the report's own.
    r"today|this\s+(?:week|month|year)"
)
# Of those qualifiers, the ones saying the duration runs up to now whatever the verb ("a
# wait of N weeks and counting since ...").
_UP_TO_NOW_QUALIFIER = compile_pattern(r"\b(?:and\s+counting|now)\b", re.I)
_RELATION = compile_pattern(
    # (a hedge may stand between commas: "nine weeks, more or less, since")
    rf"(?:,?\s+(?:{_AFTER_DURATION}))*\s*,?\s+"
    # (a bare "since" closing its clause, "it is N weeks since.", reads back as "on" does)
    r"(?:(?P<back>since\b(?=\s*[.;!?]|\s*$))|(?P<anchor>since|after|following|from|into)\b|"
    r"(?P<on>on\b(?=\s*[,;.])|in\b(?=\s*,)))",
    re.I,
)
# A sentence about now: a present or present perfect verb, and nothing that closes the span.
_NOW_VERB = compile_pattern(r"\b(?:is|are|has|have|remains|stands|continues)\b|['’]ve\b", re.I)
# Where a clause ends within a sentence: its verb governs the duration only up to here.
_CLAUSE_BREAK = compile_pattern(r"[;:—–]|\s-\s|\b(?:and|but|while|whereas)\b", re.I)
_OR_SO = compile_pattern(rf",?\s+(?:{_TRAILING_HEDGE})\b", re.I)
_TO_BE = compile_pattern(r"\bto\s+be\b", re.I)
_DEFINITE_BEFORE = compile_pattern(r"\b(?:the|this|that)\s+$", re.I)
_POSSESSIVE_JUST_BEFORE = compile_pattern(r"\b(?:its|their|his|her)\s+$", re.I)
# Nouns naming the whole time of what owns them up to now: "its 74-year history".
_WHOLE_LIFE_AFTER = compile_pattern(r"\s+(?:history|existence|lifetime|life)\b", re.I)
# "the 12-year-old boy": a person's age, not the age of what the sentence before started
# (a noun of kin or of a person's role, or one ending like a doer's: "owner", "actor").
_PERSON_AFTER = compile_pattern(
    r"[-\s]+(?:[a-z]+\s+)?(?:man|men|woman|women|boy|girl|child|children|son|daughter|baby|"
    r"mother|father|wife|husband|brother|sister|student|pupil|teenager|"
    r"[a-z]+(?:er|or|ist|ian|ant|ent))s?\b",
    re.I,
)
_ODD = compile_pattern(r"[-\s]odd\b", re.I)
_OR_MORE = compile_pattern(r"\s+or\s+more\b", re.I)
_SINCE_THEN = compile_pattern(
    r"\bsince\s+(?:then|that\s+(?:day|date|time))\b|"
    # ("It has stayed shut ever since, nine weeks now.": "ever since" closing its clause)
    r"\bever\s+since(?=\s*(?:[,.;:!?—–]|\s-\s|$))",
    re.I,
)
# A start word after its date: "March 3 marked the start of the lockout", "March 3 saw the
# outbreak of", "March 3 was the day the strike began", "March 3, when the siege began,".
_START_AFTER_DATE = compile_pattern(
    r"(?:\s*,)?\s+(?:(?:marked|saw|brought|was)\s+(?:the\s+)?(?:start|beginning|outbreak|"
    r"opening|first\s+day|launch)\s+of|"
    # "on March 3, the first day of a strike now in its ninth week": an apposition naming
    # the date as the start of what follows.
    r"(?<=,\s)the\s+(?:start|beginning|outbreak|opening|first\s+day|launch)\s+of|"
    # "Between March 1 and today", "from March 1 to now", "until now", "to this day": a
    # span up to now, from the date.
    r"(?:and|(?:up\s+)?(?:to|until|till))\s+(?:now|today|this\s+day|the\s+present(?:\s+day)?)|"
    # "It was on March 1 that the plant closed": a cleft dating what the clause says.
    r"that\s+(?:(?:the|its|their|a)\s+)?(?:[\w'’-]+\s+){0,3}?(?:[a-z]{2,}ed|began|broke|shut|"
    r"struck|fell|went|ran|quit|left|set)(?=\s|[,.;])|"
    r"(?:was\s+(?:the\s+day|when)|,?\s*when)\s+"
    r"(?:[\w'’-]+\s+){1,4}?(?:began|started|opened|broke\s+out|took\s+effect|walked\s+out))\b",
    re.I,
)
_LAST_TIME_AFTER = compile_pattern(r"\s+(?:was|were)\s+when\s+(?:[\w'’-]+\s+){1,4}?last\b", re.I)
# "In his 12 years at the port", "over their six months in office": a term owned by a
# person or thing the sentence before named.
_POSSESSIVE_BEFORE = compile_pattern(
    r"\b(?:his|her|its|their)\s+(?:(?:first|last|past|nearly|almost|some|just|over)\s+)*$",
    re.I,
)
# A duration opening its sentence, perhaps after a hedge ("Some six weeks on, ...").
_OPENS_SENTENCE = compile_pattern(r"[\s\"“]*(?:(?:some|about|nearly|almost|just|over)\s+)*", re.I)
_LAST_OR_PAST = compile_pattern(r"\b(?:last|past)\s+(?:[a-z]+\s+){0,3}$", re.I)
# "is now 30 months old".
_AGE = compile_pattern(r"[-\s]+(?:old|long)\b", re.I)
# "the two month old dispute": the extraction reads the count and its unit alone, and the
# age word after them makes a compound age of the noun that follows, hyphens or none.
_SPACED_AGE_BEFORE_NOUN = compile_pattern(r"\s+(?:old|long)\s+[a-z]", re.I)
# "After nine weeks, ...": a duration opening its sentence, counted up to now.
# "celebrates 40 years of work", "is marking ten years since": a present verb of keeping an
# anniversary before the count it reaches now.
_MARKING_BEFORE = compile_pattern(
    r"\b(?:celebrat|commemorat|mark)(?:es|s|ing)\s+(?:(?:its|their|his|her|just|nearly|almost|"
    r"more\s+than|over|some|about)\s+)*$",
    re.I,
)
_AFTER_OPENING = compile_pattern(
    r"(?:(?:^|[.!?]\s+|\n)[\"“]?After|\bafter)\s+"
    r"(?:(?:just|nearly|almost|more\s+than|over|some|about)\s+)*$"
)
# A sentence about what the sentence before named: "It has been shut for ...".
# Between a start and "the past N" after it, a clause of its own with its own verb: "has
# fallen 10 pct since December and has fallen 40 pct during the past two years" (not "began
# on March 1 and has lasted for nine weeks", one period).
_NEXT_CLAUSE = compile_pattern(r"\band\s+(?:has|have|had|is|are|was|were)\b", re.I)
_PAST_SPAN = compile_pattern(r"(?:the\s+)?(?:last|past)\b", re.I)
_FUTURE = compile_pattern(
    r"\b(?:will|would|shall|expects?|expected|plans?|planned|hopes?|optimistic)\b", re.I
)
_WORDS_AFTER = compile_pattern(r"[A-Za-z]+")
_PRONOUN_OR_POSSESSIVE = compile_pattern(r"[\"“]?(?:It|Its|They|Their|He|His|She|Her)\b")
_PRONOUN_OPENING = compile_pattern(r"\s*[\"“]?(?:It|They|This|That)\b")
# "The stall opened in 2001. The family has run it for 23 years now.": a verb's pronoun
# object before the duration points back at what the sentence before started.
_PRONOUN_OBJECT = compile_pattern(r"\b(?:has|have|had)\s+(?:[a-z]+\s+){1,2}?(?:it|them)\s+for\b")
# Before the duration, a clause with a subject of its own ("They said the rebels, who have
# been fighting for six years"; "This was because the price has not changed for 20 years"):
# the pronoun opening the sentence is not what the duration is of.
_CLAUSE_OF_ITS_OWN = compile_pattern(
    r",\s*(?:who|which|whose)\b|\b(?:because|while|whereas|although|though|when|said|says)\b",
    re.I,
)
# "a 30-day conversion period", "its seven-day repurchase rate": a compound naming the term
# of the noun after it, not time gone by since a start ("the 16-week-old strike" is an age).
_TERM_OF_NOUN = compile_pattern(r"^[\w.,/]+-(?:day|week|month|year)s?$", re.I)
_SPACED_TERM = compile_pattern(r"^[\w.,/-]+\s+(?:day|week|month|year)$", re.I)
_NOUN_AFTER = compile_pattern(r"\s+(?!old\b|long\b)[a-z]", re.I)
# "the lowest reading since March 1980", "the first time since 1979": a point of comparison,
# not the start of the period a duration counts.
_SUPERLATIVE = (
    r"(?:lowest|highest|biggest|largest|smallest|best|worst|strongest|weakest|fastest|"
    r"slowest|deepest|sharpest|steepest|greatest|heaviest|"
    # any superlative in "-est" ("the longest since records began in 1900", "driest"),
    # not the nouns and verbs that end so
    r"(?!(?:interest|protest|request|forest|test|harvest|contest|arrest|chest|guest|nest|"
    r"quest|suggest|invest|digest|manifest|honest|modest|earnest|conquest|inquest|unrest|"
    r"priest|crest|pest|vest|zest|behest|bequest|west|midwest|rest)\b)[a-z]{2,}est)"
)
_COMPARED_SINCE = compile_pattern(
    r"\b(?:" + _SUPERLATIVE + r"|first|most|least)\b"
    # ("since records began in 1900": three words between "since" and the date)
    r"(?:\s+[\w'’-]+){0,3}\s+since\s+(?:[\w'’.-]+\s+){0,3}$",
    re.I,
)
# "is nearly five months old": an age now.
_IS_NOW = compile_pattern(r"\b(?:is|are)\s+(?:now\s+)?(?:[a-z]+\s+){0,2}$", re.I)
# The sentence speaks of now: a duration "after" something then runs up to publication.
_PRESENT = compile_pattern(r"\b(?:has|have|is|are|remains?|still|now)\b", re.I)
# A past tense: a regular one, or one of the common irregular verbs of news copy.
_PAST = compile_pattern(
    r"\b(?:was|were|had|did|[a-z]{2,}ed|" + "|".join(sorted(IRREGULAR_PAST)) + r")\b", re.I
)
_PRESENT_PERFECT = compile_pattern(r"\b(?:has|have|now)\b|['’]ve\b", re.I)
# ("until now", "till this day": a span running up to the present, not one closed before it)
_PAST_ONLY = compile_pattern(
    r"\b(?:(?<!has\s)(?<!have\s)(?<!now\s)lasted|had\s+been|ended|"
    r"(?:until|till)(?!\s+(?:now|today|this\s+day|the\s+present)\b))\b",
    re.I,
)
# Qualifiers before a duration and the share of a unit they allow each way: "nearly three
# months" is 1.5 below to a quarter above three, "just over six" a quarter below to 1.5 above.
# A qualifier is a direction ("over", "under") that a word of closeness ("just", "a little",
# "barely") keeps near the figure; without one, the direction alone leaves that side open.
_CLOSE = r"(?:just|only\s+just|a\s+little|a\s+bit|slightly|barely|fractionally)\s+"
_OVER = r"(?:over|more\s+than|above|upwards\s+of)"
_UNDER = r"(?:under|less\s+than|below|(?:short|shy)\s+of|fewer\s+than)"
# ("getting on for N": British for nearly N)
_NEAR_BELOW = r"(?:nearly|almost|close\s+to|not\s+quite|approaching|getting\s+on\s+for)"
# Hedges said in other words, each read as the plain qualifier of the same sense: "coming up
# to", "going on", "pushing", "the thick end of" N are nearly N; "in excess of", "north of",
# "a good" N more than N; "south of" N under N; "no fewer than" N at least N (not "fewer
# than"), "no more than" N at most N (not "more than"). The body the check reads has each rewritten
# in place (padded with spaces, so every offset holds) when a duration follows it.
_HEDGE_SENSES = (
    (
        "nearly",
        r"coming\s+up\s+to|going\s+on|pushing|knocking\s+on|edging\s+towards?|verging\s+on|"
        r"close\s+on|nigh\s+on|the\s+thick\s+end\s+of",
    ),
    (
        "over",
        r"in\s+excess\s+of|north\s+of|a\s+good|better\s+than|not?\s+(?:fewer|less)\s+than",
    ),
    ("under", r"south\s+of|not?\s+more\s+than"),
)
_HEDGE_BEFORE = compile_pattern(
    r"\b(?:" + "|".join(f"(?P<{sense}>{words})" for sense, words in _HEDGE_SENSES) + r")\s+$",
    re.I,
)
_ANY_QUALIFIER = compile_pattern(
    rf"\b(?:(?:{_CLOSE})?(?:{_NEAR_BELOW}|{_OVER}|{_UNDER})|at\s+(?:least|most)|about|around|"
    r"some|roughly|approximately)\s+$",
    re.I,
)
_QUALIFIERS: tuple[tuple[re.Pattern[str], tuple[float, float]], ...] = (
    (compile_pattern(rf"\b(?:{_NEAR_BELOW}|{_CLOSE}{_UNDER})\s+$", re.I), (1.5, 0.25)),
    (compile_pattern(rf"\b{_CLOSE}{_OVER}\s+$", re.I), (0.25, 1.5)),
    (compile_pattern(rf"\b(?:{_OVER}|at\s+least)\s+$", re.I), (0.25, float("inf"))),
    (compile_pattern(rf"\b(?:{_UNDER}|at\s+most)\s+$", re.I), (float("inf"), 0.25)),
)  # fmt: skip
# A modal or a plan a few words before a duration: a span to come, not one gone by.
_MODAL_BEFORE = compile_pattern(
    r"\b(?:will|would|could|should|might|may|shall|must|wo|going\s+to|plans?\s+to|"
    r"planned\s+to|expects?\s+to|expected\s+to)\b(?:\s+[\w'’-]+){0,4}\s+$|['’]ll\s+"
    r"(?:[\w'’-]+\s+){0,4}$"
)
# "will have lasted", "will by then have run for": a future perfect before a duration; "it
# will be ten weeks since", "will mark a year since": a count reaching a near day.
_FUTURE_PERFECT = compile_pattern(
    r"\b(?:will|['’]ll)\s+(?:(?:[a-z]+\s+){0,2}?have\s+(?:been\s+)?[a-z]+|be|mark)\s+"
    r"(?:(?:for|on|about|around|nearly|almost|just|over|more\s+than|exactly)\s+)*$",
    re.I,
)
# ("On Friday it will be ten weeks since ...": the day a count reaches, "on" it as "by" it)
_BY_BEFORE = compile_pattern(r"\b(?:by|on)\s+(?:the\s+)?$", re.I)
_FUTURE_PERFECT_DAYS = 31
# "in 20 years", "within six months", "for the next three weeks", "another two years",
# "over the upcoming six weeks", "for the following two years".
_AHEAD_BEFORE = compile_pattern(
    r"\b(?:(?:in|within)\s+(?:(?:just|only|about|around|some|nearly|less\s+than|under)\s+)?|"
    r"(?:the\s+)?(?:next|coming|upcoming|another|further)\s+|the\s+following\s+)$",
    re.I,
)
# The same look ahead inside the duration's own words ("the next 12 months", "the coming
# three weeks"): a span that runs forward from now, not one gone by since a start.
_AHEAD_OPENING = compile_pattern(r"^(?:the\s+)?(?:next|coming|upcoming)\s|^the\s+following\s", re.I)
# A start the text says is still ahead: "expected to open around May 4", "will open on
# May 4", "due to begin on": a date with no year written after publication is this year's.
_AHEAD_START_BEFORE = compile_pattern(
    r"\b(?:will|shall|going\s+to|plans?\s+to|planned\s+to|expects?\s+to|expected\s+to|"
    r"due\s+to|scheduled\s+to|slated\s+to)\s+(?:[\w'’-]+\s+){0,4}$|['’]ll\s+"
    r"(?:[\w'’-]+\s+){0,4}$",
    re.I,
)
# "a tariff fixed over four years starting on April 1": a span that begins at the date.
# A negated present perfect ("has not", "hasn't", "No ship has"), then words that are no
# infinitive or modal, then "in" (or "in just"): a time something has not happened in.
# (Not a plain one: "have been discovered in the last 20 years" names no start of its own.)
_PERFECT_IN = compile_pattern(
    r"(?:\b(?:has|have)(?:n['’]t|\s+not|\s+never)|\b(?:no|nobody|nothing|none|never)\b"
    r"[^.;:]*?\b(?:has|have)"
    # ("has made no repayment in": the negation on the object)
    r"|\b(?:has|have)\s+(?:[a-z]+\s+){1,2}?(?:no|nothing)\b)\s+"
    r"(?:(?!(?:to|will|would|be)\b)[\w'’-]+\s+){0,5}?in\s+(?:(?:just|only)\s+)?$",
    re.I,
)
_FIRST_IN = compile_pattern(
    r"\b(?:the|its|their|his|her|[\w-]+['’]s?)\s+first\s+(?:[\w'’-]+\s+){0,5}?in\s+"
    r"(?:(?:just|only|about|around|some|nearly|almost|more\s+than|over)\s+)?$",
    re.I,
)
# "at its lowest in 30 years": a record over a span gone by, up to now.
_SUPERLATIVE_IN = compile_pattern(
    r"\b(?:the|its|their|his|her|[\w-]+['’]s?)\s+" + _SUPERLATIVE + r"\s+"
    r"(?:[\w'’-]+\s+){0,3}?in\s+(?:(?:just|only|about|around|some|nearly|almost|more\s+than|"
    r"over)\s+)?$",
    re.I,
)
# The only link a record's span takes to a start: the start set right beside it ("its
# lowest in 30 years, since March 1994", "not since"); a later clause's "since" is its own.
_RECORD_BESIDE_SINCE = compile_pattern(r"\s*(?:,|[—–]|\s-)\s*(?:not\s+|ever\s+)?since\s+$", re.I)
# What dates the last time before a first: "the last was in", "the previous one having
# been in", "had last met in".
_LAST_PREVIOUS_BEFORE = compile_pattern(
    r"\b(?:last|previous|preceding)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:(?:was|were|came|(?:having|had)\s+been)\s+)?(?:on|in)\s+(?:(?:the\s+)?(?:early|mid|late)"
    r"[-\s]+|the\s+(?:spring|summer|autumn|winter)\s+of\s+)?$",
    re.I,
)
_SPAN_BEFORE = compile_pattern(r"\b(?:over|during|throughout|spanning)\s+$", re.I)
_FROM_AFTER = compile_pattern(r"\s+(?:from|starting|beginning)\b", re.I)
_FUTURE_CHARS = 45
# Between a duration and a start of something else: "the 6-year-old war, after ...".
_OTHER_EVENT = compile_pattern(r"\b(?:after|following|before|when|amid|during)\b", re.I)
# ... but "when" right after a verb of starting opens the start's own clause ("the 20-week
# stand-off that began when dockers downed tools on March 2"), not another event.
_STARTED_WHEN = compile_pattern(
    r"\b(?:began|begun|begins|started|starts|erupted|broke\s+out)\s+$", re.I
)
# Dates named after these are due, paid or closed on, not a start: "payable on June 12".
_NOT_A_START = compile_pattern(
    r"\b(?:payable|due|record|expir\w*|matur\w*|until|till|fiscal|financial)\s+(?:\w+\s+)?$",
    re.I,
)
# "six months after the blockade began on March 3": the start's date a few words on.
_START_WORDS = 6
# A start word heading a clause or a noun phrase that its own time adverbial dates, however
# many words the phrase has ("since a storm tore away its railings on March 2", "since the
# members' vote on March 2", "began when dockers downed tools on March 2"): words only, no
# punctuation and no other relation word between, "on" or "in" right before the date.
_PHRASE_WORD = r"(?!(?:since|after|before|until|till|from|than|and|but)\b)[\w'’-]+\s+"
_START_CLAUSE = compile_pattern(
    r"\b(?:since|began|begun|begins|started|starts|erupted|broke\s+out|founded|established|"
    r"set\s+up|launched)\s+(?:" + _PHRASE_WORD + r"){1,10}?"
    r"(?:on|in)\s+$",
    re.I,
)
_CLAUSE_TO_DATE = compile_pattern(r"(?:" + _PHRASE_WORD + r"){1,10}?(?:on|in)\s+", re.I)
_CLAUSE_CHARS = 100
_APPROXIMATE = compile_pattern(
    r"\b(?:about|around|some|roughly|approximately|almost|nearly)\s+$", re.I
)
# Exactly N units is a rounded count: one unit either way, or 5 percent of a long span; "about
# N" a sixth either way.
_EXACT_SHARE = 0.05
_APPROX_SHARE = 0.15
# How far around a duration its start and anchor words are looked for.
_LINK_CHARS = 120
_QUALIFIER_CHARS = 30
# Words that may stand between an event's name and its duration: "ruled Belarus for nearly".
_NAME_TO_DURATION = compile_pattern(
    r"(?:,\s*(?:which|that|who)\s+(?:has|have)\s+(?:now\s+)?(?:[a-z]+\s+){0,2}?"
    r"|\s+(?:(?:has|have)\s+(?:now\s+)?(?:[a-z]+\s+){0,2}?)?)"
    r"(?:(?:for|over|the|last|past|nearly|almost|about|some|more|than|just|under|around)\s+)*$",
    re.I,
)
_SUBJECT_REACH = 80
# After a duration, words saying it runs up to now: "N months and counting", "so far".
_RUNNING_MARK = compile_pattern(
    r"(?:\s+[a-z]+){0,3}?\s+(?:so\s+far|and\s+counting|to\s+date|now|and\s+still)\b", re.I
)
_THAN = compile_pattern(r"\s+than\b", re.I)
# A unit in full and in the plural: "seven day repurchase rates", "the five year
# transaction", "12 mths" (a table's label) name a term or a column, not a span gone by.
_SPAN_UNIT = compile_pattern(r"\b(?:days|weeks|fortnights|months|years|decades)$", re.I)
# "In the three weeks since, ...", "... in the months since.": "since" with nothing after.
_BARE_SINCE = compile_pattern(r"\s*(?:[,;:.!?)]|[—–]|\s-\s|$)")
# A duration that is a figure of a noun phrase or a time counted to another day than now:
# "a deadline of 30 days", "every two weeks", "within 90 days", "the first six months"; "N
# weeks ago", "N days later", "N weeks' notice", "N years old", "N days to comply".
# A part of a year written before it ("early 2019", "mid-2019", "late 2019", "the end of
# 2019", "the start of the year"): its third, or its first or last two months.
_PART_OF_YEAR = compile_pattern(
    r"(?:the\s+)?(early|mid|middle|late|start|beginning|end)(?:[-\s]+(?:in|of))?[-\s]+"
    # "late last year", "early this year": the dateline's year or the one before it.
    r"(?:\d{4}|the\s+year|(?:last|this)\s+year)$",
    re.I,
)
_PART_OF_MONTH = compile_pattern(
    r"(?:the\s+)?(early|mid|middle|late|start|beginning|end)(?:[-\s]+(?:in|of))?[-\s]+"
    r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?(?:,?\s+\d{4})?$",
    re.I,
)
# (loosely: "early" and "late" each a half, "mid" its middle, "start" and "end" a third)
_MONTH_THIRDS = {
    "early": (1, 15), "start": (1, 10), "beginning": (1, 10),
    "mid": (6, 25), "middle": (6, 25), "late": (16, None), "end": (21, None),
}  # fmt: skip
_YEAR_THIRDS = {
    "early": (1, 4), "mid": (5, 8), "middle": (5, 8), "late": (9, 12),
    "start": (1, 2), "beginning": (1, 2), "end": (11, 12),
}  # fmt: skip
# "the turn of the year": the extraction gives the period beginning at the turn; the start
# is the turn itself, loosely (a week either way for a year, a year for a decade or more).
_TURN_OF = compile_pattern(r"^(?:the\s+)?turn\s+of\s+the\s+(year|decade|century)$", re.I)
_TURN_LEEWAY_DAYS = {"year": 7, "decade": 366, "century": 366}
_SINCE_BEFORE = compile_pattern(r"\bsince\s+$", re.I)
# A semicolon or colon closing a clause (not one inside a time, "10:30").
_CLAUSE_COLON = compile_pattern(r"[;:]\s+")
# "The pool has", "The old mill is": a sentence's subject, a definite noun, and its verb.
_DEFINITE_SUBJECT = compile_pattern(
    r"\s*[\"“]?The\s+(?:[a-z]+\s+)?(?P<noun>[a-z]{4,})\s+(?:has|have|is|are)\b"
)
# "it was bought from the club on", "they moved out of the flat in": a pronoun opening its
# clause, its own past verb (active or passive) and up to four words, then the date.
_PRONOUN_DATED = compile_pattern(
    r"\s*[\"“]?(?:it|they|he|she)\s+(?:(?:was|were)\s+)?(?:first\s+|last\s+)?"
    r"(?!(?:" + "|".join(sorted(_REPORTING_VERBS)) + r")\b)"
    r"(?:[a-z]{2,}ed|[a-z]+en|" + "|".join(sorted(IRREGULAR_PAST)) + r")\s+"
    r"(?:[\w'’]+\s+){0,4}?(?:on|in)\s+",
    re.I,
)
# "were taken on", "was sealed off in": a passive in the past dating its own event.
_PAST_PASSIVE_DATED = compile_pattern(r"\b(?:was|were)\s+(?:[a-z]+\s+){1,3}?(?:on|in)\s+$", re.I)
_SINCE_WORD = compile_pattern(r"\bsince\b", re.I)
# A year reckoned by a body of its own, which need not begin in January.
_OWN_YEAR = compile_pattern(
    r"\b(?:financial|fiscal|business|tax|school|academic|crop|marketing|budget)\s+year\b", re.I
)
# "for the first three months": the opening part of a period, not all the time since.
_FIRST_PART = compile_pattern(r"\bfirst\s+$|^(?:the\s+)?first\b", re.I)
_SPAN_OF_ITS_OWN = compile_pattern(r"(?:the\s+)?(?:last|past|first|next|coming|final)\b", re.I)
# "twenty-two", "forty-one": the hyphen inside a number in words, which makes no compound.
_TENS_AND_UNIT = compile_pattern(
    r"\b(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-"
    r"(?:one|two|three|four|five|six|seven|eight|nine)\b",
    re.I,
)
_AMOUNT_BEFORE = compile_pattern(
    r"\b(?:of|per|every|each|a|an|to|by|within|another|extra|additional|further|"
    r"first|last|past|next|coming|final|up|until|till|before|about\s+to|"
    r"(?:longer|shorter|earlier|later|sooner)\s+than)\s+"
    r"(?:(?:some|about|around|nearly|almost|just|over|under|more\s+than|less\s+than)\s+)*$",
    re.I,
)
# The noun a span is "of", then the present perfect whose subject the span is.
_OF_SUBJECT = compile_pattern(
    r"\s+of\s+(?:[\w'’-]+\s+){1,4}?(?:has|have)\s+(?:now\s+)?been\b", re.I
)
_NOT_SPAN_AFTER = compile_pattern(
    r"(?:['’]s?|-|\s+(?:ago|later|earlier|before|old|long|of|to|from|in\s+advance|ahead|"
    r"early|late|behind|overdue|apart|each|running|straight|in\s+a\s+row)\b)",
    re.I,
)
# "N years ago" counted back from now, and what may stand between an event's name and it:
# the event's own verb of starting and a qualifier ("came to power more than 40 years ago",
# "the invasion, which began nearly six years ago").
# An aside right after a name, up to a duration: "Lukashenko, president for almost".
_APPOSITION_OPENING = compile_pattern(
    r"\b[A-Z][\w'’-]*,\s+(?P<words>(?:[A-Za-z][\w'’-]*\s+){1,4})(?:[a-z]+\s+)?\Z"
)
_APPOSITION_CLOSING = compile_pattern(r"(?:\s+now)?\s*,")
_APPOSITION_VERB_LIST = "is are was were has have had who which that"
_APPOSITION_VERBS = frozenset(_APPOSITION_VERB_LIST.split())
# A compound term's noun, then "since": "a 30-week wait since April 2"; the noun may take a
# short phrase of its own first ("a six-year cap on the county's bus fares since March").
_NOUN_THEN_SINCE = compile_pattern(
    r"\s+[a-z]+(?:\s+(?:on|of|for|in|at|to)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+)?\s+since\b", re.I
)
# Nouns of a change or a level measured over a window ("a one-day drop", "a 12-month
# high"): the compound is the window, not the time something has run since a start.
_WINDOW_NOUN = compile_pattern(
    r"\s+(?:drop|fall|rise|gain|loss|decline|increase|decrease|jump|plunge|slump|surge|"
    r"advance|move|swing|change|high|low|peak|trough|record)s?\b",
    re.I,
)
# A sentence opening on a definite noun, and the verb of occurring that dates it.
_DEFINITE_OPENING = compile_pattern(r"[\"“]?The\s+[a-z]")
_OCCURRED_ON = compile_pattern(
    r"[\"“]?The\s+[\w'’-]+\s+(?:happened|occurred|took\s+place|struck|hit)\s+(?:on|in)\s+$", re.I
)
# A birth's date: "born on Aug. 15, 1947", "(born 1943)", "who was born in".
_BORN_BEFORE = compile_pattern(r"\bborn\s+(?:(?:on|in)\s+)?$", re.I)
_DEATH = compile_pattern(r"\b(?:died|dies|dead|death|killed|late)\b", re.I)
_AT_BEFORE = compile_pattern(r"\bat\s+$", re.I)
# Between an age and a birth, a word saying the birth is another person's.
_OWNER_WORD_LIST = "whose his her their mother father son daughter wife husband child parents"
_OTHER_OWNER = compile_pattern(r"\b(?:" + "|".join(_OWNER_WORD_LIST.split()) + r")\b", re.I)
# Nouns that are a stretch of time themselves: "a 14-week stretch", "a nine-month spell".
_SPAN_NOUN_AFTER = compile_pattern(
    r"\s+(?:stretch|spell|span|period|gap|wait|stint|interval|hiatus|lull|absence)\b", re.I
)
# The point a running span reaches: "passes the 40-month mark", "the ten-year milestone".
_MARK_AFTER = compile_pattern(r"\s+(?:mark|milestone|threshold)\b", re.I)
_AGO = compile_pattern(r"\bago$", re.I)
# A verb of ending or coming back before the date that closes a span ("ended on", "when
# it reopened on", "was lifted in", "called off on").
_END_DATED = compile_pattern(
    r"\b(?:end(?:ed|ing)|finish(?:ed|ing)|re-?open(?:ed|ing)|resum(?:ed|ing)|"
    r"(?:was|were)\s+lifted|called\s+off|came\s+to\s+an\s+end|went\s+back|returned)\s+"
    r"(?:[a-z]+\s+){0,2}?(?:on|in)\s+$",
    re.I,
)
# How a duration tells a span that ended: "after N weeks", "for N weeks", "lasted N weeks".
_SPAN_OF_CLOSED = compile_pattern(
    r"\b(?:after|for|lasted|lasting|spanned)\s+(?:[a-z]+\s+){0,2}$", re.I
)
# Days that count only from Monday to Friday: "22 working days", "13 business days".
_WORKING_DAYS = compile_pattern(r"\b(?:working|business|trading|school|week)\s*days?$", re.I)
# How far back the day a span "after" its start ends on may be for it to be read.
_RECENT_DAYS = 45
_START_OF = compile_pattern(
    r"\s*(?:(?:the\s+)?(?:very\s+)?(?:start|beginning|outbreak|onset|launch)\s+of\s+|"
    # ("since Putin launched his 'special military operation'", "since Russia began its
    # invasion": an agent and a verb of starting, the event its object)
    r"(?:(?-i:[A-Z])[\w'’.-]*\s+){1,3}(?:launched|began|started|ordered|announced|unleashed|"
    r"mounted)\s+(?:(?:the|his|its|their|a|an)\s+)?[\"“']?)",
    re.I,
)
_NAME_TO_AGO = compile_pattern(
    # ("the invasion, launched 40 months ago", "which Russia launched 40 months ago": the
    # event's own verb of starting in an aside, its subject before it)
    r"(?:,?\s*(?:which|that)(?:\s+[A-Z][\w'’-]*)?|,)?"
    r"(?:\s+(?:began|begun|started|broke\s+out|(?:was\s+)?(?:launched|signed|set\s+up|"
    # ("the treaty, signed 25 years ago", "the state, set up 25 years ago")
    r"created|founded|formed|established)))?"
    r"\s+(?:(?:some|about|around|roughly|nearly|almost|just|well|over|under|more|less|than)\s+)*$",
    re.I,
)


@dataclass(frozen=True, slots=True)
class _Start:
    """When the counted period began: a date the article states, or a rule-set event."""

    first_day: date
    last_day: date
    text: str
    start: int
    end: int
    # The rule code of a rule-set event; "" for a date stated in the article.
    source: str = ""
    # A bare weekday: `last_day` (this week's) or `first_day` (the week before's).
    weekday: bool = False


@register("CC104")
def check_duration_starts(context: ArticleContext) -> Iterator[Finding]:
    """Flags a duration that does not fit the start it is counted from.

    Examples (article dated May 10, 2024): "the strike, which began on Feb. 26, is now in
    its fourth week" (it is week 11); "just over six months after the blockade began on
    Jan. 8" (four months); "it has been more than 20 weeks since the ban took effect on
    March 1"; "40 days into the walkout, which started on April 22"; "Since January, the
    plant has stood idle for nearly nine months"; "launched in March 2023, is now 30 months
    old"; "the 16-week-old strike, which began on March 1"; "has now lasted 30 weeks";
    "now in its ninth month, the siege began on Jan. 3"; "six months on from the flood of
    January 2023".
    The start is a date stated in the same sentence (after "since", "after", "into", or
    introduced as a start: "began", "launched", "took effect", or dated by an event's own
    verb for a duration running up to now: "walked out on Feb. 5, and ... has dragged on
    for nine weeks"; not a report's date, "published on"), before or after the duration,
    set beside it ("closed since Jan. 8, more than seven months") or, for a sentence that
    opens with a pronoun and names no date, the one start of the sentence before ("The plant
    closed on Jan. 8. It has been shut for ..."); or an event of the rule sets
    (`rules/events/`: "just over nine months after Russia's full-scale invasion", "the war
    in Ukraine has now raged for", "the six months of the war in Ukraine"), passed to the
    check as data by the pipeline; a time counted back from now to a rule-set event named
    right before it is that event's duration ("Lukashenko, who came to power some 40
    years ago", "since the invasion of Ukraine nearly six years ago"). Durations read: "N
    after/since/into/of", "for N", "N have passed since", "After N, ...", "is stepping
    down after N years" (in a sentence about now), "N old", "in its Nth week", "in week
    N", "day N"; "dates back N years to" a dated start (a present verb); "N months of" a
    noun whose clause dates its start ("30 months of talks that opened on March 3"); a
    compound age before a rule-set event's name or the noun of its verb ("the 20-month war
    in Ukraine", "Lukashenko's 12-year rule"; any other noun is the term of that noun);
    a single unit in words ("a gap of one month"); "It is day N of"; "N years of" an
    event's possessive noun ("three years of Lukashenko's rule", in a sentence about now).
    A sentence tied to the one before counts from that sentence's one date: a time "on"
    opening it ("The dam burst on March 3. Seven weeks on, ..."), a possessive's term ("She
    took the post in May 2019. In her four years there, ... has ..."). The last time
    something happened starts a time without it running up to now ("March 3 was when the
    ferry last sailed; it has been idle for ...", "For 15 weeks the ferry has stayed in
    port. Its last crossing was on March 3."); "first held in 2009" is a start, and a verb's
    pronoun object may stand before a start's date ("having joined it in May 2019").
    "N weeks later" opening a sentence about now counts from the sentence before, and "It is
    now in its fifth week" from the sentence before that says when it began (not "its fifth
    week of talks"); "dating from 2012" and "goes back to May" are starts. A compound term
    whose noun a later clause dates ("the 12-week occupation, which students began on March
    3, continues") is its age so far while a verb says it goes on; an anniversary ("Marking
    30 years since ...") counts up to the day it is marked, whatever the tense.
    The qualifier sets the tolerance: "just over N" is N to N+1.5, "nearly N" N-1.5 to N,
    "more than N" at least N, "about N" a sixth either way, a plain N one unit (or 5 percent
    of a long span) either way; a word of closeness keeps a direction near the figure ("a
    little under N", "barely under N" are N-1.5 to N, "under N" alone anything below).
    Not checked: spans planned or to come ("will be kept for three years", "plans to serve
    just two years", "may vanish within 20 years", "for the next six months", "fixed over
    four years starting on April 1"); a date something is due, paid or closed on ("a
    dividend payable on June 12", "fiscal
    year end"), or more than six words after "after"/"since"; an age beside the start of
    another event ("the 6-year-old war flared after a push that began on March 9");
    durations after something in a sentence about the past ("six months after
    the invasion, Kyiv's forces retook ..."), finished periods ("lasted" without "has",
    "until"); "for the
    last three months" since an event may name only its latest part (only a longer span is
    flagged).
    Nor: a compound naming the term of the noun after it ("its seven-day repurchase rate",
    "a 30-day conversion period"); "since" after a superlative ("the lowest since March
    1980", any "-est" adjective: "the longest since records began in 1900"); "the past N" in
    a clause of its own after another clause's start; a clause with its own subject after a
    pronoun opening ("They said the rebels, who have fought for six years, ..."); a compound
    age of another thing than the start's ("since early 1984 in the tanker war, ... their
    6-year-old conflict"); a date with no year after
    publication in a sentence about what is to come; a quotation closing between "after"
    and the date.
    Also: a sentence after the start's whose verb has a pronoun object before the duration
    ("The stall opened in 2001. The family has run it for 23 years now."); a span said again
    after a semicolon by a word pointing back ("closed since March 1; that is 20 weeks");
    a start word after its date ("April 1 marked the start of the sit-in, now in its ninth
    week", "April 1 saw the outbreak of"); "N weeks of" a noun that names no start ("20
    weeks of lost trade") is read on to the start beside it; a start in the sentence right
    after a running duration, opening with a pronoun ("... for 20 weeks. Their strike began
    on March 1."); the last time in an absolute clause ("its last journey having been on");
    "since then" (or "since that day") in a sentence about now counts from the one date of
    the sentence before; "has gone N weeks without" is a time running up to now.
    Read whole, as a backup when none of the forms above links a duration: the duration,
    words that only qualify it ("to the day", "or so", "or more", "now", "in all"), then one
    of a closed set of relations to its start: "since", "after", "from" or "into" before a
    date or a rule-set event, or "on" closing the phrase ("; N weeks on, ...") after a start
    stated earlier in the sentence (or the one start of the sentence before). It counts up
    to publication only when the verb of the duration's clause is present or present
    perfect ("It is N weeks to the day since ..."), or, when its clause has no verb before
    it, the verb of the clause going on after it; a past verb keeps the span in the past
    ("She worked N weeks after the launch on D and is now retired" is not checked). "or so"
    widens the tolerance like "about", "or more" like "more than". An ordinal period
    "past" or "beyond" its Nth week reads like "in its Nth week". A date after a verb of
    counting from it ("Counting from March 1, the sit-in has lasted ...", "reckoned from")
    is a start.
    The last backup reads the phenomenon from the sentence, not from the words linking
    the two: a duration that is a span gone by (not a figure of a noun phrase, "a deadline
    of 30 days", "every three weeks", "within 90 days", "the last three months"; not "N
    weeks ago", "later", "old", "N weeks' notice"), in a sentence that runs up to now (a
    present perfect, or "so far", "and counting", "to date" after it), counts from the one
    start the sentence states when it states no other date ("Three weeks without water:
    that is what the hamlet has endured since the storm on March 4", "a sit-in lasting
    three weeks so far, which students began on March 4", "Between March 4 and today,
    ..."), from the one rule-set event it names when it names no date, or, when it names
    neither, from the sentence before's one date introduced by a word of starting ("The
    boycott began on March 4. Shoppers have now stayed away three weeks.") or, after a
    pronoun opening, dated by an event's own verb ("The mill closed on March 4. It has been
    three weeks."). "In the three weeks since," counts from the start before it; "and
    three weeks later it is still shut" from the start before it in its sentence; a cleft
    dates a start ("It was on March 4 that the mill closed"); any verb in the present
    may stand before "its Nth week" ("grinds through its third week"), and the pronoun
    sentence right after may date it ("The sit-in is in its third week. It began on March
    4."); "and still" after a duration runs it up to now; decades and fortnights are
    units; a number and a singular unit before a noun is a term ("its seven day deposit
    rate"), and an age ("Varga, 57, has been ...") is no span. Rule-set event names are
    read as phrases: a possessive or a verb opening a name may have two describing words
    before the rest ("Russia's unprovoked invasion", "invaded eastern Ukraine"), a past
    verb another form of itself or a past verb of moving into the place it names
    ("Russian tanks rolled into Ukraine"), a state dated by "since" is named by the state
    alone ("in power", then "for 20 years"), and a subject may follow the name closely
    ("After 20 years in power, Lukashenko ...").
    A start word reaches its date through the whole phrase or clause it heads, however
    long, when the phrase's own "on" or "in" dates it and no punctuation or other relation
    word stands between ("for 12 weeks, since a storm tore away the pier's railings on
    March 2", "after 16 weeks' silence since the members' vote on March 2"); an ordinal
    period followed by "since" counts from the start "since" names, whatever verb stands
    before it ("This is the eighth week since the baths closed on March 2").
    Also read: an anniversary or birthday as whole years since the start its sentence names
    ("Founded in 1990, the band celebrates its 20th anniversary"; the one coming up this
    year is right too); "the N-month mark" (or milestone) a running span passes now, counted
    from the start its sentence names; a future perfect ("will have lasted N weeks") counted
    to the near day "by" names (a weekday or weekend read as last week's is the next one),
    not to publication; a verbless aside after a name speaks of now whatever the tense
    around it ("Lukashenko, president for almost N years, told ..."); "Today is the strike's
    Nth day"; an age whose start the pronoun sentence right after dates ("The walkout is N
    weeks old. It began on D."); a count in figures the extraction left unread ("Since April
    2, 30 weeks have passed"); a word of succession inside an ordinal period ("for the 30th
    consecutive week since ..."); a compound term whose noun "since" dates ("after a 30-week
    wait since April 2, the results are out"). Rule-set names also read in the passive, the
    place first ("Ukraine, invaded by Russia N months ago"), as the object's possessive and
    the verb's agent noun ("Belarus's ruler" for "ruled Belarus"), with the event's own day
    inside ("Russia's Feb. 24 invasion": no start of its own), and with a way crossed on the
    way in ("poured across the border into Ukraine"). An aside of the event's own verb may
    stand before "ago" ("the invasion, launched N months ago", "which Russia launched N
    months ago"); after "into" an event's noun counts too ("N decades into Lukashenko's
    rule"); ordinals in words go past "twentieth" ("its forty-first month"). Not read as
    starts: a year a body reckons its own way ("the current financial year"); nor counted
    from: a "since" before "after N years of ..." (that span ended when the "since" began).
    "The first N months" is at most the time gone by. A time without something ("have
    gone N weeks without a crossing") counts from "the last" time it happened, dated by the
    sentence right before, also when that sentence ends the paragraph before ("The last
    ferry sailed on D."); "N weeks after it started" (or "since they walked out") counts
    from the start the sentence before dated.
    Also read: a span beside "since" and its start needs no verb for running up to now
    ("Still shut: the towpath (since March 2, 11 weeks); ..."; not after "had been"); "N
    weeks of" a noun is a span gone by when it is the subject of a present perfect ("Eight
    weeks of lessons have been lost since ..."); an apposition naming a date the first day
    or the start of what follows dates it ("on March 2, the first day of a strike now in
    its ninth week"); a numbered period set beside what it is of, as a headline or a
    caption numbers it ("War in Ukraine, month 30: ..."); a compound term dated by a clause
    after its noun, in a sentence with no past verb of its own ("Talks to end the 3-week
    stand-off that began on March 2 resume on Monday"), is flagged only when shorter than
    the time gone by (as an age and as a planned length it cannot be shorter; a longer one
    may be the length planned).
    Also read: a bare weekday as a start ("walked out on Monday and have now spent N
    days"), this week's or, read loosely, the week before's, so the tolerance is a week
    wide and the message names both days; an event dated with a bare noun as its verb's
    object ("stopped work on Monday"); an anniversary of the event its "of" phrase dates
    ("the 30th anniversary of the dam's collapse on March 3, 2004"); an ordinal period
    after "his" or "her" ("now in his 12th year in power"); "N-odd" as the round figure up
    to its next step ("thirty-odd years" is 30 to 39); a definite compound age in a
    sentence about now that names no date, not of a person, counted from the one start
    of the sentence before ("The firm was set up in 1990. The 34-year-old business
    ..."); a possessive's term of a noun naming its owner's whole time so far ("founded
    in 1950, ... in its 74-year history": history, existence, life, lifetime) as the
    owner's age; "founded", "established", "set up" and "launched" heading a phrase its
    own "in" or "on" dates; and a rule-set event told by a past verb moving an armed
    force in ("sent its troops into Ukraine", "ordered tanks into"; not "sent money
    into"). A count in an article word that no claim covers is read as a duration too:
    "a year", "half a year", "a year and a half", "a fortnight" (as two weeks); "N-odd"
    takes no further leeway from "some" or "about" before it; "getting on for N" is
    nearly N and "just shy of N" a little under it. A bare weekday in a sentence about
    what is to come ("to be opened on Thursday", "will") may be the next one and starts
    nothing; an anniversary's "of" phrase dates its event only with a year written and
    not by a time relative to now ("of the treaty this month"); an age in years or a
    history counts only from a year written. A rule-set event is also named with the parts
    of its other names: its agent (the possessor of "Russia's invasion", the adjective of
    "Russian invasion" with a noun after it) as the subject of its verb with no other
    object ("Russia invaded", "Russian forces invaded"; not "Russia invaded Georgia"), or
    as the possessor of the noun opening another name ("Russia's war", from "war in
    Ukraine"; not "Russia's trade war").
    Also read: a season as a start ("since it closed last summer", "the spring of 2019":
    its three months); a part of a year as that part ("early/mid/late 2019", "late last
    year", "early this year": its thirds; "the start/beginning of the year", "the end of
    2019", "the end of last year": its first or last two months),
    and of a month loosely ("early March" its first half, "late March" its second, "mid-
    March" the 6th to the 25th, "the start of March" and "the end of February" a third);
    "born" as the start of an age ("The 38-year-old, born in March 1960"); "N years
    later" that the extraction dates from the sentence before counts from that sentence's
    one date (a year alone for a span in years or decades, as "N years on" does) when its
    own clause speaks of now ("Ten years later, the pithead is a museum"; not "Ten years
    later it was sold"); "over the last N weeks" takes "over" as the span's preposition,
    not as "more than"; an ordinal period in an aside ("The strike, in its 14th week,
    began on March 1") when the sentence's past verbs only say when it began; "turns N
    this year" (this week, today, on a weekday) as an age in years counted from the start
    named before it, not for a person ("who", "he", "Mr ..."); "the decade since" (week,
    month, year) as one unit; "in N weeks" after a negated present perfect as a span gone
    by ("No ship has docked there in 14 weeks, since ...", "hasn't sailed in"; not after
    an infinitive or a modal, "has promised to reopen in 14 weeks", nor a plain one).
    Rule-set names: an invasion told as the attack it is ("Russia attacked Ukraine", "the
    attack on Ukraine"); a term of office ("took office") opened by its first election or
    oath ("was first elected", "first inauguration"; not a later term's "his election in
    2015"); a name after "the start (beginning, outbreak) of" ("since the start of the war
    in Ukraine"); an aside of the event's own verb before "ago" also when it signs, sets up
    or founds it ("the Union State treaty, signed 25 years ago"). A century in words ("a
    century", "half a century", "a quarter of a century") counts in decades, with a
    decade's leeway, also where the extraction reads "a century" without its fraction.
    "N weeks in," closing its phrase counts into what the sentence starts, as "N weeks
    on," does ("Three weeks in, the sit-in that began on Jan. 8 goes on"); "for a third
    straight (consecutive, successive) week" is a run of periods up to the report, whatever
    its verb, counted from the start its sentence names ("Ferries stayed in port for a
    third straight week, the strike having begun on Jan. 8"; not a run of weekly figures
    "after", "following" or "since" an event, "rose for a third straight week after the
    cut").
    An event told by what starts it: a war a name places ("war in Ukraine") by its
    outbreak there ("since fighting broke out in Ukraine", "the conflict began in"); an
    invasion by the invader's armed force crossing the border ("since Russian forces
    crossed the border", "Russia's tanks rolled across the border"); the possessor of a
    name ("Putin's invasion") as the agent of a verb of starting its noun ("since Putin
    ordered the invasion", "Russia launched its full-scale invasion"); and any name after
    an agent and such a verb ("since Putin announced a 'special military operation'").
    A count qualified "to the month" or "to the year" reads as "to the day" does ("25 years
    to the month after the pit closed in May 2014"); "and counting" or "now" after the
    duration runs it up to now whatever the clause's verb ("face a wait of 20 weeks and
    counting since the flood on April 2"); "following" relates a duration to a start as
    "after" does ("has been shut for 25 weeks following the eruption on Jan. 2"), and a bare
    "since" closing its clause reads back to the start stated before it ("The plant shut on
    Jan. 2; it is 25 weeks since.").
    A word of succession after the period reads as one before it ("for the ninth month
    running", "for the 12th week in a row"); a week named by its month is a start ("since
    the second week of February"; "this week" and "last week" are not); a term that a verb
    of ending says ended on the day of the report is all the time since its start ("went
    back today, ending a 25-week strike that began on Feb. 12"); a count of one or two of
    a unit longer than a day allows no less than half of itself, whatever its qualifier
    ("it is nearly a year since the pier burned down on Feb. 20" is flagged in May); the
    first time in a span ("the town's first carnival in 30 years") counts from the last
    time, dated after "the last", "the previous one" in its sentence or the next ("the last
    was held in 2011").
    Not read as time gone by: a span that looks ahead in its own words ("over the next two
    years", "for the coming three weeks", "the following six weeks"); a start the words
    before it put ahead ("buying is due to begin on May 4", "will reopen on May 4",
    "expected to open around May 4"), which stays this year's and counts nothing yet; a
    compound before "since" that is the window of a change or a level ("a one-day fall", "a
    12-month high") or that a record compares ("the largest one-day fall since 1929", "the
    longest 20-week wait since 1990").
    Also read: a compound age dated by an aside after its noun that tells how the thing
    was made ("the 30-month-old truce, brokered on Feb. 2, 2022,": agreed, signed,
    built, set up ...; not "the 40-year-old viaduct, closed on Feb. 2", nor a person's
    age), or by a fronted participle of such a verb whose subject the age opens ("Set up
    in 1985, the 12-year-old co-operative"; not "Shut in 1985, the 12-year-old mill"); a
    present verb of origin after a term's noun ("the 30-week row dates from Feb. 2",
    "goes back to") as a term still running; a span restated in the present after a dash
    beside its start ("last paid on Feb. 2 - that is 30 weeks without wages"); a count back
    from now in weeks, months or years set beside the date it names again ("On Feb. 2, 30
    weeks ago,", "in 1980, some 12 years ago", "30 weeks ago, on Feb. 2,", "... on Feb. 2.
    That was 30 weeks ago.") as the time gone by since that date; a running period
    ("Now in its 30th week, the walkout ...") in a sentence naming no date, counted from
    the nearest earlier sentence of the article that names the same definite noun and
    dates its start ("The walkout at the port began on Feb. 2."; not when that sentence
    dates it otherwise); a span "after" its start in a sentence about the past that
    names one recent day, week or month (within six weeks), counted up to that day
    ("Last week, 4 years after the colliery shut in 1994, the site was sold"); "today"
    or "this week/month/year" between a count and "since" ("It is 30 weeks today since
    ..."); a running period not "of" something, after the one date of its sentence that
    an event's own verb dates ("Porters who walked out on Feb. 2 are now in their 30th
    week without pay"; not "their 30th week of talks").
    Read against the publication day: a part of a month with no year that lies after it
    is last year's ("since late April" in an article of April 13); February of a leap
    year moves to the year before with its 28 days; "the turn of the year" is its first
    days, a week either way, not the whole year after it. A count in words with a hyphen
    inside ("twenty-two weeks") is a plain count, not a compound; a count of one the
    extraction leaves unread is read ("a one-week-long closure", "One year later, ...");
    a running period counts from the same noun dated up to 6,000 characters back.
    Read by what the words do, not which words they are: a hedge in other words before a
    count is read as the plain qualifier of its sense ("coming up to", "going on",
    "pushing", "the thick end of" N as "nearly N"; "in excess of", "north of", "a good" N
    as "over N"; "south of" N as "under N"), and any qualifier may stand between a rule-set
    name and its count ("ruled by him for close to N years"); a bare age ("Halloran, 58,",
    "At 54,") counts from the one birth its sentence dates ("who was born in 1943", "born
    on Aug. 15, 1947"; not another person's, "whose father was born", not an age at death,
    nor "At 20, ..." in a clause about the past); wire copy's date with no "on" after an
    event's own verb is dated by it ("walked out Oct. 4"; not "the week ended March 3"); a
    verb of lengthening reaches its length ("has stretched to N weeks", "dragged on into");
    a compound whose noun is a stretch of time itself ("a 14-week stretch", "spell", "gap",
    "wait") set beside its start is that span; a demonstrative noun may stand before "was N
    weeks ago" ("That date was ..."); a count in a sentence naming no date counts from the
    pronoun sentence right after that dates its last time or start ("Nine weeks: that is
    how long the ferry has been laid up. It last sailed on D."), and a running duration
    from the short sentence right after that dates what happened ("The collapse happened on
    D."); "the twelfth of December" is that day, not the month; a ruler's rule set in the
    passive ("Belarus, ruled by Lukashenko") or by another verb of rule ("has run Belarus",
    "headed", "governed", "led") is the rule set's event. "No fewer than N" and "not less
    than N" are read as "over N", "no more than N" as "under N" (not as the comparison
    their last words make), and a finding names a hedge in other words with its count;
    "from Jan. 8 until now" (or "till this day", "up to the present") runs the span up to
    now; a time "on" opening a sentence counts from the event the rest of the sentence
    dates by its noun when that is the sentence's one date ("Thirty months on, families
    lost in the flood of June 2023 still wait"; not "the end of June"); "On day N of" a
    period tells a day of it gone by or today's, so only a day not reached yet is flagged.
    A first is read however long its noun phrase ("the first nationwide walkout by river
    pilots in N years"); a negation may sit on the object ("has made no repayment in N
    years, not since 2010"); a record over a span ("at its lowest in N years") counts only
    from a start set right beside it (", since March 2010", ", not since"); a compound
    term's noun may take a short phrase before "since" ("a six-year cap on bus fares since
    March"), with or without the hyphen.
    A start may stand away from its duration: a thing or an event an earlier sentence of
    the article names and dates (by a start word, by its own past verb, or as the object
    of one: "A gas blast wrecked the market on D." ... "In the nine weeks since the blast,
    ..."; "The council closed the pool on D." ... "The pool has been shut for nine
    weeks."), the nearest such sentence and its one date; a clause after a semicolon or
    colon, or the sentence after, dating what the duration is of by a pronoun and its own
    past verb ("for 30 years; it was bought from the club on D") or by "last" ("dry for
    40 months: villagers last drew water from it on D"); a fronted participle dating its
    subject's state ("Closed to visitors on D, the museum has been shut for ..."); a date
    set before the noun it makes ("The March 2010 deal, now 14 years old,"); a building
    or passing aside after a compound age ("the 40-year-old stand, put up in 1984");
    "ever since" closing its clause counts from the sentence before, and a running period
    in a sentence opening with a definite noun from the sentence before that dates a
    start ("Nurses set up a picket on D. The protest is now in its fifth week."). A hedge
    after the count ("N weeks, more or less, since", "or thereabouts") widens the
    tolerance as "about" does; "it will be N weeks since ... on Friday" counts to that
    near day (a start its own past verb or "since" dates is behind, whatever the
    sentence's tense); "celebrates N years of" a start the sentence names is an
    anniversary kept now. A compound term of a state no one plans a length for ("the
    20-week stand-off that began on D": a dispute, a deadlock, a drought, a siege) is at
    most the time since its start, running or over, so a longer one is flagged.
    Left alone: a compound term of a noun whose start a clause dates, in a sentence that
    does not say it goes on, when it is shorter than the time since ("emerged from a
    4-month siege which had started on D": it may have ended) or its noun may be planned
    ("a 30-week course"), and a stretch of absence dated by the leaving ("after a 30-year
    absence; he left in 2019": its end is not dated); a headline's running period
    ("Rail strike enters 17th week") and an event named again by another word than the
    one that dated it ("Voters chose a council in May." ... "after the election") are not
    linked.
    Also read: a span whose sentence dates both its start and its end ("began on Sept. 25
    and ended on Nov. 22 after 8 weeks", "had been shut for 6 months when it reopened on
    D", "was lifted on D, after 12 weeks") is measured from one to the other, not to the
    report; working, business, trading and school days count Mondays to Fridays (a public
    holiday may take one in ten away); a count told in two units ("12 weeks and 1 day",
    "four years and two months") is one span; a week counted back ("which opened a
    fortnight ago") is a start where a start word heads it; "In week N of" the period, like
    "On day N of", tells a week gone by or this one, so only one not reached yet is flagged
    (opening any sentence or paragraph, not only the article's first).
    "When" right after a verb of starting heads the start's own clause, not another event
    ("the 20-week stand-off that began when dockers downed tools on D"; "erupted" and
    "broke out" head such a clause too); leaving the state a term names ends it as "ending"
    does ("Residents emerged today from a 4-month siege which had started on D"), and for
    a term in weeks or longer "this week" is as near the report as "today". A numbered day
    may have four figures ("On day 1,000 of the war", "day 1243"; bare four figures are
    read only for days).
    Level: a warning (the arithmetic is certain, but whether the duration counts from this
    start is read from the wording).
    """
    published = context.article.published_date
    if published is None:
        return
    article = _Durations(context, published)
    for claim in _claims_read_whole(context):
        if claim.kind == "duration" and claim.unit == "century" and claim.value is not None:
            # ("a quarter of a century" read as 0.25 century: in decades, a round figure
            # with a decade's leeway, as when the words are read here)
            claim = replace(claim, value=10 * claim.value, unit="decade")
        if claim.kind == "duration" or claim.dimension == "age":
            finding = article.judge(claim)
        elif claim.kind == "date" and claim.relative and _AGO.search(claim.text):
            finding = article.judge_counted_back(claim)
        elif claim.kind == "date" and claim.relative and (count := _counted_later(claim)):
            # "The pit closed in 1984. Forty years later, the site is a park": a date the
            # extraction dated from the one before is a span from it, up to now when its
            # clause speaks of now ("... later it was sold, and now ..." does not).
            sentence = sentence_bounds(context, claim.start)
            if not _clause_about_now(article.body, sentence, count, claim.end):
                continue
            finding = article.judge(count)
        else:
            continue
        if finding is not None:
            yield finding
    for duration in _unread_durations(context):
        finding = article.judge(duration)
        if finding is not None:
            yield finding
    yield from _ordinal_periods(article)
    yield from _turned_ages(article)


# "15 weeks and four days", "two years and three months": a count and a smaller unit's
# count after "and" are one span.
_AND_BETWEEN = compile_pattern(r"\s*,?\s+and\s+$", re.I)


def _claims_read_whole(context: ArticleContext) -> Iterator[Claim]:
    """The article's claims, a count told in two units as one ("15 weeks and four days")."""
    compounds = _compound_counts(context)
    for claim in context.claims:
        if claim.start in compounds:
            yield compounds[claim.start]
        elif not any(whole.start < claim.start < whole.end for whole in compounds.values()):
            yield claim  # (not "and four days" of "15 weeks and four days": read with it)


def _compound_counts(context: ArticleContext) -> dict[int, Claim]:
    """Spans told in two units ("15 weeks and four days"), keyed by where each begins, as one
    duration in the larger unit running over both."""
    body = context.article.body
    durations = [claim for claim in context.claims if claim.kind == "duration"]
    compounds: dict[int, Claim] = {}
    for whole, part in pairwise(durations):
        units = (_duration_unit(whole), _duration_unit(part))
        if (
            whole.value is None
            or part.value is None
            or units[0] not in _UNIT_DAYS
            or units[1] not in _UNIT_DAYS
            or _UNIT_DAYS[units[1]] >= _UNIT_DAYS[units[0]]
            or part.value * _UNIT_DAYS[units[1]] >= _UNIT_DAYS[units[0]]
            or not _AND_BETWEEN.fullmatch(body, whole.end, part.start)
        ):
            continue
        value = whole.value + part.value * _UNIT_DAYS[units[1]] / _UNIT_DAYS[units[0]]
        compounds[whole.start] = replace(
            whole,
            text=body[whole.start : part.end],
            end=part.end,
            value=round(value, 2),
            low=None,
            high=None,
            unit=units[0],
        )
    return compounds


def _turned_ages(article: _Durations) -> Iterator[Finding]:
    """ "The festival, first held in 1990, turns 40 this year": an age reached now, from
    the start its sentence names before it."""
    for age in _ages_turned(article.context):
        sentence = sentence_bounds(article.context, age.start)
        if _PERSON_SUBJECT.search(article.body, sentence[0], age.start):
            continue  # "Mr Brown, who founded the firm in 1970, turns 60": his age, not its
        start = article.start_in_sentence(age.start, (sentence[0], age.start))
        if start is not None and start.first_day <= article.published:
            finding = article.against(age, start, "year", False)
            if finding is not None:
                yield finding


# A single unit or a half the extraction leaves unread: "a year", "a year and a half",
# "half a year", "a fortnight" (the count is in the article word, not in figures).
_ARTICLE_UNIT = compile_pattern(
    r"(?<![\w-])(?:(?P<half>half\s+an?)|(?P<quarter>an?\s+quarter\s+of\s+an?)|an?|one|"
    # ("the decade since 2014"; not "to the day since", the exact count before it)
    r"(?P<the>the)(?=\s+(?:week|fortnight|month|year|decade)\s+since\b))\s+"
    r"(?P<unit>day|week|fortnight|month|year|decade|century)(?P<and_half>\s+and\s+a\s+half)?"
    r"(?![\w-])",
    re.I,
)
# "The festival, first held in 1990, turns 40 this year": an age reached now, in years.
_PERSON_SUBJECT = compile_pattern(r"\b(?:who|he|she|Mr|Mrs|Ms|Dr|Sir|Dame|Lady|Lord)\b")
_TURNS = compile_pattern(
    r"\bturns\s+(?P<count>\d{1,3}|[a-z]+(?:-[a-z]+)?)"
    r"(?=\s+(?:this\s+(?:year|month|week)|today|on\s+[A-Z][a-z]+day)\b)"
)


_FRACTION_BEFORE = compile_pattern(r"\b(?:half|quarter\s+of)\s+$", re.I)
_RATE_BEFORE = compile_pattern(r"\b(?:once|twice|times|per|each|every)\s+$", re.I)


def _another_event_between(body: str, low: int, high: int) -> bool:
    """Whether a word relating another event ("after", "when", "amid" ...) stands in
    body[low:high]; "when" heading the clause of a verb of starting is the start itself."""
    for relation in _OTHER_EVENT.finditer(body, low, high):
        if relation.group().lower() == "when" and _STARTED_WHEN.search(
            body, max(low, relation.start() - 20), relation.start()
        ):
            continue
        return True
    return False


def _ends_before(body: str, ends: list[int], position: int) -> bool:
    """A claim (of those ending at `ends`, in order) ends right before `position`, with
    nothing but space between."""
    space = position
    while space > 0 and body[space - 1].isspace():
        space -= 1
    index = bisect_left(ends, space)
    return index < len(ends) and ends[index] <= position


def _unread_durations(context: ArticleContext) -> Iterator[Claim]:
    """The durations counted by an article word that no claim covers, as duration claims."""
    body = context.article.body
    if not _ARTICLE_UNIT.search(body):
        return
    # (a century the extraction reads without the fraction before it leaves the words to
    # be read here: "half a century", whose claim is "a century")
    taken = sorted(
        (claim.start, claim.end)
        for claim in context.claims
        if not (
            claim.kind == "duration"
            and claim.granularity == "century"
            and _FRACTION_BEFORE.search(body, max(0, claim.start - 12), claim.start)
        )
    )
    fractions = {
        (claim.start, claim.end) for claim in context.claims if claim.dimension == "fraction"
    }
    # Indexed once, so that each word asks in log time (not over every claim): the claims'
    # starts in order, the furthest end among those starting before each (of all claims,
    # and of those that are not fractions), and their ends in order.
    starts = [start for start, _ in taken]
    furthest, furthest_whole = [-1], [-1]
    for start, end in taken:
        furthest.append(max(furthest[-1], end))
        whole = (start, end) not in fractions
        furthest_whole.append(max(furthest_whole[-1], end) if whole else furthest_whole[-1])
    ends = sorted(end for _, end in taken)
    for match in _ARTICLE_UNIT.finditer(body):
        # A claim overlapping the word ("a quarter of a century": the fraction is the
        # count's own)
        reach = furthest_whole if match.group("quarter") else furthest
        if reach[bisect_left(starts, match.end())] > match.start():
            continue
        if _RATE_BEFORE.search(body, max(0, match.start() - 12), match.start()) or _ends_before(
            body, ends, match.start()
        ):
            continue  # "20 pct a year", "9,000 tonnes a month", "twice a year": a rate
        value = 0.5 if match.group("half") else 1.5 if match.group("and_half") else 1.0
        value = 0.25 if match.group("quarter") else value
        unit = match.group("unit").lower()
        if unit == "fortnight":
            value, unit = 2 * value, "week"  # ("is about 9 weeks", not "4.5 fortnights")
        elif unit == "century":
            # ("half a century since 1974", "a quarter of a century": in decades, a round
            # figure with a decade's leeway)
            value, unit = 10 * value, "decade"
        # ("In the decade since ...": the unit alone, so that "in" before "the" does not
        # read as a time to come, "in ten years")
        start = match.start("unit") if match.group("the") else match.start()
        yield Claim(
            article_id=context.article.id,
            kind="duration",
            text=body[start : match.end()],
            start=start,
            end=match.end(),
            value=value,
            unit=unit,
            dimension="time",
        )


def _ages_turned(context: ArticleContext) -> Iterator[Claim]:
    """ "turns 40 this year": the age reached now, as a duration claim in years."""
    body = context.article.body
    if "turns" not in body:
        return
    for match in _TURNS.finditer(body):
        count = match.group("count").lower()
        tens, _, ones = count.partition("-")
        value = (
            float(count)
            if count.isdigit()
            else NUMBER_WORD_VALUES.get(tens, 0) + NUMBER_WORD_VALUES.get(ones, 0)
        )
        if not value or (ones and ones not in NUMBER_WORD_VALUES):
            continue
        yield Claim(
            article_id=context.article.id,
            kind="duration",
            text=match.group("count"),
            start=match.start("count"),
            end=match.end("count"),
            value=float(value),
            unit="year",
            dimension="time",
        )


def _plain_hedges(context: ArticleContext) -> str:
    """The body with each hedge right before a duration ("coming up to six years", "a good
    nine weeks") rewritten as the plain qualifier of its sense ("nearly", "over", "under"),
    padded with spaces to its own length."""
    body = context.article.body
    pieces: list[str] = []
    done = 0
    for claim in context.claims:
        if claim.kind != "duration" or claim.start < done:
            continue
        hedge = _HEDGE_BEFORE.search(body, max(done, claim.start - _QUALIFIER_CHARS), claim.start)
        if hedge is None:
            continue
        sense = hedge.lastgroup or ""
        pieces.append(body[done : hedge.start()])
        pieces.append(sense.ljust(hedge.start(sense) - hedge.start() + len(hedge.group(sense))))
        done = hedge.end(sense)
    if not pieces:
        return body
    pieces.append(body[done:])
    return "".join(pieces)


class _Durations:
    """One article's durations and the starts they may be counted from."""

    def __init__(self, context: ArticleContext, published: date) -> None:
        self.context = context
        self.body = _plain_hedges(context)
        self.published = published
        self.dates = [claim for claim in context.claims if claim.kind == "date"]
        self.events = [start for start in context.known_starts if start.day <= published]

    def judge(self, duration: Claim) -> Finding | None:
        unit = _duration_unit(duration)
        duration = _with_count(duration, unit)
        if unit not in _UNIT_DAYS or duration.value is None:
            return None
        sentence = sentence_bounds(self.context, duration.start)
        until = None
        if _ahead_of_now(self.body, duration, sentence[0]):
            # "By Friday the sit-in will have lasted three weeks": a future perfect counts
            # up to the near day "by" names, not to publication.
            until = self.future_perfect_end(duration, sentence)
            if until is None:
                return None
        beside = self.closed_span(duration, sentence, unit) or self.born_or_stretch_beside(
            duration, sentence, unit
        )
        if beside is not None:
            return beside[1]
        if _TERM_OF_NOUN.match(duration.text) and _NOUN_AFTER.match(self.body, duration.end):
            return self.judge_term(duration, sentence, unit)
        if (
            duration.value != 1
            and _SPACED_TERM.match(duration.text)
            and _NOUN_AFTER.match(self.body, duration.end)
        ):
            return self.spaced_term(duration, sentence, unit)
        link = (
            self.link(duration, sentence)
            or self.related_start(duration, sentence)
            or self.sole_start(duration, sentence)
            or self.last_time_before_first(duration, sentence)
        )
        if link is None:
            recent = self.after_until_recent_day(duration, sentence)
            if recent is None:
                return None
            start, ends = recent
            return self.against(duration, start, unit, False, ends=ends)
        start, partial = link
        if self.record_linked_past_its_side(duration, sentence, start):
            return None
        partial = partial or _first_part(self.body, duration, sentence)
        if start.first_day > self.published:
            return None
        if self.future_date_read_as_past(start, sentence):
            return None  # "will emerge ninety days after the April 29 hearing"
        return self.against(duration, start, unit, partial, until)

    def closed_span(
        self, duration: Claim, sentence: tuple[int, int], unit: str
    ) -> tuple[_Start, Finding | None] | None:
        """ "The walkout began on D1 and ended on D2 after five weeks", "Shut on D1, the library
        had been closed for seven months when it reopened on D2": a span between a start and
        an end its sentence both dates runs from one to the other, not up to the report.
        None when the sentence dates no such pair around the duration; else the start and
        the judgement (so that no reading up to now follows)."""
        body = self.body
        dates = self.usable_dates(sentence)
        ends = [
            claim
            for claim in dates
            if _END_DATED.search(body, max(sentence[0], claim.start - 40), claim.start)
        ]
        if len(ends) != 1 or not _SPAN_OF_CLOSED.search(
            body, max(sentence[0], duration.start - _QUALIFIER_CHARS), duration.start
        ):
            return None
        end = ends[0]
        starts = [
            claim
            for claim in dates
            if claim.end <= min(end.start, duration.start)
            and _introduced_as_start(body, claim, sentence[0])
        ]
        if len(starts) != 1:
            return None
        start = self.stated(starts[0])
        closing = self.stated(end)
        if closing.last_day <= start.first_day or closing.last_day > self.published:
            return None
        ends = (closing.first_day, closing.last_day)
        return start, self.against(duration, start, unit, False, ends=ends)

    def spaced_term(self, duration: Claim, sentence: tuple[int, int], unit: str) -> Finding | None:
        """ "its seven day deposit rate": a term written without its hyphen, unread; but one
        whose noun "since" dates is read as a hyphened one ("a six year cap on bus fares
        since March")."""
        if _NOUN_THEN_SINCE.match(self.body, duration.end):
            return self.term_since(duration, sentence, unit)
        return None

    def record_linked_past_its_side(
        self, duration: Claim, sentence: tuple[int, int], start: _Start
    ) -> bool:
        """ "The yen is at its highest in 30 years and has risen since March": a record's
        span counts only from a start set right beside it, not from another clause's."""
        before = self.body[max(sentence[0], duration.start - _CLAUSE_CHARS) : duration.start]
        if not _SUPERLATIVE_IN.search(before) or start.source:
            return False
        if start.start < duration.end:
            return True
        return not _RECORD_BESIDE_SINCE.fullmatch(self.body, duration.end, start.start)

    def born_or_stretch_beside(
        self, duration: Claim, sentence: tuple[int, int], unit: str
    ) -> tuple[_Start, Finding | None] | None:
        """A start set right beside the duration in a way no other reading links: a bare age
        and the birth its sentence dates ("Halloran, 58, who was born in 1943"); a compound
        whose noun is a stretch of time itself, after its start ("jammed since Jan. 8, a
        14-week stretch in which ..."). The start and the judgement, or None."""
        start = None
        if duration.dimension == "age" and not _hyphenated(duration.text):
            start, unit = self.born_in_sentence(duration, sentence), "year"
        elif (
            _TERM_OF_NOUN.match(duration.text)
            and _SPAN_NOUN_AFTER.match(self.body, duration.end)
            and self.beside_start(duration, sentence)
        ):
            start = self.stated_before(duration, sentence)
        if start is None:
            return None
        return start, self.against(duration, start, unit, False)

    def born_in_sentence(self, duration: Claim, sentence: tuple[int, int]) -> _Start | None:
        """The one date of the sentence that "born" introduces, for the one age the sentence
        states ("At 54, Varga, born on Aug. 15, 1947, ...", "Halloran, 58, who was born in
        1943"), with no other person's birth between ("58, whose father was born in")."""
        ages = [
            claim
            for claim in self.context.claims
            if claim.dimension == "age" and sentence[0] <= claim.start < sentence[1]
        ]
        born = [
            claim
            for claim in self.usable_dates(sentence)
            if _BORN_BEFORE.search(self.body, max(sentence[0], claim.start - 16), claim.start)
        ]
        if len(ages) != 1 or len(born) != 1:
            return None
        low, high = sorted((duration.end, born[0].start))
        if _OTHER_OWNER.search(self.body, low, high):
            return None
        if _DEATH.search(self.body, *sentence):
            return None  # "Varga, who was born in 1900, died in 1950 at 50": an age then
        if _AT_BEFORE.search(self.body, max(sentence[0], duration.start - 4), duration.start):
            # "At 20, Varga, born in 1950, won her first title": the age when the clause's
            # verb happened, now only in a clause about now or what is to come.
            rest = self.body[sentence[0] : born[0].start] + self.body[born[0].end : sentence[1]]
            if not (_PRESENT.search(rest) or _FUTURE.search(rest)):
                return None
        return self.stated(born[0])

    def after_until_recent_day(
        self, duration: Claim, sentence: tuple[int, int]
    ) -> tuple[_Start, tuple[date, date]] | None:
        """ "Last week, 20 years after the mill shut in 2004, the site was sold": a span
        "after" a start in a sentence about the past ends on the one recent day, week or
        month the sentence names (in the last six weeks), not at publication."""
        body = self.body
        anchor = _COUNTED_FROM.match(body, duration.end, sentence[1])
        if anchor is None or (anchor.group("anchor") or "").lower() != "after":
            return None
        start = self.start_after(anchor.end(), sentence)
        if start is None or start.source:
            return None
        recent = [
            claim
            for claim in self.dates
            if sentence[0] <= claim.start < sentence[1]
            and not duration.start <= claim.start < max(start.end, anchor.end())
            and claim.relative
            and claim.granularity in ("day", "weekend", "week", "month")
            and claim.first_day is not None
            and claim.last_day is not None
            and claim.last_day <= self.published
            and (self.published - claim.first_day).days <= _RECENT_DAYS
            and not _AGO.search(claim.text)
        ]
        if len(recent) != 1 or self.said_to_come(recent[0]):
            return None
        first, last = recent[0].first_day, recent[0].last_day
        assert first is not None and last is not None
        return start, (first, last)

    def judge_term(self, duration: Claim, sentence: tuple[int, int], unit: str) -> Finding | None:
        """ "Lukashenko's 30-year rule", "the 10-month war in Ukraine": an age of the
        rule-set event the noun names; otherwise the term of the noun ("its seven-day
        repurchase rate", "a 30-day conversion period"), but for a mark reached now, a
        noun dated by "since", or a term a verb says is still going on."""
        event = self.event_named_after(duration, sentence)
        if event is not None:
            return self.against(duration, event, unit, False)
        if _POSSESSIVE_JUST_BEFORE.search(
            self.body, max(sentence[0], duration.start - 8), duration.start
        ) and _WHOLE_LIFE_AFTER.match(self.body, duration.end):
            # "The club, founded in 1950, ... in its 74-year history": the term of a noun
            # naming the owner's whole time so far is the owner's age.
            start = self.start_in_sentence(duration.start, sentence) or (
                self.founded_in_sentence_before(sentence)
            )
            if start is None or start.source or (unit == "year" and not _YEAR.search(start.text)):
                return None  # (a history of years dates its start with a year)
            return self.against(duration, start, unit, False)
        if _MARK_AFTER.match(self.body, duration.end):
            return self.mark_reached(duration, sentence, unit)
        if _NOUN_THEN_SINCE.match(self.body, duration.end):
            return self.term_since(duration, sentence, unit)
        if _UNPLANNED_TERM.match(self.body, duration.end):
            longer = self.term_past_its_start(duration, sentence, unit)
            if longer is not None:
                return longer
        if _STILL_GOING.search(self.body, duration.end, sentence[1]):
            # "The 12-week occupation, which students began on March 3, continues": a
            # term still running, its start dated in the sentence, is its age so far.
            start = self.start_in_sentence(duration.end, sentence)
            if start is not None and start.start > duration.end:
                return self.against(duration, start, unit, False)
            return None
        return self.term_too_short(duration, sentence, unit)

    def start_dating_term(self, duration: Claim, sentence: tuple[int, int]) -> _Start | None:
        """The start a clause right after a term's noun dates ("the 20-week strike that began
        on March 3"), when nothing in between names another event; None otherwise."""
        body = self.body
        start = self.start_in_sentence(duration.end, sentence)
        if start is None or start.start <= duration.end or start.source:
            return None
        if not _RELATIVE_START.fullmatch(body, duration.end, start.start) or _another_event_between(
            body, duration.end, start.start
        ):
            return None
        return start

    def term_past_its_start(
        self, duration: Claim, sentence: tuple[int, int], unit: str
    ) -> Finding | None:
        """ "the 20-week standoff that started on March 3": a stand-off, a dispute or a
        drought has no length planned ahead, so its term, whether running or over, is at
        most the time gone by since the start a clause after its noun dates; a longer one
        is flagged (a shorter one may have ended)."""
        start = self.start_dating_term(duration, sentence)
        if start is None:
            return None
        if _elapsed_units(start.first_day, self.published, unit) >= (duration.value or 0):
            return None
        return self.against(duration, start, unit, False)

    def term_too_short(
        self, duration: Claim, sentence: tuple[int, int], unit: str
    ) -> Finding | None:
        """ "Talks to end the 3-week stand-off that began on March 3 resume on Monday": a
        term whose start a clause after its noun dates, in a sentence about now or what is
        to come (no past verb outside the term and its start). Read as its age so far or as
        the whole length planned, it cannot be shorter than the time gone by since its
        start; only that is flagged (a longer term may be the length planned)."""
        body = self.body
        start = self.start_dating_term(duration, sentence)
        if start is None:
            return None
        clause = body[sentence[0] : duration.start] + " " + body[start.end : sentence[1]]
        ended_now = _ENDED_TODAY.search(clause) or (
            unit != "day" and _ENDED_THIS_WEEK.search(clause)
        )
        if ended_now and not _ENDED_OTHERWISE.search(clause):
            # "Dockers went back today, ending a 30-week strike that began on March 1": a
            # term that ended on the day of the report is the whole time since its start.
            return self.against(duration, start, unit, False)
        if _PAST_ONLY.search(body, sentence[0], sentence[1]):
            return None
        if _PAST.search(clause):
            return None  # "the 3-week strike that began on March 3 ended": it may be over
        if _elapsed_units(start.last_day, self.published, unit) <= (duration.value or 0):
            return None
        return self.against(duration, start, unit, False)

    def term_since(self, duration: Claim, sentence: tuple[int, int], unit: str) -> Finding | None:
        """ "After a 30-week wait since April 2, the results are out": the term of a noun
        dated by "since" is the time gone by from that start, in a clause about now; not
        the window of a change ("a one-day drop since"), nor a record the "since" compares
        ("the biggest 30-week wait since 1990")."""
        body = self.body
        since = _NOUN_THEN_SINCE.match(body, duration.end)
        if since is None or _WINDOW_NOUN.match(body, duration.end):
            return None
        start = self.start_after(since.end(), sentence)
        if start is None or not _speaks_of_now(body, sentence, (duration.start, start.end)):
            return None
        if _COMPARED_SINCE.search(body, max(sentence[0], start.start - 60), start.start):
            return None
        return self.against(duration, start, unit, False)

    def mark_reached(self, duration: Claim, sentence: tuple[int, int], unit: str) -> Finding | None:
        """ "As the war in Ukraine passes the 40-month mark": the point a running span
        reaches now, counted from the one start its sentence names."""
        start = self.start_in_sentence(duration.start, sentence)
        if start is None or _PAST_ONLY.search(self.body, *sentence):
            return None
        return self.against(duration, start, unit, False)

    def judge_counted_back(self, ago: Claim) -> Finding | None:
        """ "Lukashenko, who came to power more than 40 years ago", "since the invasion of
        Ukraine nearly six years ago": a time counted back from now to a rule-set event
        named right before it (with its verb of starting, if any) is its duration; so is
        one set beside a date it names again (`dated_beside_ago`)."""
        ago = _counted_ago(ago)
        unit = (ago.unit or "").lower()
        if unit not in _UNIT_DAYS or ago.value is None:
            return None
        sentence = sentence_bounds(self.context, ago.start)
        body = self.body
        for event in self.events:
            match = _name_before_ago(event.names).search(body, sentence[0], ago.start)
            if match is not None and _event_applies(body, event, match, sentence):
                name = _name_pattern(event.names).match(body, match.start())
                return self.against(ago, _event_start(event, name or match), unit, False)
        if unit == "day":
            return None  # ("three days ago, on Friday": a day named twice, CC103's)
        start = self.dated_beside_ago(ago, sentence)
        if start is None or start.first_day > self.published:
            return None
        return self.against(ago, start, unit, False)

    def dated_beside_ago(self, ago: Claim, sentence: tuple[int, int]) -> _Start | None:
        """The date a count back from now names again, set beside it as an aside ("on March
        3, 30 weeks ago,", "in 1990, some 30 years ago", "30 weeks ago, on March 3,") or
        said of the one date of the sentence before ("... on March 3. That was 30 weeks
        ago."): the count is the time gone by since that date."""
        body = self.body
        if not _ASIDE_CLOSES.match(body, ago.end):
            return None
        for claim in self.usable_dates(sentence):
            if claim.end <= ago.start and _DATE_THEN_AGO.fullmatch(body, claim.end, ago.start):
                return self.stated(claim)
            if claim.start >= ago.end and _AGO_THEN_DATE.fullmatch(body, ago.end, claim.start):
                return self.stated(claim) if _ASIDE_CLOSES.match(body, claim.end) else None
        if _THAT_WAS.fullmatch(body, sentence[0], ago.start) and not self.usable_dates(sentence):
            found = self.one_date_before(sentence)
            if found is not None:
                return self.stated(found[1])
        return None

    def future_perfect_end(self, duration: Claim, sentence: tuple[int, int]) -> Claim | None:
        """The day a future perfect counts to ("will have lasted three weeks by Friday"):
        the one date after "by" in the sentence, from publication to a month ahead."""
        before = self.body[max(sentence[0], duration.start - _FUTURE_CHARS) : duration.start]
        if not _FUTURE_PERFECT.search(before):
            return None
        ends = [
            claim
            for claim in self.dates
            if sentence[0] <= claim.start < sentence[1]
            and _BY_BEFORE.search(self.body, max(sentence[0], claim.start - 8), claim.start)
            and claim.first_day is not None
            and claim.last_day is not None
            and (claim.first_day - self.published).days > -7
            and (claim.last_day - self.published).days <= _FUTURE_PERFECT_DAYS
        ]
        return ends[0] if len(ends) == 1 else None

    def future_end(self, until: Claim) -> tuple[date, date]:
        """The days a future perfect's "by" date may be: a weekday or weekend read as the
        last one before publication is the next one (what is to come)."""
        first, last = until.first_day, until.last_day
        assert first is not None and last is not None
        if last < self.published:
            first, last = first + timedelta(days=7), last + timedelta(days=7)
        return max(first, self.published), last

    def against(
        self,
        duration: Claim,
        start: _Start,
        unit: str,
        partial: bool,
        until: Claim | None = None,
        ends: tuple[date, date] | None = None,
    ) -> Finding | None:
        first_end, last_end = (
            self.future_end(until) if until is not None else (self.published, self.published)
        )
        if ends is not None:
            first_end, last_end = ends
        if start.first_day > last_end:
            return None  # a start still ahead counts nothing yet
        shortest = _elapsed_units(start.last_day, first_end, unit)
        longest = _elapsed_units(start.first_day, last_end, unit)
        shown_unit = unit
        if unit == "day" and _WORKING_DAYS.search(duration.text):
            # "shut for 22 working days", "13 business days later", "on 20 straight trading
            # days": only Mondays to Fridays count, and a public holiday may take one of
            # every ten away.
            longest = _weekdays_between(start.first_day, last_end)
            shortest = _weekdays_between(start.last_day, first_end) * 0.9
            shown_unit = "working day"
        low, high = _allowed(self.body, duration)
        if (
            unit != "day"
            and duration.value is not None
            and 0 < duration.value <= 2
            and _SINCE_WORD.search(self.body, duration.end, start.start)
            and start.start - duration.end <= _LINK_CHARS
        ):
            # "It is a year since the pier burned down on Feb. 20": a leeway of a whole
            # unit (or a qualifier's one and a half) would let a count of one or two stand
            # for almost nothing; no fewer than half the count has gone by. Only where
            # "since" ties the two (a looser tie, "about a year after it happens ... in
            # January", may be no count from that date at all).
            low = max(low, duration.value / 2)
        if partial:
            low = 0.0  # "for the last three months" of a longer war
        if longest >= low and shortest <= high:
            return None
        return _finding(
            self.context, self.published, duration, start, shown_unit, (shortest, longest), last_end
        )

    def link(self, duration: Claim, sentence: tuple[int, int]) -> tuple[_Start, bool] | None:
        """The start a duration is counted from, and whether the duration may be only the
        latest part of the period ("for the last three months" of a war)."""
        body = self.body
        back_to = _BACK_TO.match(body, duration.end, sentence[1])
        if back_to is not None and _BACK_BEFORE.search(
            body, max(sentence[0], duration.start - _QUALIFIER_CHARS - 20), duration.start
        ):
            # "a feud that dates back 70 years to the cup final of March 1954"
            start = self.start_after(back_to.end(), sentence)
            return (start, False) if start is not None else None
        if _SINCE_THEN.search(body, sentence[0], sentence[1]) and _runs_until_now(body, sentence):
            # "The gates were locked on March 3. Since then, nine weeks have passed": "then"
            # is the one day or month of the sentence before.
            start = self.dated_in_sentence_before(sentence)
            return (start, False) if start is not None else None
        anchor = _COUNTED_FROM.match(body, duration.end, sentence[1])
        if anchor is not None:
            linked, read_on = self.anchored_start(duration, sentence, anchor)
            if not read_on:
                return linked
        before = body[max(sentence[0], duration.start - _QUALIFIER_CHARS - 20) : duration.start]
        if _RUNNING_FOR.search(before) and (
            _runs_until_now(body, sentence) or _in_verbless_apposition(body, duration, sentence)
        ):
            start = (
                self.event_before(duration, sentence)
                or self.stated_before(duration, sentence)
                or self.stated_after(duration, sentence)
                or self.dated_in_clause_after(duration, sentence)
                or self.stated_in_sentence_before(sentence, duration)
                or self.start_before_possessive(duration, before, sentence)
                or self.last_time_in_sentence_after(sentence)
                or self.last_time_in_sentence_before(duration, sentence)
                or self.subject_dated_earlier(sentence)
            )
            if start is not None and not (
                start.end <= duration.start
                and (_LAST_OR_PAST.search(before) or _PAST_SPAN.match(duration.text))
                and _NEXT_CLAUSE.search(body, start.end, duration.start)
            ):
                return start, bool(start.source) and _LAST_OR_PAST.search(before) is not None
        if _GONE_BY.match(body, duration.end, sentence[1]) or self.beside_start(duration, sentence):
            start = self.stated_before(duration, sentence)
            return (start, False) if start is not None else None
        if _AFTER_OPENING.search(before):
            # "After nine weeks, the strike that began on Feb. 5 goes on."
            start = self.start_in_sentence(duration.start, sentence)
            if start is None or not _speaks_of_now(body, sentence, (duration.start, start.end)):
                return None
            if start.end <= duration.start and _SINCE_BEFORE.search(
                body, max(sentence[0], start.start - 8), start.start
            ):
                # "have lagged since January after six years of gains": a span "after" that
                # follows a "since" ended when the "since" began; it does not count from it.
                return None
            return start, False
        if _MARKING_BEFORE.search(before) and not _PAST_ONLY.search(body, *sentence):
            start = self.start_in_sentence(duration.start, sentence)
            return (start, False) if start is not None else None
        return self.age_start(duration, sentence)

    def related_start(
        self, duration: Claim, sentence: tuple[int, int]
    ) -> tuple[_Start, bool] | None:
        """The phenomenon read whole, when no form above linked the duration: the duration,
        words that only qualify it, and a relation to a start ("N weeks to the day since the
        mine collapsed on D", "...; N weeks on, ..."), in a sentence about now (a present or
        present perfect verb; not "served five years after his arrest in 1980"). The start is
        the date or rule-set event after "since", "after", "following", "from" or "into", or
        for "on" and for a bare "since" closing its clause ("it is N weeks since.") the start
        stated before it in the sentence (or the one start of the sentence before)."""
        body = self.body
        relation = _RELATION.match(body, duration.end, sentence[1])
        if relation is None or _PAST_ONLY.search(body, sentence[0], sentence[1]):
            return None
        if relation.group("on") or relation.group("back"):
            start = self.stated_before(duration, sentence) or self.stated_in_sentence_before(
                sentence, duration
            )
        else:
            start = self.start_after(relation.end(), sentence)
        if start is None:
            return None
        rest = max(relation.end(), start.end if start.start > duration.end else 0)
        if _UP_TO_NOW_QUALIFIER.search(relation.group()):
            return start, False
        return (start, False) if _clause_about_now(body, sentence, duration, rest) else None

    def sole_start(self, duration: Claim, sentence: tuple[int, int]) -> tuple[_Start, bool] | None:
        """The last backup, whatever links the two in words: a duration that is a span gone
        by up to now, in a sentence that states one start and no other date ("N weeks
        without water: that is what the hamlet has endured since the storm on D", "has stood
        empty since D, when ... - N months and counting", "a blockade lasting N weeks so
        far, which fishermen started on D"). The span is read from the duration's place in
        its sentence, not from the words linking it: it is not a figure of a noun phrase ("a
        deadline of N days", "every N weeks", "N weeks ago", "N weeks' notice"), the
        sentence runs up to now (a present perfect, or "so far", "and counting", "to date"
        after the duration) and names no rule-set event, and no event word stands between
        the duration and a start after it."""
        body = self.body
        if duration.dimension == "age" or not (
            _SPAN_UNIT.search(duration.text) or _ONE_UNIT.match(duration.text)
        ):
            return None  # "Burke, 57, has been ..."; "its seven day repurchase rate"
        running = _RUNNING_MARK.match(body, duration.end, sentence[1]) is not None
        if not (running or _runs_until_now(body, sentence)):
            return None
        if _PAST_ONLY.search(body, sentence[0], sentence[1]) and not running:
            return None
        before = body[max(sentence[0], duration.start - _QUALIFIER_CHARS) : duration.start]
        if (
            _AMOUNT_BEFORE.search(before)
            or _SPAN_OF_ITS_OWN.match(duration.text)
            or _hyphenated(duration.text)
            or (
                _NOT_SPAN_AFTER.match(body, duration.end)
                # "Eight weeks of teaching have been lost since ...": the span "of" a noun
                # is the subject of a present perfect, a span gone by up to now.
                and not (
                    _OF_SUBJECT.match(body, duration.end, sentence[1])
                    and not body[sentence[0] : duration.start].strip(' "“')
                )
            )
        ):
            # ("the last three months" of a longer period may be its latest part; a
            # compound age, "their 8-year-old conflict", is read with its noun above)
            return None
        named = [
            _event_start(event, match)
            for event in self.events
            for match in _name_pattern(event.names).finditer(body, sentence[0], sentence[1])
            if _event_applies(body, event, match, sentence)
        ]
        # (Not a date that holds publication day: "today", "this week" are the span's end.)
        dates = [
            claim
            for claim in self.usable_dates(sentence)
            if not (claim.first_day <= self.published <= claim.last_day)  # type: ignore[operator]
        ]
        if named:
            # "Russia's invasion of Ukraine has dragged on N months": the one event named.
            if dates or len({start.source for start in named}) != 1:
                return None
            start = named[0]
        elif dates:
            starts = [claim for claim in dates if _introduced_as_start(body, claim, sentence[0])]
            if len(starts) != 1 or len(dates) != 1:
                return None
            start = self.stated(starts[0])
        else:
            if _CLAUSE_OF_ITS_OWN.search(body, sentence[0], duration.start):
                return None  # "They said the rebels, who have fought for six years, ..."
            # ("Nine weeks: that is how long the ferry has been laid up. It last sailed on
            # D.": the pronoun sentence right after may date it as well as the one before)
            start = self.started_in_sentence_before(sentence) or (
                self.last_time_in_sentence_after(sentence)
            )
            if start is None:
                return None
        if start.start > duration.end and _another_event_between(body, duration.end, start.start):
            return None
        return start, False

    def founded_in_sentence_before(self, sentence: tuple[int, int]) -> _Start | None:
        """For a sentence naming no date, the one date of the sentence right before (a year
        too) when a word of starting introduces it ("was founded in 1990")."""
        previous = self.sentence_before(sentence)
        if previous is None or self.usable_dates(sentence):
            return None
        dated = self.usable_dates(previous)
        if (
            len(dated) != 1
            or dated[0].relative
            or not _YEAR.search(dated[0].text)
            or not _start_cued(self.body, previous[0], dated[0].start)
        ):
            return None  # (an age in years or a history counts from a year written)
        return self.stated(dated[0])

    def started_in_sentence_before(self, sentence: tuple[int, int]) -> _Start | None:
        """ "The strike began on March 1. Workers have been out N weeks.": for a sentence
        naming no date, the one date of the sentence right before, when a word of starting
        introduces it ("began", "since", "took effect"; not any event's date)."""
        found = self.one_date_before(sentence)
        if found is None:
            return None
        previous, date = found
        low = max(previous[0], date.start - 40)
        if _COMPARED_SINCE.search(self.body, low, date.start) or not (
            _start_cued(self.body, previous[0], date.start)
            or _START_AFTER_DATE.match(self.body, date.end)
            # "The plant closed on March 1. It has been three weeks.": a pronoun opening
            # points back at what the sentence before dated by its own verb.
            or (
                _PRONOUN_OPENING.match(self.body, sentence[0], sentence[1]) is not None
                and _introduced_as_start(self.body, date, previous[0])
            )
        ):
            return None
        return self.stated(date)

    def anchored_start(
        self, duration: Claim, sentence: tuple[int, int], anchor: re.Match[str]
    ) -> tuple[tuple[_Start, bool] | None, bool]:
        """The start after an anchor word ("after", "since", "into", "of", "on"), and whether
        other readings may still link the duration (when "N weeks of" a noun names no start:
        "20 weeks of lost trade")."""
        body = self.body
        word = (anchor.group("anchor") or "on").lower()
        if word == "on":  # "six months on, the flood of March 2023 ..."
            start = (
                self.start_in_sentence(duration.start, sentence)
                or self.start_before_on(duration, sentence)
                # "The plant closed on March 1, and three weeks later it is still shut."
                # (not "three weeks later than last year": a comparison)
                or (
                    None
                    if _THAN.match(body, anchor.end())
                    else self.stated_before(duration, sentence)
                )
                or self.dated_event_later(duration, sentence)
            )
        else:
            # ("N years into Lukashenko's rule": after "into" too, an event's noun)
            start = self.start_after(anchor.end(), sentence, events_only=word == "of")
            if start is None and word == "into":
                start = self.start_after(anchor.end(), sentence, events_only=True)
            if start is None and word == "of":
                start = self.start_begun_after(anchor.end(), sentence)
            if (
                start is None
                and word in ("after", "since")
                and _PRONOUN_STARTED.match(body, anchor.end(), sentence[1])
            ):
                # "The strike began on March 1. Nine weeks after it started, ...": the pronoun
                # points back at the start the sentence before dated.
                start = self.started_in_sentence_before(sentence)
            if start is None and word == "since" and _BARE_SINCE.match(body, anchor.end()):
                # "In the three weeks since, nobody has been paid": "since" standing alone
                # counts from the start before it, in its sentence or the one before.
                start = (
                    self.stated_before(duration, sentence)
                    or self.dated_in_sentence_before(sentence)
                    if _runs_until_now(body, sentence)
                    else None
                )
            if start is None and word in ("after", "since"):
                # "A gas blast wrecked the market on March 3. ... In the nine weeks since the
                # blast, ...": an event the article dated earlier, named again by its noun.
                named = _EVENT_NOUN_AFTER.match(body, anchor.end(), sentence[1])
                if named is not None and not self.usable_dates(sentence):
                    start = _dated_noun_earlier(self, sentence[0], named.group("noun"))
        if start is None:
            return None, word == "of"
        anniversary = _ANNIVERSARY_BEFORE.search(
            body, max(sentence[0], duration.start - _QUALIFIER_CHARS), duration.start
        )
        if (
            word in ("after", "on", "of", "from")
            and anniversary is None
            and not _speaks_of_now(body, sentence, (duration.start, max(start.end, anchor.end())))
        ):
            return None, False  # "six months after the invasion, Kyiv's forces retook ..."
        return (start, False), False

    def age_start(self, duration: Claim, sentence: tuple[int, int]) -> tuple[_Start, bool] | None:
        """ "is now 30 months old", "the 16-week-old strike, which began on March 1": an age
        now, counted from the start the sentence names."""
        body = self.body
        compound_age = (
            duration.text.lower().endswith(("old", "long"))
            or _SPACED_AGE_BEFORE_NOUN.match(body, duration.end) is not None
        )
        aged = _AGE.match(body, duration.end) or compound_age
        present = _IS_NOW.search(
            body, max(sentence[0], duration.start - _QUALIFIER_CHARS), duration.start
        )
        if not (aged and (_runs_until_now(body, sentence) or compound_age or present)):
            return None
        start = self.start_in_sentence(duration.start, sentence) or self.attributive_start(
            duration, sentence
        )
        if start is None and compound_age and not _PERSON_AFTER.match(body, duration.end):
            # "the 30-month-old truce, agreed on March 3, 2022,": an aside right after the
            # aged noun that tells how the thing was made dates its start.
            start = self.made_in_aside(duration, sentence)
        if (
            start is None
            and compound_age
            and _DEFINITE_BEFORE.search(body, max(sentence[0], duration.start - 12), duration.start)
            and not _PERSON_AFTER.match(body, duration.end)
            and _PRESENT.search(body, duration.end, sentence[1])
        ):
            # "The firm was set up in 1990. The 34-year-old business ...": a definite noun
            # phrase points back at what the sentence before dated as its start.
            start = self.founded_in_sentence_before(sentence)
            return (start, False) if start is not None else None
        if start is None and "-" not in duration.text:
            # "The walkout is 30 weeks old. It began on April 2.": the sentence right after,
            # opening with a pronoun, dates what the age is of.
            start = self.last_time_in_sentence_after(sentence)
            return (start, False) if start is not None else None
        if start is None:
            return None
        if start.start > duration.end and _another_event_between(body, duration.end, start.start):
            return None  # "the 6-year-old war flared after a push that began on March 9"
        if (
            compound_age
            and start.end <= duration.start
            and not _names_the_aged(body, duration, start)
            # "Founded in 1990, the 34-year-old firm ...": the fronted participle's subject
            # is the noun phrase the age opens.
            and not (
                _FRONTED_PARTICIPLE.fullmatch(body, sentence[0], start.start)
                and _MADE_FRONTED.match(body, sentence[0], start.start)
                and _AGED_SUBJECT_NEXT.fullmatch(body, start.end, duration.start)
            )
        ):
            return None  # "since early 1984 in the tanker war, ... their 6-year-old conflict"
        return start, False

    def attributive_start(self, duration: Claim, sentence: tuple[int, int]) -> _Start | None:
        """ "The March 2010 supply deal, now 14 years old,": a date set before a noun as its
        making names the start of that noun's age said right after it (the sentence's one
        date)."""
        if _hyphenated(duration.text):
            return None
        # (a date still ahead is no making: "expires next spring")
        dated = [
            claim
            for claim in self.usable_dates(sentence)
            if claim.last_day is not None and claim.last_day < self.published
        ]
        if len(dated) != 1 or dated[0].end > duration.start:
            return None
        claim = dated[0]
        low = max(sentence[0], claim.start - 12)
        if not _ATTRIBUTIVE_BEFORE.search(self.body, low, claim.start):
            return None
        if not _NOUN_THEN_AGE.fullmatch(self.body, claim.end, duration.start):
            return None
        return self.stated(claim)

    def made_in_aside(self, duration: Claim, sentence: tuple[int, int]) -> _Start | None:
        """The date of an aside set after a compound age's noun that tells how the thing
        came to be ("the 30-month-old truce, brokered by Egypt on March 3, 2022,"; not
        "the 10-year-old bridge, closed on Monday", which dates another event)."""
        for claim in self.usable_dates((duration.end, sentence[1])):
            if _MADE_ASIDE.fullmatch(self.body, duration.end, claim.start):
                return self.stated(claim)
        return None

    def beside_start(self, duration: Claim, sentence: tuple[int, int]) -> bool:
        """ "has been closed since Jan. 8, more than seven months": right after a start date,
        set off by a comma or a dash, in a sentence that runs up to now."""
        body = self.body
        before = body[max(sentence[0], duration.start - _QUALIFIER_CHARS) : duration.start]
        match = _BESIDE_START.search(before)
        if match is None:
            return False
        words_start = duration.start - len(before) + match.start()
        previous = [date for date in self.dates if sentence[0] <= date.end <= words_start]
        return (
            bool(previous)
            and _UP_TO_NOW_GAP.fullmatch(body, previous[-1].end, words_start) is not None
            and _usable_start(previous[-1])
            and _introduced_as_start(body, previous[-1], sentence[0])
            and (
                _runs_until_now(body, sentence)
                # "were last paid on Jan. 8 - that is 11 weeks without pay": the words of the
                # aside say in the present what the span from its start is.
                or _NOW_VERB.search(body, words_start, duration.start) is not None
                # "(since Jan. 8, 11 weeks)": "since" itself runs the span up to now,
                # whatever verb the sentence has or lacks (not "had been ... since").
                or (
                    _SINCE_BEFORE.search(
                        body, max(sentence[0], previous[-1].start - 8), previous[-1].start
                    )
                    is not None
                    and not _PAST_ONLY.search(body, sentence[0], sentence[1])
                )
            )
        )

    def start_after(
        self, position: int, sentence: tuple[int, int], events_only: bool = False
    ) -> _Start | None:
        """ "after the blockade began on March 3", "since Russia's full-scale invasion": the
        event named right after the anchor word, or the first date that follows it
        (`events_only`: "six months of the war in Ukraine" names an event, never a date)."""
        body = self.body
        limit = min(sentence[1], position + _LINK_CHARS)
        for event in self.events:
            # "six months of the war in Ukraine", "12 years of Lukashenko's rule": after
            # "of" an event's name or the noun of its verb.
            names = _event_noun_pattern(event.names) if events_only else _name_pattern(event.names)
            match = names.search(body, position, limit)
            if match is None:
                continue
            # ("since the start of the war in Ukraine": the event's own beginning between)
            opening = _START_OF.match(body, position, match.start())
            if len(body[opening.end() if opening else position : match.start()].split()) > 3:
                continue
            if _event_applies(body, event, match, sentence):
                return _event_start(event, match)
        if events_only:
            return None
        for claim in self.dates:
            if position <= claim.start < limit and _usable_start(claim):
                between = body[position : claim.start]
                far = len(between.split()) > _START_WORDS
                if re.search(r"[;:()\"“”]", between) or (
                    far and not _CLAUSE_TO_DATE.fullmatch(between.lstrip())
                ):
                    return None
                if _NOT_A_START.search(between):
                    return None  # "... payable on June 12", "... fiscal year end"
                return self.stated(claim)
        return None

    def event_named_after(self, duration: Claim, sentence: tuple[int, int]) -> _Start | None:
        """The rule-set event a compound age stands before: one of its names, or the noun of
        its verb ("rule" for "ruled Belarus")."""
        body = self.body
        position = duration.end + 1
        for event in self.events:
            pattern = _event_noun_pattern(event.names)
            match = pattern.match(body, position, sentence[1])
            if match is not None and _event_applies(body, event, match, sentence):
                return _event_start(event, match)
        return None

    def start_begun_after(self, position: int, sentence: tuple[int, int]) -> _Start | None:
        """ "30 months of talks that opened on March 3", "six weeks of fighting, which began
        on May 2": after "N of" a noun, a date the clause about that noun gives as its start."""
        start = self.start_after(position, sentence)
        if start is None or start.source:
            return None
        cue = _START_CUE.search(self.body, max(position, start.start - 40), start.start)
        return start if cue is not None else None

    def event_before(self, duration: Claim, sentence: tuple[int, int]) -> _Start | None:
        """ "Lukashenko, who has ruled Belarus for nearly 30 years": an event named just
        before the duration."""
        body = self.body
        # (any qualifier of the count may stand last: "ruled by him for close to N years")
        qualifier = _ANY_QUALIFIER.search(
            body, max(sentence[0], duration.start - _QUALIFIER_CHARS), duration.start
        )
        end = qualifier.start() if qualifier is not None else duration.start
        for event in self.events:
            for match in _name_pattern(event.names).finditer(body, sentence[0], duration.start):
                if _NAME_TO_DURATION.fullmatch(body, match.end(), end) and _event_applies(
                    body, event, match, sentence
                ):
                    return _event_start(event, match)
        return None

    def stated_before(self, duration: Claim, sentence: tuple[int, int]) -> _Start | None:
        """The nearest date before the duration in its sentence that is introduced as a
        start ("since January", "which began on March 4", "launched in March 2023")."""
        for claim in reversed(self.dates):
            if claim.start >= duration.start or claim.start < sentence[0]:
                continue
            if _usable_start(claim) and _introduced_as_start(self.body, claim, sentence[0]):
                return self.stated(claim)
        return None

    def last_time_before_first(
        self, duration: Claim, sentence: tuple[int, int]
    ) -> tuple[_Start, bool] | None:
        """ "It is the first royal visit in 25 years; the last was in 2008": the first time
        in a span is the gap since the last time, which a date after "the last" ("the
        previous one", "had last ...") dates, in the duration's sentence or the next; the
        only date in either (a sentence dated otherwise is about another time)."""
        body = self.body
        before = body[max(sentence[0], duration.start - _CLAUSE_CHARS) : duration.start]
        if not _FIRST_IN.search(before):
            return None
        spans = [(duration.end, sentence[1])]
        following = len(body) - len(body[sentence[1] :].lstrip())
        if following < len(body):
            after = sentence_bounds(self.context, following)
            if after[0] == following:
                spans.append(after)
        for low, high in spans:
            dated = [
                claim
                for claim in self.dates
                if (sentence[0] <= claim.start < sentence[1] or low <= claim.start < high)
                and _usable_start(claim)
            ]
            if len(dated) != 1 or not low <= dated[0].start < high:
                continue
            reach = max(low, dated[0].start - 60)
            if _LAST_PREVIOUS_BEFORE.search(body, reach, dated[0].start):
                return self.stated(dated[0]), False
            return None
        return None

    def stated_after(self, duration: Claim, sentence: tuple[int, int]) -> _Start | None:
        """ "for over three months now, since the ban came in on March 25": the first date
        after the duration in its sentence introduced as a start."""
        for claim in self.dates:
            if (
                duration.end <= claim.start < sentence[1]
                and _usable_start(claim)
                and _introduced_as_start(self.body, claim, duration.end)
            ):
                return self.stated(claim)
        return None

    def subject_dated_earlier(self, sentence: tuple[int, int]) -> _Start | None:
        """ "The council closed the pool on March 3. ... The pool has been shut for nine
        weeks.": a sentence naming no date whose subject is a definite noun counts from
        where an earlier sentence dated that noun."""
        if self.usable_dates(sentence):
            return None
        subject = _DEFINITE_SUBJECT.match(self.body, sentence[0], sentence[1])
        if subject is None:
            return None
        return _dated_noun_earlier(self, sentence[0], subject.group("noun"))

    def dated_in_clause_after(self, duration: Claim, sentence: tuple[int, int]) -> _Start | None:
        """ "has been owned by the city for 40 years; it was bought on March 3, 2010": the
        clause after a semicolon or colon that dates what the duration's clause is about,
        by a pronoun and its own past verb, or by "last" or a start word; its one date."""
        body = self.body
        colon = _CLAUSE_COLON.search(body, duration.end, sentence[1])
        if colon is None:
            return None
        if self.usable_dates((duration.end, colon.start())):
            return None
        clause = (colon.end(), sentence[1])
        dated = self.usable_dates(clause)
        if len(dated) != 1:
            return None
        if not (
            _PRONOUN_DATED.fullmatch(body, clause[0], dated[0].start)
            or _LAST_TIME_BEFORE.search(body, max(clause[0], dated[0].start - 60), dated[0].start)
            or _start_cued(body, clause[0], dated[0].start)
        ):
            return None
        return self.stated(dated[0])

    def stated_in_sentence_before(
        self, sentence: tuple[int, int], duration: Claim
    ) -> _Start | None:
        """ "The plant closed on Jan. 8. It has been shut for ...": a sentence that names
        no date and opens with a pronoun counts from the one start of the sentence before,
        unless a clause with its own subject holds the duration."""
        body = self.body
        if sentence[0] == 0 or not (
            _PRONOUN_OPENING.match(body, sentence[0], sentence[1])
            or _PRONOUN_OBJECT.search(body, sentence[0], duration.start)
        ):
            return None
        if _CLAUSE_OF_ITS_OWN.search(body, sentence[0], duration.start):
            return None
        if self.usable_dates(sentence):
            return None
        previous = self.sentence_before(sentence)
        if previous is None:
            return None
        starts = [
            claim
            for claim in self.usable_dates(previous)
            if _introduced_as_start(body, claim, previous[0])
        ]
        return self.stated(starts[0]) if len(starts) == 1 else None

    def start_before_on(self, duration: Claim, sentence: tuple[int, int]) -> _Start | None:
        """ "The river burst its banks on March 3. Seven weeks on, ...": a time "on"
        opening its sentence."""
        if not _OPENS_SENTENCE.fullmatch(self.body, sentence[0], duration.start):
            return None
        # ("The pit closed in 1984. Forty years later, ...": a span in years may count from
        # a year alone.)
        years = _duration_unit(duration) in ("year", "decade")
        return self.dated_in_sentence_before(sentence, years=years)

    def dated_event_later(self, duration: Claim, sentence: tuple[int, int]) -> _Start | None:
        """ "Forty months on, families lost in the landslide of June 2023 still wait": a time
        "on" opening its sentence counts from the event the rest of the sentence names by its
        date ("the landslide of", "the vote on"), when that is the sentence's one date."""
        if not _OPENS_SENTENCE.fullmatch(self.body, sentence[0], duration.start):
            return None
        dated = self.usable_dates(sentence)
        if len(dated) != 1 or dated[0].start < duration.end:
            return None
        low = max(duration.end, dated[0].start - 40)
        if _EVENT_NOUN_DATED.search(self.body, low, dated[0].start) is None:
            return None
        return self.stated(dated[0])

    def start_before_possessive(
        self, duration: Claim, before: str, sentence: tuple[int, int]
    ) -> _Start | None:
        """ "She took up the post in May 2019. In her four years there, ...": a possessive
        pronoun's term (not a compound age, "its three-year-old struggle": the age of the
        noun after it, which the sentence before need not date)."""
        if _hyphenated(duration.text) or not _POSSESSIVE_BEFORE.search(before):
            return None
        return self.dated_in_sentence_before(sentence)

    def last_time_in_sentence_after(self, sentence: tuple[int, int]) -> _Start | None:
        """ "For 15 weeks the ferry has stayed in port. Its last crossing was on March 3.":
        a time without something, running up to now, counts from the last time it happened,
        given by the sentence right after that speaks of the same thing (opening with a
        pronoun) and names one date; or from that sentence's start ("Their walkout began on
        March 3.")."""
        body = self.body
        following = len(body) - len(body[sentence[1] :].lstrip())
        if following >= len(body):
            return None
        definite = _DEFINITE_OPENING.match(body, following) is not None
        if not (definite or _PRONOUN_OR_POSSESSIVE.match(body, following)):
            return None
        after = sentence_bounds(self.context, following)
        if after[0] != following:
            return None
        dated = self.usable_dates(after)
        if len(dated) != 1:
            return None
        low = max(after[0], dated[0].start - 40)
        if definite:
            # "... have searched the mine for 20 days. The collapse happened on March 3.":
            # a definite noun whose one date a verb of occurring gives, the event itself.
            if not _OCCURRED_ON.fullmatch(body, after[0], dated[0].start):
                return None
            return self.stated(dated[0])
        if not (
            _LAST_TIME_BEFORE.search(body, low, dated[0].start)
            # "... for nine weeks. Their walkout began on March 3.": a start word, not just
            # an event dated (which may be another one).
            or _start_cued(body, after[0], dated[0].start)
            or _START_AFTER_DATE.match(body, dated[0].end)
            # "... closed for nine weeks. It shut on March 1.": what the pronoun points
            # back to, dated by its own verb.
            or (
                _PRONOUN_OPENING.match(body, following)
                and _EVENT_DATED.search(body, low, dated[0].start)
            )
            or _PRONOUN_DATED.fullmatch(body, following, dated[0].start)
        ):
            return None
        return self.stated(dated[0])

    def last_time_in_sentence_before(
        self, duration: Claim, sentence: tuple[int, int]
    ) -> _Start | None:
        """ "The last bus ran on March 3. Villagers have gone nine weeks without one.": a time
        without something, running up to now, counts from "the last" time it happened, which
        the sentence right before (perhaps ending the paragraph before) dates."""
        body = self.body
        if _WITHOUT_AFTER.match(body, duration.end, sentence[1]) is None:
            return None
        if self.usable_dates(sentence):
            return None
        found = self.one_date_before(sentence)
        if found is None:
            return None
        previous, date = found
        low = max(previous[0], date.start - 60)
        if not (
            _THE_LAST_BEFORE.search(body, low, date.start)
            or _LAST_TIME_BEFORE.search(body, low, date.start)
        ):
            return None
        return self.stated(date)

    def one_date_before(self, sentence: tuple[int, int]) -> tuple[tuple[int, int], Claim] | None:
        """The sentence right before and its one usable date finer than a year, if it has
        exactly one."""
        previous = self.sentence_before(sentence)
        if previous is None:
            return None
        dated = self.usable_dates(previous)
        if len(dated) != 1 or dated[0].granularity == "year":
            return None
        return previous, dated[0]

    def usable_dates(self, span: tuple[int, int]) -> list[Claim]:
        """The dates that start inside `span` and could be a start."""
        return [
            claim
            for claim in self.dates
            if span[0] <= claim.start < span[1] and _usable_start(claim)
        ]

    def sentence_before(self, sentence: tuple[int, int]) -> tuple[int, int] | None:
        """The sentence right before, only white space between them (read from its last
        character: the space between two sentences belongs to neither)."""
        last = len(self.body[: sentence[0]].rstrip()) - 1
        if last < 0:
            return None
        previous = sentence_bounds(self.context, last)
        if previous[1] > sentence[0] or self.body[previous[1] : sentence[0]].strip():
            return None
        return previous

    def dated_in_sentence_before(
        self, sentence: tuple[int, int], years: bool = False
    ) -> _Start | None:
        """ "The river burst its banks on March 3. Seven weeks on, families are still ...",
        "She took up the post in May 2019. In her four years there, ...": a duration tied
        to the sentence before (a time "on" opening its sentence, a possessive pronoun's
        term), in a sentence that names no date, counts from the one day or month the
        sentence right before it names (what happened then, whatever its verb)."""
        body = self.body
        # (a date counted "later" from the sentence before is that sentence's, not its own)
        own = [claim for claim in self.usable_dates(sentence) if not _LATER.match(claim.text)]
        if sentence[0] == 0 or own:
            return None
        previous = self.sentence_before(sentence)
        if previous is None:
            return None
        dated = [
            claim for claim in self.usable_dates(previous) if years or claim.granularity != "year"
        ]
        if len(dated) != 1 or _COMPARED_SINCE.search(body, previous[0], dated[0].start):
            return None
        return self.stated(dated[0])

    def start_in_sentence(self, position: int, sentence: tuple[int, int]) -> _Start | None:
        """A start named anywhere in the sentence: a rule-set event, or the date nearest
        the position that is introduced as a start ("began on", "since", "launched in")."""
        body = self.body
        for event in self.events:
            for match in _name_pattern(event.names).finditer(body, sentence[0], sentence[1]):
                if _event_applies(body, event, match, sentence):
                    return _event_start(event, match)
        starts = [
            claim
            for claim in self.dates
            if sentence[0] <= claim.start < sentence[1]
            and (_usable_start(claim) or _week_counted_back(claim))
            and (
                _start_cued(body, sentence[0], claim.start)
                or _START_AFTER_DATE.match(body, claim.end)
                or _fronted_participle(body, sentence[0], claim)
            )
            and not _COMPARED_SINCE.search(body, max(sentence[0], claim.start - 40), claim.start)
        ]
        if not starts:
            return None
        return self.stated(min(starts, key=lambda claim: abs(claim.start - position)))

    def dated_of_phrase(self, position: int, sentence: tuple[int, int]) -> _Start | None:
        """The date closing the "of" phrase that starts at `position` ("of the dam's collapse
        on March 3, 1994", "of March 3, 1994"): words only up to it, no other relation."""
        for claim in self.usable_dates((position, sentence[1])):
            if (
                _OF_PHRASE_TO_DATE.fullmatch(self.body, position, claim.start)
                # (not "of the treaty this month": the anniversary's own time, not the
                # event's day)
                and not claim.relative
                and _YEAR.search(claim.text)
            ):
                return self.stated(claim)
        return None

    def future_date_read_as_past(self, start: _Start, sentence: tuple[int, int]) -> bool:
        """A start with no year written that falls after publication, taken for last
        year's, in a sentence about what is to come: the date is this year's, ahead."""
        if start.weekday:
            # "The zone, to be opened on Thursday, ...": a weekday in a sentence about what
            # is to come may be the next one, not the last.
            body = self.body
            return bool(
                _FUTURE.search(body, sentence[0], sentence[1])
                or _TO_BE.search(body, sentence[0], sentence[1])
            )
        if start.source or _YEAR.search(start.text):
            return False
        stated = next((claim for claim in self.dates if claim.start == start.start), None)
        if stated is None or stated.first_day is None or stated.first_day <= self.published:
            return False
        low = max(sentence[0], start.start - 40)
        if (
            _SINCE_BEFORE.search(self.body, low, start.start)
            or _EVENT_DATED.search(self.body, low, start.start)
            or _PAST_PASSIVE_DATED.search(self.body, low, start.start)
        ):
            # "it will be ten weeks on Friday since they were taken on March 3": the
            # date's own past verb, or "since", puts it behind, whatever the sentence's tense.
            return False
        return _FUTURE.search(self.body, sentence[0], sentence[1]) is not None

    def said_to_come(self, claim: Claim) -> bool:
        """Whether the words right before a date say it is still ahead ("buying is
        expected to open around May 4", "will reopen on May 4")."""
        sentence = sentence_bounds(self.context, claim.start)
        low = max(sentence[0], claim.start - _FUTURE_CHARS)
        return _AHEAD_START_BEFORE.search(self.body, low, claim.start) is not None

    def stated(self, claim: Claim) -> _Start:
        """The start as stated; a start with no year written that would lie after
        publication ("began on May 20" in a March article) is last year's, unless the words
        before it say it is still ahead ("due to begin on May 20")."""
        first, last = claim.first_day, claim.last_day
        assert first is not None and last is not None
        if _bare_weekday(claim) and "week" not in claim.text.lower():
            # A weekday is read as this week's, but copy filed late may mean last week's:
            # the start is one of the two, the tolerance a week wide. ("Monday last week"
            # names its week: that one day.)
            return _Start(
                last - timedelta(days=7), last, claim.text, claim.start, claim.end, "", True
            )
        month_part = _PART_OF_MONTH.match(claim.text) if claim.granularity == "month" else None
        if month_part is not None and (first.year, first.month) == (last.year, last.month):
            # "since early March", "the end of February": that part of the month (narrowed
            # first, so that "since late April" in a mid-April article is last year's)
            low, high = _MONTH_THIRDS[month_part.group(1).lower()]
            first, last = first.replace(day=low), last if high is None else first.replace(day=high)
        else:
            month_part = None
        day_of = None
        if claim.granularity == "month" and month_part is None:
            day_of = _DAY_OF_MONTH_BEFORE.search(self.body, max(0, claim.start - 24), claim.start)
        if day_of is not None and first.month == last.month:
            # "since the twelfth of December": the day the words before the month give
            number = day_of.group(1).lower()
            day = _ORDINAL_VALUES.get(number) or int(_DIGIT_RUN.match(number).group())  # type: ignore[union-attr]
            with suppress(ValueError):
                first = last = first.replace(day=day)
                claim = replace(
                    claim, text=self.body[day_of.start() : claim.end], start=day_of.start()
                )
        if first > self.published and not _YEAR.search(claim.text) and not self.said_to_come(claim):
            with suppress(ValueError):  # the day Feb. 29 is left as resolved
                # (a month's last day moves to the same month's last day a year before)
                first, last = first.replace(year=first.year - 1), _year_before(last)
        if month_part is not None:
            last = max(first, min(last, self.published))
        part = _PART_OF_YEAR.match(claim.text) if claim.granularity == "year" else None
        if part is not None and first.year == last.year:
            # "since late 2019", "since late last year": the part of the year the words
            # name, not all of it.
            low, high = _YEAR_THIRDS[part.group(1).lower()]
            first = date(first.year, low, 1)
            last = date(first.year, high + 1, 1) - timedelta(days=1) if high < 12 else last
            last = max(first, min(last, self.published))
        turn = _TURN_OF.match(claim.text)
        if turn is not None:
            # "not since the turn of the year": the turn, not all of the year after it
            leeway = timedelta(days=_TURN_LEEWAY_DAYS[turn.group(1).lower()])
            first, last = first - leeway, max(first - leeway, min(first + leeway, self.published))
        return _Start(first, last, claim.text, claim.start, claim.end)


# "the twelfth of December", "the 4th of March": a day written before its month.
_DAY_OF_MONTH_BEFORE = compile_pattern(
    r"\bthe\s+(" + _ORDINAL_ALTERNATIVES + r"|\d{1,2}(?:st|nd|rd|th))\s+of\s+$", re.I
)
_DIGIT_RUN = compile_pattern(r"\d+")


def _year_before(day: date) -> date:
    """The same day a year before; the last day of February for Feb. 29."""
    if (day.month, day.day) == (2, 29):
        return date(day.year - 1, 2, 28)
    return day.replace(year=day.year - 1)


_LATER = compile_pattern(r"^(?P<count>.+?\s+(?:day|week|month|year|decade)s?)\s+later$", re.I)


_AGO_COUNT = compile_pattern(
    r"^(?P<count>[\w-]+(?:\s+[\w-]+)?)\s+(?P<unit>day|week|month|year|decade)s?\s+ago$", re.I
)


def _counted_ago(claim: Claim) -> Claim:
    """ "30 weeks ago", "ten weeks ago" with the count and unit read from its words where
    the extraction resolved the date without them."""
    if claim.value is not None and claim.unit:
        return claim
    ago = _AGO_COUNT.match(claim.text.strip())
    if ago is None:
        return claim
    count = ago.group("count")
    parsed = parse_number_words(count.split()) if not count.isdigit() else None
    value = float(count) if count.isdigit() else (parsed.value if parsed is not None else None)
    return replace(claim, value=value, unit=ago.group("unit").lower()) if value else claim


def _counted_later(claim: Claim) -> Claim | None:
    """ "Seven years later" read as a date: its span as a duration claim ("Seven years"),
    "later" left after it for the reading of what it counts from."""
    later = _LATER.match(claim.text)
    if later is None:
        return None
    count = later.group("count")
    value, unit = claim.value, claim.unit
    ending = _UNIT_ENDING.search(count)
    if value is None and _ONE_UNIT.match(count) and ending:
        # ("One year later": the extraction dates it but leaves its count of one unread)
        value, unit = 1.0, ending.group(1).lower()
    if value is None or not unit:
        return None
    return replace(
        claim,
        kind="duration",
        text=count,
        end=claim.start + len(count),
        value=value,
        unit=unit,
        dimension="time",
        granularity=None,
        first_day=None,
        last_day=None,
        relative=False,
    )


def _names_the_aged(body: str, duration: Claim, start: _Start) -> bool:
    """Whether the words before a start name the thing a compound age is of ("their
    6-year-old conflict" and "since the conflict began in 1980")."""
    if "-" not in duration.text or not _NOUN_AFTER.match(body, duration.end):
        return True  # "is nearly five months old": the sentence's subject is the aged thing
    nouns = [word.lower() for word in _WORDS_AFTER.findall(body, duration.end, duration.end + 30)]
    before = body[max(0, start.start - 60) : start.start].lower()
    return any(len(noun) > 3 and noun in before for noun in nouns[:3])


def _ahead_of_now(body: str, duration: Claim, sentence_start: int) -> bool:
    """A span planned or to come rather than gone by: "will be kept for three years", "plans
    to serve just two years", "may vanish within 20 years", "the tariff over four years from
    April 1", "for the next six months"."""
    before = body[max(sentence_start, duration.start - _FUTURE_CHARS) : duration.start]
    if _MODAL_BEFORE.search(before) or _AHEAD_OPENING.match(duration.text):
        return True
    if _AHEAD_BEFORE.search(before):
        # (the first's or the negation's noun phrase may be long: "the first nationwide
        # stoppage by ferry crews in 30 years", so the clause is read further back)
        before = body[max(sentence_start, duration.start - _CLAUSE_CHARS) : duration.start]
        # ("has not sailed in 14 weeks", "no ship has docked there in 14 weeks": "in" after
        # a negated present perfect is a span gone by, as "for" is; so is "in" after "the
        # first": "the first royal visit in 25 years", "for the first time in a decade")
        return not (
            _PERFECT_IN.search(before) or _FIRST_IN.search(before) or _SUPERLATIVE_IN.search(before)
        )
    return bool(_SPAN_BEFORE.search(before)) and bool(_FROM_AFTER.match(body, duration.end))


def _speaks_of_now(body: str, sentence: tuple[int, int], counted: tuple[int, int]) -> bool:
    """Whether the clause a duration "after" something belongs to speaks of now ("six months
    after the blockade began, ships dock again") rather than of the past ("... the first
    ship docked"): its verbs, the words of the duration and its start left out."""
    clause = body[sentence[0] : counted[0]] + " " + body[counted[1] : sentence[1]]
    if _PRESENT.search(clause):
        return True
    return not _PAST.search(clause)


def _runs_until_now(body: str, sentence: tuple[int, int]) -> bool:
    return bool(_PRESENT_PERFECT.search(body, sentence[0], sentence[1])) and not _PAST_ONLY.search(
        body, sentence[0], sentence[1]
    )


def _clause_about_now(body: str, sentence: tuple[int, int], duration: Claim, rest: int) -> bool:
    """Whether the clause holding a duration speaks of now: its verb before the duration
    ("It is six weeks since", not "He served six weeks after ... and is now a teacher"), or,
    when none stands before it in its clause ("; six weeks on, no buyer has come"), the
    verb of the clause going on after the duration and its start (from `rest`)."""
    head = body[sentence[0] : duration.start]
    head = head[max((match.end() for match in _CLAUSE_BREAK.finditer(head)), default=0) :]
    if _NOW_VERB.search(head):
        return True
    if _PAST.search(head):
        return False
    tail = body[rest : sentence[1]]
    cut = _CLAUSE_BREAK.search(tail)
    return bool(_NOW_VERB.search(tail[: cut.start()] if cut else tail))


def _first_part(body: str, duration: Claim, sentence: tuple[int, int]) -> bool:
    """ "in its first three weeks": the opening part of a period, at most the time gone
    by since it began."""
    low = max(sentence[0], duration.start - 8)
    return bool(_FIRST_PART.search(body, low, duration.start) or _FIRST_PART.match(duration.text))


def _hyphenated(text: str) -> bool:
    """A compound count ("a 30-day wait", "its three-year-old struggle"), told by a hyphen
    outside the number in words ("twenty-two weeks" is a plain count)."""
    return "-" in _TENS_AND_UNIT.sub(" ", text)


def _with_count(duration: Claim, unit: str) -> Claim:
    """The duration with the count the extraction left out read from its own words: "a
    gap of one month"; "Since April 2, 30 weeks have passed" (taken, after a date's comma,
    for a year)."""
    if duration.value is not None:
        return duration
    if _ONE_UNIT.match(duration.text):
        return replace(duration, value=1.0, unit=unit)
    count = _COUNT_IN_FIGURES.match(duration.text)
    return replace(duration, value=float(count.group(1)), unit=unit) if count else duration


def _in_verbless_apposition(body: str, duration: Claim, sentence: tuple[int, int]) -> bool:
    """ "Lukashenko, president for almost 28 years, told ...": an aside after a name that
    holds no verb of its own describes the named as they are now, whatever the tense of
    the sentence around it."""
    opening = _APPOSITION_OPENING.search(body, sentence[0], duration.start)
    if opening is None or not _APPOSITION_CLOSING.match(body, duration.end, sentence[1]):
        return False
    words = opening.group("words").lower().split()
    return not any(
        word in IRREGULAR_PAST or word.endswith("ed") or word in _APPOSITION_VERBS for word in words
    )


def _is_start(body: str, claim: Claim) -> bool:
    """A date introduced as the start of a running period ("which began on March 1",
    "since January"): what the coverage report counts as examined by this check."""
    return _usable_start(claim) and bool(_start_cued(body, 0, claim.start))


# An event named by a noun and dated right after it: "the landslide of", "the vote on" (not a
# part of a period: "the end of", "the second half of").
_EVENT_NOUN_DATED = compile_pattern(
    r"\bthe\s+(?:[\w'’-]+\s+){0,2}?(?!(?:end|close|rest|remainder|middle|half|quarter|part|"
    r"week|month|year|day|date|time)\b)[a-z]{3,}\s+(?:of|on)\s+$",
    re.I,
)


def _introduced_as_start(body: str, claim: Claim, sentence_start: int) -> bool:
    """ "which began on", "since", or an event dated ("walked out on") with a day or a month
    ("on Jan. 8", "in March"; not "tomorrow", not "in 1986")."""
    low = max(sentence_start, claim.start - 40)
    if _COMPARED_SINCE.search(body, low, claim.start):
        return False
    if _start_cued(body, sentence_start, claim.start) or _LAST_TIME_BEFORE.search(
        body, low, claim.start
    ):
        return True
    if _fronted_participle(body, sentence_start, claim):
        return True  # "Closed to visitors on March 3, the museum has ...": its state since
    if _LAST_TIME_AFTER.match(body, claim.end) or _START_AFTER_DATE.match(body, claim.end):
        return True  # "March 3 was when the ferry last sailed; it has been idle since"
    calendar = (
        _DIGIT.search(claim.text)
        or claim.text.strip().rstrip(".").lower() in MONTHS
        or _bare_weekday(claim)  # "walked out on Monday": a day, as a date is
    )
    if not calendar or claim.granularity == "year":
        return False  # "bought in 1986" dates too much else to count a period from
    if (
        claim.granularity == "day"
        and _DIGIT.search(claim.text)
        and _EVENT_DATED_BARE.search(body, low, claim.start)
    ):
        return True  # "walked out Oct. 4": wire copy's date with no "on"
    return _EVENT_DATED.search(body, low, claim.start) is not None


# "Shut in March 2019, the pit ...": a past participle opening the sentence, its date
# closing the phrase before the comma, dates the state its subject has been in since.
_FRONTED_PARTICIPLE = compile_pattern(
    r"[\s\"“]*(?:[A-Za-z]{2,}ed|" + "|".join(sorted(IRREGULAR_PAST)) + r"|begun|shown|seen|"
    r"taken|given|grown|won|written)\s+(?:(?:[a-z]+\s+){0,3}?(?:on|in)|since)\s+$",
    re.I,
)
_COMMA_AFTER = compile_pattern(r"\s*,")
# "the March 2010 deal": a date before the noun it dates.
_ATTRIBUTIVE_BEFORE = compile_pattern(r"\b(?:the|its|their|this|that)\s+$", re.I)
# ... then the noun (up to three words) and its age: ", now 14 years old", " is 14 years old".
_NOUN_THEN_AGE = compile_pattern(
    r"(?:\s+[a-z][\w'’-]*){1,3}(?:,\s+|\s+(?:is|are)\s+)"
    r"(?:(?:now|already|some|about|nearly|almost|just|over|more\s+than|well\s+over)\s+)*",
    re.I,
)
# A count back from now set beside a date as the same time told twice: "on March 3, 30
# weeks ago,", "in 1990 (some 30 years ago)", "30 weeks ago, on March 3,", and a sentence
# only saying how long ago the date before it was ("That was 30 weeks ago.").
_AGO_QUALIFIERS = r"(?:(?:now|some|about|around|roughly|nearly|almost|just|over|more\s+than)\s+)*"
_DATE_THEN_AGO = compile_pattern(r"\s*(?:,|\(|[—–]|\s-)\s*" + _AGO_QUALIFIERS, re.I)
_AGO_THEN_DATE = compile_pattern(r"\s*(?:,|\(|[—–]|\s-)\s*(?:on|in)?\s*", re.I)
_ASIDE_CLOSES = compile_pattern(r"\s*(?:[,;:)]|[—–]|\s-\s|[.!?](?:\s|$)|$)")
_THAT_WAS = compile_pattern(
    # ("That date was 30 weeks ago", "This day was": a demonstrative's noun points back too)
    r"[\s\"“]*(?:(?:That|This)(?:\s+[a-z]+)?|It)\s+(?:was|is)\s+(?:now\s+)?" + _AGO_QUALIFIERS,
    re.I,
)
# "Founded in 1990, the 34-year-old firm": the noun phrase opening the clause after a
# fronted participle, a compound age its first word after the determiner.
_AGED_SUBJECT_NEXT = compile_pattern(r"\s*,\s*(?:the|this|that|its|their|our)\s+", re.I)
# "the 30-month-old truce, brokered by Egypt on March 3": the aged noun (one to three
# words), then an aside of a verb that makes the thing, dated by its own "on" or "in".
_MADE = (
    r"(?:first\s+)?(?:agreed|signed|brokered|struck|sealed|reached|declared|called|built|formed|"
    r"adopted|enacted|drawn\s+up|put\s+in\s+place|laid|installed|planted|hatched|unveiled|"
    r"founded|launched|established|set\s+up|created|introduced|imposed|opened|born|"
    # ("the 40-year-old stand, put up in 1984": a thing made by building or passing)
    r"put\s+up|erected|constructed|dug|passed|ratified|approved|written|composed)\b"
)
_MADE_ASIDE = compile_pattern(
    r"(?:\s+[\w'’-]+){1,3},\s+" + _MADE + r"(?:\s+[\w'’.-]+){0,4}?\s+(?:on|in)\s+", re.I
)
# ... and a fronted participle of such a verb ("Founded in 1990, the 34-year-old firm"; not
# "Shut in 1990, the 12-year-old mill": the mill's age does not count from its closing).
_MADE_FRONTED = compile_pattern(r"[\s\"“]*" + _MADE, re.I)


def _fronted_participle(body: str, sentence_start: int, claim: Claim) -> bool:
    return bool(
        _FRONTED_PARTICIPLE.fullmatch(body, sentence_start, claim.start)
        and _COMMA_AFTER.match(body, claim.end)
    )


def _start_cued(body: str, low: int, position: int) -> bool:
    """Whether a start word introduces the date at `position` (not before `low`): close
    before it ("since", "which began on"), or heading the phrase the date closes."""
    return bool(
        _START_CUE.search(body, max(low, position - 40), position)
        or _START_CLAUSE.search(body, max(low, position - _CLAUSE_CHARS), position)
    )


_WEEK_OF_MONTH = compile_pattern(
    r"\bweek\s+of\s+(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b", re.I
)


def _usable_start(claim: Claim) -> bool:
    """A day, month or year the period may have begun on (not "now"); a weekday with no
    date written ("walked out on Monday") is one of the last two weeks' (`_bare_weekday`)."""
    return (
        claim.first_day is not None
        and claim.last_day is not None
        # ("since last summer", "the spring of 2019": a season is three months; "since the
        # first week of March": a week named by its month, not "this week", which is now)
        and (
            claim.granularity in ("day", "month", "season", "year")
            or (claim.granularity == "week" and _WEEK_OF_MONTH.search(claim.text) is not None)
        )
        # ("the current financial year": a year of the firm's own, its first day unknown)
        and _OWN_YEAR.search(claim.text) is None
    )


def _week_counted_back(claim: Claim) -> bool:
    """ "a fortnight ago", "three weeks ago": a week counted back from the report, as wide as
    the week the extraction resolved it to; a start only where a start word heads it ("which
    began a fortnight ago"), not as a sentence's one date (it is itself a span)."""
    return (
        claim.granularity == "week"
        and claim.first_day is not None
        and claim.last_day is not None
        and _AGO.search(claim.text) is not None
    )


def _bare_weekday(claim: Claim) -> bool:
    """ "on Monday", "last Tuesday": a weekday the extraction resolved to the last such day
    before publication, with no date written beside it."""
    return claim.weekday is not None and not _DIGIT.search(claim.text)


@lru_cache(maxsize=64)
def _name_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    words = [_name_variants(name) for name in sorted(names, key=len, reverse=True)]
    words.extend(_combined_names(names))
    return re.compile(r"(?<!\w)(?:" + "|".join(words) + r")(?!\w)", re.I)


def _combined_names(names: tuple[str, ...]) -> list[str]:
    """Names said with the parts of the event's other names: its agent (the possessor of
    "Russia's invasion", the adjective of "Russian invasion") as the subject of its verb
    ("invaded Ukraine": "Russia invaded", "Russian forces invaded") or as the possessor of
    the noun opening another name ("war in Ukraine": "Russia's war")."""
    possessors, adjectives, verbs, nouns = set(), set(), set(), set()
    owned: set[str] = set()  # the nouns the possessors own ("invasion")
    for name in names:
        parts = name.split()
        if len(parts) < 2:
            continue
        first = parts[0]
        if first.endswith(("'s", "’s")):
            possessors.add(re.escape(first[:-2]))
            if len(parts) == 2 and parts[1].isalpha():
                owned.add(re.escape(parts[1]))
        elif first[:1].isupper() and first.lower().endswith("n"):
            adjectives.add(re.escape(first))
        elif first.lower().endswith("ed") and len(first) > 4 and parts[1][:1].isupper():
            verbs.add(re.escape(first))
        elif first.isalpha() and first.islower() and parts[1] in ("in", "on", "against"):
            nouns.add(re.escape(first))
    if not possessors:
        return []
    owner = "|".join(sorted(possessors))
    agents = owner + ("|(?:" + "|".join(sorted(adjectives)) + r")\s+[a-z]+" if adjectives else "")
    combined = _acts_starting(owner, adjectives, verbs, owned)
    if verbs:
        # (with no object after it: "Russia invaded Georgia" is another event; the name's
        # own place after the verb is read by the name itself)
        verb = "|".join(sorted(verbs))
        combined.append(rf"(?:{agents})\s+(?:{verb})(?!\s+(?:the\s+)?(?-i:[A-Z]))")
    if nouns:
        # (no describing words between: "Russia's trade war" is another war)
        combined.append(rf"(?:{owner})['’]s\s+(?:{'|'.join(sorted(nouns))})")
    return combined


def _acts_starting(owner: str, adjectives: set[str], verbs: set[str], owned: set[str]) -> list[str]:
    """An event told by the act that starts it: an invasion by the invader's armed force
    crossing the border ("Russian forces crossed the border", "Russia's tanks rolled over
    the border"); the possessor of a name ("Putin's invasion") as the agent of a verb of
    starting its noun ("Putin ordered the invasion", "Russia launched its invasion")."""
    acts = []
    if any(verb.lower().startswith("invad") for verb in verbs):
        force = rf"(?:(?:{owner})['’]s|{'|'.join(sorted(adjectives)) or owner})\s+{_ARMED_FORCE}"
        acts.append(rf"{force}\s+{_MOVED_ACROSS}\s+(?:the\s+)?(?:[a-z]+\s+)?border")
    if owned:
        acts.append(
            rf"(?:{owner})\s+{_STARTED_IT}\s+(?:the|his|its|their)\s+{_DESCRIBING}"
            rf"(?:{'|'.join(sorted(owned))})"
        )
    return acts


# Up to two words that only describe what a name's next word names ("Russia's unprovoked
# invasion", "invaded neighbouring Ukraine").
# A date may stand there too, the event's own ("Russia's Feb. 24 invasion").
_EVENT_DAY = (
    r"(?:(?i:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?\s+\d{1,2}"
    r"(?:,\s+\d{4})?|\d{1,2}\s+(?i:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r"))"
)
_DESCRIBING = r"(?:" + _EVENT_DAY + r"\s+)?(?:[a-z][\w-]*\s+){0,2}?"
# Past verbs of moving in: "crossed into Ukraine", "swept into", what "invaded" says.
# ("poured across the border into Ukraine": a way crossed on the way in may stand between.)
_MOVED_INTO = (
    r"(?:(?:[a-z]{3,}ed|swept|drove|went|ran|broke)\s+"
    r"(?:(?:across|over|through)\s+(?:the\s+)?[a-z]+\s+)?|"
    # ("sent its troops into Ukraine", "ordered tanks into": a past verb moving an armed
    # force in, the force its object.)
    r"(?:[a-z]{3,}ed|" + "|".join(sorted(IRREGULAR_PAST)) + r")\s+(?:(?:its|his|their|the)\s+)?"
    r"(?:[a-z]+\s+)?(?:troops|forces|tanks|soldiers|army|armies)\s+)into"
)


_ARMED_FORCE = r"(?:troops|forces|tanks|soldiers|army|armies|columns|units)"
_MOVED_ACROSS = (
    r"(?:first\s+)?(?:[a-z]{3,}ed|swept|drove|went|ran|broke)(?:\s+(?:across|over|through))?"
)
# An outbreak of the war a name places ("war in Ukraine"): "fighting broke out in Ukraine",
# "the war began in Ukraine".
_FIGHTING = r"(?:war|fighting|conflict|hostilities)"
_STARTED_IT = r"(?:launched|began|started|ordered|unleashed|mounted)"
_BROKE_OUT = r"(?:first\s+)?(?:broke\s+out|began|started|erupted)"
_ATTACKED = r"(?:attack|assault)(?:ed|ing)"
_ATTACK_NOUN = r"(?:attack|assault|offensive)"
# (only the first: "his election in 2015" may be a later term's)
_OFFICE_OPENED = (
    r"(?:was|were)\s+first\s+(?:elected|sworn\s+in|inaugurated)"
    r"|first\s+(?:election\s+(?:victory|win)|inauguration|swearing[-\s]in)"
)


# Verbs of rule over a place, each standing for the others in a ruler's event's name.
_RULE_VERB = compile_pattern(r"(?:ruled|governed|led|headed|run)", re.I)
_RULE_STEMS = r"rul|govern|led|lead|head|r[ua]n"
_RULED_BY = (
    r"(?:ruled|governed|led|headed|run)\s+by\s+(?:(?-i:[A-Z])[\w'’.-]*\s+){0,2}"
    r"(?-i:[A-Z])[\w'’-]*"
)


def _name_variants(name: str) -> str:
    """A name of an event or a person as a pattern, read as a phrase rather than as its
    exact words: a possessive or a verb opening it may have words describing the rest
    between them ("Russia's full-scale invasion", "invaded eastern Ukraine"); a past verb
    opening it may stand in another form of the verb ("invading Ukraine") or as a verb of
    moving into the place it names ("troops crossed into Ukraine"); a state dated by
    "since" is named by the state alone ("in power" for "in power since", then "for 20
    years")."""
    parts = [re.escape(word).replace("'", "['’]") for word in name.split()]
    if len(parts) > 1 and parts[-1].lower() == "since":
        return f"{_name_variants(' '.join(name.split()[:-1]))}(?:\\s+since)?"
    if len(parts) < 2:
        return parts[0] if parts else ""
    first, rest = name.split()[0], r"\s+".join(parts[1:])
    if first.endswith(("'s", "’s")) or (first[:1].isupper() and first.lower().endswith("n")):
        # "Russia's invasion", "Russian invasion": describing words before the noun.
        return parts[0] + r"\s+" + _DESCRIBING + rest
    if first.lower().endswith("ed") and len(first) > 4 and name.split()[1][:1].isupper():
        # "invaded Ukraine": "invading Ukraine", "invaded eastern Ukraine", "crossed into".
        stem = re.escape(first[:-2].rstrip("e"))
        # ("Belarus's ruler" for "ruled Belarus": the object's possessive, the agent noun.)
        agent = rf"{rest}['’]s\s+{_DESCRIBING}{stem}(?:er|or)"
        # ("Ukraine, invaded by Russia", "Ukraine was invaded": the passive, the place
        # first, its agent after.)
        passive = (
            rf"{rest},?\s+(?:(?:was|were|been|being)\s+)?{re.escape(first)}"
            r"(?:\s+by\s+(?:[\w'’-]+\s+){0,2}?[A-Z][\w'’-]*)?"
        )
        if stem.lower() == "invad":
            # ("Russia attacked Ukraine", "Russia's attack on Ukraine": an invasion told as
            # the attack it is.)
            active = rf"(?:{stem}[a-z]*|{_ATTACKED}|{_MOVED_INTO})\s+" + _DESCRIBING + rest
            attack = rf"{_ATTACK_NOUN}\s+(?:on|against)\s+{_DESCRIBING}{rest}"
            return f"(?:{active}|{attack}|{passive}|{agent})"
        if _RULE_VERB.fullmatch(first):
            # ("has run Belarus", "headed Belarus" for "ruled Belarus": any verb of rule
            # over the place the name gives, the subject still the rule set's.)
            stem = f"(?:{stem}|{_RULE_STEMS})"
            passive = rest + r",?\s+(?:(?:was|were|been|being)\s+)?" + _RULED_BY
        active = rf"(?:{stem}[a-z]*|{_MOVED_INTO})\s+" + _DESCRIBING + rest
        return f"(?:{active}|{passive}|{agent})"
    words = name.lower().split()
    if len(words) > 2 and words[0] == "war" and words[1] in ("in", "on", "against"):
        # ("war in Ukraine": "fighting broke out in Ukraine", the war's outbreak there.)
        place = r"\s+".join(parts[2:])
        outbreak = rf"{_FIGHTING}\s+{_BROKE_OUT}\s+(?:in|on|against)\s+{_DESCRIBING}{place}"
        return "(?:" + r"\s+".join(parts) + "|" + outbreak + ")"
    if name.lower() == "took office":
        # ("Lukashenko was first elected president", "was first sworn in": the act that
        # opens the first term of office, told by the vote or the oath.)
        return rf"(?:took\s+office|{_OFFICE_OPENED})"
    return r"\s+".join(parts)


@lru_cache(maxsize=64)
def _event_noun_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    """An event's names, and the nouns of the past-tense verbs opening them ("ruled
    Belarus": "rule", "rules"; the noun is the verb without its "d")."""
    nouns = {
        name.split()[0][:-1]
        for name in names
        if name.split() and name.split()[0].endswith("ed") and len(name.split()[0]) > 4
    }
    nouns |= {noun + "s" for noun in nouns}
    return _name_pattern(tuple(sorted(set(names) | nouns)))


@lru_cache(maxsize=64)
def _name_before_ago(names: tuple[str, ...]) -> re.Pattern[str]:
    """An event's name ending right before a time counted back ("... ago"), read up to it."""
    return re.compile(_name_pattern(names).pattern + _NAME_TO_AGO.pattern, re.I)


def _duration_unit(duration: Claim) -> str:
    """The claim's unit, or the unit word its text ends on when the extraction left the unit
    out ("a gap of one month")."""
    if duration.unit:
        return duration.unit.lower()
    ending = _UNIT_ENDING.search(duration.text)
    return ending.group(1).lower() if ending else ""


def _event_applies(
    body: str, event: KnownStart, name: re.Match[str], sentence: tuple[int, int]
) -> bool:
    text = body[sentence[0] : sentence[1]]
    if event.unless and _name_pattern(event.unless).search(text):
        return False
    if not event.subjects:
        return True
    reach = max(sentence[0], name.start() - _SUBJECT_REACH)
    subjects = _name_pattern(event.subjects)
    # (or inside the name: "Belarus, ruled by Lukashenko", its passive's agent)
    if subjects.search(body, reach, name.end()) is not None:
        return True
    # "After 20 years in power, Lukashenko ...": the subject right after the name's clause.
    after = min(sentence[1], name.end() + _SUBJECT_REACH // 2)
    return subjects.search(body, name.end(), after) is not None


def _event_start(event: KnownStart, name: re.Match[str]) -> _Start:
    return _Start(event.day, event.day, name.group(), name.start(), name.end(), event.source)


# ------------------------------------------------------------------------------ judging


def _elapsed_units(start: date, end: date, unit: str) -> float:
    return (end - start).days / _UNIT_DAYS[unit]


def _weekdays_between(start: date, end: date) -> float:
    """Mondays to Fridays after `start` up to and including `end` (working days gone by)."""
    whole_weeks, rest = divmod((end - start).days, 7)
    extra = sum(1 for offset in range(1, rest + 1) if (start.weekday() + offset) % 7 < 5)
    return float(5 * whole_weeks + extra)


def _allowed(body: str, duration: Claim) -> tuple[float, float]:
    """The elapsed time (in the duration's unit) its words allow."""
    assert duration.value is not None
    low = duration.low if duration.low is not None else duration.value
    high = duration.high if duration.high is not None else duration.value
    low, high = min(low, high), max(low, high)
    odd = _ODD.search(duration.text) is not None and high >= 10
    if odd:
        # "thirty-odd years", "20-odd weeks": the round figure and up to its next step,
        # a vagueness of its own ("some forty-odd" is no vaguer than "forty-odd").
        high += 10 ** math.floor(math.log10(high)) - 1
    before = body[max(0, duration.start - _QUALIFIER_CHARS) : duration.start]
    if _PAST_SPAN.match(duration.text):
        # ("over the last two weeks": a preposition of the span, not "more than")
        before = ""
    for pattern, (below, above) in _QUALIFIERS:
        if pattern.search(before):
            return low - below, high + above
    if duration.qualifier in ("more_than", "at_least") or _OR_MORE.match(body, duration.end):
        return low - 0.25, float("inf")
    if duration.qualifier in ("less_than", "at_most"):
        return 0.0, high + 0.25
    approx = not odd and (
        duration.qualifier == "approx"
        or _APPROXIMATE.search(before)
        or _OR_SO.match(body, duration.end)  # "six weeks or so"
    )
    share = _APPROX_SHARE if approx else 0
    share = share or _EXACT_SHARE
    return low - max(1.0, share * low), high + max(1.0, share * high)


def _finding(
    context: ArticleContext,
    published: date,
    duration: Claim,
    start: _Start,
    unit: str,
    elapsed: tuple[float, float],
    until: date | None = None,
) -> Finding:
    body = context.article.body
    phrase_start = _qualified_start(body, duration)
    phrase = body[phrase_start : duration.end]
    computed = (elapsed[0] + elapsed[1]) / 2
    shown = f"{computed:.0f}" if computed >= 3 else f"{computed:.1f}".rstrip("0").rstrip(".")
    plural = "" if shown == "1" else "s"
    period = news_period(start.first_day, start.last_day)
    if start.weekday:
        period = f"{news_date(start.last_day)}, or {news_date(start.first_day)} a week before"
        shown = f"{elapsed[0]:.0f} to {elapsed[1]:.0f}"
        plural = "s"
    if start.source:
        origin = f"{start.text} ({period}, rule {start.source})"
    elif start.text.strip().rstrip(".").lower() == period.rstrip(".").lower():
        origin = period
    else:
        origin = f"'{start.text}' ({period})"
    end = news_date(until) if until is not None and until != published else news_date(published)
    message = f"'{phrase}': from {origin} to {end} is about {shown} {unit}{plural}"
    return make_finding(
        context,
        "CC104",
        message,
        phrase_start,
        duration.end,
        {
            "start": {
                "text": start.text,
                "start": start.start,
                "end": start.end,
                "day": [start.first_day.isoformat(), start.last_day.isoformat()],
                **({"rule": start.source} if start.source else {}),
            },
            "published": published.isoformat(),
            "stated": duration.value,
            "computed": [round(elapsed[0], 2), round(elapsed[1], 2)],
            "unit": unit,
        },
    )


def _qualified_start(body: str, duration: Claim) -> int:
    before = body[max(0, duration.start - _QUALIFIER_CHARS) : duration.start]
    # (a hedge in other words is the phrase's qualifier: "no fewer than", not "fewer than")
    hedge = _HEDGE_BEFORE.search(before)
    if hedge is not None:
        return duration.start - len(before) + hedge.start()
    for pattern, _ in _QUALIFIERS:
        match = pattern.search(before)
        if match is not None:
            return duration.start - len(before) + match.start()
    return duration.start


# ------------------------------------------------------------- "is now in its third week"


def _ordinal_periods(article: _Durations) -> Iterator[Finding]:
    """ "the strike, which began on March 1, is now in its third week", "now in its fifth
    month, the siege began on Jan. 3", "the war in Ukraine, now in its fifth month": an
    ordinal period and a start anywhere in its sentence."""
    context = article.context
    matches: list[re.Match[str]] = []
    if _ORDINAL_HINT.search(article.body):  # no "...th week" anywhere: skip the pattern
        for period in _ORDINAL_PERIOD.finditer(article.body):
            before = max(0, period.start() - 40)
            if (
                _ORDINAL_VERB.search(article.body, before, period.start())
                or (
                    period.group("determiner").lower() in ("its", "their", "his", "her")
                    and _ORDINAL_ANY_VERB.search(article.body, before, period.start())
                )
                or _running_since(article.body, _end_of_run(article.body, period.end()))
                or _ordinal_aside(article, period)
                or _run_of_periods(article.body, before, period)
            ) and not (
                # "the third week since March 4 in which no ferry has sailed": a count of
                # times, whatever verb is before it
                _SINCE_AFTER.match(article.body, period.end())
                and not _running_since(article.body, period.end())
            ):
                matches.append(period)
    matches.extend(_numbered_periods(article))
    if "annivers" in article.body or "birthday" in article.body:
        # "Founded in 1990, the band celebrates its 20th anniversary": whole years gone by
        # since the start its sentence names.
        matches.extend(_ANNIVERSARY_ORDINAL.finditer(article.body))
    for match in matches:
        start = _period_start(article, sentence_bounds(context, match.start()), match)
        if start is not None:
            finding = _ordinal_period(context, article.published, start, match)
            if finding is not None:
                yield finding


def _period_start(
    article: _Durations, sentence: tuple[int, int], match: re.Match[str]
) -> _Start | None:
    """The start an ordinal period counts from: in its sentence, or, for a period not "of"
    something else, in the sentence before or after, or earlier in the article."""
    body = article.body
    start = article.start_in_sentence(match.start(), sentence)
    if start is None and match.group("unit").lower() == "anniversary":
        # "the 30th anniversary of the dam's collapse on March 3, 1994": an anniversary
        # is of an event, and the date of the phrase after "of" is that event's day.
        start = article.dated_of_phrase(match.end(), sentence)
    if start is not None or _OF_AFTER.match(body, match.end()):
        return start
    if _PRONOUN_OPENING.match(body, sentence[0]) or _DEFINITE_OPENING.match(body, sentence[0]):
        # "The strike began on March 4. It is now in its fifth week.": the sentence
        # before, which the pronoun points back to, dates the start; so does it for a
        # definite noun ("Nurses set up a picket on March 4. The protest is now ...").
        start = _start_of_sentence_before(article, sentence)
    # "The strike is in its third week. It began on March 4.": the sentence after,
    # opening with a pronoun, dates it.
    start = start or article.last_time_in_sentence_after(sentence)
    dated = article.usable_dates(sentence)
    if (
        start is None
        and len(dated) == 1
        and dated[0].end <= match.start()
        and _introduced_as_start(body, dated[0], sentence[0])
    ):
        # "Staff who walked out on March 4 are now in their fifth week without pay": an
        # event its own verb dates before the period, the one date of the sentence.
        start = article.stated(dated[0])
    # "The stoppage began on March 4. ... Now in its fifth week, the stoppage has ...":
    # the same noun dated as starting earlier in the article.
    return start or _start_of_same_noun(article, sentence, match)


# An anniversary is the time gone by up to the day it is marked, whatever the tense of the
# report: "Marking ten years of the treaty, ...", "to celebrate 25 years since ...".
_ANNIVERSARY_BEFORE = compile_pattern(
    r"\b(?:mark(?:s|ed|ing)?|celebrat(?:e|es|ed|ing)|commemorat(?:e|es|ed|ing))\s+"
    r"(?:(?:some|about|nearly|almost|just|over|more\s+than)\s+)*$",
    re.I,
)
# A verb of ending and "today" in the clause of a term: it ended on the day of the report
# ("voted today to return, ending a 30-week strike", "The 12-week strike ... ended today").
# Leaving the state a term names ends it too: "Residents emerged today from a 4-month siege".
_ENDING_VERB = (
    r"(?:end(?:ed|ing|s)|called\s+off|came\s+to\s+an\s+end|"
    r"emerg(?:ed|es|ing)(?=(?:\s+[\w'’]+){0,3}?\s+from\b))"
)
_ENDED_TODAY = compile_pattern(
    rf"\b{_ENDING_VERB}\b(?=.*?\btoday\b)|\btoday\b(?=.*?\b{_ENDING_VERB}\b)", re.I
)
# For a term counted in weeks or longer, "this week" is as near the report as "today" (a
# few days off are within a plain count's tolerance of a unit); not for a count of days.
_ENDED_THIS_WEEK = compile_pattern(
    rf"\b{_ENDING_VERB}\b(?=.*?\bthis\s+week\b)|\bthis\s+week\b(?=.*?\b{_ENDING_VERB}\b)",
    re.I,
)
# ... unless the day it ended is another ("ended on March 3", "ended last week", "the
# strike ended after", "in the end") or the report looks back ("today's ... was ended").
_ENDED_OTHERWISE = compile_pattern(
    r"\b(?:ended|ending|ends)\s+(?:on|in|last|early|late|after|before|when|with\s+a\s+deal\s+on)\b|"
    r"\b(?:yesterday|last\s+(?:week|month|year)|earlier)\b|\bin\s+the\s+end\b|\btoday['’]s\b",
    re.I,
)
# A verb saying that what a compound term names is still going on.
# Nouns of a state nobody sets a length for ahead: its term is the time it has lasted.
_UNPLANNED_TERM = compile_pattern(
    r"[-\s]+(?:stand-?off|dispute|crisis|conflict|feud|deadlock|impasse|stalemate|row|"
    r"drought|dry\s+spell|heatwave|outage|shortage|unrest|siege)s?\b",
    re.I,
)
_STILL_GOING = compile_pattern(
    r"\b(?:continues|continue|goes\s+on|go\s+on|drags\s+on|persists|is\s+still|are\s+still|"
    # "The 30-week dispute dates from March 1": a present verb of origin speaks of a term
    # that is still running, its age so far.
    r"dates?\s+(?:back\s+)?(?:from|to)|goes\s+back\s+to|go\s+back\s+to|"
    r"shows\s+no\s+sign)\b",
    re.I,
)
_SINCE_AFTER = compile_pattern(r"\s+since\b", re.I)
# "the third year since 1975 that the harvest has topped ...": a clause after the start
# makes the ordinal a count of the times something happened, not the period running.
_OCCURRENCES_AFTER = compile_pattern(r"[^,;:.!?]*?\b(?:that|when|in\s+which)\b", re.I)


# "The strike, in its 14th week, began on March 1": an aside of its own, set off by commas
# or brackets, in a sentence whose past verbs only say when the period began.
_ASIDE_BEFORE = compile_pattern(r"[,(]\s*(?:now\s+)?in\s+$", re.I)
_ASIDE_AFTER = compile_pattern(r"\s*[,)]")
_START_VERB_LIST = """
    began begun started launched opened erupted broke imposed introduced founded created
    established
"""
_START_VERBS = frozenset(_START_VERB_LIST.split())


def _ordinal_aside(article: _Durations, period: re.Match[str]) -> bool:
    body = article.body
    if not (
        _ASIDE_BEFORE.search(body, max(0, period.start() - 12), period.start())
        and _ASIDE_AFTER.match(body, period.end())
    ):
        return False
    sentence = sentence_bounds(article.context, period.start())
    text = body[sentence[0] : period.start()] + " " + body[period.end() : sentence[1]]
    return all(verb.group().lower() in _START_VERBS for verb in _PAST.finditer(text))


# "for a fourth straight week", "for the 30th consecutive day": a run of periods going on.
_FOR_BEFORE = compile_pattern(r"\bfor\s+$", re.I)
_SUCCESSION = compile_pattern(r"\s(?:consecutive|straight|successive)\s", re.I)
# The British word of succession comes after the period: "for the 14th month running",
# "for a third week in a row".
_SUCCESSION_AFTER = compile_pattern(r"\s+(?:running|in\s+a\s+row)\b", re.I)
_EVENT_RELATION_AFTER = compile_pattern(r"\s+(?:after|following|since|on)\b", re.I)


def _end_of_run(body: str, position: int) -> int:
    """Where an ordinal period ends, past a word of succession after it ("month running")."""
    succession = _SUCCESSION_AFTER.match(body, position)
    return position if succession is None else succession.end()


def _run_of_periods(body: str, before: int, period: re.Match[str]) -> bool:
    """ "Buses stayed in their depots for a fourth straight week", "for the 14th month
    running": "for" before an ordinal period with a word of succession counts the run up to
    the report, whatever the verb (the start is still looked for in the sentence, as for the
    other forms)."""
    end = _end_of_run(body, period.end())
    return (
        (_SUCCESSION.search(period.group()) is not None or end > period.end())
        and _FOR_BEFORE.search(body, before, period.start()) is not None
        # ("rose for a third straight week after the cut": a count of weekly rises that
        # followed an event, not the time since it)
        and _EVENT_RELATION_AFTER.match(body, end) is None
    )


def _running_since(body: str, position: int) -> bool:
    """ "This is the eighth week since the baths closed on March 2": an ordinal period
    followed by "since" is counted from the start "since" names, whatever verb stands
    before it; not when a clause after the start says what happened in it ("the third
    year since 1975 that ...")."""
    since = _SINCE_AFTER.match(body, position)
    return since is not None and _OCCURRENCES_AFTER.match(body, since.end()) is None


# "its 20th anniversary", "the club's 100th birthday": an ordinal of whole years.
_ANNIVERSARY_ORDINAL = compile_pattern(
    r"\b(?:its|their|the|his|her)\s+"
    r"(?P<ordinal>" + _ORDINAL_ALTERNATIVES + r"|\d{1,3}(?:st|nd|rd|th))\s+"
    r"(?P<unit>anniversary|birthday)\b",
    re.I,
)
# "its fifth year of losses": a period of something the sentence names, not of "it".
_OF_AFTER = compile_pattern(r"\s+of\b", re.I)
# "of the dam's collapse on", "of the 1994 flood in", "of": up to the date dating the noun.
_OF_PHRASE_TO_DATE = compile_pattern(
    r"\s+of\s+(?:" + _PHRASE_WORD + r"){0,8}?(?:(?:on|in)\s+)?", re.I
)


def _start_of_sentence_before(article: _Durations, sentence: tuple[int, int]) -> _Start | None:
    """The one date of the sentence before, when its words make it a start ("The strike
    began on March 4."), for a sentence that names no date of its own."""
    if sentence[0] == 0 or article.usable_dates(sentence):
        return None
    previous = article.sentence_before(sentence)
    if previous is None:
        return None
    dated = [claim for claim in article.usable_dates(previous) if claim.granularity != "year"]
    if len(dated) != 1 or not _introduced_as_start(article.body, dated[0], previous[0]):
        return None
    return article.stated(dated[0])


# "the stoppage": a definite noun naming what a period is of, and its noun.
_DEFINITE_NOUN = compile_pattern(r"\b[Tt]he\s+(?P<noun>[a-z]{4,})\b")
# How far back the sentence dating the same noun may be (a long feature may tell the start
# in its opening paragraphs and the running period near its end).
_SAME_NOUN_CHARS = 6000


# "since the blast,", "after the gas explosion at": the noun of an event named right after
# "since" or "after" with no date of its own (its last word before a break or preposition).
_EVENT_NOUN_AFTER = compile_pattern(
    r"\s+the\s+(?:[a-z]+\s+){0,2}?(?P<noun>[a-z]{4,})(?=\s*[,;:.]|\s+(?:at|in|on|of)\b)",
    re.I,
)
_PAST_VERB = r"(?:[a-z]{2,}ed|" + "|".join(sorted(IRREGULAR_PAST)) + r")"
# What dates a noun in the sentence that names it: its own past verb ("the blast wrecked the
# market on"), or a past verb of which it is the object ("closed the public pool on").
_NOUN_SUBJECT_DATED = compile_pattern(
    r"\s+" + _PAST_VERB + r"\s+(?:[\w'’-]+\s+){0,5}?(?:on|in)\s+", re.I
)
_NOUN_OBJECT_DATED = compile_pattern(r"(?:\s+[\w'’-]+){0,3}?\s+(?:on|in)\s+", re.I)
_VERB_BEFORE_OBJECT = compile_pattern(r"\b" + _PAST_VERB + r"\s+$", re.I)


def _dated_noun_earlier(article: _Durations, before: int, noun: str) -> _Start | None:
    """The start of an event or a thing an earlier sentence names by `noun` (after "the",
    "a", a possessive and up to two words) and dates: the nearest such sentence, its one
    date, given by a start word, the noun's own past verb, or a past verb whose object the
    noun is."""
    body = article.body
    named_pattern = re.compile(
        r"\b(?:the|an?|its|their|his|her)\s+(?:[\w'’-]+\s+){0,2}?" + re.escape(noun) + r"\b",
        re.I,
    )
    low = max(0, before - _SAME_NOUN_CHARS)
    for claim in reversed(article.dates):
        if not low <= claim.start < before or not _usable_start(claim):
            continue
        earlier = sentence_bounds(article.context, claim.start)
        named = named_pattern.search(body, earlier[0], claim.start)
        if named is None:
            continue
        if len(article.usable_dates(earlier)) != 1 or claim.granularity == "year":
            return None
        verb_before = _VERB_BEFORE_OBJECT.search(
            body, max(earlier[0], named.start() - 20), named.start()
        )
        if (
            _start_cued(body, named.end(), claim.start)
            or _NOUN_SUBJECT_DATED.fullmatch(body, named.end(), claim.start)
            or (verb_before and _NOUN_OBJECT_DATED.fullmatch(body, named.end(), claim.start))
        ):
            return article.stated(claim)
        return None  # the nearest sentence naming the noun dates it otherwise
    return None


def _start_of_same_noun(
    article: _Durations, sentence: tuple[int, int], period: re.Match[str]
) -> _Start | None:
    """For a sentence naming no date, the start of the same noun dated in an earlier
    sentence of the article ("The stoppage at the depot began on March 4." ... "Now in its
    fifth week, the stoppage has ..."): the first definite noun of the period's sentence
    outside the period, and the nearest sentence before that names it, then one date a
    word of starting introduces."""
    body = article.body
    if article.usable_dates(sentence):
        return None
    nouns = [
        match
        for match in _DEFINITE_NOUN.finditer(body, sentence[0], sentence[1])
        if not period.start() <= match.start() < period.end()
    ]
    if not nouns:
        return None
    noun = re.compile(r"\b[Tt]he\s+" + re.escape(nouns[0].group("noun")) + r"\b")
    low = max(0, sentence[0] - _SAME_NOUN_CHARS)
    for claim in reversed(article.dates):
        if not low <= claim.start < sentence[0] or not _usable_start(claim):
            continue
        earlier = sentence_bounds(article.context, claim.start)
        named = noun.search(body, earlier[0], claim.start)
        if named is None:
            continue
        dated = article.usable_dates(earlier)
        if len(dated) == 1 and _start_cued(body, named.end(), claim.start):
            return article.stated(claim)
        return None  # the nearest sentence naming the noun dates it otherwise
    return None


def _numbered_periods(article: _Durations) -> Iterator[re.Match[str]]:
    """ "in week nine", "reached day 30", looked for only where a start may be: in
    sentences holding a day or a month, or anywhere when a rule-set event applies."""
    body = article.body
    if article.events:
        spans = [(0, len(body))]
    else:
        spans = sorted(
            {
                sentence_bounds(article.context, date.start)
                for date in article.dates
                if _usable_start(date) and date.granularity != "year"
            }
        )
    for start, end in spans:
        for match in _NUMBERED_PERIOD.finditer(body, start, end):
            if _NUMBERED_VERB.search(body, max(start, match.start() - 20), match.start()):
                yield match
            elif _COMMA_BEFORE.search(
                body, max(start, match.start() - 3), match.start()
            ) and _LABEL_CLOSE.match(body, match.end()):
                # "War in Ukraine, month 30: ...", "The strike, day 12 -": the running
                # period set beside what it is of, as a headline or a caption numbers it.
                yield match
            elif _told_on_numbered(body, match.start()) and _OF_AFTER.match(body, match.end()):
                # "On day 40 of the siege, ...", "In week 6 of the lockout, ...": a day or week
                # of it told, today's or an earlier one (`_ordinal_period` flags only one not
                # reached yet).
                yield match


def _told_on_numbered(body: str, period_start: int) -> bool:
    """Whether "on" or a clause's "in" comes right before a numbered period ("On day 40 of",
    "In week 6 of"), looked for from before its sentence: "In" opening a sentence follows
    the stop of the one before or a paragraph's indent (`^` holds only at the body's start)."""
    return _ON_NUMBERED.search(body, max(0, period_start - 12), period_start) is not None


def _ordinal_period(
    context: ArticleContext, published: date, start: _Start, match: re.Match[str]
) -> Finding | None:
    ordinal_text, unit = match.group("ordinal").lower(), match.group("unit").lower()
    completed = unit in ("anniversary", "birthday")
    if completed:
        unit = "year"
    stated = (
        _ORDINAL_VALUES.get(ordinal_text)
        or NUMBER_WORD_VALUES.get(ordinal_text)
        or int(re.sub(r"\D", "", ordinal_text))
    )
    if start.first_day > published:
        return None
    # In its Nth unit: between N-1 and N units have passed; one unit of leeway for rounding.
    earliest = int(_elapsed_units(start.last_day, published, unit)) + 1
    latest = int(_elapsed_units(start.first_day, published, unit)) + 1
    if completed:
        # The Nth anniversary: N whole years gone by, or the one coming up this year.
        earliest -= 1
    if earliest - 1 <= stated <= latest + 1:
        return None
    body = context.article.body
    if (
        match.re is _NUMBERED_PERIOD
        and stated < earliest
        and _told_on_numbered(body, match.start())
    ):
        return None  # "On day 12 of the strike, talks broke down": a day gone by, told
    actual = str(earliest) if earliest == latest else f"{earliest}–{latest}"
    first = min(match.start("ordinal"), match.start("unit"))
    last = max(match.end("ordinal"), match.end("unit"))
    phrase = context.article.body[first:last]
    began = news_period(start.first_day, start.last_day)
    origin = f"rule {start.source}" if start.source else f"'{start.text}'"
    message = (
        f"'{phrase}': it began {began} ({origin}), so on {news_date(published)} it is in "
        f"{unit} {actual}"
    )
    if completed:
        message = (
            f"'{phrase}': it began {began} ({origin}), so on {news_date(published)} "
            f"is {actual} years on"
        )
    return make_finding(
        context,
        "CC104",
        message,
        first,
        last,
        {
            "start": {
                "text": start.text,
                "start": start.start,
                "end": start.end,
                **({"rule": start.source} if start.source else {}),
            },
            "published": published.isoformat(),
            "stated": stated,
            "computed": [earliest, latest],
            "unit": unit,
        },
    )
