"""CC105 share-over-whole: a share of a group stated as more than 100 percent of it."""

from __future__ import annotations

import re
from collections.abc import Iterator

from claimcheck.checks.helpers import make_finding, sentence_bounds
from claimcheck.checks.registry import ArticleContext, register
from claimcheck.extract.patterns import compile_pattern
from claimcheck.records import Claim, Finding

# Nouns without a plural "-s" that name a group of people or things counted as a whole.
_COLLECTIVE_WORDS = """
    people men women children staff workforce electorate population public police personnel
    crew membership clergy cattle livestock vote land territory area country market fleet
    those them all everyone
"""
_COLLECTIVES = frozenset(_COLLECTIVE_WORDS.split())
# Amounts and levels, which a figure may exceed ("120 percent of last year's sales", "of
# capacity", "of GDP"): a share of these is a comparison, not a part of a whole.
_MEASURE_WORDS = """
    level levels capacity gdp gnp output production target targets value values price prices
    cost costs budget budgets average averages normal sales earnings revenue revenues profit
    profits income incomes wage wages salary salaries pay asset assets deposit deposits
    liabilities reserves expectations estimate estimates forecast forecasts projection
    projections requirement requirements needs imports exports figure figures number numbers
    quota quotas limit limits norm norms amount amounts volume volumes rate rates debt debts
    loans funding spending demand supply supplies consumption turnover growth premium
    premiums par plan plans goal goals benchmark benchmarks minimum maximum threshold
    thresholds size weight height length speed peak record total totals original
    contributions payments fees benefits returns dividends savings receipts pensions bonuses
    taxes charges bills losses gains proceeds funds
"""
_MEASURES = frozenset(_MEASURE_WORDS.split())
_OF = compile_pattern(r"\s+of\s+", re.I)
_WORD = compile_pattern(r"[\w'’-]+")
# A noun phrase ends at punctuation or at a word that starts what follows it.
_PHRASE_END = compile_pattern(r"[,;:()\"“”.!?]")
_STOP_WORD_LIST = """
    in at on for who whom whose that which and or but with from to by as than were was are is
    have has had will would could can may might said say says voted backed cast
"""
_STOP_WORDS = frozenset(_STOP_WORD_LIST.split())
_MAX_NOUN_WORDS = 5
# Words read past a group's noun for the head of a compound ("the public offer price"),
# and the heads that make the figure a ratio to a price, which may pass 100 percent.
_PRICES = frozenset(("price", "prices", "value", "values", "cost", "costs", "par"))
_HEAD_WORDS = 2
# "a 120 percent stake", "a 105% share", "105 percent majority".
_SHARE_NOUN = compile_pattern(r"\s+(?:stake|share|ownership|holding|majority)\b", re.I)
# Comparisons and growth can exceed 100: "150 percent more", "up 120 percent".
_COMPARISON_AFTER = compile_pattern(
    r"\s+(?:more|less|fewer|higher|lower|above|below|over|increase|rise|jump|growth|gain|"
    r"up|down|as\s+many|of\s+(?:the\s+|its\s+|their\s+)?(?:previous|prior|last|pre|normal|"
    r"capacity|target|expected|budgeted|planned|original|initial|usual|average))\b",
    re.I,
)
_CHANGE_BEFORE = compile_pattern(
    r"\b(?:rose|rise[sn]?|rising|grew|grow[sn]?|growing|jump(?:ed|s)?|soar(?:ed|s)?|surge[ds]?|"
    r"climb(?:ed|s)?|increase[ds]?|gain(?:ed|s)?|(?<!make\s)(?<!makes\s)(?<!made\s)"
    r"(?<!making\s)up|fell|fall(?:en|s)?|drop(?:ped|s)?|decline[ds]?|by|times|over|"
    r"exceed(?:ed|s)?|than|of\s+nearly|markup|return)\W*(?:\w+\W+){0,2}$",
    re.I,
)
_MAKE_UP = compile_pattern(r"\b(?:make|makes|made|making)\s+up\s+$", re.I)
_WINDOW = 80
# Plural nouns without a final "-s": "fishermen", "townspeople", "schoolchildren".
_PLURAL_ENDINGS = ("men", "people", "children", "folk")


@register("CC105")
def check_shares_over_whole(context: ArticleContext) -> Iterator[Finding]:
    """Flags a share of a counted group stated above 100 percent.

    Examples: "104 percent of the county's households", "nearly 120 percent of the town's
    fishermen", "women make up 112 per cent of the nursing staff", "a 115 percent stake".
    The whole is any group: a plural noun ("fishermen", "respondents", "seats") or a
    collective one ("staff", "the electorate", "the vote"), with its modifiers and owner
    ("the island's registered voters").
    Not flagged: changes and comparisons ("rose 150 percent", "150 percent more"), and
    shares of amounts and levels, which a figure may exceed ("120 percent of GDP", "of
    capacity", "of last year's sales", "of the average"), and ratios to a price or a value
    ("145 percent of the public offer price").
    Level: an error (no part is more than its whole).
    """
    body = context.article.body
    for claim in context.claims:
        if claim.unit != "percent":
            continue
        sentence_start = sentence_bounds(context, claim.start)[0]
        before = body[max(sentence_start, claim.start - 40) : claim.start]
        if not _is_share_over_hundred(claim, before):
            continue
        after = body[claim.end : claim.end + _WINDOW]
        if _COMPARISON_AFTER.match(after) or _CHANGE_BEFORE.search(before):
            continue
        group = _group_after(after) or _share_noun(after)
        if group is None:
            continue
        start, end = claim.end + group[0], claim.end + group[1]
        phrase = body[claim.start : end]
        message = f"'{phrase}': a share of a whole cannot be more than 100 percent"
        evidence = {
            "value": claim.value,
            "group": {"text": body[start:end], "start": start, "end": end},
        }
        yield make_finding(context, "CC105", message, claim.start, claim.end, evidence)


def _is_share_over_hundred(claim: Claim, before: str) -> bool:
    if claim.unit != "percent" or claim.value is None:
        return False
    # "women make up 112 per cent of the staff": "up" here is no rise.
    if claim.change is not None and not (claim.change == "up" and _MAKE_UP.search(before)):
        return False
    lowest = claim.low if claim.low is not None else claim.value
    if claim.high is not None and claim.low is not None:
        lowest = min(claim.low, claim.high)
    return lowest > 100 and claim.qualifier not in ("at_most", "less_than")


def _group_after(after: str) -> tuple[int, int] | None:
    """(start, end) in `after` of "of <the group>" when the noun names a group, not an
    amount: the first plural or collective noun past its modifiers and owner."""
    of = _OF.match(after)
    if of is None:
        return None
    for count, word in enumerate(_WORD.finditer(after, of.end())):
        if count >= _MAX_NOUN_WORDS or _PHRASE_END.search(after, of.end(), word.start()):
            return None
        text = word.group().lower().rstrip(".")
        if text in _MEASURES or text in _STOP_WORDS:
            return None
        if text in _COLLECTIVES or _is_plural(text):
            if _measure_head_after(after, word.end()):
                return None  # "145 pct of the public offer price": a modifier of a price
            return of.start() + len(of.group()) - len(of.group().lstrip()), word.end()
    return None


def _measure_head_after(after: str, position: int) -> bool:
    """Whether the noun phrase goes on past `position` to a price or a value as its head
    ("the public offer price")."""
    for count, word in enumerate(_WORD.finditer(after, position)):
        if count >= _HEAD_WORDS or _PHRASE_END.search(after, position, word.start()):
            return False
        text = word.group().lower().rstrip(".")
        if text in _STOP_WORDS or not word.group().islower():
            return False
        if text in _PRICES:
            return True
    return False


def _is_plural(word: str) -> bool:
    if len(word) < 4 or not word.isalpha():
        return False
    if word.endswith(_PLURAL_ENDINGS):
        return True
    if not word.endswith("s"):
        return False
    return not word.endswith(("ss", "us", "is", "ics", "ous"))


def _share_noun(after: str) -> tuple[int, int] | None:
    match = _SHARE_NOUN.match(after)
    if match is None:
        return None
    return match.start() + len(match.group()) - len(match.group().lstrip()), match.end()
