"""The one lexicon: number words, ordinals, scale words, months, weekdays, seasons, periods,
holidays, and the regex fragments and trigger words of the date scanner.

Every stage that reads these words takes them from here (numbers, quantities and dates in
extraction; the checks; claim identity in the ledger), so a word added here is known to all.
"""

from __future__ import annotations

# ---- numbers ----------------------------------------------------------------------------------

# Number words below twenty, in numeric order (regex alternations are built in this order).
UNITS_WORDS: dict[str, int] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS_WORDS: dict[str, int] = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
# Words that stand for a number on their own ("a dozen eggs", "half the staff").
STANDALONE_WORDS: dict[str, float] = {"dozen": 12.0, "half": 0.5, "quarter": 0.25, "score": 20.0}

# Scale words, including wire-service abbreviations ("mln", "bln") and suffixes ("3bn", "5k").
SCALE_WORDS: dict[str, float] = {
    "hundred": 1e2,
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "millions": 1e6,
    "mln": 1e6,
    "mn": 1e6,
    "mil": 1e6,
    "m": 1e6,
    "billion": 1e9,
    # Wire-copy misspellings of "billion", common enough to read as the scale word.
    "bilion": 1e9,
    "billon": 1e9,
    "billions": 1e9,
    "bln": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "trln": 1e12,
    "tn": 1e12,
    "tr": 1e12,
    "crore": 1e7,
    "lakh": 1e5,
}
# Scale abbreviations too ambiguous to trust without money in front ("5m" may be 5 metres).
AMBIGUOUS_SCALES = frozenset({"m", "b", "k", "mil", "tr"})

NUMBER_WORD_VALUES: dict[str, float] = {**UNITS_WORDS, **TENS_WORDS}

_ORDINAL_LIST = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
)
ORDINAL_WORDS: dict[str, int] = {
    word: number for number, word in enumerate(_ORDINAL_LIST.split(), start=1)
}

# Regex alternations of the number words, in numeric order.
ONES_PATTERN = "|".join(word for word, number in UNITS_WORDS.items() if 1 <= number <= 9)
TEENS_PATTERN = "|".join(word for word, number in UNITS_WORDS.items() if number >= 10)
TENS_PATTERN = "|".join(TENS_WORDS)

# ---- calendar ---------------------------------------------------------------------------------

MONTHS: dict[str, int] = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}

WEEKDAYS: dict[str, int] = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
    "mon": 0,
    "tue": 1,
    "tues": 1,
    "wed": 2,
    "thu": 3,
    "thur": 3,
    "thurs": 3,
    "fri": 4,
    "sat": 5,
    "sun": 6,
}

SEASONS: dict[str, str] = {
    "spring": "SP",
    "summer": "SU",
    "fall": "FA",
    "autumn": "FA",
    "winter": "WI",
}

# Counts in durations ("two weeks", "a dozen years"): the number words, plus the articles.
NUMBER_WORDS: dict[str, float] = {
    "a": 1,
    "an": 1,
    **{word: number for word, number in UNITS_WORDS.items() if number},
    **TENS_WORDS,
    "hundred": 100,
    "dozen": 12,
}

# Vague amounts: TIMEX3 writes the count as X ("several years" -> PXY).
VAGUE_AMOUNTS = {"several", "a few", "few", "many", "some", "a couple of", "couple of", "a couple"}

# Ordinals of quarters and halves ("the third quarter", "2nd half").
ORDINALS: dict[str, int] = {
    **{word: number for word, number in ORDINAL_WORDS.items() if number <= 4},
    **{"1st": 1, "2nd": 2, "3rd": 3, "4th": 4},
}

# Duration unit -> (TIMEX3 letter, True when the letter sits after "PT" as a clock unit).
UNITS: dict[str, tuple[str, bool]] = {
    "second": ("S", True),
    "minute": ("M", True),
    "hour": ("H", True),
    "day": ("D", False),
    "night": ("D", False),
    "week": ("W", False),
    "fortnight": ("W", False),
    "month": ("M", False),
    "quarter": ("Q", False),
    "year": ("Y", False),
    "decade": ("DE", False),
    "century": ("CE", False),
    "centurie": ("CE", False),
}

FREQUENCY_ADVERBS: dict[str, str] = {
    "hourly": "PT1H",
    "daily": "P1D",
    "nightly": "P1D",
    "weekly": "P1W",
    "biweekly": "P2W",
    "fortnightly": "P2W",
    "monthly": "P1M",
    "quarterly": "P1Q",
    "yearly": "P1Y",
    "annually": "P1Y",
}

# Holidays on fixed calendar days.
FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
    "christmas eve": (12, 24),
    "christmas day": (12, 25),
    "christmas": (12, 25),
    "independence day": (7, 4),
    "valentine's day": (2, 14),
    "halloween": (10, 31),
    "veterans day": (11, 11),
    "boxing day": (12, 26),
}

# Holidays on the n-th weekday of a month: (month, weekday, n), n = -1 for the last one.
FLOATING_HOLIDAYS: dict[str, tuple[int, int, int]] = {
    "thanksgiving": (11, 3, 4),
    "thanksgiving day": (11, 3, 4),
    "memorial day": (5, 0, -1),
    "labor day": (9, 0, 1),
    "martin luther king day": (1, 0, 3),
    "presidents day": (2, 0, 3),
}


def words(text: str) -> frozenset[str]:
    """The whitespace-separated words of a literal list."""
    return frozenset(text.split())


def _cased(names: list[str]) -> str:
    """Capitalized and upper-case spellings only: month and weekday names are proper nouns."""
    out: list[str] = []
    for word in sorted(names, key=len, reverse=True):
        out.append(word.capitalize())
        out.append(word.upper())
    return "|".join(out)


FULL_MONTHS = [name for name in MONTHS if len(name) > 4 or name in {"may", "june", "july"}]
ABBREVIATED_MONTHS = [name for name in MONTHS if name not in FULL_MONTHS]
FULL_WEEKDAYS = [name for name in WEEKDAYS if name.endswith("day")]
ABBREVIATED_WEEKDAYS = [name for name in WEEKDAYS if not name.endswith("day")]
# As printed: "January", "Monday" (index 0 = January, Monday).
MONTH_NAMES = tuple(name.capitalize() for name in FULL_MONTHS)
WEEKDAY_NAMES = tuple(name.capitalize() for name in FULL_WEEKDAYS)

# Full month names with the shift key held one letter too long ("APril", "SEptember"), where
# the word can be nothing else: not "MAy" (the modal), "MArch" (the verb), "AUgust" (the
# adjective).
_SLIPPED_MONTHS = "|".join(
    name[:2].upper() + name[2:]
    for name in sorted(FULL_MONTHS, key=len, reverse=True)
    if name not in {"may", "march", "august"}
)
# Month names, case-sensitive inside an otherwise case-insensitive pattern.
MONTH_RE = (
    rf"(?-i:(?:{_cased(FULL_MONTHS)}|{_SLIPPED_MONTHS})\b"
    rf"|(?:{_cased(ABBREVIATED_MONTHS)})\b\.?)"
)
WEEKDAY_RE = rf"(?-i:(?:{_cased(FULL_WEEKDAYS)})\b)"
WEEKDAY_ANY_RE = rf"(?-i:(?:{_cased(FULL_WEEKDAYS)})\b|(?:{_cased(ABBREVIATED_WEEKDAYS)})\.)"
SEASON_RE = r"(?:spring|summer|fall|autumn|winter)\b"
DAY_RE = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d%]|[.,:]\d|\s*(?:%|percent\b))"
YEAR_RE = r"(?:1[0-9]|20)\d\d(?![\d%]|[.,]\d)"
NUMBER_RE = (
    rf"(?:\d+(?:\.\d+)?|(?:{TENS_PATTERN})(?:[\s-](?:{ONES_PATTERN})\b)?"
    rf"|(?:{TEENS_PATTERN}|{ONES_PATTERN})\b"
    r"|a\s+few|a\s+couple\s+of|a\s+couple|several|a|an|a\s+dozen|dozen|few|many)"
)
UNIT_RE = (
    r"(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|century"
    r"|centurie)s?\b"
)

# ---- trigger words: only tokens like these can start an expression ---------------------------

_UNIT_WORDS = {
    f"{unit}{suffix}"
    for unit in (
        words("second minute hour day night week fortnight month quarter year decade century")
    )
    for suffix in ("", "s")
} | {"centuries", "weekend", "weekends"}
_NUMBER_TOKENS = set(NUMBER_WORDS) | {"several", "few", "many", "couple", "dozen"}
_MONTH_TOKENS = set(MONTHS)
_WEEKDAY_TOKENS = set(WEEKDAYS)
_SEASON_TOKENS = set(SEASONS)
_REL_TOKENS = words(
    """this last next past coming previous following current latest prior most recent same
    comparable final early late mid earlier later that these the"""
)

# Tokens that start an expression whatever follows them.
STRONG_TRIGGERS = (
    _MONTH_TOKENS
    | _WEEKDAY_TOKENS
    | words(
        """today yesterday tomorrow tonight now currently nowadays presently recently lately
        formerly recent last next past coming previous fiscal calendar fy q1 q2 q3 q4
        hourly daily nightly weekly biweekly fortnightly monthly quarterly yearly annually
        christmas halloween independence valentine veterans boxing thanksgiving easter
        election memorial labor nineteen mid h1 h2"""
    )
)
# Tokens that start an expression only when the next token is in NEXT_AFTER_WEAK (or a number).
WEAK_TRIGGERS = (
    _NUMBER_TOKENS
    | _SEASON_TOKENS
    | words(
        """the a an this at these in that following current latest prior most same comparable
        first second third fourth final 1st 2nd 3rd 4th early late earlier later end beginning
        start middle close turn every each per year new model post pre near short"""
    )
)
NEXT_AFTER_WEAK = (
    _UNIT_WORDS
    | _NUMBER_TOKENS
    | _MONTH_TOKENS
    | _WEEKDAY_TOKENS
    | _SEASON_TOKENS
    | _REL_TOKENS
    | set(ORDINALS)
    | words(
        """half period future end beginning start middle close turn fiscal calendar day
        ago earlier other present near short term thousand of in full two 's entire whole
        corresponding qtr twenties thirties forties fifties sixties seventies eighties
        nineties"""
    )
)

# Weak triggers that need a specific next token rather than any of NEXT_AFTER_WEAK.
NEXT_AFTER_SPECIFIC: dict[str, frozenset[str]] = {
    "in": words("future"),
    "at": words("present"),
    "these": words("days"),
    "that": words("day week month year quarter same"),
    "year": words("end earlier ago 's"),
    "new": words("year"),
}
# Tokens after a number that make it worth trying a date or duration reading.
NEXT_AFTER_NUMBER = _UNIT_WORDS | _MONTH_TOKENS | words("century of and or to through 's")
