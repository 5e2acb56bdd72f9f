"""Fast extraction of quantities (numbers with units, money, percentages, counts) from text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimcheck.numbers import (
    AMBIGUOUS_SCALES,
    NUMBER_WORD_VALUES,
    SCALE_WORDS,
    ParsedNumber,
    parse_digits,
    parse_number_words,
)
from claimcheck.records import QuantityMention
from claimcheck.units import (
    AMBIGUOUS_SURFACES,
    CURRENCY_PREFIXES,
    UNIT_DIMENSIONS,
    UNIT_SURFACES,
)

__all__ = ["find_quantities", "lemmatize_noun"]

# ---------------------------------------------------------------------------------------------
# Lexicons

_NUMBER_WORD_ALT = "|".join(
    sorted([*NUMBER_WORD_VALUES, "hundred", "thousand", "million", "billion", "trillion"], key=len)[
        ::-1
    ]
)
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
    "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)

# A number as written: digits (with separators, decimals, a trailing fraction) or number words.
_NUMBER_RE = re.compile(
    rf"""
    (?P<digits>
        (?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?(?:[ -]\d{{1,2}}/\d{{1,3}}(?!\d))?
        | \.\d+
    )
    | (?P<words>
        \b(?:(?:{_NUMBER_WORD_ALT}|a\ dozen|a\ hundred|a\ thousand|a\ million|a\ billion|dozen|half)
        (?:(?:\s+and\s+|\s+|-)(?:{_NUMBER_WORD_ALT}))*)\b
    )
    """,
    re.VERBOSE | re.IGNORECASE,
)

# Scale word right after a number: "1.2 million", "$3bn", "5.93 mln", "40-million-dollar".
_SCALE_RE = re.compile(
    r"(?:\s*|-)(?P<scale>million|millions|mln|mn|mil|billion|billions|bln|bn|trillion|trln|tn"
    r"|thousand|hundred|crore|lakh|m|b|k)(?![A-Za-z])",
    re.IGNORECASE,
)

_UNIT_ALT = "|".join(re.escape(s) for s in sorted(UNIT_SURFACES, key=len, reverse=True))
# Unit after a number (and scale): "km", " per cent", "-kilometre", " barrels per day".
_UNIT_RE = re.compile(
    rf"(?P<sep>[ \t]*-?[ \t]*)(?P<unit>{_UNIT_ALT})(?![A-Za-z0-9])",
    re.IGNORECASE,
)
# A unit written with a "US" before a currency word or after the number ("$75 U.S.").
_PER_RE = re.compile(
    r"[ \t]*(?:per|a|an|/|each)[ \t]*(?P<word>[A-Za-z][A-Za-z-]*)",
    re.IGNORECASE,
)

_CURRENCY_PREFIX_RE = re.compile(
    r"(?P<cur>US\s?\$|U\.S\.\s?\$|A\$|AU\$|C\$|CA\$|NZ\$|HK\$|S\$|NT\$|R\$|\$|£|€|¥|₹|₪"
    r"|(?<![A-Za-z])(?:USD|GBP|EUR|JPY|AUD|CAD|CHF|INR|Rs\.?|RM|NIS|DM|Stg))\s*$",
)

_QUALIFIER_RE = re.compile(
    r"""(?:^|(?<=[^A-Za-z]))(?:
        (?P<at_least>at\ least|no\ less\ than|not\ less\ than|a\ minimum\ of|no\ fewer\ than)
      | (?P<at_most>at\ most|up\ to|no\ more\ than|not\ more\ than|a\ maximum\ of|as\ many\ as
          |as\ much\ as)
      | (?P<more_than>more\ than|over|above|exceeding|in\ excess\ of|upwards\ of|greater\ than
          |higher\ than|beyond|topping|north\ of)
      | (?P<less_than>less\ than|fewer\ than|under|below|lower\ than|short\ of|just\ under
          |south\ of)
      | (?P<approx>about|around|roughly|nearly|almost|some|approximately|approx\.?|circa|c\.
          |an\ estimated|estimated|close\ to|just\ over|just\ under|more\ or\ less|~|about\ a)
    )[\s,]*(?:of\s+)?$""",
    re.VERBOSE | re.IGNORECASE,
)

_CHANGE_RE = re.compile(
    r"""(?:^|(?<=[^A-Za-z]))(?:
        (?P<up>up|rose|rise|rises|rising|risen|increased|increases|increase|increasing|gained|gain
          |gains|jumped|jump|jumps|climbed|climb|climbs|grew|grow|grows|growth\ of|added|soared
          |surged|advanced|advances|higher|boost|boosted|raised|raise|rallied|spiked|leapt|leaped
          |an\ increase\ of|a\ rise\ of|a\ gain\ of|an\ increase\ by)
      | (?P<down>down|fell|fall|falls|falling|fallen|decreased|decrease|decreases|declined
          |decline|declines|dropped|drop|drops|dropping|lost|lose|loses|slipped|slid|slumped
          |plunged|plummeted|tumbled|eased|shed|lower|cut|dipped|sank|sunk|shrank|shrunk
          |a\ drop\ of|a\ fall\ of|a\ decline\ of|a\ decrease\ of|reduced|off)
    )\s+(?:by\s+|a\ further\s+|another\s+)?(?:(?:about|around|roughly|nearly|almost|some|only
          |just|more\ than|over|less\ than|at\ least|approximately|an\ estimated)\s+)?$""",
    re.VERBOSE | re.IGNORECASE,
)

# Left context that makes a number part of a date, a time or an identifier.
_MONTH_BEFORE_RE = re.compile(rf"\b(?:{_MONTHS})\.?\s*(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s*)?$", re.I)
_MONTH_AFTER_RE = re.compile(rf"(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})\b", re.I)
_YEAR_CONTEXT_RE = re.compile(
    r"\b(?:in|since|by|of|until|till|from|before|after|during|year|fiscal|early|late|mid|and|or"
    r"|to|through|between|the|circa|around|spring|summer|autumn|fall|winter|season|end|start|"
    r"beginning|since\ the|s?in\ early|'?s)[\s-]*$",
    re.I,
)
_TIME_AFTER_RE = re.compile(r"\s*(?:a\.m\.|p\.m\.|am\b|pm\b|GMT\b|EST\b|EDT\b|BST\b|hrs\b|h\b)", re.I)
_IDENTIFIER_BEFORE_RE = re.compile(r"[A-Za-z][A-Za-z]*-?$|#$|[A-Za-z]-?$")
_LIST_MARKER_RE = re.compile(r"(?:^|\n)\s*$")
_PHONE_RE = re.compile(r"\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}\b|\b\d{3}-\d{4}\b")

# Words after a number that cannot be a counted noun.
_NOT_NOUNS = frozenset(
    """
    a an the of in on at to for from by with and or but nor as that this these those than then
    is are was were be been being am has have had will would could should may might can must shall
    do does did it its their his her our your my they we he she you i me them him us who whom which
    what when where while if so not no per than more less most least very too also only just even
    about around over under above below up down out off into onto upon after before between during
    through until since ago earlier later last next yesterday today tomorrow tonight each every all
    some any both either neither such same other another own here there now still yet already
    percent pct times time cents cent year years old because though although whereas however plus
    minus via vs versus against toward towards among amid within without across along behind beyond
    previously respectively compared including says said according those
    """.split()
)
# Words that often sit between a number and its noun ("7 European countries", "3 more goals").
_ADJECTIVE_LIKE = frozenset(
    """
    new old more other additional extra further different separate major minor big small large
    huge top best worst first last key main senior junior young full part-time full-time straight
    consecutive successive previous former current total straight local foreign international
    national domestic military civilian armed unarmed active annual monthly weekly daily
    innocent young elderly wounded injured dead confirmed suspected possible potential known
    """.split()
)
_IRREGULAR_PLURALS: dict[str, str] = {
    "men": "man",
    "women": "woman",
    "people": "person",
    "persons": "person",
    "children": "child",
    "feet": "foot",
    "teeth": "tooth",
    "geese": "goose",
    "mice": "mouse",
    "lives": "life",
    "wives": "wife",
    "knives": "knife",
    "leaves": "leaf",
    "halves": "half",
    "wolves": "wolf",
    "thieves": "thief",
    "shelves": "shelf",
    "calves": "calf",
    "loaves": "loaf",
    "criteria": "criterion",
    "phenomena": "phenomenon",
    "data": "data",
    "media": "media",
    "series": "series",
    "species": "species",
    "news": "news",
    "sheep": "sheep",
    "fish": "fish",
    "deer": "deer",
    "aircraft": "aircraft",
    "police": "police",
    "staff": "staff",
    "cattle": "cattle",
    "crises": "crisis",
    "analyses": "analysis",
    "theses": "thesis",
    "indices": "index",
    "matrices": "matrix",
    "appendices": "appendix",
    "bacteria": "bacterium",
    "alumni": "alumnus",
}
_NO_STRIP_ENDINGS = ("ss", "us", "is", "os", "as")


def lemmatize_noun(word: str) -> str:
    """Singular form of an English noun, lower case: "troops" -> "troop", "men" -> "man"."""
    lower = word.lower()
    if lower in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[lower]
    if "-" in lower:
        head, _, tail = lower.rpartition("-")
        return f"{head}-{lemmatize_noun(tail)}" if tail else lower
    if len(lower) <= 3 or not lower.endswith("s") or lower.endswith(_NO_STRIP_ENDINGS):
        return lower
    if lower.endswith("ies") and len(lower) > 4:
        return lower[:-3] + "y"
    if lower.endswith(("ches", "shes", "xes", "sses", "zzes")):
        return lower[:-2]
    return lower[:-1]


# ---------------------------------------------------------------------------------------------
# Scanner


@dataclass(slots=True)
class _Number:
    start: int
    end: int
    value: float
    precision: float
    is_words: bool
    scale: str | None = None


def _parse_number_at(text: str, match: re.Match[str]) -> _Number | None:
    if match["digits"] is not None:
        parsed = parse_digits(match["digits"])
        is_words = False
    else:
        parsed = parse_number_words(match["words"].split())
        is_words = True
    if parsed is None:
        return None
    return _Number(match.start(), match.end(), parsed.value, parsed.precision, is_words)


def _apply_scale(text: str, number: _Number, has_currency: bool) -> None:
    match = _SCALE_RE.match(text, number.end)
    if not match:
        return
    word = match["scale"].lower()
    if word in AMBIGUOUS_SCALES:
        # "5m" is five metres unless money is involved; "$5m", "5m dollars" are millions.
        attached = match.start("scale") == number.end
        if not attached or not has_currency and not _money_after(text, match.end()):
            return
    if number.is_words and word in ("hundred", "thousand", "million", "billion", "trillion"):
        return
    parsed = ParsedNumber(number.value, number.precision)
    scale = SCALE_WORDS[word]
    number.value = parsed.value * scale
    number.precision = parsed.precision * scale
    number.end = match.end()
    number.scale = word


_MONEY_AFTER_RE = re.compile(r"\s*(?:dollars|dlrs|euros|pounds|yen|stg|usd)\b", re.I)


def _money_after(text: str, pos: int) -> bool:
    return _MONEY_AFTER_RE.match(text, pos) is not None


def _unit_after(text: str, pos: int, number: _Number) -> tuple[str, int] | None:
    """Lexicon unit after a number: (canonical unit, end offset)."""
    match = _UNIT_RE.match(text, pos)
    if not match:
        return None
    surface = match["unit"].lower()
    if surface in AMBIGUOUS_SURFACES:
        attached = match.start("unit") == pos
        written = match["unit"]
        # Single letters and common words are units only when glued to the digits ("5m",
        # "30C") or, for words, when the number is written in digits.
        if len(surface) <= 2 and not attached:
            return None
        if len(surface) <= 2 and surface in ("c", "f") and written.islower():
            return None
        if len(surface) > 2 and number.is_words and surface not in ("degrees", "points"):
            return None
    return UNIT_SURFACES[surface], match.end()


_WORD_RE = re.compile(r"[ \t]+(?P<word>[A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*)")


def _counted_noun_after(text: str, pos: int) -> tuple[str, int] | None:
    """The noun counted by a number: "200,000 troops" -> ("troop", end)."""
    for _ in range(3):
        match = _WORD_RE.match(text, pos)
        if not match:
            return None
        word = match["word"]
        lower = word.lower()
        if lower in _NOT_NOUNS or lower.endswith("ly"):
            return None
        nxt = _WORD_RE.match(text, match.end())
        next_lower = nxt["word"].lower() if nxt else ""
        adjective_like = lower in _ADJECTIVE_LIKE or word[0].isupper()
        if adjective_like and nxt and next_lower not in _NOT_NOUNS and nxt["word"][0].islower():
            pos = match.end()
            continue
        if word[0].isupper() and not word.isupper():
            return None
        return lemmatize_noun(lower), match.end()
    return None


def _skip_as_calendar_or_identifier(text: str, number: _Number, has_unit: bool) -> bool:
    start, end = number.start, number.end
    before = text[max(0, start - 24) : start]
    if number.is_words:
        return False
    raw = text[start:end]
    if start > 0 and text[start - 1] in "-/" and start > 1 and text[start - 2].isdigit():
        return True
    if start > 0 and (text[start - 1].isalpha() or text[start - 1] in "#@_"):
        return True  # "G7", "A320", "#3"
    if start > 1 and text[start - 1] == "-" and text[start - 2].isalpha():
        return True  # "F-16", "COVID-19"
    if end < len(text) and text[end] == ":" and end + 1 < len(text) and text[end + 1].isdigit():
        return True  # "10:30"
    if start > 0 and text[start - 1] == ":":
        return True
    if _TIME_AFTER_RE.match(text, end) and not has_unit:
        return True
    if _MONTH_BEFORE_RE.search(before) or _MONTH_AFTER_RE.match(text, end):
        return True
    if _PHONE_RE.match(text, start):
        return True
    if end < len(text) and text[end] == "." and end + 1 < len(text) and text[end + 1].isdigit():
        return True  # version numbers "3.2.1"
    if "." not in raw and "," not in raw and len(raw) == 4 and not has_unit:
        year = int(raw)
        if 1000 <= year <= 2100:
            return True
    if "." not in raw and "," not in raw and len(raw) == 4 and 1900 <= int(raw) <= 2099:
        if _YEAR_CONTEXT_RE.search(before):
            return True
    if end < len(text) and text[end] == "s" and (end + 1 == len(text) or not text[end + 1].isalpha()):
        return True  # "1990s"
    if end + 1 < len(text) and text[end] == "'" and text[end + 1] == "s":
        return True
    if _LIST_MARKER_RE.search(before) and end < len(text) and text[end] in ".)" and (
        end + 1 >= len(text) or text[end + 1] in " \t"
    ):
        return True
    return False


def _ordinal_after(text: str, end: int) -> bool:
    return text[end : end + 2].lower() in ("st", "nd", "rd", "th") and (
        end + 2 >= len(text) or not text[end + 2].isalpha()
    )


def _qualifier_before(text: str, start: int) -> tuple[str, int]:
    before_start = max(0, start - 30)
    match = _QUALIFIER_RE.search(text, before_start, start)
    if not match:
        return "exact", start
    for name in ("at_least", "at_most", "more_than", "less_than", "approx"):
        if match[name]:
            return name, match.start()
    return "exact", start


def _change_before(text: str, start: int) -> str | None:
    match = _CHANGE_RE.search(text, max(0, start - 50), start)
    if not match:
        return None
    return "up" if match["up"] else "down"


@dataclass(slots=True)
class _Quantity:
    start: int
    end: int
    number: _Number
    unit: str | None
    dimension: str | None
    currency_start: int | None = None


_RANGE_LINK_RE = re.compile(r"\s*(?:-|–|—|to|and|or)\s*(?:-\s*)?", re.I)


def _read_quantity(text: str, match: re.Match[str]) -> _Quantity | None:
    number = _parse_number_at(text, match)
    if number is None:
        return None
    if not number.is_words and _ordinal_after(text, number.end):
        return None
    currency_unit: str | None = None
    currency_start: int | None = None
    if not number.is_words:
        prefix = _CURRENCY_PREFIX_RE.search(text, max(0, number.start - 6), number.start)
        if prefix:
            currency_unit = CURRENCY_PREFIXES.get(re.sub(r"\s+", "", prefix["cur"]).lower())
            currency_unit = currency_unit or CURRENCY_PREFIXES.get(prefix["cur"].lower())
            currency_start = prefix.start()
    _apply_scale(text, number, currency_unit is not None)
    unit: str | None = None
    end = number.end
    found = _unit_after(text, number.end, number)
    if found:
        unit, end = found
        # "$5 billion dollars": the prefix already said which currency.
        if currency_unit and UNIT_DIMENSIONS.get(unit) == "currency" and unit != "cent":
            unit = currency_unit
    elif currency_unit:
        unit = currency_unit
    if unit is None:
        if not number.is_words and end < len(text) and text[end].isalpha():
            return None  # "5G", "3D", "4x4"
        noun = _counted_noun_after(text, end)
        if noun:
            unit, end = noun
    if _skip_as_calendar_or_identifier(text, number, unit is not None):
        return None
    if number.is_words and unit is None:
        return None
    if unit is not None:
        per = _PER_RE.match(text, end)
        if per and (UNIT_DIMENSIONS.get(unit) == "currency" or unit == "cent"):
            denominator = per["word"].lower()
            lexicon_unit = UNIT_SURFACES.get(denominator)
            if denominator not in _NOT_NOUNS:
                unit = f"{unit} / {lexicon_unit or lemmatize_noun(denominator)}"
                end = per.end()
    dimension = _dimension(unit)
    start = currency_start if currency_start is not None else number.start
    return _Quantity(start, end, number, unit, dimension, currency_start)


def _dimension(unit: str | None) -> str | None:
    if unit is None:
        return None
    known = UNIT_DIMENSIONS.get(unit)
    if known:
        return known
    if " / " in unit:
        numerator = unit.split(" / ", 1)[0]
        return "price" if UNIT_DIMENSIONS.get(numerator) == "currency" else "rate"
    return "count"


def find_quantities(text: str) -> list[QuantityMention]:
    """Find the quantities stated in `text`, sorted by start offset. Never raises."""
    try:
        return _find_quantities(text)
    except Exception:  # pragma: no cover - a scanner bug must not break the pipeline
        return []


def _find_quantities(text: str) -> list[QuantityMention]:
    mentions: list[QuantityMention] = []
    pos = 0
    length = len(text)
    while pos < length:
        match = _NUMBER_RE.search(text, pos)
        if match is None:
            break
        quantity = _read_quantity(text, match)
        if quantity is None:
            pos = match.end()
            continue
        mention, pos = _complete(text, quantity)
        if mention is not None:
            mentions.append(mention)
    return mentions


def _complete(text: str, first: _Quantity) -> tuple[QuantityMention | None, int]:
    """Attach range partner, qualifier and change to a quantity; returns the mention and the
    offset where scanning resumes."""
    low_q, high_q = first, None
    link = _RANGE_LINK_RE.match(text, first.number.end if first.unit is None else first.end)
    link_from_number = first.number.end
    for candidate_start in (first.end, link_from_number):
        link = _RANGE_LINK_RE.match(text, candidate_start)
        if not link:
            continue
        nxt = _NUMBER_RE.match(text, _skip_currency(text, link.end()))
        if not nxt:
            continue
        second = _read_quantity(text, nxt)
        if second is None:
            continue
        word = link.group().strip(" -–—").lower()
        if not _is_range(text, first, second, word):
            continue
        high_q = second
        break
    start = first.start
    qualifier, qualifier_start = _qualifier_before(text, start)
    change = _change_before(text, start if qualifier == "exact" else qualifier_start)
    if high_q is None:
        number = first.number
        return (
            QuantityMention(
                start=first.start,
                end=first.end,
                text=text[first.start : first.end],
                value=number.value,
                unit=first.unit,
                dimension=first.dimension,
                qualifier=qualifier,
                change=change,
                precision=number.precision,
            ),
            first.end,
        )
    low_number, high_number = low_q.number, high_q.number
    # "1 to 1.5 million", "5-10W": the scale and unit written once apply to both ends.
    low_value = low_number.value
    if high_number.scale and not low_number.scale and low_value < high_number.value:
        low_value *= SCALE_WORDS[high_number.scale]
    unit = high_q.unit or low_q.unit
    return (
        QuantityMention(
            start=first.start,
            end=high_q.end,
            text=text[first.start : high_q.end],
            value=None,
            low=low_value,
            high=high_number.value,
            unit=unit,
            dimension=_dimension(unit),
            qualifier=qualifier,
            change=change,
            precision=min(low_number.precision, high_number.precision),
        ),
        high_q.end,
    )


def _skip_currency(text: str, pos: int) -> int:
    for symbol in ("US$", "US $", "$", "£", "€", "¥"):
        if text.startswith(symbol, pos):
            return pos + len(symbol)
    return pos


_BETWEEN_RE = re.compile(r"\bbetween\s+(?:\S+\s+)?$", re.I)
_FROM_RE = re.compile(r"\bfrom\s+(?:\S+\s+){0,2}$", re.I)


def _is_range(text: str, first: _Quantity, second: _Quantity, word: str) -> bool:
    if first.unit and second.unit and first.unit != second.unit:
        if _dimension(first.unit) != _dimension(second.unit):
            return False
    before = text[max(0, first.start - 20) : first.start]
    if word == "and":
        return _BETWEEN_RE.search(before) is not None
    if word == "or":
        return False
    if word == "to":
        return True
    # A hyphen: "15,000-18,000"; "2-1" is a score, not a range.
    return second.number.value > first.number.value
