"""Fast extraction of quantities (numbers with units, money, percentages, counts) from text.

A hand-written scanner: one compiled regex finds numbers (digits or number words), then small
anchored regexes and lexicons read what surrounds each one: currency before, scale word and
unit or counted noun after, a range partner, a hedge ("about", "at least") and a change verb
("rose", "fell by"). Dates, times, ordinals, phone numbers, list markers and numbers inside
names ("Boeing 747", "COVID-19", "G7") are skipped.

Conventions of the returned `QuantityMention`s:

* a range ("15,000-18,000", "between 5 and 6 pct", "from $2 to $3") has ``value=None`` and
  fills ``low``/``high`` in the order written (a fall "from 208 to 193 pounds" gives
  low=208, high=193); vague plurals ("hundreds of miles") are ranges 100-1000 with
  qualifier "approx";
* ``unit`` is a canonical unit from `claimcheck.extract.units` (pint name, ISO 4217 code, "percent",
  "cent") or the singular lemma of the counted noun ("troop", "person", "time");
* ``value`` is the number as stated, with scale words applied ("$3bn" -> 3e9 USD) and
  cents kept in cents ("19 cents" -> 19 "cent").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace

from claimcheck.extract.lexicon import (
    ABBREVIATED_MONTHS,
    FULL_MONTHS,
    NUMBER_WORD_VALUES,
    SCALE_WORDS,
)
from claimcheck.extract.numbers import (
    letterless_blocks,
    parse_digits,
    parse_number_words,
    scaled,
)
from claimcheck.extract.units import (
    AMBIGUOUS_SURFACES,
    CASE_SENSITIVE_SURFACES,
    CURRENCY_PREFIXES,
    REGIONAL_CURRENCIES,
    UNIT_DIMENSIONS,
    UNIT_SURFACES,
)
from claimcheck.records import QuantityMention

__all__ = ["find_quantities", "lemmatize_noun"]


def _word_set(words: str) -> frozenset[str]:
    """A lexicon written as whitespace-separated words."""
    return frozenset(words.split())


# ---------------------------------------------------------------------------------------------
# Number recognition

# Blanks between words: spaces, or one line break that is a wrap (Reuters wraps lines at 70
# columns; a new paragraph starts with a line break and an indent, which this does not take).
_G = r"(?:[ \t]|\n(?![ \t\n]))"

_VULGAR = "½¼¾⅓⅔⅛⅜⅝⅞"


def _alternation_trie(words: list[str]) -> str:
    """A regex alternation of `words` factored by shared prefixes, which the engine tries
    much faster than a flat list ("t(?:en|wo|h(?:ree|irty))...")."""
    groups: dict[str, list[str]] = {}
    ends_here = False
    for word in sorted(words, key=lambda item: (-len(item), item)):
        if word:
            groups.setdefault(word[0], []).append(word[1:])
        else:
            ends_here = True
    branches = [re.escape(first) + _alternation_trie(rests) for first, rests in groups.items()]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends_here:
        return f"(?:{body})?"
    return body


def _number_word_alternation() -> str:
    words = [*NUMBER_WORD_VALUES, "hundred", "thousand", "million", "billion", "trillion"]
    by_first: dict[str, list[str]] = {}
    for word in words:
        by_first.setdefault(word[0], []).append(word[1:])
    branches = [
        f"[{first}{first.upper()}]{_alternation_trie(rests)}" for first, rests in by_first.items()
    ]
    return "(?:" + "|".join(branches) + ")"


_NUMBER_WORD_CASED = _number_word_alternation()
# A number as written: digits (separators, decimals, a fraction) or number words. Written so
# that every branch starts with a character class, which lets the regex engine skip ahead fast.
_NUMBER_RE = re.compile(
    rf"(?P<digits>(?:\d{{1,3}}(?:,\d{{3}})+|\d+)"
    rf"(?:[/⁄]\d{{1,3}}(?![\d/⁄])|(?:\.\d+)?(?:[ -]\d{{1,2}}/\d{{1,3}}(?![\d/]))?[{_VULGAR}]?)"
    rf"|\.\d+|[{_VULGAR}])"
    rf"|(?P<words>(?<![A-Za-z])(?:{_NUMBER_WORD_CASED}|[Aa] dozen|[Aa] hundred|[Aa] thousand"
    rf"|[Aa] million|[Aa] billion|[Dd]ozen)(?:(?:\s+and\s+|\s+|-)(?:{_NUMBER_WORD_CASED}))*"
    rf"(?![A-Za-z]))"
)

# Scale word right after a number: "1.2 million", "$3bn", "5.93 mln", "40-million-dollar".
_SCALE_RE = re.compile(
    rf"(?:{_G}*|-)(?P<scale>million|millions|mln|mn|billion|billions|bilion|billon|bln|bn"
    r"|trillion|trln|tn"
    r"|thousand|hundred|crore|lakh|m|b|k)(?![A-Za-z])",
    re.IGNORECASE,
)
_SCIENTIFIC_RE = re.compile(r"[ \t]*[×xX][ \t]*10[ \t]*(?:\^|\*\*)?[ \t]*(?P<exp>[-−]?\d{1,3})")
_NEGATIVE_BEFORE_RE = re.compile(r"(?:\b(?:minus|negative)[ \t-]*|(?:^|(?<=[\s($£€]))[-−])$", re.I)

# The words after a number that may spell its unit: "km", " per cent", "-kilometre".
_UNIT_RUN_RE = re.compile(
    rf"(?P<sep>{_G}*-?{_G}*)(?P<run>[^\s,;:()\[\]{{}}\"“”!?]+(?:{_G}+[^\s,;:()\[\]{{}}\"“”!?]+){{0,4}})"
)
_NON_SPACE_RE = re.compile(r"\S+")
_MAX_UNIT_WORDS = max(surface.count(" ") + 1 for surface in UNIT_SURFACES)
_UNIT_FIRST_WORDS = frozenset(surface.split()[0] for surface in UNIT_SURFACES)
_OF_A_RE = re.compile(rf"{_G}+of{_G}+an?{_G}+(?:US{_G}+|U\.S\.{_G}+|imperial{_G}+)?")
_AGE_SUFFIX_RE = re.compile(rf"{_G}*-?{_G}*old\b", re.I)
_OR_MORE_RE = re.compile(
    rf"{_G}+or{_G}+(?P<dir>more|greater|higher|less|fewer|lower)\b",
    re.I,
)
_CURRENCY_SUFFIX_RE = re.compile(r"[ \t]?(?P<cur>€|\$|£|¥)")
_PER_RE = re.compile(
    rf"{_G}*(?:(?P<word>per|a|an|each){_G}+|/{_G}*)",
    re.I,
)
_TIME_ADVERB_RE = re.compile(rf"{_G}+(?:earlier|ago|before|later|previously)\b", re.I)
_RATE_NOUNS = _word_set(
    "share head person unit piece item ticket seat night room household month year week day "
    "hour minute gallon litre liter barrel ounce ton tonne pound kilo kilogram bushel"
)

_CURRENCY_PREFIX_RE = re.compile(
    r"(?P<cur>(?:US|U\.S\.|HK|AU|A|CA|C|NZ|S|NT|R)[ \t]?\$|\$(?:US|AU|A|C|NZ|HK)"
    r"|\$|£|€|¥|₹|₪|Y=|PS"
    r"|(?<![A-Za-z])(?:USD|GBP|EUR|JPY|AUD|CAD|CHF|INR|Rs\.?|RM|NIS|DM|Stg|stg))[ \t]*[-−]?$",
)
_EXTRA_PREFIXES = {"$us": "USD", "$a": "AUD", "$au": "AUD", "$c": "CAD", "$nz": "NZD"}
_EXTRA_PREFIXES |= {"$hk": "HKD", "y=": "JPY", "ps": "GBP"}

# ---------------------------------------------------------------------------------------------
# Context: hedges, changes, calendar and identifiers

# Hedges and bounds written before a number, as lower-case word sequences.
_QUALIFIER_PHRASES: dict[str, str] = {}
for _qualifier, _phrases in {
    "at_least": "at least|no less than|not less than|a minimum of|no fewer than|not fewer than"
    "|minimum of|at minimum",
    "at_most": "at most|up to|no more than|not more than|a maximum of|as many as|as much as"
    "|as high as|maximum of|at maximum|a max of",
    "approx": "about|around|roughly|nearly|almost|some|approximately|approx.|approx|circa|c."
    "|an estimated|estimated|close to|more or less|~|about a|somewhere between|an average of"
    "|on average|averaging|an approximate|approximate|nigh on|an average|average of",
    "more_than": "more than|over|above|exceeding|in excess of|upwards of|upward of|greater than"
    "|higher than|beyond|topping|north of|just over|well over|well above|over than|>|just above"
    "|topped|tops|exceeded|exceeds|surpassed|surpasses",
    "less_than": "less than|fewer than|under|below|lower than|short of|south of|sub|sub-"
    "|just under|just below|well under|well below|just shy of|shy of|<",
}.items():
    for _phrase in _phrases.split("|"):
        _QUALIFIER_PHRASES[_phrase] = _qualifier

_UP_WORDS = _word_set("""
    up rose rise rises rising risen increased increases increase increasing gained gain gains
    gaining jumped jump jumps jumping climbed climb climbs climbing grew grow grows growing added
    adding adds soared soaring surged surging advanced advances advancing higher boost boosts
    boosted raised raise raises raising rallied spiked leapt leaped firmed expanded widened upped
    """)
_DOWN_WORDS = _word_set("""
    down fell fall falls falling fallen decreased decrease decreases decreasing declined decline
    declines declining dropped drop drops dropping lost lose loses losing slipped slips slid
    slumped plunged plummeted tumbled eased easing eases shed sheds shedding lower cut cuts
    cutting dipped sank sunk shrank shrunk shrinking reduced reduce narrowed contracted off
    lowered retreated weakened slashed
    """)
_CHANGE_NOUNS_UP = _word_set("increase rise gain jump growth hike climb advance")
_CHANGE_NOUNS_DOWN = _word_set("drop fall decline decrease loss cut reduction slump")
# Words allowed between a change verb and its figure: "rose by", "fell a further", "up only".
_CHANGE_FILLERS = _word_set("by a an another further only just some")
_CLAUSE_END_CHARS = frozenset(',;:)]"”')
_CLAUSE_START_CHARS = frozenset('(["“')


def _tail_words(text: str, start: int, limit: int = 6) -> list[str]:
    """Lower-case words just before `start` in the same clause, nearest last."""
    words = text[max(0, start - 50) : start].split()[-limit:]
    tail: list[str] = []
    for word in reversed(words):
        if word[-1] in _CLAUSE_END_CHARS:
            break
        if word[0] in _CLAUSE_START_CHARS:
            if len(word) > 1:
                tail.append(word[1:].lower())
            break
        tail.append(word.lower())
    tail.reverse()
    return tail


# After a change verb these name the level reached, not the size of the change.
_LEVEL_QUALIFIERS = _word_set("below above beyond topped exceeded surpassed")


def _context_before(text: str, start: int) -> tuple[str, str | None]:
    """Qualifier ("approx", "at_least", ...) and change ("up"/"down") written before a figure."""
    tail = _tail_words(text, start)
    qualifier = "exact"
    for size in (3, 2, 1):
        if len(tail) >= size:
            phrase = " ".join(tail[-size:])
            found = _QUALIFIER_PHRASES.get(phrase)
            if found:
                if phrase in _LEVEL_QUALIFIERS:
                    return found, None  # "fell below $20,000" names a level, not a change
                qualifier = found
                del tail[-size:]
                break
    return qualifier, _change_in(tail)


def _change_in(tail: list[str]) -> str | None:
    while tail and tail[-1] in _CHANGE_FILLERS:
        tail = tail[:-1]
    if not tail:
        return None
    last = tail[-1]
    if last in _UP_WORDS:
        return "up"
    if last in _DOWN_WORDS:
        return "down"
    if last == "of" and len(tail) > 1:
        if tail[-2] in _CHANGE_NOUNS_UP:
            return "up"
        if tail[-2] in _CHANGE_NOUNS_DOWN:
            return "down"
    return None


def _change_before(text: str, start: int) -> str | None:
    return _context_before(text, start)[1]


_CHANGE_SUFFIX_RE = re.compile(
    rf"{_G}+(?:(?P<up>rise|increase|gain|jump|growth|rally|surge|hike|climb|advance)"
    r"|(?P<down>drop|decline|fall|decrease|loss|slump|plunge|slide|cut|contraction))\b",
    re.I,
)

_MONTHS = "|".join(name.capitalize() for name in (*FULL_MONTHS, *ABBREVIATED_MONTHS))
_MONTHS_ALT = _MONTHS + "|" + _MONTHS.upper()
_MONTH_BEFORE_RE = re.compile(
    rf"\b(?:{_MONTHS_ALT})\.?[ \t]*(?:\d{{1,2}}(?:st|nd|rd|th)?,?[ \t]*)?$"
)
_MONTH_AFTER_RE = re.compile(rf"(?:st|nd|rd|th)?{_G}+(?:of{_G}+)?(?:{_MONTHS_ALT})\b")
_YEAR_BEFORE_NOUN_RE = re.compile(
    r"\b(?:in|since|by|until|till|before|after|during|fiscal|early|late|mid)[\s-]*$", re.I
)
_YEAR_NOUNS = _word_set(
    "result earnings sale revenue profit loss level figure account election game olympics price"
    " rate budget crop season"
)
_YEAR_SPAN_BEFORE_RE = re.compile(r"\b(?:1\d|20|21)\d\d\s*(?:and|or|to|through|-|–)\s*$")
_TIME_AFTER_RE = re.compile(
    r"[ \t]*(?:a\.m\.|p\.m\.|am\b|pm\b|GMT\b|EST\b|EDT\b|BST\b|CET\b|UTC\b|ET\b|hrs\b|local time)",
    re.I,
)
_NAME_HYPHEN_RE = re.compile(r"(?:[A-Za-z]*[A-Z][A-Za-z]*|covid|sars|mers)[ \t]?-$")
_LABEL_BEFORE_RE = re.compile(
    r"\b(?:category|level|stage|phase|grade|number|no\.|chapter|article|section|page|room|flight"
    r"|route|gate|platform|episode|game|round|version|model|type|tier|class|step|line|unit|lot"
    r"|channel|title|rule|figure|table|item|seed|size|pier|terminal|district|zone)[ \t]+$"
)
_LIST_MARKER_RE = re.compile(r"(?:^|\n)[ \t]*$")
_PHONE_RE = re.compile(r"\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}\b|\d{3}-\d{4}\b")
_STREET_AFTER_RE = re.compile(
    r"(?:[-–]\d+)?(?:[ \t]+(?:Ave|Avenue|Rue|Via|Calle)\b"
    r"|(?:[ \t]+(?:[A-Z][A-Za-z]*\.?|\d+(?:st|nd|rd|th))){1,3}[ \t]+(?:St|Street|Road|Rd|Avenue"
    r"|Ave|Way|Lane|Ln|Boulevard|Blvd|Drive|Dr|Place|Pl|Court|Ct|Square|Sq|Terrace|Highway|Hwy)\b)"
)
# A capitalized or camel-case word just before a number marks a name: "Boeing 747", "iPhone 11".
_NAME_BEFORE_RE = re.compile(
    r"(?:^|(?<=[\s(\"'“]))(?P<word>[A-Z][\w&'’.-]*|[a-z]+[A-Z][\w-]*)[ \t]+$"
)
_NOT_NAMES = _word_set("""
    about some only nearly around over more less just almost up down roughly approximately with
    in at to the by for and of from than under below above between total another estimated
    expected contains costs cost was is are were be has had have it its their his her our we they
    he she a an all about after before during since until when where while if but or nor so yet
    no not nearly exactly precisely barely fully at least whopping only another those these
    this that which who what top
    """)

# Vague plurals: "hundreds of", "tens of thousands of", "dozens of".
_VAGUE_RE = re.compile(
    rf"(?<![A-Za-z])(?:(?P<mult>[Tt]ens|[Hh]undreds|[Dd]ozens){_G}+of{_G}+)?"
    rf"(?P<base>[Dd]ozens|[Hh]undreds|[Tt]housands|[Mm]illions|[Bb]illions|[Tt]ens){_G}+of\b",
)
_VAGUE_BASE = {"dozens": 12.0, "tens": 10.0, "hundreds": 100.0, "thousands": 1e3}
_VAGUE_BASE |= {"millions": 1e6, "billions": 1e9}
# Fractions of a whole: "half of", "two-thirds of", "a third of", "one in five".
_PART_RE = re.compile(
    r"(?<![A-Za-z])(?:(?P<count>[Aa]|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our)(?:(?P<hyphen>-)| )"
    r"(?P<part>halves|half|thirds|third|quarters|quarter|fifths|fifth|tenths|tenth)\b"
    r"|(?P<half>[Hh]alf)(?=\s+(?:of|the)\b)"
    r"|(?P<share>[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|\d{1,2})\s+(?:in|out\s+of)\s+"
    r"(?P<whole>two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\b(?![.,]\d))"
)
_PART_OF_RE = re.compile(r"\s+(?:of|the)\b")
_PART_VALUES = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4}
_PART_VALUES |= {"fifth": 5, "fifths": 5, "tenth": 10, "tenths": 10}
# "one of the tallest towers": one member of a set.
_ONE_OF_RE = re.compile(
    rf"(?<![A-Za-z])[Oo]ne{_G}+of{_G}+(?:the|its|his|her|their|our|my|your|those|these){_G}+"
    rf"(?:(?:most|more|very|few|many|all-time){_G}+)?",
)

# ---------------------------------------------------------------------------------------------
# Counted nouns

# Words after a number that cannot be a counted noun.
_NOT_NOUNS = _word_set("""
    a an the of in on at to for from by with and or but nor as that this these those than then
    is are was were be been being am has have had will would could should may might can must shall
    do does did it its their his her our your my they we he she you i me them him us who whom which
    what when where while if so not no per than more less most least very too also only just even
    about around over under above below up down out off into onto upon after before between during
    through until since ago earlier later last next yesterday today tomorrow tonight each every all
    some any both either neither such same other another own here there now still yet already
    because though although whereas however plus minus via vs versus against toward towards among
    amid within without across along behind beyond previously respectively compared including says
    said according those whose how why apiece alone together instead else away back again
    o'clock am pm a.m p.m left remaining overall others altogether combined dead alive
    came went saw took made got gave found told became began ran won fell rose grew paid sold held
    brought thought knew met sent spent built kept stood led fought bought include includes
    exclude excludes r x near outside inside nearby abroad overseas worldwide
    """)
# Words that often sit between a number and its noun ("7 European countries", "3 more goals").
_ADJECTIVE_LIKE = _word_set("""
    new old more other additional extra further different separate major minor big small large
    common ordinary preferred voting non-voting outstanding
    huge top best worst first key main senior junior young full straight consecutive
    successive previous former current total local foreign international national domestic
    military civilian armed unarmed active annual monthly weekly daily innocent elderly wounded
    injured dead confirmed suspected possible potential known few many several great high low
    long short full-time part-time per-cent straight-line brand tiny giant massive
    """)
_ADJECTIVE_SUFFIXES = ("est", "ing", "ed", "ive", "ful", "ous", "ic", "ish", "less", "able", "ible")
_NOT_HEAD_SUFFIXES = ("ing", "ed", "ly", "est")
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
    "earnings": "earnings",
    "savings": "savings",
    "means": "means",
    "headquarters": "headquarters",
    "buses": "bus",
    "cargoes": "cargo",
    "heroes": "hero",
    "potatoes": "potato",
    "tomatoes": "tomato",
    "vetoes": "veto",
    "echoes": "echo",
    "embargoes": "embargo",
    "tranches": "tranche",
    "niches": "niche",
    "caches": "cache",
    "viruses": "virus",
    "campuses": "campus",
    "statuses": "status",
    "bonuses": "bonus",
}
_NO_STRIP_ENDINGS = ("ss", "us", "is", "os", "as")
_MEN_NOT_PLURAL = _word_set("abdomen regimen specimen stamen acumen hymen")


def lemmatize_noun(word: str) -> str:
    """Singular form of an English noun, lower case: "troops" -> "troop", "men" -> "man"."""
    lower = word.lower()
    if lower in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[lower]
    if "-" in lower:
        head, _, tail = lower.rpartition("-")
        return f"{head}-{lemmatize_noun(tail)}" if tail else lower
    if lower.endswith("men") and len(lower) > 4 and lower not in _MEN_NOT_PLURAL:
        return lower[:-3] + "man"  # "seamen", "policemen", "chairmen"
    if len(lower) <= 3 or not lower.endswith("s") or lower.endswith(_NO_STRIP_ENDINGS):
        return lower
    if lower.endswith("ies") and len(lower) > 4:
        return lower[:-3] + "y"
    if lower.endswith(("ches", "shes", "xes", "sses", "zzes")):
        return lower[:-2]
    return lower[:-1]


_WORD_RE = re.compile(rf"{_G}+(?P<word>[A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*)")


def _is_noun_candidate(word: str) -> bool:
    lower = word.lower()
    return lower not in _NOT_NOUNS and not lower.endswith("ly") and word[0].islower()


def _counted_noun_after(
    text: str, pos: int, plural_expected: bool = True
) -> tuple[str, int, bool] | None:
    """The noun counted by a number: "200,000 troops" -> ("troop", end offset, plural).

    Skips adjective-like words ("7 European countries", "300 recorded songs") and, when a
    plural is expected, singular modifiers of a plural head ("12 oil companies"); gives the
    lexicon unit when the noun is one ("50 previous years" -> "year").
    """
    for _ in range(4):
        match = _WORD_RE.match(text, pos)
        if not match:
            return None
        word = match["word"]
        lower = word.lower()
        following = _WORD_RE.match(text, match.end())
        next_word = following["word"] if following else ""
        next_is_noun = bool(next_word) and _is_noun_candidate(next_word)
        if lower in _ADJECTIVE_LIKE and next_is_noun:
            pos = match.end()  # "10 other people", "3 more goals", "two new products"
            continue
        if lower in _NOT_NOUNS or lower.endswith("ly"):
            return None
        next_is_name = bool(next_word) and next_word[0].isupper()
        adjective_like = (
            lower in _ADJECTIVE_LIKE
            or lower.endswith(_ADJECTIVE_SUFFIXES)
            or word[0].isupper()
            or "-" in lower
        )
        lemma = lemmatize_noun(lower)
        if adjective_like and (next_is_noun or next_is_name):
            pos = match.end()
            continue
        if plural_expected and next_is_noun and lemma == lower and _is_plural(next_word):
            pos = match.end()  # "12 oil companies", "26,400 farm borrowers"
            continue
        if word[0].isupper() and not (lower.endswith("s") and word[1:].islower()):
            return None  # "Boeing 747 Max", "2019 Ballon"; demonyms ("Americans") pass
        if len(lower) == 1 or (lower.endswith(_NOT_HEAD_SUFFIXES) and lower not in UNIT_SURFACES):
            return None
        unit = UNIT_SURFACES.get(lower)
        if unit is not None and lower not in AMBIGUOUS_SURFACES:
            return unit, match.end(), lemma != lower
        return lemma, match.end(), lemma != lower
    return None


def _is_plural(word: str) -> bool:
    lower = word.lower()
    return lower not in _NOT_NOUNS and lemmatize_noun(lower) != lower


# ---------------------------------------------------------------------------------------------
# Scanner


@dataclass(slots=True)
class _Number:
    start: int
    end: int
    value: float
    precision: float
    is_words: bool
    is_plain_integer: bool
    scale: str | None = None


@dataclass(slots=True)
class _Quantity:
    start: int
    end: int
    number: _Number
    unit: str | None
    # True when a unit or currency is written with this number itself (not borrowed).
    has_own_unit: bool


def _parse_number(text: str, match: re.Match[str]) -> _Number | None:
    if match["words"] is not None:
        parsed = parse_number_words(match["words"].split())
        if parsed is None:
            return None
        return _Number(match.start(), match.end(), parsed.value, parsed.precision, True, False)
    raw = match["digits"]
    parsed = parse_digits(raw.replace("⁄", "/"))
    if parsed is None:
        return None
    plain = raw.isdigit()
    return _Number(match.start(), match.end(), parsed.value, parsed.precision, False, plain)


def _apply_scales(text: str, number: _Number, money: bool) -> None:
    """Multiply by the scale words after a number ("4 hundred million", "$3bn")."""
    for _ in range(3):
        match = _SCALE_RE.match(text, number.end)
        if not match:
            return
        written = match["scale"]
        word = written.lower()
        if word in ("m", "b", "k"):
            attached = match.start("scale") == number.end
            # "5m" is five metres, "$5m", "5m euros" and "4.3M" are millions; "5 m" is never
            # a scale.
            if not attached or number.is_words:
                return
            money = money or _currency_after(text, match.end())
            if word == "m" and not money and written == "m":
                return
            if word in ("b", "k") and not money and number.scale is None and written.islower():
                return
        if number.is_words and word in ("hundred", "thousand", "million", "billion", "trillion"):
            return
        scale = SCALE_WORDS[word]
        number.value = scaled(number.value, scale)
        number.precision = scaled(number.precision, scale)
        number.end = match.end()
        number.scale = word


def _currency_after(text: str, pos: int) -> bool:
    found = _lexicon_unit(text, pos)
    return found is not None and UNIT_DIMENSIONS.get(found[0]) == "currency"


def _currency_before(text: str, start: int) -> tuple[str, int] | None:
    match = _CURRENCY_PREFIX_RE.search(text, max(0, start - 8), start)
    if not match:
        return None
    raw = match["cur"]
    key = re.sub(r"[ \t]+", "", raw).lower()
    code = CURRENCY_PREFIXES.get(key) or _EXTRA_PREFIXES.get(key)
    if code is None:
        return None
    return code, match.start()


def _lexicon_unit(text: str, pos: int) -> tuple[str, str, int, int] | None:
    """Longest lexicon unit written at `pos`: (canonical unit, as written, unit start, end)."""
    match = _UNIT_RUN_RE.match(text, pos)
    if not match:
        return None
    run = match["run"]
    unit_start = match.start("run")
    first_word = run.split(None, 1)[0]
    first = first_word.rstrip(".,'’=")
    if first in CASE_SENSITIVE_SURFACES:
        return CASE_SENSITIVE_SURFACES[first], first, unit_start, unit_start + len(first)
    first_lower = first.lower()
    if (
        first_word.lower() not in _UNIT_FIRST_WORDS
        and first_lower not in _UNIT_FIRST_WORDS
        and first_lower.split("-", 1)[0] not in _UNIT_FIRST_WORDS
    ):
        return None  # the common case: a noun or a verb follows, not a unit
    spans = [(word.start(), word.end()) for word in _NON_SPACE_RE.finditer(run)]
    words = [run[a:b] for a, b in spans]
    for count in range(min(len(words), _MAX_UNIT_WORDS), 0, -1):
        written = " ".join(words[:count])
        unit = UNIT_SURFACES.get(written.lower())
        if unit is None:
            stripped = written.rstrip(".,'’=")
            unit = UNIT_SURFACES.get(stripped.lower())
            if unit is None and count == 1 and "-" in stripped:
                # "year-old", "km-long": the unit is the first part of a hyphenated word.
                stripped = stripped.split("-", 1)[0]
                unit = UNIT_SURFACES.get(stripped.lower())
            if unit is None:
                continue
            written = stripped
        last_word = written.rsplit(" ", 1)[-1]
        end = unit_start + spans[count - 1][0] + len(last_word)
        return unit, written, unit_start, end
    return None


def _unit_after(text: str, pos: int, number: _Number) -> tuple[str, int] | None:
    """Lexicon unit right after a number: (canonical unit, end offset)."""
    found = _lexicon_unit(text, pos)
    if found is None:
        return None
    unit, written, unit_start, end = found
    attached = unit_start == pos
    if written in CASE_SENSITIVE_SURFACES:
        if number.is_words or not (attached or written in ("Nm", "mA", "MW", "mW", "PS")):
            return None
        return unit, end
    surface = written.lower()
    if surface in AMBIGUOUS_SURFACES:
        if surface == "p" and not number.is_words:
            return unit, end  # "up 14 p at 392 p": pence
        # "12 C" is a temperature; "10 a" or "5 m" alone are not units.
        upper_symbol = surface in ("c", "f", "w", "v") and written.isupper()
        if len(surface) <= 2 and not attached and not (upper_symbol and not number.is_words):
            return None
        if len(surface) <= 2 and surface in ("c", "f") and written.islower():
            return None
        # "five billion marks": a sum in millions is money even when written in words.
        large_sum = UNIT_DIMENSIONS.get(unit) == "currency" and number.value >= 1e6
        spelled_out = number.is_words and surface not in ("degrees", "points")
        if len(surface) > 2 and spelled_out and not large_sum:
            return None
        if surface in ("real", "won") and not (attached or number.scale or large_sum):
            return None  # "5 real", "3 won" are rarely money without a scale word
    return unit, end


def _read_quantity(text: str, match: re.Match[str], in_range: bool = False) -> _Quantity | None:
    """Read one number and what is written around it; None when it is not a quantity."""
    number = _parse_number(text, match)
    if number is None:
        return None
    if text.startswith("-for-", number.end) or text.endswith("-for-", 0, number.start):
        return None  # a ratio: "a 3-for-2 split", "one-for-six rights issue"
    start, currency = number.start, None
    if not number.is_words:
        before = _read_before_digits(text, number, in_range)
        if before is None:
            return None
        start, currency = before
    _apply_scales(text, number, currency is not None)
    read = _read_unit(text, number, currency)
    if read is None:
        return None
    if not number.is_words and _skip_in_context(text, number, read, currency):
        return None
    return _Quantity(start, read.end, number, read.unit, read.has_own_unit)


def _read_before_digits(
    text: str, number: _Number, in_range: bool
) -> tuple[int, str | None] | None:
    """Start of the quantity and its currency prefix; applies a minus sign and a "×10^n".

    None when the digits belong to something else ("G7", "F-16", "10:30", "21st").
    """
    start = number.start
    if _skip_digits(text, number, in_range):
        return None
    currency: str | None = None
    found_currency = _currency_before(text, start)
    # "PS2.7m", "PS21,700": a pound sign mangled to "PS"; "PS4" is a console.
    mangled_pound = found_currency and found_currency[0] == "GBP" and text[start - 1] == "S"
    if mangled_pound and number.is_plain_integer and not _SCALE_RE.match(text, number.end):
        found_currency = None
    if found_currency:
        currency, start = found_currency[0], min(start, found_currency[1])
    elif start > 0 and text[start - 1].isalpha():
        return None  # "G7", "A320", "mp3"
    negative = _NEGATIVE_BEFORE_RE.search(text, max(0, number.start - 12), number.start)
    if negative and (negative.start() > 0 or number.start > 1) and not _after_name(text, negative):
        number.value = -number.value
        start = min(start, negative.start())
    scientific = _SCIENTIFIC_RE.match(text, number.end)
    if scientific:
        power = 10.0 ** int(scientific["exp"].replace("−", "-"))
        number.value = scaled(number.value, power)
        number.precision = scaled(number.precision, power)
        number.end = scientific.end()
    return start, currency


_REGIONAL_WORD_RE = re.compile(r"(?<![A-Za-z])(?P<word>crown|dinar)s?$", re.I)
_REGIONAL_CUES = {
    word: [(re.compile(rf"\b(?:{cues})\b", re.I), code) for cues, code in pairs]
    for word, pairs in REGIONAL_CURRENCIES.items()
}
# How far back a country named for "crowns" or "dinars" is looked for (a dateline, a clause).
_REGIONAL_REACH = 400


def _regional_currency(text: str, start: int, word: str) -> str | None:
    """ISO code of plain "crowns"/"dinars" from the nearest country cue before the figure."""
    window_start = max(0, start - _REGIONAL_REACH)
    best: tuple[int, str] | None = None
    for cue, code in _REGIONAL_CUES[word]:
        for match in cue.finditer(text, window_start, start):
            if best is None or match.start() > best[0]:
                best = (match.start(), code)
    return best[1] if best else None


@dataclass(slots=True)
class _UnitRead:
    """What follows a number: its unit, where the quantity ends, whether the unit is written
    with this number (not borrowed from the other end of a range), and whether the counted
    noun is plural."""

    unit: str | None
    end: int
    has_own_unit: bool = False
    noun_is_plural: bool = False


def _read_unit(text: str, number: _Number, currency: str | None) -> _UnitRead | None:
    """The unit after a number: a lexicon unit, the currency prefix, a currency symbol after
    the number, "of a <unit>" after a fraction, then a counted noun; a price gets its "per
    <unit>". None when letters glued to the digits make it something else ("5G", "3D")."""
    read = _written_unit(text, number, currency)
    if read.unit is None and number.value < 1 and not number.is_words:
        _read_fraction_of_unit(text, read)
    if read.unit is None:
        if not number.is_words and read.end < len(text) and text[read.end].isalpha():
            return None  # "5G", "3D", "4x4"
        _read_counted_noun(text, number, read)
    if read.unit is not None and read.unit != "time" and " / " not in read.unit:
        _read_per_unit(text, read)
    return read


def _written_unit(text: str, number: _Number, currency: str | None) -> _UnitRead:
    """A unit from the lexicon, else the currency written before or after the number."""
    found = _unit_after(text, number.end, number)
    if found:
        unit, end = found
        regional = _REGIONAL_WORD_RE.search(text, max(number.end, end - 8), end)
        if regional:
            unit = _regional_currency(text, number.start, regional["word"].lower()) or unit
        if currency and UNIT_DIMENSIONS.get(unit) == "currency" and unit != "cent":
            unit = currency  # "$5 billion dollars": the prefix already names the currency
        age = _AGE_SUFFIX_RE.match(text, end)
        if age and UNIT_DIMENSIONS.get(unit) == "time":
            end = age.end()  # "35-year-old"
        return _UnitRead(unit, end, has_own_unit=True)
    if currency:
        return _UnitRead(currency, number.end, has_own_unit=True)
    suffix = _CURRENCY_SUFFIX_RE.match(text, number.end)
    if suffix and not number.is_words:
        return _UnitRead(CURRENCY_PREFIXES[suffix["cur"]], suffix.end(), has_own_unit=True)
    return _UnitRead(None, number.end)


def _read_fraction_of_unit(text: str, read: _UnitRead) -> None:
    of_a = _OF_A_RE.match(text, read.end)
    found_unit = _lexicon_unit(text, of_a.end()) if of_a else None
    if of_a and found_unit and found_unit[2] == of_a.end():
        read.unit, read.end = found_unit[0], found_unit[3]  # "3/4 of a US gallon"


def _read_counted_noun(text: str, number: _Number, read: _UnitRead) -> None:
    noun = _counted_noun_after(text, read.end, number.value != 1)
    if noun is None and read.end < len(text) and text[read.end] == "-":
        noun = _hyphenated_noun(text, read.end)
    if noun:
        read.unit, read.end, read.noun_is_plural = noun
        read.has_own_unit = True


def _read_per_unit(text: str, read: _UnitRead) -> None:
    per = _PER_RE.match(text, read.end)
    money = UNIT_DIMENSIONS.get(read.unit) == "currency"
    # "$58.24 per barrel", "19 cts a share"; "3,000 tests per day" (but "six times a
    # year" stays a count of times: the frequency is read from the date beside it).
    if per and (money or per["word"] is None or per["word"].lower() == "per"):
        denominator = _per_denominator(text, per)
        if denominator:
            read.unit = f"{read.unit} / {denominator[0]}"
            read.end = denominator[1]


_CAPITALS_BEFORE_RE = re.compile(r"[A-Z]{2,}[ \t]*$")
_HYPHEN_WORD_RE = re.compile(r"-(?P<word>[A-Za-z]+)(?:-old)?\b")
_PLAIN_WORD_RE = re.compile(r"(?P<word>[A-Za-z]+)\b")


def _after_name(text: str, negative: re.Match[str]) -> bool:
    """A hyphen after a name is part of it ("COVID -19"), not a minus sign."""
    if negative.group().strip() not in ("-", "−"):
        return False
    return (
        _CAPITALS_BEFORE_RE.search(text, max(0, negative.start() - 12), negative.start())
        is not None
    )


def _hyphenated_noun(text: str, pos: int) -> tuple[str, int, bool] | None:
    """ "3,000-strong force" -> "force"; "15-member board" -> "member"."""
    match = _HYPHEN_WORD_RE.match(text, pos)
    if not match:
        return None
    word = match["word"].lower()
    adjective = word in _ADJECTIVE_LIKE or word.endswith((*_ADJECTIVE_SUFFIXES, "al"))
    if word in ("strong", "odd", "plus", "something", "year", "old") or adjective:
        # "3,000-strong force", "24-industrial nation": the noun comes after.
        return _counted_noun_after(text, match.end(), plural_expected=False)
    if word in _NOT_NOUNS or word.endswith(_NOT_HEAD_SUFFIXES):
        return None
    unit = UNIT_SURFACES.get(word)
    return (unit or lemmatize_noun(word)), match.end(), False


def _per_denominator(text: str, per: re.Match[str]) -> tuple[str, int] | None:
    pos = per.end()
    found = _lexicon_unit(text, pos)
    if found and found[2] == pos:
        unit, written, _, end = found
        if written.lower() not in AMBIGUOUS_SURFACES and not _TIME_ADVERB_RE.match(text, end):
            return unit, end
    word_match = _PLAIN_WORD_RE.match(text, pos)
    if not word_match:
        return None
    word = word_match["word"]
    lemma = lemmatize_noun(word)
    if word.lower() in _NOT_NOUNS:
        return None
    if per["word"] and per["word"].lower() in ("a", "an") and lemma not in _RATE_NOUNS:
        return None
    if _TIME_ADVERB_RE.match(text, word_match.end()):
        return None  # "$6.8 billion a year earlier"
    return lemma, word_match.end()


def _skip_digits(text: str, number: _Number, in_range: bool) -> bool:
    """Digits that are part of something else, judged before reading the unit."""
    start, end = number.start, number.end
    if (
        text[end : end + 2].lower() in ("st", "nd", "rd", "th")
        and not text[end + 2 : end + 3].isalpha()
    ):
        return True  # ordinal "21st"
    return (
        _glued_before(text, start, in_range)
        or _glued_after(text, end)
        or bool(_PHONE_RE.match(text, start))
    )


def _glued_before(text: str, start: int, in_range: bool) -> bool:
    """What comes right before makes the digits part of a name, a date or a number."""
    if start == 0:
        return False
    previous = text[start - 1]
    if previous in "#@_&" or (previous in ".," and start > 1 and text[start - 2].isdigit()):
        return True
    if previous in "-/" and start > 1:
        before = text[start - 2]
        if before.isalpha() and _NAME_HYPHEN_RE.search(text, max(0, start - 16), start):
            return True  # "F-16", "COVID-19"; "minus-5", "sub-7" are not names
        if before.isdigit() and not in_range:
            return True  # second part of "2019-20", "3/4/2020"
    if previous == "-" and _NAME_HYPHEN_RE.search(text, max(0, start - 16), start):
        return True  # "COVID -19"
    return previous == ":" or (previous == "." and start > 1 and text[start - 2] == ".")


def _glued_after(text: str, end: int) -> bool:
    """What comes right after makes the digits a time, a version, a date or a decade."""
    if end >= len(text):
        return False
    following = text[end]
    if following == ":" and text[end + 1 : end + 2].isdigit():
        return True  # "10:30"
    if following in "./" and text[end + 1 : end + 2].isdigit():
        return True  # "3.2.1", "3/4/2020"
    if following == "s" and not text[end + 1 : end + 2].isalpha():
        return True  # "1990s", "the 80s"
    return following in "'’" and text[end + 1 : end + 2] == "s"


def _skip_in_context(text: str, number: _Number, read: _UnitRead, currency: str | None) -> bool:
    """Calendar, time, address, list-marker and name numbers, judged once the unit is known."""
    start, end = number.start, number.end
    if currency:
        return False
    before = text[max(0, start - 24) : start]
    has_lexicon_unit = read.unit is not None and read.unit in UNIT_DIMENSIONS
    if not has_lexicon_unit and _TIME_AFTER_RE.match(text, end):
        return True
    if _MONTH_BEFORE_RE.search(before) or _MONTH_AFTER_RE.match(text, end):
        return True
    if (
        number.is_plain_integer
        and number.scale is None
        and _integer_is_no_count(text, number, read, before, has_lexicon_unit)
    ):
        return True
    if _LIST_MARKER_RE.search(before) and text[end : end + 1] in (".", ")"):
        return not text[end + 1 : end + 2].isdigit()
    return False


def _integer_is_no_count(
    text: str, number: _Number, read: _UnitRead, before: str, has_lexicon_unit: bool
) -> bool:
    """A plain integer that is a year, a street number, a label ("game 7"), a model or a
    name's number rather than a count."""
    start, end = number.start, number.end
    if end - start == 4 and not has_lexicon_unit and _reads_as_year(text, number, read, before):
        return True
    if has_lexicon_unit:
        return False
    if _STREET_AFTER_RE.match(text, end) or _LABEL_BEFORE_RE.search(before):
        return True  # "10 Downing Street"; "category 4", "game 7"
    if read.unit is None and _CAPITAL_AFTER_RE.match(text, end):
        return True  # "787 Dreamliner", "90049 ZIP code": a model or code, not a count
    name = _NAME_BEFORE_RE.search(before)
    if name and _is_name(text, start - len(before) + name.start()):
        word = name["word"]
        return word.lower() not in _NOT_NAMES and word.rstrip(".") not in _MONTHS
    return False


def _reads_as_year(text: str, number: _Number, read: _UnitRead, before: str) -> bool:
    """A bare 4-digit figure is a year; before a counted noun it is a count unless a
    preposition of time says otherwise ("in 2019 elections were held")."""
    year = int(text[number.start : number.end])
    return 1000 <= year <= 2199 and (
        read.unit is None
        or bool(_YEAR_BEFORE_NOUN_RE.search(before))
        or bool(_YEAR_SPAN_BEFORE_RE.search(before))  # "between 2008 and 2011 rents"
        # "1986 net", "the 1987 budget", "1986 results": a count takes a plural noun
        or (1900 <= year <= 2099 and (not read.noun_is_plural or read.unit in _YEAR_NOUNS))
    )


_CAPITAL_AFTER_RE = re.compile(r"[ \t][A-Z]")


def _is_name(text: str, word_start: int) -> bool:
    """A capitalized word counts as a name unless it merely starts the sentence."""
    before = text[max(0, word_start - 12) : word_start].rstrip()
    if not before and word_start <= 12:
        return not text[word_start].isupper() or text[word_start + 1 : word_start + 2].isupper()
    return not before or before[-1] not in '.!?:;"“(\n'


def _change_after(text: str, start: int, end: int) -> str | None:
    if start > 0 and text[start - 1] == "+":
        return "up"
    suffix = _CHANGE_SUFFIX_RE.match(text, end)
    if suffix:
        return "up" if suffix["up"] else "down"
    return None


_RANGE_LINK_RE = re.compile(
    rf"{_G}*(?P<link>-|–|—|to|and|or|through){_G}*(?:-{_G}*)?",
    re.I,
)
_BETWEEN_RE = re.compile(rf"\bbetween{_G}+(?:\S+{_G}+)?$", re.I)
_FROM_RE = re.compile(
    rf"\b(?:from|range|ranging|ranges|ranged){_G}+(?:\S+{_G}+){{0,2}}$",
    re.I,
)


def find_quantities(text: str) -> list[QuantityMention]:
    """Find the quantities stated in `text`, sorted by start offset."""
    mentions: list[QuantityMention] = []
    parts = _parts(text) if _may_hold_parts(text) else []
    part_spans = _Spans(parts)
    pos = 0
    length = len(text)
    blocks = letterless_blocks(text)
    while pos < length:
        match = _NUMBER_RE.search(text, pos)
        if match is None:
            break
        if blocks:
            block = bisect_right(blocks, (match.start(), length)) - 1
            if block >= 0 and match.start() < blocks[block][1]:
                pos = blocks[block][1]  # figures in a run without words state no claim
                continue
        if parts and part_spans.overlaps(match.start(), match.start() + 1):
            pos = match.end()  # "two-thirds of", "one in five": read as a fraction
            continue
        quantity = _read_quantity(text, match)
        if quantity is None:
            pos = match.end()
            continue
        mention, pos = _complete(text, quantity)
        if mention is not None:
            mentions.append(mention)
    if len(mentions) > 1:
        mentions = _without_overlaps(mentions)  # "5 € 3.5": one symbol read twice
        _carry_units(text, mentions)
    if parts:
        mentions = [m for m in mentions if not part_spans.overlaps(m.start, m.end)]
        mentions.extend(parts)
        mentions.sort(key=lambda mention: mention.start)
    if any(hint in text for hint in _VAGUE_OR_ONE_OF_HINTS):
        mentions.extend(_vague_and_one_of(text, mentions))
        mentions.sort(key=lambda mention: mention.start)
        return _without_overlaps(mentions)
    return mentions


def _without_overlaps(mentions: list[QuantityMention]) -> list[QuantityMention]:
    """Keep the first of any mentions that share text (the list is sorted by start)."""
    kept: list[QuantityMention] = []
    for mention in mentions:
        if not kept or mention.start >= kept[-1].end:
            kept.append(mention)
    return kept


class _Spans:
    """Disjoint mentions sorted by start, asked whether a span overlaps one (in log time)."""

    def __init__(self, mentions: list[QuantityMention]) -> None:
        self.starts = [mention.start for mention in mentions]
        self.ends = [mention.end for mention in mentions]

    def overlaps(self, start: int, end: int) -> bool:
        index = bisect_left(self.starts, end) - 1  # the last mention starting before `end`
        return index >= 0 and self.ends[index] > start


# Cheap substring tests that rule out the rarer patterns before running their regexes.
_PART_HINTS = ("half", "Half", "third", "Third", "quarter", "Quarter", "fifth", "tenth")
_SHARE_HINT_RE = re.compile(r" (?:in|out of) (?:two|three|four|five|six|seven|eight|nine|ten|\d)")
_VAGUE_OR_ONE_OF_HINTS = ("ens of", "dreds of", "sands of", "lions of", "zens of", "ne of")


def _may_hold_parts(text: str) -> bool:
    return any(hint in text for hint in _PART_HINTS) or _SHARE_HINT_RE.search(text) is not None


_CARRY_LINK_RE = re.compile(
    r"\s*,?\s*(?:vs\.?|versus|against|from|compared\s+(?:with|to))\s+"
    r"(?:(?:a|an|the)\s+)?(?:(?:revised|restated|adjusted|upwardly|downwardly)\s+){0,2}",
    re.I,
)
_LIST_LINK_RE = re.compile(r"(?:,|,? and|,? or)[ \t]+")
_CARRY_CHAIN_RE = re.compile(r"\s*(?:,|and|or|,\s*and)\s*", re.I)


_SCALED_TEXT_RE = re.compile(
    r"(?<![A-Za-z])(?:million|mln|mn|billion|bilion|billon|bln|bn|trillion|trln|tn|thousand"
    r"|crore|lakh)(?![A-Za-z])|(?<=\d)[mbk](?![A-Za-z])",
    re.I,
)


def _may_share_unit(source: QuantityMention, target: QuantityMention) -> bool:
    """Whether `target` (no unit of its own) may be the same measure as `source`.

    A scale word marks an amount: "1.8 mln" is not a percentage, and after "4.5 pct" it is
    another measure; "73.25 billion francs from 75.27 billion" scale alike and share one.
    """
    if _SCALED_TEXT_RE.search(target.text) is None:
        return True
    return source.unit != "percent" and _SCALED_TEXT_RE.search(source.text) is not None


def _carry_units(text: str, mentions: list[QuantityMention]) -> None:
    """Give a unit written once to the figures it is compared with, in place.

    "98 cts vs 62", "73.25 billion francs from 75.27 billion", "158.5 billion dlrs against
    148.0 billion and 120.0 billion": the later figures take the earlier one's unit.
    """
    carried = False
    for index in range(1, len(mentions)):
        previous, current = mentions[index - 1], mentions[index]
        if current.unit is not None or previous.unit is None:
            carried = False
            continue
        if not _may_share_unit(previous, current):
            carried = False
            continue
        between = text[previous.end : current.start]
        linked = len(between) < 40 and _CARRY_LINK_RE.fullmatch(between)
        if not linked and not (carried and _CARRY_CHAIN_RE.fullmatch(between)):
            carried = False
            continue
        mentions[index] = replace(current, unit=previous.unit, dimension=previous.dimension)
        carried = True
    # "1,000 and 10,000 dlrs", "5, 10 or 20 pct": a list takes the unit written at its end.
    for index in range(len(mentions) - 2, -1, -1):
        current, following = mentions[index], mentions[index + 1]
        if current.unit is not None or following.unit is None or current.value is None:
            continue
        if not _may_share_unit(following, current):
            continue
        if _LIST_LINK_RE.fullmatch(text, current.end, following.start):
            unit, dimension = following.unit, following.dimension
            mentions[index] = replace(current, unit=unit, dimension=dimension)


def _link_range(text: str, first: _Quantity) -> tuple[_Quantity | None, bool]:
    """The upper end of a range starting at `first`; second item True for a score ("2-1")."""
    positions = [first.end] if first.end == first.number.end else [first.number.end, first.end]
    for position in positions:
        link = _RANGE_LINK_RE.match(text, position)
        if not link:
            continue
        after_link = link.end()
        nxt = _NUMBER_RE.match(text, after_link)
        if nxt is None:
            for symbol_length in (1, 2, 3, 4):
                nxt = _NUMBER_RE.match(text, after_link + symbol_length)
                if nxt and _currency_before(text, nxt.start()):
                    break
                nxt = None
        if nxt is None:
            continue
        second = _read_quantity(text, nxt, in_range=True)
        if second is None:
            continue
        word = link["link"].lower()
        verdict = _range_verdict(text, first, second, word, position == first.end)
        if verdict == "score":
            return None, True
        if verdict == "range":
            return second, False
    return None, False


def _range_verdict(
    text: str, first: _Quantity, second: _Quantity, word: str, after_unit: bool
) -> str:
    """ "range", "score" ("2-1") or "no" for two quantities linked by `word`."""
    units_differ = first.has_own_unit and first.unit and second.unit and first.unit != second.unit
    if units_differ and not second.unit.startswith(first.unit + " / "):
        return "no"  # "$31 and $35 per share" is one range; "1.2 USD to 1 EUR" is not
    if first.has_own_unit and not after_unit:
        return "no"  # the unit sits between the numbers but the link was read before it
    before = text[max(0, first.start - 40) : first.start]
    if word == "and":
        return "range" if _BETWEEN_RE.search(before) else "no"
    if word == "or":
        ordered = second.number.value > first.number.value
        return "range" if not first.has_own_unit and second.unit and ordered else "no"
    if word in ("to", "through"):
        return _to_verdict(text, first, second, before)
    # A dash: "15,000-18,000" is a range, "2-1" or "89-89" a score.
    if second.number.value > first.number.value:
        return "range"
    if first.number.is_plain_integer and second.number.is_plain_integer and not second.unit:
        return "score"
    return "no"


def _to_verdict(text: str, first: _Quantity, second: _Quantity, before: str) -> str:
    """ "5 to 6 pct" is a range; "fell 1,100 to 11.3 pct" a change and a level."""
    if _FROM_RE.search(before) or _BETWEEN_RE.search(before):
        return "range"
    low, high = first.number.value, second.number.value
    if second.number.scale and not first.number.scale:
        low = scaled(low, SCALE_WORDS[second.number.scale])  # "by two to three mln"
    close = 0 < low < high and (high <= 3 * low or second.unit == "percent")
    if _tail_words(text, first.start, 1) == ["by"] and not close:
        # "fell by 1,100 to 11.3 pct", "rose by 300 to 1,500 tonnes": the size of a
        # change, then the level; "slipped by 2 to 3.5 points" and "cut rates by two
        # to 15 pct" are ranges of the change.
        return "no"
    if first.has_own_unit and _change_before(text, first.start):
        return "no"  # "rose 5% to 10%": a change and the new level
    descending = abs(first.number.value) > abs(second.number.value)
    if descending or not _same_scale(first, second):
        # Without "from" a range is written small to large ("-0.9 to -1.1 pct" too), in
        # one measure: "fell 1,100 to 11.3 pct" is a change and a level; "2 mln to 5 pct"
        # names two measures.
        return "no"
    return "range"


def _same_scale(first: _Quantity, second: _Quantity) -> bool:
    """Both ends scaled alike, or a scale written only at the end ("1 to 1.5 million")."""
    if first.number.scale is None or second.number.scale is None:
        return second.unit != "percent" or first.number.scale is None
    return SCALE_WORDS[first.number.scale] == SCALE_WORDS[second.number.scale]


def _complete(text: str, first: _Quantity) -> tuple[QuantityMention | None, int]:
    """Attach range partner, qualifier and change; returns the mention and where to resume."""
    second, is_score = _link_range(text, first)
    if is_score:
        return None, _NUMBER_RE.search(text, first.number.end).end()
    start = first.start
    qualifier, change = _context_before(text, start)
    unit = (second.unit if second else None) or first.unit
    # "over five years" is a span of time, not more than five.
    time_span = qualifier == "more_than" and UNIT_DIMENSIONS.get(unit or "") == "time"
    if time_span and _tail_words(text, start, 1) == ["over"]:
        qualifier = "exact"
    end = second.end if second else first.end
    or_more = _OR_MORE_RE.match(text, end)
    if or_more and qualifier == "exact":
        direction = or_more["dir"].lower()
        qualifier = "at_least" if direction in ("more", "greater", "higher") else "at_most"
        end = or_more.end()
    change = change or _change_after(text, start, end)
    if second is None:
        number = first.number
        if number.is_words and first.unit is None:
            return None, first.end
        return (
            QuantityMention(
                start=start,
                end=end,
                text=text[start:end],
                value=number.value,
                unit=first.unit,
                dimension=_dimension(first.unit),
                qualifier=qualifier,
                change=change,
                precision=number.precision,
            ),
            end,
        )
    low_number, high_number = first.number, second.number
    low_value = low_number.value
    # "1 to 1.5 million", "$89 to $93 billion": a scale written once applies to both ends,
    # unless that would put the low end above the high one ("$200 to $4 million").
    if high_number.scale and not low_number.scale:
        low_scaled = scaled(low_value, SCALE_WORDS[high_number.scale])
        if low_scaled <= high_number.value:
            low_value = low_scaled
    unit = second.unit or first.unit
    return (
        QuantityMention(
            start=start,
            end=end,
            text=text[start:end],
            value=None,
            low=low_value,
            high=high_number.value,
            unit=unit,
            dimension=_dimension(unit),
            qualifier=qualifier,
            change=change,
            precision=min(low_number.precision, high_number.precision),
        ),
        end,
    )


def _dimension(unit: str | None) -> str | None:
    if unit is None:
        return None
    known = UNIT_DIMENSIONS.get(unit)
    if known:
        return known
    numerator, per, denominator = unit.partition(" / ")
    if per:
        numerator_dimension = UNIT_DIMENSIONS.get(numerator)
        if numerator_dimension == "currency":
            return "price"
        # The same names units.dimension_of gets from pint, without loading pint here.
        return _RATE_DIMENSIONS.get((numerator_dimension, UNIT_DIMENSIONS.get(denominator)), "rate")
    return "count"


_RATE_DIMENSIONS = {
    ("length", "time"): "speed",
    ("volume", "time"): "flow",
    ("length", "volume"): "fuel_economy",
}


def _parts(text: str) -> list[QuantityMention]:
    """Parts of a whole: "half of", "two-thirds of", "a third of", "one in five"."""
    parts: list[QuantityMention] = []
    for match in _PART_RE.finditer(text):
        if match["half"]:
            value = 0.5
        elif match["share"]:
            share, whole = match["share"].lower(), match["whole"].lower()
            numerator = NUMBER_WORD_VALUES.get(share) or int(share)
            denominator = NUMBER_WORD_VALUES.get(whole) or int(whole)
            if not denominator or numerator >= denominator or _unit_after_whole(text, match):
                continue  # "2 in 10 minutes" is a count within a time, not a share
            value = numerator / denominator
        else:
            of_whole = _PART_OF_RE.match(text, match.end())
            by_part = text.endswith(("by ", "By "), 0, match.start())
            if not (match["hyphen"] or of_whole or by_part):
                continue  # "a third" alone may be an ordinal ("a third term")
            count = match["count"].lower()
            numerator = 1 if count in ("a", "one") else NUMBER_WORD_VALUES[count]
            value = numerator / _PART_VALUES[match["part"].lower()]
        qualifier, change = _context_before(text, match.start())
        parts.append(
            QuantityMention(
                start=match.start(),
                end=match.end(),
                text=match.group(),
                value=value,
                unit=None,
                dimension="fraction",
                qualifier=qualifier,
                change=change,
                precision=None,
            )
        )
    return parts


def _unit_after_whole(text: str, match: re.Match[str]) -> bool:
    found = _lexicon_unit(text, match.end())
    return found is not None and found[2] > match.end()


def _vague_and_one_of(text: str, found: list[QuantityMention]) -> list[QuantityMention]:
    """Vague plurals ("hundreds of miles") and one member of a set ("one of the X")."""
    taken = _Spans(found)
    extra: list[QuantityMention] = []
    for match in _VAGUE_RE.finditer(text):
        if taken.overlaps(match.start(), match.end()):
            continue
        low = _VAGUE_BASE[match["base"].lower()]
        if match["mult"]:
            low *= _VAGUE_BASE[match["mult"].lower()]
        unit, end = _unit_of_set(text, match.end())
        extra.append(
            QuantityMention(
                start=match.start(),
                end=end,
                text=text[match.start() : end],
                value=None,
                low=low,
                high=low * 10,
                unit=unit,
                dimension=_dimension(unit),
                qualifier="approx",
                precision=low,
            )
        )
    for match in _ONE_OF_RE.finditer(text):
        if taken.overlaps(match.start(), match.start() + 3):
            continue
        noun = _counted_noun_after(text, match.end() - 1)  # "one of the best speakers"
        if noun is None:
            continue
        extra.append(
            QuantityMention(
                start=match.start(),
                end=noun[1],
                text=text[match.start() : noun[1]],
                value=1.0,
                unit=noun[0],
                dimension="count",
                precision=1.0,
            )
        )
    return extra


def _unit_of_set(text: str, pos: int) -> tuple[str | None, int]:
    """Unit after "hundreds of": a lexicon unit ("miles", "dollars") or a counted noun."""
    found = _lexicon_unit(text, pos)
    if found and "-" not in text[pos : found[2]] and found[1].lower() not in AMBIGUOUS_SURFACES:
        return found[0], found[3]
    noun = _counted_noun_after(text, pos)
    if noun:
        return noun[0], noun[1]
    return None, pos
