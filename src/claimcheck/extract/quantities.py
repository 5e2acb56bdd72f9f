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

import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from claimcheck.extract.dateline_table import PLACE_TERRITORIES
from claimcheck.extract.datelines import dateline_currency
from claimcheck.extract.lexicon import (
    ABBREVIATED_MONTHS,
    FULL_MONTHS,
    NUMBER_WORD_VALUES,
    SCALE_WORDS,
)
from claimcheck.extract.month_tables import in_month_table
from claimcheck.extract.neighbours import (
    COMPARED_END_AFTER_RE,
    complete_from_neighbours,
    restated_in,
)
from claimcheck.extract.numbers import (
    ParsedNumber,
    letterless_blocks,
    one_number_prefix,
    parse_digits,
    parse_number_words,
    scaled,
)
from claimcheck.extract.patterns import compile_pattern
from claimcheck.extract.units import (
    AMBIGUOUS_SURFACES,
    BARE_CURRENCY_WORDS,
    CASE_SENSITIVE_SURFACES,
    CUED_CURRENCIES,
    CURRENCY_PREFIXES,
    CURRENCY_SIGN_SYMBOLS,
    CURRENCY_SYMBOLS,
    MINOR_UNIT_PREFIX,
    QUALIFIED_CURRENCY_WORDS,
    REGIONAL_CURRENCIES,
    UNIT_DIMENSIONS,
    UNIT_SURFACES,
    lookup_surface,
    qualified_currency,
)
from claimcheck.input.text import is_abbreviation
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


def _number_word_alternation(capitalized: bool = True) -> str:
    words = [*NUMBER_WORD_VALUES, "hundred", "thousand", "million", "billion", "trillion"]
    by_first: dict[str, list[str]] = {}
    for word in words:
        by_first.setdefault(word[0], []).append(word[1:])
    branches = [
        f"[{first}{first.upper() if capitalized else ''}]{_alternation_trie(rests)}"
        for first, rests in by_first.items()
    ]
    return "(?:" + "|".join(branches) + ")"


_NUMBER_WORD_CASED = _number_word_alternation()
_NUMBER_WORD_LOWER = _number_word_alternation(capitalized=False)
# A number as written: digits (separators, decimals, a fraction) or number words.
_DIGITS_ALTERNATIVE = (
    rf"(?P<digits>(?:\d{{1,3}}(?:,\d{{3}})+|\d+)"
    rf"(?:[/⁄]\d{{1,3}}(?![\d/⁄])|(?:\.\d+)?(?:[ -]\d{{1,2}}/\d{{1,3}}(?![\d/]))?[{_VULGAR}]?)"
    rf"|\.(?<!\.\.)(?<!\d\.)\d+|[{_VULGAR}])"
)
_WORDS_ALTERNATIVE = (
    rf"(?P<words>(?<![A-Za-z])(?:{_NUMBER_WORD_CASED}|[Aa] dozen|[Aa] hundred|[Aa] thousand"
    # "and" only after a hundred, a thousand or a million ("two hundred and five"; "five and
    # ten" are two numbers); the words after the first are in lower case ("two Six Nations").
    rf"|[Aa] million|[Aa] billion|[Dd]ozen)"
    rf"(?:(?:(?<=dred|sand|lion)\s+and\s+|\s+|-)(?:{_NUMBER_WORD_LOWER}))*"
    rf"(?![A-Za-z]))"
)
_NUMBER_RE = compile_pattern(f"{_DIGITS_ALTERNATIVE}|{_WORDS_ALTERNATIVE}")


# The scan for the next number runs the two alternatives apart, each over the text once. The
# regex engine skips ahead fast (in C, character by character) only when a pattern starts
# with one character class or with alternatives that each start with one literal character,
# so the scanning forms below are the same patterns written that way: the first character
# is read first and what the alternative needs before it is asserted behind it. A digit and
# a word never start at the same place, so the nearer of the two is what `_NUMBER_RE` finds;
# the other group is always there, unmatched.
def _digits_scan_alternative() -> str:
    rest = (
        rf"(?:[/⁄]\d{{1,3}}(?![\d/⁄])|(?:\.\d+)?(?:[ -]\d{{1,2}}/\d{{1,3}}(?![\d/]))?"
        rf"[{_VULGAR}]?)"
    )
    return (
        rf"(?P<digits>[\d.{_VULGAR}](?:(?<=\d)(?:\d{{0,2}}(?:,\d{{3}})+|\d*){rest}"
        rf"|(?<=\.)(?<!\.\.)(?<!\d\.)\d+|(?<=[{_VULGAR}])))"
    )


def _words_scan_alternative() -> str:
    words = [*NUMBER_WORD_VALUES, "hundred", "thousand", "million", "billion", "trillion"]
    rests: dict[str, list[str]] = {}
    for first in sorted({word[0] for word in words}):
        rests[first] = [_alternation_trie([word[1:] for word in words if word[0] == first])]
    # "a dozen", "a million", "dozen": the forms that start with no number word
    rests.setdefault("a", []).append(r" (?:dozen|hundred|thousand|million|billion)")
    rests.setdefault("d", []).append("ozen")
    branches = []
    for first, bodies in sorted(rests.items()):
        body = bodies[0] if len(bodies) == 1 else "(?:" + "|".join(bodies) + ")"
        branches.extend(f"{letter}(?<![A-Za-z].){body}" for letter in (first, first.upper()))
    return (
        rf"(?P<words>(?:{'|'.join(branches)})"
        rf"(?:(?:(?<=dred|sand|lion)\s+and\s+|\s+|-)(?:{_NUMBER_WORD_LOWER}))*"
        rf"(?![A-Za-z]))"
    )


_DIGITS_SCAN_RE = compile_pattern(f"{_digits_scan_alternative()}(?P<words>(?!))?")
_WORDS_SCAN_RE = compile_pattern(f"{_words_scan_alternative()}(?P<digits>(?!))?")
# Where the next number in words may start, found faster: the character before the word
# (no letter) is read first, so the engine skips ahead over letters, which are most of a
# text, instead of stopping at every letter a number word starts with to look behind it.
# Its own words are `_WORDS_SCAN_RE`'s with the look behind left out (the character before
# stands for it); the match itself is then `_WORDS_SCAN_RE`'s at the word.
_WORDS_HINT_RE = compile_pattern(
    "[^A-Za-z]" + _words_scan_alternative().replace("(?<![A-Za-z].)", "")
)


def _words_from(text: str, pos: int) -> re.Match[str] | None:
    """`_WORDS_SCAN_RE.search(text, pos)`, found through `_WORDS_HINT_RE`."""
    if pos <= 0:
        found = _WORDS_SCAN_RE.match(text, 0)
        if found is not None:
            return found
        pos = 1
    hint = _WORDS_HINT_RE.search(text, pos - 1)
    if hint is None:
        return None
    return _WORDS_SCAN_RE.match(text, hint.start() + 1)


# Scale word right after a number: "1.2 million", "$3bn", "5.93 mln", "40-million-dollar".
_SCALE_RE = compile_pattern(
    rf"(?:{_G}*|-)(?P<scale>million|millions|mln|mn|billion|billions|bilion|billon|bln|bn"
    r"|trillion|trln|tn"
    r"|thousand|hundred|crore|lakh|m|b|k)(?![A-Za-z])",
    re.IGNORECASE,
)
_SCIENTIFIC_RE = compile_pattern(
    r"[ \t]*[×xX][ \t]*10[ \t]*(?:\^|\*\*)?[ \t]*(?P<exp>[-−]?\d{1,3})"
)
# Anchored with \Z, not $ (which also matches before a line break): a dash that ends a line
# ("Rate -" then "11.2 pct" on the next) is punctuation, not a sign written against its number;
# the word "minus" may still end a line.
_NEGATIVE_BEFORE_RE = compile_pattern(
    r"(?:\b(?:minus|negative)[\s-]*|(?:^|(?<=[\s($£€]))[-−])\Z", re.I
)

# The words after a number that may spell its unit: "km", " per cent", "-kilometre".
_UNIT_RUN_RE = compile_pattern(
    rf"(?P<sep>{_G}*-?{_G}*)(?P<run>[^\s,;:()\[\]{{}}\"“”!?]+(?:{_G}+[^\s,;:()\[\]{{}}\"“”!?]+){{0,4}})"
)
_NON_SPACE_RE = compile_pattern(r"\S+")
# The first word after a number, read before the longer run of words is: most are not units.
_FIRST_WORD_RE = compile_pattern(rf"{_G}*-?{_G}*(?P<word>[^\s,;:()\[\]{{}}\"“”!?]+)")
_MAX_UNIT_WORDS = max(surface.count(" ") + 1 for surface in UNIT_SURFACES)
_UNIT_FIRST_WORDS = frozenset(surface.split()[0] for surface in UNIT_SURFACES)


def _most_words_by_first_word() -> dict[str, int]:
    """The most words of a unit surface by its first word: longer runs need no look-up."""
    most: dict[str, int] = {}
    for surface in UNIT_SURFACES:
        first, *rest = surface.split(" ")
        most[first] = max(most.get(first, 1), len(rest) + 1)
    return most


_WORDS_AFTER_FIRST = _most_words_by_first_word()
_OF_A_RE = compile_pattern(rf"{_G}+of{_G}+an?{_G}+(?:US{_G}+|U\.S\.{_G}+|imperial{_G}+)?")
_AGE_SUFFIX_RE = compile_pattern(rf"{_G}*-?{_G}*olds?\b", re.I)  # "a 20-year-old", "20-year-olds"
# "5 or more", "aged 65 or over", "children of 12 and under": a bound written after the figure.
# A preposition's object after "over" or "under" makes it no bound ("50 and over the year").
_OR_MORE_RE = compile_pattern(
    rf"{_G}+or{_G}+(?P<dir>more|greater|higher|less|fewer|lower|older|younger|(?:over|above"
    rf"|under|below)(?!{_G}+(?:(?:the|a|an|its|his|her|their|this|that|these|those)\b|\d)))\b"
    rf"|{_G}+and{_G}+(?P<and_dir>older|younger|(?:over|above|under|below)"
    rf"(?!{_G}+(?:(?:the|a|an|its|his|her|their|this|that|these|those)\b|\d)))\b",
    re.I,
)
# "-plus" or "+" right after a figure is its floor: "a £3m-plus fee", "200+ stores" ("2+2",
# "+3" are sums and signs).
_PLUS_AFTER_RE = compile_pattern(r"(?:-plus\b|\+(?![ \t]*[\d+]))", re.I)
# A currency sign written after the amount: "1,200€", "500₴"; a sign with a digit right
# after it opens the next amount ("by 2030 $45bn more").
_CURRENCY_SUFFIX_RE = compile_pattern(
    r"[ \t]?(?P<cur>[" + "".join(sorted(s for s in CURRENCY_SIGN_SYMBOLS if s != "¢")) + r"])(?!\d)"
)
_PER_RE = compile_pattern(
    # "-a-" as in "a £85,000-a-year post": the rate written as a compound modifier
    rf"(?:{_G}*(?:(?P<word>per|a|an|each){_G}+|/{_G}*)|-(?P<hyphen>a|an|per)-)",
    re.I,
)
_TIME_ADVERB_RE = compile_pattern(rf"{_G}+(?:earlier|ago|before|later|previously)\b", re.I)
_RATE_NOUNS = _word_set(
    "share head person unit piece item ticket seat night room household month year week day "
    "hour minute gallon litre liter barrel ounce ton tonne pound kilo kilogram bushel "
    # periods longer or looser than a year's parts: "nine goals a season", "two wars a decade"
    "season decade fortnight"
)

# Symbols and prefixes before an amount: the hand-written wire forms, then every symbol of
# the CLDR table ("NZ$", "₴"); letters may not run into a symbol from the left.
_CURRENCY_PREFIX_RE = compile_pattern(
    r"(?P<cur>(?:US|U\.S\.|HK|AU|A|CA|C|NZ|S|NT|R)[ \t]?\$|\$(?:US|AU|A|C|NZ|HK)"
    r"|Y=|PS"
    r"|(?<![A-Za-z])(?:USD|GBP|EUR|JPY|AUD|CAD|CHF|INR|Rs\.?|RM|NIS|DM|Stg|stg)"
    r"|(?<![A-Za-z])" + _alternation_trie(list(CURRENCY_SYMBOLS)) + r")[ \t]*[-−]?$",
)
# Prefixes written in lower case: everything else before an amount ends in a capital or a sign.
_LOWER_PREFIXES = ("stg", "rs", "rs.")
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
    "|an estimated|estimated|estimated at|close to|more or less|~|about a|somewhere between"
    "|an average of|on average|averaging|an approximate|approximate|nigh on|an average|average of"
    "|near|something like",
    "more_than": "more than|over|above|exceeding|in excess of|upwards of|upward of|greater than"
    "|higher than|larger than|bigger than|beyond|topping|north of|just over|well over|well above"
    "|over than|>|just above|topped|tops|exceeded|exceeds|exceed|surpassed|surpasses|surpass"
    "|over-",
    "less_than": "less than|fewer than|under|below|lower than|smaller than|short of|south of|sub"
    "|sub-|under-|just under|just below|well under|well below|just shy of|shy of|<",
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
# Verbs whose particle "up" does not make the figure after it a rise.
_PHRASAL_UP_VERBS = _word_set("""
    make makes made making take takes took taken taking set sets setting end ends ended ending
    pick picks picked picking sign signs signed signing sum sums summed summing add adds
    rack racks racked racking notch notches notched notching chalk chalks chalked chalking
    snap snaps snapped snapping buy buys bought buying use uses used using tie ties tied tying
    mop mops mopped mopping scoop scoops scooped scooping draw draws drew drawn drawing
    turn turns turned turning show shows showed shown showing line lines lined lining
    pile piles piled piling
    """)
_CHANGE_NOUNS_UP = _word_set("increase rise gain jump growth hike climb advance")
_CHANGE_NOUNS_DOWN = _word_set("drop fall decline decrease loss cut reduction slump")
# Words allowed between a change verb and its figure: "rose by", "fell a further", "up only".
_CHANGE_FILLERS = _word_set("by a an another further only just some")
_CLAUSE_END_CHARS = frozenset(',;:)]"”')
_CLAUSE_START_CHARS = frozenset('(["“')


def _tail_words(text: str, start: int, limit: int = 6, reach: int = 50) -> list[str]:
    """Lower-case words just before `start` in the same clause, nearest last."""
    words = text[max(0, start - reach) : start].split()[-limit:]
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


# "lost" after "won" in one sentence: a count of games or votes, not a fall.
_LOST_WORDS = _word_set("lost lose loses losing")
_WON_BEFORE_RE = compile_pattern(
    r"\b(?:won|wins|win|winning)[ \t]+(?:[a-z]+[ \t]+){0,2}\d(?![^.;!?]*[.;!?](?:\s|$))", re.I
)
# A bound denied: "no more than", "not higher than", "no fare higher than", "not over" bound
# the figure from the other side (at most / at least).
_NEGATORS = _word_set("no not")
# A negated verb before a one-word bound: "cannot rise above 11 pct", "will not go over 40".
_VERB_NEGATORS = _word_set("""
    not never cannot can't can’t won't won’t wouldn't wouldn’t couldn't couldn’t shouldn't
    shouldn’t mustn't mustn’t mayn't
    """)
# Words that start another clause between "no NOUN" and the comparison: "no doubt that more than".
_CLAUSE_WORDS = _word_set("that which who whom whose when while as because and but or if since")
_NO_NOUN_REACH = 8
_PREPOSITIONS = _word_set("for to of with in on at from by into onto over under")
_NEGATED_BOUND = {"more_than": "at_most", "less_than": "at_least"}
# Words that keep a negator from denying the comparison after it: "not only over 40".
_NOT_DENYING = _word_set("only just even merely simply")


def _negated_bound(tail: list[str], qualifier: str, phrase: str) -> str:
    """`qualifier` flipped to a bound when "no"/"not" denies the comparison before it."""
    flipped = _NEGATED_BOUND.get(qualifier)
    if flipped is None:
        return qualifier
    # "than" forms may have words between: the compared noun after "no" ("no fare higher than",
    # "no flat was higher than"), a verb after "not" ("could not play more than"); a verb and
    # its object after "not" deny the verb ("not include songs less than 5 years old").
    # One-word forms ("not over 40") need the negator right before them.
    # A negated verb may stand one word before a one-word form ("cannot rise above 40"); "no"
    # and its noun may be further from a "than" form when no other clause starts between ("no
    # fare on the route will be priced higher than").
    than = phrase.endswith(" than")
    reach = _NO_NOUN_REACH if than else 2
    for back, word in enumerate(reversed(tail[-reach:])):
        if word == "no" and (back < 3 or than):
            return flipped
        if word in _VERB_NEGATORS and back <= 1:
            return flipped
        if word in _NOT_DENYING or word in _NEGATORS or word in _VERB_NEGATORS:
            break
        # "no shares go to buyers of fewer than 100": a preposition or another clause between
        # "no" and the bound, and the bound is not what is denied
        if word in _CLAUSE_WORDS or (back >= 2 and (word in _PREPOSITIONS or not than)):
            break
    return qualifier


# After a change verb these name the level reached, not the size of the change.
_LEVEL_QUALIFIERS = _word_set("below above beyond topped exceeded surpassed")


# Nouns of a quarrel or a worry: "over" after one names its subject ("a dispute over 300 jobs").
_QUARREL_NOUNS = _word_set("""
    row rows furore furor uproar storm dispute disputes fight fights battle battles clash clashes
    talks concern concerns fears worries anger outrage controversy debate argument arguments
    protest protests rift feud wrangle standoff stand-off split
    """)


# Verbs that move an object to a level: "pushed rates up to 2%" names the level reached.
_MOVING_VERBS = _word_set("""
    push pushes pushed pushing drive drives drove driven driving send sends sent sending
    lift lifts lifted lifting force forces forced forcing nudge nudges nudged nudging
    bring brings brought bringing jack jacks jacked jacking ratchet ratchets ratcheted
    ratcheting move moves moved moving
    """)
# Past forms of verbs of a level's own climb: "the rate edged up to 6.1 pct" names the level it
# reached, "up" being the verb's particle, no bound. Present forms stay bounds, since they
# follow modals ("could go up to 20 pct" names a ceiling).
_CLIMBED_VERBS = _word_set("""
    went gone edged shot traded rose risen climbed jumped soared surged crept inched ticked
    firmed bounced spiked
    """)
# "up" as the particle of a sum: "the costs added up to £2m" names the total, no bound; "add
# up to" after a modal is more often a bound on what is added ("will add up to 300 jobs").
_ADDING_VERBS = _word_set("adds added")
# Particles a verb may take before its object: "sent in", "brought back".
_OBJECT_PARTICLES = _word_set("in on out off back away")
# Verbs whose particle "over" gives something away: "handed over $5,000" bounds nothing;
# nor does a kicker's "slotted over four penalties" (each one sent over the bar).
_OVER_PARTICLE_VERBS = _word_set("""
    hand hands handed handing turn turns turned turning sign signs signed signing
    fork forks forked forking slot slots slotted slotting
    """)
_OBJECT_REACH = 5
# Words whose object follows "about", a preposition then, no hedge: "talk about 20 schools",
# "a film about three sisters", "worry about one more meal".
_ABOUT_TAKERS = _word_set("""
    worry worries worried worrying talk talks talked talking think thinks thinking thought
    care cares cared caring complain complains complained complaining complaint complaints
    concern concerns concerned question questions ask asks asked asking learn learns learned
    learnt hear hears heard know knows knew forget forgets forgot forgotten dream dreams
    dreamed dreamt joke jokes joked argue argues argued arguing speak speaks spoke speaking
    write writes wrote writing story stories film films book books song songs news fuss
    debate debates anxious nervous excited upset unsure
    """)
# Words after which "near" states a level ("are near 20 goals", "fell to near 1.50"), so hedges
# the figure; elsewhere "near" is a preposition of place ("a house near two lakes").
_NEAR_LEVEL_WORDS = _word_set("""
    is are was were be been being stood stand stands standing hovered hover hovers hovering
    remained remain remains stayed stay stays to at from of reached reach reaches
    """)


# Verbs that change an object's level: "lifted rates 0.25% to 5.5%".
_CHANGING_VERBS = _word_set("""
    raise raises raised raising lift lifts lifted lifting cut cuts cutting hike hikes hiked
    hiking lower lowers lowered lowering reduce reduces reduced reducing increase increases
    increased increasing boost boosts boosted boosting trim trims trimmed trimming slash
    slashes slashed slashing upped
    """)


def _changed_object_before(text: str, start: int) -> bool:
    """Whether a changing verb and its object stand right before the figure at `start`."""
    tail = _tail_words(text, start)
    while tail and tail[-1] in _CHANGE_FILLERS:
        tail = tail[:-1]
    for back, word in enumerate(reversed(tail[-_OBJECT_REACH:])):
        if word in _CHANGING_VERBS:
            return back > 0
        if word in _PREPOSITIONS or word[:1].isdigit():
            return False
    return False


def _moved_object_before(tail: list[str]) -> bool:
    """Whether the words before "up to" are a moving verb and its object ("pushed the dollar"):
    "up" is then the verb's particle and the figure the level reached, not a bound ("sent up
    to 500 troops", with no object between, stays a bound)."""
    for back, word in enumerate(reversed(tail[-_OBJECT_REACH - 1 :])):
        if word in _MOVING_VERBS:
            return back > 0 or _passive_before(tail[:-1])
        if word in _OBJECT_PARTICLES or word in _PREPOSITIONS or word[:1].isdigit():
            return False
    return False


def _up_is_a_particle(tail: list[str]) -> bool:
    """Whether "up" before "to" is a verb's particle, the figure then the level reached or the
    total, no bound: "pushed rates up to", "edged up to", "was pushed up to", "added up to"."""
    if _moved_object_before(tail):
        return True
    return bool(tail) and (tail[-1] in _ADDING_VERBS or tail[-1] in _CLIMBED_VERBS)


# Auxiliaries of a passive: "the price was pushed up to 99" has its object as subject.
_PASSIVE_AUXILIARIES = _word_set("is are was were be been being")


def _passive_before(tail: list[str]) -> bool:
    """Whether a passive auxiliary ends `tail`, an adverb in "-ly" or "later" between."""
    while tail and (tail[-1].endswith("ly") or tail[-1] in ("later", "then")):
        tail = tail[:-1]
    return bool(tail) and tail[-1] in _PASSIVE_AUXILIARIES


def _context_before(text: str, start: int) -> tuple[str, str | None]:
    """Qualifier ("approx", "at_least", ...) and change ("up"/"down") written before a figure."""
    tail = _tail_words(text, start)
    qualifier = "exact"
    for size in (3, 2, 1):
        if len(tail) >= size:
            phrase = " ".join(tail[-size:])
            found = _QUALIFIER_PHRASES.get(phrase)
            if found:
                if phrase == "over" and len(tail) > 1 and tail[-2] in _QUARREL_NOUNS:
                    break  # "a row over 20 jobs": what the row is about, no bound
                if phrase == "over" and len(tail) > 1 and tail[-2] in _OVER_PARTICLE_VERBS:
                    break  # "handed over $5,000": the verb's particle, no bound
                if phrase == "about" and len(tail) > 1 and tail[-2] in _ABOUT_TAKERS:
                    break  # "worried about two more jobs": what the worry is about, no hedge
                if phrase == "near" and (len(tail) < 2 or tail[-2] not in _NEAR_LEVEL_WORDS):
                    break  # "a house near two lakes": a place, no hedge
                if phrase == "up to" and _up_is_a_particle(tail[:-2]):
                    return "exact", None  # "pushed rates up to 2.25%": the level reached
                if phrase in _LEVEL_QUALIFIERS:
                    # "fell below $20,000" names a level, not a change; "not above $40" is a
                    # bound from the other side
                    return _negated_bound(tail[:-size], found, phrase), None
                del tail[-size:]
                # "no fare on sale will be priced higher than": "no" may be further back
                denied = (
                    _tail_words(text, start, _NO_NOUN_REACH + size, 80)[:-size]
                    if phrase.endswith(" than")
                    else tail
                )
                qualifier = _negated_bound(denied, found, phrase)
                break
    change = _change_in(tail)
    if (
        change == "down"
        and tail
        and tail[-1] in _LOST_WORDS
        and _WON_BEFORE_RE.search(text, max(0, start - 80), start)
    ):
        return qualifier, None  # "won 40 and lost 35": two counts of one series, not a fall
    return qualifier, change


def _change_in(tail: list[str]) -> str | None:
    while tail and tail[-1] in _CHANGE_FILLERS:
        tail = tail[:-1]
    if not tail:
        return None
    last = tail[-1]
    if last == "up" and len(tail) > 1 and tail[-2] in _PHRASAL_UP_VERBS:
        return None  # "made up 143 of the seats", "racked up 20 wins": no change
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


_CHANGE_SUFFIX_RE = compile_pattern(
    rf"{_G}+(?:(?P<up>rise|increase|gain|jump|growth|rally|surge|hike|climb|advance)"
    r"|(?P<down>drop|decline|fall|decrease|loss|slump|plunge|slide|cut|contraction))\b",
    re.I,
)

_MONTHS = "|".join(name.capitalize() for name in (*FULL_MONTHS, *ABBREVIATED_MONTHS))
_MONTHS_ALT = _MONTHS + "|" + _MONTHS.upper()
# A day of a month: "March 5", "5 March", and either end of "October 2 and 14" or "between 24
# and 26 December".
_MONTH_BEFORE_RE = compile_pattern(
    rf"\b(?:{_MONTHS_ALT})\.?[ \t]*(?:\d{{1,2}}(?:st|nd|rd|th)?"
    rf"(?:,|[ \t]*(?:and|to|-|–|or)[ \t]*)?[ \t]*)?$"
)
_MONTH_AFTER_RE = compile_pattern(
    rf"(?:st|nd|rd|th)?(?:{_G}*(?:and|to|-|–|or){_G}*\d{{1,2}}(?:st|nd|rd|th)?)?"
    rf"{_G}+(?:of{_G}+)?(?:{_MONTHS_ALT})\b"
)
_PERIOD_END_BEFORE_RE = compile_pattern(
    rf"\b(?:end|ended|ending|ends)[ \t]+(?:{_MONTHS_ALT.lower()})\.?[ \t]*$", re.I
)
# A full month name with a full stop ends a sentence ("closed in June. 40 went"): the figure
# after it opens the next sentence, it is no day of that month.
_MONTH_ENDS_SENTENCE_RE = compile_pattern(
    r"\b(?:" + "|".join(name.capitalize() for name in FULL_MONTHS) + r")\.[ \t]+$"
)
# A futures table's contract month: a capitalised month abbreviation with its year's last digit
# ("APR7", "JAN8"). The figure after it is a price, a change or a volume, never a day or a year.
_CONTRACT_MONTH_BEFORE_RE = compile_pattern(
    r"(?<![A-Za-z])(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\d[ \t]+$"
)


# A futures table's row opens with its contract month: "JUL7 5730L 5740H   5686".
_CONTRACT_ROW_RE = compile_pattern(
    r"[ \t]*(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\d[ \t][^\n]*"
)


def _in_contract_row(text: str, start: int) -> bool:
    """Whether `start` lies on a futures table's row, after the contract month opening it."""
    line_start = text.rfind("\n", 0, start) + 1
    return _CONTRACT_ROW_RE.fullmatch(text, line_start, start) is not None


def _quote_mark_after(text: str, number: _Number) -> bool:
    """Whether a letter glued to a whole number in a futures table marks the quote: "B" a bid
    after a contract month ("MAY7 6832B"), "A" the ask after a bid ("6610B 6625A"); on a row
    opened by a contract month, a bid, an ask, a high or a low in any column ("FEB8   7100A",
    "JUL7 5730L 5740H")."""
    mark = text[number.end : number.end + 1]
    if not number.is_plain_integer or text[number.end + 1 : number.end + 2].isalnum():
        return False
    if mark in ("A", "B", "H", "L") and _in_contract_row(text, number.start):
        return True
    before = max(0, number.start - 24)
    if mark == "B":
        return bool(_CONTRACT_MONTH_BEFORE_RE.search(text, before, number.start))
    return mark == "A" and bool(_BID_BEFORE_RE.search(text, before, number.start))


# "7-APR", "12-Mar-87": a day hyphened to its month.
_HYPHENED_MONTH_AFTER_RE = compile_pattern(rf"-(?:{_MONTHS_ALT})\b")
# "In May 40 people": a month alone, then a count.
_IN_MONTH_BEFORE_RE = compile_pattern(rf"\b[Ii]n[ \t]+(?:{_MONTHS_ALT})[ \t]+$")
_YEAR_BEFORE_NOUN_RE = compile_pattern(
    r"\b(?:in|since|by|until|till|before|after|during|fiscal|early|late|mid|original|classic"
    r"|famous|landmark|historic|his|her|their|its|our|my|your)[\s-]*$",
    re.I,
)
_YEAR_NOUNS = _word_set(
    "result earnings sale revenue profit loss level figure account election game olympics price"
    " rate budget crop season"
)
_YEAR_SPAN_BEFORE_RE = compile_pattern(r"\b(?:1\d|20|21)\d\d\s*(?:and|or|to|through|-|–)\s*$")
_TIME_AFTER_RE = compile_pattern(
    r"[ \t]*(?:a\.m\.|p\.m\.|am\b|pm\b|GMT\b|EST\b|EDT\b|BST\b|CET\b|UTC\b|ET\b|hrs\b|local time)",
    re.I,
)
# North American time zones after a four-digit clock time, in either case ("1500 cst").
_ZONE_AFTER_RE = compile_pattern(r"[ \t]*(?:[ECMP][SD]T)\b", re.I)
_NAME_HYPHEN_RE = compile_pattern(r"(?:[A-Za-z]*[A-Z][A-Za-z]*|covid|sars|mers)[ \t]?-$")
# Words a number labels rather than counts ("game 7", "Article 65"), matched whatever the case
# of the first letter.
_LABEL_SET = _word_set("""
    category level stage phase grade number no. chapter article section page room flight route
    gate platform episode game round version model type tier class step line unit lot channel
    title rule figure table item seed size pier terminal district zone act clause paragraph
    annex appendix amendment resolution division group form versions
    """)


# Words a bare number (no noun or unit after it) labels: "on day two", "series 3", "week 12".
_BARE_LABEL_SET = _word_set("day week series season")


def _bare_label_before(before: str) -> bool:
    """Whether the word right before a number that counts nothing names a day, week, series or
    season of a sequence ("withdrew on day two", "in series 3"), not an amount."""
    if not _label_before(before, _BARE_LABEL_SET):
        return False
    words = before.split()
    # "every day 300 die", "that week 40 left": a time of the clause, the number its subject
    return len(words) < 2 or words[-2].lower().lstrip("(\"'“‘[") not in _DETERMINERS_OF_TIME


_DETERMINERS_OF_TIME = _word_set("every each a an per this that last next same the one any some")


def _label_before(before: str, labels: frozenset[str] = _LABEL_SET) -> bool:
    """Whether the word right before a number (after a blank) is a label word ("No 10")."""
    stripped = before.rstrip(" \t")
    words = stripped.rsplit(None, 1) if stripped != before else ()
    if not words:
        return False
    word = words[-1].lstrip("(\"'“‘[")
    if labels is not _LABEL_SET:
        return word.lower() in labels
    if _GROUP_NUMBERS_RE.search(before):
        return False  # "whose members number 120": the verb, a group's size, not a label
    return word.lower() in _LABEL_SET or word == "No"


# "whose members number 120", "the crew number 14", "the rebels, who number 300", "They
# number 40": "number" as the verb of a plural subject
# (not "bus number 12", "class number 4", "world number six").
_GROUP_NUMBERS_RE = compile_pattern(
    r"(?<![A-Za-z])(?:[a-z]{2,}s(?<![suiy]s)|staff|crew|who|which|[Tt]hey)[ \t]+number[ \t]+$"
)


_LIST_MARKER_RE = compile_pattern(r"(?:^|\n)[ \t]*$")
_PHONE_RUN_RE = compile_pattern(r"(?<![\d.,])0\d{2,4}(?:[ -]\d{1,4})*[ -]$")
_PHONE_RE = compile_pattern(r"\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}\b|\d{3}-\d{4}\b")
_STREET_AFTER_RE = compile_pattern(
    r"(?:[-–]\d+)?(?:[ \t]+(?:Ave|Avenue|Rue|Via|Calle)\b"
    r"|(?:[ \t]+(?:[A-Z][A-Za-z]*\.?|\d+(?:st|nd|rd|th))){1,3}[ \t]+(?:St|Street|Road|Rd|Avenue"
    r"|Ave|Way|Lane|Ln|Boulevard|Blvd|Drive|Dr|Place|Pl|Court|Ct|Square|Sq|Terrace|Highway|Hwy)\b)"
)
# A capitalized or camel-case word just before a number marks a name: "Boeing 747", "iPhone 11".
_NAME_BEFORE_RE = compile_pattern(
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

_SMALL_NUMBER_WORDS_LOWER = "|".join(
    word
    for word, value in sorted(NUMBER_WORD_VALUES.items(), key=lambda item: -len(item[0]))
    if 1 <= value <= 99
)
# Fractions of a whole: "half of", "two-thirds of", "a third of", "one in five".
_PART_VALUES = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4}
_PART_VALUES |= {
    f"{ordinal}{plural}": number
    for ordinal, number in (
        ("fifth", 5),
        ("sixth", 6),
        ("seventh", 7),
        ("eighth", 8),
        ("ninth", 9),
        ("tenth", 10),
        ("eleventh", 11),
        ("twelfth", 12),
        ("thirteenth", 13),
        ("fourteenth", 14),
        ("fifteenth", 15),
        ("sixteenth", 16),
        ("seventeenth", 17),
        ("eighteenth", 18),
        ("nineteenth", 19),
        ("twentieth", 20),
        ("thirtieth", 30),
        ("fortieth", 40),
        ("fiftieth", 50),
        ("hundredth", 100),
        ("thousandth", 1000),
    )
    for plural in ("", "s")
}
_SMALL_NUMBER_WORDS = "|".join(
    f"[{word[0]}{word[0].upper()}]{word[1:]}"
    for word, value in sorted(NUMBER_WORD_VALUES.items(), key=lambda item: -len(item[0]))
    if 1 <= value <= 99
)
_SMALL_NUMBER_WORDS_LOWER = "|".join(
    word
    for word, value in sorted(NUMBER_WORD_VALUES.items(), key=lambda item: -len(item[0]))
    if 1 <= value <= 99
)
# What a part is a part of: "of", "the" or an owner with no "of" ("half their bill", "a third
# its size"), read as "half of their bill".
_WHOLE_AFTER_PART = r"of|the|their|its|his|her|our|my|your"
# "half" as a period of a match or a year ("in the second half their keeper saved"), or as a
# side of something ("the bottom half of the table", "the opposite half of the draw"): a noun,
# not a fraction of what follows.
_PERIOD_BEFORE_HALF = (
    r"(?<!\bfirst )(?<!\bsecond )(?<!\bopening )(?<!\bclosing )(?<!\bfinal )"
    r"(?<!\btop )(?<!\bbottom )(?<!\bupper )(?<!\blower )(?<!\bopposite )(?<!\bother )"
    r"(?<!\bfront )(?<!\bback )(?<!\bnorthern )(?<!\bsouthern )(?<!\beastern )(?<!\bwestern )"
)
# Fractions of a whole: "half of", "two-thirds of", "a third of", "one in five", "six out of
# 20", "one in every four"; a share's whole has no unit after it ("2 in 10 minutes" is a count).
_PART_RE = compile_pattern(
    rf"(?<![A-Za-z])(?:(?P<count>[Aa]|{_SMALL_NUMBER_WORDS})(?:(?P<hyphen>-)| )"
    rf"(?P<part>{'|'.join(sorted(_PART_VALUES, key=len, reverse=True))})\b"
    r"(?![ -](?:percentage[ -])?point)"
    r"|(?P<point_part>[Hh]alf|[Qq]uarter|[Tt]hree[ -]quarters?)(?:[ -]a)?[ -]"
    r"(?:percentage[ -])?point\b"
    rf"|{_PERIOD_BEFORE_HALF}(?P<half>[Hh]alf)(?=\s+(?:{_WHOLE_AFTER_PART})\b)"
    rf"|(?P<share>{_SMALL_NUMBER_WORDS}|\d{{1,3}})\s+(?:in|out\s+of)\s+(?:every\s+)?"
    rf"(?P<whole>{_SMALL_NUMBER_WORDS_LOWER}|\d{{1,4}})\b"
    r"(?![.,]\d))"
)
_PART_OF_RE = compile_pattern(rf"\s+(?:{_WHOLE_AFTER_PART})\b")
_COMPOUND_AFTER_RE = compile_pattern(r"-[A-Za-z]")
# ---------------------------------------------------------------------------------------------
# Counted nouns

# Words after a number that cannot be a counted noun.
_NOT_NOUNS = _word_set("""
    a an the of in on at to for from by with and or but nor as that this these those than then
    is are was were be been being am has have had will would could should may might can must shall
    do does did it its their his her our your my they we he she you i me them him us who whom which
    what when where while if so not no per than more less most least very too also only just even
    about around over under above below up down out off into onto upon after before between during
    through until since ago earlier later last next yesterday today tomorrow tonight overnight each
    every all some any both either neither such same other another own here there now still yet
    already because though although whereas however plus minus via vs versus against toward towards
    among amid within without across along behind beyond previously respectively compared including
    says said according those whose how why apiece alone together instead else away back again
    o'clock am pm a.m p.m left remaining overall others altogether combined dead alive
    came went saw took made got gave found told became began ran won fell rose grew paid sold held
    brought thought knew met sent spent built kept stood led fought bought include includes
    exclude excludes r x near outside inside nearby abroad worldwide avg due owing thanks
    higher lower firmer weaker easier fewer remain remains nil unch dn rpt
    myself yourself himself herself itself oneself ourselves yourselves themselves
    mine yours hers ours theirs always sometimes nowadays perhaps besides thus unless
    afterwards backwards upwards downwards inwards outwards onwards homewards
    sideways indoors outdoors upstairs downstairs
    """)
# (the last lines end in -s, so they would pass for a plural head: "the 25 members themselves")
# Words that often sit between a number and its noun ("7 European countries", "3 more goals").
_ADJECTIVE_LIKE = _word_set("""
    new old more fewer other additional extra further different separate major minor big small
    large common ordinary preferred voting non-voting outstanding
    huge top best worst first key main senior junior young full straight consecutive
    successive previous former current total local foreign international national domestic
    military civilian armed unarmed active annual monthly weekly daily innocent elderly wounded
    injured dead confirmed suspected possible potential known few many several great high low
    long short full-time part-time per-cent straight-line brand tiny giant massive
    earlier later recent overseas quarterly yearly fortnightly nightly hourly open vacant
    """)
_ADJECTIVE_SUFFIXES = ("est", "ing", "ed", "ive", "ful", "ous", "ic", "ish", "less", "able", "ible")
# (the last, "est", is left out after a hyphen: "a three-test series")
_NOT_HEAD_SUFFIXES = ("ing", "ed", "ly", "est")
_HYPHENED_ADJECTIVE_SUFFIXES = (*(s for s in _ADJECTIVE_SUFFIXES if s != "est"), "al")
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
    "busses": "bus",
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
    "shrs": "share",
    "shr": "share",
}
_NO_STRIP_ENDINGS = ("ss", "us", "is")
# Plurals in "-us" of nouns ending in "-u" (most nouns in "-us" are singular: "bus", "virus",
# "census", "Airbus"): peoples, faiths and a few loans.
_PLURALS_OF_U_NOUNS = _word_set("""
    hutus zulus hindus bantus kikuyus gurus menus emus gnus haikus tutus zebus tofus
    sudokus kudzus tabus
    """)
# Singular nouns ending in "-as" and "-os" ("areas", "photos" are plurals; these are not).
_SINGULAR_AS_OS = _word_set("""
    gas bias atlas alias canvas pancreas christmas overseas whereas fracas texas kansas arkansas
    dallas vegas madras chaos kudos cosmos ethos pathos asbestos thermos rhinoceros mythos bathos
    """)
# Nouns in "-ie" whose plural "-ies" is not "-y": "movies", "calories".
_IE_NOUNS = _word_set("""
    movie cookie rookie zombie calorie brownie hippie selfie goalie newbie smoothie prairie auntie
    genie pixie sortie lingerie budgie yuppie veggie freebie junkie techie foodie hoodie boogie
    birdie bookie bootie collie coolie pinkie quickie walkie talkie indie
    """)
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
    if lower in _PLURALS_OF_U_NOUNS:
        return lower[:-1]
    if len(lower) <= 3 or not lower.endswith("s") or lower.endswith(_NO_STRIP_ENDINGS):
        return lower
    if lower in _SINGULAR_AS_OS:
        return lower
    if lower.endswith("ies") and len(lower) > 4:
        return lower[:-1] if lower[:-1] in _IE_NOUNS else lower[:-3] + "y"
    if lower.endswith(("ches", "shes", "xes", "sses", "zzes")):
        return lower[:-2]
    return lower[:-1]


_WORD_RE = compile_pattern(rf"{_G}+(?P<word>[A-Za-z][A-Za-z'’]*(?:-(?:[A-Za-z]+|\d+(?=[ \t])))*)")
# "MPs", "MEPs", "SUVs": an abbreviation in the plural is a counted noun.
_ABBREVIATION_PLURAL_RE = compile_pattern(r"[A-Z][A-Z0-9]+s")
# Nouns that name an amount rather than what is counted: "a 12.8 mln profit" is money.
_AMOUNT_NOUNS = _word_set("""
    profit loss deficit surplus gain rise increase fall drop decline income revenue turnover
    debt budget fine bid offer payout dividend bonus premium price value cost shortfall
    writedown write-down charge provision saving valuation expense expenditure outlay payment
    fee refund subsidy grant investment loan credit debit levy
    """)


# Endings of adjectives, read after an adverb in "-ly" inside a counted noun phrase.
_ADJECTIVE_ENDINGS = (
    "ent", "ant", "al", "ive", "ous", "ic", "ful", "less", "able", "ible", "ary", "ory", "ish",
    "ile", "ar",
)  # fmt: skip


def _ly_word_in_the_phrase(text: str, match: re.Match[str], next_word: str) -> bool:
    """A lower-case word in "-ly" right before the plural head ("two family homes", "three
    early drafts"), or an adverb before an adjective of the head ("two wildly different
    careers", told by the adjective's ending): it modifies the head, and ends no phrase ("the
    two clearly share concerns" is a verb's subject)."""
    word = match["word"]
    lower = word.lower()
    if lower == "then" and word[0].islower():
        # "three then directors": "then" as an adjective of the plural head (who they were)
        return bool(next_word) and next_word[0].islower() and _is_plural(next_word)
    if not (lower.endswith("ly") and word[0].islower() and lower not in _NOT_NOUNS):
        return False
    if not next_word or not _is_noun_candidate(next_word):
        return False
    if next_word[0].islower() and _is_plural(next_word):
        return True
    return next_word.lower().endswith(_ADJECTIVE_ENDINGS) and _plural_head_follows(
        text, match.end()
    )


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
    quote = text.find('"', pos, pos + 3)
    if quote < 0:
        quote = text.find("“", pos, pos + 3)
    phrase = _QUOTED_PHRASE_RE.match(text, pos) if quote >= 0 else None
    if (
        phrase is not None
        and plural_expected
        and _is_plural(phrase["last"])
        and not _WORD_AFTER_QUOTE_RE.match(text, phrase.end())
    ):
        # '40 "ghost workers"' counts the last word of the quoted phrase; 'three "zero
        # hours" contracts' reads on below
        return _head_noun(phrase["last"], phrase.end())
    for _ in range(5):
        sized = _SIZED_MODIFIER_RE.match(text, pos) if plural_expected else None
        if sized is not None:
            # "two 500-bed hospitals": the first number counts the noun after the size; its
            # span stops before the size, which is a figure of its own
            counted = _counted_noun_after(text, sized.end(), plural_expected)
            return None if counted is None else (counted[0], pos, counted[2])
        initials = _COUNTRY_INITIALS_RE.match(text, pos)
        if initials is not None:
            # "five U.S. banks": a country's initials modify the noun counted; wire copy
            # capitalises the word after them as if a sentence began ("two U.S. Banks")
            pos = initials.end()
            text = _case_slip_lowered(text, pos)
            continue
        quoted = _QUOTED_MODIFIER_RE.match(text, pos) or (
            _AMPERSAND_NAME_RE.match(text, pos) if "&" in text[pos : pos + 16] else None
        )
        if quoted is not None:
            # "three 'reckless' tackles": a word quoted as it was said; "35 B&Q stores": a
            # name joined by "&" before the noun counted
            pos = quoted.end()
            continue
        match = _WORD_RE.match(text, pos)
        if not match:
            return None
        word = match["word"]
        following = _WORD_RE.match(text, match.end())
        next_word = following["word"] if following else ""
        next_is_noun = bool(next_word) and _is_noun_candidate(next_word)
        if _ABBREVIATION_PLURAL_RE.fullmatch(word) and not (next_is_noun and _is_plural(next_word)):
            return word.lower()[:-1], match.end(), True  # "64 MPs", "10 MEPs"
        possessive = word.endswith(("s'", "s’")) and word[0].islower() and len(word) > 3
        if possessive and word[:-1] not in UNIT_SURFACES:
            # "five players' names", "12 nations' leaders": the owners are the ones counted
            return _head_noun(word[:-1], match.end() - 1)
        skip_to = _past_modifier(text, match, following, plural_expected)
        if skip_to == _NO_NOUN:
            return None
        if skip_to is not None:
            pos = skip_to
            continue
        return _head_noun(word, match.end())
    return None


_NO_NOUN = -1
_SIZED_MODIFIER_RE = compile_pattern(rf"{_G}+\d[\d,.]*-[a-z]+(?={_G}+[A-Za-z])")
_COUNTRY_INITIALS_RE = compile_pattern(rf"{_G}+(?:U\.S|U\.K)\.(?={_G}+[A-Za-z])")
_CAPITALISED_WORD_RE = compile_pattern(rf"{_G}+[A-Z][a-z]")


def _case_slip_lowered(text: str, pos: int) -> str:
    """The text with the word at `pos` in lower case when it is capitalised (not in
    capitals): the same length, so every offset still holds."""
    word = _CAPITALISED_WORD_RE.match(text, pos)
    if word is None:
        return text
    first = word.end() - 2
    return text[:first] + text[first].lower() + text[first + 1 :]


# A noun phrase in double quotes right after a count ('1,200 "green jobs"'), its last word.
_QUOTED_PHRASE_RE = compile_pattern(
    rf"{_G}+[\"“](?:[a-z][a-z-]*{_G}+){{0,2}}(?P<last>[a-z][a-z-]*)[\"”]"
)
_WORD_AFTER_QUOTE_RE = compile_pattern(rf"{_G}+[a-z]+s\b")
# A modifier written with punctuation before a lower-case word: a word in quotes ("three
# 'reckless' tackles"), or two names joined by a slash ("two Anglo/French firms").
# (up to three words in the quote: "2.5 million 'entertainment and leisure' robots")
_QUOTED_MODIFIER_RE = compile_pattern(
    rf"{_G}+(?:[\"“'‘][a-z][a-z-]*(?:[ \t]+[a-z][a-z-]*){{0,2}}[\"”'’]|[A-Z][a-z]+/[A-Z][a-z]+)"
    rf"(?={_G}+[a-z])"
)


_AMPERSAND_NAME_RE = compile_pattern(rf"{_G}+[A-Z][A-Za-z]*&[A-Z][A-Za-z]*(?={_G}+[a-z])")


def _is_number_word(word: str) -> bool:
    """ "thirty-three", "Forty": a number of its own ("Fifty finished and thirty retired"
    are two counts, not fifty "finished and thirty")."""
    return all(piece in NUMBER_WORD_VALUES for piece in word.lower().split("-"))


# Nouns written in the plural when they modify another ("sales offices", "arms dealers"); a
# plural count noun before another word ending in -s is otherwise its subject and its verb.
_PLURAL_FORM_MODIFIERS = _word_set("""
    sales arms goods savings sports systems operations communications customs earnings
    securities services futures options weapons drugs admissions claims singles doubles
    """)
# Fields and trades named in "-ics" ("cosmetics brands", "electronics makers") modify in that
# form: the "-s" is no plural of the noun counted.
_PLURAL_FORM_ENDINGS = ("ics",)
# What may follow a plural noun phrase, never a verb in the singular: the clause's end, an
# auxiliary or a relative pronoun ("centres were", "offices, which"); a preposition may follow
# either ("16 nurses comes from a charity").
_NOUN_PHRASE_ENDS_RE = compile_pattern(
    r"[ \t]*(?:[.,;:!?)]|$)|[ \t]+(?:were|are|have|had|will|would|could|can|may|might|which"
    r"|that|who)\b"
)
# "of 1,300 ", "of about 40 " right before a word: the count complements another head.
_OF_BEFORE_COUNT_RE = compile_pattern(r"\bof\s+(?:[\w.,'-]+\s+){1,2}$", re.I)
# Comparatives that also name the higher or lower of a pair of kinds: "two lower courts".
_RANKED_COMPARATIVES = _word_set("higher lower upper")
_COMPARATIVES = _word_set("""
    more less fewer better worse higher lower bigger smaller larger stronger weaker greater
    faster slower wider narrower deeper steeper sharper
    """)


# Words that open the object of a participle after a count: a determiner or an owner.
_OBJECT_OPENS_RE = compile_pattern(
    r"(?:the|a|an|its|their|his|her|our|this|that|these|those|[A-Za-z][\w.&-]*['’]s)"
)


_CHART_TOPS = _word_set("top bottom")
_CHART_SIZE_RE = compile_pattern(rf"{_G}+(?:\d{{1,3}}|ten|five|three|forty|twenty)(?=[ \t])")


def _past_modifier_of_a_name(
    text: str, match: re.Match[str], following: re.Match[str] | None, next_is_noun: bool
) -> int | None:
    """Where to look next past "other", "more", "new" and the like, or past a name with "of"
    inside it; `_NO_NOUN` after a participle taking an object; None otherwise."""
    word = match["word"]
    lower = word.lower()
    next_word = following["word"] if following else ""
    if lower.endswith("ing") and word[0].islower() and _OBJECT_OPENS_RE.fullmatch(next_word):
        return _NO_NOUN  # "one covering the firm's units": a participle and its object
    chart = _CHART_SIZE_RE.match(text, match.end()) if lower in _CHART_TOPS else None
    if chart is not None and _plural_head_follows(text, chart.end()):
        return chart.end()  # "three top 20 singles": a chart's top as a modifier
    if lower in _ADJECTIVE_LIKE and (
        next_is_noun
        or next_word.lower() in _ADJECTIVE_LIKE
        or (following is None and _QUOTED_MODIFIER_RE.match(text, match.end()) is not None)
        or (next_word[:1].isupper() and _plural_head_follows(text, match.end()))
    ):
        # "10 other people", "3 more goals", "two new products", "two other Dutch banks"
        return match.end()
    if word[0].isupper() and next_word == "of" and following is not None:
        # "three Bank of Japan officials", "two House of Commons committees": a name with
        # "of" inside it before the plural noun counted
        owner = _WORD_RE.match(text, following.end())
        if owner and owner["word"][0].isupper() and _plural_head_follows(text, following.end()):
            return following.end()
    return None


# Words of degree that stand before an adjective of a counted noun, in no "-ly" form.
_DEGREE_WORDS = _word_set("very quite rather fairly pretty")


def _past_degree_word(
    text: str, match: re.Match[str], following: re.Match[str] | None, plural_expected: bool
) -> int | None:
    """Past "very", "quite" before an adjective of the plural head; `_NO_NOUN` for a word of
    degree before anything else; None for any other word."""
    word = match["word"]
    lower = word.lower()
    if lower not in _DEGREE_WORDS or not word[0].islower():
        return None
    next_word = following["word"] if following else ""
    next_is_noun = bool(next_word) and _is_noun_candidate(next_word)
    if next_is_noun and _is_plural(next_word):
        return None  # "two pretty gardens": an adjective of the noun after it
    if (
        plural_expected
        and next_is_noun
        and following is not None
        and _plural_head_follows(text, following.end())
    ):
        # "two very fine saves", "three quite different plans": a word of degree, then an
        # adjective of the plural head
        return match.end()
    return _NO_NOUN  # "the two quite often meet": a word of degree is never what is counted


def _past_modifier(
    text: str, match: re.Match[str], following: re.Match[str] | None, plural_expected: bool
) -> int | None:
    """Where to look next when the word of `match` modifies the counted noun after it; None
    when it is the noun itself, `_NO_NOUN` when no counted noun follows the number."""
    word = match["word"]
    lower = word.lower()
    next_word = following["word"] if following else ""
    next_is_noun = bool(next_word) and _is_noun_candidate(next_word)
    skip = _past_modifier_of_a_name(text, match, following, next_is_noun)
    skip = skip if skip is not None else _head_two_words_on(text, match, following, plural_expected)
    skip = skip if skip is not None else _past_degree_word(text, match, following, plural_expected)
    skip = (
        skip
        if skip is not None
        else _past_words_before_people(text, match, following, plural_expected)
    )
    if skip is not None:
        return skip
    next_plural = next_is_noun and next_word[0].islower() and _is_plural(next_word)
    if (lower in _RANKED_COMPARATIVES and next_plural) or (
        plural_expected and _ly_word_in_the_phrase(text, match, next_word)
    ):
        # "two lower courts", "three upper floors": a kind of the noun; "two family homes",
        # "two wildly different careers": a word in "-ly" inside the phrase
        return match.end()
    if (lower in _NOT_NOUNS and not word.isupper()) or (lower.endswith("ly") and word[0].islower()):
        # "US" before a noun is a name, "us" a pronoun; "-ly" ends an adverb in lower case
        # only ("two Assembly members", "three Italy caps": a name before the noun)
        return _NO_NOUN
    singular = lemmatize_noun(lower) == lower
    if plural_expected and singular and following and next_word.lower() in ("and", "or"):
        # "three legal and technical advisers": coordinated modifiers of one head
        after = _WORD_RE.match(text, following.end())
        if (
            after
            and _is_noun_candidate(after["word"])
            and not _own_period(text, after)
            and not _is_number_word(after["word"])
        ):
            return following.end()
    compound = (next_is_noun and _is_plural(next_word)) or (
        bool(next_word) and word[0].islower() and _plural_head_follows(text, match.end())
    )
    if plural_expected and singular and compound:
        return match.end()  # "12 oil companies", "14,000 night shift nurses"
    if plural_expected and next_plural and not singular and _plural_form_modifier(text, match):
        return match.end()  # "three sales offices", "two skills centres in the town"
    if (
        word[0].isupper()
        and word[1:].islower()
        and (
            (lower.endswith("s") and not lower.endswith("ss"))
            or (plural_expected and _nationality_noun(word))  # ("one Japanese company")
        )
        and next_word[:1].islower()
        and not _plural_head_follows(text, match.end())
    ):
        # "10 million Mexicans live in", "700 million Chinese listen": a plural demonym is
        # the head
        return None
    if (lower.endswith("ed") and next_word.lower() in _COMPARATIVES) or (
        plural_expected and _month_before_a_singular(text, match, next_word)
    ):
        # "11 showed stronger growth": the count's verb and its object; "30 billion
        # March reserve target": a month names when the sum is due, no kind of a
        # counted noun ("two December games" counts games)
        return _NO_NOUN
    if plural_expected and (
        (lower.endswith("ed") and _singular_object(next_word))
        or (
            next_word.lower() in _VERB_FOLLOWERS
            and _singular_object(word)
            and not lower.endswith(_IRREGULAR_PLURAL_ENDINGS)
        )
    ):
        # "15 followed suit", "six lost heart": the count's verb and object; "150 board over
        # the summer", "40 work abroad": the count's verb in the present
        return _NO_NOUN
    adjective_like = (
        lower in _ADJECTIVE_LIKE
        or lower.endswith(_ADJECTIVE_SUFFIXES)
        or word[0].isupper()
        or ("-" in lower and not _hyphened_plural_before_verb(lower, next_word))
    )
    if adjective_like and (next_is_noun or (bool(next_word) and next_word[0].isupper())):
        return match.end()
    return None


# Lower-case words that end a count's phrase before a capitalised word: its verb or a link.
_NOT_NOUNS_BEFORE_PEOPLE = _word_set("and or but than to of in on at for from by with as")


def _past_words_before_people(
    text: str,
    match: re.Match[str],
    following: re.Match[str] | None,
    plural_expected: bool,
) -> int | None:
    """Past "less" (and its adjective) before the counted plural, or past an adjective before
    a capitalised plural of people; None when neither is written."""
    word = match["word"]
    lower = word.lower()
    if not plural_expected or not word[0].islower() or following is None:
        return None
    if lower == "less":
        next_word = following["word"]
        next_plural = (
            next_word[0].islower() and _is_noun_candidate(next_word) and _is_plural(next_word)
        )
        return _past_less(text, match, following, next_plural)
    if lower in _NOT_NOUNS_BEFORE_PEOPLE or (lower in _NOT_NOUNS and lower != "more"):
        return None
    return _past_adjective_of_people(text, match, following)


def _past_less(
    text: str, match: re.Match[str], following: re.Match[str] | None, next_plural: bool
) -> int | None:
    """Past "less" before the counted plural ("250 less people", as "fewer"), or past "less"
    and its adjective ("30 less fortunate families"); None before "than"."""
    if following is None or following["word"].lower() == "than":
        return None
    if next_plural:
        return match.end()
    degree = _WORD_RE.match(text, following.end())
    if _plural_head_follows(text, following.end()) or _capitalised_plural_head(text, degree):
        return following.end()
    return None


def _past_adjective_of_people(
    text: str, match: re.Match[str], following: re.Match[str] | None
) -> int | None:
    """Past an adjective ("poor", "more fortunate") before a capitalised plural that ends the
    phrase: "250 million poor Indians" counts the people named."""
    if following is None:
        return None
    if match["word"].lower() in ("less", "more"):
        after = _WORD_RE.match(text, following.end())
        return following.end() if _capitalised_plural_head(text, after) else None
    return match.end() if _capitalised_plural_head(text, following) else None


def _nationality_noun(word: str) -> bool:
    """A nationality in "-ese" ("Sudanese", "Chinese") or "Swiss": its own plural, the people
    counted when it ends the noun phrase."""
    return word[0].isupper() and word[1:].islower() and (word.endswith("ese") or word == "Swiss")


def _capitalised_plural_head(text: str, word: re.Match[str] | None) -> bool:
    """A capitalised plural ending the noun phrase ("Indians.", "Scots who", "Sudanese in"): a
    people's name."""
    if word is None:
        return False
    name = word["word"]
    return (
        name[0].isupper()
        and name[1:].islower()
        and ((name.endswith("s") and not name.endswith("ss")) or _nationality_noun(name))
        and not _plural_head_follows(text, word.end())
        and _NAME_PHRASE_ENDS_RE.match(text, word.end()) is not None
    )


_NAME_PHRASE_ENDS_RE = compile_pattern(
    r"[ \t]*(?:[.,;:!?)]|$)|[ \t]+(?:as|in|on|at|to|for|from|who|which|that|were|are|have|had"
    r"|will|would|could|can|may|might|live|lived|work|worked|and|or)\b"
)


def _month_before_a_singular(text: str, match: re.Match[str], next_word: str) -> bool:
    """A month's name after a figure with no plural noun after it."""
    return (
        match["word"] in _CALENDAR_NAMES
        and not (next_word and _is_plural(next_word))
        and not _plural_head_follows(text, match.end())
    )


def _hyphened_plural_before_verb(lower: str, next_word: str) -> bool:
    """A hyphened plural before a verb in the past is the head, not a modifier: "45
    foot-soldiers boarded", "three by-elections followed" (a modifier goes before a noun)."""
    return _is_plural(lower.rsplit("-", 1)[1]) and next_word.lower().endswith("ed")


def _head_two_words_on(
    text: str, match: re.Match[str], following: re.Match[str] | None, plural_expected: bool
) -> int | None:
    """Where to look next when the plural head comes two words on: past "most" and its
    adjective, or past a noun that modifies in the plural ("two securities clearing houses")."""
    superlative = _past_superlative(text, match["word"], following)
    if superlative is not None or not plural_expected or following is None:
        return superlative
    next_word = following["word"]
    if (
        match["word"].lower() in _PLURAL_FORM_MODIFIERS
        and _is_noun_candidate(next_word)
        and not _is_plural(next_word)
        and _plural_head_follows(text, match.end())
    ):
        return match.end()
    return None


def _past_superlative(text: str, word: str, following: re.Match[str] | None) -> int | None:
    """Past "most"/"least" and the adjective it grades when a plural noun comes after them:
    "the 20 most visited sites", "two least costly options"; None otherwise."""
    if word not in ("most", "least") or following is None:
        return None
    adjective = following["word"]
    if not adjective[0].islower() or adjective in _NOT_NOUNS or _is_plural(adjective):
        return None
    return following.end() if _plural_head_follows(text, following.end()) else None


def _plural_form_modifier(text: str, match: re.Match[str]) -> bool:
    """Whether a plural word before another plural noun modifies it ("sales offices"), rather
    than being the counted noun with its verb after it ("14 misses shows it"): a noun known to
    modify in the plural, or a noun phrase that ends after the second word."""
    lower = match["word"].lower()
    if lower in UNIT_SURFACES:
        return False
    if lower in _PLURAL_FORM_MODIFIERS or lower.endswith(_PLURAL_FORM_ENDINGS):
        return True
    if _OF_BEFORE_COUNT_RE.search(text, max(0, match.start("word") - 40), match.start("word")):
        # "a poll of 1,300 bosses suggests": the count is the complement of another head, and
        # a word in -s after it is that head's verb far more often than a noun.
        return False
    following = _WORD_RE.match(text, match.end())
    return following is not None and _NOUN_PHRASE_ENDS_RE.match(text, following.end()) is not None


# Words after a singular noun-like word right after a count above one that make that word
# the count's verb in the present ("150 board over the summer"): a plural noun was expected.
_VERB_FOLLOWERS = _word_set("""
    over in at on into onto from across around through abroad daily nightly weekly each every
    here there together alone overseas locally
    """)
# Irregular plurals the lemmatizer does not know in compounds ("schoolchildren", "townsfolk").
_IRREGULAR_PLURAL_ENDINGS = ("children", "men", "people", "folk", "feet", "teeth", "geese", "mice")
# Nouns that count in the singular form ("12 armed police", "40 trained staff").
_COLLECTIVE_NOUNS = _word_set("""
    police staff personnel people cattle livestock crew clergy infantry aircraft sheep fish deer
    troops militia youth poultry
    """)


def _singular_object(word: str) -> bool:
    """A lower-case singular noun after a word in -ed that follows a count above one: the
    object of the count's verb ("15 followed suit"), never what a plural count counts."""
    lower = word.lower()
    if not word or not word[0].islower() or not _is_noun_candidate(word):
        return False
    if lower in _COLLECTIVE_NOUNS or lower in UNIT_SURFACES or lower in NUMBER_WORD_VALUES:
        return False
    return lemmatize_noun(lower) == lower and not lower.endswith("s")


def _own_period(text: str, number: re.Match[str]) -> bool:
    """A number word before a unit of time ("qtr and nine mths"): that span is its own."""
    if number["word"].lower() not in NUMBER_WORD_VALUES:
        return False
    unit = _WORD_RE.match(text, number.end())
    found = UNIT_SURFACES.get(unit["word"].lower()) if unit else None
    return found is not None and UNIT_DIMENSIONS.get(found) == "time"


def _head_noun(word: str, end: int) -> tuple[str, int, bool] | None:
    """The counted noun and where it ends, or None when the word cannot be one."""
    lower = word.lower()
    kind = _FOOT_AS_KIND_RE.match(lower, 4) if lower.startswith("foot-") else None
    if kind is not None and kind.end() == len(lower):
        lower = lower[5:]  # "200 foot-soldiers" counts soldiers, as "200 foot soldiers" does
    lemma = lemmatize_noun(lower)
    if word[0].isupper() and lower.endswith("is") and len(lower) > 4:
        lemma = lower[:-1]  # demonyms: "Iraqis", "Israelis" (lower-case "crisis" stays)
    plural = lower.endswith("s") or lemma != lower or _nationality_noun(word)
    if word[0].isupper() and not (plural and word[1:].islower()):
        # "Boeing 747 Max", "2019 Ballon"; demonyms ("Americans") and capitalized plurals
        # ("12 Congressmen", "four Aldermen") pass
        return None
    if len(lower) == 1 or (lower.endswith(_NOT_HEAD_SUFFIXES) and lower not in UNIT_SURFACES):
        return None
    if lemma in _AMOUNT_NOUNS and lemma == lower:
        # "a 12.8 mln profit": the figure is money, its unit written elsewhere; in the
        # plural the noun is counted ("80 bids", "three fines").
        return None
    unit = UNIT_SURFACES.get(lower)
    if unit is not None and lower not in AMBIGUOUS_SURFACES:
        return unit, end, lemma != lower
    return lemma, end, lemma != lower


def _plural_head_follows(text: str, pos: int) -> bool:
    """A plural noun within the next three words, names allowed before it: the head of a
    compound ("support officers", "important World Cup qualifiers", "ethnic minority MPs")."""
    for _ in range(3):
        match = _WORD_RE.match(text, pos)
        if match is None:
            return False
        word = match["word"]
        if _ABBREVIATION_PLURAL_RE.fullmatch(word):
            return True
        if not _is_noun_candidate(word) and not (word[0].isupper() and word[1:].islower()):
            return False
        if word[0].islower() and _is_plural(word):
            return True
        pos = match.end()
    return False


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
    # "and a half" read after the number: a scale word after it is not yet read.
    has_part: bool = False


@dataclass(slots=True)
class _Quantity:
    start: int
    end: int
    number: _Number
    unit: str | None
    # True when a unit or currency is written with this number itself (not borrowed).
    has_own_unit: bool
    # An age: "a 34-year-old", "aged 81", "Smith, 67,", "the over-70s".
    age: bool = False
    # An age written as its decade: "in her 50s" (50 to 59).
    decade: bool = False


# A whole number and a half or a quarter: "two and a half", "15-and-a-half", "three and a
# quarter". Not after a decimal or a fraction, which already say their parts.
_AND_A_PART_TEXT = (
    rf"(?:{_G}+|-)and(?:{_G}+|-)(?:(?:a|one)(?:{_G}+|-)(?P<part>half|quarter)"
    rf"|three(?:{_G}+|-)(?P<quarters>quarters?))\b"
)
_AND_A_PART_RE = compile_pattern(_AND_A_PART_TEXT, re.I)
# The whole number before such a part, which then belongs to the number, not to a fraction.
_WHOLE_AND_PART_RE = compile_pattern(
    rf"(?<![A-Za-z-])(?:\d+|(?:{_NUMBER_WORD_LOWER}))(?![A-Za-z]){_AND_A_PART_TEXT}", re.I
)


# A number word joined to the noun after it: "one-man" in "two one-man shows".
_NUMBER_WORD_MODIFIER_RE = compile_pattern(rf"{_G}+{_NUMBER_WORD_LOWER}-[a-z]")


def _parse_number(text: str, match: re.Match[str]) -> _Number | None:
    if match["words"] is not None:
        words, parsed = _number_words(match["words"])
        end = match.start() + len(words)
        if parsed is None or (end < match.end() and not _NUMBER_WORD_MODIFIER_RE.match(text, end)):
            return None  # "band four seven mln": a label's number, then the figure
        number = _Number(match.start(), end, parsed.value, parsed.precision, True, False)
    else:
        raw = match["digits"]
        parsed = parse_digits(raw.replace("⁄", "/"))
        if parsed is None:
            return None
        plain = raw.isdigit()
        number = _Number(match.start(), match.end(), parsed.value, parsed.precision, False, plain)
        _mend_digit_groups(text, number, raw)
    if text.startswith("and", number.end + 1) and (number.is_words or number.is_plain_integer):
        _add_a_part(text, number)
    return number


# Number words as matched, read once: (the words of the first number, its value).
_READ_NUMBER_WORDS: dict[str, tuple[str, ParsedNumber | None]] = {}


def _number_words(matched: str) -> tuple[str, ParsedNumber | None]:
    found = _READ_NUMBER_WORDS.get(matched)
    if found is None:
        if len(_READ_NUMBER_WORDS) > _RUN_UNITS_LIMIT:
            _READ_NUMBER_WORDS.clear()
        words = one_number_prefix(matched)
        found = _READ_NUMBER_WORDS[matched] = (words, parse_number_words(words.split()))
    return found


# A thousands group set off by a comma and a space ("$30, 000", "£507, 596"): a slip of
# typing inside one number, not a list, when the group is "000" (no list item is written so)
# or the number opens with a currency sign (a list of sums repeats the sign). Not when
# another number follows the group as a list goes on ("$100, 200 and 300").
_SPACED_GROUP_RE = compile_pattern(
    r", (?P<group>\d{3})(?![\d.,]|[ \t]*(?:,|and\b|or\b|to\b|-)[ \t]*[\d$£€¥])"
)
_SMALL_GROUPED_RE = compile_pattern(r"\d{1,3}(?:,\d{3})*")
_CURRENCY_SIGN_BEFORE_RE = compile_pattern(r"[$£€¥][ \t]?$")


# A last group typed with a zero too many ("1,700,0000 dlrs"): the extra zeros are a slip
# inside the grouped number, read with it, not a figure of their own.
_EXTRA_ZEROS_RE = compile_pattern(r"0+(?![\d.,])")


def _mend_digit_groups(text: str, number: _Number, raw: str) -> None:
    if "," in raw and text[number.end : number.end + 1] == "0":
        extra = _EXTRA_ZEROS_RE.match(text, number.end)
        if extra is not None:
            number.end = extra.end()
        return
    if not text.startswith(", ", number.end) or not _SMALL_GROUPED_RE.fullmatch(raw):
        return
    group = _SPACED_GROUP_RE.match(text, number.end)
    if group is None:
        return
    if group["group"] != "000" and not _CURRENCY_SIGN_BEFORE_RE.search(
        text, max(0, number.start - 2), number.start
    ):
        return
    number.value = number.value * 1000 + int(group["group"])
    number.end = group.end()


_PART_FRACTIONS = {"half": 0.5, "quarter": 0.25, "three quarters": 0.75}


def _add_a_part(text: str, number: _Number) -> None:
    """ "two and a half" is 2.5: the part joins the whole number, which is no longer plain."""
    part = _AND_A_PART_RE.match(text, number.end)
    if part is None:
        return
    fraction = _PART_FRACTIONS[(part["part"] or "three quarters").lower()]
    number.value += fraction
    number.precision = fraction
    number.end = part.end()
    number.is_plain_integer = False
    number.has_part = True


def _apply_scales(text: str, number: _Number, money: bool) -> None:
    """Multiply by the scale words after a number ("4 hundred million", "$3bn")."""
    for _ in range(3):
        match = _SCALE_RE.match(text, number.end)
        if not match:
            return
        written = match["scale"]
        word = written.lower()
        if word in ("m", "b", "k") and not _letter_is_a_scale(text, number, match, money):
            return
        scale_word = word in ("hundred", "thousand", "million", "billion", "trillion")
        if number.is_words and scale_word and not number.has_part:
            return
        scale = SCALE_WORDS[word]
        number.value = scaled(number.value, scale)
        number.precision = scaled(number.precision, scale)
        number.end = match.end()
        number.scale = word


# After "5m" or "5 m": words that make it a length ("a 65m yacht", "350 m high", "the 400m
# final"), and words before it that do ("jumped 2.3m", "a height of 40m").
_LENGTH_AFTER_RE = compile_pattern(
    rf"(?:{_G}*\({_G}*[\d.,]+{_G}*(?:ft|feet|foot|yards?|yds?|in|inches|miles?|km)\b"
    rf"|[ \t-]*(?:high|deep|long|wide|tall|away|above|below|across|thick|in{_G}+(?:height|length"
    rf"|diameter|depth)|up|down|under|from|of{_G}+(?:water|snow|rain)|race|final|heat|hurdles"
    rf"|freestyle|backstroke|breaststroke|butterfly|relay|sprint|run|title|gold|silver|bronze"
    rf"|record|event|champion|world)\b)",
    re.I,
)
_LENGTH_BEFORE_RE = compile_pattern(
    r"\b(?:height|depth|length|width|distance|altitude|jump(?:ed|s)?|clear(?:ed|s)?|thr(?:ew|own)"
    r"|throws?|leap|vault|attempt(?:ed|s)?|personal{_G}+best"
    r"|(?:season['’]s|lifetime|life-time|career|championship){_G}+(?:best|record)"
    r"|ran|swam|rose|fell|sank|measur(?:ed|es|ing)|spans?|stands?|stood|towers?|tall|high|deep"
    r"|long|wide|diameter|radius|metres?|meters?)\b[^.;]{0,30}$".replace("{_G}", _G),
    re.I,
)
# "the 1500m", "her 400m": a track distance named as the event (not sums of money).
_TRACK_DISTANCES = frozenset({60, 100, 110, 200, 300, 400, 600, 800, 1000, 1500, 3000, 5000, 10000})
_EVENT_PLURALS = _word_set("""
    titles finals finalists heats races medals medallists medalists champions championships
    crowns winners runners sprinters specialists events relays swimmers hurdlers
    """)
_EVENT_BEFORE_RE = compile_pattern(
    r"(?:\b(?:the|his|her|their|a)|\b(?:men|women)['’]s|\b(?:boys|girls)['’])[ \t]+$", re.I
)
_K_DISTANCE_RE = compile_pattern(
    rf"{_G}*(?:-{_G}*)?(?:run|race|walk|swim|course|route|trail|road|final|finals|heats?"
    r"|event|title|crown|record|champion|winner|gold|silver|bronze)\b",
    re.I,
)
_MILLION_WORD_AFTER_RE = compile_pattern(rf"{_G}*-?{_G}*(?P<word>[A-Za-z][A-Za-z'’-]*)")


_CAPITAL_LETTER_NAME_RE = compile_pattern(r"\d{1,3}[MB](?![A-Za-z0-9])")


_ACRONYM_AFTER_RE = compile_pattern(r"[ \t]+[A-Z]{3,}\b")


def _capacity_of_a_product(text: str, number: _Number, match: re.Match[str]) -> bool:
    """ "256K DRAM", "64K RAM" in lower-case copy: a capacity in a product's name."""
    return bool(_ACRONYM_AFTER_RE.match(text, match.end())) and not _in_capitals(text, number.start)


def _in_capitals(text: str, start: int) -> bool:
    """Whether the words before `start` are written in capitals (a headline, a wire table)."""
    before = text[max(0, start - 40) : start]
    return before == before.upper()


def _names_a_firm_or_model(text: str, number: _Number, match: re.Match[str]) -> bool:
    """ "3M", "Insat 1B": a whole number with a capital letter and no counted noun after it
    (money is judged before)."""
    if not _CAPITAL_LETTER_NAME_RE.match(text, number.start):
        return False
    following = _MILLION_WORD_AFTER_RE.match(text, match.end())
    return not (following and _is_plural(following["word"]) and following["word"].islower())


def _letter_is_a_scale(text: str, number: _Number, match: re.Match[str], money: bool) -> bool:
    """Whether "m", "b" or "k" after a number is a scale (million, billion, thousand) rather
    than a unit: money ("$5m", "£5 m", "5m euros"), a count or a measure after it ("5m tons",
    "3m people") or a capital ("4.3M") make it a scale; a length context ("a 65m yacht", "the
    400m final", "350 m high", "jumped 2.3m") and a race ("a 10k run") do not."""
    written = match["scale"]
    word = written.lower()
    attached = match.start("scale") == number.end
    if (
        number.is_words
        or (number.scale is not None and word == "m")
        # "the world 5,000m crown": a title in a race, not Scandinavian money
        or (
            not money
            and word == "m"
            and attached
            and _TRACK_CROWN_AFTER_RE.match(text, match.end())
        )
    ):
        return False
    if written == "K" and not money and _capacity_of_a_product(text, number, match):
        return False
    # "sales rose to 800m.", "it raised 5.4m from investors": millions in a clause of accounts
    money = (
        money
        or _currency_after(text, match.end())
        or (
            written == "m"
            and attached
            and (
                _sum_of_money_before(text, number, match)
                or _after_a_scaled_sum(text, number, match)
            )
        )
    )
    if money:
        return True
    if word == "k":
        return attached and not _K_DISTANCE_RE.match(text, match.end())
    if (
        written in ("M", "B")
        and attached
        and (_names_a_firm_or_model(text, number, match) or _quote_mark_after(text, number))
    ):
        return False  # "MAY7 6832B": a futures quote marked as a bid, not billions
    if word == "b":
        return attached and (written == "B" or number.scale is not None)
    if written == "M" and attached:
        return True
    following = _MILLION_WORD_AFTER_RE.match(text, match.end())
    if following and not _LENGTH_AFTER_RE.match(text, match.end()):
        return _counts_the_word_after(text, number, following, attached)
    if _LENGTH_AFTER_RE.match(text, match.end()):
        return False
    before = text[max(0, number.start - 60) : number.start]
    if _LENGTH_BEFORE_RE.search(before):
        return False
    if word == "m" and (
        (number.value in _TRACK_DISTANCES and _EVENT_BEFORE_RE.search(before))
        or (attached and _bare_length(text, number, match))
    ):
        return False
    # "sales of 5m.", "the show drew 9.2m": without a length in sight, news means millions;
    # a spaced "350 m" alone is the unit.
    return attached


# Words of a firm's accounts or its funding in the clause before a figure: "Nm" there is a sum
# in millions even after "rose to" or before "from", which elsewhere mark a length.
_MONEY_WORD_BEFORE_RE = compile_pattern(
    r"\b(?:sales|revenues?|turnover|profits?|earnings|losses|debts?|deficits?|budgets?"
    r"|takings|receipts|proceeds|funding|investment|raised|raising|raises)\b[^.;:()\d]{0,40}$",
    re.I,
)


def _sum_of_money_before(text: str, number: _Number, match: re.Match[str]) -> bool:
    """An attached "m" after a figure whose clause speaks of accounts or funding, with no size
    word after it ("high", "long", "deep", ...) and not a track distance named as an event."""
    before = text[max(0, number.start - 60) : number.start]
    if not _MONEY_WORD_BEFORE_RE.search(before) or _SIZE_AFTER_RE.match(text, match.end()):
        return False
    return not (number.value in _TRACK_DISTANCES and _EVENT_BEFORE_RE.search(before))


_TRACK_CROWN_AFTER_RE = compile_pattern(rf"{_G}+(?:crown|title)\b", re.I)

# A sum of money with a scale word earlier in the sentence ("1bn euros", "£2bn", "$5m"), no
# full stop between: a later "Nm" with nothing counted after it is more of that money
# ("1bn euros now, with another 550m to follow"), not a length.
_SCALED_SUM_BEFORE_RE = compile_pattern(
    r"(?:[$£€¥][ \t]?\d[\d,.]*[ \t]?(?:m|bn|million|billion)(?![A-Za-z])"
    r"|\d[\d,.]*[ \t]?(?:m|bn|million|billion)[ \t]+(?:euros?|dollars|pounds|yen)\b)"
    r"[^.;!?\n]{0,100}$"
)
# After such a bare "Nm": the clause's end or a word that does not name what is measured.
_NOTHING_COUNTED_AFTER_RE = compile_pattern(
    rf"[ \t]*(?:[.,;:!?)]|$)|{_G}+(?:to|in|from|for|by|of|and|or|is|was|were|will|would|more"
    rf"|each|this|last|next|on|at|after|before|until|when|if|than|due|owed|outstanding)\b"
)
# An article right before the figure makes it a thing's size or a race ("a 65m yacht", "the
# 200m").
_SIZE_ARTICLE_BEFORE_RE = compile_pattern(rf"\b(?:a|an|the){_G}+$", re.I)


def _after_a_scaled_sum(text: str, number: _Number, match: re.Match[str]) -> bool:
    """ "Nm" after a scaled sum of money in its sentence, ending its phrase bare."""
    if not _NOTHING_COUNTED_AFTER_RE.match(text, match.end()):
        return False
    if _SIZE_ARTICLE_BEFORE_RE.search(text, max(0, number.start - 6), number.start):
        return False
    before = text[max(0, number.start - 140) : number.start]
    return _SCALED_SUM_BEFORE_RE.search(before) is not None


# A field event named earlier in the sentence: its marks are lengths ("in the pole vault ...
# cleared 5.40m").
_FIELD_EVENT_BEFORE_RE = compile_pattern(
    r"\b(?:(?:pole[ \t-]+)?vault(?:s|ed|er|ers|ing)?|(?:long|high|triple)[ \t-]+jump(?:s|ers?)?"
    r"|shot[ \t-]+put|discus|javelin|hammer[ \t-]+throw|heptathlon|decathlon|pentathlon)\b"
    r"[^.;!?]*$",
    re.I,
)
_FIELD_EVENT_REACH = 160
# "the 800m and 1500m", "over 1500m, 5,000m": a track distance listed with another.
_TRACK_LIST_BEFORE_RE = compile_pattern(
    rf"(?<![\d.,])(?P<distance>\d{{1,2}},?\d{{2,3}}|\d{{2,3}})m{_G}*(?:,|and|or|&){_G}*"
    rf"(?:(?:the|and){_G}+)?$"
)


def _bare_length(text: str, number: _Number, match: re.Match[str]) -> bool:
    """ "Nm" with nothing after it that a million could count: a speed ("17m/s"), a track
    distance ("the 1500m and 5,000m.") or a mark in a field event is a length."""
    if text[match.end() : match.end() + 1] == "/":
        return True
    if number.value in _TRACK_DISTANCES and number.precision >= 1:
        listed = _TRACK_LIST_BEFORE_RE.search(text, max(0, number.start - 20), number.start)
        if listed and float(listed["distance"].replace(",", "")) in _TRACK_DISTANCES:
            return True
    before = text[max(0, number.start - _FIELD_EVENT_REACH) : number.start]
    return _FIELD_EVENT_BEFORE_RE.search(before) is not None


# After a distance: words that make "over 100m" a bound on a size ("over 100m high", "over
# 50m taller than"), not the distance of a race.
_SIZE_AFTER_RE = compile_pattern(
    rf"{_G}*-?{_G}*(?:high|deep|long|wide|tall|away|above|below|across|thick|[a-z]+er{_G}+than)\b",
    re.I,
)


def _race_run_over(text: str, quantity: _Quantity, unit: str | None) -> bool:
    """ "won over 60m", "the title over 1500m and 5,000m": a track distance written "Nm" after
    "over" is the race run, not more than it (a size is said with "high", "deep", ...)."""
    number = quantity.number
    if unit != "meter" or number.is_words or number.value not in _TRACK_DISTANCES:
        return False
    if text[number.end : number.end + 1] != "m" or quantity.end != number.end + 1:
        return False
    if _tail_words(text, quantity.start, 1) != ["over"]:
        return False
    return not _SIZE_AFTER_RE.match(text, quantity.end)


def _counts_the_word_after(
    text: str, number: _Number, following: re.Match[str], attached: bool
) -> bool:
    """Whether the word after "5m" is what the millions count: "5m tonnes", "3m people", "4m
    CDs"; "a 65m yacht" (a noun in the singular is what is that long) and "her 200m titles"
    (races) are lengths."""
    after = following["word"]
    if after.lower() == "of":
        return _millions_of_a_group(text, following.start())
    unit = _lexicon_unit(text, following.start("word"))
    if unit is not None and unit[2] == following.start("word"):
        return True
    if number.value in _TRACK_DISTANCES and attached and after.lower() in _EVENT_PLURALS:
        return False
    if _ABBREVIATION_PLURAL_RE.fullmatch(after):
        # "the women's 1500m AAAs title": a championship named after a track race
        return not (attached and _track_race_named(text, number))
    if after[0].isupper() and attached:
        return _capitalised_plural_counted(text, number, following)
    if not after[0].islower() or after.lower() in _NOT_NOUNS:
        return False
    if _is_plural(after):
        return True
    return attached and _plural_compound_after(text, number, following)


# Capitalised plurals that name a place, a range, a river or an event rather than people or
# things counted (the territory table holds countries and cities): "the 30m Alps tunnel",
# "her 100m Olympics gold" stay lengths.
_CAPITALISED_NOT_COUNTED = _word_set("""
    wales thames alps andes rockies pyrenees dolomites highlands midlands lowlands hebrides
    cotswolds balkans americas indies emirates falklands orkneys shetlands texas kansas
    arkansas illinois massachusetts games olympics paralympics worlds nationals trials
    """)


def _capitalised_plural_counted(text: str, number: _Number, following: re.Match[str]) -> bool:
    """ "1.6m Britons", "3m Londoners", "5m Muslims", "2m Sudanese", "1m Englishmen": a
    capitalised plural of people (a nationality, a city's people, a faith or party) after
    "Nm" is what the millions count. A place or an event ("the 30m Thames crossing", "400m
    Olympics gold"), a name after "a" ("a 65m Sunseeker", "a 50m Lloyds loan") and a track
    race named as the event ("the 400m Americans") leave a length."""
    word = following["word"]
    lower = word.lower()
    if not word[1:].islower() or not lower.isalpha():
        return False  # "BBC", "McDonalds", "Sainsbury's"
    plural = lower.endswith("s") and not lower.endswith("ss") and lower not in _NOT_NOUNS
    if not (plural or lower.endswith(("ese", "men"))):
        return False  # "Olympic", "Sunseeker": a singular name or an adjective
    if lower in _CAPITALISED_NOT_COUNTED or lower in _EVENT_PLURALS:
        return False
    if word.upper() in PLACE_TERRITORIES:
        return False  # "Athens", "Brussels", "the Philippines"
    if _ARTICLE_BEFORE_RE.search(text, max(0, number.start - 8), number.start):
        return False
    next_word = _MILLION_WORD_AFTER_RE.match(text, following.end())
    if next_word and next_word["word"][0].isupper():
        return False  # "the 10m Jones Cup": a longer name goes on
    return not _track_race_named(text, number)


def _track_race_named(text: str, number: _Number) -> bool:
    """ "the 400m", "her 1500m", "the men's 800m": a track distance named as the event."""
    before = text[max(0, number.start - 60) : number.start]
    return number.value in _TRACK_DISTANCES and _EVENT_BEFORE_RE.search(before) is not None


_PERCENT_RANGE_AFTER_RE = compile_pattern(
    r"[ \t]?[-–][ \t]?\d[\d.,]*[ \t]?(?:%|per[ \t]?cent\b|pct\b)", re.I
)
# "moved from 13 to number four", "fell from number two to 9": a bare number paired with a
# rank by "from ... to" is a rank too.
_FROM_BEFORE_RANK_RE = compile_pattern(r"(?<![A-Za-z])from[ \t]+$", re.I)
_TO_RANK_AFTER_RE = compile_pattern(r"[ \t]+to[ \t]+(?:number|No\.)[ \t]+\w")
_FROM_RANK_BEFORE_RE = compile_pattern(
    r"(?<![A-Za-z])from[ \t]+(?:number|No\.)[ \t]+\w+[ \t]+to[ \t]+$", re.I
)
# "rising nine places to 15", "dropped two spots to 40": the place a move in a ranking reached.
_PLACES_TO_BEFORE_RE = compile_pattern(r"(?<![A-Za-z])(?:places|spots),?[ \t]+to[ \t]+$")


# "has slipped to 64 in the world", "climbed to 9 in the world rankings": a player's place
# reached, with nothing counted.
_MOVED_TO_BEFORE_RE = compile_pattern(
    r"(?<![A-Za-z])(?:slipped|slid|dropped|fallen|fell|tumbled|plunged|sunk|sank|climbed|rose"
    r"|risen|moved|jumped|leapt|leaped|soared|crept)[ \t]+to[ \t]+$"
)
_IN_THE_WORLD_AFTER_RE = compile_pattern(
    r"[ \t]+in[ \t]+the[ \t]+world\b(?![ \t]+(?:to|who|that)\b)"
)


def _paired_with_a_rank(text: str, end: int, before: str) -> bool:
    if _FROM_BEFORE_RANK_RE.search(before):
        return _TO_RANK_AFTER_RE.match(text, end) is not None
    if _MOVED_TO_BEFORE_RE.search(before) and _IN_THE_WORLD_AFTER_RE.match(text, end):
        return True
    return bool(_FROM_RANK_BEFORE_RE.search(before) or _PLACES_TO_BEFORE_RE.search(before))


# A line of a seeding or a ranking: a number, a name and its country in brackets, nothing else
# ("3 Anna Kovac (Croatia)").
_SEEDED_NAME_LINE_RE = compile_pattern(
    r"[ \t]+[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’.-]+){0,3}[ \t]*\([A-Z][^()\n]{0,30}\)[ \t]*(?:\n|$)"
)


# A title's part, capitalized as the title is: "Volume 2", "Part 3", "Book 7" (a count of
# volumes is written "2 volumes"; in lower case "part" may open an amount: "part 2,000").
_TITLE_PART_BEFORE_RE = compile_pattern(r"(?<![A-Za-z])(?:Volume|Vol\.|Part|Book)[ \t]+$")
_TITLE_PART_LIMIT = 99


def _part_of_a_title(number: _Number, read: _UnitRead, before: str) -> bool:
    """A small bare number after "Volume" or "Part" inside a line: a table's row may open
    with "Volume" and its figure, or follow a heading in capitals ("TOTALS: Volume 2")."""
    if read.unit is not None or not number.is_plain_integer or number.scale:
        return False
    label = _TITLE_PART_BEFORE_RE.search(before) if number.value <= _TITLE_PART_LIMIT else None
    if label is None:
        return False
    line = before[: label.start()].rsplit("\n", 1)[-1].rstrip(" \t:")
    return bool(line) and not line.rsplit(None, 1)[-1].isupper()


_ARTICLE_BEFORE_RE = compile_pattern(r"\b(?:[Aa]n?|[Ee]ach|[Ee]very|[Oo]ne)[ \t]+$")
# "5m of them", "2m of whom": a pronoun standing for things counted.
_OF_COUNTED_PRONOUN_RE = compile_pattern(rf"{_G}+of{_G}+(?:them|those|these|us|whom)\b")
# The size of the group after its determiner: "of its 10m", "of the region's 4.2 million".
_GROUP_SIZE_RE = compile_pattern(
    rf"{_G}+\d[\d.,]*(?:{_G}*(?:m|mn|mln|million|bn|bln|billion)\b)?(?={_G})"
)


def _millions_of_a_group(text: str, pos: int) -> bool:
    """ "2.5m of them", "3m of its shares", "4m of the homes": a part of a group of things
    counted is millions of them; "10m of rope", "the last 50m of the track" (a mass or a
    single thing) stay lengths."""
    if _OF_COUNTED_PRONOUN_RE.match(text, pos):
        return True
    group = _GROUP_OF_RE.match(text, pos)
    size = _GROUP_SIZE_RE.match(text, group.end()) if group else None
    if size is not None:  # "1.1m of the country's 1.6m voters": the group's size, then its noun
        named = _WORD_RE.match(text, size.end())
        if named and _is_plural(named["word"]) and named["word"].lower() not in _NOT_NOUNS:
            return True  # a plural noun or a people's name ("of its 3m Catholics")
        return _noun_past_group_modifiers(text, size.end()) is not None
    return _member_of_group(text, pos) is not None


def _plural_compound_after(text: str, number: _Number, following: re.Match[str]) -> bool:
    """ "133m text messages", "5m mobile phones": a plural noun after one lower-case word
    counts the millions. Not after "a" ("a 50m swimming pool"), nor a race's plural."""
    second = _MILLION_WORD_AFTER_RE.match(text, following.end())
    if second is None or "-" in following["word"] or _is_number_word(following["word"]):
        return False  # "the 10,000m five days later": a count of its own follows
    word = second["word"]
    if not word[0].islower() or not _is_plural(word) or word.lower() in _NOT_NOUNS:
        return False
    if word.lower() in _EVENT_PLURALS:
        return False
    return not _ARTICLE_BEFORE_RE.search(text, max(0, number.start - 8), number.start)


def _currency_after(text: str, pos: int) -> bool:
    found = _lexicon_unit(text, pos)
    return found is not None and UNIT_DIMENSIONS.get(found[0]) == "currency"


# A currency's name in the plural before a scaled amount ("Australian dollars 648m", "euros
# 2bn"): the money's unit written first, as some copy does for the less common currencies;
# in the singular after its country's adjective ("a record Australian dollar 29.4bn").
_CURRENCY_NAME_BEFORE_RE = compile_pattern(
    r"(?<![A-Za-z])(?P<name>(?:[A-Z][a-z]+[ \t]+){0,2}[a-z]+s|yen"
    r"|(?:[A-Z][a-z]+[ \t]+){1,2}[a-z]+)[ \t]+$"
)
_SCALED_AMOUNT_AT_RE = compile_pattern(
    r"\d[\d,.]*[ \t]?(?:m|bn|million|billion|mln|bln|tn|trillion)(?![A-Za-z])"
)


def _currency_name_before(text: str, start: int) -> tuple[str, int] | None:
    """The currency named in words right before a scaled amount, and where its name starts."""
    if not _SCALED_AMOUNT_AT_RE.match(text, start):
        return None
    named = _CURRENCY_NAME_BEFORE_RE.search(text, max(0, start - 40), start)
    if named is None:
        return None
    words = list(_NON_SPACE_RE.finditer(named["name"]))
    singular = not named["name"].endswith("s") and named["name"] != "yen"
    for first, word in enumerate(words):
        if singular and not word.group()[0].isupper():
            return None  # "She won 100m": a singular name needs its country ("Korean won")
        unit = lookup_surface(" ".join(w.group() for w in words[first:]).lower())
        if unit is not None:
            if UNIT_DIMENSIONS.get(unit) != "currency":
                return None
            return unit, named.start("name") + word.start()
    return None


def _currency_before(text: str, start: int) -> tuple[str, int] | None:
    window = text[max(0, start - 8) : start]
    if (
        window.endswith(" ")
        and window[-2:-1].islower()
        and (named := _currency_name_before(text, start))
    ):
        return named
    last = window.rstrip(" \t-−")[-1:]
    if last.islower() and last.isalpha() and not window.rstrip(" \t-−").endswith(_LOWER_PREFIXES):
        return None  # "rose 5": a word, not a symbol, before the figure
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
    head = _FIRST_WORD_RE.match(text, pos)
    if not head:
        return None
    first_word = head["word"]
    first = first_word.rstrip(".,'’=")
    unit_start = head.start("word")
    if first in CASE_SENSITIVE_SURFACES:
        return CASE_SENSITIVE_SURFACES[first], first, unit_start, unit_start + len(first)
    numerator = first.split("/", 1)[0] if "/" in first else None
    if numerator in CASE_SENSITIVE_SURFACES:
        numerator_end = unit_start + len(numerator)
        if _lexicon_unit(text, numerator_end + 1):  # "50 W/m2"; "PS/2" is a model
            return CASE_SENSITIVE_SURFACES[numerator], numerator, unit_start, numerator_end
    may_start = _MAY_START_UNIT.get(first_word)
    if may_start is None:
        if len(_MAY_START_UNIT) > _RUN_UNITS_LIMIT:
            _MAY_START_UNIT.clear()
        may_start = _MAY_START_UNIT[first_word] = _may_start_unit(first_word, first, numerator)
    if not may_start:
        return None  # the common case: a noun or a verb follows, not a unit
    run = _UNIT_RUN_RE.match(text, pos)["run"]
    found = _RUN_UNITS.get(run, _NOT_READ)
    if found == _NOT_READ:  # equality: a compiled build hands back a copy of the tuple
        if len(_RUN_UNITS) > _RUN_UNITS_LIMIT:
            _RUN_UNITS.clear()
        found = _RUN_UNITS[run] = _unit_of_run(run)
    if found is None:
        return None
    unit, written, length = found
    return unit, written, unit_start, unit_start + length


def _may_start_unit(first_word: str, first: str, numerator: str | None) -> bool:
    """Whether the first word after a number may open a lexicon unit (both derived from
    `first_word`, as `_lexicon_unit` strips and splits it)."""
    first_lower = first.lower()
    return (
        first_word.lower() in _UNIT_FIRST_WORDS
        or first_lower in _UNIT_FIRST_WORDS
        or first_lower.split("-", 1)[0] in _UNIT_FIRST_WORDS
        or (numerator is not None and numerator.lower() in _UNIT_FIRST_WORDS)
    )


# Whether a first word may open a unit, by the word as written: the words after numbers
# recur ("pct", "mln", "the", "to"), and the answer depends on the word alone.
_MAY_START_UNIT: dict[str, bool] = {}


# What the words after a number spell, by their text: the same few runs ("pct", "mln dlrs")
# follow most numbers, so each is read once. A run maps to (unit, as written, length) or None.
_RUN_UNITS: dict[str, tuple[str, str, int] | None] = {}
_RUN_UNITS_LIMIT = 50_000
_NOT_READ = ("", "", -1)


def _unit_of_run(run: str) -> tuple[str, str, int] | None:
    """The longest lexicon unit that the words of `run` start with."""
    spans = [(word.start(), word.end()) for word in _NON_SPACE_RE.finditer(run)]
    words = [run[a:b] for a, b in spans]
    most = _WORDS_AFTER_FIRST.get(words[0].lower(), 1)
    for count in range(min(len(words), _MAX_UNIT_WORDS, most), 0, -1):
        written = " ".join(words[:count])
        unit = UNIT_SURFACES.get(written.lower())
        if unit is None:
            stripped = written.rstrip(".,'’=")
            unit = UNIT_SURFACES.get(stripped.lower())
            if unit is None and count == 1 and "-" in stripped:
                # "year-old", "km-long": the unit is the first part of a hyphenated word.
                stripped = stripped.split("-", 1)[0]
                unit = UNIT_SURFACES.get(stripped.lower())
            if unit is None and count == 1 and "/" in stripped:
                # "g/km", "t/ha": the unit before a per-slash; the slash is read after it.
                stripped = stripped.split("/", 1)[0]
                unit = UNIT_SURFACES.get(stripped.lower())
            if unit is None:
                continue
            written = stripped
        last_word = written.rsplit(" ", 1)[-1]
        return unit, written, spans[count - 1][0] + len(last_word)
    return None


def _unit_after(text: str, pos: int, number: _Number) -> tuple[str, int] | None:
    """Lexicon unit right after a number: (canonical unit, end offset)."""
    found = _lexicon_unit(text, pos)
    if found is None:
        return None
    unit, written, unit_start, end = found
    last_word = written.rsplit(" ", 1)[-1]
    if (
        unit.startswith(MINOR_UNIT_PREFIX)
        and last_word[:1].isupper()
        and len(last_word) > 2
        and not (last_word.isupper() and _in_capitals(text, number.start))
    ):
        return None  # "50 Cent", "Three Pence Lane": a name, not small change ("Canadian cents" is)
    attached = unit_start == pos
    acronym = written.isupper() and len(written) > 3 and written.lower() in BARE_CURRENCY_WORDS
    if acronym and not _in_capitals(text, number.start):
        return None  # "256K DRAM chips": an acronym in lower-case copy, not a currency
    if written in CASE_SENSITIVE_SURFACES:
        if number.is_words or not (attached or written in ("Nm", "mA", "MW", "mW", "PS")):
            return None
        return unit, end
    surface = written.lower()
    if surface == "foot" and _FOOT_AS_KIND_RE.match(text, end):
        return None  # "45 foot passengers", "200 foot soldiers": people on foot, not a length
    if surface in AMBIGUOUS_SURFACES and not _ambiguous_is_unit(
        text, number, unit, written, attached, end
    ):
        return None
    return unit, end


# Nouns that "foot" names a kind of (those who go on foot, or traffic of them) rather than a
# length: "200 foot soldiers", "a 30-strong foot patrol", "foot-passengers". A thing measured
# follows a length instead: "a 45-foot yacht", "45 foot high", "6 foot 2".
_FOOT_AS_KIND_RE = compile_pattern(
    r"[ \t-]+(?:passengers?|soldiers?|patrols?|troops?|police(?:m[ae]n)?|officers?|guards?"
    r"|travell?ers?|commuters?|pilgrims?|messengers?|couriers?|marchers?|infantry(?:m[ae]n)?"
    r"|pedestrians?|traffic|visitors?|shoppers?)\b",
    re.IGNORECASE,
)
_FOOT_BEFORE_KIND_RE = compile_pattern(r"[ \t]+foot(?=[ \t-])", re.IGNORECASE)


_MILESTONE_BEFORE_RE = compile_pattern(rf"\b[Tt]he{_G}+$")
_NOUN_AFTER_MARK_RE = compile_pattern(
    rf"{_G}+(?!(?:of|in|on|for|by|and|or|but|at|with|since|before|after|when|as|is|was|again"
    rf"|this|last|that|than|to|from|for|within|during|until|mark)\b)[a-z]"
)


def _ambiguous_is_unit(
    text: str, number: _Number, unit: str, written: str, attached: bool, end: int
) -> bool:
    """Whether a surface that is also a word or an initial ("m", "C", "marks", "won") is the
    unit after this number."""
    surface = written.lower()
    if surface == "mark" and _MILESTONE_BEFORE_RE.search(
        text, max(0, number.start - 12), number.start
    ):
        # "passed the 10,000 mark", "around the three million mark": a threshold, not money;
        # "the 500 mln mark loan" is money (a noun follows the compound).
        return bool(_NOUN_AFTER_MARK_RE.match(text, end))
    if surface == "p" and not number.is_words:
        return True  # "up 14 p at 392 p": pence
    if surface == "g" and written == "G":
        return False  # "3G", "5G": a generation of networks, not grams
    if written == "M":
        return False  # "3M": metres are written in lower case
    if written in ("gm", "gms") and not number.is_words:
        return True  # "0.15 gm of lead", "500 gms": grams in lower case ("GM" is a name)
    if surface == "m" and not attached and not number.is_words and _spaced_metres(text, end):
        return True  # "350 m high", "2.7 m."
    if not number.is_words and text.startswith("/", end) and _lexicon_unit(text, end + 1):
        return True  # "120 g/km": a symbol over another unit is a unit
    if len(surface) == 1 and text[end : end + 1] == "-" and text[end + 1 : end + 2].isalpha():
        return False  # "0.20 F-CATTLE": the letter opens a hyphened name, no unit
    # "12 C" is a temperature; "10 a" or "5 m" alone are not units.
    upper_symbol = surface in ("c", "f", "w", "v") and written.isupper()
    if len(surface) <= 2 and not attached and not (upper_symbol and not number.is_words):
        return False
    if len(surface) <= 2 and surface in ("c", "f") and written.islower():
        return False
    # "five billion marks": a sum in millions is money even when written in words.
    large_sum = UNIT_DIMENSIONS.get(unit) == "currency" and number.value >= 1e6
    spelled_out = number.is_words and surface not in ("degrees", "points")
    if len(surface) > 2 and spelled_out and not large_sum:
        return False
    # "5 real", "3 won" are rarely money without a scale word, but a results line's pair
    # ("Div 50 won vs 45 won") compares sums of that currency
    return (
        surface not in ("real", "won")
        or bool(attached or number.scale or large_sum)
        or _results_pair(text, number.start, end)
    )


_VERSUS_AFTER_RE = compile_pattern(r"[ \t]+vs?\.?[ \t]")
_VERSUS_BEFORE_RE = compile_pattern(r"\bvs?\.?[ \t]+(?:(?:loss|profit)[ \t]+)?$")


def _results_pair(text: str, start: int, end: int) -> bool:
    """Whether the figure is one side of a results line's "vs" ("50 won vs 45 won")."""
    return bool(
        _VERSUS_AFTER_RE.match(text, end)
        or _VERSUS_BEFORE_RE.search(text, max(0, start - 16), start)
    )


_WORD_AFTER_RE = compile_pattern(rf"{_G}*[A-Za-z]")
_SENTENCE_OPENERS = frozenset(".!?:;\"“‘'(\n-–—*•")


def _starts_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 12) : start].rstrip(" \t")
    return not before or before[-1] in _SENTENCE_OPENERS


def _spaced_metres(text: str, end: int) -> bool:
    """ "5 m" is metres when a length word or no word at all follows it."""
    return _LENGTH_AFTER_RE.match(text, end) is not None or not _WORD_AFTER_RE.match(text, end)


def _read_quantity(text: str, match: re.Match[str], in_range: bool = False) -> _Quantity | None:
    """Read one number and what is written around it; None when it is not a quantity."""
    number = _parse_number(text, match)
    if number is None:
        return None
    if (
        number.is_words
        and text[number.start].isupper()
        and (
            text[number.start - 1 : number.start] == "-" or not _starts_sentence(text, number.start)
        )
    ):
        # "the Group of Seven", "Six Nations", "Million Dollar Baby", "7-Eleven": a name
        return None
    glued = number.start > 1 and text[number.start - 1] == "-" and text[number.start - 2].isalpha()
    if number.is_words and glued:
        return None  # "one-on-one", "no-one", "all-in-one": part of a compound word
    if _names_no_amount(text, number):
        return None
    start, currency = number.start, None
    if not number.is_words:
        group = _age_group(text, number)
        if group is not None:
            return group
        before = _read_before_digits(text, number, in_range)
        if before is None:
            return None
        start, currency = before
    start = _half_a_dozen(text, number, start)
    _apply_scales(text, number, currency is not None)
    read = _read_unit(text, number, currency)
    if read is None:
        return None
    _add_inches(text, number, read)
    _read_scaled_gas_volume(text, number, read)
    skipped = (
        _number_word_counts_nothing(text, number, read)
        if number.is_words
        else _skip_in_context(text, number, read, currency)
    )
    if skipped:
        return None
    if read.unit is None and currency is None and _is_race_time(text, number):
        return None  # "finished second in 7.82", "a personal best of 20.94": a time, not a figure
    if read.unit is None and currency is None and _age_in_context(text, number):
        return _Quantity(start, read.end, number, "year", True, age=True)
    return _Quantity(start, read.end, number, read.unit, read.has_own_unit, age=read.age)


_HALF_BEFORE_RE = compile_pattern(r"(?<![A-Za-z])[Hh]alf[ \t]+$")
_INCHES_AFTER_RE = compile_pattern(
    r"[ \t]*(?P<inches>\d{1,2}(?:\.\d+)?)[ \t]*(?:ins?|inch(?:es)?)\b"
)


# "a dozen", "a hundred", "a thousand", "a million", "a billion", "a trillion": the word
# numbers that "half" before them halves.
_HALVED_WORD_VALUES = frozenset({12.0, 100.0, 1e3, 1e6, 1e9, 1e12})


def _half_a_dozen(text: str, number: _Number, start: int) -> int:
    """ "half a dozen" is six and "half a million" 500,000: the number is halved and starts
    at "half"; the start of the quantity, moved there too."""
    if not number.is_words or number.value not in _HALVED_WORD_VALUES:
        return start
    if number.value != 12 and not text.startswith(("a ", "an ", "a\n"), number.start):
        return start  # "half one million" is no way to write it; "half 100" not a word number
    half = _HALF_BEFORE_RE.search(text, max(0, number.start - 8), number.start)
    if half is None:
        return start
    number.value, number.start = number.value / 2, half.start()
    return half.start()


# Gas volumes whose abbreviation carries the scale: "MMcf" a million cubic feet, "Bcf" a
# billion, "Tcf" a trillion, "bcm" a billion cubic metres. ("mcf" is left alone: wire copy
# writes it for a thousand and for a million cubic feet.)
_SCALED_GAS_UNITS = {
    "mmcf": (1e6, "cubic_foot"),
    "bcf": (1e9, "cubic_foot"),
    "tcf": (1e12, "cubic_foot"),
    "bcm": (1e9, "meter ** 3"),
}


_SCALED_GAS_AFTER_RE = compile_pattern(r"[ \t\n]?(?P<unit>(?i:mmcf|bcf|tcf|bcm))\b")


def _read_scaled_gas_volume(text: str, number: _Number, read: _UnitRead) -> None:
    """ "2.5 bcf" is 2.5 billion cubic feet; "5 mmcf per day", a flow of cubic feet a day;
    written in capitals ("63.7 BCF") as well."""
    if read.unit is None:
        capitals = _SCALED_GAS_AFTER_RE.match(text, number.end)
        if capitals is None:
            return
        read.unit, read.end = capitals["unit"].lower(), capitals.end()
        _read_per_unit(text, read)
    head, slash, per = read.unit.partition(" / ")
    gas = _SCALED_GAS_UNITS.get(head)
    if gas is None or number.scale:
        return
    scale, unit = gas
    number.value = scaled(number.value, scale)
    number.precision = scaled(number.precision, scale)
    read.unit = f"{unit}{slash}{per}"
    read.has_own_unit, read.noun_is_plural = True, False


def _add_inches(text: str, number: _Number, read: _UnitRead) -> None:
    """ "6ft 4in", "5 feet 9 inches": one height in feet, the inches added as a fraction."""
    if read.unit != "foot" or number.is_words:
        return
    inches = _INCHES_AFTER_RE.match(text, read.end)
    if inches and float(inches["inches"]) < 12:
        number.value += float(inches["inches"]) / 12
        number.precision = 1 / 12
        read.end = inches.end()


_GROUP_NAME_BEFORE_RE = compile_pattern(r"(?-i:\bGroup)\s+of\s+$")


def _names_no_amount(text: str, number: _Number) -> bool:
    """A ratio ("a 3-for-2 split"), an attribute ("a two-time winner", "a one-time fee") or
    an event or set of repeats ("the 4x100m relay", "6 x 400 metres"), not an amount."""
    end = number.end
    if text.startswith("-for-", end) or text.endswith("-for-", 0, number.start):
        return True
    if _GROUP_NAME_BEFORE_RE.search(text, max(0, number.start - 12), number.start):
        return True  # "the Group of Seven", "Group of 77": a body's name, even across a wrap
    if text.startswith("-time", end) and not text[end + 5 : end + 6].isalpha():
        return True
    after = text[end : end + 2]
    return ("x" in after or "X" in after or "×" in after) and bool(
        _REPEATED_DISTANCE_RE.match(text, end)
    )


# A bare time in hundredths after a placing or a record: "came third in 10.21", "set a
# personal best of 20.94", "an Olympic record of 12.37".
_RACE_TIME_BEFORE_RE = compile_pattern(
    r"\b(?:finish(?:ed|es)?|won|came|ran|clocked|timed|record|best|time|winner|second|third"
    r"|fourth|fifth|sixth|seventh|eighth|last)(?:[ \t]+(?:place|home))?[ \t]+(?:in|of)[ \t]+$"
)


def _is_race_time(text: str, number: _Number) -> bool:
    digits = text[number.start : number.end]
    if number.is_words or number.value >= 60 or len(digits.partition(".")[2]) != 2:
        return False
    return bool(_RACE_TIME_BEFORE_RE.search(text, max(0, number.start - 30), number.start))


# Words before a bare number that make it an age: "aged 81", "at the age of nine", "ages 5
# to 11"; people described by an age: "people over 75", "children under five".
_AGE_BEFORE_RE = compile_pattern(
    rf"\b(?:aged|ages?(?:{_G}+of)?)(?:{_G}+(?:between|about|around|over|under|just|only"
    rf"|nearly|almost|at{_G}+least|roughly|some))?{_G}+$",
    re.I,
)
_AGE_OF_PEOPLE_RE = compile_pattern(
    rf"\b(?:people|those|men|women|children|adults|pensioners|drivers|voters|patients"
    rf"|residents|workers|anyone|everyone|girls|boys|kids|youngsters|teenagers|smokers|users"
    rf"|households|viewers|customers|savers|fans|players|payers|taxpayers|motorists|consumers)"
    rf"{_G}+(?:(?:aged|are|were|is|was|who{_G}+are){_G}+)?"
    rf"(?:over|under|above|below|older{_G}+than|younger{_G}+than){_G}+$",
    re.I,
)
# "Jane Smith, 67," or "Smith (67)": an age in apposition to a person.
_APPOSITION_BEFORE_RE = compile_pattern(
    r"(?:\b(?P<name>[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)|\b(?:wife|husband|son|daughter|mother"
    r"|father|brother|sister|man|woman|boy|girl|friend|partner|widow|widower|grandmother"
    r"|grandfather|mum|dad|pensioner|teenager|actor|actress|singer|star|player|striker"
    r"|midfielder|defender|goalkeeper|keeper|winger|lock|prop|international|veteran"
    r"|film-maker|director|writer|author|novelist|presenter|comedian|musician|rapper"
    r"|champion|coach|manager|driver|boxer|golfer|chairman|founder|victim|suspect))"
    r"[ \t]*,[ \t]*(?:now[ \t]+)?$"  # "Agassi, now 34,": the age he has reached
)
# After the age: a comma, a dash, or the end of a sentence ("said Hynde, 53.").
_APPOSITION_AFTER_RE = compile_pattern(r"[ \t]*(?:,|[-–—][ \t]|\.(?:\s|$))")
# "she was 18 when", "who is 13 at the time": a person's age after a copula, the clause
# ending right after the number (a count or a measure would carry its noun or unit).
_AGE_COPULA_BEFORE_RE = compile_pattern(
    r"(?<![A-Za-z])(?:I|[Hh]e|[Ss]he|[Ww]ho|[Tt]hey|[Ww]e|[Yy]ou)(?:'s|’s|'m|’m|[ \t]+(?:was"
    r"|is|were|am|are|turned|turns|will[ \t]+be|had[ \t]+turned|has[ \t]+turned))"
    r"(?:[ \t]+(?:only|just|barely|nearly|almost|about|around|already|now|then|still))?[ \t]+$"
)
# A rule on who may do something: people who "must be" or "have to be" a figure ("jurors
# must be 18", "drivers have to be at least 17"); a thing's figure is no age ("the rate must
# be 5").
_AGE_REQUIRED_BEFORE_RE = compile_pattern(
    r"\b(?:candidates|applicants|members|voters|drivers|buyers|players|contestants|entrants"
    r"|participants|recruits|jurors|officers|pupils|students|children|people|anyone|everyone"
    r"|those|he|she|you|they)[ \t]+(?:must|should|will[ \t]+have[ \t]+to|have[ \t]+to"
    r"|has[ \t]+to|need[ \t]+to|needs[ \t]+to)[ \t]+be"
    r"(?:[ \t]+(?:at[ \t]+least|over|under|aged))?[ \t]+$",
    re.I,
)
# One person as the subject ("I", "he", "she", "who") and a word after the figure that goes on
# with time or a clause: an age from 16 ("I'm 30 now", "who is 36 at the end of May"); "in"
# after it is a rank's ("she was 12 in the world"), and a plural subject is left to the
# stricter pair above ("they were 30 at the start" may count them).
_ONE_PERSON_COPULA_BEFORE_RE = compile_pattern(
    r"(?<![A-Za-z])(?:I|[Hh]e|[Ss]he|[Ww]ho)(?:'s|’s|'m|’m|[ \t]+(?:was|is|am|turned|turns"
    r"|(?:will|would|might|may|could|must)[ \t]+be))(?:[ \t]+(?:only|just|now|then|still))?"
    r"[ \t]+$"
)
# "when I'm 70,", "by the time he is 40.": one person's copula in a clause of time, the
# clause closing right after the figure.
_TIME_CLAUSE_COPULA_BEFORE_RE = compile_pattern(
    r"(?<![A-Za-z])(?:[Ww]hen|[Uu]ntil|[Tt]ill|[Bb]y[ \t]+the[ \t]+time|[Oo]nce|[Ss]ince)[ \t]+"
    r"(?:I(?:'m|’m|[ \t]+(?:was|am|turned|turn))|(?:[Hh]e|[Ss]he)(?:'s|’s|[ \t]+(?:was|is|turned"
    r"|turns)))[ \t]+$"
)
_CLAUSE_CLOSES_AFTER_RE = compile_pattern(r"[ \t]*(?:[,;:!?)]|\.(?!\d))")
# "she might be 33 next month", "he turns 40 this year": a time after the age.
_ONE_PERSON_AGE_AFTER_RE = compile_pattern(
    r"[ \t]+(?:now|so|at|on|by|before|after|but|yet|today|soon|next|this|last)\b"
)
_AGE_COPULA_AFTER_RE = compile_pattern(
    r"[ \t]*(?:[,.;:!?)\]\"”]|$)|[ \t]+(?:when|at[ \t]+the[ \t]+time"
    r"|and(?![ \t]+(?:\d|a[ \t]+half))|years?[ \t]+old|last|this|next)\b"
)
# "Moreau was 31 when she won": a name's copula, the age and "when" (a name's figure before
# a comma or a stop may be anything: "Turnout was 62.").
_NAME_AGE_COPULA_BEFORE_RE = compile_pattern(
    r"(?<![A-Za-z])[A-Z][a-z'’-]+[ \t]+(?:was|is|turned|turns|had[ \t]+turned)"
    r"(?:[ \t]+(?:only|just|barely|nearly|almost|about|around|already|still))?[ \t]+$"
)
_NAME_AGE_COPULA_AFTER_RE = compile_pattern(
    r"[ \t]+(?:when|at[ \t]+the[ \t]+time|years?[ \t]+old)\b"
)
# "the coach was 41 when he took over", "the former club captain was 29 when she left": a person
# named by a noun phrase, the age, and "when" with a person after it ("the index was 41 when it
# closed" is no age).
_NOUN_AGE_COPULA_BEFORE_RE = compile_pattern(
    r"\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Mm]y)(?:[ \t]+(?!of\b)[A-Za-z-]+){1,4}"
    r"[ \t]+(?:was|is|turned|had[ \t]+turned)"
    r"(?:[ \t]+(?:only|just|barely|nearly|almost|about|around|still))?[ \t]+$"
)
_NOUN_AGE_COPULA_AFTER_RE = compile_pattern(r"[ \t]+when[ \t]+(?:he|she|I|we|they)\b")
# "died in Vienna at 50", "retired at 60", "became an MP at 27", "left school at 15": an event
# of a life and the age it came at.
_LIFE_EVENT_AT_RE = compile_pattern(
    r"\b(?:died|dies|dying|retired|retires|retiring|retirement|married|marries|debut"
    r"|emigrated|orphaned|widowed|became|becomes|left[ \t]+(?:school|home)"
    r"|turned[ \t]+professional|knighted)\b[^.;!?\n]{0,40}?[ \t]at[ \t]+$"
)
# "At 35, she is the youngest...": an age opening its sentence.
_AGE_OPENING_RE = compile_pattern(r"(?:^|[.!?\"“]\s+|\n\s*)At[ \t]+$")
_AGE_BOUND_WORDS = ("over", "under", "above", "below", "older", "younger")
_AGE_GROUP_RE = compile_pattern(r"(?<![A-Za-z])(?:over|under|Over|Under)[- ]$")
# "in his 50s", "in their early 20s": a person's age by its decade.
_AGE_DECADE_BEFORE_RE = compile_pattern(
    r"\b[Ii]n[ \t]+(?:his|her|their|my|your|our)[ \t]+(?:(?:early|late)[ \t]+|mid-?[ \t]*)?$"
)
_CALENDAR_NAMES = frozenset(name.capitalize() for name in (*FULL_MONTHS, *ABBREVIATED_MONTHS))


# A working life's end: "retire at 65", "retired before 60", "work on until 70".
_RETIRE_BEFORE_RE = compile_pattern(
    rf"\bretir(?:e|es|ed|ing)(?:{_G}+early)?{_G}+(?:at|before|after|until|till|by){_G}+$", re.I
)
_WORK_UNTIL_BEFORE_RE = compile_pattern(
    rf"\bwork(?:s|ed|ing)?(?:{_G}+on)?{_G}+(?:until|till|past|beyond){_G}+$", re.I
)
_WORKING_AGE_CUE_RE = compile_pattern(r"\b(?:retir\w*|age|pensions?|pensionable)\b", re.I)
_WORKING_AGE_REACH = 200


def _working_age(text: str, number: _Number, before: str) -> bool:
    """A bare figure from 45 to 90 after "retire at/before" is an age; after "work until/till"
    too when retirement or age is spoken of earlier in the sentence."""
    if not 45 <= number.value <= 90:
        return False
    if _RETIRE_BEFORE_RE.search(before):
        return True
    if not _WORK_UNTIL_BEFORE_RE.search(before):
        return False
    earlier = text[max(0, number.start - _WORKING_AGE_REACH) : number.start]
    return _WORKING_AGE_CUE_RE.search(earlier) is not None


def _age_after_a_copula(text: str, number: _Number, before: str) -> bool:
    """An age after a person's "is", "was", "'m": "she was 31 when", "I'm 30 now"."""
    if _AGE_COPULA_BEFORE_RE.search(before) and _AGE_COPULA_AFTER_RE.match(text, number.end):
        return True
    if (
        16 <= number.value <= 110
        and _ONE_PERSON_COPULA_BEFORE_RE.search(before)
        and _ONE_PERSON_AGE_AFTER_RE.match(text, number.end)
    ):
        return True  # "I'm 30 now and", "who is 36 at the end of May", "I will be 35 so"
    if (
        2 <= number.value <= 110
        and number.value == int(number.value)
        and _TIME_CLAUSE_COPULA_BEFORE_RE.search(before)
        and _CLAUSE_CLOSES_AFTER_RE.match(text, number.end)
    ):
        return True  # "when I'm 70, I will", "until she was 12.": a time of life
    if _NAME_AGE_COPULA_AFTER_RE.match(text, number.end) and _NAME_AGE_COPULA_BEFORE_RE.search(
        before
    ):
        return True
    return bool(
        _NOUN_AGE_COPULA_AFTER_RE.match(text, number.end)
        and _NOUN_AGE_COPULA_BEFORE_RE.search(before)
    )


def _age_in_context(text: str, number: _Number) -> bool:
    """Whether a bare whole number (no unit) is someone's age, from the words around it."""
    if not (0 < number.value < 120 and number.value == int(number.value)):
        return False
    before = text[max(0, number.start - 40) : number.start]
    lowered = before.lower()
    # "aged 40"; "forced to retire before 65", "to work on till 70"
    if ("age" in lowered and _AGE_BEFORE_RE.search(before)) or _working_age(text, number, before):
        return True
    if any(word in lowered for word in _AGE_BOUND_WORDS) and _AGE_OF_PEOPLE_RE.search(before):
        return True
    if _age_after_a_copula(text, number, before):
        return True
    if 16 <= number.value <= 110 and _AGE_REQUIRED_BEFORE_RE.search(before):
        return True  # "jurors must be 18", "voters have to be at least 18"
    if before.endswith("t "):
        after_number = text[number.end : number.end + 1]
        if _AGE_OPENING_RE.search(before):
            return after_number == ","
        if _LIFE_EVENT_AT_RE.search(text, max(0, number.start - 80), number.start):
            following = text[number.end + 1 : number.end + 2]
            return not after_number.isalnum() and not (after_number in ":." and following.isdigit())
    if "," not in before[-7:]:
        return False
    apposition = _APPOSITION_BEFORE_RE.search(before)
    if apposition is None or not _APPOSITION_AFTER_RE.match(text, number.end):
        return False
    name = apposition["name"]
    return name is None or name not in _CALENDAR_NAMES


def _age_group(text: str, number: _Number) -> _Quantity | None:
    """ "the over-70s", "under-18s": people above or below an age, as an age bound."""
    end = number.end
    if text[end : end + 1] != "s" or text[end + 1 : end + 2].isalpha():
        return None
    if not number.is_plain_integer:
        return None
    if _AGE_GROUP_RE.search(text, max(0, number.start - 6), number.start):
        return _Quantity(number.start, end + 1, number, "year", True, age=True)
    decade = number.value % 10 == 0 and 10 <= number.value <= 90
    if decade and _AGE_DECADE_BEFORE_RE.search(text, max(0, number.start - 20), number.start):
        return _Quantity(number.start, end + 1, number, "year", True, age=True, decade=True)
    return None


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
    window = text[max(0, number.start - 12) : number.start]
    signed = "-" in window or "−" in window or "inus" in window or "egative" in window
    negative = signed and _NEGATIVE_BEFORE_RE.search(text, max(0, number.start - 12), number.start)
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


# One alternation per currency word, a named group per country, so that the text before a
# figure is scanned once: (pattern, ISO code by group name).
_REGIONAL_CUES = {
    word: (
        compile_pattern(
            r"\b(?:" + "|".join(f"(?P<c{i}>{cues})" for i, (cues, _) in enumerate(pairs)) + r")\b",
            re.I,
        ),
        {f"c{i}": code for i, (_, code) in enumerate(pairs)},
    )
    for word, pairs in (CUED_CURRENCIES | REGIONAL_CURRENCIES).items()
}
# The same cues written as the currency's own adjective: "Swiss francs", "Norwegian crowns".
_REGIONAL_NAMED = {
    word: compile_pattern(
        r"\b(?:"
        + "|".join(f"(?P<c{i}>{cues})" for i, (cues, _) in enumerate(pairs))
        + rf")[a-z]*{_G}+{word}s?\b",
        re.I,
    )
    for word, pairs in (CUED_CURRENCIES | REGIONAL_CURRENCIES).items()
}
_REGIONAL_WORDS = "|".join(sorted(_REGIONAL_CUES))
_REGIONAL_WORD_RE = compile_pattern(rf"(?<![A-Za-z])(?P<word>{_REGIONAL_WORDS})s?$", re.I)
# The currency word alone after the number ("336 billion escudos"), none of its country's
# adjective: the country is read from the text before.
_BARE_REGIONAL_RE = compile_pattern(rf"[ \t]*-?[ \t]*(?P<word>{_REGIONAL_WORDS})s?\b", re.I)
# How far back a country named for "crowns" or "dinars" is looked for (a dateline, a clause).
_REGIONAL_REACH = 400


def _only_scale_between(text: str, start: int, end: int) -> bool:
    """Nothing but blanks, hyphens and a scale word ("300 mln crowns"): no country adjective
    of the currency's own ("300 Norwegian crowns")."""
    words = text[start:end].replace("-", " ").split()
    return not words or (len(words) == 1 and words[0].lower() in SCALE_WORDS)


def _regional_currency(text: str, start: int, word: str) -> str | None:
    """ISO code of plain "crowns"/"dinars" from the nearest country cue before the figure."""
    cues, codes = _REGIONAL_CUES[word]
    found = [
        match.lastgroup for match in cues.finditer(text, max(0, start - _REGIONAL_REACH), start)
    ]
    if not found and start > _REGIONAL_REACH:
        # Nothing close by: the currency as the article named it in full ("905 mln Swiss
        # francs" in its opening, "433 mln francs" paragraphs later), when it named one
        # country's only (French and Swiss francs both named: the bare word stays undecided).
        named = {match.lastgroup for match in _REGIONAL_NAMED[word].finditer(text, 0, start)}
        named = {codes[group] for group in named if group}
        if not named:
            # Nor named in full: the one country the story names before ("the Philippine
            # central bank" in the opening, "40 mln pesos" paragraphs later).
            named = {match.lastgroup for match in cues.finditer(text, 0, start)}
            named = {codes[group] for group in named if group}
        if named:
            return named.pop() if len(named) == 1 else None
    elif found:
        return codes[found[-1]] if found[-1] else None
    return dateline_currency(word)  # the text names no country: the dateline's, if any


# A currency word after its country's name or adjective, a scale word maybe before them:
# "40 mln Philippine pesos", "3 Kenya shillings", "5 bln Hong Kong dollars".
_QUALIFIED_CURRENCY_RE = compile_pattern(
    rf"{_G}+(?:(?i:{'|'.join(sorted(SCALE_WORDS, key=len, reverse=True))}){_G}+)?"
    rf"(?P<country>[A-Z][A-Za-z'’-]*\.?(?:{_G}+[A-Z][A-Za-z'’-]*\.?)?){_G}+"
    # (longest first, then alphabetical: a set's order changes with each process's string
    # hashes, and the same text each time lets the stored compiled code be used)
    rf"(?P<word>{'|'.join(sorted(QUALIFIED_CURRENCY_WORDS, key=lambda w: (-len(w), w)))})\b"
)


def _qualified_currency_after(text: str, pos: int) -> _UnitRead | None:
    """ "40 Kenya shillings": a currency word after its country, read as that country's
    currency rather than the one the bare word names."""
    qualified = _QUALIFIED_CURRENCY_RE.match(text, pos)
    code = qualified and qualified_currency(qualified["country"], qualified["word"])
    if qualified and not code and qualified["country"] == "CFA":
        code = _cfa_franc(text)
    return _UnitRead(code, qualified.end(), has_own_unit=True) if code else None


# The two CFA franc zones, by the members' names and adjectives (the names the text and the
# dateline may give): the West African franc (XOF) and the Central African franc (XAF).
_CFA_ZONE_CUES = (
    (
        "XOF",
        compile_pattern(
            r"\b(?:West[ \t]+Africa|UMOA|UEMOA|BCEAO|Benin|Burkina|Ivory[ \t]+Coast|Ivorian"
            r"|Cote[ \t]+d.Ivoire|Abidjan|Mali|Niger(?!ia)|Senegal|Dakar|Togo|Guinea-Bissau)"
        ),
    ),
    (
        "XAF",
        compile_pattern(
            r"\b(?:Central[ \t]+Africa|BEAC|CEMAC|Cameroon|Douala|Yaounde|Chad|Gabon|Libreville"
            r"|Congo|Brazzaville|Equatorial[ \t]+Guinea)"
        ),
    ),
)


def _cfa_franc(text: str) -> str:
    """ "500 bln CFA francs": the zone of the dateline's country, else of the one zone the
    text names, else the West African franc: the two have always been at par, so the sum
    converts the same either way (a CFA franc is never the French franc)."""
    code = dateline_currency("franc")
    if code in ("XOF", "XAF"):
        return code
    named = {code for code, cues in _CFA_ZONE_CUES if cues.search(text)}
    return named.pop() if len(named) == 1 else "XOF"


@dataclass(slots=True)
class _UnitRead:
    """What follows a number: its unit, where the quantity ends, whether the unit is written
    with this number (not borrowed from the other end of a range), and whether the counted
    noun is plural."""

    unit: str | None
    end: int
    has_own_unit: bool = False
    noun_is_plural: bool = False
    age: bool = False


# A price table marks a session's high and low with a letter glued to the quote in 32nds or
# other written fractions ("97 26/32H", "96 25/32L"); no unit is written that way.
_QUOTE_MARK_AFTER_RE = compile_pattern(r"[HL](?![A-Za-z])")


def _read_unit(text: str, number: _Number, currency: str | None) -> _UnitRead | None:
    """The unit after a number: a lexicon unit, the currency prefix, a currency symbol after
    the number, "of a <unit>" after a fraction, then a counted noun; a price gets its "per
    <unit>". None when letters glued to the digits make it something else ("5G", "3D")."""
    if _QUOTE_MARK_AFTER_RE.match(text, number.end) and "/" in text[number.start : number.end]:
        return _UnitRead(None, number.end + 1)  # "97 24/32L": a quote's low, not litres
    if _quote_mark_after(text, number):
        return _UnitRead(None, number.end + 1)  # "MAY7 6832B 6840A": a bid and an ask
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


# What has lasted rather than lived: "the three-month-old strike", "the seven-year-old Gulf
# war", "a two-year-old trade pact" say how long the event or arrangement has run (a duration,
# which is no figure), not an age.
_LASTING_NOUNS = frozenset(
    {"strike", "stoppage", "walkout", "lockout", "boycott", "blockade", "siege", "embargo"}
    | {"war", "conflict", "dispute", "row", "feud", "fight", "battle", "struggle", "standoff"}
    | {"insurgency", "rebellion", "revolt", "uprising", "crisis", "ceasefire", "truce"}
    | {"agreement", "accord", "pact", "treaty", "deal", "arrangement", "alliance", "coalition"}
    | {"law", "ban", "freeze", "moratorium", "rationing", "curfew", "quota", "quotas"}
    | {"presidency", "regime", "rule", "dictatorship", "occupation", "administration"}
    | {"talks", "negotiations", "proceedings", "trial", "investigation", "inquiry", "probe"}
    | {"campaign", "programme", "program", "policy", "scheme", "system", "code", "recession"}
)
# The lasting noun heads the phrase when a function word or punctuation follows it ("the
# two-year-old strike, which", "the strike at"), not when another noun does ("a 30-year-old
# strike leader" is a person's age).
_LASTING_PHRASE_RE = compile_pattern(
    r"[ \t\n-]+(?:[A-Za-z][\w'’]*(?:-[A-Za-z]+)*[ \t\n]+){0,2}?(?P<noun>[a-z]+)"
    r"(?=[ \t\n]*(?:[^\w\s]|$)|[ \t\n]+(?:in|at|of|over|between|with|against|on|by|to|for"
    r"|and|or|but|has|had|have|is|was|were|are|that|which|who|when|since|after)\b)"
)


def _names_what_lasted(text: str, end: int) -> bool:
    """Whether the words after "-old" name an event or an arrangement (see _LASTING_NOUNS)."""
    phrase = _LASTING_PHRASE_RE.match(text, end)
    return phrase is not None and phrase["noun"] in _LASTING_NOUNS


def _end_of_age(text: str, number: _Number, unit: str, end: int) -> int | None:
    """Where an age written with its unit of time ends: "a 35-year-old" (past "-old"), "at the
    age of 18 years" and "aged 70 years" (a count of years after "age of" or "aged")."""
    age = _AGE_SUFFIX_RE.match(text, end)
    if age and UNIT_DIMENSIONS.get(unit) == "time":
        return None if _names_what_lasted(text, age.end()) else age.end()
    if unit == "year" and _AGE_BEFORE_RE.search(text, max(0, number.start - 30), number.start):
        return end
    return None


# "42in", "a 6in blade": "in" glued to the digits is inches (British copy's symbol); a word
# of the clause after it ("20in the first half") means a lost blank instead.
_GLUED_INCHES_RE = compile_pattern(
    rf"in(?![A-Za-z0-9])(?!{_G}+(?:the|a|an|his|her|their|its|which|this|that|[12]\d{{3}})\b)"
)


def _glued_length(text: str, number: _Number, currency: str | None) -> _UnitRead | None:
    """A length symbol that the lexicon leaves alone, glued to the digits: "a 10k run", "5K
    final", "a 42in screen"."""
    if text[number.end : number.end + 1] in ("k", "K") and _K_DISTANCE_RE.match(
        text, number.end + 1
    ):
        return _UnitRead("kilometer", number.end + 1, has_own_unit=True)
    if not (currency or number.is_words) and _GLUED_INCHES_RE.match(text, number.end):
        return _UnitRead("inch", number.end + 2, has_own_unit=True)
    return None


def _written_unit(text: str, number: _Number, currency: str | None) -> _UnitRead:
    """A unit from the lexicon, else the currency written before or after the number."""
    length = _glued_length(text, number, currency)
    if length:
        return length
    qualified = None if currency else _qualified_currency_after(text, number.end)
    if qualified:
        return qualified
    found = _unit_after(text, number.end, number)
    if found:
        unit, end = found
        regional = _REGIONAL_WORD_RE.search(text, max(number.end, end - 9), end)
        if regional and _only_scale_between(text, number.end, regional.start()):
            unit = _regional_currency(text, number.start, regional["word"].lower()) or unit
        if unit == "pound" and _pounds_are_money(text, number, end):
            unit = "GBP"
        if currency and UNIT_DIMENSIONS.get(unit) == "currency" and unit != "cent":
            unit = currency  # "$5 billion dollars": the prefix already names the currency
        age_end = _end_of_age(text, number, unit, end)
        if age_end is not None:
            return _UnitRead(unit, age_end, has_own_unit=True, age=True)
        return _UnitRead(unit, end, has_own_unit=True)
    if currency:
        return _UnitRead(currency, number.end, has_own_unit=True)
    bare = _BARE_REGIONAL_RE.match(text, number.end)
    if bare:
        code = _regional_currency(text, number.start, bare["word"].lower())
        if code:
            return _UnitRead(code, bare.end(), has_own_unit=True)  # "escudos" in a Lisbon story
    suffix = _CURRENCY_SUFFIX_RE.match(text, number.end)
    if suffix and not number.is_words:
        return _UnitRead(CURRENCY_PREFIXES[suffix["cur"]], suffix.end(), has_own_unit=True)
    return _UnitRead(None, number.end)


# "pounds" are money or mass: what is around the figure says which.
_POUNDS_OF_RE = compile_pattern(rf"{_G}+of{_G}+(?!the\b|a\b|an\b)[a-z]", re.I)
_MASS_CUE_RE = compile_pattern(
    r"\b(?:weigh(?:s|ed|ing|t|ts)?|heav(?:y|ier|iest)|light(?:er|est)|lbs?|ounces?|oz|kilos?"
    r"|kilograms?|kg|tons?|tonnes?|obes\w*|fat|body)\b",
    re.I,
)
_MONEY_CUE_RE = compile_pattern(
    r"£|\b(?:sterling|stg|pence|penny|cost(?:s|ing)?|price[sd]?|paid|pay(?:s|ing|ment)?|spen[dt]"
    r"|spending|fund(?:s|ed|ing)?|worth|budget|fine[sd]?|salar(?:y|ies)|wages?|earn(?:s|ed|ing)?"
    r"|profits?|loss(?:es)?|deal|bid|offer(?:ed)?|sold|bought|sale|raised?|invest\w*|tax(?:es)?"
    r"|fees?|bills?|debts?|cash|bonus(?:es)?|pensions?|award(?:ed)?|compensation|charged?"
    r"|grants?|gives?|gave|donat\w*|revenue|turnover|income|cheaper|expensive|afford\w*|bank"
    r"|loans?|rent|subsid\w*|per\s+week|a\s+week|a\s+year|per\s+year|allowance)\b",
    re.I,
)
# "lb", "lbs": the abbreviation is the weight alone, whatever the scale ("12 mln lbs").
_LB_ABBREVIATION_RE = compile_pattern(r"\blbs?\.?$", re.I)
# How far around a figure in pounds its context is read.
_POUND_CONTEXT = 120


def _pounds_are_money(text: str, number: _Number, end: int) -> bool:
    """ "£" or "sterling" nearby, a scale ("5 million pounds") or words of money make "pounds"
    money; "pounds of" a thing, or words of weight, make them a mass (the default)."""
    if _LB_ABBREVIATION_RE.search(text, number.end, end):
        return False
    if number.scale is not None:
        return True
    if _POUNDS_OF_RE.match(text, end):
        return False
    window = text[max(0, number.start - _POUND_CONTEXT) : end + _POUND_CONTEXT // 2]
    if _MASS_CUE_RE.search(window):
        return False
    return _MONEY_CUE_RE.search(window) is not None


def _read_fraction_of_unit(text: str, read: _UnitRead) -> None:
    of_a = _OF_A_RE.match(text, read.end)
    found_unit = _lexicon_unit(text, of_a.end()) if of_a else None
    if of_a and found_unit and found_unit[2] == of_a.end():
        read.unit, read.end = found_unit[0], found_unit[3]  # "3/4 of a US gallon"


# "four-, five- and six-cylinder engines": a hyphen left hanging until the last number.
_SUSPENDED_RE = compile_pattern(
    rf"-(?=,|{_G}+(?:and|or|to){_G})(?:,?{_G}*[A-Za-z0-9.]+-)*,?{_G}*(?:and|or|to){_G}+"
    r"[A-Za-z0-9.]+(?=-[A-Za-z])"
)


_THRESHOLD_NOUNS = frozenset({"mark", "level", "barrier", "threshold", "milestone", "figure"})


# "eight of the firm's biggest clients", "12 of its stores", "two of her own aides": a part of
# a group written with its noun counts that noun.
_GROUP_OF_RE = compile_pattern(
    rf"{_G}+of(?:{_G}+(?:the|its|their|his|her|our|your|these|those)\b(?:{_G}+own\b)?"
    rf"(?:{_G}+[A-Za-z][A-Za-z.&-]*['’]s?(?=[ \t\n]))?"
    rf"|{_G}+[A-Z][A-Za-z.&-]*['’]s?(?=[ \t\n]))"
    # "three of their next 10 games", "two of the last three visits": the group's size
    rf"(?:{_G}+(?:next|last|first|previous|past|final|remaining)"
    rf"(?:{_G}+(?:\d{{1,3}}|{_NUMBER_WORD_LOWER}))?(?={_G}))?"
)
# Words that may stand between the group's determiner and its plural noun when the noun
# search itself stops: names ("the popular Carry On films") and adjectives, "most" before one.
_GROUP_MODIFIER_SUFFIXES = (*_ADJECTIVE_SUFFIXES, "al", "ant", "ent", "ar", "ary")
_GROUP_DEGREE_WORDS = _word_set("most least more very")
# Adjectives in "-ly" ("the early novels", "their friendly matches") and the side of a fixture
# ("their away games") modify the noun too; the search still ends at a plural noun or fails.
_GROUP_SIDE_WORDS = _word_set("away home")
_GROUP_REACH = 5


def _noun_past_group_modifiers(text: str, pos: int) -> tuple[str, int, bool] | None:
    """The plural noun after a group's modifiers: "nine of the popular Carry On films",
    "two of the most significant space milestones"; None at any other word."""
    start = pos
    for _ in range(_GROUP_REACH):
        match = _WORD_RE.match(text, pos)
        if match is None:
            return None
        word = match["word"]
        lower = word.lower()
        following = _WORD_RE.match(text, match.end())
        if word[0].islower() and _is_plural(word) and lower not in _NOT_NOUNS:
            return _head_noun(word, match.end())
        if word[0].isupper() and (lower not in _NOT_NOUNS or pos != start):
            pos = match.end()  # a name's small words ("Carry On") after its first word
            continue
        modifier = (
            lower in _GROUP_DEGREE_WORDS
            or lower in _GROUP_SIDE_WORDS
            or (lower.endswith("ly") and lower not in _NOT_NOUNS)
            or (
                lower not in _NOT_NOUNS
                and (lower in _ADJECTIVE_LIKE or lower.endswith(_GROUP_MODIFIER_SUFFIXES))
            )
        )
        compound = (
            following is not None
            and following["word"][0].islower()
            and _is_plural(following["word"])
            and lower not in _NOT_NOUNS
            and not lower.endswith(("ed", "ly"))
        )
        if not (modifier or compound):
            return None
        pos = match.end()
    return None


def _member_of_group(text: str, pos: int) -> tuple[str, int, bool] | None:
    """The noun of the group after "of" ("12 of its stores"): a plural, a noun that counts in
    the singular form ("20 of the aircraft", "12 of its staff") or a noun past a model's code
    ("30 of its A350 jets")."""
    group = _GROUP_OF_RE.match(text, pos)
    if group is None:
        return None
    member = _counted_noun_after(text, group.end(), True)
    if member is None or not member[2]:
        member = _noun_after_model(text, group.end()) or member
    if member is None or not member[2]:
        member = _noun_past_group_modifiers(text, group.end()) or member
    if member is None or not (member[2] or member[0] in _COLLECTIVE_NOUNS):
        return None
    return member


# "200 or so protesters": a hedge between the number and its noun.
_OR_SO_RE = compile_pattern(rf"{_G}+or{_G}+so\b")
# "40-odd", "a hundred-odd": a round figure and some more, in the figure's own hyphen.
_ODD_AFTER_RE = compile_pattern(r"-odd\b", re.I)


# A determiner after the word that follows a number makes that word a verb ("2 million
# read the paper", "40,000 attend their matches"), not the noun counted.
_DETERMINER_AFTER_RE = compile_pattern(
    rf"{_G}+(?:the|their|its|his|her|our|this|that|these|those)\b", re.I
)


# "Fifty graze the hill": the number is the subject of a verb with its object.
_VERB_AND_OBJECT_RE = compile_pattern(
    rf"{_G}+(?!(?:that|as|on|in|at|of|for|with|from|to|under|over|above|below|by|into|onto"
    rf"|than|and|or|but|after|before|since|until|among|about|against|across|through|during"
    rf"|within|without|per|near|beyond|behind|beside|between|like|is|was|are|were|be|of)\b)"
    rf"[a-z]+{_G}+(?:the|their|its|his|her|our|this|that|these|those)\b"
)


_HYPHENED_SCALE_RE = compile_pattern(r"[\d\w]-(?:thousand|million|billion|trillion)\b", re.I)


def _counted_noun_in_row(
    text: str, number: _Number, read: _UnitRead, plural: bool
) -> tuple[str, int, bool] | None:
    """The counted noun after a figure, none when the figure is the second side of a results
    line's pair and a capital follows: "vs 44.5 mln Administration expenses" ends one row and
    opens the next one with its heading."""
    if _CAPITAL_AFTER_RE.match(text, read.end) and _VERSUS_BEFORE_RE.search(
        text, max(0, number.start - 16), number.start
    ):
        return None
    return _counted_noun_after(text, read.end, plural)


def _read_counted_noun(text: str, number: _Number, read: _UnitRead) -> None:
    # "a 9-million population works": a figure hyphened to its scale is an adjective before a
    # singular head, so a word in -s after that head is its verb, not a plural head
    hyphened_scale = (
        number.scale is not None
        and _HYPHENED_SCALE_RE.search(text, number.start, read.end) is not None
    )
    noun = _counted_noun_in_row(text, number, read, number.value != 1 and not hyphened_scale)
    if (
        noun is not None
        and not noun[2]
        and number.value > 1
        and noun[0] not in UNIT_DIMENSIONS
        and _DETERMINER_AFTER_RE.match(text, noun[1])
    ):
        return  # the subject's count, then its verb: no counted noun
    if noun is None and text.startswith(" or", read.end):
        hedge = _OR_SO_RE.match(text, read.end)
        noun = _counted_noun_after(text, hedge.end(), True) if hedge else None
        if noun is not None and not noun[2]:
            noun = None
    if noun is None and number.value != 1 and text.startswith(" of", read.end):
        member = _member_of_group(text, read.end)
        if member and member[0] not in UNIT_DIMENSIONS:
            read.unit, read.noun_is_plural = member[0], True
            read.has_own_unit = True
            return
    if noun is None and read.end < len(text) and text[read.end] == "-":
        noun = _hyphenated_noun(text, read.end)
        suspended = _SUSPENDED_RE.match(text, read.end) if noun is None else None
        if suspended:
            # "a 5- to 10-year sentence": a span of years (as "2- to 3-day delays"), not a
            # count of sentences
            span = _HYPHEN_WORD_RE.match(text, suspended.end())
            span_unit = UNIT_SURFACES.get(span["word"].lower()) if span else None
            timed = span_unit is not None and UNIT_DIMENSIONS.get(span_unit) == "time"
            shared = (span_unit, span.end(), False) if timed else None
            shared = shared or _hyphenated_noun(text, suspended.end())
            noun = (shared[0], read.end + 1, shared[2]) if shared else None
    if (
        noun
        and not noun[2]
        and noun[0] in _THRESHOLD_NOUNS
        and _MILESTONE_BEFORE_RE.search(text, max(0, number.start - 12), number.start)
    ):
        return  # "passed the 10,000 level": a threshold named by its figure, not a count
    if number.value > 1 and (noun is None or _CAPITAL_WORD_AFTER_RE.match(text, read.end)):
        # "12 A320 aircraft"; "six Airbus 320 jets" counts the jets, not the maker
        noun = _noun_after_model(text, read.end) or noun
    if noun and (
        _not_its_noun(text, number, read.end, noun[0]) or _part_of_a_singular(number, noun)
    ):
        return
    if noun:
        read.unit, read.end, read.noun_is_plural = noun
        read.has_own_unit = True


# Singular nouns a figure below one or with a part may still carry: "0.55 share" of common
# stock for each share held, "1-3/8 point" on a bond's price, a quake's "6.2 magnitude", a
# camera's "1.3 megapixel" sensor.
_PART_COUNTED_NOUNS = _word_set("""
    share point right warrant unit vote magnitude pixel megapixel gigapixel
    """)


def _part_of_a_singular(number: _Number, noun: tuple[str, int, bool]) -> bool:
    """Whether a figure with decimals or a fraction and no scale stands before a singular noun
    outside the lexicon: a whole count is never written so, so the figure is a level, a price
    or a rate that the noun names ("the 7.80 peg rate", "the 3.03 target"), not a count."""
    if noun[2] or number.scale is not None or float(number.value).is_integer():
        return False
    return noun[0] not in UNIT_DIMENSIONS and noun[0] not in _PART_COUNTED_NOUNS


# A wire table's comparison ("Net 8.2 mln vs 9.9 mln Sales ..."), and a capitalised word
# then a figure: the heading of the next row.
_TABLE_VS_BEFORE_RE = compile_pattern(r"(?<![A-Za-z])vs\.?[ \t]+$")
_HEADING_THEN_FIGURE_RE = compile_pattern(
    r"[ \t]+[A-Z][A-Za-z.-]*(?:[ \t]+[a-z][A-Za-z.-]*)?[ \t]+\d"
)


def _not_its_noun(text: str, number: _Number, end: int, noun: str) -> bool:
    """The word read as the counted noun is none: another number ("band four seven mln", "led
    three-one"), or the next row's heading in a wire table ("vs 12.0 mln Sales 300.5 mln")."""
    if noun in NUMBER_WORD_VALUES or _verb_after_a_level(text, number, end):
        return True
    if not _TABLE_VS_BEFORE_RE.search(text, max(0, number.start - 6), number.start):
        return False
    return _HEADING_THEN_FIGURE_RE.match(text, end) is not None


# A level passed or missed, then what it tells: "a reading above 50 signals growth".
# ("over 20 shows" and "under 20 shows" count shows far more often than they state a level)
_LEVEL_BEFORE_RE = compile_pattern(rf"\b(?:above|below){_G}+$", re.I)
# After a plural noun, not after a verb of telling ("shows that" is the verb's object).
_PLURAL_SUBJECT_ENDS_RE = compile_pattern(
    r"[ \t]*(?:[.,;:!?)]|$)|[ \t]+(?:were|are|have|had|will|would|could|can|may|might|which"
    r"|who)\b"
)
_TELLING_VERBS = _word_set("""
    shows suggests indicates signals means implies points marks reflects denotes signifies
    """)


def _verb_after_a_level(text: str, number: _Number, end: int) -> bool:
    """A number after "above"/"below" is a level, and a word in "-s" of telling after it is
    the clause's verb, not a plural noun counted ("above 50 indicates expansion")."""
    word = _WORD_RE.match(text, end)
    if word is None or word["word"] not in _TELLING_VERBS:
        return False
    if _PLURAL_SUBJECT_ENDS_RE.match(text, word.end()):
        return False  # "above 50 signals were seen": the plural noun and its verb
    return _LEVEL_BEFORE_RE.search(text, max(0, number.start - 12), number.start) is not None


def _noun_after_model(text: str, pos: int) -> tuple[str, int, bool] | None:
    """The noun counted past a model or type code: "12 A320 aircraft", "three DC-10 jets"."""
    model = _MODEL_CODE_AFTER_RE.match(text, pos)
    noun = _counted_noun_after(text, model.end(), True) if model else None
    after = _WORD_RE.match(text, model.end()) if noun is not None else None
    if after is None or noun[0] in UNIT_DIMENSIONS or not after["word"][0].islower():
        return None
    if after["word"].split("-")[0].lower() in NUMBER_WORD_VALUES:
        return None  # "900 M54 five-ton trucks": the measure after the model is its own
    return noun


# A model or type code between a count and its noun: "12 A320 aircraft", "four DC-10 jets",
# its maker's name maybe first ("three Boeing 747-400 jets").
_MODEL_CODE_AFTER_RE = compile_pattern(
    rf"{_G}+(?-i:(?:[A-Z][a-z]+{_G}+)?[A-Z]{{1,3}}-?\d{{2,4}}[A-Z]{{0,2}}(?:-\d{{1,4}}[A-Z]{{0,2}})?"
    rf"|[A-Z][a-z]+{_G}+\d{{2,4}}[A-Z]{{0,2}}(?:-\d{{1,4}}[A-Z]{{0,2}})?)(?=[ \t])"
)
_CAPITAL_WORD_AFTER_RE = compile_pattern(rf"{_G}+[A-Z]")
# "48 tonnes of crude a day": a measure of a material, at a rate.
_OF_MATERIAL_RE = compile_pattern(rf"{_G}+of(?:{_G}+[a-z]+){{1,3}}?(?={_G}+(?:a|an|per){_G}+[a-z])")
_WORTH_RE = compile_pattern(rf"(?:['’]s?)?{_G}+worth(?={_G}+of{_G})")
_CASH_BEFORE_PER_RE = compile_pattern(rf"{_G}+(?:in{_G}+)?cash(?={_G}+(?:per|a){_G})", re.I)
_TIME_DENOMINATORS = frozenset({"day", "week", "month", "year", "hour", "minute", "second"})
_PERIOD_DENOMINATORS = _TIME_DENOMINATORS | {"quarter", "fortnight", "decade", "season"}
# "300 tonnes of steel daily", "5,000 barrels annually": a period's adverb as the basis.
_PERIOD_ADVERB_RE = compile_pattern(
    rf"(?:{_G}+of(?:{_G}+[a-z]+){{1,3}}?)?{_G}+(?P<adverb>daily|weekly|monthly|annually|yearly)\b"
)
_PERIOD_OF_ADVERB = {
    "daily": "day",
    "weekly": "week",
    "monthly": "month",
    "annually": "year",
    "yearly": "year",
}


def _read_per_unit(text: str, read: _UnitRead) -> None:
    dimension = UNIT_DIMENSIONS.get(read.unit or "")
    measured = dimension in ("mass", "volume")
    material = _OF_MATERIAL_RE.match(text, read.end) if measured else None
    if dimension == "currency":
        # "40 mln dlrs' worth of exports a year", "$2bn of sales a year": money per period
        worth = _WORTH_RE.match(text, read.end)
        material = _OF_MATERIAL_RE.match(text, worth.end() if worth else read.end)
    if material:
        per = _PER_RE.match(text, material.end())
        denominator = _per_denominator(text, per) if per else None
        if denominator and (
            denominator[0] in _TIME_DENOMINATORS
            or (measured and UNIT_DIMENSIONS.get(denominator[0]) == "mass")
        ):
            # "48 tonnes of crude a day"; a grade, "0.4 ounces of gold per ton" of ore
            read.unit = f"{read.unit} / {denominator[0]}"
            read.end = denominator[1]
            return
    # "$200,000 annually", "£5m yearly": a sum paid each period is money per period too,
    # when the adverb ends its phrase ("the 30 cent daily limit" names a kind of limit)
    periodic = measured or dimension == "currency"
    adverb = _PERIOD_ADVERB_RE.match(text, read.end) if periodic else None
    if adverb and not measured and not _NOTHING_COUNTED_AFTER_RE.match(text, adverb.end()):
        adverb = None
    if adverb:
        read.unit = f"{read.unit} / {_PERIOD_OF_ADVERB[adverb['adverb']]}"
        read.end = adverb.end()
        return
    per = _PER_RE.match(text, read.end)
    money = UNIT_DIMENSIONS.get(read.unit) == "currency"
    if money and per is None:
        # "37 dlrs cash per share": how it is paid, then its basis
        cash = _CASH_BEFORE_PER_RE.match(text, read.end)
        per = _PER_RE.match(text, cash.end()) if cash else None
    if money and per is None and text.startswith(")", read.end):
        # "$40m (£21m) per aircraft", "$10bn (£5.4bn) a year": the restatement in
        # brackets, then the basis of both (the figure's words stay inside the brackets);
        # after "a" only a period is a basis ("$5m (£3m) a club paid" has none)
        per = _PER_RE.match(text, read.end + 1)
        spelled = (per["word"] or "").lower() if per else ""
        per = per if spelled in ("per", "a", "an") else None
        denominator = _per_denominator(text, per) if per else None
        if denominator and spelled != "per" and denominator[0] not in _TIME_DENOMINATORS:
            denominator = None
        if denominator:
            read.unit = f"{read.unit} / {denominator[0]}"
        return
    # "$58.24 per barrel", "19 cts a share"; "3,000 tests per day" (but "six times a
    # year" stays a count of times: the frequency is read from the date beside it).
    spelled = per and (per["word"] or per["hyphen"])
    if per and (money or measured or spelled is None or spelled.lower() == "per"):
        _read_basis(text, read, per, money, measured)
    elif per and read.unit and read.unit.isalpha() and read.unit not in UNIT_DIMENSIONS:
        _read_count_per_period(text, read, per)


def _read_basis(
    text: str, read: _UnitRead, per: re.Match[str], money: bool, measured: bool
) -> None:
    spelled = per["word"] or per["hyphen"]
    denominator = _per_denominator(text, per, any_noun=money)
    if measured and not money and spelled and spelled.lower() != "per" and not per["hyphen"]:
        # "133,000 ounces a year", "900 tonnes a day": a measure at a rate in time; written
        # as one compound modifier ("a 4-gram-a-tonne grade") the rate may be over any basis
        denominator = denominator if denominator and denominator[0] in _TIME_DENOMINATORS else None
    if denominator:
        read.unit = f"{read.unit} / {denominator[0]}"
        read.end = denominator[1]
        if denominator[0] not in _PERIOD_DENOMINATORS:
            _read_second_period(text, read)


def _read_count_per_period(text: str, read: _UnitRead, per: re.Match[str]) -> None:
    """ "150,000 cars a year", "300 people a day": a count at a rate in time ("six times a
    year" is a count of times, read with its date; "five goals a game" is no rate in time;
    a season, a quarter or a decade is a period like a year: "nine goals a season")."""
    if (per["word"] or per["hyphen"] or "").lower() not in ("a", "an"):
        return
    denominator = _per_denominator(text, per)
    if (
        denominator
        and denominator[0] in _PERIOD_DENOMINATORS
        and not _DATING_AFTER_PERIOD_RE.match(text, denominator[1])
    ):
        read.unit = f"{read.unit} / {denominator[0]}"
        read.end = denominator[1]


def _read_second_period(text: str, read: _UnitRead) -> None:
    """ "$17 per child per year": a sum per thing, then per period."""
    per = _PER_RE.match(text, read.end)
    if per is None or (per["word"] or "").lower() != "per":
        return
    denominator = _per_denominator(text, per)
    if denominator and denominator[0] in _TIME_DENOMINATORS:
        read.unit = f"{read.unit} / {denominator[0]}"
        read.end = denominator[1]


# After "a year": words that date or place the figure in time, no rate ("a year after",
# "a minute into the game", "a day on from").
_DATING_AFTER_PERIOD_RE = compile_pattern(
    rf"{_G}+(?:after|into|on|from|since|before|earlier|ago|later|previously|old|older)\b|-old",
    re.I,
)


_CAPITALS_BEFORE_RE = compile_pattern(r"[A-Z]{2,}[ \t]*$")
_HYPHEN_WORD_RE = compile_pattern(r"-(?P<word>[A-Za-z]+)(?:-old)?\b")
_PLAIN_WORD_RE = compile_pattern(r"(?P<word>[A-Za-z]+)\b")


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
    # "-est" marks no adjective here: "a three-test series", "a five-contest run"
    adjective = word in _ADJECTIVE_LIKE or word.endswith(_HYPHENED_ADJECTIVE_SUFFIXES)
    if word in ("strong", "odd", "plus", "something", "year", "old") or adjective:
        # "3,000-strong force", "24-industrial nation": the noun comes after.
        after = match.end()
        foot = _FOOT_BEFORE_KIND_RE.match(text, after)
        if foot and _FOOT_AS_KIND_RE.match(text, foot.end()):
            after = foot.end()  # "a 30-strong foot patrol" counts the patrol's members
        return _counted_noun_after(text, after, plural_expected=False)
    if word in _NOT_NOUNS or word.endswith(_NOT_HEAD_SUFFIXES[:-1]):
        return None
    unit = UNIT_SURFACES.get(word)
    return (unit or lemmatize_noun(word)), match.end(), False


# A round basis after "per": "marks per 100", "yen per 1,000 won", "per 100 yen".
_BASIS_RE = compile_pattern(r"(?P<basis>10{1,6}|1,000(?:,000)?|10,000|100,000)(?![\d.,]*\d|[%-])")
# (a wire line may break between the basis and its unit: "Ecus per 100\nkilos")
_BASIS_UNIT_GAP_RE = compile_pattern(rf"{_G}+")


def _per_basis(text: str, per: re.Match[str]) -> tuple[str, int] | None:
    """A figure per a round number of something: "30.04/07 marks per 100" is marks per 100 (of
    the currency quoted), "2.10 marks per 100 yen" marks per 100 yen, "5 dlrs per 1,000
    shares" dollars per 1,000 shares."""
    spelled = per["word"] or per["hyphen"]
    if spelled is None or spelled.lower() != "per":
        return None
    match = _BASIS_RE.match(text, per.end())
    if match is None:
        return None
    return _basis_and_thing(text, match["basis"].replace(",", ""), match.end())


def _basis_and_thing(text: str, basis: str, end: int) -> tuple[str, int]:
    """A round basis and the unit or plural noun after it: "per 1,000 shares", "per
    thousand cubic feet"; the basis alone when neither follows."""
    gap = _BASIS_UNIT_GAP_RE.match(text, end)
    if gap:
        found = _lexicon_unit(text, gap.end())
        if found and found[2] == gap.end() and found[1].lower() not in AMBIGUOUS_SURFACES:
            return f"{basis} {found[0]}", found[3]
        noun = _PLAIN_WORD_RE.match(text, gap.end())
        if noun and noun["word"].islower() and _is_plural(noun["word"]):
            return f"{basis} {lemmatize_noun(noun['word'])}", noun.end()  # "per 1,000 shares"
    return basis, end


# A round basis written in words after "per": "eight cars per thousand people".
_BASIS_WORDS = {"hundred": "100", "thousand": "1000", "million": "1000000"}
_CLAUSE_END_AFTER_RE = compile_pattern(r"[ \t]*(?:[.,;:!?)\"”]|$)")


def _basis_after_a(text: str, word_match: re.Match[str], lemma: str, any_noun: bool) -> bool:
    """Whether the noun after "a" is a rate's basis: a word of rates ("a share", "a head"), or
    for a sum any thing priced at the clause's end ("$20m a movie.")."""
    return lemma in _RATE_NOUNS or (any_noun and _priced_thing_at_clause_end(text, word_match))


def _priced_thing_at_clause_end(text: str, word_match: re.Match[str]) -> bool:
    """A singular lower-case noun ending its clause after a sum and "a": the thing each sum
    is paid for ("$20m a movie.", "£40 a pair,"); a noun going on ("$5m a club paid") is none."""
    word = word_match["word"]
    return (
        word.islower()
        and not _is_plural(word)
        and word not in _NOT_NOUNS
        and word not in _ADJECTIVE_LIKE
        and _is_noun_candidate(word)
        and _CLAUSE_END_AFTER_RE.match(text, word_match.end()) is not None
    )


def _per_denominator(
    text: str, per: re.Match[str], any_noun: bool = False
) -> tuple[str, int] | None:
    pos = per.end()
    if text[pos : pos + 1] == "1":
        return _per_basis(text, per)
    found = _lexicon_unit(text, pos)
    if found and found[2] == pos:
        unit, written, _, end = found
        if written.lower() not in AMBIGUOUS_SURFACES and not _TIME_ADVERB_RE.match(text, end):
            return unit, end
    word_match = _PLAIN_WORD_RE.match(text, pos)
    if word_match and word_match["word"].lower() == "one":
        # "1.41 dlrs per one Irish pound": the basis of one, then the thing priced
        after = _WORD_RE.match(text, word_match.end())
        word_match = _PLAIN_WORD_RE.match(text, after.start("word")) if after else None
        found = _lexicon_unit(text, word_match.start()) if word_match else None
        if found and found[2] == word_match.start():
            return found[0], found[3]
    if not word_match:
        return None
    if word_match["word"].isupper() and len(word_match["word"]) > 1:
        # "per LSE share": the name of whose share it is, then the thing priced
        after = _WORD_RE.match(text, word_match.end())
        if after and after["word"].islower():
            word_match = _PLAIN_WORD_RE.match(text, after.start("word"))
    word_match = _past_share_class(text, word_match)
    word = word_match["word"]
    lemma = lemmatize_noun(word)
    if word.lower() in _NOT_NOUNS:
        return None
    spelled = (per["word"] or per["hyphen"] or "").lower()
    basis = _BASIS_WORDS.get(word.lower()) if spelled == "per" else None
    if basis or (spelled in ("a", "an") and not _basis_after_a(text, word_match, lemma, any_noun)):
        # "eight per thousand": 1000; "dlrs per thousand cubic feet": 1000 cubic_foot
        return _basis_and_thing(text, basis, word_match.end()) if basis else None
    denominator = _LATIN_PERIODS.get(lemma.lower(), lemma)
    if denominator in _PERIOD_DENOMINATORS and _TIME_ADVERB_RE.match(text, word_match.end()):
        # "$6.8 billion a year earlier" dates the figure; "2.10 dlrs per share before tax
        # item" is still a price per share
        return None
    return denominator, word_match.end()


_SHARE_CLASSES = frozenset({"common", "ordinary", "preferred", "preference"})


def _past_share_class(text: str, word_match: re.Match[str]) -> re.Match[str]:
    """ "per common share", "a preferred share": the class of a share, then the share."""
    if word_match["word"].lower() not in _SHARE_CLASSES:
        return word_match
    pos = word_match.end()
    while pos < len(text) and text[pos] in " \t\n":
        pos += 1
    after = _PLAIN_WORD_RE.match(text, pos)
    if after and lemmatize_noun(after["word"].lower()) == "share":
        return after
    return word_match


# Latin names of a period after "per": "$3bn per annum" is dollars per year.
_LATIN_PERIODS = {"annum": "year", "diem": "day", "mensem": "month"}


def _skip_digits(text: str, number: _Number, in_range: bool) -> bool:
    """Digits that are part of something else, judged before reading the unit."""
    start, end = number.start, number.end
    if (
        text[end : end + 2].lower() in ("st", "nd", "rd", "th")
        and not text[end + 2 : end + 3].isalpha()
    ):
        return True  # ordinal "21st"
    if text[start] == "0" and end - start > 1 and text[start + 1].isdigit():
        return True  # "007", "0800": a code, not an amount
    if (
        start > 3
        and text[start - 1] in " -"
        and "0" in text[max(0, start - 20) : start]
        and _PHONE_RUN_RE.search(text, max(0, start - 20), start)
    ):
        return True  # "0845 8 505 505": the groups of a phone number
    return (
        _glued_before(text, start, in_range)
        or _glued_after(text, end)
        # (a telephone number opens with a bracket or three digits)
        or (
            (text[start] == "(" or text[start : start + 3].isdigit())
            and bool(_PHONE_RE.match(text, start))
        )
    )


_SHORT_YEAR_BEFORE_RE = compile_pattern(
    r"\b(?:in|since|of|from|until|by|the|and|to|summer|spring|autumn|winter|class)[ \t]+['’]$",
    re.I,
)


def _glued_before(text: str, start: int, in_range: bool) -> bool:
    """What comes right before makes the digits part of a name, a date or a number."""
    if start == 0:
        return False
    previous = text[start - 1]
    if previous in "#@_&" or (previous in ".,+*×=" and start > 1 and text[start - 2].isdigit()):
        return True  # "#3", "2+2=4", the "000" of "2,000"
    if previous in "-/" and start > 1:
        before = text[start - 2]
        if before.isalpha() and _NAME_HYPHEN_RE.search(text, max(0, start - 16), start):
            return True  # "F-16", "COVID-19"; "minus-5", "sub-7" are not names
        if before.isdigit() and not in_range:
            return True  # second part of "2019-20", "3/4/2020"
    if previous == "-" and _NAME_HYPHEN_RE.search(text, max(0, start - 16), start):
        return True  # "COVID -19"
    if previous == "." and text.endswith("...", 0, start):
        return False  # a table's dotted leader: "loans.......64,615"
    if previous in "'’" and _SHORT_YEAR_BEFORE_RE.search(text, max(0, start - 12), start):
        return True  # "in '94", "since ’08": a year with its century left out
    if (previous in "xX×" or (previous in " \t" and text[start - 2] in "xX×")) and (
        _FACTOR_BEFORE_RE.search(text, max(0, start - 6), start)
    ):
        return True  # "4x100m", "3 x 4": the second factor
    return previous == ":" or (previous == "." and start > 1 and text[start - 2] == ".")


_REPEATED_DISTANCE_RE = compile_pattern(
    r"[ \t]*[x×X][ \t]*\d+[ \t]*(?:m|km|metres?|meters?|miles?|yards?|yds?|kilometres?)\b"
)
# The second factor of "4x100m", "3 x 4": the figure before the sign says what it is.
_FACTOR_BEFORE_RE = compile_pattern(r"\d[ \t]*[x×X][ \t]*$")


# A variant's letters, not a unit or a scale ("10-15M", "20-30C", "5-10GW" are ranges).
_MODEL_SUFFIX_RE = compile_pattern(
    r"-\d{3}(?:(?!KM|MW|GW|KW|MM|CM|BN|MN|PM|AM|GB|MB|TB)[A-Z]{2,3}|X)\b"
)


_CAPITALIZED_WORD_RE = compile_pattern(r"[A-Z][a-z]+\b")


def _named_by_number_word(text: str, start: int) -> bool:
    word = _CAPITALIZED_WORD_RE.match(text, start)
    return word is not None and word.group().lower() in NUMBER_WORD_VALUES


def _glued_after(text: str, end: int) -> bool:
    """What comes right after makes the digits a time, a version, a date or a decade."""
    if end >= len(text):
        return False
    following = text[end]
    if following in ":+=*×" and text[end + 1 : end + 2].isdigit():
        return True  # "10:30", "2+2=5"
    if following in "./" and text[end + 1 : end + 2].isdigit():
        return True  # "3.2.1", "3/4/2020"
    if following == "." and text[end + 1 : end + 2].islower():
        return True  # "4410.setup.exe", "12.example.org": a name with dots, no sentence end
    if following == "s" and not text[end + 1 : end + 2].isalpha():
        return True  # "1990s", "the 80s"
    if following == "-" and _MODEL_SUFFIX_RE.match(text, end):
        return True  # "777-200LR", "A330-300X": a model and its variant
    if following == "-" and _named_by_number_word(text, end + 1):
        return True  # "7-Eleven": a name written with a number word
    return following in "'’" and text[end + 1 : end + 2] == "s"


_BID_BEFORE_RE = compile_pattern(r"\dB[ \t]+$")
# A word, then the figure: where a month-labelled table's cell may stand.
_LABEL_BEFORE_RE = compile_pattern(r"(?<![A-Za-z])[A-Za-z]{3,9}\.?[ \t]+$")


def _skip_in_context(text: str, number: _Number, read: _UnitRead, currency: str | None) -> bool:
    """Calendar, time, address, list-marker and name numbers, judged once the unit is known."""
    start, end = number.start, number.end
    if currency:
        return False
    before = text[max(0, start - 24) : start]
    if _LABEL_BEFORE_RE.search(before) and in_month_table(text, start):
        return False  # "SEP  6" in a volume table: the month labels the row, 6 is its figure
    # "27 dlrs per share" is written with a unit as much as "27 dlrs" is.
    has_lexicon_unit = read.unit is not None and (
        read.unit in UNIT_DIMENSIONS or read.unit.partition(" / ")[0] in UNIT_DIMENSIONS
    )
    if not has_lexicon_unit and _TIME_AFTER_RE.match(text, end):
        return True
    if (
        end - start == 4  # a clock time's four digits, tested before the pattern
        and _HOURS_AND_MINUTES_RE.fullmatch(text, start, end)
        and _ZONE_AFTER_RE.match(text, end)
    ):
        return True  # "at 1500 cst": a clock time and its zone ("180 cst" fuel oil is no time)
    if (
        number.scale is None
        and (number.is_plain_integer or number.is_words)
        and (_MONTH_AFTER_RE.match(text, end) or _HYPHENED_MONTH_AFTER_RE.match(text, end))
    ) or ("nd" in before and _PERIOD_END_BEFORE_RE.search(before)):
        # "on 5 March"; "nine mths end may 31" in a table written in lower case (a day has
        # no scale: "the 30 billion March reserve" is a sum; nor a decimal point or a
        # thousands comma: "1.6200 March 4" is a rate quoted on that day)
        return True
    measured = has_lexicon_unit and UNIT_DIMENSIONS.get(read.unit or "") != "time"
    if _names_a_time_title_or_product(text, number, read, before, measured):
        return True
    contract_cell = bool(_CONTRACT_MONTH_BEFORE_RE.search(before)) or (
        "\n" in text and _in_contract_row(text, start)
    )
    if (
        number.is_plain_integer
        and before != before.lower()
        and _MONTH_BEFORE_RE.search(before)
        and not measured
        and not _MONTH_ENDS_SENTENCE_RE.search(before)
        and not contract_cell
    ):
        # A day or a year is a whole number: "APR7 69.65" is a price in a futures table.
        # A unit after the number ends a day range: "on April 1 to 15 pct" is a rate.
        counted = read.noun_is_plural and not has_lexicon_unit
        return not (counted and _IN_MONTH_BEFORE_RE.search(before))
    if (
        number.is_plain_integer
        and number.scale is None
        and not contract_cell
        and _integer_is_no_count(text, number, read, before, has_lexicon_unit)
    ):
        return True
    if _is_version_number(text, number, read, before, has_lexicon_unit):
        return True
    if (
        text[end : end + 1] in (".", ")")
        and number.scale is None
        and _LIST_MARKER_RE.search(before)
    ):
        # "1." opening a line marks a list's item; "12.4 billion." opening one is a sum
        return not text[end + 1 : end + 2].isdigit()
    return _marks_an_item_in_running_text(text, number, read)


# A currency's name before someone who trades in it: "one yen bond dealer", "one sterling
# trader". "One" is then an article ("a dealer in yen bonds"), no sum of one yen.
_MARKET_PERSON_AFTER_RE = compile_pattern(
    rf"{_G}+(?:(?:bond|money|market|futures|deposit|currency|options|cash){_G}+)?"
    r"(?:dealers?|traders?|managers?|analysts?|brokers?|bankers?|economists?|strategists?"
    r"|watchers?|specialists?|sources?)\b",
    re.I,
)
# After "the", a group named by its size and doing something: "the seven agreed to", "the
# six will meet" (a currency accord's nations): the number word is the group's name, it counts
# nothing in the sentence. "the six nations" keeps its count.
_GROUP_SIZE_NAME_RE = compile_pattern(
    r"(?:five|six|seven)[ \t\n]+(?:agreed|agree|have|had|were|are|will|would|met|meet|said|also"
    r"|should|could|can|may|must|did|do)\b"
)
_THE_BEFORE_GROUP_RE = compile_pattern(r"(?<![A-Za-z])the[ \t\n]+$")


def _number_word_counts_nothing(text: str, number: _Number, read: _UnitRead) -> bool:
    """ "One yen bond dealer" (an article before a currency's trader), "the seven agreed" (a
    group's name): a number word that is no figure."""
    if number.scale is not None:
        return False
    if read.unit is None:
        before = text[max(0, number.start - 8) : number.start]
        return bool(
            _THE_BEFORE_GROUP_RE.search(before) and _GROUP_SIZE_NAME_RE.match(text, number.start)
        )
    return (
        number.value == 1
        and UNIT_DIMENSIONS.get(read.unit) == "currency"
        and _MARKET_PERSON_AFTER_RE.match(text, read.end) is not None
    )


# Where a list's item marker "2)" may stand in running text: after a clause's end or a
# linking word ("two aims: 1) ... and 2) ..."), or opening a line.
_ITEM_MARKER_BEFORE_RE = compile_pattern(
    r"(?:[:;.,!?]|\band|\bor|\bthen)\s+$|(?:^|\n)[ \t]*$", re.I
)


def _marks_an_item_in_running_text(text: str, number: _Number, read: _UnitRead) -> bool:
    """A small bare whole number closed by ")" that no "(" opened, after a colon, a stop or a
    linking word: an item of a list written in the sentence ("two aims: 1) lower costs and 2)
    more staff"), where "(by 12)" or "(with 2) members" are figures in brackets."""
    start, end = number.start, number.end
    if (
        read.unit is not None
        or not number.is_plain_integer
        or number.scale is not None
        or not 0 < number.value <= 20
        or text[end : end + 1] != ")"
        or not text[end + 1 : end + 2].isspace()
        or _ITEM_MARKER_BEFORE_RE.search(text, max(0, start - 8), start) is None
    ):
        return False
    window = text[max(0, start - 200) : start]
    return window.rfind("(") <= window.rfind(")")


def _names_a_time_title_or_product(
    text: str, number: _Number, read: _UnitRead, before: str, measured: bool
) -> bool:
    """A figure that is a time of day before its slot ("the 2330 slot"), part of a product's
    name with "+" ("the 4+ network"), or the start of a title ("the 4 Metres star",
    "starred in 50 First Dates")."""
    start, end = number.start, number.end
    return bool(
        (
            end - start == 4
            and _HOURS_AND_MINUTES_RE.fullmatch(text, start, end)
            and _TIMED_SLOT_AFTER_RE.match(text, end)
            and _THE_BEFORE_RE.search(before)
        )
        or (read.unit is None and _plus_names_a_product(text, end))
        or (measured and _capitalised_unit_in_a_title(text, number, read))
        or (_opens_a_title(text, end) and _inside_lower_case_prose(text, number))
        or (_closes_a_title(before) and _inside_lower_case_prose(text, number))
        or (read.unit is None and _named_beside_a_name(text, number, before))
        or _named_last_in_a_list(text, number, before)
        or _names_a_singular_subject(text, number)
    )


# A sentence's first figure, a capitalised singular word, then a verb in the singular and its
# object: "19 Entertainment signs the band", "7 Media owns a stake" (a count's verb agrees
# with a plural: "19 Labour MPs sign", "Three Tories back the plan").
_SINGULAR_NAME_AND_VERB_RE = compile_pattern(
    r"[ \t]+(?:[A-Z][a-z]+[ \t]+)?[A-Z][a-z]*[^s\W][ \t]+[a-z]+[^s\W]s[ \t]+"
    r"(?:the|a|an|its|his|her|their|this|that)[ \t]"
)


def _names_a_singular_subject(text: str, number: _Number) -> bool:
    if number.value == 1 or not _starts_sentence(text, number.start):
        return False
    return _SINGULAR_NAME_AND_VERB_RE.match(text, number.end) is not None


# A title opened by a figure and a capitalised "-ing" form, closed by a figure after "on":
# "in 13 Going on 30" (the opening figure is dropped by `_opens_a_title`).
_TITLE_BEFORE_CLOSING_FIGURE_RE = compile_pattern(
    r"(?:\d|\b(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten))"
    r"[ \t]+[A-Z][a-z]+ing[ \t]+on[ \t]+$"
)


def _closes_a_title(before: str) -> bool:
    # Its "-ing" and "on" tested first: most text before a figure holds no "on".
    return (
        "on" in before
        and "ing" in before
        and _TITLE_BEFORE_CLOSING_FIGURE_RE.search(before) is not None
    )


# A bare figure coordinated with a capitalised name, at a clause's end or before another name:
# a firm or a brand named by a digit ("operators Orange and 3.", "3, Vodafone and O2").
_NAME_AND_BEFORE_RE = compile_pattern(
    r"(?<![A-Za-z])(?P<name>[A-Z][A-Za-z0-9&-]+),?[ \t]+and[ \t]+$"
)
_NAME_LIST_AFTER_RE = compile_pattern(
    r"[ \t]*(?:[.;:)]|,?[ \t]+(?:and|or)[ \t]+[A-Z][A-Za-z0-9&-]*\b(?![ \t]+[a-z]+s\b)|$)"
)


def _named_beside_a_name(text: str, number: _Number, before: str) -> bool:
    """A single-digit or two-digit bare figure coordinated with a capitalised name that is no
    month or weekday: a name, no count ("TIM and 3 offer", a count has a noun: "Smith and 3
    others")."""
    if not number.is_plain_integer or number.scale is not None or number.end - number.start > 2:
        return False
    name = _NAME_AND_BEFORE_RE.search(before)
    if name is None or name["name"] in _CALENDAR_NAMES or name["name"] in _WEEKDAYS:
        return False
    if _starts_sentence(text, number.start - len(before) + name.start("name")):
        return False
    return _NAME_LIST_AFTER_RE.match(text, number.end) is not None


def _named_last_in_a_list(text: str, number: _Number, before: str) -> bool:
    """A one-digit figure closing a list of names and followed by a verb: a firm named by a
    digit, the list the verb's subject ("Orange, Vodafone and 3 cut prices"; "Smith, Jones
    and 3 others" and "3 new posts" count)."""
    if not number.is_plain_integer or number.scale is not None or number.end - number.start > 1:
        return False
    name = _NAME_AND_BEFORE_RE.search(before)
    if name is None or name["name"] in _CALENDAR_NAMES or name["name"] in _WEEKDAYS:
        return False
    listed = _NAMES_LISTED_BEFORE_RE.search(before, 0, name.start("name"))
    return listed is not None and _VERB_AFTER_SUBJECT_RE.match(text, number.end) is not None


_NAMES_LISTED_BEFORE_RE = compile_pattern(r"(?<![A-Za-z])[A-Z][A-Za-z0-9&-]*,[ \t]+$")
_VERB_AFTER_SUBJECT_RE = compile_pattern(
    r"[ \t]+(?:have|has|had|are|is|were|was|will|would|could|can|may|might|must|also|all|both"
    r"|each|cut|set|hit|put|said|say|says|offer|offers|charge|charges)[ \t]+[a-z]"
)


_HOURS_AND_MINUTES_RE = compile_pattern(r"(?:[01]\d|2[0-3])[0-5]\d")
_TIMED_SLOT_AFTER_RE = compile_pattern(
    r"[ \t]+(?:time[ \t]?)?(?:slot|bulletin|kick-?off|showing|screening|deadline)\b(?!-)"
)
_THE_BEFORE_RE = compile_pattern(r"(?<![A-Za-z])(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)[ \t]+$")
_PLUS_THEN_WORD_RE = compile_pattern(r"\+[ \t]+(?P<word>[a-z]+)\b(?![-'’])")


def _plus_names_a_product(text: str, end: int) -> bool:
    """A figure with "+" before a lower-case singular noun that is no unit: a product's or a
    network's name ("the 4+ network"); a floor counts a plural ("200+ stores") or a unit ("a
    50+ year history")."""
    found = _PLUS_THEN_WORD_RE.match(text, end)
    if found is None:
        return False
    word = found["word"]
    return (
        word not in _NOT_NOUNS
        and word not in _ADJECTIVE_LIKE
        and not _is_plural(word)
        and _is_noun_candidate(word)
        and word not in UNIT_SURFACES
        and _lexicon_unit(text, found.start("word")) is None
    )


_UNIT_WORD_RE = compile_pattern(rf"{_G}*(?P<word>[A-Za-z]+)")
_MEASURED_DIMENSIONS = frozenset({"length", "mass", "volume", "area", "speed"})


# After a figure, a capitalised ordinal, "-ing" form or adjective of a title, then another
# capitalised word: "50 First Dates", "13 Going On", "12 Angry Men", "28 Days Later" is read
# as a duration by the date reader.
_TITLE_OPENS_AFTER_RE = compile_pattern(
    r"[ \t]+(?:First|Second|Third|Last|Next|Angry|Little|Great|[A-Z][a-z]+ing)[ \t]+"
    r"(?:[A-Z][a-z]|on[ \t]+\d|of[ \t]+[A-Z])"
)


_CAPITALISED_RUN_RE = compile_pattern(r"(?:[ \t]+[A-Z][a-z'’-]*)+")


def _opens_a_title(text: str, end: int) -> bool:
    """Whether a title's words follow the figure, with no lower-case plural they would modify
    ("12 Little Chef outlets", "two First Division medals" count outlets and medals)."""
    if _TITLE_OPENS_AFTER_RE.match(text, end) is None:
        return False
    run = _CAPITALISED_RUN_RE.match(text, end)
    return run is None or not _plural_head_follows(text, run.end())


def _inside_lower_case_prose(text: str, number: _Number) -> bool:
    """Whether the figure stands inside a sentence of a line mostly written in lower case (not
    a headline in title case, not a sentence's first word)."""
    if _starts_sentence(text, number.start):
        return False
    line_start = text.rfind("\n", 0, number.start) + 1
    line_end = text.find("\n", number.end)
    words = re.findall(r"[A-Za-z]+", text[line_start : line_end if line_end >= 0 else len(text)])
    lower = sum(1 for each in words if each[0].islower())
    return lower * 2 > len(words)


def _capitalised_unit_in_a_title(text: str, number: _Number, read: _UnitRead) -> bool:
    """A unit of measure spelled out with a capital ("4 Metres", "8 Mile") inside a sentence
    written in lower case: the figure is part of a title or a name. Symbols ("5 Km"), units at a
    sentence's start and lines in title case (headlines) are left to the usual reading, and so
    are degrees, whose scales are names ("minus 40 Celsius")."""
    word = _UNIT_WORD_RE.match(text, number.end, read.end)
    if word is None or UNIT_DIMENSIONS.get(read.unit or "") not in _MEASURED_DIMENSIONS:
        return False
    written = word["word"]
    if len(written) < 4 or not (written[0].isupper() and written[1:].islower()):
        return False
    if UNIT_DIMENSIONS.get(read.unit or "") == "length" and _names_an_event(text, number, word):
        return False
    return _inside_lower_case_prose(text, number)


# A race's distance written with capitals is still a length: "the 400 Metres Hurdles", "won
# the 100 Metres final", "ran the 5,000 Metres" (a film's "8 Mile" has no article and no event).
_EVENT_AFTER_RE = compile_pattern(
    r"[ \t]+(?:final|finals|heat|heats|hurdles|relay|race|semi-final|semi-finals|freestyle"
    r"|backstroke|breaststroke|butterfly|medley|steeplechase|walk|sprint|champion|title|record"
    r"|gold|silver|bronze|medal|medallist|event)\b",
    re.I,
)
# "ran the 5,000 Metres in": the event's name ends; "the 4 Metres star": a title's noun follows.
_EVENT_NAME_ENDS_RE = compile_pattern(r"[ \t]*(?:[.,;:!?)]|$)|[ \t]+(?:in|at|on|for|and|or|with)\b")
_ARTICLE_BEFORE_EVENT_RE = compile_pattern(r"(?<![A-Za-z])(?:[Tt]he|[Aa])[ \t]+$")


def _names_an_event(text: str, number: _Number, word: re.Match[str]) -> bool:
    if _EVENT_AFTER_RE.match(text, word.end()):
        return True
    written = word["word"]
    before = text[max(0, number.start - 8) : number.start]
    return (
        written.endswith("s")
        and _ARTICLE_BEFORE_EVENT_RE.search(before) is not None
        and _EVENT_NAME_ENDS_RE.match(text, word.end()) is not None
    )


def _is_version_number(
    text: str, number: _Number, read: _UnitRead, before: str, has_lexicon_unit: bool
) -> bool:
    """A number with decimals and no unit that is a version or a model's number: after a
    version's label ("version 2.1", "revision 10.4"), or, with one decimal, after a name when
    a noun follows it ("the Acme OS 10.4 update ships", "Quill 3.5 users"): a count of things
    is never a fraction. Not a figure after a possessive ("Monday's 6.1 quake") nor one
    after a table row's heading at the start of a line ("Sales 21.4 mln")."""
    if number.is_plain_integer or number.is_words or number.scale or has_lexicon_unit:
        return False
    written = text[number.start : number.end]
    if "." not in written or "/" in written:
        return False
    if _VERSION_LABEL_BEFORE_RE.search(before):
        return True
    if read.unit is None or before == before.lower() or len(written.rsplit(".", 1)[1]) != 1:
        return False
    name = _NAME_BEFORE_RE.search(before)
    if not name or name["word"].endswith(("'s", "’s", "s'", "s’")):
        return False
    word_start = number.start - len(before) + name.start()
    line_start = text.rfind("\n", 0, word_start) + 1
    return bool(
        text[line_start:word_start].strip()
        and not _ends_sentence(name["word"])
        and _is_name(text, word_start)
        and _name_before_number(name["word"], read)
        and name["word"] not in _WEEKDAYS
    )


# A film's or a game's age rating: "an 18 certificate", "the 15-rated film" (a count of
# certificates is plural: "two certificates").
_AGE_RATINGS = frozenset({12.0, 15.0, 18.0})
_AGE_RATING_AFTER_RE = compile_pattern(r"[ \t]+certificate\b(?!-)|-rated\b")


# An acronym in brackets right before a bare number names it with the number ("(CFC) 12"):
# a compound's or a model's name, not a count.
_BRACKETED_NAME_BEFORE_RE = compile_pattern(r"\([A-Z]{2,6}\)[ \t]?$")
_VERSION_LABEL_BEFORE_RE = compile_pattern(
    r"(?<![A-Za-z])(?:[Vv]ersions?|VERSIONS?|[Rr]elease|RELEASE|[Rr]evision|REVISION)[ \t]+$"
)


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
    if (
        _STREET_AFTER_RE.match(text, end)
        or _label_before(before)
        or (read.unit is None and _bare_label_before(before))
        or before.endswith(("under-", "Under-", "over-", "Over-"))  # "the under-21 side"
        or (
            read.unit is None
            and before.endswith((") ", ")\t", ")"))
            and _BRACKETED_NAME_BEFORE_RE.search(before) is not None
        )
        or _after_an_article(text, number, read, before)
        or _part_of_a_title(number, read, before)
        or (_LIST_MARKER_RE.search(before) is not None and _SEEDED_NAME_LINE_RE.match(text, end))
        or (read.unit is None and _paired_with_a_rank(text, end, before))
        or (number.value in _AGE_RATINGS and _AGE_RATING_AFTER_RE.match(text, end) is not None)
    ):
        # "10 Downing Street"; "category 4", "game 7"; "flew a 747"; "Kill Bill: Volume 2"
        return True
    possessive = _POSSESSIVE_NAME_AFTER_RE.match(text, end)
    if possessive and not _plural_head_follows(text, possessive.end()):
        return True  # "50 Cent's album", "Maroon 5's tour": the number is part of a name
    if _MODEL_VARIANT_AFTER_RE.match(text, end):
        return True  # "737 Max jets", "a 747 Jumbo": a model and its variant, not a count
    if read.unit is None and _code_after(text, end, before):
        return True  # "787 Dreamliner", "90049 ZIP code": a model or code, not a count
    if _INDEX_NAME_BEFORE_RE.search(before) or (
        read.unit in _GRADE_NOUNS and not read.noun_is_plural
    ):
        # "the S&P 500", "Nikkei 225": the name of an index; "95 octane", "80 proof": the
        # grade of a product, not a count
        return True
    if (
        _in_scorer_list(text, number, before)
        or _is_substitution_minute(text, number, read, before)
        or (read.unit is None and _second_number_of_a_name(text, number, before))
    ):
        # "Goals: Bowyer 35, Dyer 69 pen.": players and the minutes they scored;
        # "Replacements: Kerr for de la Cruz (64)": the minute a player came on; "the films
        # Quest 1 and 2": both numbers of the title
        return True
    name = _name_before(before)
    if name and (
        _ends_sentence(name["word"])
        or _PERCENT_RANGE_AFTER_RE.match(text, end)
        or _counts_its_hyphened_noun(text, end, read.unit)
        or _AGE_RANGE_AFTER_RE.match(text, end)
        or _in_name_figure_list(text, start - len(before) + name.start())
        or _is_table_cell(text, number, before)
    ):
        # "they reached Paris. 45 people were waiting": a count opens a sentence; "the Lake
        # View 300-room hotel": a name, then a count of rooms; "British 16 to 20-year-olds":
        # the first end of an age range; "the Bank's 2-3% band": no model is numbered in
        # per cent, so the name owns the range; " BOLT CORP      49": a table's cell across a
        # column gap, no name's number
        return False
    if name and _is_name(text, start - len(before) + name.start()):
        word = name["word"]
        tally = read.noun_is_plural or _TALLY_END_RE.match(text, end) is not None
        # "the council's 15 members", "Labour's 350 MPs", "the Greens' 12 seats"
        owner = word.endswith(("'s", "’s", "s'", "s’"))
        if word in _PARTY_NAMES or (tally and (owner or _GROUP_BEFORE_RE.search(before))):
            return False  # "the Tories 43 seats", "Labour 38,": a party's or a team's tally
        return _name_before_number(word, read)
    return False


# A table's column gap: three or more blanks between a row's label and its cell.
_COLUMN_GAP_RE = compile_pattern(r"\S[ \t]{3,}$")
_LINE_END_RE = compile_pattern(r"[ \t]*(?:\n|$)")
# The next column's figure across a gap of two or more blanks: "Production   610     591".
_NEXT_CELL_RE = compile_pattern(r"[ \t]{2,}[-(]?\d")
_ROW_LABEL_WORDS = 4


def _is_table_cell(text: str, number: _Number, before: str) -> bool:
    """A number after a short row label and a column gap, ending its line or followed by the
    next column's figure across another gap: a table's cell."""
    if not _COLUMN_GAP_RE.search(before):
        return False
    if not (_LINE_END_RE.match(text, number.end) or _NEXT_CELL_RE.match(text, number.end)):
        return False
    line_start = text.rfind("\n", 0, number.start) + 1
    return len(text[line_start : number.start].split()) <= _ROW_LABEL_WORDS


def _name_before(before: str) -> re.Match[str] | None:
    """The capitalised word right before a figure; none for a pronoun with its verb ("when
    I'm 70", "He's 40"), which names nothing."""
    name = _NAME_BEFORE_RE.search(before) if before != before.lower() else None
    return None if name and _PRONOUN_CONTRACTION_RE.fullmatch(name["word"]) else name


_PRONOUN_CONTRACTION_RE = compile_pattern(r"(?:I|[Hh]e|[Ss]he|[Ww]e|[Yy]ou|[Tt]hey)['’](?:m|s|re)")


def _after_an_article(text: str, number: _Number, read: _UnitRead, before: str) -> bool:
    """ "flew a 747 to Sydney", "shot a 68": a count takes no article; a bare number after one
    names a model, a score or a round (a range it opens, "a 3-5% rise", and "a 1,000 capacity
    hall" are still read)."""
    return (
        read.unit is None
        and _ARTICLE_BEFORE_RE.search(before) is not None
        and "," not in text[number.start : number.end]
        and not _MORE_AFTER_RE.match(text, number.end)
    )


_ARTICLE_BEFORE_RE = compile_pattern(r"(?<![A-Za-z'’-])(?:a|an|A|An)[ \t]+$")
# What may follow the first number of a range, a list or a compound: "a 3-5% rise", "a 30 or
# 40 point win", "a 50-family village".
_MORE_AFTER_RE = compile_pattern(
    r"[-–/%]|[ \t\n]+(?:to|or|and|through|-|–|in|out[ \t\n]+of)[ \t\n]+"
    r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+ty)\b)",
    re.I,
)


def _name_before_number(word: str, read: _UnitRead) -> bool:
    """Whether a capitalized word right before a number names a thing ("Boeing 747"), not a
    time: a month ("May 40"), or a weekday before a count ("on Sunday 12 fans")."""
    if word in _WEEKDAYS and read.noun_is_plural:
        return False
    return word.lower() not in _NOT_NAMES and word.rstrip(".") not in _MONTHS


_WEEKDAYS = frozenset(
    ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
)


def _code_after(text: str, end: int, before: str) -> bool:
    """A capitalized word after the number names a model or a code ("787 Dreamliner"), unless
    it is an adjective before an age range ("500 British 16 to 20-year-olds")."""
    return (
        _CAPITAL_AFTER_RE.match(text, end) is not None
        and not before.endswith("..")
        and not _AGE_RANGE_AFTER_WORD_RE.match(text, end)
    )


def _counts_its_hyphened_noun(text: str, end: int, unit: str | None) -> bool:
    """Whether the number ending at `end` is joined by a hyphen to the noun it counts."""
    hyphened = _HYPHEN_WORD_RE.match(text, end) if unit is not None else None
    if hyphened is None:
        return False
    word = hyphened["word"]
    return word.islower() and unit in (word, lemmatize_noun(word))


# Nouns after a number that name a grade on a scale of the product's own.
_GRADE_NOUNS = frozenset({"octane", "proof"})


_POSSESSIVE_NAME_AFTER_RE = compile_pattern(r"(?:[ \t][A-Z][a-z]*)?['’]s\b")
# Product variants written after a model number.
_MODEL_VARIANT_AFTER_RE = compile_pattern(
    r"[ \t-](?:Max|MAX|Pro|Plus|Mini|Ultra|Neo|neo|XL|XR|Lite|Turbo|Jumbo|Dreamliner)\b"
)
# After a colon, names each with a bare figure ("two countries: Spain 40, Italy 20 and"): the
# figure after the next name in that list is its count too, not part of the name.
_NAME_FIGURE_LIST_RE = compile_pattern(
    r":[ \t]*(?:[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?[ \t]+\d[\d,.]*[ \t]*"
    r"(?:,|and|,[ \t]*and)[ \t]+)+$"
)


def _in_name_figure_list(text: str, name_start: int) -> bool:
    colon = text.rfind(":", max(0, name_start - 120), name_start)
    return colon >= 0 and _NAME_FIGURE_LIST_RE.search(text, colon, name_start) is not None


# A group named in the plural with its article ("the Tories", "the Lib Dems", "the Lakers"):
# models and products are singular, so the figure after a group is its tally.
_GROUP_BEFORE_RE = compile_pattern(
    r"\b[Tt]he[ \t]+(?:[A-Z][a-z]+[ \t]+)?[A-Z][a-z]+[a-rt-z]s[ \t]+$"
)
# What follows a tally that ends its phrase: "the Tories 43, Labour 38 and".
_TALLY_END_RE = compile_pattern(rf"[ \t]*[,;:.)]|{_G}+(?:and|to|against|vs|versus|per)\b")
# Parties named in the singular, whose seat or vote counts follow their names.
_PARTY_NAMES = _word_set(
    "Labour Tory Conservative Conservatives Democrats Republicans Liberals Greens SNP UKIP "
    "Plaid GOP Likud Fidesz"
)


_INDEX_NAME_BEFORE_RE = compile_pattern(
    r"(?<![A-Za-z])(?:s&p|sp|ftse|nikkei|russell|stoxx|dax|cac|kospi|nasdaq|topix|asx|tsx|ibex"
    r"|sensex|nifty|msci|hang[ \t]+seng|dow[ \t]+jones)[ \t-]*$",
    re.I,
)
# A team sheet's scorers or substitutions: a surname and a minute ("Riise 1, Nunez 113.",
# "Gerrard 79 og", "Thompson 48 pen"), one of several, or before the attendance ("Easton 60.
# 9,796").
_SURNAME_BEFORE_RE = compile_pattern(r"(?:^|[\s(:])[A-Z][a-z'’-]+[ \t]+$")
_MINUTE_AFTER_RE = compile_pattern(r"[ \t]+(?:og|pen)\b|[,.;)]")
_SCORER_ITEM_RE = compile_pattern(r"[A-Z][a-z'’-]+[ \t]+\d{1,3}(?:[ \t]+(?:og|pen))?[,.;)]")
_ATTENDANCE_AFTER_RE = compile_pattern(r"\.\s+(?:\d{1,3},\d{3}\b|Att\b)|,[ \t]*\d{1,3}[.,]")


# A count of what a list after the colon names: "two ports:", "3 towns:". Its items are the
# places or groups counted, each with its figure, not scorers and their minutes.
_COUNTED_LIST_COLON_RE = compile_pattern(
    rf"(?<![\w.])(?:\d{{1,2}}|{_NUMBER_WORD_LOWER})[ \t]+(?!goals|tries)[a-z]+s[ \t]*:[^.;:!?]*$",
    re.I,
)


# A team sheet's substitution: "Kerr for de la Cruz (", a player on for another, the minute in
# brackets after.
_SUBSTITUTION_BEFORE_RE = compile_pattern(
    r"(?<![\w'’-])[A-Z][\w'’-]*[ \t]+for[ \t]+"
    r"(?:(?:van|der|den|de|la|le|du|da|di|von|[A-Z][\w'’.-]*)[ \t]+){0,3}[A-Z][\w'’-]*[ \t]*\($"
)


# "Quest 1 and ", "Saga 3 or ": a title, its number, then a second number of the same title.
_NAMED_PAIR_BEFORE_RE = compile_pattern(
    r"(?<![\w'’-])(?P<word>[A-Z][A-Za-z'’-]+)[ \t]+\d{1,2}[ \t]+(?:and|or|&)[ \t]+$"
)


def _second_number_of_a_name(text: str, number: _Number, before: str) -> bool:
    """A bare small number joined to a name's number ("Quest 1 and 2") numbers the name too."""
    pair = _NAMED_PAIR_BEFORE_RE.search(before)
    if pair is None or number.value > 99:
        return False
    word = pair["word"]
    word_start = number.start - len(before) + pair.start("word")
    return (
        word not in _PARTY_NAMES
        and not _ends_sentence(word)
        and _is_name(text, word_start)
        and _name_before_number(word, _UnitRead(None, number.end))
    )


def _is_substitution_minute(text: str, number: _Number, read: _UnitRead, before: str) -> bool:
    """A bare number in brackets after "Name for Name" is the minute of a substitution."""
    return (
        read.unit is None
        and number.value <= 130
        and text[number.end : number.end + 1] == ")"
        and _SUBSTITUTION_BEFORE_RE.search(before) is not None
    )


def _in_scorer_list(text: str, number: _Number, before: str) -> bool:
    if number.value > 130 or not _SURNAME_BEFORE_RE.search(before):
        return False
    if _COUNTED_LIST_COLON_RE.search(text, max(0, number.start - 120), number.start):
        return False
    after = _MINUTE_AFTER_RE.match(text, number.end)
    if after is None:
        return False
    if after.group().strip() in ("og", "pen") or _ATTENDANCE_AFTER_RE.match(text, number.end):
        return True
    start = number.start
    neighbours = _SCORER_ITEM_RE.findall(text, max(0, start - 40), min(len(text), start + 45))
    return len(neighbours) >= 2


def _reads_as_year(text: str, number: _Number, read: _UnitRead, before: str) -> bool:
    """A bare 4-digit figure is a year; before a counted noun it is a count unless a
    preposition of time says otherwise ("in 2019 elections were held")."""
    year = int(text[number.start : number.end])
    if read.unit is None and _measured_range_after(text, number.end):
        return False  # "from 1800 to 2200 tonnes": the first end of a range of a measure
    return 1000 <= year <= 2199 and (
        read.unit is None
        or bool(_YEAR_BEFORE_NOUN_RE.search(before))
        or bool(_YEAR_SPAN_BEFORE_RE.search(before))  # "between 2008 and 2011 rents"
        # "1986 net", "the 1987 budget", "1986 results": a count takes a plural noun
        or (1900 <= year <= 2099 and (not read.noun_is_plural or read.unit in _YEAR_NOUNS))
        # "the 2012 Games", "the club's 1998 Lions": an edition of a named event or team
        or (
            1900 <= year <= 2099
            and bool(_CAPITALIZED_PLURAL_AFTER_RE.match(text, number.end))
            and bool(_THE_OR_OWNER_BEFORE_RE.search(before))
        )
    )


_CAPITALIZED_PLURAL_AFTER_RE = compile_pattern(r"[ \t]+[A-Z][a-z]+s\b")
# A four-digit figure, then "to", "and" or a dash and another four-digit figure with a unit.
_MEASURED_RANGE_AFTER_RE = compile_pattern(
    r"(?:[ \t]*[-–][ \t]*|[ \t]+(?:to|and)[ \t]+)\d{4}[ \t]*(?P<unit>[a-z]+)\b"
)


def _measured_range_after(text: str, end: int) -> bool:
    """Whether a range's second end, four digits too, follows with a unit of measure after
    it ("1800 to 2200 tonnes", "1500-2000 metres"): no year has a measure. A unit of time
    ("0800 to 1100 hrs") is a clock's, and a counted noun ("between 2008 and 2011 rents")
    leaves the years alone."""
    match = _MEASURED_RANGE_AFTER_RE.match(text, end)
    if match is None:
        return False
    unit = lookup_surface(match["unit"])
    return unit is not None and UNIT_DIMENSIONS.get(unit) not in (None, "time")


_THE_OR_OWNER_BEFORE_RE = compile_pattern(r"(?:\b[Tt]he|['’]s)[ \t]+$")


_CAPITAL_AFTER_RE = compile_pattern(r"[ \t][A-Z]")
# "500 British 16 to 20-year-olds": a count, an adjective of nationality, then an age range
# (neither the count nor the first age is a name's number).
_AGE_RANGE_AFTER_RE = compile_pattern(r"[ \t]*-?[ \t]+to[ \t]+\d{1,2}[- ]year[- ]olds?\b")
_AGE_RANGE_AFTER_WORD_RE = compile_pattern(
    r"[ \t]+[A-Z][a-z]+[ \t]+\d{1,2}[ \t]*-?[ \t]+to[ \t]+\d{1,2}[- ]year[- ]olds?\b"
)


_CLOSING_AFTER_NUMBER_RE = compile_pattern(r"[A-Z][\w'’.-]*[ \t]+\d+\)")


def _ends_sentence(word: str) -> bool:
    """A word with a period that is no abbreviation ends its sentence ("Tuesday.", not "No.")."""
    if not word.endswith(".") or "." in word[:-1]:
        return False
    bare = word[:-1]
    return not is_abbreviation(bare) and bare.lower() not in _FIGURE_ABBREVIATIONS


# Abbreviations written before a figure they label: "Lat. 25", "Fig. 3", "Vol. 2".
_FIGURE_ABBREVIATIONS = _word_set("lat long fig figs vol vols art para ch chap sec pt tab ref")


def _is_name(text: str, word_start: int) -> bool:
    """A capitalized word counts as a name unless it merely starts the sentence."""
    before = text[max(0, word_start - 12) : word_start].rstrip()
    if not before and word_start <= 12:
        return not text[word_start].isupper() or text[word_start + 1 : word_start + 2].isupper()
    if before.endswith("(") and _CLOSING_AFTER_NUMBER_RE.match(text, word_start):
        return True  # "(Smith 80)": a player and a minute, inside brackets
    return not before or before[-1] not in '.!?:;"“(\n'


def _change_after(text: str, start: int, end: int) -> str | None:
    if start > 0 and text[start - 1] == "+":
        return "up"
    suffix = _CHANGE_SUFFIX_RE.match(text, end)
    if suffix:
        return "up" if suffix["up"] else "down"
    return None


_RANGE_LINK_RE = compile_pattern(
    # "16- to 18-year-olds": a suspended hyphen may come before the word
    rf"(?:-(?={_G}+(?:to|and|or){_G}))?"
    rf"{_G}*(?P<link>-|–|—|to|and|or|through){_G}*(?:-{_G}*)?",
    re.I,
)
_BETWEEN_RE = compile_pattern(rf"\bbetween{_G}+(?:\S+{_G}+)?$", re.I)
_BETWEEN_AGES_RE = compile_pattern(
    rf"\bbetween{_G}+(?:the{_G}+)?(?:ages?{_G}+(?:of{_G}+)?|aged{_G}+)$", re.I
)
_FROM_RE = compile_pattern(
    rf"\b(?:from|range|ranging|ranges|ranged){_G}+(?:\S+{_G}+){{0,2}}$",
    re.I,
)


class _NumberScan:
    """The numbers of a text, as `_NUMBER_RE.search(text, pos)` finds them, each alternative
    scanned over the text once."""

    __slots__ = ("digits", "text", "words")

    def __init__(self, text: str) -> None:
        self.text = text
        self.digits = _DIGITS_SCAN_RE.search(text)
        self.words = _words_from(text, 0)

    def next_from(self, pos: int) -> re.Match[str] | None:
        # A match found earlier that still starts at or after `pos` is still the first.
        digits, words = self.digits, self.words
        if digits is not None and digits.start() < pos:
            digits = self.digits = _DIGITS_SCAN_RE.search(self.text, pos)
        if words is not None and words.start() < pos:
            words = self.words = _words_from(self.text, pos)
        if digits is None or (words is not None and words.start() < digits.start()):
            return words
        return digits


def _after_unread(match: re.Match[str]) -> int:
    """Where to look for the next number after one that is no quantity: its end, or for
    number words that make two numbers the second ("band four seven mln")."""
    if match["words"] is None:
        return match.end()
    return match.start() + len(_number_words(match["words"])[0])


def _all_parts(text: str) -> list[QuantityMention]:
    """Parts of a whole in words or shares ("two-thirds of", "one in five") and in digits with
    an ordinal's ending ("5/8ths"), by start."""
    parts = _parts(text) if _may_hold_parts(text) else []
    if "/" in text:
        parts = sorted([*parts, *_ordinal_digit_parts(text)], key=lambda part: part.start)
    return parts


def find_quantities(text: str) -> list[QuantityMention]:
    """Find the quantities stated in `text`, sorted by start offset."""
    mentions: list[QuantityMention] = []
    parts = _all_parts(text)
    part_spans = _Spans(parts)
    pos = 0
    length = len(text)
    blocks = letterless_blocks(text)
    numbers = _NumberScan(text)
    while pos < length:
        match = numbers.next_from(pos)
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
            pos = _after_unread(match)
            continue
        mention, pos = _complete(text, quantity)
        if mention is not None:
            mentions.append(mention)
    mentions = _with_quotes(text, mentions)
    mentions = _without_tiebreaks(text, mentions)
    if len(mentions) > 1:
        mentions = _without_overlaps(mentions)  # "5 € 3.5": one symbol read twice
    mentions = _figures_before_ago(text, mentions)
    if parts:
        mentions = [m for m in mentions if not part_spans.overlaps(m.start, m.end)]
        mentions.extend(parts)
        mentions.sort(key=lambda mention: mention.start)
    mentions = complete_from_neighbours(text, mentions)
    mentions = _with_degrees_below_zero(text, mentions)
    mentions = _without_names_and_heads(text, mentions)
    _exchange_rates(text, mentions)
    if "umber of" in text:
        _counted_by_number_of(text, mentions)
    if " times " in text or "fold" in text:
        _multipliers(text, mentions)
    mentions = _with_title_case_counts(text, mentions)
    return _with_table_units(text, mentions) if "\n" in text else mentions


# ---- degrees below zero --------------------------------------------------------------------

# "12 degrees below zero", "between 8 and 20 degrees below zero Fahrenheit": a temperature under
# zero (one range when two ends are given), never an angle.
_BELOW_ZERO_RE = compile_pattern(
    r"(?<![\d.,])(?P<near>\d{1,3}(?:\.\d+)?)(?:[ \t\n]+(?:and|to|or|-)[ \t\n]+"
    r"(?P<far>\d{1,3}(?:\.\d+)?))?[ \t\n]+degrees?[ \t\n]+below[ \t\n]+zero"
    r"(?:[ \t\n]+(?P<scale>Fahrenheit|Celsius|centigrade|F|C)\b)?"
)
# With no scale written, Celsius only when the text names it somewhere; the idiom is the
# Fahrenheit of U.S. weather copy ("minus 10C" is how Celsius copy writes it).
_CELSIUS_CUE_RE = compile_pattern(r"\b(?:Celsius|centigrade)\b", re.I)


def _with_degrees_below_zero(text: str, mentions: list[QuantityMention]) -> list[QuantityMention]:
    """The mentions with each temperature written "N degrees below zero" read as one negative
    temperature (or range), in place of the figures read inside it."""
    if "below zero" not in text:
        return mentions
    for found in _BELOW_ZERO_RE.finditer(text):
        scale = found["scale"] or ("Celsius" if _CELSIUS_CUE_RE.search(text) else "Fahrenheit")
        unit = "degree_Fahrenheit" if scale in ("Fahrenheit", "F") else "degree_Celsius"
        near = -float(found["near"])
        far = -float(found["far"]) if found["far"] else None
        start, end = found.start(), found.end()
        ranged = far is not None and far != near
        temperature = QuantityMention(
            start=start,
            end=end,
            text=found.group(),
            value=None if ranged else near,
            low=min(near, far) if ranged and far is not None else None,
            high=max(near, far) if ranged and far is not None else None,
            unit=unit,
            dimension="temperature",
            qualifier=_context_before(text, start)[0],
        )
        mentions = [m for m in mentions if m.end <= start or m.start >= end]
        mentions.append(temperature)
    mentions.sort(key=lambda mention: mention.start)
    return mentions


# ---- title-case headlines ------------------------------------------------------------------

# A line set as a headline: every word of four letters or more capitalised ("25 Trapped Miners
# Freed After Flood"), no sentence's closing stop. Its words are read as if in lower case,
# where a capital says nothing of a name.
_TITLE_WORD_RE = compile_pattern(r"\d[ \t]+[A-Z][a-z]+[ \t]+[A-Z][a-z]")
_LINE_WORD_RE = compile_pattern(r"[A-Za-z][A-Za-z'’]*")
_TITLE_LINE_MAX_CHARS = 120
# (fewer words, or a closing bracket, make a line of a table: "5 Carlos Moya (Spain)")
_TITLE_LINE_MIN_CAPITALISED = 4


def _title_case_lines(text: str) -> Iterator[tuple[int, int]]:
    """Start and end of each line of `text` set in title case and holding a figure."""
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end].rstrip()
        if (
            line
            and len(line) <= _TITLE_LINE_MAX_CHARS
            and line[-1] not in ".!?:;,)]\"'”’"
            and _TITLE_WORD_RE.search(line)
        ):
            words = _LINE_WORD_RE.findall(line)
            long_words = [word for word in words if len(word) >= 4]
            capitalised = [word for word in long_words if word[0].isupper() and word[1:].islower()]
            if len(capitalised) >= _TITLE_LINE_MIN_CAPITALISED and all(
                word[0].isupper() for word in long_words
            ):
                yield start, start + len(line)
        start = end + 1


def in_title_case_line(text: str, position: int) -> bool:
    """`position` lies on a line of `text` set as a title-case headline."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    line = text[start : len(text) if end < 0 else end]
    return any(True for _ in _title_case_lines(line))


def _noun_phrase_lowered(line: str, figure_end: int) -> str:
    """The line up to the figure, then the capitalised words after it lowered up to the first
    plural (at most three words): "25 trapped miners" of "25 Trapped Miners Freed"; what
    follows the plural is left out (a verb in "-s" after it is no head)."""
    pieces = [line[:figure_end]]
    position = figure_end
    for _ in range(3):
        word = _NEXT_LINE_WORD_RE.match(line, position)
        if word is None or not word["word"][1:].islower():
            break
        pieces.append(word[0].lower())
        position = word.end()
        if word["word"].endswith("s"):
            return "".join(pieces)
    return ""  # no plural: names ("3 Anna Kovac"), no counted noun


_NEXT_LINE_WORD_RE = compile_pattern(r"[ \t]+(?P<word>[A-Z][a-z'’]+)")
_LINE_FIGURE_RE = compile_pattern(r"(?<![\w.,])\d[\d,.]*")


def _opens_or_follows_lower_case(line: str, offset: int) -> bool:
    """The figure opens the line or follows a word in lower case: after a capitalised word
    it may end a name ("Radio 4 Show Wins ...")."""
    before = line[:offset].split()
    return not before or before[-1].islower()


def _recounted(mention: QuantityMention, span: tuple[int, int], found: QuantityMention) -> bool:
    """A count read from the title's capitals that the lower-case reading counts otherwise
    ("12 Stranded Climbers Ends": climbers, not ends)."""
    return (
        mention.start == span[0]
        and mention.dimension == found.dimension == "count"
        and mention.unit != found.unit
    )


def _with_title_case_counts(text: str, mentions: list[QuantityMention]) -> list[QuantityMention]:
    """A figure of a title-case line whose noun the capitals hid ("25 Trapped Miners Freed"),
    read with its noun phrase in lower case; a figure read already with a unit is kept."""
    if not _TITLE_WORD_RE.search(text):
        return mentions
    added: list[QuantityMention] = []
    for start, end in _title_case_lines(text):
        line = text[start:end]
        for figure in _LINE_FIGURE_RE.finditer(line):
            if not _opens_or_follows_lower_case(line, figure.start()):
                continue
            lowered = _noun_phrase_lowered(line, figure.end())
            if not lowered:
                continue
            found = next((m for m in find_quantities(lowered) if m.start == figure.start()), None)
            if found is None or found.unit is None:
                continue
            span = (start + found.start, start + found.end)
            if any(
                m.start < span[1] and span[0] < m.end and m.unit and not _recounted(m, span, found)
                for m in mentions
            ):
                continue
            mentions = [m for m in mentions if not (m.start < span[1] and span[0] < m.end)]
            added.append(replace(found, start=span[0], end=span[1], text=text[span[0] : span[1]]))
    if not added:
        return mentions
    return sorted(mentions + added, key=lambda mention: mention.start)


# ---- numbers in names, list headings -----------------------------------------------------

# A capitalized word and the number after it ("Rocket 7", "Pilot 3000"), or a number and the
# capitalized word after it ("60 Minutes", "Seven Seas"); the number is digits or a word, one
# space between (a table's row label stands further off its figures).
_NAME_THEN_NUMBER_RE = compile_pattern(
    r"(?:^|(?<=[\s\"'“‘(]))(?P<word>[A-Z][A-Za-z&'’.-]*) (?P<number>\d[\d,.]*\d|\d)$"
)
_NUMBER_THEN_NAME_RE = compile_pattern(
    rf"(?P<number>\d[\d,.]*\d|\d|{_NUMBER_WORD_CASED}) (?P<word>[A-Z][a-z][A-Za-z'’-]*)"
)
# A word capitalized after a hyphen or inside ("Space-Lab", "eBook") is never capitalized for
# starting a sentence: it is a name's spelling.
_NAME_SPELLING_RE = compile_pattern(r"[a-z]-[A-Z][a-z]|[a-z][A-Z]")
# A figure written in capitalized words ("Hundred Dollar"), then another capitalized word.
_TITLE_WORDS_RE = compile_pattern(r"[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)+")
_TITLE_AFTER_RE = compile_pattern(r"[ \t]+[A-Z][a-z]+")
# "60m:", "5k:", "400m:" opening a list's line: a heading of the results below, no figure.
_HEADING_FIGURE_RE = compile_pattern(r"\d+(?:\.\d+)?(?:m|k|km)")


def _without_names_and_heads(text: str, mentions: list[QuantityMention]) -> list[QuantityMention]:
    """The mentions less list headings and names' numbers."""
    return [m for m in mentions if not _names_or_heads(text, m, mentions)]


def _names_or_heads(text: str, mention: QuantityMention, mentions: list[QuantityMention]) -> bool:
    """Whether a figure the reading took for a count is a list's heading ("400m:") or part of
    a name that opens a sentence ("Rocket 7 landed", "50 Cent played"): at a sentence's start
    a capital says nothing, so the name is known by its spelling ("Space-Lab 2") or by the
    article writing the same words mid-sentence, where the capital marks a name and the
    reading found no figure."""
    unit = mention.unit
    title = _TITLE_AFTER_RE.match(text, mention.end)
    if title and _TITLE_WORDS_RE.fullmatch(mention.text) and _starts_sentence(text, mention.start):
        # "Golden Dollar Days opened", every word capitalized: a title if written so elsewhere
        places = _phrase_places(text, mention.text + title[0])
        return _named_elsewhere(text, places, mention.start, mentions)
    if mention.value is None:
        return False
    if text[mention.end : mention.end + 1] == ":" and _HEADING_FIGURE_RE.fullmatch(mention.text):
        return unit in (None, "meter")
    if unit is not None and (UNIT_DIMENSIONS.get(unit) or unit.startswith(MINOR_UNIT_PREFIX)):
        return False  # a measure, money or a share
    if _written_as_a_model(text, mention):
        return True
    start = mention.start
    name = _NAME_THEN_NUMBER_RE.search(text, max(0, start - 40), _number_end(text, start))
    if name is not None and name.start("number") == start:
        word_start = name.start("word")
        if not _starts_sentence(text, word_start) or name["word"].lower() in _NOT_NAMES:
            return False
        if _NAME_SPELLING_RE.search(name["word"]):
            return True
        places = _phrase_places(text, name["word"], name["number"], number_last=True)
        return _named_elsewhere(text, places, word_start, mentions)
    if not _starts_sentence(text, start):
        return False
    pair = _NUMBER_THEN_NAME_RE.match(text, start)
    if pair is None or lookup_surface(pair["word"].lower()) is not None:
        return False
    places = _phrase_places(text, pair["number"], pair["word"])
    return _named_elsewhere(text, places, start, mentions)


# A model's number with its variant after a hyphen, ending in capitals ("747-400ER", "320-200LR").
_MODEL_CODE_RE = compile_pattern(r"-\d{1,4}[A-Z]{1,3}\b")


def _written_as_a_model(text: str, mention: QuantityMention) -> bool:
    """Whether a bare whole number of three or four digits is written elsewhere in the text
    as a model with its variant ("the 747-400ER ... the new 747 jet"): the article names the
    model by it, so it counts nothing."""
    written = mention.text.split(None, 1)[0]
    if not (3 <= len(written) <= 4 and written.isdigit()) or mention.low is not None:
        return False
    code = written + "-"
    pos = text.find(code)
    while pos != -1:
        if (pos == 0 or not text[pos - 1].isalnum()) and _MODEL_CODE_RE.match(
            text, pos + len(written)
        ):
            return True
        pos = text.find(code, pos + 1)
    return False


def _number_end(text: str, start: int) -> int:
    end = start
    while end < len(text) and (text[end].isdigit() or text[end] in ",."):
        end += 1
    return end if end > start and text[end - 1].isdigit() else end - 1


def _is_word_char(char: str) -> bool:
    """Whether the regex engine's `\\w` matches `char` (str patterns: Unicode)."""
    return char.isalnum() or char == "_"


def _phrase_places(
    text: str, first: str, second: str = "", *, number_last: bool = False
) -> Iterator[tuple[int, int]]:
    """Where the words `first` (then blanks and `second`, when given) stand in `text`, written
    the same way, with no letter, digit, apostrophe or hyphen before them: (where they start,
    where their number starts: `second` when `number_last`, else `first`), left to right and
    none overlapping, as `re.finditer` finds `(?<![\\w'’-])first[ \\t]+second` with a word
    boundary after (none after a last number), without a pattern compiled for each name."""
    length = len(text)
    pos = 0
    while (start := text.find(first, pos)) != -1:
        pos = start + 1
        if start and (_is_word_char(text[start - 1]) or text[start - 1] in "'’-"):
            continue
        number = start
        end = start + len(first)
        if second:
            after = end
            while after < length and text[after] in " \t":
                after += 1
            if after == end or not text.startswith(second, after):
                continue
            end = after + len(second)
            if number_last:
                number = after
        if not number_last and _is_word_char(text[end - 1]) == (
            end < length and _is_word_char(text[end])
        ):
            continue  # no word boundary after the last word
        yield start, number
        pos = end


def _named_elsewhere(
    text: str, places: Iterator[tuple[int, int]], here: int, mentions: list[QuantityMention]
) -> bool:
    """Whether the words found at `places` stand mid-sentence elsewhere in the text than at
    `here` with no figure read in them."""
    for start, number in places:
        if start == here or _starts_sentence(text, start):
            continue
        if not any(m.start <= number < m.end for m in mentions):
            return True
    return False


# "612,000 head versus 598,000 week ago": a figure other than one before a singular "week",
# "month" or "year" and "ago" counts no span of time (that would be "weeks"); the time words
# name when the figure held, and the figure is bare (the compared pass may give it a noun).
_SINGULAR_AGO_UNIT_RE = compile_pattern(r"(?P<figure>.*?)[ \t\n]+(?:week|month|year)", re.I)
_AGO_AFTER_RE = compile_pattern(r"[ \t\n]+ago\b", re.I)
_AGO_WORD_RE = compile_pattern(r"\sago\b", re.I)


def _figures_before_ago(text: str, mentions: list[QuantityMention]) -> list[QuantityMention]:
    # Only a time figure is changed: without one the text is not searched for "ago".
    if not any(mention.dimension == "time" for mention in mentions):
        return mentions
    if _AGO_WORD_RE.search(text) is None:
        return mentions
    return [_figure_before_ago(text, mention) for mention in mentions]


def _figure_before_ago(text: str, mention: QuantityMention) -> QuantityMention:
    if (
        mention.dimension != "time"
        or mention.value is None
        or mention.value == 1
        or not _AGO_AFTER_RE.match(text, mention.end)
    ):
        return mention
    shape = _SINGULAR_AGO_UNIT_RE.fullmatch(mention.text)
    if shape is None:
        return mention
    figure = shape.group("figure")
    return replace(mention, end=mention.start + len(figure), text=figure, unit=None, dimension=None)


# "The yen ended at 141.60 per euro", "a lira/dollar rate of 781.95/785.86 to the dollar": a
# bare figure priced against a currency is an exchange rate, in the currency the sentence named
# before it ("the yen", the first of "lira/dollar") per the one after: JPY / EUR, TRY / USD.
_RATE_BASE_AFTER_RE = compile_pattern(
    rf"{_G}+(?:to|per|against){_G}+(?:(?:the|one|each|a|an){_G}+)?"
    rf"(?P<base>(?:U\.S\.|US){_G}+dollar|dollar|euro|D-?mark|mark|yen|sterling|Swiss{_G}+franc)s?"
    rf"\b(?!{_G}*(?:\d|index|zone|area|market|bloc|bonds?\b))",
    re.I,
)
_RATE_BASE_HINTS = ("dollar", "euro", "mark", "yen", "sterling", "franc")
_BASE_CODES = {"dollar": "USD", "euro": "EUR", "mark": "DEM", "yen": "JPY", "sterling": "GBP"}
# The currency whose price it is: a word after "the" ("the spot riyal", "the Taiwan dollar"),
# one joined to another by a slash, or the currency a dealer sold or bought ("sold yen at").
_RATE_NAMED_RE = compile_pattern(
    rf"(?:\b(?i:the){_G}+(?:(?i:spot){_G}+)?(?P<the>[A-Za-z]+(?:{_G}+(?i:dollar))?)\b(?![ \t]*/)"
    rf"|\b(?P<first>[A-Za-z]+)/[A-Za-z-]+{_G}+(?i:rate|exchange)"
    rf"|\b(?i:sold|sells?|selling|bought|buys?|buying){_G}+(?P<dealt>[A-Za-z]+)\b)"
)
_RATE_REACH = 160
# A sentence that opens on a pronoun for the currency the sentence before named ("The peso
# is allowed to float. It trades near 17.80 to the dollar").
_RATE_PRONOUN_RE = compile_pattern(r"[ \t\n]*(?:It|Its)\b")
# A currency written with its figure and quoted against another: "139.5 yen to the dollar",
# "1.36 pounds per dollar" (and not "against", which is also how amounts are dealt: "sold
# 200 mln marks against the dollar").
_RATE_WRITTEN_BASE_RE = compile_pattern(rf"{_G}+(?i:to|per){_G}")
_RATE_COMPARED_RE = compile_pattern(
    rf"(?:{_G}+(?:to|per|against){_G}+(?:the{_G}+)?[A-Za-z.-]+)?{_G}*,?{_G}*"
    rf"(?:(?:up|down){_G}+)?(?:from|against|versus|vs\.?){_G}+"
)


def _rate_base(found: str) -> str:
    key = found.lower().replace("-", "")
    if key.endswith("dollar"):
        return "USD"
    if key.endswith("franc"):
        return "CHF"
    return _BASE_CODES.get(key.removeprefix("d"), _BASE_CODES.get(key, "DEM"))


def _currency_named(text: str, start: int, word: str) -> str | None:
    """ISO code of the currency `word` names ("yen", "lira" after "Turkey's"), or None."""
    word = word.lower()
    if word == "pound":
        return "GBP"  # priced against another currency, the pound is sterling
    if word in _REGIONAL_CUES:
        return _regional_currency(text, start, word)
    code = lookup_surface(word)
    return code if code and UNIT_DIMENSIONS.get(code) == "currency" else None


def _rate_currency_named(text: str, start: int, end: int, base: str) -> str | None:
    """The last currency other than `base` that `text[start:end]` names as the one priced."""
    named = None
    for found in _RATE_NAMED_RE.finditer(text, start, end):
        word = found["the"] or found["first"] or found["dealt"]
        code = _currency_named(text, found.start(), word)
        if code is not None and code != base:
            named = code
    return named


def _written_rate(text: str, mentions: list[QuantityMention], index: int) -> None:
    """A figure in a currency quoted against another ("139.5 yen to the dollar") is a rate:
    that currency per the other, `JPY / USD`. A scaled sum is an amount, never a rate."""
    mention = mentions[index]
    if (
        " / " in mention.unit
        or _SCALE_RE.search(mention.text)
        or not _RATE_WRITTEN_BASE_RE.match(text, mention.end)
    ):
        return
    after = _RATE_BASE_AFTER_RE.match(text, mention.end)
    if after is None:
        return
    base = _rate_base(after["base"])
    if mention.unit != base:
        mentions[index] = replace(mention, unit=f"{mention.unit} / {base}", dimension="price")


def _exchange_rates(text: str, mentions: list[QuantityMention]) -> None:
    if not any(word in text for word in _RATE_BASE_HINTS):
        return
    for index, mention in enumerate(mentions):
        if mention.dimension == "currency" and mention.unit is not None:
            _written_rate(text, mentions, index)
            continue
        if mention.unit is not None or mention.dimension is not None:
            continue
        after = _RATE_BASE_AFTER_RE.match(text, mention.end)
        if after is None:
            continue
        base = _rate_base(after["base"])
        window = max(0, mention.start - _RATE_REACH)
        sentence = max(
            text.rfind(". ", window, mention.start), text.rfind("\n\n", window, mention.start)
        )
        named = _rate_currency_named(text, max(window, sentence + 1), mention.start, base)
        if named is None and sentence >= 0 and _RATE_PRONOUN_RE.match(text, sentence + 1):
            before = max(0, sentence - _RATE_REACH)
            opening = max(text.rfind(". ", before, sentence), text.rfind("\n\n", before, sentence))
            named = _rate_currency_named(text, max(before, opening + 1), sentence, base)
        if named is None:
            continue
        unit = f"{named} / {base}"
        mentions[index] = replace(mention, unit=unit, dimension="price")
        for later in range(index + 1, len(mentions)):
            # "..., up from 782.50/786.41": the rate it is compared with
            previous, following = mentions[later - 1], mentions[later]
            if following.unit is not None or following.dimension is not None:
                break
            if not _RATE_COMPARED_RE.fullmatch(text, previous.end, following.start):
                break
            mentions[later] = replace(following, unit=unit, dimension="price")


# A two-sided quote, bid and offer: "147.15/25 yen" (147.15 to 147.25), "3.75/85 pct",
# "430.50/432.65"; the second side may give only the last digits of the first, and then a
# dash may join them as in a rate table ("1.6520-30": 1.6520 to 1.6530).
# (The first digit is read before the look behind it, so that the engine skips ahead to digits.)
_QUOTE_RE = compile_pattern(
    r"(?P<first>\d(?<![\d.,/-]\d)\d{0,5}\.(?P<decimals>\d{1,4}))(?P<sep>[/-])"
    r"(?P<second>\d{1,6}\.\d{1,4}|\d{1,4})(?![\d/]|\.\d)"
)
# What every quote holds, its separator between two digits, found by the separator first
# (the engine skips ahead to a slash or a hyphen; a text without one has no quote).
_QUOTE_HINT_RE = compile_pattern(r"[/-](?<=\d[/-])\d")
_NUMBER_AFTER_RE = compile_pattern(r"[ \t]+\d")
# How far apart the two sides of a quote may be (a spread, not two figures).
_QUOTE_SPREAD = 1.25


# A scale word after a slashed pair: "1.5/2.0 mln bags" gives two estimates of one amount (a
# market's bid and offer are written in its price unit, never with a scale).
_ALTERNATIVES_SCALE_RE = compile_pattern(
    rf"{_G}*(?i:million|mln|mn|billion|bln|bn|trillion)(?![A-Za-z])"
)
# How far apart two estimates of one amount may be ("1.5/2.0 mln": a third apart).
_ALTERNATIVES_SPREAD = 2.0


def _quote_sides(
    match: re.Match[str], moved: bool = False, scaled_after: bool = False
) -> tuple[float, float] | None:
    """The two sides of a quote, or None when the text is no quote ("1.50/3"). After a word
    of change, two full prices joined by a slash are the range of a market's moves, however
    far apart ("hams off 9.00/14.00 dlrs"); two full amounts joined by a slash before a scale
    word are two estimates of one amount, up to twice apart ("1.5/2.0 mln bags")."""
    first, second = match["first"], match["second"]
    full_pair = match["sep"] == "/" and "." in second and float(first) < float(second)
    if full_pair and (
        moved or (scaled_after and float(second) <= float(first) * _ALTERNATIVES_SPREAD)
    ):
        return float(first), float(second)
    if "." not in second:
        if not 2 <= len(second) <= len(match["decimals"]):
            return None  # "7.5/9" in a table of premiums is no quote's last digits
        second = first[: len(first) - len(second)] + second
    elif match["sep"] == "-":
        return None  # "2.5-3.5": a range, read as one where it is written
    if match["sep"] == "-" and float(second) <= float(first):
        return None  # last digits after a dash: the offer above the bid
    low, high = sorted((float(first), float(second)))
    if low <= 0 or high > low * _QUOTE_SPREAD:
        return None
    return low, high


# A bond's price in 32nds: "the 30-year bond fell to 96.08-12" is 96 8/32 to 96 12/32.
_BOND_BEFORE_RE = compile_pattern(r"\b(?:bonds?|notes?|treasury|treasuries|T-bonds?)\b", re.I)
_BOND_REACH = 120
_PERCENT_AFTER_RE = compile_pattern(r"[ \t]*(?:%|pct\b|percent\b|per[ \t]+cent\b)", re.I)


def _in_32nds(text: str, match: re.Match[str]) -> bool:
    """A dashed bond quote whose sides are 32nds: no decimal quote (32nds are not read)."""
    if match["sep"] != "-" or len(match["decimals"]) != 2 or len(match["second"]) != 2:
        return False
    if int(match["decimals"]) > 31 or int(match["second"]) > 31:
        return False
    if _PERCENT_AFTER_RE.match(text, match.end()):
        return False  # "the note yield at 7.10-14 pct": a yield, in hundredths
    start = match.start()
    return _BOND_BEFORE_RE.search(text, max(0, start - _BOND_REACH), start) is not None


def _with_quotes(text: str, mentions: list[QuantityMention]) -> list[QuantityMention]:
    """The mentions with each two-sided quote read as one range (in place of what was read of
    its digits), its unit written after it."""
    if _QUOTE_HINT_RE.search(text) is None:
        return mentions
    quotes: list[QuantityMention] = []
    for match in _QUOTE_RE.finditer(text):
        moved = _context_before(text, match.start())[1] is not None
        scaled_after = _ALTERNATIVES_SCALE_RE.match(text, match.end()) is not None
        sides = _quote_sides(match, moved, scaled_after)
        if sides is None or _in_32nds(text, match):
            continue
        tail = _NUMBER_RE.match(text, match.start("second"))
        number = _parse_number(text, tail) if tail else None
        if number is None or number.end != match.end():
            continue
        precision = 10 ** -len(match["decimals"])
        if scaled_after:
            # "2.0/2.5 mln": the scale written once after the pair is both sides' scale
            _apply_scales(text, number, False)
            factor = SCALE_WORDS[number.scale] if number.scale else 1
            sides = (scaled(sides[0], factor), scaled(sides[1], factor))
            precision = scaled(precision, factor)
        read = _written_unit(text, number, None)
        if read.unit is not None and UNIT_DIMENSIONS.get(read.unit) == "time":
            continue
        written = text[number.end : read.end]
        label = "  " in written or bool(_NUMBER_AFTER_RE.match(text, read.end))
        if label or (len(written.strip()) == 1 and written.strip().isalpha()):
            # "7.5/8.5 P" in a table: a code, no pence; "1.6213/23 YEN 235.10/40": the label
            # of the next figure in a row of rates
            read = _UnitRead(None, number.end)
        if read.unit is None and scaled_after:
            _read_counted_noun(text, number, read)  # "1.5/2.0 mln bags"
        if read.unit is not None:
            _read_per_unit(text, read)  # "423.00/423.50 dlrs an ounce"
        qualifier, change = _context_before(text, match.start())
        quotes.append(
            QuantityMention(
                start=match.start(),
                end=read.end,
                text=text[match.start() : read.end],
                value=None,
                low=sides[0],
                high=sides[1],
                unit=read.unit,
                dimension=_dimension(read.unit),
                qualifier=qualifier,
                change=change,
                precision=precision,
            )
        )
    if not quotes:
        return mentions
    spans = _Spans(quotes)
    kept = [mention for mention in mentions if not spans.overlaps(mention.start, mention.end)]
    return sorted([*kept, *quotes], key=lambda mention: mention.start)


# "eight times higher", "three times as large", "ten times the rate", "a 3-fold rise": a
# multiplier (a ratio without a unit), not a count of occasions ("capped 18 times").
_MULTIPLIER_AFTER_RE = compile_pattern(
    rf"{_G}+(?:as|more|less|fewer|[a-z]+er{_G}+than|the(?!{_G}+(?:last|past|next|following"
    rf"|previous|same|first|second|third|year|week|month|day|season|game|match)\b)|(?:higher|lower|larger|bigger"
    rf"|greater|faster|slower|smaller|longer|wider|cheaper|costlier|stronger|worse|better"
    rf"|richer|poorer|heavier|deeper|taller)\b)\b"
)


def _multipliers(text: str, mentions: list[QuantityMention]) -> None:
    for index, mention in enumerate(mentions):
        if mention.unit == "fold" or (
            mention.unit == "time" and _MULTIPLIER_AFTER_RE.match(text, mention.end)
        ):
            mentions[index] = replace(mention, unit=None, dimension="ratio")


# "the number of people on broadband ... surpassed four million": what the figure counts.
_NUMBER_OF_RE = compile_pattern(
    rf"\b(?i:the|a|its|their)(?:{_G}+(?:total|overall|average))?{_G}+number{_G}+of"
    rf"(?P<noun>(?:{_G}+[a-z][a-z'’-]*){{1,3}})"
)
_NUMBER_OF_REACH = 200
# "the number of X" right after the figure, with no word between ("to 12 the number of ...").
_NUMBER_OF_AFTER_RE = compile_pattern(rf"{_G}+(?={_NUMBER_OF_RE.pattern})")


def _counted_by_number_of(text: str, mentions: list[QuantityMention]) -> None:
    """A bare figure after "the number of X" in the same sentence counts X, in place; so does
    one right before it ("brought to 12 the number of branches")."""
    for index, mention in enumerate(mentions):
        if mention.unit is not None or mention.dimension is not None:
            continue
        found = _NUMBER_OF_AFTER_RE.match(text, mention.end)
        if found is None:
            window_start = max(0, mention.start - _NUMBER_OF_REACH)
            for candidate in _NUMBER_OF_RE.finditer(text, window_start, mention.start):
                found = candidate  # the nearest one before the figure
            if found is None or re.search(r"[.;!?]\s", text[found.end() : mention.start]):
                continue
        plural = [word for word in found["noun"].split() if _is_plural(word)]
        if plural:
            unit = lemmatize_noun(plural[0])
            mentions[index] = replace(mention, unit=unit, dimension="count")


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
_PART_HINTS = (
    *("half", "Half", "third", "Third", "quarter", "Quarter", "fifth", "sixth", "seventh"),
    *("eighth", "ninth", "tenth", "eleventh", "twelfth", "teenth", "tieth", "hundredth"),
    "thousandth",
)
_SHARE_HINT_RE = compile_pattern(
    rf" (?:in|out of) (?:every )?(?:(?:{_SMALL_NUMBER_WORDS_LOWER})\b|\d{{1,3}}(?!\d))"
)


def _may_hold_parts(text: str) -> bool:
    return (
        any(hint in text for hint in _PART_HINTS)
        or "-for-" in text
        or _SHARE_HINT_RE.search(text) is not None
    )


@dataclass(slots=True)
class _RangeEnd:
    """What follows the first figure of a pair: the other end of a range, whether the pair is
    a score ("2-1"), the written direction of a movement ("from 208 to 193": down) and a
    hedge written before the other end ("to around 130")."""

    second: _Quantity | None = None
    score: bool = False
    direction: str | None = None
    hedge: str | None = None


# Between the two ends of a movement, when it was ("from 96 bln dlrs last year to 88 bln"),
# or what the figure measures ("from 650 mln dlrs in assets to 2.7 bln dlrs", "from 5 pct in
# the first quarter to").
_MOVE_WHEN_RE = compile_pattern(
    rf"(?:,?{_G}+(?:(?:in|during|at|by){_G}+)?(?:(?:last|previous|prior|this|a|the){_G}+)?"
    rf"(?:year|quarter|month|week|(?:19|20)\d\d|{_MONTHS_ALT})\.?"
    rf"(?:{_G}+(?:ago|earlier|before))?,?"
    rf"|{_G}+in(?:{_G}+(?!to\b|from\b)[a-z]+){{1,3}}(?={_G}+to{_G}))?"
)
# "to about 25", "to just 21 days": a hedge or a word of degree before a range's second end.
_HEDGE_AFTER_LINK_RE = compile_pattern(
    rf"(?P<hedge>about|around|roughly|nearly|some|approximately|an{_G}+estimated|almost|just"
    rf"|only)?{_G}*",
    re.I,
)
_MOVE_FROM_RE = compile_pattern(rf"\bfrom{_G}+(?:\S+{_G}+){{0,2}}$", re.I)
_RANGING_RE = compile_pattern(rf"\brang(?:e|es|ed|ing){_G}+from{_G}", re.I)
# A bound on either level of a movement: "cut to about 40 from over 2,000", "rise to more than
# 30,000 from 28,670". It bounds that level; the two levels still make one movement.
_MOVE_BOUND = (
    rf"(?:more{_G}+than|fewer{_G}+than|less{_G}+than|at{_G}+least|(?:just{_G}+)?(?:over|under)"
    rf"|almost|approximately|an{_G}+estimated)"
)
# "to 40 mln shares from 32 mln": the level reached, then the one it moved from.
_TO_BEFORE_RE = compile_pattern(
    rf"\bto{_G}+(?:(?:about|around|some|roughly|nearly|{_MOVE_BOUND}){_G}+)?$", re.I
)
# "were down 2.1 pct at 9.5 billion dlrs from 9.7 billion": a change in percent, then the level
# it left "at" and the level it moved from; "at" stands where "to" would.
_CHANGE_THEN_AT_BEFORE_RE = compile_pattern(
    rf"\b(?P<way>up|down|rose|fell|gained|lost|dropped|declined|climbed|increased|decreased)"
    rf"{_G}+(?:by{_G}+)?[\d.]+{_G}*(?:pct|percent|per{_G}+cent|%),?{_G}+at{_G}+$",
    re.I,
)
_CHANGE_UP_WORDS = frozenset({"up", "rose", "gained", "climbed", "increased"})
_FROM_AFTER_RE = compile_pattern(
    # "cut to 2.3 pct for this year from 2.8 pct": a forecast for one period, revised (a level
    # "in 1986 from 3.6 billion in 1985" compares two periods and stays two figures)
    rf"(?:,?{_G}+for{_G}+(?:(?:this|next|the|fiscal|calendar){_G}+)?"
    rf"(?:year|quarter|month|half|(?:19|20)\d\d){_G}*)?"
    rf",?{_G}+from{_G}+(?:(?P<hedge>about|around|some|roughly|nearly){_G}+|{_MOVE_BOUND}{_G}+)?",
    re.I,
)
# A word that opens or names a period ("the latest statement period", "last year"), not what
# a figure measures.
_PERIOD_OR_ARTICLE_WORD = (
    "(?:the|a|an|its|their|this|that|last|latest|first|second|third|fourth|fiscal|same|each"
    "|year|years|quarter|quarters|month|months|week|weeks|half|period|periods|session|day|days)"
)
# "3.7 pct, down from 4.2 pct", "now 61, up from 55": a level compared with the one before it,
# the written word naming the direction.
_TURNED_FROM_RE = compile_pattern(
    # "revised up from", "earlier revised down from": the level's own revision, same reading;
    # "316 mln in net profit, up from": what the figure measures may come before the comma
    # (not a period of its own: "in the third quarter, up from" compares two periods)
    rf"(?:{_G}+in(?:{_G}+(?-i:(?!{_PERIOD_OR_ARTICLE_WORD}\b)[a-z][a-z-]*)){{1,4}})?"
    rf",{_G}*(?:(?:earlier|later|since|now){_G}+)?(?:revised{_G}+)?"
    rf"(?P<way>down|up){_G}+from{_G}+(?:(?P<hedge>about|around|some|roughly|nearly){_G}+)?",
    re.I,
)
# A period of its own after the level compared with: "25 pct in 1986", "2.6 bln a year ago",
# "60 in the year-ago quarter". When the level reached names its period too ("for 1987"), each
# figure belongs to its own period (two figures), not to one movement of one level; with one
# period ("to 170 from 194 last year") the pair is read as one movement.
_OWN_PERIOD_AFTER_RE = compile_pattern(
    rf",?{_G}+(?:(?:a|one){_G}+year{_G}+(?:ago|earlier|before)\b|"
    rf"(?:last|the{_G}+previous|the{_G}+prior){_G}+(?:year|quarter|month|season)\b|"
    rf"(?:in|for|during){_G}+(?:the{_G}+)?(?:same|previous|prior|year-ago|year-earlier|"
    rf"year-before|preceding|last){_G}+(?:\S+{_G}+)?(?:year|quarter|period|month|half|week)\b)",
    re.I,
)
# "in 1986", "in March" after the level compared with ("9 pct for 1987 from 6 pct in 1986").
# A short bracketed aside right after a figure: "(revised from 7.3)", "(adjusted)".
_ASIDE_AFTER_RE = compile_pattern(rf"{_G}*\([^()\n]{{1,40}}\)")
_DATED_AFTER_RE = compile_pattern(
    rf",?{_G}+(?:in|for|during){_G}+(?:(?:fiscal|calendar){_G}+)?(?:(?:19|20)\d\d|{_MONTHS_ALT})\b"
)
# The word either of the two opens with, looked for first (one cheap test where most
# figures have neither).
_MOVED_WORD_AFTER_RE = compile_pattern(
    rf",?{_G}*(?:for|from|down|up|in|each|apiece|earlier|later|since|now|revised){_G}", re.I
)
# A price paid for each thing, then the one it was raised or cut from: "to 32 dlrs each from 28
# dlrs" (the price "each" is then read against what it is paid for).
_EACH_FROM_AFTER_RE = compile_pattern(
    rf"{_G}+(?:each|apiece){_G}+from{_G}+(?:(?P<hedge>about|around|some|roughly|nearly){_G}+)?",
    re.I,
)
# A rate moved from one month or quarter to the next: "rose 4.2 pct in May from 3.9 pct".
_RATE_FROM_AFTER_RE = compile_pattern(
    rf"(?:,?{_G}+in{_G}+(?:the{_G}+)?(?:{_MONTHS_ALT}|(?:first|second|third|fourth){_G}+quarter)"
    rf"\.?,?)?{_G}+from{_G}+(?:(?P<hedge>about|around|some|roughly|nearly){_G}+)?",
)
# The verb of a rate's movement, right before its new level.
_RATE_MOVED_BEFORE_RE = compile_pattern(
    r"\b(?:rose|fell|climbed|dropped|declined|eased|slowed|accelerated|grew|jumped|slipped)"
    rf"{_G}+(?:to{_G}+)?$",
    re.I,
)
# Scores and odds: "won 2-1", "a 6-2 5-7 6-2 loss", "odds of 7-2".
_PAIR_OF_SMALL_RE = compile_pattern(r"(?P<a>\d{1,3})[-–](?P<b>\d{1,3})(?![\d%]|[.,]\d|[-–/]\d)")
_SCORE_AFTER_RE = compile_pattern(
    r"[ \t]+(?:win|victory|defeat|loss|draw|lead|home|away|aggregate|scoreline|thrashing|"
    r"triumph|success|reverse|drubbing|\(?(?:\d{1,2}[-–]\d{1,2}))\b"
    # a set's tie-break points in brackets after it: "6-7 (6/8)"
    r"|[ \t]+\(\d{1,2}/\d{1,2}\)"
    # "at 5-6 down", "2-1 up at the break": who trails or leads, not a rise or fall
    r"|[ \t]+(?:down|up)\b(?![ \t]+(?:to|from|by|on|at|\d))",
    re.I,
)
_SCORE_BEFORE_RE = compile_pattern(
    r"(?:\b(?:won|lost|beat|beaten|drew|led|leading|trailed|trailing|score|scored|scoreline|"
    r"win|victory|defeat|defeated|defeating|thrashed|crushed|hammered|routed|draw|result|"
    r"finished|ended):?|\d{1,2}[-–]\d{1,2}\)?)"
    r"[ \t]+(?:\w+[ \t]+)?\(?$"
    # a later set or game of a match: "won 6-4, 6-3", "beat him 5-7, 6-7, 7-6"
    r"|\b(?:won|lost|beat|beaten|drew|win|victory|defeat)[ \t]+(?:\w+[ \t]+)?"
    r"(?:\d{1,2}[-–]\d{1,2},[ \t]*)+$"
    # a set or a frame taken, a score reached or levelled: "took the first set 4-6", "made it
    # 3-4", "level at 17-17"
    r"|\b(?:set|frame|made[ \t]+it|(?:level|levelled|leveled|tied|square)[ \t]+at)[ \t]+$",
    re.I,
)
# Two sides named around a result: "Leeds 1-2 Fulham", "Real Madrid 0-3 Sevilla".
_SIDE_BEFORE_RE = compile_pattern(
    rf"(?-i:\b(?!(?:{_MONTHS_ALT}|Some|About|Around|Between|From|Only|Just|Nearly|Almost|Over"
    rf"|Under|Up|The|With|By|And|Or|Of|In|On|At|To|For)\b)[A-Z][a-z]+)[ \t]+$"
)
_SIDE_AFTER_RE = compile_pattern(r"[ \t]+(?-i:[A-Z][a-z]+)\b")
_ODDS_BEFORE_RE = compile_pattern(r"\bodds[ \t]+(?:of[ \t]+)?(?:about[ \t]+)?$", re.I)
# A vote's tally, counts of votes for and against: "voted 57-41", "a vote of 310-112", "by a
# 9-3 vote".
_VOTE_BEFORE_RE = compile_pattern(r"\b(?:voted|vote[ \t]+(?:was|of)|votes?[ \t]+of)[ \t]+$", re.I)
_VOTE_AFTER_RE = compile_pattern(r"[ \t]+(?:vote|votes|ballot)\b", re.I)


# A set's tie-break points in brackets right after its score: "7-6 (8/6)" is no fraction.
_TIEBREAK_BEFORE_RE = compile_pattern(r"\d{1,2}[-–]\d{1,2}[ \t]*\($")
_TIEBREAK_RE = compile_pattern(r"\d{1,2}/\d{1,2}")


def _without_tiebreaks(text: str, mentions: list[QuantityMention]) -> list[QuantityMention]:
    if "/" not in text or "(" not in text:
        return mentions
    return [
        mention
        for mention in mentions
        if not (
            mention.unit is None
            and _TIEBREAK_RE.fullmatch(mention.text)
            and text.startswith(")", mention.end)
            and _TIEBREAK_BEFORE_RE.search(text, max(0, mention.start - 10), mention.start)
        )
    ]


def _score_or_odds(text: str, first: _Quantity) -> str | None:
    """ "score" or "odds" for two small whole numbers joined by a dash in that sense."""
    number = first.number
    if not number.is_plain_integer or number.end != first.end:
        return None
    pair = _PAIR_OF_SMALL_RE.match(text, number.start)
    if pair is None or first.start != number.start:
        return None
    before = text[max(0, number.start - 40) : number.start]
    if _ODDS_BEFORE_RE.search(before):
        return "odds"
    if _VOTE_BEFORE_RE.search(before) or _VOTE_AFTER_RE.match(text, pair.end()):
        return "tally"
    if int(pair["b"]) <= int(pair["a"]) and len(pair["a"]) <= 2:
        return "score"
    if _SCORE_AFTER_RE.match(text, pair.end()) or _SCORE_BEFORE_RE.search(before):
        return "score"
    if _SIDE_BEFORE_RE.search(before) and _SIDE_AFTER_RE.match(text, pair.end()):
        return "score"
    return None


def _link_range(text: str, first: _Quantity) -> _RangeEnd:
    """The other end of a range starting at `first`, or a score ("2-1")."""
    positions = [first.end] if first.end == first.number.end else [first.number.end, first.end]
    before = text[max(0, first.start - 40) : first.start]
    movement = "rom" in before and bool(_MOVE_FROM_RE.search(before))
    movement = movement and not _RANGING_RE.search(before)
    for position in positions:
        link = _RANGE_LINK_RE.match(text, position)
        if movement and position == first.end:
            when = _MOVE_WHEN_RE.match(text, position)
            moved = _RANGE_LINK_RE.match(text, when.end())
            if when.end() > position and moved and moved["link"].lower() == "to":
                link = moved
        if not link:
            continue
        hedge = _HEDGE_AFTER_LINK_RE.match(text, link.end())
        second = _other_end(text, hedge.end())
        if second is None:
            continue
        word = link["link"].lower()
        verdict = _range_verdict(text, first, second, word, position == first.end)
        if verdict == "score":
            return _RangeEnd(score=True)
        if verdict == "range":
            direction = None
            if movement and word in ("to", "through"):
                direction = _direction(first.number.value, second.number.value)
            hedge_word = hedge["hedge"].lower() if hedge["hedge"] else None
            return _RangeEnd(second, direction=direction, hedge=hedge_word)
    return _moved_from(text, first)


def _may_open_number(text: str, pos: int) -> bool:
    """Whether `_NUMBER_RE` may match at `pos`, by the characters there and before: a digit,
    a point or a vulgar fraction, or a letter after no letter (a number word). Most places
    after a range's link word are none, and the pattern is not tried there."""
    char = text[pos : pos + 1]
    if not char:
        return False
    if char.isdecimal() or char == "." or char in _VULGAR:
        return True
    if not (char.isascii() and char.isalpha()):
        return False
    before = text[pos - 1 : pos] if pos > 0 else ""
    return not (before.isascii() and before.isalpha())


def _other_end(text: str, pos: int) -> _Quantity | None:
    """The quantity written at `pos`, after a currency symbol if one comes first ("to $5")."""
    found = _NUMBER_RE.match(text, pos)
    if found is None:
        for symbol_length in (1, 2, 3, 4):
            if not _may_open_number(text, pos + symbol_length):
                continue
            found = _NUMBER_RE.match(text, pos + symbol_length)
            if found and _currency_before(text, found.start()):
                break
            found = None
    if found is None:
        return None
    return _read_quantity(text, found, in_range=True)


def _direction(start_value: float, end_value: float) -> str | None:
    if end_value > start_value:
        return "up"
    if end_value < start_value:
        return "down"
    return None


def _moved_from(text: str, first: _Quantity) -> _RangeEnd:
    """ "to 40 mln shares from 32 mln": one movement written level first."""
    if not _MOVED_WORD_AFTER_RE.match(text, first.end):
        return _RangeEnd()  # the common case: no "for", "from", "down" or "up" next
    link = _FROM_AFTER_RE.match(text, first.end) or _EACH_FROM_AFTER_RE.match(text, first.end)
    to_before = _TO_BEFORE_RE.search(text, max(0, first.start - 24), first.start) is not None
    changed_at = None if to_before else _changed_then_at(text, first)
    to_before = to_before or changed_at is not None
    rate = None if link is not None and to_before else _rate_moved_from(text, first)
    link = rate or link
    if link is None:
        # "3.7 pct, down from 4.2 pct" opens with its comma: a literal test first
        turned = text.startswith(",", first.end) or text.startswith(" in ", first.end)
        link = _TURNED_FROM_RE.match(text, first.end) if turned else None
        if link is None:
            return _RangeEnd()  # the word, but no "from" where it belongs
    elif link is not rate and not to_before:
        return _RangeEnd()
    second = _other_end(text, link.end())  # "to £950 from £975": a symbol may come first
    if second is None:
        return _RangeEnd()
    # "316 mln in earnings, up from 200 mln dlrs": the unit written at the far end only, both
    # ends scaled alike, is the unit of both ("to 41.3 mln from 44.8 mln barrels" stays two
    # figures, each completed by the unit)
    unit_at_far_end = (
        link.groupdict().get("way") is not None
        and first.unit is None
        and second.unit is not None
        and first.number.scale is not None
        and first.number.scale == second.number.scale
    )
    if second.unit is not None and second.unit != first.unit and not unit_at_far_end:
        return _RangeEnd()
    if link is rate and second.unit != "percent":
        return _RangeEnd()  # a rate moves from another rate: "from 3.9 pct"
    # "to 9 pct for 1987 from ...", "rose 3.2 pct in May from ...": the new level's period
    own_period = "for" in link[0].lower() or link is rate
    # "from 7.1 pct (revised from 7.3) in March": an aside may stand before the period
    aside = _ASIDE_AFTER_RE.match(text, second.end) if own_period else None
    period_at = aside.end() if aside else second.end
    if own_period and (
        _DATED_AFTER_RE.match(text, period_at) or _OWN_PERIOD_AFTER_RE.match(text, period_at)
    ):
        # "6 pct for 1987 from 9 pct in 1986", "to 40 mln for the year from 52 mln a year
        # earlier", "rose 3.2 pct in May from 2.6 pct in April": two periods, each with its
        # own figure, not one level moving
        return _RangeEnd()
    said_way = changed_at if link is not rate else None
    if _way_disagrees(first, second, link, said_way, unit_at_far_end):
        return _RangeEnd()
    scaled_ends = bool(first.number.scale and second.number.scale)
    bare_levels = _bare_level(first.number) and _bare_level(second.number)
    if (
        first.unit is None
        and second.unit is None
        and not (scaled_ends or bare_levels or _after_number_of(text, first.start))
    ):
        # Bare numbers need a scale on both ends ("rose to 20.6 mln from 17.3 mln") or both
        # in the hundreds at least ("sales rose to 4,210 from 3,905"): "cut to 5 from 6" may
        # name anything, a level or a rank.
        return _RangeEnd()
    hedge = link["hedge"].lower() if link["hedge"] else None
    return _RangeEnd(
        second, direction=_direction(second.number.value, first.number.value), hedge=hedge
    )


def _way_disagrees(
    first: _Quantity,
    second: _Quantity,
    link: re.Match[str],
    changed_at: re.Match[str] | None,
    unit_at_far_end: bool,
) -> bool:
    """Whether the word naming the way ("up from", "fell 3 pct at") disagrees with the two
    levels, or names the way of figures too bare to be one movement."""
    moved = _direction(second.number.value, first.number.value)
    way = link.groupdict().get("way")
    if way and ((first.unit is None and not unit_at_far_end) or moved != way.lower()):
        # "5 pct, up from 7 pct" says something else than a movement; "27.4 billion, down
        # from 30.8 billion" is left to the figures around it to name
        return True
    if changed_at is None:
        return False
    # "up 3 pct at 5 bln from 6 bln": the two levels disagree with the change
    return moved != ("up" if changed_at["way"].lower() in _CHANGE_UP_WORDS else "down")


def _changed_then_at(text: str, first: _Quantity) -> re.Match[str] | None:
    """The change in percent written right before a level "at" it: "fell 3 pct at"."""
    if "at" not in text[max(0, first.start - 6) : first.start]:
        return None
    return _CHANGE_THEN_AT_BEFORE_RE.search(text, max(0, first.start - 48), first.start)


def _rate_moved_from(text: str, first: _Quantity) -> re.Match[str] | None:
    """ "rose 4.2 pct in May from 3.9 pct": the link from a rate's new level to its old one,
    when a verb of movement stands right before the new level."""
    if first.unit != "percent":
        return None
    link = _RATE_FROM_AFTER_RE.match(text, first.end)
    if link is None or not _RATE_MOVED_BEFORE_RE.search(
        text, max(0, first.start - 24), first.start
    ):
        return None
    return link


def _after_number_of(text: str, start: int) -> bool:
    """Whether "the number of X" comes earlier in the figure's sentence: "raise the number of
    robots to 244 from 41" moves a count, however small."""
    found = list(_NUMBER_OF_RE.finditer(text, max(0, start - _NUMBER_OF_REACH), start))
    return bool(found) and not re.search(r"[.;!?]\s", text[found[-1].end() : start])


def _bare_level(number: _Number) -> bool:
    """A bare number large enough to be a level counted or measured, not a rank, and no
    year ("to 1,250 from 1,100", not "to 12 from 15" or "to 1988 from 1987")."""
    if number.value < 100:
        return False
    return not (number.is_plain_integer and 1800 <= number.value <= 2100)


def _range_verdict(
    text: str, first: _Quantity, second: _Quantity, word: str, after_unit: bool
) -> str:
    """ "range", "score" ("2-1") or "no" for two quantities linked by `word`."""
    if first.age and second.unit is None and word in ("to", "or", "-", "–"):
        # "aged 18 to 24", "the age of 14 or 15"
        return "range" if 0 < first.number.value < second.number.value < 120 else "no"
    if first.age and second.unit is None and word == "and":
        # "aged between 8 and 12"; "between the ages of 30 and 45": "between" may stand
        # before the age's words
        before = text[max(0, first.start - 40) : first.start]
        between = _BETWEEN_RE.search(before) or _BETWEEN_AGES_RE.search(before)
        ordered = 0 < first.number.value < second.number.value < 120
        return "range" if ordered and between else "no"
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
    # A dash: "15,000-18,000" is a range, "2-1" or "89-89" a score; after a spaced unit
    # it opens an aside ("the 40 runners - 12 of them from Kenya -") unless "between"
    # or "from" asked for a range.
    spaced = first.has_own_unit and after_unit and text[first.end : first.end + 1].isspace()
    if spaced and not (_BETWEEN_RE.search(before) or _FROM_RE.search(before)):
        return "no"
    plain_pair = first.number.is_plain_integer and second.number.is_plain_integer
    if plain_pair and second.end == second.number.end and _CHAIN_AFTER_RE.match(text, second.end):
        return "score"  # "a 4-5-1 formation", "the 1-2-3 package": a chain of three, no range
    if second.number.value > first.number.value:
        return "range"
    if plain_pair and not second.unit:
        return "score"
    return "no"


# A third small number dashed on ("3-4-1"), not a mixed fraction ("3-4-1/2 pct" is a range).
_CHAIN_AFTER_RE = compile_pattern(r"[-–]\d{1,2}(?![\d/.,])")


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
    if first.has_own_unit and 0 < 3 * low < high and _changed_object_before(text, first.start):
        # "lifted interest rates 0.25% to 5.5%": a verb, its object, the change, the level
        # ("cut costs 10% to 15%", ends of one size, is a range of the cut)
        return "no"
    if not close and _index_points(text, first.start, first.unit):
        return "no"  # "the index slid 44.6 points to 2,360.9": the move, then the level
    if not close and _bare_move_then_level(text, first, second):
        return "no"  # "the other gauge lost 8.1 to 900.2": a move without "points", a level
    if _move_then_price(text, first, second):
        return "no"  # "Dixons 4p to 373", "Inco 1/8 to 21-5/8": a mover's change, its price
    first_value, second_value = first.number.value, second.number.value
    descending = abs(first_value) > abs(second_value) and first_value > second_value
    if descending or not _same_scale(first, second):
        # Without "from" a range is written small to large ("-0.9 to -1.1 pct" too), in
        # one measure: "fell 1,100 to 11.3 pct" is a change and a level; "2 mln to 5 pct"
        # names two measures.
        return "no"
    return "range"


# How much larger than a share's move the price it reached is, at least, for the two to be no
# range (the ends of a range written without "from" are of one size).
_MOVE_TO_PRICE_RATIO = 10


def _move_then_price(text: str, first: _Quantity, second: _Quantity) -> bool:
    """Whether "4p to 373" or "1/8 to 21-5/8" in a list of market movers (the verb said once
    for the list, or not at all) is a move and the price it reached: a unit written after the
    first end only, or a fraction below one before a price ten times its size. A range puts
    its unit after the last end ("2 to 3p") and its ends are of one size."""
    low, high = first.number.value, second.number.value
    if low <= 0 or high <= _MOVE_TO_PRICE_RATIO * low:
        return False
    if first.number.scale or second.number.scale:
        return False
    unit_after_first_only = first.end > first.number.end and not second.has_own_unit
    fraction = low < 1 and "/" in text[first.number.start : first.number.end]
    return unit_after_first_only or fraction


def _bare_move_then_level(text: str, first: _Quantity, second: _Quantity) -> bool:
    """Whether "lost 8.1 to 900.2", right after a change verb and both bare, far apart in size,
    is the size of a move and the level it reached (a range of a move is written with ends
    of one size: "rose 10 to 15"). A scale after the second end only ("rose 32,000 to 1.4
    million") is no scale of the first when the first is written out in thousands and is
    far below the second: the move, then the level."""
    if first.unit is not None or second.unit is not None:
        return False
    if first.number.scale:
        return False
    if second.number.scale and (
        first.number.value < 1000 or second.number.value <= 3 * first.number.value
    ):
        return False
    return _change_before(text, first.start) is not None


def _same_scale(first: _Quantity, second: _Quantity) -> bool:
    """Both ends scaled alike, or a scale written only at the end ("1 to 1.5 million")."""
    if first.unit == "percent" and second.number.scale is not None:
        return False  # "slid 12 pct to 12.4 billion": a share, then the sum it left
    if first.number.scale is None or second.number.scale is None:
        return second.unit != "percent" or first.number.scale is None
    return SCALE_WORDS[first.number.scale] == SCALE_WORDS[second.number.scale]


def _hedge_after(text: str, first: _Quantity, qualifier: str, end: int) -> tuple[str, int]:
    """The qualifier written after the number: "40 or so", "200 or so protesters" are about;
    "5 people or more", "ten or fewer" are bounds (which extend the mention's end)."""
    if qualifier != "exact":
        return qualifier, end
    if _OR_SO_RE.match(text, first.number.end) or _ODD_AFTER_RE.match(text, first.number.end):
        return "approx", end  # "40 or so", "40-odd calls"
    plus = _PLUS_AFTER_RE.match(text, end)
    if plus:
        return "at_least", plus.end()  # "£3m-plus", "200+ stores"
    if _PLUS_AFTER_RE.match(text, first.number.end):
        return "at_least", end  # "40-plus caps": the noun after the hyphen read already
    or_more = _OR_MORE_RE.match(text, end)
    if or_more:
        direction = (or_more["dir"] or or_more["and_dir"]).lower()
        upward = direction in ("more", "greater", "higher", "over", "above", "older")
        return ("at_least" if upward else "at_most"), or_more.end()
    return qualifier, end


def _bound_after(
    text: str, first: _Quantity, qualifier: str, end: int, *, bare: bool
) -> tuple[_Quantity, str, int]:
    """The hedge written after the figure; a bare figure then takes the plural noun after
    the bound ("three or more children", "50 or more employees"), so that a number in words
    states a figure."""
    hedged, after = _hedge_after(text, first, qualifier, end)
    counted = _counted_noun_after(text, after) if after > end and bare and not first.age else None
    if counted is None or not counted[2]:
        return first, hedged, after
    return replace(first, unit=counted[0]), hedged, counted[1]


def _complete(text: str, first: _Quantity) -> tuple[QuantityMention | None, int]:
    """Attach range partner, qualifier and change; returns the mention and where to resume."""
    paired = _score_or_odds(text, first)
    if paired == "score":
        return None, _PAIR_OF_SMALL_RE.match(text, first.number.start).end()
    if paired == "odds":
        return _odds(text, first)
    if paired == "tally":
        return _tally_votes(text, first)
    tail = text[max(0, first.start - 16) : first.start]
    stripped = tail.rstrip(" \t")
    ranked = len(stripped) < len(tail) and stripped[-3:].lower().endswith(_RANK_HINT_ENDINGS)
    if ranked and _is_a_stage(text, first, tail):
        return None, first.end  # "reached the last 16", "the Cup last 16 draw": a stage
    if (
        ranked
        and _RANK_BEFORE_RE.search(tail)
        and not _stage_word_then_verb(text, first, tail)
        and not _GROUP_NUMBERS_RE.search(text, max(0, first.start - 40), first.start)
        and not (first.unit and UNIT_DIMENSIONS.get(first.unit) in ("currency", "percent"))
    ):
        return None, first.end  # "the top 10", "world number six": a rank
    found = _link_range(text, first)
    if found.score:
        return None, _NUMBER_RE.search(text, first.number.end).end()
    second = found.second
    start = first.start
    qualifier, change = _context_before(text, start)
    if qualifier == "exact" and found.hedge:
        qualifier = _QUALIFIER_PHRASES.get(found.hedge, "exact")
    unit = (second.unit if second else None) or first.unit
    change = _unless_funds_raised(text, start, change, unit)
    # "over five years" is a span of time, not more than five.
    time_span = qualifier == "more_than" and UNIT_DIMENSIONS.get(unit or "") == "time"
    if (time_span and not first.age and _tail_words(text, start, 1) == ["over"]) or (
        # "the title over 1500m": the distance raced, not a bound
        qualifier == "more_than" and second is None and _race_run_over(text, first, unit)
    ):
        qualifier = "exact"
    end = second.end if second else first.end
    bare = unit is None and second is None
    first, qualifier, end = _bound_after(text, first, qualifier, end, bare=bare)
    unit = unit or first.unit
    change = change or _change_after(text, start, end)
    index = _index_points(text, start, unit)
    unit = _named_per(text, start, unit)
    if second is None:
        number = first.number
        if number.is_words and not _words_state_a_figure(text, first, qualifier):
            return None, first.end
        mention = (
            _decade_of_age(text, first, qualifier, change)
            if first.decade
            else QuantityMention(
                start=start,
                end=end,
                text=text[start:end],
                value=number.value,
                unit=unit,
                dimension="index" if index else "age" if first.age else _dimension(unit),
                qualifier=qualifier,
                change=change,
                precision=number.precision,
            )
        )
        return mention, end
    scaled_ends = bool(first.number.scale and second.number.scale)
    if first.number.is_words and unit is None and not scaled_ends:
        return None, end  # "from one to 15": ranks or places ("to five mln from two mln" is not)
    first_value, second_value = _range_ends(text, first.number, second.number)
    low, high = sorted((first_value, second_value))
    direction = _scaled_direction(found.direction, first, second, first_value, second_value)
    return (
        QuantityMention(
            start=start,
            end=end,
            text=text[start:end],
            value=None,
            low=low,
            high=high,
            unit=unit,
            # "aged 18 to 24", "18 to 24-year-olds": an age named at either end
            dimension="index" if index else "age" if first.age or second.age else _dimension(unit),
            qualifier=qualifier,
            change=change,
            precision=min(first.number.precision, second.number.precision),
            direction=direction,
        ),
        end,
    )


# A market index or the market it measures, named earlier in the sentence: points after a
# number there are the index's points ("the Nikkei fell 12.5 points", "closed at 1,830.2
# points"): unit `point` with dimension `index`, never a count of points scored (dimension
# `count`), so that an index's move is compared with index moves only.
_MARKET_CUE_BEFORE_RE = compile_pattern(
    r"(?<![A-Za-z])(?:index|indexes|indices|indicator|average|averages|gauge|composite|"
    r"bourse|stock[ \t]+market|stock[ \t]+exchange|blue[ \t-]+chips?|share[ \t]+prices?|"
    r"stocks|footsie|s&p|ftse|nikkei|dow|dax|cac|kospi|nasdaq|topix|ibex|sensex|nifty|"
    r"hang[ \t]+seng|all[ \t]+ordinaries|"
    # a bond's price moves in points too: "the 30-year bond fell 1/2 point"
    r"bonds?|treasury|treasuries|gilts?|bunds?|(?:\d+-year|treasury|benchmark)[ \t]+notes?)"
    r"\b[^.;!?]*$",
    re.I,
)
_INDEX_REACH = 160
# "a share loss of 2.44 dlrs", "share earnings were 1.10 dlrs": money named per share before it.
_SHARE_MEASURE_BEFORE_RE = compile_pattern(
    rf"(?<![A-Za-z-])share{_G}+(?:loss|losses|profit|profits|earnings|income|net|dividend|"
    rf"dividends|payout)(?:{_G}+(?:of|was|were|is|are|would{_G}+be|rose{_G}+to|fell{_G}+to))?"
    rf"{_G}+(?:(?:about|around|some|roughly|nearly){_G}+)?$",
    re.I,
)


# "raise" with the money as its object: funds raised ("plans to raise $1bn from the flotation",
# "the appeal raised 5.9m"), unless passive ("prices were raised 2 cts"); a hedge may stand
# between ("raise more than 70m euros").
_FUNDS_RAISED_BEFORE_RE = compile_pattern(
    r"\b(?:raise|raises|raising"
    r"|(?<!\bwere\s)(?<!\bwas\s)(?<!\bbeen\s)(?<!\bbe\s)(?<!\bis\s)(?<!\bare\s)raised)\s+"
    r"(?:(?:about|around|some|nearly|almost|roughly|approximately|an\s+estimated|a\s+total\s+of"
    r"|more\s+than|over|up\s+to|at\s+least|close\s+to|a\s+further|another|an\s+extra"
    r"|an\s+additional|just\s+over|just\s+under|less\s+than)\s+)?$",
    re.I,
)


def _unless_funds_raised(text: str, start: int, change: str | None, unit: str | None) -> str | None:
    """No change for money raised: "is raising 100 mln dlrs via an offering" is no rise."""
    if change != "up" or UNIT_DIMENSIONS.get(unit or "") != "currency":
        return change
    if _FUNDS_RAISED_BEFORE_RE.search(text, max(0, start - 60), start):
        return None
    return change


def _named_per(text: str, start: int, unit: str | None) -> str | None:
    """The unit, per share when the words before the figure say so."""
    if _priced_per_share(text, start, unit):
        return f"{unit} / share"
    return unit


def _priced_per_share(text: str, start: int, unit: str | None) -> bool:
    """Whether money at `start` is named per share by the words just before it."""
    if unit is None or UNIT_DIMENSIONS.get(unit) != "currency":
        return False
    return bool(_SHARE_MEASURE_BEFORE_RE.search(text, max(0, start - 40), start))


def _index_points(text: str, start: int, unit: str | None) -> bool:
    """Whether "points" after the figure at `start` are a market index's points."""
    if unit != "point":
        return False
    return bool(_MARKET_CUE_BEFORE_RE.search(text, max(0, start - _INDEX_REACH), start))


# "Nine of them", "two of the firms", "two of Japan's banks": a count of part of a group (but
# "one of the best" is one member, not a count).
_PARTITIVE_RE = compile_pattern(
    rf"{_G}+of{_G}+(?:(?:the|them|those|these|us|its|their|his|her|our|whom|which|you|all)\b"
    r"|(?-i:[A-Z][\w&.-]*)(?:'s|s'|\u2019s)\s"
    # "two of 33 plants": a part of a whole counted in digits, its noun after them
    r"|\d[\d,]*[ \t]+(?:[a-z][\w-]*[ \t]+)?[a-z][\w-]*s\b)",
    re.I,
)
# A rank or a stage ends with one of these words right before the number.
_RANK_HINT_ENDINGS = ("op", "er", "o.", "nk", "ked", "ded", "st", "al")
_LAST_STAGE_RE = compile_pattern(r"\bthe[ \t]+(?:last|final|top|best)[ \t]+$", re.I)
_LAST_BEFORE_RE = compile_pattern(r"\b(?:last|final)[ \t]+$", re.I)
# A verb after "the last 4" that a round of a contest cannot do: the number counts people.
_STAGE_SUBJECT_VERB_RE = compile_pattern(
    rf"{_G}+(?:(?:also|then|later|all|have|had|were|was){_G}+)?(?:died|survived|remain|remained"
    r"|fled|escaped|drowned|perished|left|quit|resigned|retired|surrendered|killed|hurt|injured"
    r"|wounded|rescued|freed|released|evacuated|arrested|sold|charged|detained|jailed|convicted"
    r"|sentenced|fined|sacked|fired|dismissed|suspended|expelled)\b"
)
# The sizes of a knock-out round: "the last 16", "the final four".
_ROUND_SIZES = frozenset((4.0, 8.0, 16.0, 32.0, 64.0))


def _stage_word_then_verb(text: str, first: _Quantity, tail: str) -> bool:
    """ "the top four were arrested", "the last 3 survived": the number after a rank or stage
    word stands for those who acted."""
    return (
        first.unit is None
        and _LAST_STAGE_RE.search(tail) is not None
        and _STAGE_SUBJECT_VERB_RE.match(text, first.number.end) is not None
    )


def _is_a_stage(text: str, first: _Quantity, tail: str) -> bool:
    """ "the last 16", "the top four" with no noun, or a knock-out round's size before a
    singular noun ("the Cup last 16 draw", "a last-eight tie"); "the last 16 years" and "his
    last 8 games" are amounts."""
    if first.unit is None and _LAST_STAGE_RE.search(tail):
        # "the last 4 died": the number stands for those who acted, not for a round
        return not _stage_word_then_verb(text, first, tail)
    if first.number.value not in _ROUND_SIZES or not _LAST_BEFORE_RE.search(tail):
        return False
    if first.unit is None:
        return True
    if first.unit in UNIT_DIMENSIONS:
        return False
    noun = _WORD_RE.match(text, first.number.end)
    return noun is not None and not _is_plural(noun["word"])


# "the last eight of the cup", "the final four of": a stage of a contest.
_STAGE_BEFORE_RE = compile_pattern(r"\b(?:last|final|first|top|best)[ \t]+$", re.I)
# A number word standing for what it counts, as a subject: "Five were arrested".
_SUBJECT_VERB_RE = compile_pattern(
    rf"{_G}+(?:(?:have|had|also|were|are|was|is){_G}+)?(?:were|are|was|is|have|had|will|would"
    r"|could|died|remain|remained|survived|went|came|said|say|won|lost|voted|stayed|left)\b"
)
# Any verb in the past tense or a modal after a number in words with no noun: the number
# stands for those who acted ("Twelve signed", "Four may stand down").
_SUBJECT_ACTION_RE = compile_pattern(
    rf"{_G}+(?:(?:also|then|later|all|both|each|only){_G}+)?(?:[a-z]{{2,}}ed|did|do|does|may"
    r"|might|must|can|cannot|should|shall|took|made|got|saw|met|fled|ran|held|became|began|told"
    r"|found|gave|kept|sat|stood|spent|paid|sought|chose|fought|struck|wrote|drove|flew|rode"
    r"|swam|threw|broke|hit|quit|led|fell|rose|joined|remain|remains|face|faces|stand|stood)\b"
)
# A verb right before a number in words that ends its clause: the number is what was acted on.
_OBJECT_VERB_BEFORE_RE = compile_pattern(r"(?<![A-Za-z])(?!aged\b)[a-z]{2,}(?:ed|ing)[ \t]+$")
_CLAUSE_ENDS_AFTER_RE = compile_pattern(
    rf"[,.;:]|{_G}+(?:and|in|on|at|after|when|while|during|including|overnight|yesterday)\b"
)
_LIST_NEXT_RE = compile_pattern(
    rf"{_G}*(?:,|,?{_G}+(?:and|or|to)){_G}+(?:\d|{_NUMBER_WORD_LOWER}(?![a-z]))"
)
# A toll's adjective with no noun after the number: "left two dead", "three wounded".
_TOLL_WORD_AFTER_RE = compile_pattern(
    rf"{_G}+(?:dead|injured|wounded|missing|hurt)(?!{_G}*-)(?={_G}*(?:[,.;:)]|and\b|or\b|in\b"
    rf"|after\b|when\b|as\b|$))"
)
# "several hundred", "a few thousand": a vague amount, not a figure.
_VAGUE_BEFORE_RE = compile_pattern(r"\b(?:several|a few|few|many|multi)[ \t-]+$", re.I)
# (maybe with a word of time: "lost by two points then, now one point")
_PARALLEL_BEFORE_RE = compile_pattern(
    r"(?:,|\band|\bwhile|\bbut|\bwith)(?:[ \t]+(?:now|then))?[ \t]+$", re.I
)
# "one" as an article or a pronoun: "one day", "one thing", "the one team that".
_ONE_AS_ARTICLE_BEFORE_RE = compile_pattern(
    r"\b(?:the|this|that|any|every|each|no|which|another|the only|only the|at)[ \t]+$", re.I
)
_ONE_AS_ARTICLE_NOUNS = _word_set("""
    day night morning evening afternoon time moment point stage occasion season era instance
    thing problem issue question reason way exception example step aspect factor area side hand
    matter option idea thought possibility solution answer sense word look glance voice
    respect regard level kind sort type form version piece part end direction view respect
    source official analyst trader dealer spokesman spokeswoman observer expert insider
    """)
# "for one day", "in one year": "one" counts the span of time.
_SPAN_BEFORE_RE = compile_pattern(
    r"\b(?:for|in|within|after|over|than|about|nearly|only|just|last|past|next|every|per"
    r"|each|by)[ \t]+$",
    re.I,
)
# Words before a number that make it a rank or a place, not an amount: "the top 10".
_RANK_BEFORE_RE = compile_pattern(r"\b(?:top|number|no\.|rank(?:ed)?|seeded)[ \t]+$", re.I)


def _words_state_a_figure(text: str, first: _Quantity, qualifier: str) -> bool:
    """Whether a number written in words states a figure: with its unit or counted noun
    (unless "one" is an article: "one day", "one of the best"), or standing for what it
    counts ("Nine of them", "Five were hurt"), or an amount with a scale ("four million")."""
    number = first.number
    before = text[max(0, first.start - 30) : first.start]
    if (
        (
            _RANK_BEFORE_RE.search(before)
            and not _GROUP_NUMBERS_RE.search(before)
            and not _stage_word_then_verb(text, first, before)
        )
        or _label_before(before)
        or (first.unit is None and _bare_label_before(before))
    ):
        return False  # "the top seven", "in game five" (not "the crew, who number nine")
    if (
        _VAGUE_BEFORE_RE.search(before)
        or (number.value == 0 and _counts_a_noun(first.unit))
        or (
            text[number.start : number.end].lower() in _LONE_SCALES
            and (
                _UNREAD_COUNT_BEFORE_RE.search(before)
                or (first.unit is None and _ORDER_BEFORE_RE.search(before))
            )
        )
    ):
        # "several hundred fans"; "zero coupon", "zero tolerance": a kind of thing; "1,998,4
        # billion": a scale whose count was not read; "tens of thousand": no figure; "the
        # first million sold": a place in an order, as "the top 20" is a rank ("the first 100
        # buyers" counts buyers)
        return False
    if first.unit is not None:
        # "one cent a share": a price is judged by the unit before its "per"
        numerator = first.unit.partition(" / ")[0].removeprefix(MINOR_UNIT_PREFIX)
        dimension = UNIT_DIMENSIONS.get(numerator)
        if number.value != 1 or first.age or (dimension and dimension != "time"):
            return True
        if dimension == "time" and _SPAN_BEFORE_RE.search(before):
            return True  # "for one day", "within one year": a span of time
        return qualifier != "exact" or not _one_as_article(text, first, before)
    if number.value != 1 and (
        _ADDED_WORDS_BEFORE_RE.search(before) or _MORE_WORDS_AFTER_RE.match(text, number.end)
    ):
        return True  # "another two were hurt", "four more": a count added to another
    if number.value == 1:
        # "12 stores, against only one a year ago": the noun of the count before
        return _one_stands_for_a_count(text, first, before) or _compared_with_a_count(
            text, first, before
        )
    if number.scale is not None or number.precision >= 1000:
        return True  # "surpassed four million"
    if (
        _PARTITIVE_RE.match(text, number.end) and not _STAGE_BEFORE_RE.search(before)
    ) or _TOLL_WORD_AFTER_RE.match(text, number.end):
        return True  # "Nine of them"; "left two dead", "five wounded and three missing": a toll
    if (
        _SUBJECT_VERB_RE.match(text, number.end)
        or _SUBJECT_ACTION_RE.match(text, number.end)
        or _VERB_AND_OBJECT_RE.match(text, number.end)
    ):
        return True  # "Thirty-one backed the plan", "Six fled": the number is the subject
    if _OBJECT_VERB_BEFORE_RE.search(before) and _CLAUSE_ENDS_AFTER_RE.match(text, number.end):
        return True  # "the blast killed five,", "after rescuing twelve.": the verb's object
    # "..., five and", or "the crew, who number nine": a group's size; "12 stores, compared
    # with three a decade ago": the noun of the count before; "runs all three": a whole
    # group named before; "cap the number of shops to eight": the level that number is set to
    return bool(
        _LIST_NEXT_RE.match(text, number.end)
        or _GROUP_NUMBERS_RE.search(before)
        or _WHOLE_GROUP_BEFORE_RE.search(before)
        or _compared_with_a_count(text, first, before)
        or _number_of_set_to(text, first.start, before)
    )


_WHOLE_GROUP_BEFORE_RE = compile_pattern(r"(?<![A-Za-z])all[ \t]+$")
_SET_TO_BEFORE_RE = compile_pattern(r"(?<![A-Za-z])to[ \t]+$")


def _number_of_set_to(text: str, start: int, before: str) -> bool:
    """ "limit the number of shops to eight": a number in words after "to" when "the number
    of" a plural noun comes before it in the sentence."""
    if _SET_TO_BEFORE_RE.search(before) is None:
        return False
    found = None
    for candidate in _NUMBER_OF_RE.finditer(text, max(0, start - _NUMBER_OF_REACH), start):
        found = candidate
    if found is None or re.search(r"[.;!?]\s", text[found.end() : start]):
        return False
    return any(_is_plural(word) for word in found["noun"].split())


_LONE_SCALES = frozenset({"thousand", "million", "billion", "trillion"})
_ORDER_BEFORE_RE = compile_pattern(r"(?<![A-Za-z])the[ \t]+(?:first|last|next)[ \t]+$", re.I)
_UNREAD_COUNT_BEFORE_RE = compile_pattern(
    r"(?:\d[ \t]+|\b(?:tens|dozens|hundreds|thousands|millions)[ \t]+of[ \t]+)$", re.I
)
# "opened 12 stores this year, compared with three in 2003", "against only one a year ago": a
# number in words right after a comparison's link, the clause ending or a time phrase after it,
# when a count with its noun comes before in the sentence (the neighbours give it that noun).
_COMPARED_LINK_BEFORE_RE = compile_pattern(
    rf"\b(?:against|versus|vs\.?|compared{_G}+(?:with|to)){_G}+"
    rf"(?:(?:only|just|about|around|some|nearly|almost){_G}+)?$"
)
_COUNT_WITH_NOUN_RE = compile_pattern(
    rf"(?:\d[\d,.]*|\b(?:{_SMALL_NUMBER_WORDS_LOWER}))(?:{_G}+[a-z][a-z-]*){{0,2}}?{_G}+[a-z]+s\b"
    rf"[^.;!?]*$",
    re.I,
)
_COMPARED_REACH = 120


def _compared_with_a_count(text: str, first: _Quantity, before: str) -> bool:
    link = _COMPARED_LINK_BEFORE_RE.search(before)
    if link is None or not COMPARED_END_AFTER_RE.match(text, first.number.end):
        return False
    link_start = first.start - len(before) + link.start()
    window_start = max(0, link_start - _COMPARED_REACH)
    return _COUNT_WITH_NOUN_RE.search(text, window_start, link_start) is not None


def _decade_of_age(
    text: str, first: _Quantity, qualifier: str, change: str | None
) -> QuantityMention:
    """ "in her 50s": an age from 50 to 59."""
    low = first.number.value
    return QuantityMention(
        start=first.start,
        end=first.end,
        text=text[first.start : first.end],
        value=None,
        low=low,
        high=low + 9,
        unit="year",
        dimension="age",
        qualifier=qualifier,
        change=change,
        precision=first.number.precision,
    )


def _counts_a_noun(unit: str | None) -> bool:
    """A counted noun, not a unit of the lexicon ("zero coupon", not "zero percent")."""
    return unit is not None and unit not in UNIT_DIMENSIONS


def _one_stands_for_a_count(text: str, first: _Quantity, before: str) -> bool:
    """ "one" with no noun: "one of the best", "the one that got away" are no counts; "...,
    and one is a Democrat" is."""
    parallel = _PARALLEL_BEFORE_RE.search(before) is not None
    if parallel and _one_in_a_parallel_place(text, first):
        return True
    verb = _SUBJECT_VERB_RE.match(text, first.number.end)
    if not parallel or verb is None:
        return False
    if verb.group().strip().startswith(("said", "say")):
        # "..., one said" is a speaker; "three said yes and one said no" still counts
        near = text[max(0, first.start - 60) : first.start]
        return _WORD_COUNT_NEARBY_RE.search(near) is not None
    return True


# "and one in the capital" after "three offices in the north": the place's preposition again.
_PLACE_AFTER_ONE_RE = compile_pattern(r"\s+(?P<prep>in|at|on|from)\s+")
_AND_BEFORE_ONE_RE = compile_pattern(r"\band\s+$")
_COUNT_IN_PLACE_RES = {
    prep: compile_pattern(
        rf"(?:\d|\b(?!one\b)(?:{_SMALL_NUMBER_WORDS_LOWER})\b)(?:\s+[\w'-]+){{1,4}}?"
        rf"\s+{prep}\b[^.;:!?]*$",
        re.I,
    )
    for prep in ("in", "at", "on", "from")
}


def _one_in_a_parallel_place(text: str, first: _Quantity) -> bool:
    """ "three offices in the north and one in the capital": after "and", "one" then the
    preposition a count before it in the clause took right after its noun, is a count of the
    same things ("two crews who came - one from X and one from Y" names each of the two)."""
    place = _PLACE_AFTER_ONE_RE.match(text, first.number.end)
    start = first.number.start
    if place is None or not _AND_BEFORE_ONE_RE.search(text, max(0, start - 8), start):
        return False
    near = text[max(0, start - 120) : start]
    return _COUNT_IN_PLACE_RES[place["prep"].lower()].search(near) is not None


def _one_as_article(text: str, first: _Quantity, before: str) -> bool:
    """ "one" before a noun that it merely introduces ("one day", "one exception", "the one
    nation who", "one clear upside"); a count only where the text counts: "only one", a count
    beside it ("two goals and one assist", "one or two") or a bound (judged by the caller)."""
    if _ONE_MARGIN_BEFORE_RE.search(before):
        return False  # "won by one vote", "fell one point": a margin or a movement
    if (
        first.unit in UNIT_DIMENSIONS or first.unit in _MARGIN_NOUNS
    ) and _ONE_MARGIN_AFTER_RE.match(text, first.end):
        return False  # "a one point cut", "a one-seat majority": the size of a change or lead
    if _ONE_AS_ARTICLE_BEFORE_RE.search(before):
        return True
    if _ONE_COUNTED_BEFORE_RE.search(before):
        return False  # "only one bidder", "just one vote"
    if _ONE_CASUALTY_AFTER_RE.match(text, first.end):
        return False  # "one person was killed", "one miner died": a toll, however small
    near = text[max(0, first.start - 60) : first.start]
    parallel = _PARALLEL_BEFORE_RE.search(before) and _COUNT_NEARBY_RE.search(near)
    return not (parallel or _LIST_NEXT_RE.match(text, first.number.end))


_ADDED_WORDS_BEFORE_RE = compile_pattern(
    r"\b(?:another|a[ \t]+further|an[ \t]+additional|an[ \t]+extra)[ \t]+$", re.I
)
# "four more", "two others": a count added to one before it, its noun written there.
_MORE_WORDS_AFTER_RE = compile_pattern(rf"{_G}+(?:more\b(?!{_G}+than)|others\b)")
# A toll after "one <noun>": the count is the news ("one worker was hurt", "one died").
_ONE_CASUALTY_AFTER_RE = compile_pattern(
    r"[ \t]+(?:(?:was|has[ \t]+been|had[ \t]+been|is)[ \t]+(?:reported[ \t]+)?"
    r"(?:killed|injured|wounded|hurt|arrested|detained|missing|dead|kidnapped|abducted)"
    r"|died|drowned)\b"
)
# A margin or a movement of one: "won by one vote", "fell one point", "drop one place".
_MOVEMENT_VERBS = (
    r"rose|rise|rises|rising|risen|fell|fall|falls|falling|fallen|dropped|drop|drops|dropping"
    r"|climbed|climb|climbs|gained|gain|gains|slipped|slip|slips|dipped|dip|dips|edged|eased"
    r"|increased|decreased"
)
_ONE_MARGIN_BEFORE_RE = compile_pattern(
    rf"\b(?:(?:won|win|wins|winning|lost|lose|loses|losing|passed|carried|defeated|beaten|beat"
    rf"|rejected|led|leads|lead|leading|trailed|trails|trailing|ahead|behind|flip|flips"
    rf"|flipped|swing|swings|swung|shift|shifts|shifted|differ|differs|differed|exceed|exceeds"
    rf"|narrowed|widened|grew|grow|grows|shrank|shrink|{_MOVEMENT_VERBS})"
    rf"[ \t]+by|(?:{_MOVEMENT_VERBS})(?:[ \t]+(?:back|up|down))?)[ \t]+$",
    re.I,
)
# A change or a lead sized by "one <noun>" written before it: "a full one point cut".
_ONE_MARGIN_AFTER_RE = compile_pattern(
    rf"{_G}+(?:cut|rise|fall|drop|increase|decrease|reduction|hike|gain|decline|jump|lead"
    r"|advantage|majority|margin|deficit|defeat|victory|win|swing)\b(?!-)"
)
# What a margin is counted in ("a one-seat majority", "a one goal lead").
_MARGIN_NOUNS = _word_set("point seat vote goal run stroke shot wicket try length place")
_ONE_COUNTED_BEFORE_RE = compile_pattern(r"\b(?:only|just|a single|exactly|single)[ \t]+$", re.I)
# A count in words in the clause before "one said": "three said yes and one said no".
_WORD_COUNT_NEARBY_RE = compile_pattern(rf"\b(?:{_SMALL_NUMBER_WORDS_LOWER})\b[^.;:]*$", re.I)
# Another count in the clause before "one": "four forwards and one keeper", "a half-point
# for one task and one point for another" (a fraction's word is a figure too).
_COUNT_NEARBY_RE = compile_pattern(
    rf"(?:\d|\b(?:{_SMALL_NUMBER_WORDS_LOWER}|half|quarter)\b)[^.;:]*$", re.I
)


# "nine to twelve hundred", "between eleven and fourteen hundred": a count of hundreds in
# words whose "hundred" is written once, at the end of the range; the first end is a number
# from two to ninety-nine in words, below the second one's hundreds.
_HUNDREDS_WRITTEN_ONCE_RE = compile_pattern(
    rf"(?P<a>(?:{_SMALL_NUMBER_WORDS_LOWER})(?:-(?:{_SMALL_NUMBER_WORDS_LOWER}))?)"
    r"(?:\s*-\s*|\s+(?:to|and|or)\s+)"
    rf"(?P<b>(?:{_SMALL_NUMBER_WORDS_LOWER})(?:-(?:{_SMALL_NUMBER_WORDS_LOWER}))?)\s+hundred",
    re.I,
)


def _scaled_direction(
    direction: str | None,
    first: _Quantity,
    second: _Quantity,
    first_value: float,
    second_value: float,
) -> str | None:
    """A movement's direction, read from the numbers as written, after a scale written once
    was applied to one end ("to 512 mln from 530": down, though 512 mln > 530)."""
    if direction is None:
        return None
    forward = direction == _direction(first.number.value, second.number.value)
    scaled_way = _direction(first_value, second_value)
    if forward or scaled_way is None:
        return scaled_way
    return "down" if scaled_way == "up" else "up"


def _range_ends(text: str, first: _Number, second: _Number) -> tuple[float, float]:
    """Both ends of a range with a scale written once applied to both: "1 to 1.5 million",
    "$89 to $93 billion", "80-90,000" (thousands), unless that would put the first end above
    the second one ("$200 to $4 million")."""
    first_value, second_value = first.value, second.value
    if first_value * 100 <= second_value and _HUNDREDS_WRITTEN_ONCE_RE.fullmatch(
        text, first.start, second.end
    ):
        return first_value * 100, second_value  # "nine to twelve hundred": 900 to 1,200
    if second.scale and not first.scale:
        first_scaled = scaled(first_value, SCALE_WORDS[second.scale])
        if first_scaled <= second_value:
            first_value = first_scaled
    elif second.is_words and first.scale is None and 0 < first_value < 1000 <= second_value:
        # "six to seven billion", "two and three thousand": the scale word read into the
        # second number in words is written once for both
        factor = 1000.0 ** int(math.log(second_value, 1000) + 1e-9)
        if first_value * factor <= second_value and second_value / factor < 1000:
            first_value = first_value * factor
    elif first.scale and second.scale is None and not second.is_words:
        # "to 512 mln dlrs from 530": the level moved from is written without the scale of
        # the level reached, as the other side of "vs" is; taken only at a size alike
        second_scaled = scaled(second_value, SCALE_WORDS[first.scale])
        if first_value / 10 <= second_scaled <= first_value * 10:
            second_value = second_scaled
    elif first.is_plain_integer and second.scale is None and 0 < first_value < second_value / 100:
        # "60-70,000 bpd": the thousands written once, at the end.
        for factor in (1e3, 1e6):
            if second_value / 10 <= first_value * factor <= second_value:
                first_value = first_value * factor
                break
    return first_value, second_value


def _odds(text: str, first: _Quantity) -> tuple[QuantityMention, int]:
    """ "odds of 7-2": the ratio 3.5, written as a pair."""
    pair = _PAIR_OF_SMALL_RE.match(text, first.number.start)
    against, on = int(pair["a"]), int(pair["b"])
    mention = QuantityMention(
        start=pair.start(),
        end=pair.end(),
        text=pair.group(),
        value=against / on if on else None,
        dimension="ratio",
        precision=None,
    )
    return mention, pair.end()


def _tally_votes(text: str, first: _Quantity) -> tuple[QuantityMention, int]:
    """ "voted 57-41": the votes for, then (read next) the votes against."""
    pair = _PAIR_OF_SMALL_RE.match(text, first.number.start)
    qualifier, change = _context_before(text, first.start)
    mention = QuantityMention(
        start=pair.start("a"),
        end=pair.end("a"),
        text=pair["a"],
        value=first.number.value,
        unit="vote",
        dimension="count",
        qualifier=qualifier,
        change=change,
        precision=first.number.precision,
    )
    return mention, pair.start("b")


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


# Where a part of a whole may be written: its part word, or "in"/"out of" before a number.
# The full pattern is tried only around these (a regex of number words over a whole text is
# slow). The part words are found by substring search, which is faster than a regex over the
# text; a word counts where it ends a word (it may start inside one: "behalf").
_PART_WORDS = (*_PART_VALUES, "Half", "Third", "Quarter")
_SHARE_LINKS = (" in ", " out of ")
_SHARE_WHOLE_RE = compile_pattern(
    rf"(?:every\s+)?(?:(?:{_SMALL_NUMBER_WORDS_LOWER})\b|\d{{1,4}}(?!\d))"
)
# How far before its trigger a part of a whole starts ("seventeen in", "three-quarters").
_PART_REACH = 12


def _part_triggers(text: str) -> list[tuple[int, int]]:
    """Spans of part words ("third") and of "in"/"out of" before a number, by start."""
    triggers = _part_words(text)
    for link in _SHARE_LINKS:
        found = text.find(link)
        while found >= 0:
            after = found + len(link)
            if _SHARE_WHOLE_RE.match(text, after):
                triggers.append((found, after))
            found = text.find(link, after - 1)
    triggers.sort()
    return triggers


def _part_words(text: str) -> list[tuple[int, int]]:
    """Spans of part words that end a word, leftmost first and never overlapping."""
    found: list[tuple[int, int]] = []
    length = len(text)
    for word in _PART_WORDS:
        start = text.find(word)
        while start >= 0:
            end = start + len(word)
            if end == length or not (text[end].isalnum() or text[end] == "_"):
                found.append((start, end))
            start = text.find(word, start + 1)
    if len(found) < 2:
        return found
    found.sort()
    spans = [found[0]]
    for span in found[1:]:
        if span[0] >= spans[-1][1]:
            spans.append(span)
    return spans


def _part_matches(text: str) -> list[re.Match[str]]:
    matches: list[re.Match[str]] = []
    searched_to = 0
    for start, end in _part_triggers(text):
        if end <= searched_to:
            continue
        position = max(searched_to, start - _PART_REACH)
        for match in _PART_RE.finditer(text, position, end + 30):
            if match.end() < start:
                continue
            matches.append(match)
            searched_to = match.end()
            break
    return matches


def _joins_a_whole(text: str, part: re.Match[str]) -> bool:
    """Whether the part ends a whole number and its part ("three and three-quarters")."""
    if not text.endswith(("and ", "and\n", "And "), 0, part.start()):
        return False
    window = _WHOLE_AND_PART_RE.finditer(text, max(0, part.start() - 24), part.end())
    return any(whole.start() < part.start() < whole.end() for whole in window)


def _plural_fraction(match: re.Match[str]) -> bool:
    """ "two thirds", "three fifths": a plural part under a word above one is a fraction.

    Halves and quarters stay out: "two halves" and "three quarters" are also periods of play
    or of a financial year.
    """
    part = match["part"].lower()
    if not part.endswith("s") or part in ("halves", "quarters"):
        return False
    numerator = NUMBER_WORD_VALUES.get(match["count"].lower(), 0)
    return 1 < numerator < _PART_VALUES[part]


# A hedge right before "a third" standing alone: "nearly a third were late".
_HEDGE_BEFORE_PART_RE = compile_pattern(
    r"(?<![A-Za-z])(?:nearly|almost|about|around|roughly|approximately|some|over|under"
    r"|(?:more|less|fewer)[ \t]+than|just[ \t]+(?:over|under)|well[ \t]+(?:over|under)"
    r"|close[ \t]+to)[ \t]+$",
    re.I,
)
# A time preposition before the hedge: "in nearly a quarter" may be a span of time.
_TIME_BEFORE_HEDGE_RE = compile_pattern(
    r"\b(?:in|for|within|after|over|during|than)[ \t]+[A-Za-z]+(?:[ \t]+than)?[ \t]+$", re.I
)
# The verb of a fraction that is the subject of its clause: "a third said", "a fifth are".
_PART_SUBJECT_VERB_RE = compile_pattern(
    r"[ \t]+(?:are|were|is|was|have|has|had|said|say|says|will|would|could|can|may|might|do"
    r"|did|does|voted|vote|think|thought|believe|believed|want|wanted|expect|expected|agreed"
    r"|agree|support|supported|oppose|opposed|live|lived|work|worked)\b"
)
# Or a clause that ends after it, or a year it is reached by: "nearly a third by 2025".
_PART_CLAUSE_ENDS_RE = compile_pattern(r"[ \t]*[,;.:)]|[ \t]+by[ \t]+(?:\d{4}|the[ \t]+end)\b")


def _hedged_part_alone(text: str, match: re.Match[str]) -> bool:
    """ "nearly a third were late", "less than a fifth.": a hedged part with no "of" is a
    share of a whole named earlier, as the verb or the clause's end after it shows. "a quarter"
    and "a half" need the verb: "in less than a quarter." may be a span of time."""
    before = text[max(0, match.start() - 24) : match.start()]
    if match["count"].lower() not in ("a", "one") or not _HEDGE_BEFORE_PART_RE.search(before):
        return False
    if _TIME_BEFORE_HEDGE_RE.search(text, max(0, match.start() - 40), match.start()):
        return False
    if _PART_SUBJECT_VERB_RE.match(text, match.end()):
        return True
    part = match["part"].lower()
    return part not in ("quarter", "half") and bool(_PART_CLAUSE_ENDS_RE.match(text, match.end()))


# "a third more homes", "a quarter lower": a part of the whole it changes by.
_COMPARATIVE_AFTER_PART_RE = compile_pattern(
    rf"{_G}+(?:more|fewer|less|higher|lower|bigger|smaller|larger|cheaper|dearer)\b"
)


def _measure_after_part(text: str, match: re.Match[str]) -> tuple[str, int] | None:
    """ "a half mile", "a quarter mile": a part of one unit of length, mass, volume or area
    written right before the unit (a part of an hour or a year is a span of time, the date
    reader's); the unit and where the mention ends."""
    if match["count"] is None or match["count"].lower() not in ("a", "one") or match["hyphen"]:
        return None
    gap = _BASIS_UNIT_GAP_RE.match(text, match.end())
    found = _lexicon_unit(text, gap.end()) if gap else None
    if found is None or found[2] != gap.end() or found[1].lower() in AMBIGUOUS_SURFACES:
        return None
    if UNIT_DIMENSIONS.get(found[0]) not in ("length", "mass", "volume", "area"):
        return None
    return found[0], found[3]


# A part "of a point" is a part of a percentage point, as "a half point" is: "by a quarter of a
# point", "3/8ths of a point above the base rate".
_OF_A_POINT_RE = compile_pattern(rf"{_G}+of{_G}+a{_G}+(?:percentage{_G}+)?point\b(?!-\w)")


def _unit_of_a_part(text: str, end: int) -> tuple[str | None, int]:
    """A part of one unit of measure ("a quarter of a mile", "one hundredth of a second") is
    that much of the unit: the unit and where the mention ends; else no unit, `end`."""
    of_a_point = _OF_A_POINT_RE.match(text, end)
    if of_a_point is not None:
        return "percentage_point", of_a_point.end()
    of_a = _OF_A_RE.match(text, end)
    found = _lexicon_unit(text, of_a.end()) if of_a else None
    if of_a is None or found is None or found[2] != of_a.end():
        return None, end
    if UNIT_DIMENSIONS.get(found[0]) in (None, "count", "currency"):
        return None, end
    return found[0], found[3]


def _parts(text: str) -> list[QuantityMention]:
    """Parts of a whole: "half of", "two-thirds of", "a third of", "one in five"."""
    parts: list[QuantityMention] = []
    for match in _part_matches(text):
        if text.endswith(("and-", "And-"), 0, match.start()) or _joins_a_whole(text, match):
            continue  # "a three-and-a-half-year deal", "three and one-half years": a number
        if match["point_part"]:
            parts.append(_point_part(text, match))
            continue
        if match["half"]:
            value = 0.5
        elif match["share"]:
            share, whole = match["share"].lower(), match["whole"].lower()
            numerator = NUMBER_WORD_VALUES.get(share) or int(share)
            denominator = NUMBER_WORD_VALUES.get(whole) or int(whole)
            if not denominator or numerator >= denominator or _unit_after_whole(text, match):
                continue  # "2 in 10 minutes" is a count within a time, not a share
            if denominator >= 1000 and not match["whole"].isalpha():
                continue  # "5 in 1990": a count and a year
            value = numerator / denominator
        else:
            of_whole = _PART_OF_RE.match(text, match.end())
            by_part = text.endswith(("by ", "By "), 0, match.start())
            if not (
                match["hyphen"]
                or of_whole
                or by_part
                or _COMPARATIVE_AFTER_PART_RE.match(text, match.end())
                or _measure_after_part(text, match)
                or _plural_fraction(match)
                or _hedged_part_alone(text, match)
            ):
                continue  # "a third" alone may be an ordinal ("a third term")
            if _COMPOUND_AFTER_RE.match(text, match.end()):
                continue  # "by a half-step", "a third-party bid": the first part of a compound
            count = match["count"].lower()
            numerator = 1 if count in ("a", "one") else NUMBER_WORD_VALUES[count]
            value = numerator / _PART_VALUES[match["part"].lower()]
        qualifier, change = _context_before(text, match.start())
        unit, end = _unit_of_a_part(text, match.end())
        measure = _measure_after_part(text, match)
        if measure is not None:
            unit, end = measure
        parts.append(
            QuantityMention(
                start=match.start(),
                end=end,
                text=text[match.start() : end],
                value=value,
                unit=unit,
                dimension=UNIT_DIMENSIONS.get(unit, "fraction") if unit else "fraction",
                qualifier=qualifier,
                change=change,
                precision=None,
            )
        )
    if "-for-" in text:
        parts.extend(_split_ratios(text))
    return parts


# A fraction in digits written with an ordinal's ending, as its words are read: "5/8ths" (five
# eighths), "1/500th of a share".
_ORDINAL_DIGIT_PART_RE = compile_pattern(
    r"(?<![\w/.,])(?P<num>\d{1,3})/(?P<den>\d{1,4})(?:th|nd|rd)s?(?![A-Za-z0-9])"
)
# What every such part holds, found from its slash (the part's own pattern opens with a
# look-behind, tried at every character).
_ORDINAL_DIGIT_PART_HINT = compile_pattern(r"/\d{1,4}(?:th|nd|rd)")


def _ordinal_digit_parts(text: str) -> list[QuantityMention]:
    """ "a choice of 5/8ths", "1/500th of a share": a part of a whole, as "five-eighths" is."""
    parts: list[QuantityMention] = []
    hint = _ORDINAL_DIGIT_PART_HINT.search(text)
    if hint is None:
        return parts
    for match in _ORDINAL_DIGIT_PART_RE.finditer(text, max(0, hint.start() - 3)):
        numerator, denominator = int(match["num"]), int(match["den"])
        if not 0 < numerator < denominator:
            continue
        unit, end = _unit_of_a_part(text, match.end())
        parts.append(
            QuantityMention(
                start=match.start(),
                end=end,
                text=text[match.start() : end],
                value=numerator / denominator,
                unit=unit,
                dimension=UNIT_DIMENSIONS.get(unit, "fraction") if unit else "fraction",
                qualifier=_context_before(text, match.start())[0],
                precision=None,
            )
        )
    return parts


# A stock split's ratio: "a three-for-two split" (1.5), "a 2-for-1 stock split", "split its
# shares two-for-one"; the word "split" next to it, before or after.
_SPLIT_RATIO_RE = compile_pattern(
    rf"(?<![\w-])(?P<new>\d{{1,2}}|{_SMALL_NUMBER_WORDS})-for-(?P<old>\d{{1,2}}|{_SMALL_NUMBER_WORDS})"
    rf"(?![\w-])"
)
_SPLIT_AFTER_RE = compile_pattern(
    r"(?:[ \t\n]+(?:reverse|stock|share|common|shares|stocks))*[ \t\n]+split", re.I
)
_COUNT_OF_SPLITS_BEFORE_RE = compile_pattern(
    rf"(?:(?<![\d,.])\d{{1,2}}|\b(?:{_SMALL_NUMBER_WORDS}))[ \t\n]+$"
)
_SPLIT_BEFORE_RE = compile_pattern(r"\bsplit(?:s|ting)?\b[^.;:]{0,40}$", re.I)


def _split_ratios(text: str) -> list[QuantityMention]:
    """ "a three-for-two stock split": new shares for old, the ratio 1.5."""
    ratios: list[QuantityMention] = []
    for match in _SPLIT_RATIO_RE.finditer(text):
        start = match.start()
        if _COUNT_OF_SPLITS_BEFORE_RE.search(text, max(0, start - 12), start):
            continue  # "two three-for-two stock splits": a count of splits, read as one
        if not (
            _SPLIT_AFTER_RE.match(text, match.end())
            or _SPLIT_BEFORE_RE.search(text, max(0, start - 50), start)
        ):
            continue  # "a two-for-one offer", "buy-one-get-one": no split named
        new, old = (
            NUMBER_WORD_VALUES.get(word.lower()) or int(word)
            for word in (match["new"], match["old"])
        )
        if not old:
            continue
        ratios.append(
            QuantityMention(
                start=start,
                end=match.end(),
                text=match.group(),
                value=new / old,
                dimension="ratio",
                qualifier=_context_before(text, start)[0],  # "of at least one-for-10"
                precision=None,
            )
        )
    return ratios


def _point_part(text: str, match: re.Match[str]) -> QuantityMention:
    """ "a half point cut", "a quarter-point rise": part of a percentage point."""
    part = match["point_part"].lower()
    value = 0.75 if part.startswith("three") else 0.5 if part == "half" else 0.25
    qualifier, change = _context_before(text, match.start())
    return QuantityMention(
        start=match.start(),
        end=match.end(),
        text=match.group(),
        value=value,
        unit="percentage_point",
        dimension="percent",
        qualifier=qualifier,
        change=change or _change_after(text, match.start(), match.end()),
        precision=0.25,
    )


def _unit_after_whole(text: str, match: re.Match[str]) -> bool:
    found = _lexicon_unit(text, match.end())
    return found is not None and found[2] > match.end()


# ---- a unit written once for a table ------------------------------------------------------
#
# Wire tables state a unit or scale once: on a line of its own above the columns ("cts/lb"),
# at the end of the title ("... (000 tonnes)", "... in mln dlrs") or in a bracketed row
# heading ("Yield (bu)"). The bare cells under it are figures in that unit until the table
# ends: a blank line, a new title (a line of words with no figure) or a line of prose.

# The unit closing a title: in brackets, or after "in" (no bracket after it). A section
# heading of a government supply table ends on dashes: "Supply (mln bu) --".
_TITLE_UNIT_RE = compile_pattern(
    r"(?:\((?:in[ \t]+)?(?P<bracketed>[^()\n]{1,30})\)|[ \t]in[ \t]+(?P<after_in>[^()\n]{1,30}))"
    r"[ \t:-]*$"
)
# A row heading with its unit in brackets, then the row's cells: "Yield (bu)  50.8  51.0".
_ROW_UNIT_RE = compile_pattern(
    r"^[ \t]*[A-Za-z][A-Za-z .'-]{0,30}\((?P<unit>[^()\n]{1,20})\)[ \t]+\d"
)
# "000 tonnes", "000s": thousands, written as the zeros the cells leave out.
_THOUSANDS_RE = compile_pattern(r"^000'?s?\b")
# Prose: four lower-case words in a row, which no table row's heading runs to.
_PROSE_LINE_RE = compile_pattern(r"(?:\b[a-z]+[,;]?[ \t]+){3}[a-z]+\b")
_LETTER_RE = compile_pattern(r"[A-Za-z]")
# A row of a price table counting what was traded, not priced: "spot vol 3,841", "Open
# interest 1,200", "Turnovers - ... 8.5".
_TRADED_ROW_RE = compile_pattern(
    r"\b(?:vol|volume|open[ \t]+int(?:erest)?|contracts|lots|sales|turnovers?)\b", re.I
)
_TABLE_UNIT_LIMIT = 64
# A cell written as digits alone: "6.62", "1,250" (one with a scale word states its own).
_BARE_CELL_RE = compile_pattern(r"[-+]?\d[\d,]*(?:\.\d+)?")
_TABLE_DIMENSIONS = frozenset({"currency", "price", "percent", "mass", "volume", "area", "length"})
# A labelled section heading, its unit in brackets and dashes after: "Supply (mln bu) --". It
# is never a unit wrapped from a figure closing the line above.
_SECTION_HEADING_RE = compile_pattern(
    r"^[ \t]*[A-Za-z][A-Za-z .'-]{0,30}\([^()\n]{1,30}\)[ \t:]*-+[ \t]*$"
)
# A row of a rate, not an amount: "Yield 34.4" (bushels an acre), "AvgPrice 2.23" (dollars a
# bushel) under a heading whose unit is the section's amounts ("Acreage (mln acres) --").
_RATE_ROW_RE = compile_pattern(r"^[ \t]*(?:avg\.?[ \t]*|average[ \t]+)?(?:yield|yld|price)\b", re.I)
# A grade or contract number ("World no. 11"): a name, in no unit.
_GRADE_NUMBER_BEFORE_RE = compile_pattern(r"\b[Nn]o\.?[ \t]*$")


@lru_cache(maxsize=4096)
def _table_unit(surface: str) -> QuantityMention | None:
    """The reading of "1 <surface>" when the whole of it is one amount with a unit or scale
    ("cts/lb": 0.01 USD / pound; "mln dlrs": 1e6 USD; "000 tonnes": 1000 tonnes)."""
    surface = " ".join(surface.split())
    if not surface or (surface[0].isdigit() and not _THOUSANDS_RE.match(surface)):
        return None
    probe = "1 " + _THOUSANDS_RE.sub("thousand", surface)
    read = find_quantities(probe)
    if len(read) != 1 or read[0].start != 0 or read[0].end != len(probe):
        return None
    unit = read[0]
    if unit.value is None or unit.qualifier != "exact" or unit.change is not None:
        return None
    if unit.unit is None:
        return unit if unit.value != 1 else None  # a scale alone: "(mln)"
    if unit.dimension == "currency" and unit.value == 1:
        return None  # "STERLING" over rates quoted in that market: a name, no unit or scale
    # Measures and money only: "Year" over a results table is its period, not its unit.
    return unit if unit.dimension in _TABLE_DIMENSIONS else None


def _line_unit(line: str) -> QuantityMention | None:
    """The unit a table's title or header line states for the cells below it: the whole line
    ("cts/lb") or the unit closing it ("(000 tonnes)", "in mln dlrs")."""
    stripped = line.strip()
    if len(stripped) <= _TABLE_UNIT_LIMIT and not any(char.isdigit() for char in stripped):
        whole = _table_unit(stripped)
        if whole is not None:
            return whole
    closing = _TITLE_UNIT_RE.search(line) if ")" in line or " in " in line else None
    return _table_unit(closing["bracketed"] or closing["after_in"]) if closing else None


def _in_table_unit(mention: QuantityMention, unit: QuantityMention) -> QuantityMention:
    """A bare cell restated in the table's unit and scale."""
    return restated_in(mention, unit.value or 1.0, unit.unit, unit.dimension)


def _unit_below(
    line: str, stated: QuantityMention | None, table_unit: QuantityMention | None
) -> QuantityMention | None:
    """The table's unit for the lines below a line of it that is not blank or prose."""
    if stated is not None:
        return stated  # the table's own unit, for the lines below it
    if not any(character.isdigit() for character in line) and _LETTER_RE.search(line):
        return None  # a new title
    if _SECTION_HEADING_RE.match(line):
        return None  # a new section in a unit not read: "(mln 480-lb bales) --"
    return table_unit


def _with_table_units(text: str, mentions: list[QuantityMention]) -> list[QuantityMention]:
    """Bare cells of a table that states its unit once, restated in that unit."""
    bare = [
        index
        for index, mention in enumerate(mentions)
        if mention.unit is None
        and mention.dimension is None
        and mention.value is not None
        and _BARE_CELL_RE.fullmatch(mention.text)
    ]
    if not bare:
        return mentions
    completed = list(mentions)
    table_unit: QuantityMention | None = None
    bare_starts = [mentions[index].start for index in bare]
    figure_ends = {mention.end for mention in mentions}
    previous_end = -1  # where the text of the line above ends
    line_start = 0
    next_bare = 0
    for line in text.split("\n"):
        if next_bare >= len(bare):
            break  # no bare cell below: a unit stated further down has nothing to reach
        line_end = line_start + len(line)
        next_bare = bisect_left(bare_starts, line_start, next_bare)
        cells = []
        while next_bare < len(bare) and mentions[bare[next_bare]].start < line_end:
            cells.append(bare[next_bare])
            next_bare += 1
        if not line.strip() or _PROSE_LINE_RE.search(line):
            table_unit = None  # a blank line or prose ends the table
        else:
            stated = _line_unit(line)
            if (
                stated is not None
                and previous_end in figure_ends
                and not _SECTION_HEADING_RE.match(line)
            ):
                stated = (
                    None  # the unit of the figure closing the line above, wrapped: "30.1\n Mln"
                )
            table_unit = _unit_below(line, stated, table_unit)
            row = _ROW_UNIT_RE.match(line)
            row_unit = _table_unit(row["unit"]) if row is not None else None
            unit = row_unit or (table_unit if stated is None else None)
            traded = unit is not None and unit.dimension == "price" and _TRADED_ROW_RE.search(line)
            rate_row = row_unit is None and _RATE_ROW_RE.match(line)
            if unit is not None and not (row_unit is None and traded) and not rate_row:
                for index in cells:
                    cell = mentions[index]
                    if not _GRADE_NUMBER_BEFORE_RE.search(text, line_start, cell.start):
                        completed[index] = _in_table_unit(cell, unit)
        previous_end = line_start + len(line.rstrip())
        line_start = line_end + 1
    return completed
