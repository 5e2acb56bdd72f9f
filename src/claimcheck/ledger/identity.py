"""What a figure is about: the claim identity the ledger matches figures of different articles on.

A figure's identity is *what* it measures (a measure of `claimcheck.measures`), *of what* (the
subject: an incident, a country, a company, a deal, an object, an election, with its role),
*when* (the period the figure is about, or the incident's date) and *part of* (a subgroup of a
larger figure: one village's toll of a raid on several). Kept beside the identity, not part of
it: the *basis* (revised, final, preliminary, an estimate; a stated basis of measurement), the
*modality* (a forecast is never compared with a fact) and the *attribution* (who says it: a
source, never a subject). docs/ledger.md explains the model with worked examples.

Everything is read off the claims the extractor found and the words around them, with rules
over the sentence (no parser): a few regular expressions per figure, the names of the sentence,
and what the article said before (its incident, the object it named, the longer name of a
measure it shortened, who spoke last).
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from claimcheck.alternations import by_first_letter
from claimcheck.extract.patterns import compile_pattern
from claimcheck.extract.quantities import lemmatize_noun
from claimcheck.ledger.events import Event, EventReader
from claimcheck.ledger.figures import FigureUnit, claim_interval, figure_unit
from claimcheck.ledger.names import (
    article_names,
    country_of_dateline,
    is_place,
    is_specific,
    sentence_names,
)
from claimcheck.ledger.periods import (
    calendar_part_by_end,
    closed_key,
    fiscal_key,
    fiscal_shift,
    running_total,
    stated_end,
)
from claimcheck.ledger.sources import SourceReader, generic_reference
from claimcheck.ledger.subjects import OBJECT_NOUNS, ArticleNames, SubjectFinder
from claimcheck.ledger.tables import price_list_figures, table_figures
from claimcheck.measures import (
    COMPANY,
    DEAL,
    ECONOMY,
    ELECTION,
    EVENT,
    NUMBER,
    PLACE,
    Measure,
    budget_loss,
    form_words,
    measure_named,
    word_set,
)
from claimcheck.records import Article, Claim

__all__ = ["Figure", "Identity", "identify"]

FIGURE_KINDS = ("money", "percent", "quantity")
# (measure, what, unit, span of the word that names the measure)
Measured = tuple[Measure, str, FigureUnit, tuple[int, int] | None]
LEVEL, PREVIOUS = "level", "previous"
# Read as a figure of the period before the one its clause states; stored as "previous".
EARLIER_PERIOD = "earlier-period"
FACT, FORECAST = "fact", "forecast"
# Terms its own party said were not made: "denied it had raised its bid to N".
DENIED = "denied"


@dataclass(frozen=True, slots=True)
class Identity:
    """What a figure is about. `keys()` are the index keys figures of other articles are
    looked up by; two figures with one key are compared (events also by date)."""

    what: str
    of_what: str
    # "event", "place", "organisation", "deal", "object", "party"
    subject_role: str
    when: str | None
    part_of: str | None
    # The unit figures are compared in: "USD", "meter", "person", "percent", "count:home".
    unit: str
    modality: str
    basis: str | None
    source: str | None
    behaviour: str
    # The subject is named (a place, a company, a bridge): a disagreement may be reported.
    specific: bool
    event: Event | None = None

    def index_keys(self) -> tuple[str, ...]:
        base = f"{self.what}|{self.unit}|{self.modality}|{self.part_of or '-'}"
        if self.event is not None:
            keys = [
                f"{base}|event:{self.event.kind}:{anchor}" for anchor in sorted(self.event.anchors)
            ]
            if self.part_of:
                # One village's toll of a raid on several is the toll of the raid on that
                # village, as an article that reports only that village gives it.
                whole = f"{self.what}|{self.unit}|{self.modality}|-"
                keys.append(f"{whole}|event:{self.event.kind}:{self.part_of}")
            return tuple(keys)
        return (f"{base}|{self.of_what}|{self.when or '-'}",)

    def readable(self) -> dict[str, object]:
        """The identity as `ledger show` prints it."""
        out: dict[str, object] = {
            "what": self.what,
            "of_what": self.of_what,
            "when": self.when,
            "basis": self.basis,
            "source": self.source,
        }
        if self.part_of:
            out["part_of"] = self.part_of
        if self.modality != FACT:
            out["modality"] = self.modality
        return out


@dataclass(frozen=True, slots=True)
class Figure:
    """A figure claim with its identity and the values it stands for, in the identity's unit."""

    claim: Claim
    identity: Identity
    # "level": the figure the sentence states; "previous": a value it mentions as replaced
    # or compared against ("revised from 2.1 billion"), which acknowledges an earlier figure.
    role: str
    value: float | None
    low: float
    high: float
    precision: float
    # Last day of the stated period: a figure given before its period ended was provisional.
    period_last: date | None = None


def _compared_unit(measure: Measure, unit: FigureUnit) -> str:
    """The unit a figure is compared in. A release measure that a bare number can state
    counts one thing of its own ("payrolls rose 150,000" and "payroll jobs rose by 120,000
    jobs" are one count): its counted people or things are compared as its bare numbers."""
    if NUMBER in measure.figures and unit.kind in ("people", "things") and unit.factor == 1.0:
        return "bare"
    return unit.unit


# -- the words around a figure ---------------------------------------------------------------

_TOKEN = compile_pattern(r"[a-z]+")
# Every byte but a lower-case letter as a space: ASCII text's `_TOKEN` words by `split`.
_NOT_LETTERS = bytes(byte if 97 <= byte <= 122 else 32 for byte in range(256))


def _words(lowered: str) -> list[str]:
    """The `_TOKEN` words of lower-case text (ASCII text read without the pattern)."""
    if lowered.isascii():
        return lowered.encode("ascii").translate(_NOT_LETTERS).decode("ascii").split()
    return _TOKEN.findall(lowered)


# Every upper-case byte as its lower case, every other byte but a letter as a space.
_LOWER_LETTERS = bytes(
    byte + 32 if 65 <= byte <= 90 else byte if 97 <= byte <= 122 else 32 for byte in range(256)
)


def _words_of(text: str) -> list[str]:
    """`_words(text.lower())` with the lower case made by the same byte table in ASCII text."""
    if text.isascii():
        return text.encode("ascii").translate(_LOWER_LETTERS).decode("ascii").split()
    return _TOKEN.findall(text.lower())


# "coffee earnings rose to 220 mln in March while oil derivatives were down to 54 mln": a
# "while" or "whereas" opens a clause of its own, with or without a comma.
_CLAUSE_BREAK = compile_pattern(
    r"[;:]|\s--\s|\s-\s|,\s+(?:and|but|while|whereas|although)\s|\s(?:while|whilst|whereas)\s"
)
_NUMBER_TOKEN = compile_pattern(r"(?<![\w.])\d[\d,.]*")
_VERSUS = compile_pattern(r"\bvs\b\.?", re.IGNORECASE)
# A sentence with more figures than this is a table or a list, not one statement.
_MAX_FIGURES_PER_SENTENCE = 6
_MAX_NUMBERS_PER_SENTENCE = 10

# Before a figure: it is the other side of a comparison ("up from 5 billion", "against 3 mln").
_PREVIOUS_BEFORE = compile_pattern(
    r"(?:\b(?:from|against|versus|vs|compared\s+with|compared\s+to|"
    r"(?<!more\s)(?<!less\s)(?<!fewer\s)(?<!greater\s)(?<!higher\s)(?<!lower\s)than|instead\s+of|"
    r"rather\s+than|replacing|after)|\()\W*(?:a|an|the|its|their|last\s+year['’]s|"
    r"the\s+previous\s+year['’]s)?\s*"
    r"(?:previously\s+reported|previously\s+announced|previous|prior|initial|original|"
    r"earlier|year-ago|revised|an?\s+estimated|estimated)?\s*"
    r"(?:figure\s+of|level\s+of|total\s+of|estimate\s+of|forecast\s+of)?\s*$",
    re.IGNORECASE,
)
# The words skipped before the earlier-value phrase never set the figure against it: "7.5
# mln, against the previous 7.8" is the new value, the previous one follows.
_PREVIOUS_AFTER = compile_pattern(
    r"^\W{0,3}(?:(?!from\b|against\b|versus\b|vs\b|compared\b)\w+\s+){0,2}"
    r"(?:a\s+year\s+(?:ago|earlier|before)|in\s+the\s+year[- ]ago|"
    r"the\s+year\s+before|the\s+previous\b|the\s+prior\b|previously|"
    r"in\s+the\s+same\s+(?:period|month|quarter)|year[- ]ago|it\s+(?:had\s+)?reported)",
    re.IGNORECASE,
)
# After a figure compared with: it is of another period ("from 530 million a year earlier").
_OTHER_PERIOD_AFTER = compile_pattern(
    r"^\W{0,3}(?:(?!from\b|against\b|versus\b|vs\b|compared\b)\w+\s+){0,3}?"
    r"(?:a\s+year\s+(?:ago|earlier|before)|in\s+the\s+year[- ]ago|"
    r"the\s+year\s+before|(?:in\s+)?the\s+(?:previous|prior|preceding|same)\s+"
    r"(?:year|month|quarter|week|period)|(?:the\s+)?(?:year|month|quarter|week)\s+(?:earlier|before)|"
    r"(?:a|one)\s+week\s+(?:ago|earlier)|"
    r"year[- ]ago|(?:at\s+)?(?:the\s+same\s+time|this\s+time)\s+(?:last\s+year|a\s+year\s+ago))",
    re.IGNORECASE,
)
# Every period `_OTHER_PERIOD_AFTER` reads names one of these (see `_may_contain`).
_OTHER_PERIOD_STEMS = ("year", "month", "quarter", "week", "period")
# The figure is an amount of change ("cut the deficit by 40 billion").
_CHANGE_BEFORE = compile_pattern(
    r"\b(?:by|cut\w*|reduc\w*|trim\w*|slash\w*|sav\w*|add\w*|lift\w*|boost\w*|shave\w*|"
    r"narrow\w*|widen\w*)\s+(?:(?:about|some|roughly|nearly|almost|around|another|a\s+further|"
    r"an?\s+extra|a|an|the|its|their)\s+)*$",
    re.IGNORECASE,
)
# After a figure: it is measured against something else ("40,000 bpd over its quota").
_RELATIVE_AFTER = compile_pattern(
    r"^[\s(]{0,3}(?:above|below|over|under|short\s+of|in\s+excess\s+of|more\s+than|less\s+than)\b",
    re.IGNORECASE,
)
_SCALE_FIRST = compile_pattern(r"(?:thousand|million|mln|billion|bln|trillion)\b", re.IGNORECASE)
# Words that bound a figure: "exceeded 550 mln" is at least 550 mln.
_AT_LEAST_BEFORE = compile_pattern(
    r"\b(?:exceed\w*|more\s+than|over|above|topp\w*|at\s+least|upwards\s+of)\s+$", re.I
)
_AT_LEAST_STEMS = ("exceed", "more", "over", "above", "topp", "least", "upwards")
# "revised the cost up to 455 million": "up to" says which way, not a bound.
_RAISED_UP_TO = compile_pattern(
    r"\b(?:revis\w*|rais\w*|increas\w*|lift\w*|push\w*|pushed|put|moved)\b[^,;]*\bup\s+to\s+$",
    re.IGNORECASE,
)
_AT_MOST_BEFORE = compile_pattern(r"\b(?:below|under|less\s+than|at\s+most)\s+$", re.I)
# A figure that is a part of a larger one written right after it: "32 of the 543 aboard".
_OF_WHOLE_AFTER = compile_pattern(
    r"^\s+of\s+(?:the|its|their|all|these|those|his|her|our|your)\s+", re.IGNORECASE
)
# A number of one unit's own people ("200 of its men were killed or wounded", "40 of their
# crew"): a part of a toll whose whole the sentence does not give.
_OF_UNIT_AFTER = compile_pattern(
    r"^\s+of\s+(?:its|their)\s+(?:own\s+)?(?:personnel|men|troops|soldiers|members|crew|"
    r"fighters|forces|staff)\b",
    re.IGNORECASE,
)
# ... and the larger one: "of the 543 passengers".
_WHOLE_BEFORE = compile_pattern(r"\bof\s+(?:the|its|their|all)\s+$", re.IGNORECASE)

# A modal or forecasting word before the figure in its clause, governing it: followed by the
# figure, the measure's word, or a verb of reaching a level ("could kill up to 4,000", "would
# probably fall to around 101 billion", "expects 28,000 vehicles", "its forecast of a net
# profit of about 2 billion"); not "would later announce plans to deal with its debt".
_MODAL_WORD = compile_pattern(
    r"\b(?:could|may|might|would|will|shall|should|can|expects?|expected|expecting|"
    r"expectations?|forecasts?|forecast(?:ing)?|projects?|projected|predicts?|predicted|anticipates?|"
    r"anticipated|likely|seen|sees|plans?|planned|planning|aims?|aimed|targets?|targeted|"
    r"hopes?|hoped|intends?|intended|outlook|warned|warns|foresees?|foresaw|envisages?|"
    # A figure asked for or promised is not one that happened: "nurses demand 12 pct more",
    # "it has pledged to ship a further 90,000 tonnes", "our prediction for 2026".
    r"predictions?|projections?|seek|seeks|seeking|sought|wants?|wanted|wanting|demands?|"
    r"demanded|demanding|commitments?|committed|pledged?|pledges|promised?|promises|"
    r"set\s+to|poised\s+to|foreshadow\w*)\b",
    re.IGNORECASE,
)
# A stem of each of `_MODAL_WORD`'s words: text with none of them (`_may_contain`) has none.
_MODAL_STEMS = (
    "could", "may", "might", "would", "will", "shall", "should", "can", "expect", "forecast",
    "project", "predict", "anticipat", "likely", "seen", "sees", "plan", "aim", "target",
    "hope", "intend", "outlook", "warn", "forese", "foresaw", "envisag", "seek", "sought",
    "want", "demand", "commit", "pledge", "promise", "set", "poised", "foreshadow",
)  # fmt: skip
_MODAL_GOVERNED = compile_pattern(
    r"\W+(?:(?:be|have|probably|possibly|only|still|now|soon|even|easily|also|well|it|by|"
    r"that|its|their|a|an|the|of|to|about|around|up|some|nearly|almost|roughly|at|least|"
    r"most|than|more|less|over|under|between|further|total|reach|reaching|rise|rising|fall|"
    r"falling|total|totalling|amount|amounting|top|exceed|hit|climb|drop|grow|increase|rises|"
    r"increases|"
    r"decline|shrink|kill|leave|cost|produce|end|stand|remain|come|narrow|widen|average|"
    r"record|show|post|report|make|earn|lose|pay|sell|export|import|ship|supply|deliver|"
    r"another|expand|contract|be\s+worth|take|buy|acquire|hold|own|raise|lift|boost|build|"
    r"obtain|win|stake)\b\W*){0,8}$",
    re.IGNORECASE,
)
# Words of asking or promising govern a figure only when it follows them closely: "Velmora
# wants Ostera to shrink the deficit, which reached 3.3 billion" states a deficit that was.
_WISHES = word_set(
    """
    seek seeks seeking sought want wants wanted wanting demand demands demanded demanding
    commitment commitments committed pledge pledged pledges promise promised promises
    """
)
# Words of intending: what is hoped, planned or aimed for has not happened.
_INTENTIONS = word_set(
    "hope hopes hoped plan plans planned planning intend intends intended aim aims aimed"
)
# "the 0.7 pct gain the markets had expected": a figure expected is a forecast. A figure
# compared with what was expected is not ("sales of 3 billion were larger than expected",
# "a profit of 45 mln was in line with what analysts forecast"), unless the comparison is
# the figure's own, a margin ("45 mln more than expected", "five mln below forecast").
_EXPECTED_AFTER = compile_pattern(
    r"\s+(?P<gap>(?:[\w-]+\s+){0,5}?)(?:had\s+|have\s+|were\s+|was\s+|is\s+|are\s+|been\s+)*"
    r"(?:expected|forecast|predicted|anticipated|projected)\b(?!\s+(?:by|in|on|to)\b)",
    re.IGNORECASE,
)
_COMPARED_IN_GAP = compile_pattern(
    r"\b(?:than|above|below|beyond|with|exceed\w*|surpass\w*|topp\w*|short\s+of)\b", re.I
)
_MARGIN_FIRST = compile_pattern(
    r"(?:(?:much|far|well|slightly|somewhat|even|still)\s+)?(?:more|less|fewer|[a-z]+er|above|"
    r"below|over|under|short)\s",
    re.IGNORECASE,
)
# The words of expecting that can be the yardstick a stated figure is compared with.
_EXPECTATION_WORDS = word_set(
    """
    expected expectation expectations forecast forecasts predicted prediction predictions
    anticipated projected projection projections
    """
)
# "higher than expected at 45 mln", "rose more than analysts had predicted to 45 mln", "was
# in line with forecasts at 233 mln", "came in above market expectations at": the figure is
# compared with an expectation, and is the outcome; "above forecasts of 40 mln" gives the
# forecast itself (`_EXPECTATION_OF`).
_COMPARED_WITH_EXPECTATION = compile_pattern(
    r"\b(?:than|above|below|beyond|exceed\w*|beat\w*|topp\w*|surpass\w*|miss\w*|"
    r"short\s+of|ahead\s+of|in\s+line\s+with|matched|matching|met|meet\w*)[- ]\s*"
    r"(?P<between>(?:[a-z'’]+[\s-]+){0,4})$",
    re.IGNORECASE,
)
_EXPECTATION_OF = compile_pattern(r"\s+of\b", re.IGNORECASE)
_EXPECTED_STEMS = ("expected", "forecast", "predicted", "anticipated", "projected")
# "may have been between 15.3 and 15.5": uncertain about the past, an estimate.
_MODAL_PERFECT = compile_pattern(r"\b(?:may|might|could|must)\s+have\b", re.IGNORECASE)
# The stated bases of a clause, in one pass: a revision, a final or preliminary figure, a
# seasonal adjustment, an annual rate.
_BASES = compile_pattern(
    r"\b(?:(?P<revised>revis\w*|restat\w*|correct(?:ed|s)|(?<!\ba\s)(?<!\bthe\s)correction|recount\w*|amend\w*|upgraded|"
    r"downgraded)|(?P<final>(?:final|definitive)(?!\s+(?:draft|version|report|decision|"
    r"approval|agreement|measures?|quarter|dividend|round|stage|phase|session|day|week|month|"
    r"payment|instal+ment|terms|ruling|hearing|settlement|offer|bid|vote|say|word))|finally|"
    r"official\s+results)|"
    r"(?P<preliminary>preliminary|provisional|advance|flash|initial|early\s+(?:results|"
    r"returns|count))|(?P<seasonal>seasonally\s+adjusted)|(?P<annual>annual\s+rate|"
    r"annualised|annualized)|(?P<measured>(?:balance[\s-]+of[\s-]+payments|census|customs|"
    r"c\.?i\.?f\.?|f\.?o\.?b\.?)\s+basis|customs[\s-]+cleared|in\s+real\s+terms|"
    r"(?:at\s+)?constant\s+prices|in\s+nominal\s+terms|"
    # a series smoothed of random swings, or not: "smoothed figures", "unsmoothed figures"
    r"(?:un|non[\s-]*|not\s+)?smoothed(?!\s+(?:out|over|away)\b)))\b",
    re.IGNORECASE,
)
# Stems one of which each basis `_BASES` reads is written with: most clauses have none.
_BASIS_STEMS = (
    "revis", "restat", "correct", "recount", "amend", "upgrad", "downgrad", "final",
    "definitive", "official", "prelim", "provision", "advance", "flash", "initial", "early",
    "seasonal", "annual", "basis", "customs", "real", "constant", "nominal", "smooth",
)  # fmt: skip
_ESTIMATE = compile_pattern(
    r"\b(?:estimat\w*|feared|believed|thought\s+to|presumed|suspected|probably|roughly)\b",
    re.IGNORECASE,
)
_ESTIMATE_STEMS = (
    "estimat", "feared", "believed", "thought", "presumed", "suspected", "probably", "roughly"
)  # fmt: skip
# A figure someone puts at a value states their estimate: "was put at", "is seen at",
# "forecast at" (written right before the figure, maybe with "a record", "about").
_PUT_AT_BEFORE = compile_pattern(
    r"\b(?:put|seen|forecast|estimated)\s+at\s+(?:a\s+record\s+|about\s+|around\s+|some\s+|"
    r"an?\s+)?$",
    re.IGNORECASE,
)


def _estimated(spot: _Spot, near: str) -> bool:
    """Whether `near`, a part of the figure's sentence, says the figure is an estimate."""
    if spot.may_state(_ESTIMATE_STEMS) and _ESTIMATE.search(near) is not None:
        return True
    return _PUT_AT_BEFORE.search(spot.before[-30:]) is not None


# An estimate changed to the figure ("has been lowered to between", "was cut to"), or set
# against the estimate it replaces ("versus 7.8 mln tonnes estimated a week ago", "down from
# last week's estimate of", "against the previous 7.5").
_ESTIMATE_CHANGED_BEFORE = compile_pattern(
    r"\b(?:lowered|reduced|cut|trimmed|raised|lifted|revised|adjusted)\s+(?:down\w*\s+|"
    r"up\w*\s+)?to\s+(?:between\s+|about\s+|around\s+|a\s+record\s+)?$",
    re.IGNORECASE,
)
_LAST_ESTIMATE_AFTER = compile_pattern(
    r"(?:[^.;]|\.\d){0,30}?\b(?:versus|vs\.?|against|down\s+from|up\s+from|"
    r"compared\s+(?:to|with))\s+(?:[^.;]|\.\d){0,50}?\b(?:estimat\w*|forecast\w*|a\s+week\s+ago|last\s+week\W?s?|"
    r"the\s+previous\s+week|the\s+week\s+before|previously|the\s+previous)\b",
    re.IGNORECASE,
)


def _crop_estimate_basis(
    measure: Measure, spot: _Spot, modality: str, basis: str | None
) -> str | None:
    """ "was reduced to 3.0 mln tonnes", "7.5 mln, against 7.8 mln estimated a week ago": a
    crop's estimate stated as replacing the one before is a revised figure."""
    if measure.name != "output" or spot.unit.kind not in _CROP_KINDS:
        return basis
    sentence = spot.sentence
    left = max(spot.clause[0], spot.offset - 60)
    if _ESTIMATE_CHANGED_BEFORE.search(sentence, left, spot.offset):
        # "the production forecast was reduced to": changed to the figure, whatever else the
        # clause says of it (the season's figure is read as an estimate only later)
        return "revised"
    if basis != "estimate" and modality != FORECAST:
        return basis
    return "revised" if _LAST_ESTIMATE_AFTER.match(sentence, spot.end) else basis


# A results table's note on what its net is stated before or after: "NOTE: 1986 net is
# before preferred dividends", "Company said net is before extraordinary items and taxes".
_TABLE_NET_BEFORE = compile_pattern(
    r"\bnet\s+(?:both\s+periods\s+|for\s+both\s+periods\s+)?(?:is|was|are|were)\s+"
    r"(?:stated\s+|shown\s+)?(?P<side>before|after)\s+(?P<what>[a-z][a-z,\s-]{2,60}?)\s*(?=[.;(]|\band\s+"
    r"(?:declined|excludes?|includes?)\b|$)",
    re.IGNORECASE,
)
_NET_MEASURES = frozenset({"net-profit", "net-profit-per-share", "net-profit-per-share:diluted"})


def _table_net_basis(body: str) -> str | None:
    """The basis a results table's note states for its net ("before extraordinary items and
    taxes", "after depreciation"), as "before ..." or "after ...": a stated basis of
    measurement, so the same net given without it is an update on another basis, not a
    contradiction."""
    if "before" not in body and "after" not in body:
        return None
    found = _TABLE_NET_BEFORE.search(body)
    if found is None:
        return None
    what = " ".join(found.group("what").lower().replace(",", " ").split())
    return f"{found.group('side').lower()} {what}"


def _measured_basis(clause: str) -> str | None:
    """The stated basis of measurement of a clause, as the finding names it ("balance of
    payments basis", "customs cleared", "in real terms")."""
    for match in _BASES.finditer(clause):
        if match.group("measured"):
            name = " ".join(match.group("measured").lower().replace("-", " ").split())
            if name.endswith("smoothed"):
                return "smoothed" if name == "smoothed" else "unsmoothed"
            return name
    return None


# The month a figure was given in, when it is not the month of publication: "an agency said
# in May that the crop would be N", "N, in its June forecast", "in its February estimate, it
# put the crop at N". A figure quoted from an older statement is a value given before, since
# replaced, not the speaker's latest (an update of later figures it never was).
_MONTH_NUMBERS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sept", "sep"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}  # fmt: skip
_MONTH_ALTERNATIVES = "|".join(sorted(_MONTH_NUMBERS, key=len, reverse=True))
_STATEMENT_NOUN = r"(?:forecast|estimate|outlook|projection|assessment)s?\b"
_STATEMENT_STEMS = (
    "said", "forecast", "estimat", "predict", "project", "report", "announc", "told", "outlook",
    "assessment", "survey",
)  # fmt: skip
_STATED_IN_MONTH_BEFORE = compile_pattern(
    r"\b(?:said|forecast|estimated|predicted|projected|reported|announced|told\s+\w+)\s+"
    rf"(?:earlier\s+|last\s+)?in\s+(?:early\s+|late\s+|mid-?)?(?P<month>{_MONTH_ALTERNATIVES})\s+"
    r"that\b"
    r"(?:[^.;]|\.\d){0,130}$"
    r"|\b(?:in|from)\s+(?:its|their|his|her|the)\s+"
    rf"(?P<noun_month>{_MONTH_ALTERNATIVES})(?:\s+\d{{1,2}})?\s+"
    + _STATEMENT_NOUN
    + r"(?:[^.;]|\.\d){0,100}$",
    re.IGNORECASE,
)
_STATED_IN_MONTH_AFTER = compile_pattern(
    r"(?:[^.;]|\.\d){0,40}?\b(?:in|from)\s+(?:its|their|his|her|the)\s+"
    rf"(?P<month>{_MONTH_ALTERNATIVES})(?:\s+\d{{1,2}})?\s+" + _STATEMENT_NOUN,
    re.IGNORECASE,
)


# Terms a party first made or proposed: "had originally made an offer of N", "initially
# offered to buy it for N", "up from an originally proposed N", "the N it originally proposed".
_ORIGINAL_TERMS = r"(?:originally|initially)\s+(?:made|offered|bid|proposed|priced|set|sought)\b"
_ORIGINAL_TERMS_BEFORE = compile_pattern(_ORIGINAL_TERMS + r"[^,;:()]{0,70}$", re.IGNORECASE)
_ORIGINAL_TERMS_AFTER = compile_pattern(
    r"\W{0,3}(?:[\w.]+\s+){0,3}?(?:(?:it|he|she|they|we|was|were|had\s+been)\s+)?"
    + _ORIGINAL_TERMS,
    re.IGNORECASE,
)


def _role_as_stated(role: str, spot: _Spot, published: date | None) -> str:
    """ "an official paper said in January that output would be N", "had originally offered
    N": a value given before."""
    if role != LEVEL:
        return role
    given_before = _stated_in_earlier_month(spot, published) or _original_terms(spot)
    return PREVIOUS if given_before else role


def _original_terms(spot: _Spot) -> bool:
    """Whether the figure is terms a party first made or proposed (so replaced since)."""
    if not spot.may_state(("originally", "initially")):
        return False
    before = _ORIGINAL_TERMS_BEFORE.search(spot.sentence, max(0, spot.offset - 120), spot.offset)
    return before is not None or _ORIGINAL_TERMS_AFTER.match(spot.after) is not None


def _stated_in_earlier_month(spot: _Spot, published: date | None) -> bool:
    """Whether the figure's sentence gives it as stated in a month other than the month of
    publication (so before it: the verbs and nouns are of statements made)."""
    if published is None or not spot.may_state(_STATEMENT_STEMS):
        return False
    found = _STATED_IN_MONTH_AFTER.match(spot.sentence, spot.end) or _STATED_IN_MONTH_BEFORE.search(
        spot.sentence, max(0, spot.offset - 220), spot.offset
    )
    if found is None:
        return False
    month = found.group("month") or found.groupdict().get("noun_month")
    return _MONTH_NUMBERS[month.lower()] != published.month


# Terms of a deal that changed: a raised offer, a new bid, a cut price replace the old ones.
_TERMS_CHANGED = compile_pattern(
    r"\b(?:rais(?:e|es|ed|ing)|sweeten\w*|increas(?:e|es|ed|ing)|boost\w*|improv\w*|"
    r"lower(?:s|ed|ing)?|cut|cuts|reduc\w*|new|higher|revised|amended|counter\w*|top(?:s|ped)?)\b",
    re.IGNORECASE,
)
_TERMS_CHANGED_REACH = 70
# Headline words of a wire correction: the whole article restates a figure.
_TITLE_CORRECTION = compile_pattern(r"\b(?:CORRECTED|CORRECTION|CORRECTS)\b", re.IGNORECASE)
# A headline that says its story revises a figure: the lead's figures are the revised ones.
_TITLE_REVISION = compile_pattern(r"\b(?:revis\w*|restat\w*|raises|lowers|cuts)\b", re.IGNORECASE)
_TITLE_REVISION_STEMS = ("revis", "restat", "raises", "lowers", "cuts")

# Dates that are not the figure's period: another period compared with, the day it was said.
_COMPARISON_PERIOD = compile_pattern(
    r"year[- ]ago|a\s+year\s+(?:ago|earlier|before)|previous|prior|"
    r"same\s+(?:\d{4}\s+)?(?:period|month|quarter|year)",
    re.IGNORECASE,
)
_SAID_ON_BEFORE = compile_pattern(
    r"\b(?:said|says|announced|reported|told|added|published|released|disclosed|stated)\s+"
    r"(?:(?:\w+\s+){0,2}(?:on|in|late\s+on|early\s+on|last)\s+)?$",
    re.IGNORECASE,
)
# A date a change is measured from: "1.98 pct down on January 1986", "compared with 1985".
_BASE_BEFORE = compile_pattern(
    r"\b(?:over|against|versus|vs|from|than|compared\s+(?:with|to)|since)\s+(?:the\s+)?"
    r"(?:same\s+)?$",
    re.IGNORECASE,
)
_BASE_STEMS = ("over", "against", "versus", "vs", "from", "than", "compared", "since")
_ON_BEFORE = compile_pattern(r"\bon\s+$", re.IGNORECASE)
# A part of a period: "in the second week of March", "the first few days of March".
_PART_OF_PERIOD = compile_pattern(
    r"\b(?:first|second|third|fourth|last|final|early|late|opening|closing)\s+"
    r"(?:few\s+|two\s+|three\s+|four\s+|five\s+|six\s+|seven\s+|eight\s+|nine\s+|ten\s+|"
    r"eleven\s+|\d{1,2}\s+)?(?:days?|weeks?|fortnight|half|part|months?)\s+of\s+(?:the\s+)?$"
    # "late March car sales", "mid-February": a part of the month.
    r"|\b(?:early|mid|late)[\s-]+$",
    re.IGNORECASE,
)
_PART_OF_MONTH = compile_pattern(r"(?:early|mid|late)\b", re.IGNORECASE)
# A running total of a period: "so far this year", "in the year to date".
_TO_DATE = compile_pattern(
    r"\b(?:so\s+far|to\s+date|year[- ]to[- ]date|since\s+the\s+(?:start|beginning)|"
    r"cumulative|through\s+the\s+week|in\s+the\s+first\s+\w+\s+weeks)\b",
    re.IGNORECASE,
)
_TO_DATE_STEMS = ("far", "date", "since", "cumulative", "through", "weeks")
_DAY_ANCHOR = compile_pattern(
    r"\b(?:as\s+of|ended|ending|through|at\s+end\s+of|by\s+end\s+of|at\s+the\s+end\s+of)\s+$",
    re.IGNORECASE,
)
_YEAR = compile_pattern(r"\b(?:1[89]|20)\d\d\b")
_TODAY = compile_pattern(r"\b(?:today|tonight|this\s+morning|this\s+afternoon)\b", re.IGNORECASE)
_PERIOD_AFTER_GAP = 25
# A period right after a figure and "and", with no preposition, opens the next clause.
_NEXT_SUBJECT_BETWEEN = compile_pattern(
    r"^\W*(?:and|but|while|whereas)\s+(?:the\s+)?$", re.IGNORECASE
)
_DAY_GRANULARITY = "day"

# Measure words before the figure must be this close; after it, closer still.
_MEASURE_BEFORE_REACH = 70
_CROP_MEASURE_REACH = 100
_MEASURE_AFTER_REACH = 32
# A relative clause after a crop's tonnes that says whose figure it is and of what: "5.1 mln
# tonnes at which traders now place 2023/24 output" (see `_nearest_measure`).
_CROP_RELATIVE_MEASURE = compile_pattern(
    r"\s+at\s+which\s+(?:[a-z'-]+\s+){1,4}(?:put|puts|estimated|estimate|estimates|forecast|"
    r"forecasts|placed|place|places)\s+(?:(?:19|20)\d\d/\d\d\s+)?(?:the\s+)?"
    r"(production|output|crop|harvest|yield)\b"
)
# A month joined to another: "the surplus for January and February together", "in the
# January-March period" are of several months, no one month's.
_MONTH_NAMES = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
# "the October/December quarter": a quarter, read as one further on.
_JOINED_QUARTER = compile_pattern(
    rf"(?:\s*(?:and|to|through|-|/)\s*{_MONTH_NAMES})?\s+quarter\b", re.IGNORECASE
)
_MONTH_ONLY = compile_pattern(r"\d{4}-\d\d(?:-\d\d)?$")


def _months_joined(sentence: str, read: str, start: int, end: int) -> bool:
    """Whether the month read as a figure's period is joined to another month ("for January
    and February together", "in the January-March period"): several months, not the one
    read. A span read as a quarter further on ("the October/December quarter") keeps it."""
    if not _MONTH_ONLY.match(read) or _JOINED_QUARTER.match(sentence, end):
        return False
    if _OPENS_CLAUSE.match(sentence, end):
        return False  # "and February was up 33,000": February's own clause
    return bool(
        _MONTH_JOINED_AFTER.match(sentence, end)
        or _MONTH_JOINED_BEFORE.search(sentence, max(0, start - 25), max(0, start))
    )


# "... by 31,000 in January and February was up 33,000": a month that a verb follows opens a
# clause of its own, joined to no month before it.
_CLAUSE_VERB = r"\s+(?:was|were|is|are|had|has|rose|fell|grew|saw|showed|also)\b"
_OPENS_CLAUSE = compile_pattern(_CLAUSE_VERB)
_MONTH_JOINED_AFTER = compile_pattern(
    rf"\s*(?:and|to|through|-|/)\s*{_MONTH_NAMES}\b(?!{_CLAUSE_VERB})"
)
_MONTH_JOINED_BEFORE = compile_pattern(rf"\b{_MONTH_NAMES}\s*(?:and|to|through|-|/)\s*$")
# A period written between a prenominal figure and its measure: "a 4.5 billion dlr February
# current account surplus", "the 1.2 billion dlr fourth-quarter deficit".
_PERIOD_RIGHT_AFTER = compile_pattern(
    r"\s+(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|(?:first|second|third|fourth)[\s-]quarter|(?:19|20)\d\d)\b"
)
# A number between a figure and a measure word after it: the word is the other number's.
_SAME_FIGURE_AGAIN = compile_pattern(r"[^,;]{0,20},\s+or\s")
_ANOTHER_FIGURE = compile_pattern(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
    r"forty|fifty|hundred|thousand)\b",
    re.IGNORECASE,
)
# A measure word followed by its own figure ("on revenues of 1.2 mln"): not the figure's
# before it.
_OWN_FIGURE_AFTER = compile_pattern(
    r"\s+(?:of|totall?ing|were|was)\s+(?:(?:about|some|nearly|almost|around|roughly)\s+)?"
    r"(?>(?:[$£¥]\s*)?\d[\d,.]*(?:\s+(?:mln|million|billion|bln|thousand))?)"
    # "the sale of 57 pct", "a buy of 2.1 mln shares": what a deal is of, not a value
    r"(?!\s*(?:pct|percent|per\s+cent|%|shares|acres|hectares)\b)",
    re.IGNORECASE,
)
# Between a figure and a measure named after it: "a 15 billion dlr (trade) deficit", "3 mln
# dlrs in sales", "22 people were killed".
_MEASURE_AFTER_GAP = compile_pattern(
    r"^[\s,-]*(?:\([^)]{0,12}\)\s*)?(?:(?:in|of|were|was|are|is|had|have|has|been|being|be|remain|remained|"
    r"still|reported|confirmed|feared|now|later|also|people|persons)\s+|[a-z]+[\s-]+){0,4}$",
    re.IGNORECASE,
)
# A figure that a limit or a goal is "of" is that limit's, not the measure's: "did not exceed
# its official quota of 15.8 mln bpd", "an output ceiling of 15.8 mln", "a target of 3 pct".
_LIMIT_BEFORE = compile_pattern(
    r"\b(?:quotas?|ceilings?|targets?|goals?|limits?|caps?|allocations?)\s+(?:of|at)\s+"
    r"(?:(?:about|around|some|roughly|nearly|almost|up\s+to|just|only)\s+)?$",
    re.IGNORECASE,
)
# A word `_LIMIT_BEFORE` needs, looked for first (see `_Spot.may_say`).
_LIMIT_STEMS = ("quota", "ceiling", "target", "goal", "limit", "cap", "allocation")
# A measure word followed by one of these names another quantity ("output ceiling").
_DERIVED_HEAD = compile_pattern(
    r"[\s-]+(?:shortfall|ceiling|quota|quotas|target|targets|goal|limit|cap|tax|taxes|ratio|"
    r"forecast|forecasts|rate|per\s+share|capacity|reserve|reserves|provision|provisions|"
    r"carryforward|carryforwards|carry-forward|writedown|writedowns|write-down|rescheduling|"
    r"restructuring|repayments?|servicing|talks|negotiations)\b",
    re.IGNORECASE,
)
_RATIO_TO_ECONOMY = compile_pattern(
    r"\s+of\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:gdp|gnp|gross\s+(?:domestic|national)\s+product|"
    r"national\s+income|output|exports|revenues?|sales)\b",
    re.IGNORECASE,
)
# A bracketed note on a figure's own revision, right after it: "(revised from 3.6)", "(rev)".
_REVISION_ASIDE_TEXT = (
    r"\s*\((?:[Rr]evised|[Rr]ev\b\.?|[Pp]reviously|[Oo]riginally|[Cc]orrected|[Aa]djusted)"
    r"[^()]{0,40}\)"
)
_REVISION_ASIDE = compile_pattern(_REVISION_ASIDE_TEXT)
_CASH_PER_SHARE = compile_pattern(r"\s+(?:in\s+)?cash\s+(?:per|a)\s+share\b", re.IGNORECASE)
_POINTS_TO_LEVEL = compile_pattern(r"\s+to\s+(?:a\s+|an\s+)?\d")
_RATIO_BEFORE = compile_pattern(
    r"\b(?:ratio|proportion)\s+of\s+[^.;:]{0,50}?\bto\s+[^.;:]{0,25}$", re.I
)
_GROWTH_RATE_OF = compile_pattern(r"\s+rate\s+of\s+", re.IGNORECASE)
# ... or its change ("an orders drop in January of 5.3 pct").
_CHANGE_HEAD = compile_pattern(
    r"[\s-]+(?:growth|increase|increases|rise|rises|fall|falls|drop|drops|decline|declines|"
    r"gain|gains|jump|decrease|slump|plunge)\b",
    re.IGNORECASE,
)
# A hyphenated figure standing before its noun: "the 2.4-kilometre bridge", "8.16-billion-dlr".
_PRENOMINAL = compile_pattern(r"-[A-Za-z]+$")
# The noun a prenominal figure stands before, past any name or adjective: "the 95-metre Orla
# dam", "a 26 mile pipeline".
_NOUN_AFTER = compile_pattern(r"[\s-]+(?:(?:[A-Za-z]+-)?[A-Za-z]+\s+){0,3}?([a-z]{3,})\b")
_NOUN_PHRASE_AFTER = compile_pattern(r"^[\s-]+((?:[a-z][a-z-]*\s+){0,3}[a-z][a-z-]*)")
# Objects measured by their height rather than their length, when no word says which.
_TALL_OBJECTS = word_set(
    """
    dam tower building skyscraper wall mountain statue spire mast chimney tree wave peak
    volcano cliff pylon
    """
)
_ASPECT_AFTER = compile_pattern(r"^\W{0,2}(long|high|tall|wide|deep)\b", re.IGNORECASE)
_ASPECTS = {"long": "length", "high": "height", "tall": "height", "wide": "width", "deep": "depth"}

# Measures whose name takes a qualifier: "construction spending", "orders for durable goods".
_QUALIFIED = frozenset(
    {
        "orders",
        "spending",
        "output",
        "exports",
        "imports",
        "stocks",
        "consumption",
        "discount-rate",
        "growth",
        "shipments",
    }
)
_QUALIFIER_STOP = word_set(
    """
    the a an its their his her our total overall annual monthly quarterly weekly record net
    gross first second third fourth final interim current new higher lower largest big
    bigger biggest year month week quarter estimated expected projected forecast official
    preliminary revised provisional combined cumulative average and or of in to for with
    from by on at than as that which this these those was were is are be been has have had
    rose fell said says reported posted showed show shows fiscal full half nine six three
    mths months before after pct per cent percent dlr dlrs mln billion rise fall increase
    decrease drop gain would will could may might should also still only about some all any
    such other more less same previous prior latest last next factory seasonally adjusted
    limited its country nation where when which while whose so such there here but not no
    real economic overall
    """
)
# What grows when growth is not the economy's: "import growth", "money supply growth".
_GROWING = word_set(
    """
    import export sale money supply credit loan wage earning productivity employment job
    population demand output production profit revenue volume traffic capacity consumption
    spending investment lending deposit price income reserve asset borrowing saving inventory
    order shipment construction
    """
)
# A measure's word standing before a noun that makes it another figure: "the GNP price
# deflator", "the GDP implicit deflator" are price indexes, "GNP per capita" an income. (An
# "index" after the word is the measure's own: "the industrial production index".)
_MEASURE_AS_MODIFIER = compile_pattern(
    r"\s+(?:(?:implicit|fixed-weight|fixed\s+weight|chain|chain-weight)\s+)?(?:price\s+)?"
    r"deflators?\b|\s+per\s+(?:capita|head)\b",
    re.IGNORECASE,
)
_WHOLE_ECONOMY = frozenset({"domestic product", "national product", "product"})
_OPENING_WORD = compile_pattern(r"\s*[A-Z][a-z]{2,}\s+")
_CALENDAR_WORD = compile_pattern(
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|spring|"
    r"summer|autumn|fall|winter|today|yesterday|tomorrow|weekly|daily)"
)
_QUALIFIER_WORD_BEFORE = compile_pattern(r"(?<![\w'’.-])([a-z][a-z-]{2,}|and)\s+$")
_QUALIFIER_AFTER = compile_pattern(
    r"\s+(?:of|for)\s+(?:the\s+)?(?:\d{4}(?:/\d{2,4})?\s+)?"
    # a hyphenated word is one word: "orders for non-electrical machinery"
    r"([a-z]{3,}(?:-[a-z]{2,})*(?:\s+(?![a-z]+(?:ed|ing)\b|(?:is|was|were|are|has|have|had)\b)"
    r"[a-z]{3,}(?:-[a-z]{2,})*)?)\b"
)
# Products of an output, folded: "crude oil output" and "16 mln bpd of oil".
_PRODUCTS = {
    "crude": "oil",
    "crude-oil": "oil",
    "oil": "oil",
    "petroleum": "oil",
    # one crop, several names: "grain sorghum", "sunflowerseed", "soyabeans", "corn"
    "grain-sorghum": "sorghum",
    "sunflowerseed": "sunflower",
    "sunflower-seed": "sunflower",
    "soya": "soybean",
    "soyabean": "soybean",
    "corn": "maize",
}

# Measures whose figures are only comparable with the product they count: "imported 120,000
# tonnes of soybeans" is not the country's rubber imports. A quantity of one of these without
# a product named gets no identity.
_PRODUCT_MEASURES = frozenset(
    {"imports", "exports", "shipments", "output", "consumption", "stocks"}
)
_QUANTITY_KINDS = frozenset({"mass", "volume", "flow", "things"})
# "120,000 tonnes of Brazilian soybeans", "of copper and alloy": the product after the unit.
_PRODUCT_AFTER = compile_pattern(
    r"\s+of\s+(?:the\s+|its\s+|their\s+)?(?:(?:[A-Z][\w.'’-]*|\d{4}(?:/\d{2,4})?)\s+){0,3}"
    r"((?:[a-z][a-z-]+\s+)?[a-z][a-z-]+)"
)
_AMBIGUOUS_HEADS = frozenset({"deficit", "surplus", "home-sales"})
# Measures that are only ever the short form of a longer one the article named.
_SHORT_ONLY = frozenset({"home-sales"})
# Measures that belong to another one's release, by the word that names them anywhere and the
# measure a story must have named for their other forms: "the average price" is the homes'
# only in a story of home sales, and it is then the price of the homes that story counts
# (new or existing ones).
_RELEASE_PARTS = {
    "average-home-price": ("home", "home-sales"),
    "median-home-price": ("home", "home-sales"),
}
_ACCOUNT_BEFORE = compile_pattern(
    r"\b((?:[a-z]+\s+and\s+)?[a-z]+)\s+account(?:['’]s)?\s+(?:[a-z]+\s+){0,4}$"
)
# Words before a measure word that say nothing about which measure it is.
_NOT_NARROWING = word_set(
    """
    record huge large big small massive whole entire nation country own usual latest
    persistent chronic soaring sharp slight modest unexpected unexpectedly hefty heavy
    sizeable sizable substantial considerable big-ticket swollen vast modest strong weak
    reduced slimmer smaller bigger larger narrower wider deeper higher lower widening
    narrowing growing rising falling shrinking swelling ballooning mounting burgeoning
    yawning ever-growing ever-widening reported reportedly projected planned targeted
    combined consolidated overall unaudited audited adjusted unadjusted nominal latest
    put puts set sets see sees saw gave give gives make makes made take takes took hit hits
    cut cuts kept keep keeps left leave leaves got get gets show shows showed estimate
    estimates expect expects forecast forecasts predict predicts lift lifts raise raises
    lower lowers pushed push pushes bring brings brought blamed blame total totals mean
    means whose what how why said says told tell put also
    """
)
# Words of a period before a measure ("first-quarter loss", "full-year profit") narrow its
# *when*, not its *what*.
_PERIOD_WORD = compile_pattern(r"quarter|year|month|half|week|annual|mth|fiscal|calendar")
# Ending in -ing or -ed, these narrow a measure all the same: "operating loss".
_NARROWING_PARTICIPLES = word_set(
    "operating trading banking lending manufacturing farming mining shipping refining "
    "processing outstanding"
)

# Figures whose unit says nothing the measure does not: count words never qualify.
_PEOPLE_MEASURES = (
    "dead-or-missing",
    "killed",
    "injured",
    "casualties",
    "missing",
    "trapped",
    "rescued",
    "displaced",
    "detained",
    "aboard",
    "strikers",
    "employees",
)
# Staff taken on or let go: "cut about 70 employees", "by terminating 75 full-time ...".
_STAFF_CHANGED_BEFORE = compile_pattern(
    r"\b(?:cut\w*|lay(?:ing|s)?\s+off|laid\s+off|terminat\w+|eliminat\w+|dismiss\w*|"
    r"fir(?:e|es|ed|ing)|hir(?:e|es|ed|ing)|add(?:s|ed|ing)?|shed\w*|recruit\w*|"
    r"(?:reduc\w+|trim\w*)\s+(?:its\s+|the\s+|their\s+)?(?:workforce|staff|payroll)\s+by)\s+"
    r"(?:(?:about|some|nearly|almost|around|another|a\s+further|an?\s+(?:additional|extra)|"
    r"up\s+to|more\s+than|over)\s+)*$",
    re.IGNORECASE,
)
# "240 residents had been moved to a sports hall": being moved out is being displaced.
_MOVED = compile_pattern(
    r"\b(?:been|were|was|are)\s+(?:moved|relocated|taken)\s+(?:to|out)\b", re.I
)
# A count of people that is a whole the sentence takes a part of: its noun says what it is.
_INHERENT_PEOPLE = {
    "passenger": "aboard",
    "crew": "aboard",
    "employee": "employees",
    "staff": "employees",
    "inhabitant": "population",
    "resident": "population",
}
_ABOARD_WORDS = compile_pattern(r"\b(?:aboard|on\s+board|carrying|carried)\b", re.IGNORECASE)
# "the number of people killed rose to 19": the noun of a bare figure written before it.
_NUMBER_OF_BEFORE = compile_pattern(
    r"\b(?:number|total|count|toll|tally)\s+of\s+((?:[a-z]+\s+){0,3}?[a-z]+)\b", re.IGNORECASE
)
_BARE_LINK = compile_pattern(
    r"\b(?:rose|risen|climbed|increased|reached|stood|stands|was|were|is|are|put|at|to|of|"
    r"totalled|totaled|hit|jumped|fell|dropped|declined)\W*(?:at|to)?\W*$",
    re.IGNORECASE,
)


# -- the model ---------------------------------------------------------------------------------


def identify(
    article: Article,
    claims: Iterable[Claim],
    sentences: Sequence[tuple[int, int]] | None = None,
) -> list[Figure]:
    """The figures of an article that get an identity, in the order of the text. A movement
    ("rose to 479 mln dlrs from 157 mln", one claim) is read as its two figures; the one it
    ends at keeps the claim, the one it started from is the other side of a comparison."""
    claims = list(claims)
    read: list[Claim] = []
    moved_from: dict[int, Claim] = {}
    ended_at: dict[int, Claim] = {}
    for claim in claims:
        parts = _movement_parts(claim)
        if parts is None:
            read.append(claim)
            continue
        end, start = parts
        moved_from[id(start)] = claim
        ended_at[id(end)] = claim
        read.extend(sorted(parts, key=lambda part: part.start))
    figures = _ArticleReader(article, read, sentences).figures()
    if not ended_at:
        return figures
    # A new copy only of a figure whose claim changes: `replace` costs more than the lookup.
    kept = []
    for figure in figures:
        key = id(figure.claim)
        if key in moved_from:
            continue
        claim = ended_at.get(key)
        kept.append(figure if claim is None else replace(figure, claim=claim))
    return kept


# A quarter or half named by its number ("third quarter", "1ST HALF"), or by the year of the
# one discussed ("the 1986 quarter"): the part the company's offset renumbers. "The
# year-earlier quarter" and "the December quarter" are named by their days.
_NUMBERED_PART = compile_pattern(
    r"\b(?:first|second|third|fourth|1st|2nd|3rd|4th)\b|^(?!.*\b(?:jan|feb|mar|apr|may|jun|jul|"
    r"aug|sep|oct|nov|dec)[a-z]*\b).*\b(?:19|20)\d\d\b",
    re.IGNORECASE | re.DOTALL,
)
# Every quarter or year end `periods.fiscal_shift` reads is written in a text that holds one of
# these: its offset keys quarters and halves, so a text with neither word needs none.
_QUARTER_STEMS = ("quarter", "qtr", "half")


# Between the two figures of a movement: "479 mln dlrs from 157 mln", "26 to 32 people".
_MOVEMENT_JOIN = compile_pattern(r"\s+(from|to)\s+", re.IGNORECASE)


def _movement_parts(claim: Claim) -> tuple[Claim, Claim] | None:
    """(the figure a movement ends at, the one it started from), each a claim of its own."""
    if claim.direction is None or claim.low is None or claim.high is None:
        return None
    join = _MOVEMENT_JOIN.search(claim.text)
    if join is None:
        return None
    end_value, start_value = (
        (claim.high, claim.low) if claim.direction == "up" else (claim.low, claim.high)
    )
    # "479 mln dlrs from 157 mln" ends first; "from 26 to 32 people" ends second.
    ends_first = join.group(1).lower() == "from"
    cleared = {"low": None, "high": None, "direction": None, "normalized_value": None}
    first = replace(
        claim,
        text=claim.text[: join.start()],
        end=claim.start + join.start(),
        value=end_value if ends_first else start_value,
        **cleared,
    )
    second = replace(
        claim,
        text=claim.text[join.end() :],
        start=claim.start + join.end(),
        value=start_value if ends_first else end_value,
        **cleared,
    )
    return (first, second) if ends_first else (second, first)


@dataclass(slots=True)
class _Spot:
    """One figure claim where it stands in its sentence."""

    claim: Claim
    unit: FigureUnit
    sentence: str
    offset: int
    end: int
    clause: tuple[int, int]
    before: str
    after: str
    change: bool | None = None
    # Where the sentence's other figures start: a date after one of them is that one's.
    others: tuple[int, ...] = ()
    # Where the word naming the figure's measure stands, once it is known.
    measure_span: tuple[int, int] | None = None
    # `before` in lower case and its words, read once: see `says` and `has_word`.
    lowered_before: str | None = None
    lowered_sentence: str | None = None
    words_before: frozenset[str] | None = None

    def lowered(self) -> str:
        """The sentence in lower case, read once (see `_lowered`)."""
        if self.lowered_sentence is None:
            self.lowered_sentence = _lowered(self.sentence)
        return self.lowered_sentence

    def says(self, stems: tuple[str, ...]) -> bool:
        """Whether one of these stems is written before the figure. A pattern anchored at the
        figure is tried at every position of the words before it: it is tried only when a
        word it needs is there."""
        if self.lowered_before is None:
            self.lowered_before = self.before.lower()
        lowered = self.lowered_before
        for stem in stems:  # noqa: SIM110 - no generator made per figure and pattern
            if stem in lowered:
                return True
        return False

    def may_say(self, stems: tuple[str, ...]) -> bool:
        """Whether a case-blind pattern needing one of these stems before the figure may match
        there (`says`); words beyond ASCII, where case folding matches more than lower case
        does ("ſ" for "s"), are left to the pattern."""
        return self.says(stems) or not self.before.isascii()

    def may_state(self, stems: tuple[str, ...], start: int = 0, end: int | None = None) -> bool:
        """`may_say` over the sentence, or the part of it from `start` to `end`."""
        lowered = self.lowered()
        stop = len(lowered) if end is None else end
        for stem in stems:
            if lowered.find(stem, start, stop) >= 0:
                return True
        return not self.sentence.isascii()

    def has_word(self, words: frozenset[str]) -> bool:
        """Whether one of these words is written before the figure (see `says`)."""
        if self.words_before is None:
            if self.lowered_before is None:
                self.lowered_before = self.before.lower()
            self.words_before = frozenset(_words(self.lowered_before))
        return not self.words_before.isdisjoint(words)


@dataclass(slots=True)
class _SentenceView:
    text: str
    start: int
    claims: list[Claim]
    names: list[tuple[str, int, int]] = field(default_factory=list)
    event: Event | None = None
    source: str | None = None
    source_span: tuple[int, int] | None = None
    named: bool = False
    # The sentence's words, while who speaks in it is still to be read (see `_speaker`).
    unread_tokens: set[str] | None = None


class _ArticleReader:
    """Reads one article's figures in text order, remembering what the article said before."""

    def __init__(
        self, article: Article, claims: list[Claim], sentences: Sequence[tuple[int, int]] | None
    ) -> None:
        self.article = article
        self.claims = claims
        self.published = article.published_date
        # The article's names, read when a sentence's names first are (`_read_names`).
        self.known_names: frozenset[str] | None = None
        # The headline's names and the lead's, until a figure or an incident first needs
        # names (see `_read_names`): most articles' figures name no measure, and then
        # nothing reads them.
        self.title_unread = True
        self.unread_lead: _SentenceView | None = None
        self.names = ArticleNames()
        self.names.dateline_country = country_of_dateline(
            article.dateline, self.published.year if self.published else None
        )
        self.events = EventReader(self.published)
        self.sources = SourceReader()
        title = article.title or ""
        self.corrected_article = _may_contain(title, ("correct",)) and bool(
            _TITLE_CORRECTION.search(title)
        )
        self.revising_title = _may_contain(title, _TITLE_REVISION_STEMS) and bool(
            _TITLE_REVISION.search(title)
        )
        self.in_lead = False
        # The sentence before the one being read: "It was put at 7.5 mln tonnes" states the
        # measure that sentence named (see `_carried_measure`).
        self.previous_sentence = ""
        # The longer names of measures the article used, by their short form ("surplus").
        self.full_measures: dict[str, str] = {}
        self.title_measures_read = False
        self.qualifiers: dict[str, str] = {}
        # Qualifier phrases the article used ("durable goods"), the measure each qualified
        # and the qualifier's key: a later "durable goods fell" names that measure.
        self.qualified_phrases: dict[str, str] = {}
        self.phrase_keys: dict[str, str] = {}
        # The day a weekly release's figure of each measure stood on ("in the week ended
        # March 9"): "the previous week's level" is counted back from it.
        self.release_days: dict[str, tuple[str, tuple[str, str, bool, str | None]]] = {}
        # The month a monthly release's lead gives its first economy figure for (see
        # `_release_month`).
        self.release_month: tuple[str, date | None] | None = None
        # Periods the article stated by their end, by length ("quarter", "half",
        # "nine-months", "year"): "the nine months" said later is the one stated before.
        self.stated_ends: dict[str, tuple[str, date | None]] = {}
        # Months the company's quarters end after the calendar's, when the article states a
        # quarter by its number and end (see `periods.fiscal_shift`). Its pattern, tried at
        # every position of the text, costs a twentieth of the identity's CPU: the text is
        # read only when it holds the quarter word the pattern needs (most articles do not).
        stated = f"{title}\n{article.body}"
        self.fiscal_shift = fiscal_shift(stated) if _may_contain(stated, _QUARTER_STEMS) else None
        # The first crop year ("1986/87") the article names, its first year (see
        # `_crop_season`); False until a crop's figure needs it.
        self.season: int | bool | None = False
        # The currency a bare "dlr" stands for in this article, read once (see `_dollar`).
        self.bare_dollar: str | bool | None = False
        by_sentence: dict[int, list[Claim]] = {}
        for claim in claims:
            by_sentence.setdefault(claim.sentence_start, []).append(claim)
        self.by_sentence = by_sentence
        spans = list(sentences) if sentences is not None else []
        known = {start for start, _ in spans}
        # Sentences of claims the spans do not list (a capped sentence) still count.
        for start, group in by_sentence.items():
            if start not in known:
                spans.append((start, start + len(group[0].sentence)))
        spans.sort()
        self.spans = spans
        self.subjects = SubjectFinder(self.names, self.published)

    def figures(self) -> list[Figure]:
        body = self.article.body
        figures: list[Figure] = self._table_figures()
        tabled = {id(figure.claim) for figure in figures}
        groups = [self.by_sentence.get(start) for start, _ in self.spans]
        stating = [bool(group) and _states_figures(group[0].sentence, group) for group in groups]
        last_stating = max((index for index, wanted in enumerate(stating) if wanted), default=-1)
        first = True
        for index, (start, end) in enumerate(self.spans):
            if index > last_stating and all(figure.identity.event is None for figure in figures):
                # Later sentences only tell where an incident happened (`_placed`): with no
                # incident's figure, reading them changes nothing.
                break
            group = groups[index]
            text = group[0].sentence if group else body[start:end]
            view = _SentenceView(text, start, group or [])
            wanted = stating[index]
            tokens = set(_words_of(text))
            incident = self.events.mentions(text, tokens)
            if wanted and (first or incident is not None):
                view.source, view.source_span = self.sources.read(text, tokens)
            elif wanted:
                # Who speaks matters only to a figure that names a measure: most do not.
                view.unread_tokens = tokens
            else:
                self.sources.remember(text, tokens)
            if incident is not None:
                self._read_names(view, first)
            elif first:
                self.unread_lead = view  # read before any other sentence's names are
            view.event = self.events.read(
                text, view.names, group or [], self.names, first, view.source_span, incident
            )
            self.in_lead = first
            first = False
            if wanted:
                figures.extend(f for f in self._sentence_figures(view) if id(f.claim) not in tabled)
                if view.unread_tokens is not None:
                    self.sources.remember(text, view.unread_tokens)
            self.previous_sentence = text
        figures.sort(key=lambda figure: figure.claim.start)
        return self._placed(figures)

    def _full_measures(self) -> dict[str, str]:
        """The longer measures the article named, by their short form, the headline's
        among them (read when first needed: most articles never shorten a measure)."""
        if not self.title_measures_read:
            self.title_measures_read = True
            self._read_title_measures(self.article.title or "")
        return self.full_measures

    def _read_title_measures(self, title: str) -> None:
        """The longer measures the headline names: "the deficit" of a story headed "trade
        deficit widens" is the trade deficit."""
        from claimcheck.measures import measure_named

        for match in _measure_pattern_for("money").finditer(_lowered(title)):
            measure = measure_named(_form_name(match.group(0)) or "")
            if measure is not None and measure.head is not None:
                self.full_measures.setdefault(measure.head, measure.name)

    def _table_figures(self) -> list[Figure]:
        """The figures of the article's results tables (see `tables`)."""
        basis = "corrected" if self.corrected_article else None
        found_figures = table_figures(self.article, self.claims) + price_list_figures(
            self.article, self.claims
        )
        stated = _table_net_basis(self.article.body) if found_figures and not basis else None
        return [
            Figure(
                found.claim,
                Identity(
                    what=found.what,
                    of_what=found.company,
                    subject_role="organisation",
                    when=found.when or None,  # a price list's item: no period
                    part_of=None,
                    unit=found.unit,
                    modality=FACT,
                    basis=stated if stated and found.what in _NET_MEASURES else basis,
                    source=None,
                    behaviour=found.behaviour,
                    specific=True,
                ),
                found.role,
                found.value,
                found.low,
                found.high,
                found.precision,
            )
            for found in found_figures
        ]

    def _speaker(self, view: _SentenceView) -> None:
        """Who speaks in the sentence, read the first time a figure needs it. A sentence never
        read is remembered instead, which leaves the same speaker for a later "he said"."""
        if view.unread_tokens is not None:
            view.source, view.source_span = self.sources.read(view.text, view.unread_tokens)
            view.unread_tokens = None

    def _read_names(self, view: _SentenceView, lead: bool = False) -> None:
        """The names of a sentence, read once and only when needed: the lead's, an incident's,
        a sentence with a figure whose measure is known (names cost more than the rest)."""
        if view.named:
            return
        view.named = True
        if self.title_unread:
            self.title_unread = False
            self.names.read_title(self.article.title or "")
        lead_view = self.unread_lead
        if lead_view is not None:
            self.unread_lead = None
            if lead_view is view:
                lead = True
            else:
                # The headline's and the lead's names first, as if read in text order.
                self._read_names(lead_view, True)
        if self.known_names is None:
            self.known_names = article_names(self.article.body)
        view.names = sentence_names(view.text, self.known_names)
        if view.names:
            self.names.read_sentence(view.names, view.text, lead, view.source_span)

    def _names_read(self) -> None:
        """The headline's and the lead's names read, if no figure has needed them yet."""
        if self.unread_lead is not None:
            self._read_names(self.unread_lead, True)
        elif self.title_unread:
            self.title_unread = False
            self.names.read_title(self.article.title or "")

    def _placed(self, figures: list[Figure]) -> list[Figure]:
        """Incidents the article named no place for happened where the article is about (a
        heatwave "in the past ten days", in the city its later sentences name)."""
        if any(figure.identity.event is not None for figure in figures):
            self._names_read()
        topic = self.names.topic_place()
        placed = []
        for figure in figures:
            event = figure.identity.event
            if event is not None:
                event = self.events.final(event)
                if not event.anchors:
                    if topic is None:
                        continue
                    event = replace(event, anchors=frozenset({topic}), places=frozenset({topic}))
                figure = replace(figure, identity=replace(figure.identity, event=event))
            placed.append(figure)
        return placed

    # -- one sentence -------------------------------------------------------------------------

    def _sentence_figures(self, view: _SentenceView) -> list[Figure]:
        claims = view.claims
        figure_claims = [c for c in claims if c.kind in FIGURE_KINDS]
        text = view.text
        dates = [c for c in claims if c.kind == "date" and c.date and c.date[:1].isdigit()]
        figures = []
        starts = [claim.start - claim.sentence_start for claim in figure_claims]
        for claim in figure_claims:
            spot = self._spot(claim, text, figure_claims)
            if spot is None:
                continue
            spot.others = tuple(start for start in starts if start != spot.offset)
            figure = self._figure(spot, view, dates, figure_claims)
            if figure is not None:
                figures.append(figure)
        return _compared_as_changes(figures, text) if len(figures) > 1 else figures

    def _spot(
        self, claim: Claim, sentence: str, figure_claims: Sequence[Claim] = ()
    ) -> _Spot | None:
        unit = figure_unit(claim)
        if unit is None:
            return None
        if unit.kind == "bare" and _SCALE_WORD.search(claim.text):
            unit = _elided_currency(claim, figure_claims) or unit
        if unit.kind == "money" and unit.unit.startswith("USD"):
            dollar = self._dollar() if not _NAMED_DOLLAR.search(claim.text) else None
            if dollar is not None:
                unit = FigureUnit(dollar + unit.unit[3:], unit.factor, "money")
        offset = claim.start - claim.sentence_start
        if not (0 <= offset < len(sentence) and sentence.startswith(claim.text, offset)):
            offset = sentence.find(claim.text)
            if offset < 0:
                return None
        end = offset + len(claim.text)
        if unit.kind == "money" and "/" not in unit.unit and _CASH_PER_SHARE.match(sentence, end):
            # "11.50 dlrs cash per share": a price per share, as "11.50 dlrs per share" is
            unit = FigureUnit(f"{unit.unit}/share", unit.factor, "money")
        aside = _REVISION_ASIDE.match(sentence, end)
        if aside is not None:
            # "a 3.4 pct (revised from 3.6) rise in December": the aside is the figure's own
            # history; what the sentence says of the figure follows it.
            end = aside.end()
        clause = _clause_window(sentence, offset, end)
        return _Spot(
            claim,
            unit,
            sentence,
            offset,
            end,
            clause,
            sentence[max(clause[0], offset - 60) : offset],
            sentence[end : min(clause[1], end + 60)],
        )

    def _figure(
        self,
        spot: _Spot,
        view: _SentenceView,
        dates: list[Claim],
        figure_claims: list[Claim],
    ) -> Figure | None:
        claim = spot.claim
        # Most figures name no measure: that costs least to find out first.
        found = self._measure(spot, view, figure_claims)
        if found is None:
            return None
        role = _figure_role(spot)
        if role is None:
            return None
        role = _role_as_stated(role, spot, self.published)
        measure, what, unit, span = found
        measure, what = _earnings_as_net(measure, what, unit, span, spot.sentence)
        what = _budget_loss_what(measure, what, spot, span)
        self._speaker(view)
        self._read_names(view, self.in_lead)
        modality, basis = self._modality_and_basis(spot, measure, span, view)
        subject = (
            _tender_target(spot, view, self.names)
            if measure.name == _TENDERED
            else self.subjects.find(measure, span, spot, view, self.events)
            or self._release_subject(measure, spot)
        )
        if subject is None:
            return None
        of_what, subject_role, specific, part_of = subject
        modality, part_of = _as_deal_terms(measure, spot, modality, part_of)
        event = view.event if measure.subject == EVENT or subject_role == "event" else None
        if subject_role == "event" and event is None:
            return None
        spot.measure_span = span
        read_from = _outside_pair_period(spot, dates) if role == EARLIER_PERIOD else dates
        when, period_last = self._when_read(measure, spot, (read_from, dates), view)
        when = self._crop_season(measure, what, spot, when)
        when = self._release_week(measure, spot, role, when, subject)
        when, period_last = self._release_month(measure, spot, role, when, period_last)
        when = self._running_total(measure, spot, when)
        # "put the 1987 surplus at 95 billion", written in April 1987
        to_come = _period_to_come(measure, when, period_last, self.published)
        modality = FORECAST if to_come else modality
        # "the maize harvest is expected to total 10 mln tonnes": a crop being harvested is
        # estimated, not forecast; estimates of it are compared, each replacing the last
        under_way = modality == FORECAST and self._crop_under_way(measure, spot, when)
        # read as an estimate only now: "7.5 mln, against the previous 7.8" revises it
        modality, basis = (
            (FACT, _crop_estimate_basis(measure, spot, FACT, basis or "estimate"))
            if under_way
            else (modality, basis)
        )
        if role == PREVIOUS and _OWN_PERIOD_AFTER.match(spot.after) and when is not None:
            role = LEVEL  # "down from a 16 mln bpd average for February": February's figure
        if role == EARLIER_PERIOD:
            # "up 9 pct from 1.7 bn a year before": the same measure, the period before.
            when = self._earlier_when(measure, spot, (read_from, dates), view, when)
            # "from an upwardly revised 739.0 billion the week before": that period's figure
            # as it now stands, stated, not a value mentioned as replaced.
            role, period_last = _earlier_period_role(basis), None
            if when is None:
                return None
        when = self._fiscal_when(measure, when, period_last)
        if when is None and _needs_period(measure, what) and subject_role != "event":
            # A period's figure, or a change over a period nobody named ("holdings fell by
            # 260 mln stg"), is nothing to compare.
            return None
        if measure.subject == ELECTION and when is None:
            when = str(self.published.year) if self.published else None
        # "the 140 deaths reported by the health ministry": the figure's own source.
        spoken = self.sources.figure_source(spot.before, spot.after) or _speaker(view, span)
        interval = _figure_interval(spot, unit.factor)
        if (
            interval is None
            or _issuer_is_the_source(measure, of_what, spoken, spot)
            or _finances_the_deal(measure, spot)  # the money lent for a bid is not the bid
        ):
            return None
        low, high, precision, point = interval
        if _falls(spot, what):
            point = -point if point is not None else None
            low, high = -high, -low
        identity = Identity(
            what=what,
            of_what=of_what,
            subject_role=subject_role,
            when=when,
            part_of=part_of,
            unit=_compared_unit(measure, unit),
            modality=modality,
            basis=basis,
            source=self._company_named(spoken, of_what, subject_role, spot, view),
            behaviour=measure.behaviour,
            specific=specific,
            event=event if subject_role == "event" else None,
        )
        return Figure(claim, identity, role, point, low, high, precision, period_last)

    def _company_named(
        self, source: str | None, of_what: str, subject_role: str, spot: _Spot, view: _SentenceView
    ) -> str | None:
        """ "The company said", "bank officials said": the story's own company, by its name,
        so that a later article that names it gives the same source. That is the figure's
        company when the lead names it too, else the lead's speaker, else the figure's
        company; never a company the sentence names after its speaker (the company that says
        "Velmora had sales of" is not Velmora). A generic "bank" stands only for a bank."""
        kind = generic_reference(source)
        if kind is None:
            return source
        lead = self.names.lead_speakers
        candidates = [*lead]
        spoken = view.source_span[1] if view.source_span is not None else 0
        if subject_role == "organisation" and of_what not in spot.lowered()[spoken:]:
            named = of_what in lead or of_what in self.names.lead_entities
            candidates.insert(0 if named else len(candidates), of_what)
        for name in candidates:
            if is_place(name) or (kind == "bank" and _BANK_WORDS.isdisjoint(name.split())):
                continue
            return name
        return source

    def _running_total(self, measure: Measure, spot: _Spot, when: str | None) -> str | None:
        """A trade, crop or sales total stated as of a date (`periods.running_total`) is keyed
        by the date it runs to. An incident's toll is not a period's statistic: it keeps its
        key, and a higher count later is an update."""
        if measure.behaviour != "period":
            return when
        return running_total(spot.sentence, spot.clause, when, self.published) or when

    def _crop_season(
        self, measure: Measure, what: str, spot: _Spot, when: str | None
    ) -> str | None:
        """A crop's tonnes are of the season it is harvested in, not of the week a report gives
        them ("estimates remained at 3.2 to 3.5 mln tonnes again this week"): the split year
        the article names first ("the 1986/87 soybean crop"), or when it names none the
        season under way when it was written; "last season's", "the previous harvest" the
        season before. A year or season the figure's own clause writes stays."""
        if (
            measure.name != "output"
            or spot.unit.kind not in _CROP_KINDS
            or what.endswith(":change")
            or (when is not None and not _SEASON_READ_AGAIN.match(when))
            or not (_CROP_WORD.search(spot.sentence) or what.split("-")[0] in _CROPS)
        ):
            return when
        # the words of this figure alone: after the figure before it, and a few after it
        before = max([spot.clause[0], *(o for o in spot.others if o < spot.offset)])
        after = min([spot.end + 40, *(o for o in spot.others if o > spot.offset)])
        other_side = _COMPARED_SIDE.search(spot.sentence, spot.end, max(spot.end, after))
        if other_side is not None:
            after = other_side.start()  # "2.0 mln tonnes, below last season's": the other's
        after = max(spot.end, after)
        own = _CROP_YEAR.search(spot.sentence, before, spot.offset) or _CROP_YEAR.search(
            spot.sentence, spot.end, after
        )
        if own is not None:
            return f"fiscal:{own.group(1)}"  # "1985/86 production of 4.1 mln tonnes"
        if when is not None and when.startswith("fiscal:"):
            season: int | None = int(when[7:11])  # the sentence's season, another figure's
        else:
            clause = _last_match(_CROP_YEAR, spot.sentence, spot.clause[0], spot.offset)
            season = int(clause.group(1)) if clause is not None else self._season()
        if season is None:
            return when
        last = _LAST_SEASON.search(spot.sentence, before, spot.offset) or _LAST_SEASON.search(
            spot.sentence, spot.end, after
        )
        return f"fiscal:{season - 1 if last is not None else season}"

    def _crop_under_way(self, measure: Measure, spot: _Spot, when: str | None) -> bool:
        """Whether a figure is a crop's tonnes for the season under way."""
        return (
            measure.name == "output"
            and spot.unit.kind in _CROP_KINDS
            and when == f"fiscal:{self._season()}"
        )

    def _season(self) -> int | None:
        """The first year of the crop season the article is about (see `_crop_season`)."""
        if self.season is False:
            split = _CROP_YEAR.search(self.article.body)
            if split is not None:
                self.season = int(split.group(1))
            elif self.published is not None:
                # a harvest of the months after July is the season that starts that year
                self.season = self.published.year - (1 if self.published.month <= 7 else 0)
            else:
                self.season = None
        return self.season  # type: ignore[return-value]

    def _release_week(
        self,
        measure: Measure,
        spot: _Spot,
        role: str,
        when: str | None,
        subject: tuple[str, str, bool, str | None],
    ) -> str | None:
        """ "The previous week's level": the week before the one the article's weekly release
        of the measure stands on. A weekly figure's own day and subject are remembered for
        that."""
        if when is None and _PREVIOUS_WEEKS_BEFORE.search(
            spot.sentence, spot.clause[0], spot.offset
        ):
            released = self.release_days.get(measure.name)
            return _week_before(released[0]) if released else None
        if when is not None and role == LEVEL and _DAY.match(when) and "week" in spot.sentence:
            self.release_days[measure.name] = (when, subject)
        return when

    def _dollar(self) -> str | None:
        """The currency of a bare "dlr" when the article is not plainly in US dollars: an
        article that writes Canadian dollars and no other named dollar writes its other
        amounts in them too ("CAD"); one that names Canadian dollars beside another, or is
        about a Canadian company or market (its headline or lead says so) without saying which
        dollar, leaves it unstated ("dlr": compared only with amounts as unstated, never
        disputed, see `comparison`). None: the US dollar, as the extractor reads it."""
        if self.bare_dollar is False:
            body = self.article.body
            # Every form of a Canadian dollar says "$" or "Canadian".
            may_name = "$" in body or not body.isascii() or "canadian" in body.lower()
            head = f"{self.article.title or ''}\n{_lead(body)}"
            if may_name and _CANADIAN_DOLLAR.search(body):
                self.bare_dollar = UNSTATED_DOLLAR if _OTHER_DOLLAR.search(body) else "CAD"
            elif ("<" in head or "Exchange" in head or "Canadian" in head) and (
                _CANADIAN_MARKET.search(head)
            ):
                self.bare_dollar = UNSTATED_DOLLAR
            else:
                self.bare_dollar = None
        return self.bare_dollar  # type: ignore[return-value]

    def _release_month(
        self, measure: Measure, spot: _Spot, role: str, when: str | None, last: date | None
    ) -> tuple[str | None, date | None]:
        """A monthly release's figure set against another period's with no month of its own
        ("It said M-3 rose to 30.1 billion from a revised 29.8 billion in May and 26.4 billion
        a year earlier") is of the month the lead gives the release's first figure for."""
        if measure.subject != ECONOMY or role != LEVEL:
            return when, last
        if when is not None:
            if self.in_lead and self.release_month is None and _MONTH.match(when):
                self.release_month = (when, last)
            return when, last
        if self.release_month is not None and _COMPARED_WITH_PERIOD.match(spot.after):
            return self.release_month
        return None, last

    def _release_subject(
        self, measure: Measure, spot: _Spot
    ) -> tuple[str, str, bool, str | None] | None:
        """ "The previous week's M-1 level", in a sentence naming no subject: the subject of
        the article's weekly release of the measure."""
        released = self.release_days.get(measure.name)
        if released is None or not _PREVIOUS_WEEKS_BEFORE.search(
            spot.sentence, spot.clause[0], spot.offset
        ):
            return None
        return released[1]

    # -- what ---------------------------------------------------------------------------------

    def _measure(
        self, spot: _Spot, view: _SentenceView, figure_claims: list[Claim]
    ) -> Measured | None:
        """(measure, what, unit, span of the measure's word) of a figure: the measure word
        nearest it in its clause that fits its kind of figure; for counted people, what
        happened to them."""
        unit = spot.unit
        kind = unit.kind
        counted = self._counted_measure(spot, figure_claims)
        named_kind = _kind_to_name(spot, kind) if counted is None else None
        if named_kind is None:
            return counted
        kind = named_kind
        if kind == "money" and (issue_or_other := _issue_or_other_money(spot)) is not None:
            return issue_or_other or None  # an issue's size, or () for money of another thing
        if (
            kind not in ("money", "percent")
            and spot.may_say(_TRADED_STEMS)
            and _TRADED_BEFORE.search(spot.before)
        ):
            return None  # "crushers bought 8,000 tonnes": one deal, not a period's total
        if kind == "percent" and _RATIO_TO_ECONOMY.match(spot.after):
            return None  # "a deficit of 3.5 pct of GDP": a ratio, not the economy's change
        if spot.may_say(_LIMIT_STEMS) and _LIMIT_BEFORE.search(spot.before[-40:]):
            return None  # "output did not exceed its quota of 15.8 mln bpd": the quota's figure
        if (held := _held_figure(spot, kind)) is not None:
            return held
        measure, match = self._measure_word(spot, kind)
        # "the GNP deflator rose 0.8 pct": a price index, not GNP
        if (
            measure is None
            or match is None
            or _MEASURE_AS_MODIFIER.match(spot.sentence, match.end())
        ):
            # "It was put at 7.5 mln tonnes": the measure the sentence before named
            return self._carried_measure(spot, kind) if measure is None else None
        if not _stated_as(measure, spot, match) or _other_crop_quantity(measure, spot):
            return None
        lowered = spot.lowered()
        if ("ratio" in lowered or "proportion" in lowered) and _RATIO_BEFORE.search(
            spot.sentence, max(0, match.start() - 60), match.start()
        ):
            return None  # "the ratio of its debt to GNP fell to 40 pct": a ratio, not GNP
        # "a 275 pct pay increase": a measure that is itself a change has no change of its own.
        # "cut its prime rate half a point to 9.25 pct": points moved to a level are a change
        moved_points = "point" in (spot.claim.unit or "") and bool(
            _POINTS_TO_LEVEL.match(spot.sentence, spot.end)
        )
        change = (
            (_is_change(spot, match) or moved_points)
            and not _CHANGE_WORD.search(match.group(0))
            and not _loss_level(spot, measure, match)
        )
        what = self._full_name(measure, spot, match)
        if what is None or _changes_something_else(spot, match) or _points_as_level(spot, change):
            return None
        if change:
            what = f"{what}:change"
        return measure, _with_variant(what, measure, spot, match, change), unit, match.span()

    def _measure_word(self, spot: _Spot, kind: str) -> tuple[Measure | None, re.Match[str] | None]:
        """The measure word a figure states: the nearest in its clause, a deal's price, a
        company measure a percentage changes, else one its clause named further back."""
        measure, match = _nearest_measure(spot, kind)
        if self._unnamed_short(measure) or self._unnamed_release(measure, match):
            measure, match = None, None  # "sales rose 5 pct" in no story of home sales
        if kind == "money" and (deal := _deal_price(spot)) is not None:
            measure, match = deal
        if measure is None and kind == "percent" and _is_change(spot):
            measure, match = _company_change(spot)
        if measure is None:
            measure, match = self._clause_measure(spot, kind)
            if self._unnamed_short(measure) or self._unnamed_release(measure, match):
                return None, None  # "car sales" in no story of home sales
        return measure, match

    def _carried_measure(self, spot: _Spot, kind: str) -> Measured | None:
        """The measure of a level stated by a back-reference ("It was put at 7.5 mln tonnes",
        "last year's total of 4.3 mln tonnes") in a sentence naming no measure of its own:
        the measure the sentence before named last, narrowed as it was there. Not for a
        percentage."""
        previous = self.previous_sentence
        if (
            not previous
            # "This compares with 13.9 pct": a percentage is as often the measure's change as
            # its level, and the sentence before does not tell which
            or kind == "percent"
            or not (
                _BACK_REFERENCE_OPENING.fullmatch(spot.sentence, 0, spot.offset)
                or _BACK_REFERENCE_BEFORE.search(spot.before)
            )
            or _measure_pattern_for(kind).search(spot.lowered()) is not None
            or _is_change(spot)
        ):
            return None
        lowered = _lowered(previous)
        crop = kind in _CROP_KINDS
        named = [
            match
            for match in _measure_pattern_for(kind).finditer(lowered)
            if not _derived(previous, match.end(), crop)
        ]
        measure = measure_named(_form_name(named[-1].group(0), kind) or "") if named else None
        if measure is None:
            return None
        # The figure read as if it closed the sentence before: that sentence's words narrow
        # the measure, as they would a figure of its own.
        end = len(previous)
        there = replace(
            spot,
            sentence=previous,
            offset=end,
            end=end,
            clause=(0, end),
            before=previous[-60:],
            after="",
            lowered_sentence=None,
            lowered_before=None,
            words_before=None,
        )
        what = self._full_name(measure, there, named[-1])
        return (measure, what, spot.unit, None) if what is not None else None

    def _release_part_name(self, name: str) -> str | None:
        """A part of a release in a story that named the release: "the average price" in a
        story of new home sales is the new homes' average price."""
        release = _RELEASE_PARTS[name][1] if name in _RELEASE_PARTS else None
        if release is None or release not in self._full_measures():
            return None
        return f"{name}-of-{self.full_measures[release]}"

    def _unnamed_release(self, measure: Measure | None, match: re.Match[str] | None) -> bool:
        """Whether a part of a release ("the average price") is named without its own word
        in an article that never named the release it belongs to ("an average price of 12
        dlrs a share" in a deal's story)."""
        if measure is None or match is None or measure.name not in _RELEASE_PARTS:
            return False
        word, release = _RELEASE_PARTS[measure.name]
        return word not in match.group(0).lower() and release not in self._full_measures()

    def _unnamed_short(self, measure: Measure | None) -> bool:
        """Whether a measure that is only a short form ("sales" for home sales) stands in an
        article that never named the longer measure."""
        return (
            measure is not None
            and measure.name in _SHORT_ONLY
            and measure.name not in self._full_measures()
        )

    def _counted_measure(self, spot: _Spot, figure_claims: list[Claim]) -> Measured | None:
        """The measure a figure's unit or form says: counted people and things, a bare number,
        a prenominal length or capacity ("the 2.4-kilometre bridge", "the 178,500 bpd
        refinery"), a temperature."""
        unit = spot.unit
        kind = unit.kind
        if kind in ("bare", "people") and _KIN_OF_BEFORE.search(spot.before[-40:]):
            return None  # "relatives of 77 of the victims": not the victims, nor survivors
        if kind == "bare" or (kind in ("people", "things") and _OF_WHOLE_AFTER.match(spot.after)):
            # "25 of the 135 employees": extraction gives the part the whole's noun, but it is
            # measured as a part of the whole, as a number standing alone is
            return self._bare_measure(spot, figure_claims)
        if kind == "people":
            return self._people_measure(spot, unit)
        if kind == "things":
            return self._things_measure(spot, unit)
        before_object = _OBJECT_AFTER.match(spot.sentence, spot.end) is not None
        if kind == "length" and (_PRENOMINAL.search(spot.claim.text) or before_object):
            return self._prenominal_length(spot)
        named = None
        if kind in ("flow", "mass", "volume") and before_object:
            named = "capacity"
        elif kind == "temperature":
            named = "temperature"  # "43.1 degrees": the unit says what is measured
        measure = _vocabulary(named) if named else None
        return (measure, measure.name, unit, None) if measure is not None else None

    def qualified_phrases_key(self, words: str) -> str | None:
        """The qualifier key of a phrase the article used for a qualified measure."""
        return self.phrase_keys.get(" ".join(words.lower().split()))

    def _clause_measure(
        self, spot: _Spot, kind: str
    ) -> tuple[Measure | None, re.Match[str] | None]:
        """The measure of a figure its clause names further back: the clause's first measure
        word for a change or the level a change led to ("construction spending rose 3.6
        billion dlrs, or 1.0 pct, in January to ... 378.5 billion"), or a qualifier the article
        gave a measure before ("durable goods fell 9.9 pct" after "durable goods orders")."""
        sentence = spot.sentence
        left = spot.clause[0]
        if not (
            _is_change(spot)
            or (
                spot.may_state(_LEVEL_AFTER_CHANGE_STEMS, left, spot.offset)
                and _LEVEL_AFTER_CHANGE.search(sentence, left, spot.offset)
            )
            or (spot.may_say(_COMPARED_BEFORE_STEMS) and _COMPARED_BEFORE.search(spot.before))
        ):
            return None, None
        first = _measure_pattern_for(kind).search(spot.lowered(), left, spot.offset)
        if first is not None and _GROWTH_RATE_OF.match(sentence, first.end()):
            # "the growth rate of factory output eased to 2.1 pct": the rate is the change of
            # what it is of.
            first = _measure_pattern_for(kind).search(spot.lowered(), first.end(), spot.offset)
        if first is not None and not _DERIVED_HEAD.match(sentence, first.end()):
            return measure_named(_form_name(first.group(0), kind) or ""), first
        lowered = sentence[left : spot.offset].lower()
        for phrase, name in self.qualified_phrases.items():
            found = lowered.find(phrase)
            if found >= 0:
                measure = measure_named(name)
                if measure is not None and kind in measure.figures:
                    start = left + found
                    match = re.compile(re.escape(phrase), re.I).match(sentence, start)
                    return measure, match
        return None, None

    def _full_name(self, measure: Measure, spot: _Spot, match: re.Match[str]) -> str | None:
        """The measure's name in this article: a short form stands for the longer measure the
        article named before ("surplus" after "trade surplus"), none when it named none; words
        narrowing a measure stay part of it ("capital account surplus" is not the trade
        surplus); a qualified measure keeps its qualifier ("construction spending"), or the one
        the article gave it before; a quantity of a product measure is of the product it names
        ("tonnes of soybeans"), none when it names none."""
        from claimcheck.measures import MEASURES

        name = measure.name
        sentence, near = spot.sentence, max(0, match.start() - 60)
        component = (
            _COMPONENT_BEFORE.search(sentence, near, match.start())
            # Case-sensitive: each of its nouns holds one of these.
            if any(sentence.find(noun, near, match.start()) >= 0 for noun in _COMPONENT_NOUNS)
            else None
        )
        if component is not None:
            # "the energy products component of the PPI": a part under the whole's name.
            words = "-".join(w for w in component.group(1).split() if w not in _DETERMINERS)
            return f"{words}-component-{name}"
        if name == "index-level":
            return _index_name(spot, match)
        narrowed = _narrower_name(measure, spot, match) or self._release_part_name(name)
        if narrowed is not None:
            return narrowed
        if measure.head is not None:
            self.full_measures[measure.head] = name
        elif name in self._full_measures():
            name = self.full_measures[name]
        elif name in _AMBIGUOUS_HEADS and any(m.head == name for m in MEASURES):
            # A bare "deficit" the article never said the longer name of: trade, budget or
            # current account, nobody can tell. (A bare "profit" stays the measure "profit".)
            return None
        if measure.name in _QUALIFIED:
            qualifier = self._qualifier_of(measure, spot, match)
            product = _product_after(spot)
            if product is not None and measure.name in _PRODUCT_MEASURES:
                qualifier = product
            if qualifier is None and (spot.claim.unit or "").startswith("barrel"):
                qualifier = "oil"
            if qualifier is not None:
                self.qualifiers.setdefault(measure.name, qualifier)
                return f"{qualifier}-{name}"
            if measure.name in _PRODUCT_MEASURES and spot.unit.kind in _QUANTITY_KINDS:
                return None
        return name

    def _qualifier_of(self, measure: Measure, spot: _Spot, match: re.Match[str]) -> str | None:
        """The words narrowing a qualified measure here, or those the article gave it before.
        Growth is narrowed only by what grows ("import growth", "money supply growth"):
        otherwise it is the economy's, whatever words stand before it."""
        qualifier = self.qualified_phrases_key(match.group(0))
        if qualifier is None:
            found = _qualifier(spot, match)
            if found is not None and (
                measure.name != "growth" or found[0].split("-")[-1] in _GROWING
            ):
                qualifier, phrase = found
                self.qualified_phrases.setdefault(phrase, measure.name)
                self.phrase_keys.setdefault(phrase, qualifier)
        if measure.name == "growth":
            return qualifier
        crop = measure.name == "output" and spot.unit.kind in _CROP_KINDS
        if crop and qualifier in _UNIT_WORDS:
            qualifier = None  # "2.6 mln tonnes produced": the unit, not what was produced
        if qualifier is None and crop:
            # "sorghum production this harvest remained at 3.2 mln tonnes": the measure named
            # twice in the clause, narrowed where it was first
            qualifier = _earlier_naming_qualifier(measure, spot, match)
        if qualifier is None and crop:
            # a crop report goes crop by crop: "The current harvest's volume" is of the crop
            # the report named last, not the first
            named = _last_match(_CROP_NAME, self.article.body, 0, spot.claim.start)
            if named is not None:
                crop_key = lemmatize_noun(named.group(0).lower())
                return _PRODUCTS.get(crop_key, crop_key)
        return qualifier or self.qualifiers.get(measure.name)

    def _people_measure(self, spot: _Spot, unit: FigureUnit) -> Measured | None:
        staff = _INHERENT_PEOPLE.get(unit.noun or "") == "employees" or unit.noun == "worker"
        if staff and _AT_A_SITE.match(spot.after):
            return None  # "the 135 employees at the Broomall site": one site's staff
        if staff and _STAFF_CHANGED_BEFORE.search(spot.before):
            return None  # "it has cut about 70 employees": a change, not the workforce
        if unit.noun == "body" and _BODIES_SOMEWHERE_AFTER.match(spot.after):
            return None  # "the 80 bodies still trapped in the hull": a part of the toll
        named = _vocabulary(_ROLE_NOUNS.get(unit.noun or "", ""))
        if named is not None:  # "140 deaths", "31 casualties": the noun says what happened
            span = (spot.offset, spot.end)
            return named, named.name, FigureUnit("person", 1.0, "people", unit.noun), span
        if _WHOLE_BEFORE.search(spot.before):
            inherent = _INHERENT_PEOPLE.get(unit.noun or "")
            measure = _vocabulary(inherent) if inherent else None
            return (measure, measure.name, unit, None) if measure else None
        found = _people_role(spot)
        measure, span = found if found is not None else (None, None)
        inside = _people_pattern().search(_lowered(spot.claim.text))
        if inside is not None:  # "eight trapped workers"
            named = _vocabulary(_form_names().get(inside.group(0).lower(), ""))
            # "350 passengers were plucked to safety": passengers, not how many were aboard.
            if named is not None and (
                named.name != "aboard" or _ABOARD_WORDS.search(spot.sentence, *spot.clause)
            ):
                measure = named
                span = (spot.offset + inside.start(), spot.offset + inside.end())
            elif named is not None and measure is not None and measure.name == "aboard":
                measure = None
        inherent = _INHERENT_PEOPLE.get(unit.noun or "")
        # "350 passengers were plucked to safety": passengers, but not how many were aboard.
        if (
            measure is None
            and inherent is not None
            and (inherent != "aboard" or _ABOARD_WORDS.search(spot.sentence, *spot.clause))
        ):
            measure = _vocabulary(inherent)
        if measure is None:
            return None
        return measure, measure.name, FigureUnit("person", 1.0, "people", unit.noun), span

    def _things_measure(self, spot: _Spot, unit: FigureUnit) -> Measured | None:
        noun = unit.noun or ""
        if noun in _ROLE_NOUNS:
            return self._people_measure(spot, unit)
        if noun in _NOT_NOUNS or noun.endswith("ed"):
            return self._bare_measure(spot, [])
        named = _vocabulary(_THINGS_MEASURES.get(noun, ""))
        if named is not None:
            return named, named.name, unit, None
        if noun not in _INCIDENT_THINGS or self.events.current is None:
            return None  # "four offers", "six provinces": a count nobody follows over time
        if _DEPLOYED_AFTER.match(spot.after) or _DEPLOYED_BEFORE.search(spot.before):
            return None  # "sent eight ships", "its 30-ship force": a party's, not the incident's
        return _COUNT_OF_THINGS, f"count:{noun}", unit, None

    def _bare_measure(self, spot: _Spot, figure_claims: list[Claim]) -> Measured | None:
        """A number standing alone: its noun is elsewhere ("41 of the 120 seats", "the number
        of dead rose to 27", "345 had been rescued")."""
        if _OF_UNIT_AFTER.match(spot.after):
            return None  # "200 of its men killed or wounded": one unit's part of a toll
        found = _people_role(spot, bare=True)
        if found is not None:
            measure, span = found
            return measure, measure.name, FigureUnit("person", 1.0, "people"), span
        whole = _OF_WHOLE_AFTER.match(spot.after)
        if whole is not None:
            following = [
                c
                for c in figure_claims
                if c.start - c.sentence_start >= spot.end + whole.end() - 1
                and c.start - c.sentence_start <= spot.end + whole.end() + 2
            ]
            if following:
                whole = self._spot(following[0], spot.sentence)
                role = _people_role(whole) if whole is not None else None
                if role is not None:  # "32 of the 543 passengers were confirmed dead"
                    return role[0], role[0].name, FigureUnit("person", 1.0, "people"), role[1]
                unit = figure_unit(following[0])
                if unit is not None and unit.kind == "people":
                    part = self._people_measure(spot, unit)
                    # "25 of the 135 employees": a part is not the whole's own count.
                    inherent = part is not None and part[0].name in _INHERENT_PEOPLE.values()
                    return None if inherent else part
                if unit is not None and unit.kind == "things":
                    return self._things_measure(spot, unit)
        return None

    def _prenominal_length(self, spot: _Spot) -> Measured | None:
        """ "the 2.4-kilometre bridge", "a 95-metre dam": the noun's usual dimension unless a
        word says which ("a 90-metre-deep shaft")."""
        aspect = _ASPECT_AFTER.match(spot.after)
        if aspect is not None:
            name = _ASPECTS[aspect.group(1).lower()]
        else:
            noun = _NOUN_AFTER.match(spot.sentence, spot.end)
            head = noun.group(1).lower() if noun else ""
            name = "height" if lemmatize_noun(head) in _TALL_OBJECTS else "length"
        measure = _vocabulary(name)
        return (measure, name, spot.unit, None) if measure else None

    # -- modality and basis -------------------------------------------------------------------

    def _modality_and_basis(
        self, spot: _Spot, measure: Measure, span: tuple[int, int] | None, view: _SentenceView
    ) -> tuple[str, str | None]:
        sentence = spot.sentence
        left, right = spot.clause
        clause = sentence[left:right]
        modality = FACT
        basis = None
        modal = _governing_modal(sentence, left, spot.offset, span) or _expected_after(spot.after)
        if modal is not None:
            if _MODAL_PERFECT.match(sentence, modal.start()) or measure.modal == "estimate":
                basis = "estimate"
            elif measure.modal == "forecast" or modal.group(0).lower() in _WISHES:
                # "drivers demand a 9 pct pay rise": asked for, whatever the measure
                modality = FORECAST
            elif (
                measure.subject != DEAL
                and measure.name != "issue"
                and modal.group(0).lower() in _INTENTIONS
            ):
                # "hoped to take a 37.5 pct stake": intended, not held (a deal's terms stay
                # its terms: "plans to buy it for 1.2 billion"; an issue's size its size: "its
                # planned 90 mln dlr issue", an issue enlarged when sold is an update)
                modality = FORECAST
        near = sentence[left : min(right, spot.end + 30)]
        lowered = clause.lower()
        stated = (
            {
                name
                for match in _BASES.finditer(clause)
                for name, word in match.groupdict().items()
                if word
                and not (name == "revised" and _revision_of_other(spot, left + match.start()))
            }
            if _holds_stem(lowered, _BASIS_STEMS)
            else set()
        )
        # "lifted its bid to 12 euros"; not "a bid at 3 euros, which would lift its stake"
        # The word changing the terms stands close before the figure: "the funds raised will
        # pay down loans taken when it bought Celanese for 2.8 billion" changes no terms.
        revised_terms = measure.subject == DEAL and _TERMS_CHANGED.search(
            sentence, max(left, spot.offset - _TERMS_CHANGED_REACH), spot.end
        )
        if "revised" in stated or revised_terms or (self.revising_title and self.in_lead):
            basis = "revised"
        elif self.corrected_article:
            basis = "corrected"
        elif "final" in stated or "preliminary" in stated:
            basis = "final" if "final" in stated else "preliminary"
        elif _estimated(spot, near) or self.sources.is_analyst(view.source):
            basis = "estimate"
        elif basis is None and "measured" in stated:
            basis = _measured_basis(clause)
        elif basis is None and "seasonal" in stated:
            basis = "seasonally adjusted"
        elif basis is None and "annual" in stated:
            basis = "annual rate"
        # "was reduced to 3.0 mln tonnes", "7.5 mln, against 7.8 mln estimated a week ago"
        basis = _crop_estimate_basis(measure, spot, modality, basis)
        return modality, basis

    # -- when ---------------------------------------------------------------------------------

    def _when(
        self, measure: Measure, spot: _Spot, dates: list[Claim], view: _SentenceView
    ) -> tuple[str | None, date | None]:
        """The period a figure is about (None when its measure needs none), and its last day."""
        # "the lowest since June, 1983, when 590,000 units were sold": that time's figure
        then = _when_clause_date(spot, dates)
        if measure.name in _BALANCES:
            # A balance stands on the day it states ("at end-1986", "in the week ended March
            # 18"), or on no stated day.
            period = then or _period_in(spot, dates, spot.clause)
            return (period.date, period.last_day) if period else _released(spot, self.published)
        if measure.subject == DEAL or measure.name == "issue":
            # "this morning's bid": the bid, not a day's figure; an issue is keyed by the
            # year it falls due, never by its maturity date read as a period.
            return None, None
        timeless = measure.subject == EVENT or measure.behaviour in ("fixed", "moves")
        if timeless and measure.subject != ELECTION:
            return _past_level(measure, spot, dates, self.published) or _todays(
                measure, spot, self.published
            )
        period = (
            then
            or _period_in(spot, dates, spot.clause)
            or _period_in(spot, dates, (0, len(spot.sentence)), main_only=True)
        )
        if measure.behaviour == "daily":
            return _days_figure(spot, period, self.published)
        adjective = _adjective_year(spot)
        if period is None or (
            adjective is not None
            and period.start - period.sentence_start < adjective.start(1)
            and not (period.date or "").startswith(adjective.group(1))
        ):
            # "its 1986 record surplus ... Taiwan's 1985 surplus was 10.2 billion": the year
            # before the measure word, not one written further back.
            return self._year_or_period_named_back(measure, spot, period)
        read = self._stated_end_or_named_back(measure, spot, period)
        if read is not None:
            return read
        mention = period.start - spot.claim.sentence_start
        value = period.date or ""
        last = period.last_day
        if (
            self.published is not None
            and period.first_day is not None
            and period.first_day > self.published
            and not _YEAR.search(period.text)
            and value[:4].isdigit()
        ):
            # "fourth-quarter profit was 610 million", written in February: last year's.
            value = f"{int(value[:4]) - 1}{value[4:]}"
            last = _year_before(last) if last else None
        if measure.subject == ELECTION:
            return value[:4], last
        value = _period_kind(spot.sentence, mention, mention + len(period.text), value)
        # "for January and February together": two months, not the one read
        if value is None or _months_joined(
            spot.sentence, period.date or "", mention, mention + len(period.text)
        ):
            return None, None
        if _PART_OF_PERIOD.search(
            spot.sentence, max(0, mention - 40), max(0, mention)
        ) or _PART_OF_MONTH.match(period.text):
            return f"part:{value}:{self.published}", last
        if spot.may_state(_TO_DATE_STEMS) and _TO_DATE.search(spot.sentence):
            return f"to-date:{value}:{self.published}", last
        return self._unnumbered_part(value, period.text), last

    def _unnumbered_part(self, value: str, text: str) -> str:
        """ "the year-earlier quarter", "the September quarter" of a company off the calendar:
        the date reader's calendar quarter by its days, not a part named by its number that
        the company's offset moves (see `periods.fiscal_key`); keyed by its end as the
        company's others are. Any other period as it is."""
        if not self.fiscal_shift or _NUMBERED_PART.search(text):
            return value
        return calendar_part_by_end(value)

    def _when_read(
        self,
        measure: Measure,
        spot: _Spot,
        read_from: tuple[list[Claim], list[Claim]],
        view: _SentenceView,
    ) -> tuple[str | None, date | None]:
        """`_when` from the dates chosen (the first of `read_from`); from all of them (the
        second) when no period is read: no other period reaches the figure, so the year
        closing its pair is read as before."""
        chosen, every = read_from
        read = self._when(measure, spot, chosen, view)
        if read[0] is None and chosen is not every:
            return self._when(measure, spot, every, view)
        return read

    def _earlier_when(
        self,
        measure: Measure,
        spot: _Spot,
        read_from: tuple[list[Claim], list[Claim]],
        view: _SentenceView,
        when: str | None,
    ) -> str | None:
        """The earlier period a figure on the other side of a comparison is of ("up 9 pct
        from 1.7 bn a year before"): its phrase's step back from `when`. When that fits no
        step and the pair's year was left out of the reading, the period read with it: in
        "... in 1985's fourth quarter" the year belongs to the quarter named."""
        phrase = _earlier_phrase(spot)
        before = _period_before(when, phrase)
        chosen, every = read_from
        if before is None and chosen is not every:
            before = _period_before(self._when(measure, spot, every, view)[0], phrase)
        return before

    def _fiscal_when(self, measure: Measure, when: str | None, last: date | None) -> str | None:
        """ "first-half net" beside "the second quarter ended May 31": the company's half,
        keyed by its end (see `periods.fiscal_key`); a part the date reader read closed on a
        stated day, by that day (see `periods.closed_key`); an economy's periods are the
        calendar's."""
        if when is None or measure.subject == ECONOMY:
            return when
        closed = closed_key(when, last)
        if closed is not None:
            return closed
        if not self.fiscal_shift:
            return when
        return fiscal_key(when, self.fiscal_shift)

    def _year_or_period_named_back(
        self, measure: Measure, spot: _Spot, period: Claim | None
    ) -> tuple[str | None, date | None]:
        """The year written before the measure word; else, for a company's figure whose
        sentence the date reader gives no period, one named back ("for the nine months")."""
        found = _year_before_measure(spot)
        if period is None and found[0] is None and measure.subject != ECONOMY:
            return self._period_stated_before(spot)
        return found

    def _stated_end_or_named_back(
        self, measure: Measure, spot: _Spot, period: Claim
    ) -> tuple[str | None, date | None] | None:
        """`_unread_or_stated_end`, remembering a period stated by its end for the figures
        after it; else a period named back to one stated before; else None."""
        read = _unread_or_stated_end(
            spot, period, self.published, measure.subject != ECONOMY, bool(self.fiscal_shift)
        )
        if read is None:
            return self._named_back(period.text)
        if read[0] is not None:
            self.stated_ends[_period_length(read[0])] = read
        return read

    def _named_back(self, text: str) -> tuple[str | None, date | None] | None:
        """ "sales for the quarter" after "the quarter ended January 31": that quarter, not
        the calendar's quarter the date reader takes "the quarter" for; None otherwise."""
        named_back = _THE_PERIOD.fullmatch("for " + text) if self.stated_ends else None
        if named_back is None:
            return None
        length = next(name for name, group in _THE_PERIOD_LENGTHS if named_back.group(group))
        return self.stated_ends.get(length)

    def _period_stated_before(self, spot: _Spot) -> tuple[str | None, date | None]:
        """ "Revenue for the nine months rose to 3.2 billion" after "in the nine months ended
        January 31": the period of that length the article stated by its end before; else
        none. Not "the same quarter" (a year earlier) nor a period named with an ordinal."""
        if not self.stated_ends:
            return None, None
        start, end = spot.clause
        found = _THE_PERIOD.search(spot.sentence, start, end)
        if found is None:
            return None, None
        length = next(name for name, group in _THE_PERIOD_LENGTHS if found.group(group))
        return self.stated_ends.get(length, (None, None))


# -- helpers ----------------------------------------------------------------------------------

_EARNINGS = compile_pattern(r"earnings", re.IGNORECASE)


def _earnings_as_net(
    measure: Measure, what: str, unit: FigureUnit, span: tuple[int, int] | None, sentence: str
) -> tuple[Measure, str]:
    """A company's "earnings" are its net income, as a results table's "Net" line is (its
    "Shr" line, for earnings a share); "profit" alone stays the measure profit."""
    if what != "profit" or span is None or not _EARNINGS.fullmatch(sentence, *span):
        return measure, what
    from claimcheck.measures import measure_named

    net = "net-profit-per-share" if unit.unit.endswith("/share") else "net-profit"
    return measure_named("net-profit") or measure, net


# "for the nine months", "in the quarter", "the six months' sales": a period named back.
_THE_PERIOD_LENGTHS = (("nine-months", "nine"), ("half", "half"), ("quarter", "quarter"))
_THE_PERIOD = compile_pattern(
    r"\b(?:for|in|during|of)\s+the\s+(?:(?P<nine>nine[\s-]+months|9[\s-]+months)|"
    r"(?P<half>six[\s-]+months|6[\s-]+months|half)|(?P<quarter>three[\s-]+months|"
    r"3[\s-]+months|quarter))\b(?!\s+(?:ended|ending|ends|to|through|a\s+year|of\s+19|of\s+20))",
    re.IGNORECASE,
)


def _period_length(key: str) -> str:
    """The length of a period key: `nine-months-to-1987-01` nine-months, `1987-Q1` quarter,
    `1987-H1` half, `1987` year."""
    if "-to-" in key:
        return key.split("-to-", 1)[0]
    if "-Q" in key:
        return "quarter"
    return "half" if "-H" in key else "year"


def _unread_or_stated_end(
    spot: _Spot, period: Claim, published: date | None, fiscal: bool, off_calendar: bool
) -> tuple[str | None, date | None] | None:
    """No period when the figure's own is one the sentence gives after it unread (see
    `_unread_period_after`); a period stated by its end ("the quarter ended January 31", "the
    three months to end-January") keyed by its length and that end, as a results table headed
    "QTR JAN 31" is (see `periods`); else None: the period is read as the calendar's. An
    economy's figure is not a fiscal period's: "money supply rose 10.3 pct in the year ended
    January" is January's year-on-year change, keyed by the month as "in January" is.
    `off_calendar`: the company's quarters are known not to be the calendar's (see
    `periods.ended_period_key`)."""
    if _unread_period_after(spot, period):
        return None, None
    if not fiscal:
        return None
    mention = period.start - spot.claim.sentence_start
    span = (mention, mention + len(period.text))
    return stated_end(spot.sentence, span, published, off_calendar)


# The dollar an amount names itself ("16.8 billion U.S. Dlrs", "US$ 5 mln").
_NAMED_DOLLAR = compile_pattern(
    r"\bU\.?\s?S\.?\s*(?:\$|dlr|dollar)|\bUS\$|\bAmerican\s+dollar", re.I
)
_CANADIAN_DOLLAR = compile_pattern(r"\bCanadian\s+(?:dlrs?|dollars?)\b|\bC\$|\bCan\$", re.I)
_OTHER_DOLLAR = compile_pattern(
    r"\b(?:U\.?S\.?|American|Australian|N\.Z\.|New\s+Zealand|Hong\s+Kong|Singapore|"
    r"Taiwan)\s+(?:dlrs?|dollars?)\b|\bUS\$|\bA\$|\bHK\$|\bNZ\$",
    re.I,
)
# A Canadian company or market the headline or the lead names: a Toronto, Montreal or
# Vancouver listing, or a company the text calls Canadian (not "its Canadian unit": another
# company's part there). A Canadian bank named further down a story on another country's debt
# says nothing of the story's dollars.
_CANADIAN_MARKET = compile_pattern(
    r"<[A-Z][\w.]*\.(?:TO|MO|M|V)>|\b(?:Toronto|Montreal|Vancouver)\s+(?:Stock\s+)?Exchange\b|"
    r"\bCanadian\s+(?:[a-z-]+\s+){0,4}?(?:company|firm|concern|group|bank|utility|producer|"
    r"maker|insurer|retailer|corporation|miner|refiner)\b"
)
UNSTATED_DOLLAR = "dlr"


def _lead(body: str) -> str:
    """The article's first paragraph (wire copy indents the next), at most 400 characters."""
    end = body.find("\n ", 0, 400)
    return body[: end if end > 0 else 400]


# Real and nominal figures, adjusted and unadjusted ones, are different measures of one thing.
# Each is written only when it is not what the figure is by convention: a change of output or
# prices is real, a level is in current prices, a statistics office's figure is adjusted.
_NOMINAL_NEAR = compile_pattern(r"\bnominal\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_REAL_NEAR = compile_pattern(r"\breal\s+(?:(?!estate\b)[\w-]+\s+){0,2}$", re.IGNORECASE)
_NOMINAL_TERMS = compile_pattern(
    r"\b(?:in\s+nominal\s+terms|at\s+current\s+prices|in\s+current\s+(?:prices|terms|dollars|dlrs)|"
    r"in\s+money\s+terms|nominal(?:ly)?\s+(?:growth|terms|gain|rise|increase))\b",
    re.IGNORECASE,
)
_REAL_TERMS = compile_pattern(
    r"\b(?:in\s+real\s+terms|at\s+constant\s+(?:\d{4}\s+)?prices|"
    r"in\s+constant\s+(?:\d{4}\s+)?(?:prices|terms|dollars|dlrs)|inflation[\s-]+adjusted|"
    r"in\s+volume\s+terms|real\s+(?:growth|terms|gain|rise|increase))\b",
    re.IGNORECASE,
)
_UNADJUSTED = compile_pattern(
    r"\b(?:unadjusted|non[\s-]+seasonally[\s-]+adjusted|not\s+seasonally\s+adjusted|"
    r"before\s+seasonal\s+adjustment|without\s+seasonal\s+adjustment|"
    r"not\s+adjusted\s+for\s+seasonal)\b",
    re.IGNORECASE,
)


# A named part of a measure: "the energy products component of the PPI", "the food part of".
_COMPONENT_BEFORE = compile_pattern(
    r"(?<![\w'’.-])((?:[a-z][a-z-]*\s+){1,3})(?:component|components|portion|sub-?index|"
    r"element)\s+of\s+(?:the\s+)?(?:[a-z]+\s+)?$"
)
_COMPONENT_NOUNS = ("component", "portion", "sub", "element")
_DETERMINERS = word_set("the a an its their this that")
# Measures of the national accounts, stated in real or in nominal terms (a debt is not).
_REAL_MEASURES = word_set(
    "gdp gnp growth output spending consumption personal-income retail-sales investment "
    "wages earnings exports imports productivity"
)


def _with_variant(
    what: str, measure: Measure, spot: _Spot, match: re.Match[str], change: bool
) -> str:
    """`what` with the variant its clause states: real or nominal, unadjusted, a part left
    out ("excluding defence orders")."""
    if measure.subject == ECONOMY:
        # A change in percent is real unless said; one in money ("spending rose 3.6 billion
        # dlrs") is in current money, like a level.
        in_percent = change and spot.unit.kind == "percent"
        variant = _stated_variant(
            spot, match, in_percent or measure.name == "growth", measure.name in _REAL_MEASURES
        )
        if variant is not None:
            what = f"{variant}-{what}"
    if measure.name == "money-supply":
        # "M-1 money supply" and "M-2 money supply" are two aggregates, not one measure.
        # "M-3 rose 19.7 pct": the aggregate's own name is the measure's word.
        aggregate = _AGGREGATE_NAME.fullmatch(match.group(0)) or _AGGREGATE_BEFORE.search(
            spot.sentence, max(0, match.start() - 25), match.start()
        )
        if aggregate is not None:
            name = _AGGREGATE_SEPARATOR.sub("", aggregate.group(1).lower())
            what = f"{name}-{what}"
    if (
        measure.subject == ECONOMY
        and (
            (change and _YEAR_ON_YEAR.search(spot.after[:70]))
            or _YEAR_ON_YEAR_BEFORE.search(spot.sentence, max(0, match.start() - 30), match.start())
            # "... for a year-on-year rise of 23.3 pct": said of the figure itself
            or (change and _YEAR_ON_YEAR_BEFORE.search(spot.before[-30:]))
        )
    ):
        # "fell 0.3 pct from January and 4.2 pct from a year earlier": two changes;
        # "year-on-year inflation" beside the month's own rate: two rates.
        what = f"{what}:year-on-year"
    left_out = _left_out(spot)
    if left_out is not None:
        what = f"excluding-{left_out}-{what}"
    return what


# "year-on-year inflation", "the year-over-year rise in prices": written before the measure.
_YEAR_ON_YEAR_BEFORE = compile_pattern(
    r"\b(?:year[\s-]+(?:on|over)[\s-]+year|twelve[\s-]+month|12[\s-]+month)\s+"
    r"(?:[a-z-]+\s+){0,2}$",
    re.IGNORECASE,
)
_AGGREGATE_BEFORE = compile_pattern(r"\b(M-?[0-9][A-Za-z]?)\s+(?:[a-z]+\s+)?$")
_AGGREGATE_SEPARATOR = compile_pattern(r"[\s-]")
_AGGREGATE_NAME = compile_pattern(r"(m[\s-]*[0-9][a-z]?)", re.IGNORECASE)
# A change measured against the same period a year before, not the period just before.
_YEAR_ON_YEAR = compile_pattern(
    r"^[^.;]{0,40}?\b(?:from|over|on|against|compared\s+with)\s+(?:(?:the|its|their)\s+)?"
    r"(?:(?:levels?|figures?|prices)\s+)?(?:(?:a|one)\s+year\s+(?:earlier|ago|before)|"
    r"(?:the\s+)?(?:same|corresponding)\s+(?:month|period|quarter)\s+(?:of\s+)?(?:last|a|the\s+"
    r"previous)\s+year|(?:the\s+)?year[\s-]+(?:earlier|ago)\s+(?:month|period|quarter|level))|"
    r"^\W*(?:\w+\s+){0,2}?(?:year[\s-]+on[\s-]+year|on\s+the\s+year)\b",
    re.IGNORECASE,
)


def _stated_variant(
    spot: _Spot, match: re.Match[str], change: bool, real_or_nominal: bool
) -> str | None:
    """The variant of an economic measure its clause states when it is not the usual one:
    "nominal" for a change (changes are real unless said), "real" for a level (levels are in
    current prices unless said), "unadjusted" for a figure not seasonally adjusted."""
    sentence = spot.sentence
    left, right = spot.clause
    near = sentence[max(left, match.start() - 30) : match.start()]
    clause = sentence[left:right]
    if spot.may_state(("adjust",)) and (_UNADJUSTED.search(near) or _UNADJUSTED.search(clause)):
        return "unadjusted"
    if not real_or_nominal:
        return None
    if change and (_NOMINAL_NEAR.search(near) or _NOMINAL_TERMS.search(clause)):
        return "nominal"
    if not change and (_REAL_NEAR.search(near) or _REAL_TERMS.search(clause)):
        return "real"
    return None


# "Excluding defence orders, factory orders fell 5.2 pct", "profit before extraordinary items":
# a figure that leaves a part out is a narrower measure than the whole.
_LEFT_OUT = compile_pattern(
    r"\b(?:excluding|exclusive\s+of|except\s+for|leaving\s+out|"
    r"before|(?<=,\s)without)\s+(?:the\s+|a\s+|its\s+)?(?:volatile\s+|so-called\s+)?"
    r"([a-z][a-z-]+)",
    re.IGNORECASE,
)
# What "before" leaves out of a figure; before anything else it is a time ("before March").
_LEFT_OUT_BEFORE = word_set(
    "extraordinary tax taxes taxation interest depreciation provisions provision minorities "
    "minority exceptional special one-time nonrecurring non-recurring items"
)


def _left_out(spot: _Spot) -> str | None:
    """The part a figure's clause says it leaves out ("excluding defence orders": defence)."""
    left, right = spot.clause
    clause = spot.sentence[left:right]
    if (
        "xclu" not in clause
        and "xcept" not in clause
        and "efore" not in clause
        and ("ithout" not in clause and "eaving" not in clause)
    ):
        return None
    for found in _LEFT_OUT.finditer(clause):
        word = found.group(1).lower()
        opener = found.group(0).lower()
        if opener.startswith("before") and word not in _LEFT_OUT_BEFORE:
            continue
        return word
    return None


# Balances: what an account or a store holds on a day. Articles also name the amounts dealt in
# ("rescheduling 3.6 billion dlrs of debt", "froze 15 billion dlrs in deposits"): only a figure
# stated as the balance is one.
_BALANCES = word_set(
    "debt reserves assets deposits loans borrowings capital backlog stocks market-value"
)
# Words that make the amount one dealt in, not the balance.
_DEALT_IN = compile_pattern(
    r"\b(?:reschedul\w*|refinanc\w*|repa(?:y|id|ying|yment|yments)|moratorium|froze|frozen|"
    r"freez\w*|servic(?:e|ed|ing)|restructur\w*|swap\w*|conver(?:t|ted|ting|sion)|"
    r"writ(?:e|ten|ing)[\s-]+off|forgiv\w*|payments?|paid|bought|buy|buying|sold|sell|selling|"
    r"offerings?|issues?|issued|issuing|inject\w*|drain\w*|withdr[ae]w\w*|(?-i:new)|fresh|"
    r"additional|extra|approv\w*|extend\w*|grant\w*|lend\w*|disburs\w*|undisbursed|"
    r"commitments?)\b",
    re.IGNORECASE,
)
# "two loans", "a loan", "three credits": single loans made, not a balance.
_COUNTED_BALANCE = compile_pattern(
    r"\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several)\s+"
    r"(?:[a-z-]+\s+){0,2}$",
    re.IGNORECASE,
)
_DEALT_IN_REACH = 30
# "the restructuring of Ostera's 4.1 billion euro debt": the owner's name stands between the
# word dealing in the amount and the amount.
_DEALT_IN_OWNER_BEFORE = compile_pattern(
    r"\b(?:reschedul\w*|refinanc\w*|repayments?|restructur\w*|conversion|servicing)\s+of\s+"
    r"(?:the\s+)?(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*(?:['’]s?)\s+$"
)
# How a clause states a balance after naming it: "debt of", "reserves stood at", "debts
# total", "fell 222 mln dlrs to".
_BALANCE_LINK = compile_pattern(
    r"(?:\b(?:of|at|to|was|were|is|are|be|now|totals?|totall?ed|totall?ing|reached|stood|"
    r"stands?|standing|amounts?|amounted|amounting|about|around|some|nearly|almost|roughly|"
    r"approximately|estimated|record|just|over|under|than|more|less|only|an?|up|down)\s*)+$",
    re.IGNORECASE,
)
# ... or before naming it: "its 109 billion dlr foreign debt".
_BALANCE_BEFORE = compile_pattern(r"\s*(?:[A-Za-z-]+\s+){0,2}$")
_PREPOSITIONS = word_set("of in on for from to with by at into under")


def _states_balance(spot: _Spot, span: tuple[int, int]) -> bool:
    """Whether a figure is a balance as stated, not an amount dealt in."""
    sentence = spot.sentence
    left = max(spot.clause[0], min(spot.offset, span[0]) - _DEALT_IN_REACH)
    # The verb or noun dealing in the amount governs it: shortly before the figure and its
    # measure, or between them ("rescheduling 3.6 billion dlrs of debt", "debt repayments of").
    if _DEALT_IN.search(sentence, left, max(spot.end, span[1])):
        return False
    if _DEALT_IN_OWNER_BEFORE.search(sentence, max(0, spot.offset - 80), spot.offset):
        return False
    if _COUNTED_BALANCE.search(sentence, max(0, span[0] - 30), span[0]):
        return False
    if span[1] <= spot.offset:
        between = sentence[span[1] : spot.offset]
        return len(between) <= 120 and _BALANCE_LINK.search(between) is not None
    between = sentence[spot.end : span[0]]
    return _BALANCE_BEFORE.fullmatch(between) is not None and not any(
        word.lower() in _PREPOSITIONS for word in between.split()
    )


_COUNTED = ("people", "things", "bare")
# Counts of things an incident damaged or idled change as reports come in.
_COUNT_OF_THINGS = Measure(
    name="count",
    figures=frozenset({"things"}),
    subject=COMPANY,
    behaviour="moves",
    forms=(),
)
_THINGS_MEASURES = {"seat": "seats"}
# Bodies said to be somewhere, or recovered so far, are those bodies, a part of the toll
# ("80 bodies estimated to be trapped in the hull", "12 bodies were pulled from the river").
_BODIES_SOMEWHERE_AFTER = compile_pattern(
    r"^\W{0,3}(?:(?:[a-z]+\s+){0,4}?)(?:trapped|still|inside|aboard|recovered|retrieved|found|"
    r"pulled|washed|buried|lying|remain\w*|under|in\s+the\s+(?:wreck|hull|rubble|debris))\b",
    re.IGNORECASE,
)
# Counted nouns that say what happened to the people counted.
_ROLE_NOUNS = {
    "death": "killed",
    "fatality": "killed",
    "body": "killed",
    "casualty": "casualties",
    "injury": "injured",
    "survivor": "rescued",
    "evacuee": "displaced",
    "refugee": "displaced",
    "detainee": "detained",
    "arrest": "detained",
}
# Words a scanner may take for a figure's counted noun that count nothing ("rose to 310
# overnight"): the figure is a bare number.
_NOT_NOUNS = word_set(
    """
    overnight today yesterday tonight earlier later now since ago more less so then given
    taken seen done made
    """
)
# Things an incident destroys, damages or idles: their counts are followed over time.
_INCIDENT_THINGS = word_set(
    """
    home house building hut dwelling apartment flat school hospital church shop bridge road
    vehicle car truck bus train carriage wagon plane aircraft helicopter ship vessel boat
    ferry tanker well mine village hectare acre head animal cattle livestock
    """
)
# Kin of the people counted: "survivors of 77 of the victims", "families of 12 miners".
_KIN_OF_BEFORE = compile_pattern(
    r"\b(?:survivors|relatives|families|kin|widows|dependants|dependents)\s+of\s+"
    r"(?:the\s+|some\s+|about\s+|nearly\s+)*$",
    re.IGNORECASE,
)
# Ships, aircraft or vehicles a party sends, keeps or has in a force: the party's, never a
# count of what an incident sank or damaged ("has sent eight ships", "its 30-ship force").
_DEPLOYED_AFTER = compile_pattern(
    r"\s*(?:-\s*)?(?:[a-z]+\s+)?(?:force|forces|fleet|flotilla|convoy|squadron|task\s+force|"
    r"armada|escort|patrol)s?\b",
    re.IGNORECASE,
)
_DEPLOYED_BEFORE = compile_pattern(
    r"\b(?:sent|send|sends|sending|deploy\w*|dispatch\w*|station\w*|keep\w*|kept|"
    r"maintain\w*|has|have|had)\s+(?:(?:a|an|the|its|their|some|another|about|around|"
    r"nearly|over|up\s+to|at\s+least|more\s+than)\s+)*$",
    re.IGNORECASE,
)
# Counted nouns whose number means nothing without the transaction it belongs to.
_TRANSACTION_NOUNS = word_set(
    """
    share stock unit bond warrant note option contract lot order time day year month week
    hour minute point cent percent
    """
)


_STEP = compile_pattern(r"\b(year|quarter|month|week)\b", re.IGNORECASE)
_QUARTER = compile_pattern(r"^(\d{4})-Q([1-4])$")
_NAMED_YEAR = compile_pattern(r"\b(?:19|20)\d\d\b")
# A crop's figure (see `_crop_season`): its kinds, the words that say it is a crop's, a split
# crop year, a season before the one under way.
_CROP_KINDS = ("mass", "volume")
_CROPS = word_set(
    """
    wheat maize corn soybean soya sorghum sunflower sunflowerseed barley rice paddy cotton
    sugar cane beet coffee cocoa oat rye rapeseed grain coarse groundnut peanut potato tea
    rubber palm copra millet lentil
    """
)
# A crop named in the text (`_qualifier_of`): the specific crops of `_CROPS`.
# A sentence whose subject points back to what the sentence before named, the figure coming
# right after the verb: "It was put at", "This compared with", "The total stood at". Nothing
# else may stand between them: "It was one of the banks which lent 110 mln" or "The total
# includes 2.5 billion of two-year bills" say something else of the figure.
_BACK_REFERENCE_OPENING = re.compile(
    r"\s*(?:but\s+|and\s+)?(?:it|this|that|(?:the|last\s+(?:year|season)['’]s)\s+"
    r"(?:figure|total|level))\s+(?:(?:was|is|had\s+been|has\s+been|will\s+be|would\s+be|"
    r"stood|stands)\s+(?:(?:put|estimated|forecast|seen|projected|revised|placed|set)\s+)?"
    r"(?:at\s+)?|compare[sd]\s+with\s+(?:(?:a|the)\s+)?(?:revised\s+)?)"
    r"(?:(?:a\s+)?record\s+|about\s+|around\s+|some\s+|only\s+|just\s+)?",
    re.IGNORECASE,
)
# "... above last year's total of 4.3 mln tonnes": the back-reference right before the figure.
_BACK_REFERENCE_BEFORE = re.compile(
    r"\b(?:the|that|last\s+(?:year|season)['’]s)\s+(?:figure|total|level)\s+"
    r"(?:of|was|at|stood\s+at)\s+(?:(?:a\s+)?record\s+)?$",
    re.IGNORECASE,
)
_CROP_NAME = compile_pattern(
    r"\b(?:wheat|maize|corn|soybeans?|soyabeans?|sorghum|sunflower(?:seed)?|barley|rice|paddy|"
    r"cotton|sugar|coffee|cocoa|oats|rye|rapeseed|groundnuts?|peanuts?|potato(?:es)?|millet|"
    r"lentils?)\b",
    re.IGNORECASE,
)
_UNIT_WORDS = word_set(
    """
    tonne ton kilogram kilo pound bushel bale bag barrel litre liter gallon hectare acre mln
    million billion
    """
)
_CROP_WORD = compile_pattern(r"\b(?:crops?|harvest(?:s|ed|'s)?|seasons?|season's|yields?)\b", re.I)
_CROP_YEAR = compile_pattern(r"(?<![\d/])((?:19|20)\d\d)/\d\d(?![\d/])")
_LAST_SEASON = compile_pattern(
    r"\b(?:last|previous|past|prior)\s+(?:season|harvest|year|crop)(?:'s)?\b", re.I
)
_COMPARED_SIDE = compile_pattern(
    r"[,;(]|\b(?:than|below|above|from|against|versus|vs|compared|down|up|on|over)\b", re.I
)
_WEEK_KEY = compile_pattern(r"^\d{4}-W\d{2}$")
# Periods a crop's figure is read again for (`_crop_season`): a day or a week of the report,
# a season the sentence names for all its figures.
_SEASON_READ_AGAIN = compile_pattern(r"^(?:\d{4}-\d{2}-\d{2}|\d{4}-W\d{2}|fiscal:\d{4})$")
_MONTH = compile_pattern(r"^(\d{4})-(\d{2})$")
_DAY = compile_pattern(r"^\d{4}-\d{2}-\d{2}$")
# "The previous week's level was revised to ...": the week before the release's own week.
_PREVIOUS_WEEKS_BEFORE = compile_pattern(
    r"\b(?:the\s+)?(?:previous|prior|preceding)\s+week'?s\b", re.IGNORECASE
)


def _period_before(when: str | None, phrase: str | None) -> str | None:
    """The period a comparison phrase points back to from `when`: a year earlier, the previous
    quarter or month; None when the phrase's step does not fit the period."""
    if not when or phrase is None or when.startswith(("part:", "to-date:")):
        return None
    if phrase.lower().endswith("last year"):
        return when  # "at the same time last year": the period read is already that year
    named = _NAMED_YEAR.search(phrase)
    if named is not None:
        # "in the 1986 quarter": the period read, in the year named; only the year before
        # the one read or that year itself (the date reader may have read it already).
        digits = re.search(r"\d{4}", when)
        if digits is None or int(named.group(0)) not in (
            int(digits.group(0)),
            int(digits.group(0)) - 1,
        ):
            return None
        return when[: digits.start()] + named.group(0) + when[digits.end() :]
    step = _STEP.search(phrase)
    unit = step.group(1).lower() if step else "year"
    if unit == "year":
        digits = re.search(r"\d{4}", when)
        if digits is None:
            return None
        year = int(digits.group(0)) - 1
        return when[: digits.start()] + str(year) + when[digits.end() :]
    quarter = _QUARTER.match(when)
    if unit == "quarter" and quarter:
        year, number = int(quarter.group(1)), int(quarter.group(2))
        return f"{year - 1}-Q4" if number == 1 else f"{year}-Q{number - 1}"
    month = _MONTH.match(when)
    if unit == "month" and month:
        year, number = int(month.group(1)), int(month.group(2))
        return f"{year - 1}-12" if number == 1 else f"{year}-{number - 1:02d}"
    if unit == "week":
        return _week_before(when)
    return None


# The other side of a comparison named by its own measure: "compared with a loss of",
# "against net income of", "up from prior year earnings of" (no period between: "compared
# with a revised January deficit of" is January's own figure).
_COMPARED_MEASURE = (
    r"\b(?:(?:compared\s+(?:with|to)|against|versus|(?:up|down|rising|falling|rose|fell|"
    r"increased|decreased|declined)\s+from)\s+(?:(?:a|an|the|its|their)\s+)?"
    r"(?P<earlier>(?:prior|previous|preceding|year-ago|year-earlier)[\s-]+year(?:['’]s)?\s+)?"
    r"|from\s+(?:(?:a|an|the|its|their)\s+)?"
    r"(?P<earlier_from>(?:prior|previous|preceding)\s+year(?:['’]s)?\s+))"
    r"(?:(?!(?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december|first|second|third|fourth|quarter|half|year|month|week|of)\b)"
    r"[a-z-]+\s+){1,3}of\s+(?:about\s+|some\s+)?"
)
_COMPARED_SIDE_BEFORE = compile_pattern(_COMPARED_MEASURE + "$", re.IGNORECASE)
# The second figure of a pair on the other side: "... a loss of 3.1 mln dlrs on sales of".
_COMPARED_PAIR_BEFORE = compile_pattern(
    _COMPARED_MEASURE + r"\S*\d[\d,.]*\s+(?:[a-z]+\s+){0,2}?(?:on|with)\s+"
    r"(?:[a-z-]+\s+){1,3}?of\s+(?:about\s+|some\s+)?$",
    re.IGNORECASE,
)
# A pair's second figure after the first: "... on revenues of 2.2 mln", skipped to read the
# period the pair is of ("... a year before").
_PAIR_AFTER = compile_pattern(
    r"^\W*(?:[a-z]+\s+){0,2}?(?:on|with)\s+(?:[a-z-]+\s+){1,3}?of\s+\S*\d[\d,.]*",
    re.IGNORECASE,
)


# A figure of a results pair on the other side of a comparison, its period written only after
# the pair: "compared to earnings of 2.3 mln dlrs or 11 cts on sales of 245 mln dlrs in the
# 1986 quarter", "from 10.6 mln dlrs or 51 cts in 1986". What may stand between the comparison
# word and the figure: a measure named with "of", the pair's figure before it ("... or").
_NUMBER_WITH_UNIT = r"\S*\d[\d,.]*(?:\s+(?:mln|billion|dlrs?|cts?|pct)\b)*"
_PAIR_SIDE_BEFORE = compile_pattern(
    r"\b(?:compared\s+(?:with|to)|against|versus|vs|from)\s+(?:(?:a|an|the|its|their)\s+)?"
    r"(?:(?!(?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december|first|second|third|fourth|quarter|half|year|month|week|of)\b)"
    r"[a-z-]+\s+){0,3}?(?:of\s+(?:about\s+|some\s+)?)?"
    r"(?:" + _NUMBER_WITH_UNIT + r"(?:\s+(?:a|per)\s+share)?\s*,?\s+"
    r"(?:or|(?:on|with)\s+(?:[a-z-]+\s+){1,3}?of)\s+){0,2}$",
    re.IGNORECASE,
)
# The rest of the pair after the figure ("or 11 cts a share", "on sales of 245 mln dlrs"),
# then the period the whole pair is of, in the clause's next words.
_PAIR_REST_THEN_PERIOD = compile_pattern(
    r"^(?:\s+(?:a|per)\s+share|\s*,?\s+or\s+" + _NUMBER_WITH_UNIT + r"|"
    r"\s*,?\s+(?:on|with)\s+(?:[a-z-]+\s+){1,3}?of\s+" + _NUMBER_WITH_UNIT + r")*"
    r"\s*,?\s+(?P<period>a\s+year\s+(?:ago|earlier|before)|"
    r"in\s+the\s+(?:year[- ]ago|year[- ]earlier|prior|previous|preceding)\s+"
    r"(?:fiscal\s+)?(?:year|quarter|period|half|months?)\b|"
    r"in\s+(?:the\s+)?(?:fiscal\s+)?(?:19|20)\d\d(?:\s+(?:fiscal\s+)?"
    r"(?:(?:first|second|third|fourth)\s+)?(?:year|quarter|period|half))?\b)"
    r"(?!\s*(?:[-/]|and\b|to\b))",
    re.IGNORECASE,
)
_PAIR_PERIOD_STEMS = ("year", "quarter", "period", "half", "month", "19", "20")
_DIGIT = compile_pattern(r"\d")


def _pair_period_named_after(spot: _Spot) -> re.Match[str] | None:
    """The period phrase closing a results pair on the other side of a comparison (see
    `_PAIR_SIDE_BEFORE`): a match whose group "period" is the phrase, or None."""
    # read past the 60 characters `before` and `after` hold: a pair runs longer
    after = spot.sentence[spot.end : min(spot.clause[1], spot.end + 160)]
    if not _may_contain(after, _PAIR_PERIOD_STEMS):
        return None
    before = spot.sentence[max(spot.clause[0], spot.offset - 160) : spot.offset]
    side = _PAIR_SIDE_BEFORE.search(before)
    found = _PAIR_REST_THEN_PERIOD.match(after) if side is not None else None
    if found is None or side is None:
        return None
    # A pair only: a lone figure ("from 10.2 billion in 1985") keeps the reading it had.
    in_pair = _DIGIT.search(side.group(0)) or _DIGIT.search(after, 0, found.start("period"))
    return found if in_pair else None


def _outside_pair_period(spot: _Spot, dates: list[Claim]) -> list[Claim]:
    """The dates a figure's period is read from, without the year closing the results pair it
    belongs to ("from 10.6 mln dlrs or 51 cts in 1986" in a first-half sentence): that year
    says which year the sentence's period is read in (see `_period_before`), it is not the
    period. All of them when the pair names no period, or the sentence no other."""
    pair = _pair_period_named_after(spot)
    if pair is None:
        return dates
    start, end = spot.end + pair.start("period"), spot.end + pair.end("period")
    kept = [d for d in dates if not start <= d.start - d.sentence_start < end]
    return kept if kept and len(kept) < len(dates) else dates


def _compared_side(spot: _Spot) -> re.Match[str] | bool | None:
    """Whether the figure is the other side of a comparison named by its measure: None when
    not; the phrase naming the earlier period ("prior year earnings of", "... a year before"
    after the pair), or False when no period is named (a previous value)."""
    match = _COMPARED_SIDE_BEFORE.search(spot.before) or _COMPARED_PAIR_BEFORE.search(spot.before)
    if match is None:
        return None
    if match.group("earlier") or match.group("earlier_from"):
        return match
    return _pair_period_after(spot) or False


def _pair_period_after(spot: _Spot) -> re.Match[str] | None:
    """The period phrase written after the second figure of a pair ("a loss of 3.1 mln dlrs
    on sales of 9 mln a year before" for the loss)."""
    pair = _PAIR_AFTER.match(spot.after)
    if pair is None or not _may_contain(spot.after, _OTHER_PERIOD_STEMS):
        return None
    return _OTHER_PERIOD_AFTER.search(spot.after[pair.end() :])


def _earlier_phrase(spot: _Spot) -> str | None:
    """The phrase saying which earlier period a figure is of ("a year earlier", "prior year
    earnings of")."""
    phrase = (
        _OTHER_PERIOD_AFTER.search(spot.after)
        if _may_contain(spot.after, _OTHER_PERIOD_STEMS)
        else None
    )
    if phrase is None and "of" in spot.before:
        compared = _compared_side(spot)
        phrase = compared if isinstance(compared, re.Match) else None
    if phrase is not None:
        return phrase.group(0)
    pair = _pair_period_named_after(spot)
    return pair.group("period") if pair is not None else None


def _earlier_period_role(basis: str | None) -> str:
    """ "from an upwardly revised 739.0 billion the week before": that period's figure as it
    now stands, stated; unrevised, a value mentioned as the start of a movement."""
    return LEVEL if basis == "revised" else PREVIOUS


def _week_before(when: str | None) -> str | None:
    """A weekly release's figure stands on its week's last day ("in the week ended March 9"):
    "the previous week" is the week ended seven days before."""
    if when is None or not _DAY.match(when):
        return None
    return (date.fromisoformat(when) - timedelta(days=7)).isoformat()


def _year_before(day: date) -> date:
    """The same day a year earlier (February 29 gives February 28)."""
    if day.month == 2 and day.day == 29:
        return day.replace(year=day.year - 1, day=28)
    return day.replace(year=day.year - 1)


_SCALE_WORD = compile_pattern(r"\b(?:thousand|million|mln|billion|bln|trillion)\b", re.IGNORECASE)


def _elided_currency(claim: Claim, figure_claims: Sequence[Claim]) -> FigureUnit | None:
    """The currency a bare amount leaves out: "a surplus of 124 billion marks ... widened
    to 76.50 billion" is in marks, the money figure before it in the sentence."""
    before = [
        other
        for other in figure_claims
        if other.start < claim.start and other.kind == "money" and other.dimension == "currency"
    ]
    return figure_unit(before[-1]) if before else None


def _digit_count(text: str) -> int:
    """The ASCII digits of ASCII text, in one pass: the bytes left when they are deleted."""
    encoded = text.encode("ascii")
    return len(encoded) - len(encoded.translate(None, _DIGIT_BYTES))


_DIGIT_BYTES = b"0123456789"


def _states_figures(text: str, claims: list[Claim]) -> bool:
    """Whether a sentence states figures one by one: not a table or a list of results."""
    count = sum(1 for claim in claims if claim.kind in FIGURE_KINDS)
    return (
        0 < count <= _MAX_FIGURES_PER_SENTENCE
        and (not _may_contain(text, ("vs",)) or len(_VERSUS.findall(text)) <= 1)
        and (
            # No more digits than that, no more numbers (beyond ASCII, more characters are digits)
            (text.isascii() and _digit_count(text) <= _MAX_NUMBERS_PER_SENTENCE)
            or len(_NUMBER_TOKEN.findall(text)) <= _MAX_NUMBERS_PER_SENTENCE
        )
    )


def _holds_stem(lowered: str, stems: tuple[str, ...]) -> bool:
    """Whether lower-case text holds one of these stems (a loop: no generator made per call)."""
    for stem in stems:  # noqa: SIM110 - see the docstring
        if stem in lowered:
            return True
    return False


def _may_contain(text: str, stems: tuple[str, ...]) -> bool:
    """Whether a case-blind pattern needing one of these stems may match in `text`: the stems
    looked for in its lower case; text beyond ASCII, where case folding matches more than lower
    case does ("ſ" for "s"), is left to the pattern."""
    if not text.isascii():
        return True
    lowered = text.lower()
    for stem in stems:  # noqa: SIM110 - no generator made per call
        if stem in lowered:
            return True
    return False


def _vocabulary(name: str) -> Measure | None:
    return measure_named(name) if name else None


def _clause_window(sentence: str, start: int, end: int) -> tuple[int, int]:
    breaks = _clause_breaks(sentence)
    if not breaks:
        return 0, len(sentence)
    left, right = 0, len(sentence)
    for break_start, break_end in breaks:
        if break_start < start < break_end or break_start < end < break_end:
            # A break across the figure's edge: a scan stopped at the edge may find another
            # one inside it, so the window is searched as the edges cut it.
            return _clause_window_searched(sentence, start, end)
        if break_end <= start:
            left = break_end
        elif break_start >= end:
            right = break_start
            break
    return left, right


def _clause_window_searched(sentence: str, start: int, end: int) -> tuple[int, int]:
    left = 0
    for match in _CLAUSE_BREAK.finditer(sentence, 0, start):
        left = match.end()
    right_match = _CLAUSE_BREAK.search(sentence, end)
    return left, right_match.start() if right_match else len(sentence)


@functools.lru_cache(maxsize=64)
def _clause_breaks(sentence: str) -> tuple[tuple[int, int], ...]:
    """Where a sentence breaks into clauses, found once for all its figures. A break is never
    across a figure's edge in practice: then the breaks before the figure are those of the
    whole sentence's scan that end before it, and the first after it the first that starts
    after it (`_clause_window`). Most sentences have none of the characters and words a
    break needs, and are not scanned at all."""
    if not _may_break(sentence):
        return ()
    return tuple(match.span() for match in _CLAUSE_BREAK.finditer(sentence))


def _may_break(sentence: str) -> bool:
    """Whether `_CLAUSE_BREAK` (case-sensitive) may match. Its branches other than ";" and ":"
    need whitespace before a dash or a word. With each run of whitespace written as one space
    (`str.split` and the pattern's whitespace class know the same characters) and one space
    before the sentence, each needs one of `_BREAK_NEEDS`. Hyphens inside words and commas
    before "and" inside other words ("Thailand") are common; these are not."""
    if ";" in sentence or ":" in sentence:
        return True
    spaced = " " + " ".join(sentence.split())
    for needed in _BREAK_NEEDS:  # noqa: SIM110 - no generator made per sentence
        if needed in spaced:
            return True
    return False


_BREAK_NEEDS = (" -", ", and", ", but", ", although", " whil", " whereas")


# "she predicts a May shortfall of 2 billion, and a 2026 shortfall of 31 billion": the second
# figure is another object of the same modal verb.
_COORDINATED_OBJECT = compile_pattern(r"(?:a|an|the|its|their)\s", re.IGNORECASE)
_OBJECT_LIST_BEFORE = compile_pattern(r",?\s+and\s+$")


def _compared_with_expectation(sentence: str, modal: re.Match[str], offset: int) -> bool:
    """Whether a word of expecting is only what the figure at `offset` is compared with
    ("better than analysts had expected", "in line with forecasts"), not a forecast of it."""
    if modal.group(0).lower() not in _EXPECTATION_WORDS:
        return False
    if _EXPECTATION_OF.match(sentence, modal.end()):
        return False  # "above expectations of 40 mln": the expectation's own figure
    compared = _COMPARED_WITH_EXPECTATION.search(
        sentence, max(0, modal.start() - 60), modal.start()
    )
    if compared is None:
        return False
    # "fell short of an expected 20 pct rise", "above the forecast 40 mln": the word names
    # the figure right after it, the expectation's own; "a higher-than-expected 1.72 mln"
    # compares the figure it stands before
    return bool(sentence[modal.end() : offset].strip()) or not compared.group("between")


def _expected_after(after: str) -> re.Match[str] | None:
    """A word saying the figure just before it was expected ("the 0.7 pct gain the markets
    had expected"), unless the figure is compared with the expectation ("was larger than
    expected") rather than a margin over it ("45 mln more than expected")."""
    if not _may_contain(after, _EXPECTED_STEMS):  # most figures are followed by none
        return None
    found = _EXPECTED_AFTER.match(after)
    if found is None:
        return None
    gap = found.group("gap")
    if _COMPARED_IN_GAP.search(gap) and not _MARGIN_FIRST.match(gap):
        return None
    return found


def _governing_modal(
    sentence: str, left: int, offset: int, span: tuple[int, int] | None
) -> re.Match[str] | None:
    """The modal word of the clause that governs the figure (see _MODAL_GOVERNED), or of
    the clause before when this one only continues its list of objects."""
    joined = _OBJECT_LIST_BEFORE.search(sentence, max(0, left - 8), left)
    if joined is not None and _COORDINATED_OBJECT.match(sentence, left):
        previous = _clause_window(sentence, joined.start(), joined.start())[0]
        for modal in _MODAL_WORD.finditer(sentence, previous, joined.start()):
            if _COORDINATED_OBJECT.match(sentence, modal.end() + 1):
                return modal
    start = max(left, offset - 90)
    if not _may_contain(sentence[start:offset], _MODAL_STEMS):
        return None  # most figures have no modal word before them: the scan is skipped
    for modal in _MODAL_WORD.finditer(sentence, start, offset):
        if _compared_with_expectation(sentence, modal, offset):
            continue  # "a smaller-than-expected 164,000 gain": the figure as it came out
        if _MODAL_GOVERNED.match(sentence[modal.end() : offset]):
            return modal
        if (
            span is not None
            and modal.end() <= span[0]
            and span[0] - modal.end() <= 25
            and modal.group(0).lower() not in _WISHES
        ):
            return modal  # "its forecast of a net profit of about 2 billion"
    return None


# "from year-earlier 78 mln", "from a year-ago 1.2 billion": the period before, named only
# by an adjective.
_EARLIER_PERIOD_ADJECTIVE = compile_pattern(
    r"\b(?:year|month|quarter|week)[- ](?:earlier|ago|before)\s+(?:level\s+of\s+)?$",
    re.IGNORECASE,
)
# A period written right after a figure: the figure is that period's.
_OWN_PERIOD_AFTER = compile_pattern(
    r"\s+(?:(?!reported\b|said\b|announced\b|published\b|released\b)[\w-]+\s+){0,3}?"
    r"(?:in|for|during)\s+(?:the\s+)?(?:month\s+of\s+|all\s+of\s+|the\s+whole\s+of\s+)?"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|first|second|third|fourth|"
    r"\d{4})\b",
    re.IGNORECASE,
)
_CONDITIONAL_BEFORE = compile_pattern(
    r"\b(?:as\s+long\s+as|if|unless|provided|providing|whether|should\s+it)\b", re.IGNORECASE
)
_OF_WHICH_BEFORE = compile_pattern(
    r"\b(?:of\s+which|of\s+whom|including|includes|included)\s+(?:(?:about|some|nearly|"
    r"almost|roughly|around|only|just)\s+)?$",
    re.IGNORECASE,
)
_OF_WHICH_STEMS = ("which", "whom", "includ")
# A figure an earlier view gave: "previously expected to exceed eight billion", "originally
# estimated at 40 mln".
_EARLIER_WORDS = word_set("previously originally initially earlier formerly")
# "previously rejected a 27 dlr offer", "had earlier turned down its bid of 40 dlrs": terms
# mentioned as given up before, not the terms now on the table.
_EARLIER_VIEW_BEFORE = compile_pattern(
    r"\b(?:previously|originally|initially|earlier|formerly)\s+(?:been\s+)?(?:expected|"
    r"forecast|estimated|projected|put|set|planned|targeted|seen|reported|announced|"
    r"rejected|turned\s+down|spurned|refused)\s+"
    r"(?:(?:to|at|of|as|about|around|some|nearly|exceed|reach|total|be|top|hit|near|a|an|"
    r"the|its|their|offer|bid|proposal)\s+)*$",
    re.IGNORECASE,
)
_HAD_SAID_BEFORE = compile_pattern(
    r"\bhad\s+(?:earlier\s+|previously\s+|initially\s+|first\s+)?(?:said|reported|"
    r"estimated|announced|put|given|told)\b[^.;:]{0,40}$",
    re.IGNORECASE,
)
_CONDITIONAL_HINTS = ("if", "unless", "provid", "whether", "should", "long")
_FLOW_BEFORE = compile_pattern(
    r"\b(?:repa(?:id|ys?|ying)|amortis\w*|amortiz\w*|paid\s+(?:back|off|down)|wrote\s+off|"
    r"written\s+off|spent|spend\w*|invest\w*|borrow\w*|allocat\w*|earmark\w*)\s+"
    r"(?:(?:about|some|nearly|almost|roughly|around|another|a\s+further|an?|the|its|their)\s+)*$",
    re.IGNORECASE,
)


# Words one of which each pattern anchored at the figure needs: stems of words written with a
# variable ending, else whole words.
_FLOW_STEMS = (
    "repa", "amortis", "amortiz", "paid", "wrote", "written", "spent", "spend", "invest",
    "borrow", "allocat", "earmark",
)  # fmt: skip
_PREVIOUS_WORDS = word_set("from against versus vs compared than instead rather replacing after")
_PREVIOUS_STEMS = (*sorted(_PREVIOUS_WORDS), "(")
_CHANGE_STEMS = (
    "by", "cut", "reduc", "trim", "slash", "sav", "add", "lift", "boost", "shave", "narrow",
    "widen",
)  # fmt: skip
_CHANGE_VERBS = word_set(
    "rose risen rising rises fell fallen falling falls dropped dropping drops declined declining "
    "declines increased increasing decreased decreasing gained gaining jumped climbed slipped "
    "slumped plunged grew growing shrank contracted expanded up down cut lowered raised"
)
_CHANGE_NOUNS = word_set("decline drop fall decrease slump plunge rise increase gain jump growth")


def _conditional(spot: _Spot) -> bool:
    start, end = spot.clause[0], spot.offset
    lowered = spot.sentence[start:end].lower()
    return any(hint in lowered for hint in _CONDITIONAL_HINTS) and bool(
        _CONDITIONAL_BEFORE.search(spot.sentence, start, end)
    )


# Money lent or arranged for a bid, not the bid: "financing totalling N for the offer", "a N
# credit line", "N in bank loans", "N to finance the offer". A determiner right before the
# figure opens the bid's own noun phrase ("loans to finance its N bid" gives the bid). The
# words are read in lower case: in a name ("Savings and Loan Association") they lend nothing.
_FINANCING_STEMS = ("financ", "loan", "lend", "lent", "borrow", "credit", "facilit")
_FINANCING_BEFORE = compile_pattern(
    r"\b(?:financing|refinancing|loans?|lend|lends|lent|lending|borrow(?:s|ed|ing)?|"
    r"borrowings|credits?(?:\s+lines?)?|facilit(?:y|ies))\b(?P<gap>[^,;()]{0,30})$"
)  # lower case: "Savings and Loan Association for N" is a name, not a loan
_OWN_NOUN_PHRASE_BEFORE = compile_pattern(
    r"\b(?:its|the|a|an|their|his|her|this|that)\s+$|\b(?:offer|bid|tender|price)", re.I
)
_FINANCING_AFTER = compile_pattern(
    r"(?:\s+(?:in|of))?[\s-]+(?:(?:bank|bridge|term|revolving|new|senior|subordinated)"
    r"[\s-]+){0,2}(?:financing|loans?|credits?|credit\s+lines?|(?:credit\s+)?facilit(?:y|ies)|"
    r"borrowings?|to\s+(?:help\s+)?(?:re)?financ\w*)\b"
)


def _finances_the_deal(measure: Measure, spot: _Spot) -> bool:
    """Whether a figure read as a bid's or a deal's terms is the financing for it."""
    if measure.subject != DEAL or not spot.may_state(
        _FINANCING_STEMS, spot.clause[0], min(spot.clause[1], spot.end + 40)
    ):
        return False
    if _FINANCING_AFTER.match(spot.sentence, spot.end):
        return True
    before = _FINANCING_BEFORE.search(spot.before)
    return before is not None and not _OWN_NOUN_PHRASE_BEFORE.search(before.group("gap"))


# Terms entertained, not made: "would consider a N offer", "might raise its bid to N",
# "could spend up to N to buy", "is prepared to lift its bid to N", "stands ready to pay N".
# A target considering a bid made ("is considering the N offer"), a bid named by its owner
# ("might raise its N offer": the N is the bid made) and a bid someone could not make others
# accept ("could not force it to accept a N bid") are terms that were made.
_ENTERTAINED_STEMS = (
    "consider", "contemplat", "entertain", "might", "could", "prepared", "ready", "willing"
)  # fmt: skip
_ENTERTAINED_BEFORE = compile_pattern(
    r"\b(?:(?:would|could|might|may)\s+(?:also\s+|only\s+|still\s+)?"
    r"(?:consider|contemplate|entertain)|(?:consider|contemplat)(?:e|es|ed|ing|s)?\s+"
    r"(?:making|offering|bidding|raising|paying|lifting|an?\b)|(?:might|could)\s+"
    r"(?:(?:be\s+willing\s+to|also|still|further|even)\s+)?(?:raise|lift|increase|boost|"
    r"sweeten|offer|bid|pay|spend|top)|(?:prepared|ready|willing)\s+to\s+"
    r"(?:(?:also|further|even|consider)\s+)?(?:raise|raising|lift|increase|boost|sweeten|"
    r"improve|offer|bid|pay|top))\b[^;]{0,80}$",
    re.IGNORECASE,
)
# A raise promised on conditions: "would lift its offer to N if the board agrees", "will
# increase the price to N provided holders tender a majority": terms not yet made. An offer
# itself made on conditions ("would pay N if the board recommends it") is the offer on the
# table; "even if" concedes, it sets no condition. "Subject to certain conditions" after the raise
# is a condition too.
_PROMISED_BEFORE = compile_pattern(
    r"\b(?:would|will|could|might)\s+(?:(?:also|then|further|only)\s+)?(?:raise|lift|"
    r"increase|boost|sweeten|improve|top)\b(?:[^.;]|\.\d){0,90}$",
    re.IGNORECASE,
)
_CONDITION_AFTER = compile_pattern(
    r"(?:[^.;]|\.\d){0,60}?(?<!\beven\s)\b(?:if|provided|providing|on\s+condition|as\s+long\s+as|"
    r"unless|subject\s+to\s+(?:certain\s+|some\s+|several\s+|a\s+number\s+of\s+)?conditions)\b",
    re.IGNORECASE,
)
_CONDITION_STEMS = ("if", "provid", "condition", "long", "unless")
_OWNED_BID_BEFORE = compile_pattern(r"\b(?:its|their|his|her|the)\s+$", re.IGNORECASE)
# The terms a raise starts from ("to 64 dlrs, from 55 dlrs", "up from its original 55 dlrs
# offer") were made, whatever is said of the raise.
_RAISED_FROM_BEFORE = compile_pattern(
    r"\bfrom\s+(?:(?:its|their|his|her|the|an?)\s+)?(?:(?:original|earlier|previous|initial|"
    r"current|existing|old)\s+)?$",
    re.IGNORECASE,
)
_DENIED_STEMS = ("denie", "deny")
_DENIED_BEFORE = compile_pattern(r"\b(?:denie[sd]|deny|denying)\b[^.;]{0,120}$", re.I)


def _as_deal_terms(
    measure: Measure, spot: _Spot, modality: str, part_of: str | None
) -> tuple[str, str | None]:
    """The modality and part of a deal's terms as the words around them say (terms only
    entertained or denied, one part of an offer); other figures' unchanged."""
    if measure.subject != DEAL:
        return modality, part_of
    return _terms_not_made(spot) or modality, _part_of_terms(spot) or part_of


def _terms_not_made(spot: _Spot) -> str | None:
    """The modality of a deal's terms its party only entertained (FORECAST) or denied
    (DENIED); None for terms stated as made."""
    sentence, start = spot.sentence, max(0, spot.offset - 130)
    if spot.may_state(_DENIED_STEMS, start, spot.offset) and _DENIED_BEFORE.search(
        sentence, start, spot.offset
    ):
        return DENIED
    left = max(spot.clause[0], spot.offset - 120)
    if _RAISED_FROM_BEFORE.search(spot.before[-40:]):
        return None
    if (
        spot.may_state(_ENTERTAINED_STEMS, left, spot.offset)
        and _ENTERTAINED_BEFORE.search(sentence, left, spot.offset)
        and not _OWNED_BID_BEFORE.search(spot.before)
    ):
        return FORECAST
    if (
        spot.may_state(_CONDITION_STEMS, spot.end, min(len(sentence), spot.end + 70))
        and _CONDITION_AFTER.match(sentence, spot.end)
        and _PROMISED_BEFORE.search(sentence, left, spot.offset)
        and not _OWNED_BID_BEFORE.search(spot.before)
    ):
        return FORECAST  # "would raise its offer to N if the conditions are met"
    return None


# One part of an offer, not its whole value: "valued the first part of its offer at N", "the
# cash portion of the bid is worth N", "raised the value of that part to N", "N dlrs in
# cash and securities worth 3 dlrs" (cash and another figure: the cash is a part).
_PART_STEMS = ("part", "portion", "component", "tranche")
_PART_OF_TERMS_BEFORE = compile_pattern(
    r"\b(?:(?P<which>first|second|third|cash|stock|share|securities|debt|front[\s-]end|"
    r"back[\s-]end)\s+|(?:that|this|each|one|either)\s+)"
    r"(?:part|portion|component|tranche)\b[^;]{0,70}$"
    r"|\b(?:part|portion|component|tranche)\s+of\s+(?:the|its|their|his|her|an?|"
    r"[A-Z][\w&.-]*(?:'s|’s|'))\s+(?:[\w-]+\s+){0,3}?(?:offer|bid|proposal|deal|package)\b"
    r"[^;]{0,60}$",
    re.IGNORECASE,
)
_CASH_AND_ANOTHER_AFTER = compile_pattern(
    r"\s+(?:(?:a|per)\s+share\s+)?(?:in\s+)?(?P<which>cash|stock|securities|notes)\s*,?\s*"
    r"(?:and|plus)\s+(?:[a-z-]+\s+){0,3}?(?:\$\s*)?\d",
    re.IGNORECASE,
)


def _part_of_terms(spot: _Spot) -> str | None:
    """The part of an offer a figure values ("cash", "first", "part"), or None for its whole."""
    after = _CASH_AND_ANOTHER_AFTER.match(spot.sentence, spot.end)
    if after is not None:
        return after.group("which").lower()
    left = max(spot.clause[0], spot.offset - 140)
    if not spot.may_state(_PART_STEMS, left, spot.offset):
        return None
    found = _PART_OF_TERMS_BEFORE.search(spot.sentence, left, spot.offset)
    if found is None:
        return None
    which = found.group("which")
    return which.lower().replace(" ", "-") if which else "part"


def _figure_role(spot: _Spot) -> str | None:
    """ "level", "previous", or None for a figure relative to another or stated only as a scale
    ("multi-billion dlr")."""
    sentence, offset = spot.sentence, spot.offset
    if _RELATIVE_AFTER.search(spot.after):
        return None
    if _SCALE_FIRST.match(spot.claim.text) or sentence[max(0, offset - 6) : offset].endswith(
        "multi-"
    ):
        return None
    if _conditional(spot):
        return None  # "as long as its stake is more than five pct": a condition, not a fact
    if spot.says(_FLOW_STEMS) and _FLOW_BEFORE.search(spot.before):
        return None  # "repaid six billion dlrs in foreign debt": money moved, not a level
    if spot.may_say(_OF_WHICH_STEMS) and _OF_WHICH_BEFORE.search(spot.before):
        return None  # "exports were 2.18 billion, of which 979 mln were crude": a part
    if spot.says(_EXTREME_STEMS) and _THRESHOLD_BEFORE.search(spot.before):
        return None  # "could fall below its record low of 3.5 pct": a mark, not the rate
    if _MORE_AFTER_NUMBER.search(spot.claim.text) or _MORE_AFTER.match(spot.after):
        return None  # "five more bodies", "some seven more in ports abroad": an addition
    if spot.may_say(("earlier", "ago", "before")) and _EARLIER_PERIOD_ADJECTIVE.search(spot.before):
        return None  # "rose to 92.8 mln from year-earlier 78 mln": a period read nowhere
    if _may_contain(spot.after, _OTHER_PERIOD_STEMS) and _OTHER_PERIOD_AFTER.search(spot.after):
        return EARLIER_PERIOD  # "up from 1.7 billion a year earlier": another period's figure
    if _pair_period_named_after(spot) is not None:
        return EARLIER_PERIOD  # "compared to 2.3 mln dlrs or 11 cts in the 1986 quarter"
    return _compared_role(spot)


def _compared_role(spot: _Spot) -> str:
    """ "previous" for the other side of a comparison or a value given up, else "level"."""
    if "of" in spot.before and (compared := _compared_side(spot)) is not None:
        # "compared with a loss of 3.1 mln dlrs on sales of 9 mln a year before", "up from
        # prior year earnings of 2.2 mln": the other side, named by its measure.
        return EARLIER_PERIOD if compared else PREVIOUS
    before = spot.before[-45:]
    if (
        ("(" in before or spot.has_word(_PREVIOUS_WORDS)) and _PREVIOUS_BEFORE.search(before)
    ) or _PREVIOUS_AFTER.search(spot.after):
        return PREVIOUS
    if spot.unit.kind == "percent" and _FROM_SHARES_OR_BEFORE.search(
        spot.sentence, max(0, spot.offset - 100), spot.offset
    ):
        return PREVIOUS  # "to 1.4 mln shares, or 9.8 pct, from 1.2 mln shares, or 8.0 pct"
    if spot.has_word(_EARLIER_WORDS) and (
        _EARLIER_VIEW_BEFORE.search(before) or _HAD_SAID_BEFORE.search(before)
    ):
        # "previously expected to exceed eight billion": the view given up; "earlier, the
        # company had said 44 miners were trapped": the report since replaced.
        return PREVIOUS
    return LEVEL


# A record the figure is said to go past or stay short of ("could fall below its record low
# of 3.5 pct", "above the all-time high of 2,100"): a mark to compare with, not the measure's
# value. "Hit a record low of 3.5 pct" is the value.
_EXTREME_STEMS = ("record", "all-time", "historic", "peak", "lowest", "highest")
_THRESHOLD_BEFORE = compile_pattern(
    r"\b(?:below|above|under|beyond|past|exceeds?|exceeded|surpass(?:es|ed)?|breaks?|broke|"
    r"breaching|breach(?:es|ed)?|short\s+of|near|nearing|approach(?:es|ed|ing)?)\s+"
    r"(?:(?:its|the|a|their|this|that|last\s+year's|[\w-]+'s)\s+)?(?:previous\s+|earlier\s+)?"
    r"(?:(?:record|all-time|historic(?:al)?)\s+(?:low|high|level|peak)s?|"
    r"(?:lowest|highest)\s+(?:ever\s+)?(?:point|level|mark)s?(?:\s+ever)?)\s*(?:of\s+)?"
    r"(?:about\s+|around\s+|some\s+)?$",
    re.IGNORECASE,
)
# A number followed by "more" counts what is added to another figure, not the whole: "five
# more bodies", "about nine more in foreign ports" ("more than 170" is a bound, written first).
_MORE_AFTER_NUMBER = compile_pattern(
    r"^\S*\d\S*\s+more\b|^[a-z]+\s+more\b(?!\s+than)", re.IGNORECASE
)
_MORE_AFTER = compile_pattern(r"\s+more\b(?!\s+than)", re.IGNORECASE)


# A change verb right before the figure ("fell 8.2 billion", "rose by 5 pct"), or before the
# amount the figure restates ("fell 8.2 billion dlrs, or 4.0 pct"); not "rose to 19".
_CHANGE_VERB_BEFORE = compile_pattern(
    r"\b(?:rose|risen|rising|rises|fell|fallen|falling|falls|dropped|dropping|drops|declined|"
    r"declining|declines|increased|increasing|decreased|decreasing|gained|gaining|jumped|"
    r"climbed|slipped|slumped|plunged|grew|growing|shrank|contracted|expanded|up|down|"
    r"cut|lowered|raised)\s+(?:by\s+)?(?:(?:about|some|nearly|almost|roughly|around|an?|"
    r"revised|another|a\s+further|preliminary|provisional|estimated|identical|unrevised)\s+)*$",
    re.IGNORECASE,
)
_OR_RESTATED_BEFORE = compile_pattern(
    r"\b(?:rose|fell|dropped|declined|increased|decreased|gained|jumped|climbed|slipped|"
    r"grew|shrank|up|down|increase|rise|decline|drop|fall|gain)\s+(?:by\s+)?"
    r"(?:a\s+revised\s+)?[^,;]{1,60},\s+or\s+$",
    re.IGNORECASE,
)
# A change noun right after the figure or the measure: "a 20 pct decline", "drop of 5.3 pct".
_CHANGE_NOUN_AFTER = compile_pattern(
    r"\W*(?:\w+\s+){0,1}?(?:decline|drop|fall|decrease|slump|plunge|rise|increase|gain|jump|"
    r"growth)\b",
    re.IGNORECASE,
)
_CHANGE_NOUN_BEFORE = compile_pattern(
    r"\b(?:decline|drop|fall|decrease|slump|plunge|rise|increase|gain|jump|growth)\s+"
    r"(?:in\s+(?:[\w-]+\s+){1,4})?(?:of|by)\s+(?:about\s+|some\s+)?$",
    re.IGNORECASE,
)


_CHANGE_NOUN_WORDS = (
    "decline", "drop", "fall", "decrease", "slump", "plunge", "rise", "increase", "gain", "jump",
    "growth",
)  # fmt: skip


def _change_noun_after(spot: _Spot) -> re.Match[str] | None:
    """`_CHANGE_NOUN_AFTER` at the words after the figure, tried only when one of its nouns is
    written there (`_may_contain`): most figures are followed by none."""
    if not _may_contain(spot.after, _CHANGE_NOUN_WORDS):
        return None
    return _CHANGE_NOUN_AFTER.match(spot.after)


def _is_change(spot: _Spot, match: re.Match[str] | None = None) -> bool:
    """Whether the figure is a change of its measure rather than its level."""
    if spot.change is None:
        spot.change = _changes(spot)
    if spot.change:
        return True
    return match is not None and bool(_CHANGE_HEAD.match(spot.sentence, match.end()))


def _changes(spot: _Spot) -> bool:
    return spot.claim.change is not None or _changed_in_words(spot)


def _changed_in_words(spot: _Spot) -> bool:
    """Whether the words around a figure make it a change (not the extractor's direction)."""
    before = spot.before
    stripped = before.rstrip()
    if (
        (spot.says(_CHANGE_STEMS) and _CHANGE_BEFORE.search(before))
        or (spot.has_word(_CHANGE_VERBS) and _CHANGE_VERB_BEFORE.search(before))
        or (
            stripped[-3:-2].isspace()
            and stripped[-2:].lower() == "or"
            and _OR_RESTATED_BEFORE.search(before)
        )
        or (spot.has_word(_CHANGE_NOUNS) and _CHANGE_NOUN_BEFORE.search(before))
    ):
        return True
    return _change_noun_after(spot) is not None


def _loss_level(spot: _Spot, measure: Measure, match: re.Match[str]) -> bool:
    """A loss the extractor reads as a fall only because it is a loss ("a loss of 12 mln
    dlrs", "a 12 mln dlr loss") is the period's loss, as "the loss was 12 mln dlrs" is: a
    change only when words say so ("the loss widened by 3 mln dlrs")."""
    return (
        measure.name.endswith("loss")
        and spot.claim.change == "down"
        and not _changed_in_words(spot)
        and not _CHANGE_HEAD.match(spot.sentence, match.end())
    )


_FALL_WORDS = compile_pattern(
    r"\b(?:fell|fallen|falling|falls|dropped|dropping|drops|declined|declining|declines|"
    r"decreased|decreasing|slipped|slumped|plunged|shrank|contracted|lost|down|cut|lowered|"
    r"decline|drop|fall|decrease|slump|plunge)\b",
    re.IGNORECASE,
)


def _falls(spot: _Spot, what: str) -> bool:
    """Whether a change is a fall: the extractor says so, or the words nearest the figure
    ("fell 8.2 billion, or 4.0 pct", "after a 20 pct decline", "an orders drop of 5.3 pct").
    A loss's level is the amount lost, never a fall ("a 12 mln dlr loss" is 12 mln)."""
    if not what.endswith(":change") and what.split(":")[0].endswith("loss"):
        return False
    if spot.claim.change is not None:
        return spot.claim.change == "down"
    if not what.endswith(":change"):
        return False
    after = _change_noun_after(spot)
    if after is not None:
        return bool(_FALL_WORDS.search(after.group(0)))
    words = list(_FALL_WORDS.finditer(spot.before[-60:]))
    rises = list(_RISE_WORDS.finditer(spot.before[-60:]))
    if not words:
        return False
    return not rises or rises[-1].start() < words[-1].start()


_RISE_WORDS = compile_pattern(
    r"\b(?:rose|risen|rising|rises|increased|increasing|gained|gaining|jumped|climbed|grew|"
    r"growing|expanded|up|raised|rise|increase|gain|jump|growth)\b",
    re.IGNORECASE,
)


# A range's end written as a word: "between 7.7 and eight mln tonnes", "three and 3.3 mln".
_NUMBER_WORD_TEXT = (
    r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
    r"forty|fifty)"
)
_WORD_ENDED_RANGE = compile_pattern(
    rf"(?:\d[\d,.]*|{_NUMBER_WORD_TEXT})\s+(?:and|to)\s+(?:\d[\d,.]*|{_NUMBER_WORD_TEXT})"
    r"(?:\s+(?:mln|million|billion|bln))?\s+[a-z]",
    re.IGNORECASE,
)


def _figure_interval(spot: _Spot, factor: float) -> tuple[float, float, float, float | None] | None:
    claim = spot.claim
    low, high, precision, point = claim_interval(claim, factor)
    if spot.unit.kind in _COUNTED and point is not None and claim.qualifier == "exact":
        high = point + precision  # a count is not truncated: "one person" is not two
    ends = len(_NUMBER_TOKEN.findall(claim.text))
    if ends == 1 and _WORD_ENDED_RANGE.match(claim.text):
        ends = 2
    if point is None and (math.isnan(low) or ends == 1):
        return None  # a range needs two ends ("68- billion" is a slip, not a range)
    before = spot.before
    raised = claim.qualifier in ("at_most", "less_than") and _RAISED_UP_TO.search(before)
    if raised and point is not None:  # "revised the cost up to 455 million": raised to it
        low, high = point - precision, point + 2 * precision
    if (
        claim.qualifier == "exact"
        and spot.may_say(_AT_LEAST_STEMS)
        and _AT_LEAST_BEFORE.search(before)
    ):
        high = math.inf
    elif claim.qualifier == "exact" and _AT_MOST_BEFORE.search(before):
        low = -math.inf
    return low, high, precision, point


# "agreed to buy Pellier Foods for 1.2 billion euros": a deal's price.
_DEAL_FOR = compile_pattern(r"\bfor\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+)?$", re.I)
_DEAL_VERBS = compile_pattern(
    r"\b(?:buy|buys|bought|buying|acquire\w*|acquisition|purchas\w*|sell|sells|sold|selling|"
    r"sale|paid|pay|pays|agreed|takeover|merger|deal)\b",
    re.IGNORECASE,
)


# "N dlrs in X": X says what the money is.
# How it is paid is not what it is: "1.2 billion euros in cash", "in stock".
_SPENT_ON_OTHER = compile_pattern(
    r"\s+(?:in|of|for)\s+(?!cash\b|stock\b|shares\b|securities\b|notes\b|bonds\b|"
    r"debentures\b|common\b|preferred\b|the\b|a\b|an\b|its\b|their\b|about\b|"
    # A period after the figure ("3.4 billion dlrs in February") is when, not what on.
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b|fiscal\b|calendar\b|"
    r"first\b|second\b|third\b|fourth\b|early\b|mid\b|late\b|last\b|this\b|next\b)"
    r"(?:new\s+|lost\s+|extra\s+)?[a-z]",
    re.IGNORECASE,
)


# A money figure written before its noun, as an adjective: "the 268 mln dlr pact", "a 300
# mln dlr recovery loan". It is the amount of that noun: a measure only when the noun is one.
_PRENOMINAL_MONEY = compile_pattern(
    r"(?:\bdlr|\bdollar|\bstg|\beuro|\bpound|\bfranc|\bmark|\bguilder|\bcrown|\blira|\bpeso|"
    r"\brand|-[a-z]+)$",
    re.IGNORECASE,
)
_PRENOMINAL_ENDS = (
    "dlr", "dollar", "stg", "euro", "pound", "franc", "mark", "guilder", "crown", "lira", "peso",
    "rand",
)  # fmt: skip


def _prenominal_money(text: str) -> bool:
    """Whether `_PRENOMINAL_MONEY` matches: tried only when the text may end as it needs, in
    one of its currency words or a hyphenated word (lower case is case folding in ASCII)."""
    if text.isascii() and "-" not in text and not text.lower().endswith(_PRENOMINAL_ENDS):
        return False
    return _PRENOMINAL_MONEY.search(text) is not None


_NOUN_WORDS_AFTER = compile_pattern(r"[\s-]+((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)")
_NOT_A_NOUN = word_set(
    """
    in of for to a an the and or from at on by with per each is was were are be been has
    have had will would could may might should can that which who when while as than into
    over under after before since until if but not cash
    """
)
# "632.5 mln dlrs cash, 2.5 mln shares and ...": one part of a price paid in several forms.
_PART_PAID_IN_CASH = compile_pattern(
    r"^\s*(?:in\s+)?cash\s*(?:,|and|plus)\s+(?:about\s+|some\s+|an?\s+)?[\d(]", re.IGNORECASE
)
_SHARES_TRADED = compile_pattern(
    r"\b(?:bought|sold|buys|sells|buying|selling|purchased|acquired)\s+(?:(?:[\w,.<>-]+)\s+){0,5}?"
    r"(?:common\s+)?(?:shares|stock)\b(?![^,;]{0,40}\b(?:offer|bid|tender)\b)|"
    r"\bfor\s+(?:its|their|the)\s+(?:[\w,.]+\s+){0,4}?(?:common\s+)?shares\b",
    re.IGNORECASE,
)
_SECURITY = compile_pattern(
    r"\b(?:bonds?|notes|debentures?|issues?|issuing|coupons?|certificates?|loans?|"
    r"eurobonds?|paper|mortgages?|deposits?)\b",
    re.IGNORECASE,
)


# The size of an issue of securities: "offering 80 mln dlrs of convertible subordinated
# debentures due 2012", "issuing a 75 mln dlr eurobond due June 3, 1994", "raising 80 mln
# dlrs via an offering of ... debentures due 2012", "a registration statement covering a 80
# mln dlr issue of ... due 2012", "its planned 80 mln dlr issue of convertible debt due 2012": a
# verb of issuing (or "planned", "proposed") before the amount, the security's noun after it
# and its maturity after that.
_ISSUING_BEFORE = compile_pattern(
    r"\b(?:issu(?:e|es|ed|ing)|offer(?:s|ed|ing)?|sell(?:s|ing)?|sold|plac(?:e|es|ed|ing)|"
    r"priced|pricing|launch(?:es|ed|ing)?|filed\s+(?:for|to\s+offer)|rais(?:e|es|ed|ing)|covering|"
    r"(?:public\s+)?offering\s+of)\s+(?:(?:an?|about|some|up\s+to|approximately|its|an\s+additional)"
    r"\s+)?(?:(?:planned|proposed)\s+)?$|"
    # "Tamsen's planned 90 mln dlr issue of debentures due 2011": the issue named after it
    r"\b(?:planned|proposed)\s+$",
    re.IGNORECASE,
)
_SECURITY_AFTER = compile_pattern(
    r"(?:\s+(?:via|through)\s+(?:an?\s+|its\s+)?(?:public\s+)?(?:offering|sale|issue))?"
    r"\s+(?:of\s+(?:its\s+|new\s+)?)?(?:(?:[\d./-]+\s+pct|[a-z][\w-]*)\s+){0,4}?"
    r"(?P<noun>debentures?|notes|bonds?|eurobonds?|(?<=convertible\s)debt)\b"
    r"(?P<rest>[^.;]{0,60}?)\bdue\s+(?:in\s+)?(?:(?P<month>[A-Z][a-z]+)\.?\s+"
    r"(?:(?P<day>\d{1,2}),?\s+)?)?(?P<year>(?:19|20)\d\d)\b",
)


def _issue_or_other_money(spot: _Spot) -> Measured | tuple[()] | None:
    """A money figure that is the size of an issue of securities or a contract's value (its
    measure), the amount of something no measure names (`()`), or neither (`None`)."""
    issued = _security_issue(spot) or _contract_value(spot)
    if issued is not None:
        return issued
    return () if _money_of_something_else(spot) else None


def _speaker(view: _SentenceView, measure_span: tuple[int, int] | None) -> str | None:
    """Who speaks in the sentence, unless the words read as the speaker are the figure's own
    measure ("Soybean production estimates were revised to ...": a measure, not a source)."""
    spoken = view.source_span
    if spoken is None or measure_span is None:
        return view.source
    overlap = spoken[0] < measure_span[1] and measure_span[0] < spoken[1]
    return None if overlap else view.source


# The words of a bank's name: "the bank said" stands for the story's company only when it is one.
_BANK_WORDS = word_set("bank banks bancorp bancorporation banc bancshares banque banco bankers")


def _issuer_is_the_source(measure: Measure, of_what: str, source: str | None, spot: _Spot) -> bool:
    """An issue whose issuer was read as the bank that manages it ("... is issuing a 75 mln
    ECU bond ..., lead manager Holm Bank said": Holm Bank, named only after the amount): the
    issuer is unknown, and keyed by its manager the issue would meet the manager's other
    issues. An issuer named before the amount that also speaks is the issuer. A company
    suffix read alone ("Ltd") names no issuer either."""
    if measure.name != "issue":
        return False
    if not set(of_what.split()) - _COMPANY_SUFFIXES:
        return True  # "Ltd": a company suffix alone names no issuer
    named_before = spot.sentence[: spot.offset].lower()
    return source is not None and of_what in source.lower() and of_what not in named_before


_COMPANY_SUFFIXES = word_set(
    "ltd inc corp co plc nv bv ag sa spa ab as a/s gmbh kk llc lp co. ltd) inc. corp."
)


def _security_issue(spot: _Spot) -> Measured | None:
    """The size of an issue of bonds, notes or debentures, keyed by the year it falls due:
    one company's two issues due in different years are two figures, and an issue with no
    maturity stated gets no identity (it could be any of the company's issues). With no verb
    of issuing, an amount of a security named by its coupon and maturity is that security's
    principal outstanding (`_outstanding_security`)."""
    after = spot.sentence[spot.end : spot.end + 160]  # the words may run past `spot.after`
    if "due" not in after[:120]:
        return None
    if _ISSUING_BEFORE.search(spot.before[-60:]) is None:
        return _outstanding_security(spot, after)
    found = _SECURITY_AFTER.match(after)
    if found is None:
        return None
    measure = _vocabulary("issue")
    if measure is None:
        return None
    start, end = spot.end + found.start("noun"), spot.end + found.end("noun")
    if (named := _ISSUE_NOUN_RIGHT_AFTER.match(after)) is not None:
        # "Norvane's planned 90 mln dlr issue of ... debt": the measure is the noun the
        # amount stands before, so the issuer written before the amount owns it.
        start, end = spot.end + named.start(1), spot.end + named.end(1)
    # "due July 20, 1992": the day it falls due, as stated, tells one issuer's issues apart.
    due = found.group("year")
    if (month := found.group("month")) is not None:
        due += f"-{month[:3].lower()}" + (f"-{found.group('day')}" if found.group("day") else "")
    return measure, f"issue:due-{due}", spot.unit, (start, end)


_ISSUE_NOUN_RIGHT_AFTER = compile_pattern(r"\s+(issue|offering)\s+of\b")


# "110 mln dlrs of 10-3/4 pct senior subordinated debentures due 1998", "30 mln dlr principal
# amount of 14-1/2 pct notes due 2000": the coupon and the maturity name one security.
_COUPON_SECURITY_AFTER = compile_pattern(
    r"\s+(?:(?:of\s+)?(?:its\s+|the\s+)?(?:outstanding\s+)?(?:principal\s+amount\s+)?"
    r"(?:outstanding\s+)?(?:of\s+)?(?:its\s+|the\s+)?)"
    r"(?P<coupon>\d{1,2}(?:\.\d{1,3}|-\d/\d{1,2})?)\s+pct\s+(?:[a-z][\w-]*\s+){0,4}?"
    r"(?P<noun>debentures?|notes|bonds?|eurobonds?|debt)\b(?P<rest>[^.;,]{0,40}?)"
    r"\bdue\s+(?:in\s+)?(?:(?P<month>[A-Z][a-z]+)\.?\s+(?:(?P<day>\d{1,2}),?\s+)?)?"
    r"(?P<year>(?:19|20)\d\d)\b",
)


def _coupon_rate(written: str) -> str:
    """A coupon as a plain decimal: "10-3/4" is "10.75", "8.5" stays "8.5"."""
    whole, _, fraction = written.partition("-")
    if not fraction:
        return whole
    top, bottom = fraction.split("/")
    return f"{int(whole) + int(top) / int(bottom):g}"


def _outstanding_security(spot: _Spot, after: str) -> Measured | None:
    """The principal outstanding of one security named by its coupon and maturity, with no
    verb of issuing before the amount: "an exchange offer for its 110 mln dlrs of 10-3/4 pct
    debentures due 1998", "cut its rating on the 110 mln dlrs of 10-3/4 pct debentures due
    1998". Coupon and maturity key it (one issuer's two securities due in one year differ by
    their coupons); the amount falls as the security is redeemed or exchanged, so two values
    are an update, never a contradiction."""
    found = _COUPON_SECURITY_AFTER.match(after)
    if found is None or "pct" in spot.unit.unit:
        return None
    measure = _vocabulary("securities")
    if measure is None:
        return None
    start = spot.end + found.start("noun")
    key = f"securities:{_coupon_rate(found.group('coupon'))}pct-due-{found.group('year')}"
    return measure, key, spot.unit, (start, start + len(found.group("noun")))


# "won a 15 mln franc contract", "a 27.4 mln dlr Navy contract", "a contract worth about 500
# mln dlrs", "a contract valued at 15 mln dlrs": the amount is the contract's value.
_CONTRACT_AFTER = compile_pattern(
    r"\s+(?:[A-Z][\w.-]*\s+){0,2}(?:defen[cs]e\s+|supply\s+|service\s+|research\s+)?"
    r"(?P<noun>contracts?)\b",
)
_CONTRACT_BEFORE = compile_pattern(
    r"\b(?P<noun>contracts?)\s+(?:\w+\s+){0,3}?(?:worth|valued\s+at|totall?ing)\s+"
    r"(?:(?:about|some|approximately|nearly|almost|more\s+than|over|up\s+to)\s+)?$",
    re.IGNORECASE,
)


def _contract_value(spot: _Spot) -> Measured | None:
    """A contract's value: the amount written right before "contract" (a name or a kind of
    contract may stand between) or after "contract worth" or "valued at". A per-share or
    per-unit amount is a price under the contract, not its value."""
    if "ontract" not in spot.sentence or spot.unit.unit.endswith("/share"):
        return None
    found = _CONTRACT_AFTER.match(spot.sentence, spot.end)
    if found is not None:
        start, end = found.span("noun")
    else:
        found = _CONTRACT_BEFORE.search(spot.before[-80:])
        if found is None:
            return None
        offset = spot.offset - len(spot.before[-80:])
        start, end = offset + found.start("noun"), offset + found.end("noun")
    measure = _vocabulary("contract")
    if measure is None:
        return None
    return measure, "contract", spot.unit, (start, end)


def _money_of_something_else(spot: _Spot) -> bool:
    """Whether a money figure is the amount of something no measure names: "300 mln dlrs in
    tariffs", "the 268 mln dlr pact", one part of a price paid in cash and shares."""
    if (
        _SPENT_ON_OTHER.match(spot.after)
        and not spot.unit.unit.endswith("/share")
        and not _names_measure(spot)
        and not _paid_for(spot)
    ):
        # "300 mln dlrs in tariffs", "one billion dlrs in new business"; a price a share is
        # for shares whatever follows ("46 dlrs per share for all the common stock").
        return True
    return _names_other_noun(spot) or bool(_PART_PAID_IN_CASH.match(spot.after))


_AT_A_SITE = compile_pattern(r"\s+(?:[a-z]+\s+)?(?:at|in)\s+(?:the|its|a|an)\s+", re.IGNORECASE)


# A share of a company's stock: "14.3 pct of Brenlow's common stock", "25.7 pct of Brenlow
# common", "51 pct of the company's shares".
_OF_STOCK_AFTER = compile_pattern(
    r"\s+of\s+(?:the\s+)?(?:(?:[A-Z][\w&.-]*\s+){0,4}[A-Z][\w&.-]*(?:['’]s)?\s+|"
    r"(?:company|group|bank|firm)['’]s\s+|its\s+|their\s+)?(?:(?:total|outstanding|voting|"
    r"issued|existing)\s+)*(?:(?:common|ordinary|preferred|class\s+\w)\s+)?"
    r"(?:stock|shares|common|equity)\b"
)
# "an additional 16 pct of the stock": an amount bought, not what is held.
_ADDED_BEFORE = compile_pattern(
    r"\b(?:additional|another|further|extra|more)\s+(?:(?:about|some|nearly|almost)\s+)?$",
    re.IGNORECASE,
)


# "Marlow Capital holds roughly 8 pct of Tessaly": a holding of the company named after it.
_OWNS_BEFORE = compile_pattern(
    r"\b(?:owns|owned|holds|held|controls|controlled)\s+(?:about\s+|some\s+|nearly\s+|"
    r"almost\s+|roughly\s+|approximately\s+|over\s+|more\s+than\s+|less\s+than\s+)?$",
    re.IGNORECASE,
)
_OWNS_STEMS = ("owns", "owned", "holds", "held", "control")
_OF_NAME_AFTER = compile_pattern(r"\s+of\s+(?:the\s+)?<?[A-Z][\w&.-]*")


# A stake's own word, anywhere before its percentage in the sentence ("raised its stake in
# Calmar Co to 1.4 mln shares, or 9.8 pct of the stock").
_STAKE_WORD = compile_pattern(r"\b(?:stake|holding)\b")


def _stock_held(spot: _Spot) -> Measured | None:
    """A percentage of a company's stock someone holds: a stake. "raised its stake in Calmar
    Co to 1.4 mln shares, or 9.8 pct of the stock": the stake word the sentence wrote says whose
    and in what, as for "a 9.8 pct stake"."""
    stake = _vocabulary("stake")
    if stake is None:
        return None
    named, word = _nearest_measure(spot, "percent")
    if named is not stake or word is None or not spot.sentence[word.start()].islower():
        # as written: "SB Holding owns 54.7 pct" names a company, not its holding
        word = _last_match(_STAKE_WORD, spot.sentence, 0, spot.offset)
    span = word.span() if word is not None else (spot.offset, spot.end)
    return stake, "stake", spot.unit, span


def _last_match(pattern: re.Pattern[str], text: str, start: int, end: int) -> re.Match[str] | None:
    last = None
    for last in pattern.finditer(text, start, end):  # noqa: B007
        pass
    return last


# The other forms of a stake: "a 55 pct interest in Brenlow" (as "a 55 pct stake in"),
# "Brenlow is 49 pct owned by Harlow", "Brenlow, 49 pct owned by Harlow,", "Harlow's 49
# pct-owned Brenlow unit". The word read is the stake's word: "interest" or "owned".
_INTEREST_IN_AFTER = compile_pattern(
    r"\s+(?:(?:equity|ownership|voting|minority|majority|controlling)\s+)?(interest)\s+in\s+"
    r"(?:the\s+|its\s+)?<?[A-Z]"  # "in its Tessaly unit": a unit of who sells or holds it
)
_OWNED_AFTER = compile_pattern(r"(?:-|\s+)(owned)\b")


# The share of a target's stock tendered under an offer: the percentage, "of" the stock ("of
# Tessaly's common shares", "of the outstanding shares"), then a verb of tendering ("had been
# validly tendered", "were deposited") or the offer it was taken up under ("bought 18 mln
# shares, or 94 pct of Tessaly's stock, under its offer"; "holders had tendered ..., under
# the offer"). Shares a holder agreed or
# intends to tender are not tendered yet ("agreed to tender" is no participle).
_TENDERED = "shares-tendered"
_OF_TENDERED_STOCK = compile_pattern(
    r",?\s+of\s+(?:the\s+)?((?:[A-Z][\w&.'’-]*\s+){0,4}[A-Z][\w&.'’-]*)?(?:['’]s)?\s*"
    r"(?:(?:total|outstanding|issued|voting|existing)\s+)*(?:(?:common|ordinary|class\s+\w)\s+)?"
    r"(?:stock|shares)\b"
)
_TENDERED_AFTER = compile_pattern(
    r"[^.;]{0,30}?\b(?:(?:tendered|deposited)\b|under\s+(?:its|the|their)\s+(?:[\w-]+\s+){0,3}"
    r"offer\b)",
    re.IGNORECASE,
)
_TAKEN_UP_BEFORE = compile_pattern(
    r"\b(?:acquired|accepted|purchased|bought|took\s+up|tendered|deposited)\b"
)
_SHARES_OF_BEFORE = compile_pattern(r"\bshares\s+of\s+$")


def _tendered_share(spot: _Spot) -> Measured | None:
    """A percentage of a target's stock tendered under an offer (see `_TENDERED_AFTER`)."""
    stock = _OF_TENDERED_STOCK.match(spot.sentence, spot.end)
    if stock is None:
        return None
    verb = _TENDERED_AFTER.match(spot.sentence, stock.end())
    measure = _vocabulary(_TENDERED)
    if verb is None or measure is None or _is_change(spot):
        return None
    if not verb.group(0).lower().endswith(
        ("tendered", "deposited")
    ) and not _TAKEN_UP_BEFORE.search(spot.sentence, spot.clause[0], spot.offset):
        return None  # "holders of 40 pct of the stock under the offer": taken up by nobody yet
    return measure, _TENDERED, spot.unit, verb.span()


def _tender_target(
    spot: _Spot, view: _SentenceView, names: ArticleNames
) -> tuple[str, str, bool, None] | None:
    """The company whose stock was tendered: the name in "of Tessaly's shares" after the
    percentage, else "shares of Tessaly" written before it in the clause, else none."""
    stock = _OF_TENDERED_STOCK.match(spot.sentence, spot.end)
    target = None
    if stock is not None and stock.group(1):
        target = next(
            (key for key, start, _ in view.names if stock.start(1) <= start < stock.end(1)), None
        )
    if target is None:
        target = next(
            (
                key
                for key, start, end in reversed(view.names)
                if spot.clause[0] <= start
                and end <= spot.offset
                and _SHARES_OF_BEFORE.search(spot.sentence, max(0, start - 12), start)
            ),
            None,
        )
    return (names.canonical(target), "deal", True, None) if target is not None else None


def _held_figure(spot: _Spot, kind: str) -> Measured | None:
    """A stake's percentage, the share of a target's stock tendered to a bidder, or the number
    of shares a stake is told in."""
    if kind == "percent":
        return _tendered_share(spot) or _held_percent(spot)
    return _held_shares(spot) if spot.claim.unit == "share" else None


def _held_percent(spot: _Spot) -> Measured | None:
    """A percentage that is a stake: "a 49 pct interest in", "49 pct owned by", "owns 49 pct
    of Brenlow", "49 pct of Brenlow's shares"."""
    owned = _stake_form(spot)
    if owned is None and _holds_stock(spot):
        return _stock_held(spot)
    return owned


# A stake told in shares: "raised its stake in Calmar Co to 1.4 mln shares", "lowering its
# stake to 687,000 shares": the stake's word, then "to" or "of", then the figure.
_STAKE_SHARES_BEFORE = compile_pattern(
    r"\b(stake|holding)\s+(?:in\s+(?:the\s+)?[A-Z][^,.;()]{0,60}?\s+)?(?:to|at|of)\s+"
    r"(?:about\s+|some\s+|nearly\s+|almost\s+|approximately\s+|roughly\s+)?$"
)


# The percentage a stake's shares make, written right after them: the stake is read there once.
_PERCENT_OF_SHARES_AFTER = compile_pattern(
    r"(?:\s+of\s+[^,;]{1,60}?)?,?\s+(?:or|representing|equal\s+to)\s+(?:about\s+|around\s+|"
    r"some\s+|nearly\s+|approximately\s+|roughly\s+)?(?:a\s+)?[\d.]+\s*(?:pct|percent|per\s+cent|%)",
    re.IGNORECASE,
)


def _held_shares(spot: _Spot) -> Measured | None:
    """A number of shares that is a stake, written after the stake's word and with no
    percentage beside it: the stake compared in shares (whose and in what is read in
    `subjects`). With its percentage ("to 1.4 mln shares, or 9.8 pct") the percentage is the
    stake's figure, so one statement gives one finding."""
    if "stake" not in spot.before and "holding" not in spot.before:
        return None
    if _PERCENT_OF_SHARES_AFTER.match(spot.after):
        return None  # "to 1.4 mln shares, or 9.8 pct": the percentage states that stake
    word = _STAKE_SHARES_BEFORE.search(spot.before[-100:])
    stake = _vocabulary("stake")
    if word is None or stake is None or _is_change(spot):
        return None
    start = spot.offset - len(spot.before[-100:]) + word.start(1)
    return stake, "stake", spot.unit, (start, start + len(word.group(1)))


def _stake_form(spot: _Spot) -> Measured | None:
    """A stake written with "interest in" or "owned" right after its percentage: the same
    stake as "a 49 pct stake in Brenlow" (whose and in what is read in `subjects`)."""
    word = _INTEREST_IN_AFTER.match(spot.sentence, spot.end) or _OWNED_AFTER.match(
        spot.sentence, spot.end
    )
    stake = _vocabulary("stake")
    if word is None or stake is None or _is_change(spot) or _ADDED_BEFORE.search(spot.before):
        return None
    return stake, "stake", spot.unit, word.span(1)


def _holds_stock(spot: _Spot) -> bool:
    """Whether a percentage is a share of a company's stock someone holds."""
    owned = (
        spot.may_say(_OWNS_STEMS)
        and _OWNS_BEFORE.search(spot.before)
        and _OF_NAME_AFTER.match(spot.sentence, spot.end)
    )
    return (
        (
            owned
            or _OF_STOCK_AFTER.match(spot.sentence, spot.end) is not None
            or _shares_held_as_percent(spot)
        )
        and not _ADDED_BEFORE.search(spot.before)
        and not _is_change(spot)
    )


# "owns two mln Pelmar shares, or about 12 pct of the total", "from 721,900 shares, or 7.2
# pct", "owns 1.2 mln shares of Pelmar Corp, or 9 pct": the percentage a number of shares
# held makes, the holding written before it.
_SHARES_OR_BEFORE = compile_pattern(
    r"\bshares(?:\s+outstanding|\s+of\s+(?:the\s+)?<?[A-Z][^,;:()]{0,60}?)?,?\s+or\s+"
    r"(?:about\s+|some\s+|nearly\s+|almost\s+|"
    r"roughly\s+|approximately\s+|over\s+|more\s+than\s+)?$",
    re.IGNORECASE,
)
# The holding a change started from, in shares and then percent: "from 721,900 shares, or",
# "from 551,000, or", "from a previous figure of about 1,230,107 shares, or".
_FROM_SHARES_OR_BEFORE = compile_pattern(
    r"\b(?:from|against|compared\s+with)\s+(?:an?\s+|the\s+|its\s+)?(?:previous\s+|prior\s+|"
    r"earlier\s+)?(?:figure\s+of\s+|total\s+of\s+|holding\s+of\s+)?(?:about\s+|"
    r"approximately\s+|some\s+|nearly\s+)?[\d][\d,.]*(?:\s+(?:mln|million))?"
    r"(?:\s+(?:common\s+)?shares)?,?\s+or\s+(?:about\s+|approximately\s+|some\s+)?$",
    re.IGNORECASE,
)
_HOLDING_WORD = compile_pattern(
    r"\b(?:owns|own|owned|holds|hold|held|controls|control|stake|holding)\b", re.IGNORECASE
)
_HOLDING_REACH = 160
# The form a holder's disclosure takes (told to regulators: it has acquired N shares of a
# company, or P pct of the total) states what it now holds, as "owns" would.
# A purchase told in the past ("bought N shares, or P pct, last week") may be only a
# part of the holding and stays no stake.
_ACQUIRED_HOLDING = compile_pattern(r"\b(?:has|have)\s+(?:now\s+)?acquired\b", re.IGNORECASE)


def _shares_held_as_percent(spot: _Spot) -> bool:
    """A percentage after "N shares, or" in a sentence that says the shares are held (a
    verb of holding, the stake's word or "has acquired" before them): not shares tendered,
    bought or sold."""
    before = spot.sentence[max(0, spot.offset - _HOLDING_REACH) : spot.offset]
    return bool(
        _SHARES_OR_BEFORE.search(before)
        and (_HOLDING_WORD.search(before) or _ACQUIRED_HOLDING.search(before))
    )


def _company_change(spot: _Spot) -> tuple[Measure | None, re.Match[str] | None]:
    """A percentage change of a company's money measure of a period ("February sales fell
    six pct", "net profit rose 20 pct"): the change of that measure, in percent."""
    measure, match = _nearest_measure(spot, "money")
    if measure is None or measure.subject != COMPANY or measure.behaviour != "period":
        return None, None
    return measure, match


def _stated_as(measure: Measure, spot: _Spot, match: re.Match[str]) -> bool:
    """Whether the figure is the measure its word names, as the clause states it."""
    clause = spot.clause
    if measure.name == "price" and _SHARES_TRADED.search(spot.sentence, *clause):
        return False  # shares bought or sold in the market: a trade, not a deal's price
    if measure.name == "interest-rate" and (
        _narrowing(spot.sentence, match) is None or _SECURITY.search(spot.sentence, *clause)
    ):
        # "interest rates" alone: a bond's coupon, a loan's rate, a market's or a central
        # bank's; nothing says which. A named rate ("overnight interest rate") is one.
        return False
    if measure.name == "index-level":
        return _closes_at(spot, match)
    return measure.name not in _BALANCES or _states_balance(spot, match.span())


# A market index's close: "closed at", "ended 12.3 points higher at", "finished the day at",
# between the index's word and the figure, with no other number between them; a day other than
# the article's ("yesterday") or the index's futures are not read.
_CLOSE_VERB = compile_pattern(
    r"^(?:[^,;:.\d]{0,30}\s)?(?:closed|ended|finished|close|closing|ending)\b"
    r"[^,;:\d]{0,60}?\b(?:at|to)\s*$",
    re.IGNORECASE,
)
_POINTS_MOVED = compile_pattern(
    r"\s[\d.,]+\s+points?\s+(?:up|down|higher|lower)\b|\s(?:up|down)\s+[\d.,]+\s+points?\b",
    re.IGNORECASE,
)
_NOT_THE_CLOSE = compile_pattern(
    r"\b(?:yesterday|futures?|earlier|previous|before)\b", re.IGNORECASE
)
# The words of an index's name before its word: "the Brenford composite", "the Delmar
# all-share", "the Dow Jones industrial"; a determiner, a possessive or a clause stops them.
_INDEX_NAME_WORD = compile_pattern(r"(?<![\w'’.-])([A-Za-z][\w&-]*|\d+-[a-z]+)\s+$")
_INDEX_NAME_STOP = word_set(
    """
    the a an its their this that key main broad benchmark leading market's country's and or of
    in on at by with stock share
    """
)


def _closes_at(spot: _Spot, match: re.Match[str]) -> bool:
    """Whether the clause says the index the word names closed at the figure."""
    if match.end() > spot.offset:
        return False
    # "closed 6.1 points higher at": the day's move, the one number allowed between them
    between = _POINTS_MOVED.sub(" ", spot.sentence[match.end() : spot.offset])
    if _CLOSE_VERB.match(between) is None or _NOT_THE_CLOSE.search(between):
        return False
    if _NOT_THE_CLOSE.search(spot.sentence[max(0, match.start() - 30) : match.end() + 12]):
        return False
    return _index_name(spot, match) is not None


def _index_name(spot: _Spot, match: re.Match[str]) -> str | None:
    """An index's name as a key of what it measures ("brenford-composite-index"): up to four
    words before its word; none when no word names it ("the index closed at")."""
    sentence = spot.sentence
    words: list[str] = []
    position = match.start()
    while len(words) < 4:
        before = _INDEX_NAME_WORD.search(sentence, max(0, position - 30), position)
        if before is None or before.group(1).lower() in _INDEX_NAME_STOP:
            break
        words.insert(0, before.group(1).lower())
        position = before.start()
    if not words:
        return None
    head = "-".join(match.group(0).lower().split())
    return "-".join([*words, head, "level"])


def _names_other_noun(spot: _Spot) -> bool:
    """Whether a money figure stands before a noun that is not a money measure: "the 268 mln
    dlr pact" is the pact's amount, no measure of the vocabulary."""
    if not _prenominal_money(spot.claim.text):
        return False
    noun = _NOUN_WORDS_AFTER.match(spot.sentence, spot.end)
    if noun is None:
        return False
    words = noun.group(1).split()
    phrase = []
    for word in words:
        if word in _NOT_A_NOUN:
            break
        phrase.append(word)
    if not phrase:
        return False
    return _measure_pattern_for("money").search(_lowered(" ".join(phrase))) is None


def _budget_loss_what(measure: Measure, what: str, spot: _Spot, span: tuple[int, int]) -> str:
    """An incident's cost to a budget, to revenue or to the economy is a measure of its own
    (`what:budget`), not the damage the incident did."""
    if measure.name == "damage" and budget_loss(_measure_words(spot, span)):
        return f"{what}:budget"
    return what


def _measure_words(spot: _Spot, span: tuple[int, int]) -> str:
    """The words from a figure to its measure word, and a few past both, in its clause."""
    start = max(spot.clause[0], min(span[0], spot.offset) - 30)
    end = min(spot.clause[1], max(span[1], spot.end) + 40)
    return spot.sentence[start:end]


def _names_measure(spot: _Spot) -> bool:
    """Whether the words right after a money figure name a measure ("950 mln dlrs in
    damages", "800 mln dlrs in lost petroleum revenues")."""
    after = spot.sentence[spot.end : spot.end + 40]
    return _measure_pattern_for("money").search(_lowered(after)) is not None


def _paid_for(spot: _Spot) -> bool:
    return (
        _PAID_FOR_AFTER.match(spot.after) is not None
        and spot.may_say(_PAID_STEMS)
        and bool(_PAID_BEFORE.search(spot.before))
    )


def _deal_price(spot: _Spot) -> tuple[Measure, re.Match[str]] | None:
    """A price written "for N" after a verb of buying or selling in the clause."""
    paid = _PAID_BEFORE.search(spot.before) if spot.may_say(_PAID_STEMS) else None
    if paid is not None and _PAID_FOR_AFTER.match(spot.after):
        # "paid 1.53 billion euros for Pellier Foods": the price of what it bought.
        offered = paid.group(1).lower().startswith(("offer", "bid"))
        price = measure_named("offer" if offered else "price")
        start = len(spot.sentence[: spot.offset]) - len(spot.before) + paid.start(1)
        verb = re.compile(re.escape(paid.group(1))).match(spot.sentence, start)
        return (price, verb) if price is not None and verb is not None else None
    offers = (
        list(_OFFER_WORD.finditer(spot.sentence, spot.clause[0], spot.offset))
        if spot.may_state(_OFFER_STEMS, spot.clause[0], spot.offset)
        else []
    )
    if offers and _OFFER_PRICE_BEFORE.search(spot.before):
        # "Harlan's bid for Tessaly, at 14 euros a share", "Harlan tendered for Tessaly at
        # 14 euros", "a bid that bankers valued at 600 million euros".
        offer = measure_named("offer")
        return (offer, offers[-1]) if offer is not None else None
    if not (spot.may_say(("for",)) and _DEAL_FOR.search(spot.before)):
        return None
    verbs = list(_DEAL_VERBS.finditer(spot.sentence, spot.clause[0], spot.offset))
    verb = verbs[-1] if verbs else None
    # "Harlan's offer to buy a majority of Tessaly for 14 euros each": an offer's terms.
    offered = offers and verb is not None and offers[0].start() < verb.start()
    price = measure_named("offer" if offered else "price")
    return (price, verb) if verb is not None and price is not None else None


# A bid's own words: an offer's price is written "at N" or "valued at N" after them.
_OFFER_WORD = compile_pattern(r"\b(?:offer|offers|offered|bid|bids|tender\w*)\b", re.IGNORECASE)
_OFFER_STEMS = ("offer", "bid", "tender")
_OFFER_PRICE_BEFORE = compile_pattern(
    r"\b(?:at|(?:valued|worth)(?:\s+at)?)\s+(?:about\s+|around\s+|some\s+|nearly\s+)?$",
    re.IGNORECASE,
)


# "paid 1.53 billion euros for Pellier Foods": a price paid for something named.
_PAID_BEFORE = compile_pattern(
    r"\b(paid|pay|pays|paying|spent|spend|spends|offered|offers|offering|bid|bids|bidding)\s+"
    r"(?:about\s+|some\s+|nearly\s+|almost\s+|"
    r"roughly\s+|around\s+|over\s+|more\s+than\s+|less\s+than\s+|just\s+)?$",
    re.IGNORECASE,
)
_PAID_STEMS = ("paid", "pay", "spen", "offer", "bid")
_PAID_FOR_AFTER = compile_pattern(
    r"\s+(?:\w+\s+)?for\s+(?:the\s+|its\s+|a\s+)?(?:[A-Z<\d]|(?:all\s+)?(?:of\s+)?(?:the\s+)?"
    r"(?:outstanding\s+|ordinary\s+|common\s+)*(?:shares|stock)\s+(?:of|in)\s+)"
)
# A level reached by a change: "rose 3.6 billion dlrs, or 1.0 pct, in January to ...".
# "output was 14.7 mln bpd, down from a 16 mln bpd average": the same measure compared.
_COMPARED_BEFORE = compile_pattern(
    r"\b(?:(?:up|down|rising|falling|rose|fell)\s+from|compared\s+with|against)\s+"
    r"(?:a|an|the)?\s*$",
    re.IGNORECASE,
)
_COMPARED_BEFORE_STEMS = ("from", "compared", "against")
_LEVEL_AFTER_CHANGE = compile_pattern(
    r"\b(?:rose|fell|dropped|declined|increased|decreased|gained|jumped|climbed|grew|"
    r"shrank|widened|narrowed|up|down)\b[^;:]*\b(?:to|at|from)\s+(?:an?\s+)?(?:[\w-]+\s+){0,5}$",
    re.IGNORECASE,
)
_LEVEL_AFTER_CHANGE_STEMS = (
    "rose", "fell", "dropped", "declined", "increased", "decreased", "gained", "jumped",
    "climbed", "grew", "shrank", "widened", "narrowed", "up", "down",
)  # fmt: skip
_OBJECT_AFTER = compile_pattern(
    r"[\s-]+(?:(?!and\b|or\b|of\b|in\b|at\b|to\b|for\b|from\b|by\b|with\b|while\b)"
    r"[a-z]+[\s-]+)?(?:"
    + "|".join(sorted(OBJECT_NOUNS, key=lambda noun: (-len(noun), noun)))
    + r")s?\b",
    re.IGNORECASE,
)


_PATTERNS: dict[str, re.Pattern[str]] = {}


def _measure_pattern_for(kind: str) -> re.Pattern[str]:
    """The forms of every measure a figure of this kind may state, as one pattern over lower
    case text (see `_lowered`)."""
    pattern = _PATTERNS.get(kind)
    if pattern is None:
        from claimcheck.measures import measure_pattern

        pattern = _PATTERNS[kind] = _lower_case_pattern(
            measure_pattern(tuple(sorted(_forms_by_kind(kind))), kind)
        )
    return pattern


def _lower_case_pattern(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """A vocabulary pattern for lower case text: every form is lower case and starts with a
    letter, so the pattern needs no case folding and may start at word boundaries only, which
    lets the regular expression engine skip most positions (several times faster)."""
    return compile_pattern(r"\b" + pattern.pattern)


def _lowered(text: str) -> str:
    """`text` in lower case, each character where it was (a letter whose lower case is two
    characters is kept as it is)."""
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(char if len(char.lower()) != 1 else char.lower() for char in text)
    return lowered


def _form_name(words: str, kind: str | None = None) -> str | None:
    """The measure a form names; for a figure of `kind`, the first measure listing the form
    that such a figure may state ("sales" is revenue for money, home sales for a count)."""
    form = form_words(words)
    names = _form_names()
    if kind is not None:
        for name in _KIND_FORM_NAMES.get(form, ()):
            if name in _forms_by_kind(kind):
                return name
    return names.get(form)


def _nearest_measure(spot: _Spot, kind: str) -> tuple[Measure | None, re.Match[str] | None]:
    """The vocabulary measure named nearest the figure in its clause that a figure of this
    kind states: shortly before it, or right after it ("a 15 billion dlr deficit")."""
    pattern = _measure_pattern_for(kind)
    sentence = spot.sentence
    left, right = spot.clause
    best: tuple[int, re.Match[str]] | None = None
    lowered = spot.lowered()
    crop = kind in _CROP_KINDS
    # "the production forecast for 1986/87 sunflowerseed has been lowered to between 2.2 and
    # 2.4 mln tonnes": a crop's measure word may stand further back
    reach = spot.offset - (_CROP_MEASURE_REACH if crop else _MEASURE_BEFORE_REACH)
    # A measure of several words ending within reach is read whole ("industrial output"),
    # even when its first word stands further back: the scan starts a word earlier.
    start = max(left, reach)
    if start > left:
        space = lowered.rfind(" ", left, start)
        earlier = lowered.rfind(" ", left, space) if space > left else -1
        start = earlier + 1 if earlier >= left else left
    for match in pattern.finditer(lowered, start, spot.offset):
        if match.end() < reach or _derived(sentence, match.end(), crop):
            continue
        far = crop and match.end() < spot.offset - _MEASURE_BEFORE_REACH
        if far and _form_name(match.group(0), kind) != "output":
            continue  # only a crop's own measure word stands so far back
        distance = spot.offset - match.end()
        if best is None or distance <= best[0]:
            best = (distance, match)
    reach_after = _MEASURE_AFTER_REACH
    if (period := _PERIOD_RIGHT_AFTER.match(sentence, spot.end)) is not None:
        # "its 4.5 billion dlr February current account surplus": the period written between
        # the figure and its measure takes none of the measure's reach
        reach_after += period.end() - spot.end
    after = pattern.search(lowered, spot.end, min(right, spot.end + reach_after))
    if (
        after is not None
        and _MEASURE_AFTER_GAP.match(sentence[spot.end : after.start()])
        and not _DERIVED_HEAD.match(sentence, after.end())
        # "44 pct of the market's total gain": the market's gain, not a market share.
        and not _POSSESSIVE.match(sentence, after.end())
        # "a loss of 40,000 dlrs on sales of 2.1 mln": the measure introduces its own figure.
        and not _OWN_FIGURE_AFTER.match(sentence, after.end())
        # "rose to 16.6 billion dlrs after a three pct orders decline": the measure named
        # after another figure is that figure's.
        and not (
            _ANOTHER_FIGURE.search(sentence, spot.end, after.start())
            # "its 44 dlr per share, or two billion dlr offer": the same offer written twice
            and not _SAME_FIGURE_AGAIN.match(sentence, spot.end, after.start())
        )
    ):
        distance = after.start() - spot.end
        if (
            best is None
            or distance < best[0]
            or sentence[spot.end : after.start()].strip() in ("in", "")
        ):
            best = (distance, after)
    if best is None:
        return _crop_relative_measure(spot, lowered, right) if crop else (None, None)
    match = best[1]
    name = _form_name(match.group(0), kind) or _form_names().get(match.group(0).lower())
    return (measure_named(name) if name else None), match


def _crop_relative_measure(
    spot: _Spot, lowered: str, right: int
) -> tuple[Measure | None, re.Match[str] | None]:
    """The measure a relative clause after a crop's tonnes names: "5.1 mln tonnes at which
    traders now place 2023/24 output" is the crop's output of that season."""
    relative = _CROP_RELATIVE_MEASURE.match(lowered, spot.end, right)
    if relative is None:
        return None, None
    name = _form_name(relative.group(1), spot.unit.kind)
    return (measure_named(name) if name else None), relative


_FORMS_CACHE: dict[str, tuple[str, ...]] = {}
_FORM_NAMES: dict[str, str] = {}
# Forms several measures list, with those measures in the vocabulary's order.
_KIND_FORM_NAMES: dict[str, list[str]] = {}


def _derived(sentence: str, end: int, crop: bool) -> bool:
    """Whether a measure word heads another thing ("the deficit ceiling"); a crop's
    "production forecast" in tonnes is the crop's output, forecast."""
    derived = _DERIVED_HEAD.match(sentence, end)
    return derived is not None and not (crop and _FORECAST_HEAD.match(sentence, end))


_FORECAST_HEAD = compile_pattern(r"[\s-]+(?:forecasts?|estimates?)\b", re.IGNORECASE)


def _forms_by_kind(kind: str) -> tuple[str, ...]:
    """Names of the measures a figure of this kind may state."""
    cached = _FORMS_CACHE.get(kind)
    if cached is None:
        from claimcheck.measures import MEASURES

        cached = tuple(m.name for m in MEASURES if kind in m.figures)
        _FORMS_CACHE[kind] = cached
    return cached


def _form_names() -> dict[str, str]:
    if not _FORM_NAMES:
        from claimcheck.measures import MEASURES

        for measure in MEASURES:
            for form in measure.forms:
                words = " ".join(form.replace("-", " ").split())
                _FORM_NAMES.setdefault(words, measure.name)
                _KIND_FORM_NAMES.setdefault(words, []).append(measure.name)
        for form, names in list(_KIND_FORM_NAMES.items()):
            if len(names) < 2:
                del _KIND_FORM_NAMES[form]  # one measure: `_FORM_NAMES` says it
    return _FORM_NAMES


def _people_pattern() -> re.Pattern[str]:
    pattern = _PATTERNS.get("people roles")
    if pattern is None:
        from claimcheck.measures import measure_pattern

        pattern = _PATTERNS["people roles"] = _lower_case_pattern(measure_pattern(_PEOPLE_MEASURES))
    return pattern


def _kind_to_name(spot: _Spot, kind: str) -> str | None:
    """The kind of figure whose measures may name this one: a count with no role or noun of
    its own is a number a release names by its measure ("payrolls rose 164,000", "the index
    stood at 142.01"); a part of a whole is read by the whole's noun, never so."""
    if kind not in ("bare", "people", "things"):
        return kind
    return None if _OF_WHOLE_AFTER.match(spot.after) else NUMBER


def _inside_release_measure(lowered: str, match: re.Match[str]) -> bool:
    """Whether a role word is part of a longer measure a release counts by number ("payroll"
    in "nonfarm payroll jobs")."""
    start, end = match.span()
    for found in _measure_pattern_for(NUMBER).finditer(lowered, max(0, start - 20), end + 20):
        if (
            found.start() <= start
            and found.end() >= end
            and found.end() - found.start() > (end - start)
        ):
            return True
    return False


def _people_role(spot: _Spot, bare: bool = False) -> tuple[Measure, tuple[int, int] | None] | None:
    """What happened to the people counted, and where the sentence says it: the role word
    nearest the figure in its clause ("22 people were killed", "killing at least 12 people",
    "the number of dead at 27")."""
    pattern = _people_pattern()
    sentence = spot.sentence
    left, right = spot.clause
    best: tuple[int, re.Match[str]] | None = None
    reach_before = 80 if bare else 70
    lowered = spot.lowered()
    for match in pattern.finditer(lowered, max(left, spot.offset - reach_before), spot.offset):
        gap = sentence[match.end() : spot.offset]
        if bare and not (_BARE_LINK.search(gap) or not gap.strip()):
            continue
        if _inside_release_measure(lowered, match):
            continue  # "nonfarm payroll employment": the release's measure, not a staff count
        distance = spot.offset - match.end()
        if best is None or distance <= best[0]:
            best = (distance, match)
    after = pattern.search(lowered, spot.end, min(right, spot.end + 45))
    if after is not None and _MEASURE_AFTER_GAP.match(sentence[spot.end : after.start()]):
        distance = after.start() - spot.end
        # "killed two men and injured eight": a role after "and" is the next figure's.
        joined = _JOINED.search(sentence, spot.end, after.start()) is not None
        if best is None or (distance < best[0] + 10 and not joined):
            best = (distance, after)
    if (
        best is not None
        and best[1].end() <= spot.offset
        and _NEXT_IN_LIST.fullmatch(sentence, best[1].end(), spot.offset)
        and _OWN_PARTICIPLE_AFTER.match(sentence, spot.end)
    ):
        # "40 were hurt and a further 12 stranded": the role before "and" closes the figure
        # before; this one's own word says something the vocabulary has no name for.
        return None
    if best is None:
        moved = _MOVED.search(sentence, spot.end, min(right, spot.end + 40))
        displaced = measure_named("displaced")
        if moved is not None and displaced is not None:
            return displaced, moved.span()
        return None
    measure = measure_named(_form_name(best[1].group(0)) or "")
    return (measure, best[1].span()) if measure is not None else None


_NEXT_IN_LIST = compile_pattern(
    r"\W*\s*(?:and|,)\s+(?:another|a\s+further|further|other)?\s*", re.IGNORECASE
)
_OWN_PARTICIPLE_AFTER = compile_pattern(
    r"\s+(?:(?:others?|people|men|soldiers|troops)\s+)?(?:were\s+|had\s+been\s+)?[a-z]{3,}ed\b"
)
_POSSESSIVE = compile_pattern(r"['’]s?\b")
_JOINED = compile_pattern(r",|\b(?:and|but|while|or)\b", re.IGNORECASE)


# Between a change and the figure it is set against: "rose 19.7 pct in January from 17.8 pct
# in December", "grew 2.4 pct against 3.4 pct", "compared with".
_SET_AGAINST = compile_pattern(
    r"^[^;:()]{0,40}?\b(?:from|against|after|compared\s+with|versus|vs)\s+(?:a\s+|an\s+)?$",
    re.IGNORECASE,
)
_CHANGE_SUFFIX = ":change"


# A revision word right before a figure is that figure's: "after rising a revised 2.4 pct",
# "was revised to 740.9 billion".
_REVISED_BEFORE_FIGURE = compile_pattern(r"\w*\s+(?:up\w*\s+|down\w*\s+)?(?:to\s+)?(?:an?\s+)?")
_COMPARED_BEFORE_REVISION = compile_pattern(
    r"\b(?:compared\s+with|compared\s+to|against|versus)\s+(?:an?\s+|the\s+)?$", re.IGNORECASE
)


def _revision_of_other(spot: _Spot, position: int) -> bool:
    """Whether the revision word at `position` belongs to another figure of the sentence: it
    stands right before that figure ("grew an estimated 3.6 pct after a revised 2.4 pct") or
    inside the bracket after it ("2.4 pct (revised from 2.7)"), not before or after this one."""
    sentence = spot.sentence
    ahead = _REVISED_BEFORE_FIGURE.match(sentence, position)
    if ahead is not None and ahead.end() in spot.others:
        return True
    if position >= spot.end:
        # "... compared with a revised January deficit of 12.3 billion": the revised
        # figure is the one compared with, written after the comparison word.
        compared = _COMPARED_BEFORE_REVISION.search(sentence, spot.end, position)
        if compared is not None and any(other > position for other in spot.others):
            return True
    opening = sentence.rfind("(", 0, position)
    if opening < 0 or sentence.find(")", opening) < position:
        return False
    return not spot.offset < opening < spot.end


def _compared_as_changes(figures: list[Figure], sentence: str) -> list[Figure]:
    """A figure set against a change of the same measure in one sentence is that measure's
    change in its own period, however few words it has: "rose 19.7 pct in January from 17.8
    pct in December" gives December's growth, not the level of money in December."""
    out = list(figures)
    for index in range(1, len(out)):
        earlier, figure = out[index - 1], out[index]
        one, other = earlier.identity, figure.identity
        if _CHANGE_SUFFIX in other.what or one.unit != other.unit:
            continue
        # "year-on-year credit grew 31.1 pct against 30.6 pct": a variant after the change
        # ("private-sector-credit:change:year-on-year") is the level's variant too.
        measure, separator, variant = one.what.partition(_CHANGE_SUFFIX)
        if not separator or measure + variant != other.what:
            continue
        claim, previous = figure.claim, earlier.claim
        gap = sentence[previous.end - previous.sentence_start : claim.start - claim.sentence_start]
        if _SET_AGAINST.match(gap):
            out[index] = replace(figure, identity=replace(other, what=one.what))
    return out


def _narrower_name(measure: Measure, spot: _Spot, match: re.Match[str]) -> str | None:
    """The name of a narrower measure than the word names, when the words say one."""
    name = measure.name
    if name == "reserves":
        holding = _held_in(spot.sentence, match)
        if holding is not None:
            return f"{holding}-reserves"
    if measure.name not in _QUALIFIED and measure.subject in (ECONOMY, COMPANY):
        floor = spot.end if match.start() >= spot.end else 0
        narrowed = _narrowing(spot.sentence, match, floor)
        if narrowed is not None:
            # "capital account surplus", "loan loss": a narrower measure than the word names.
            return f"{narrowed}-{name}"
    if name in _AMBIGUOUS_HEADS:
        account = _ACCOUNT_BEFORE.search(spot.lowered(), spot.clause[0], match.start())
        if account is not None:
            # "the current account moved into a surplus of", "the capital account showed a
            # deficit of": the balance of the account the clause names.
            return f"{'-'.join(account.group(1).split())}-account-{name}"
    return None


# What a country's reserves are held in, before the word or after "of": a part of its
# reserves however the word is written ("Gold reserves were unchanged", "ECU reserves",
# "reserves of European Currency Units"), never the reserves.
_HOLDINGS = {
    "gold": "gold",
    "ecu": "ecu",
    "ecus": "ecu",
    "european currency units": "ecu",
    "sdr": "sdr",
    "sdrs": "sdr",
    "special drawing rights": "sdr",
}
_HOLDING_BEFORE = compile_pattern(r"\b(gold|ecus?|sdrs?)\s+$", re.IGNORECASE)
_HOLDING_AFTER = compile_pattern(
    r"\s+(?:of|in)\s+(?:the\s+)?(gold|ecus?|sdrs?|european\s+currency\s+units|"
    # "reserves of gold, special drawing rights and currencies" are all the reserves
    r"special\s+drawing\s+rights)\b(?!\s*(?:,|and\b|or\b))",
    re.IGNORECASE,
)


def _held_in(sentence: str, match: re.Match[str]) -> str | None:
    """What reserves named at `match` are held in, when the words say: "gold", "ecu", "sdr"."""
    found = _HOLDING_BEFORE.search(sentence, max(0, match.start() - 12), match.start())
    found = found or _HOLDING_AFTER.match(sentence, match.end())
    if found is None:
        return None
    return _HOLDINGS[" ".join(found.group(1).lower().split())]


def _qualifier(spot: _Spot, match: re.Match[str]) -> tuple[str, str] | None:
    """Words that narrow a measure, as (key, phrase): "construction spending", "orders for
    durable goods" ("durable-good", "durable goods")."""
    sentence = spot.sentence
    words: list[str] = []
    position = match.start()
    while len(words) < 2:
        before = _QUALIFIER_WORD_BEFORE.search(sentence, max(0, position - 30), position)
        if not before:
            break
        word = before.group(1)
        if word in _QUALIFIER_STOP and not (word == "and" and words):
            break
        words.insert(0, word)
        position = before.start()
    if (
        not words
        and _OPENING_WORD.fullmatch(sentence, 0, match.start())
        and not _QUALIFIER_AFTER.match(sentence, match.end())
    ):
        # "Corn imports in 2024 ...": the qualifier opens the sentence with a capital letter
        opening = sentence[: match.start()].strip().lower()
        if not (opening in _QUALIFIER_STOP or _CALENDAR_WORD.match(opening) or is_place(opening)):
            words = [opening]
    while words and words[0] == "and":
        words.pop(0)
    prior = _QUALIFIER_WORD_BEFORE.search(sentence, max(0, position - 30), position)
    if words and prior is not None and prior.group(1).lower().startswith("non-"):
        # "non-oil and coal sales abroad": everything but oil and coal, not coal exports
        words.insert(0, prior.group(1))
    if " ".join(words).lower() in _WHOLE_ECONOMY:
        words = []  # "gross domestic product growth" is the economy's growth
    if not words:
        after = _QUALIFIER_AFTER.match(sentence, match.end())
        if after and after.group(1).split()[0] not in _QUALIFIER_STOP:
            words = [w for w in after.group(1).split() if w not in _QUALIFIER_STOP]
    if not words:
        return None
    key = "-".join(
        lemmatize_noun(word) if i == len(words) - 1 else word for i, word in enumerate(words)
    )
    return _PRODUCTS.get(key, key), " ".join(words).lower()


def _earlier_naming_qualifier(measure: Measure, spot: _Spot, match: re.Match[str]) -> str | None:
    """The qualifier of the same measure named earlier in the figure's clause."""
    from claimcheck.measures import measure_pattern

    pattern = _lower_case_pattern(measure_pattern((measure.name,), spot.unit.kind))
    lowered = spot.lowered()
    for earlier in pattern.finditer(lowered, spot.clause[0], match.start()):
        found = _qualifier(spot, earlier)
        if found is not None:
            return found[0]
    return None


def _narrowing(sentence: str, match: re.Match[str], floor: int = 0) -> str | None:
    """Words right before a measure word that make it a narrower measure ("capital account
    surplus", "loan loss", "operating loss", "merchandise trade deficit"), as a key; None
    when the words before it only describe it ("a record deficit") or say its period."""
    words: list[str] = []
    position = match.start()
    while len(words) < 2:
        before = _QUALIFIER_WORD_BEFORE.search(sentence, max(floor, position - 30), position)
        if not before or before.group(1) == "and":
            break
        word = before.group(1)
        if word in _QUALIFIER_STOP or word in _NOT_NARROWING or _PERIOD_WORD.search(word):
            break
        if word.endswith(("ing", "ed")) and word not in _NARROWING_PARTICIPLES:
            break
        words.insert(0, word)
        position = before.start()
    if not words:
        return None
    key = "-".join(words)
    return _PRODUCTS.get(key, key)


def _product_after(spot: _Spot) -> str | None:
    """The product a quantity counts, named after its unit: "120,000 tonnes of soybeans"."""
    found = _PRODUCT_AFTER.match(spot.sentence, spot.end)
    if found is None:
        return None
    words = [w for w in found.group(1).split() if w not in _QUALIFIER_STOP]
    if not words:
        return None
    key = "-".join([*words[:-1], lemmatize_noun(words[-1])])
    return _PRODUCTS.get(key, key)


_CHANGE_WORD = compile_pattern(
    r"\b(?:rises?|increases?|raise|growth|grew|grow|expanded|shrank|contracted)\b", re.IGNORECASE
)
# A change followed by what changed: "a 13 pct increase in operating income"; not by when
# it happened ("a 3.4 pct rise in December", "a 2 pct fall in the first quarter").
_CHANGE_OF_AFTER = compile_pattern(
    r"^\W{0,3}(?:increase|increases|rise|rises|gain|gains|growth|jump|fall|falls|drop|drops|"
    r"decline|declines|decrease|cut|reduction)\s+(?:in|of)\s+(?!the\s+figure)"
    r"(?!(?:the\s+)?(?:(?:first|second|third|fourth|latest|previous|same)\s+)?"
    r"(?:quarter|half|month|week|year|period)\b)"
    r"(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)"
    r"(?:the\s+|its\s+|their\s+)?[a-z]",
    re.IGNORECASE,
)
# Things a percentage may be of that are not the economy's: a company's or a trade's.
_NOT_THE_ECONOMY = compile_pattern(
    r"\b(?:profits?|earnings|income|revenues?|sales|turnover|dividends?|imports?|exports?|"
    r"shipments|orders|output|production|prices?|wages?|spending|investment|lending|loans|"
    r"deposits|money\s+supply|volume|traffic|shares?|stock|demand|consumption|debt|"
    r"reserves|credit|assets|m-?[0-9]|money)\b",
    re.IGNORECASE,
)


def _points_as_level(spot: _Spot, change: bool) -> bool:
    """Whether a figure in basis points would be read as its measure's level: basis points
    state a move or a spread between two rates, never a rate itself."""
    return not change and spot.claim.unit == "basis_point"


def _changes_something_else(spot: _Spot, match: re.Match[str]) -> bool:
    """Whether the figure is the change of something other than the measure found: "a 13 pct
    increase in operating income" after "strong growth"; "gains of seven pct" of profits in
    a clause that also speaks of growth."""
    if _CHANGE_OF_AFTER.match(spot.after) and match.start() < spot.offset:
        return True
    if (
        match.start() < spot.offset
        and "between" in spot.sentence
        and _SPREAD_BETWEEN.search(spot.sentence, max(0, match.start() - 80), match.start())
    ):
        # "the spread between banks' cost of funds and the prime rate is 1.4 pct": the
        # difference of two measures, not the measure named last.
        return True
    if match.end() < spot.offset and _PRICE_OF_OTHER.search(
        spot.sentence, match.end(), spot.offset
    ):
        # "the price index showed that the cost of heating oil rose 4.2 pct": a good's price,
        # one part of the index, not the index.
        return True
    if _form_name(match.group(0)) != "growth":
        return False
    left = spot.clause[0]
    own = _qualifier_word_span(match)
    for other in _NOT_THE_ECONOMY.finditer(spot.sentence, left, spot.clause[1]):
        # A lower-case word right before "growth" qualifies it ("import growth"); "M-1
        # growth" is money's, which no qualifier records.
        if not own[0] <= other.start() < own[1] or not other.group(0).islower():
            return True
    return False


_SPREAD_BETWEEN = compile_pattern(
    r"\b(?:spread|gap|difference|differential|margin)\s+between\b", re.IGNORECASE
)
# The cost or the price of one thing, named between a measure word and its figure.
_PRICE_OF_OTHER = compile_pattern(
    r"\b(?:cost|costs|price|prices)\s+of\s+(?!living\b|the\s+index\b)[a-z]", re.IGNORECASE
)


def _qualifier_word_span(match: re.Match[str]) -> tuple[int, int]:
    return max(0, match.start() - 30), match.end()


def _period_in(
    spot: _Spot, dates: list[Claim], window: tuple[int, int], main_only: bool = False
) -> Claim | None:
    """The stated period nearest the figure in a window of its sentence: a month, quarter or
    year before it or right after it, or a day a stock is counted at ("as of April 8"), never
    a period compared with nor the day something was said, nor one another figure stands
    between. `main_only`: the sentence's first such period, for a clause that states none
    ("...in 1986, and its current account surplus...")."""
    left, right = window
    best: tuple[int, Claim] | None = None
    for mention in dates:
        position = mention.start - mention.sentence_start
        if not left <= position < right or not _may_be_period(spot, mention, position):
            continue
        distance = _distance(spot, mention, position, main_only)
        if distance is not None and (best is None or distance < best[0]):
            best = (distance, mention)
    return best[1] if best else None


# A fiscal year is not the calendar year of the same number: "fiscal 1986", "financial year".
_FISCAL_BEFORE = compile_pattern(
    r"\b(?:fiscal|financial|budget|crop|marketing|business)(?:\s+year)?\s+(?:of\s+|in\s+)?$",
    re.IGNORECASE,
)
_FISCAL_AROUND = compile_pattern(r"\bfiscal\b|\bfinancial\s+year\b", re.IGNORECASE)
# "the December quarter", "the March half": a month naming the quarter or half it ends.
_MONTH_NAMES_SPAN = compile_pattern(
    r"(?:\s*/\s*(?P<last>[A-Za-z]{3,9})\.?)?\s*(quarter|half|half-year|year)\b", re.IGNORECASE
)
_MONTH_NUMBERS = {
    name: number
    for number, names in enumerate(
        (
            "jan january",
            "feb february",
            "mar march",
            "apr april",
            "may",
            "jun june",
            "jul july",
            "aug august",
            "sep sept september",
            "oct october",
            "nov november",
            "dec december",
        ),
        start=1,
    )
    for name in names.split()
}
_PERIOD_PHRASE_AFTER = compile_pattern(
    r"\W{0,3}(?:[\w-]+\s+){0,3}?(?:in|for|during|over)\s+the\s+(?:[\w-]+\s+){1,4}?"
    r"(?:quarters?|halves|half|months|years)\b",
    re.IGNORECASE,
)


_RESPECTIVELY = compile_pattern(r"\brespectively\b", re.IGNORECASE)


def _needs_period(measure: Measure, what: str) -> bool:
    return measure.behaviour in ("period", "daily") or what.endswith(":change")


def _todays(
    measure: Measure, spot: _Spot, published: date | None
) -> tuple[str | None, date | None]:
    """A moving figure stated as today's ("the discount rate today of 3.8 pct") is the day's,
    and so is a balance a release gives with its change (see `_released`)."""
    if (
        measure.behaviour == "moves"
        and measure.subject != EVENT
        and published is not None
        and _TODAY.search(spot.sentence)
    ):
        return published.isoformat(), published
    if measure.subject != EVENT and spot.unit.kind == "money":
        return _released(spot, published)
    return None, None


# The level a stated change reached: "fell 169 mln dlrs to 126.03 billion dlrs", "rose by 9.4
# mln francs to 33.12 billion"; not "swelled to 53 billion", which states no change.
_CHANGED_TO_LEVEL = compile_pattern(
    r"\b(?:rose|risen|rises|fell|fallen|falls|dropped|drops|declined|declines|increased|"
    r"increases|decreased|decreases|gained|gains|jumped|climbed|slipped|grew|shrank|"
    r"expanded|contracted|eased|edged\s+(?:up|down))\s+(?:by\s+)?(?:a\s+revised\s+|an?\s+)?"
    r"(?:minus\s+)?\d[\d,.]*(?:\s+[a-z]+){0,3}\s+to\s+$",
    re.IGNORECASE,
)


def _period_to_come(
    measure: Measure, when: str | None, last: date | None, published: date | None
) -> bool:
    """Whether an economy's figure is about a period not over when it was written: only a
    forecast or an estimate can give a year's trade surplus in its fourth month. A company's
    fiscal year is not read from the calendar, and a total so far or a part is stated as one."""
    return (
        measure.behaviour == "period"
        and measure.subject in (ECONOMY, PLACE)
        and when is not None
        and last is not None
        and published is not None
        and last > published
        and not when.startswith(("part:", "to-date:"))
    )


def _past_level(
    measure: Measure, spot: _Spot, dates: list[Claim], published: date | None
) -> tuple[str | None, date | None] | None:
    """A moving level its clause dates in an earlier year ("took a 25 pct stake in 1970") is
    that year's, not the level now."""
    if measure.behaviour != "moves" or measure.subject == EVENT or published is None:
        return None
    period = _period_in(spot, dates, spot.clause)
    if period is None or period.last_day is None or period.last_day.year >= published.year:
        return None
    return period.date, period.last_day


def _released(spot: _Spot, published: date | None) -> tuple[str | None, date | None]:
    """A balance given with its change and no stated period is a regular release's figure
    ("loans fell 169 mln dlrs to 126.03 billion" in a weekly bank return), and so is one set
    beside another period's figure: it stands on the day it was published, and next week's
    release is another figure, not an update."""
    if published is None:
        return None, None
    changed = spot.offset > 0 and _CHANGED_TO_LEVEL.search(spot.before)
    if not changed and not _COMPARED_WITH_PERIOD.match(spot.after):
        return None, None
    return published.isoformat(), published


# A balance set beside another period's ("totalled 67 billion crowns, compared with 68.4
# billion in April and 88 billion a year ago"): a monthly or weekly release's figure, whose
# own period the sentence leaves unsaid; the next release is another figure, not an update.
_COMPARED_WITH_PERIOD = compile_pattern(
    r"^[^.;]{0,50}?\b(?:compared\s+with|against|versus|from)\s+(?:an?\s+|the\s+)?"
    r"(?:revised\s+|upwardly\s+revised\s+|downwardly\s+revised\s+)?(?:about\s+|some\s+)?"
    r"\d[\d,.]*[^.;]{0,30}?\b(?:(?:in|at\s+end-?|at\s+the\s+end\s+of|on)\s+(?:January|"
    r"February|March|April|May|June|July|August|September|October|November|December)\b|"
    r"(?:a|one)\s+(?:year|month|week)\s+(?:ago|earlier|before)|(?:the\s+)?(?:previous|prior)"
    r"\s+(?:week|month|quarter))",
    re.IGNORECASE,
)


_POSSESSIVE_MONTH = compile_pattern(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)'s\b"
)


def _unread_period_after(spot: _Spot, period: Claim) -> bool:
    """ "a gain of 1.5 pct in the second and third quarters": the figure names its own period
    right after it, one no date claim reads; an earlier period of the sentence is not it.
    "3.4 pct and 1.2 pct respectively for the first and second quarters": which period is
    whose goes by order, which these rules do not follow."""
    if spot.others and spot.may_state(("respectively",)) and _RESPECTIVELY.search(spot.sentence):
        return True
    before = spot.sentence[: spot.offset]
    # the month nearest before the figure: in "March's 750 mln deficit, against February's
    # 1.23 billion" the second figure is February's, not March's
    months = list(_POSSESSIVE_MONTH.finditer(before)) if "'s" in before else []
    possessive = months[-1] if months else None
    if possessive is not None and period.start - spot.claim.sentence_start != possessive.start():
        # "May's 64,300 fall in the jobless rate, to 10.6 pct, ... earnings in April": the
        # month the sentence gives the figure is one no date claim reads.
        return True
    if period.start >= spot.claim.start:
        return False
    if _PERIOD_PHRASE_AFTER.match(spot.after):
        return True
    # "grew 23.5 pct in the quarter to 398.1 mln and 25.5 pct in the nine months to 1.36
    # billion": a span named between the period and the figure is the figure's own.
    between = spot.sentence[period.end - spot.claim.sentence_start : spot.offset]
    return bool(_OWN_SPAN_BETWEEN.search(between))


# Tonnes or bushels of a crop that are not its output: what reached a buyer ("15 mln tonnes
# delivered to the board", "receivals of 9 mln tonnes"), what something else would equal
# ("idled acres equivalent to 180 mln bushels of corn") and the amounts a payment or a loan
# is limited to ("payments on no more than 30,000 bushels").
_HANDED_OVER_AFTER = compile_pattern(
    r"^\s*(?:(?:of|in)\s+[\w-]+\s+)?(?:(?:had|have|has|were|was|been|being|already|now|so\s+far)\s+)*"
    r"(?:delivered|received|shipped|handled|collected|procured|marketed|registered|inspected)\b",
    re.IGNORECASE,
)
_HANDED_OVER_BEFORE = compile_pattern(
    r"\b(?:deliver(?:y|ies|ed)|receivals?|receipts?|intake|procurement|procured|collected)\b"
    r"[^.;:]{0,40}$",
    re.IGNORECASE,
)
_EQUIVALENT_BEFORE = compile_pattern(r"\bequivalent\s+(?:to|of)\b[^.;:]{0,120}$", re.IGNORECASE)
# "the mine produced the equivalent of 40,600 tonnes of copper": its output, in the metal.
_PRODUCED_EQUIVALENT = compile_pattern(
    r"\b(?:produced|produces|produce|producing|output\s+of|production\s+of)\s+"
    r"(?:the\s+|an\s+)?equivalent\s+of\b",
    re.IGNORECASE,
)
_PAYMENT_LIMIT_BEFORE = compile_pattern(
    r"\b(?:payments?|loans?|subsid(?:y|ies))\b[^.;:]{0,80}$",
    re.IGNORECASE,
)


def _other_crop_quantity(measure: Measure, spot: _Spot) -> bool:
    """Whether a crop's tonnes or bushels are handed over, an equivalent or a limit of a
    payment rather than the crop's output (see `_HANDED_OVER_AFTER`)."""
    if measure.name != "output" or spot.unit.kind not in _CROP_KINDS:
        return False
    clause = spot.sentence[max(spot.clause[0], spot.offset - 120) : spot.offset]
    near = spot.sentence[max(0, spot.offset - 160) : spot.offset]
    return bool(
        _HANDED_OVER_AFTER.match(spot.after)
        or _HANDED_OVER_BEFORE.search(clause)
        or (_EQUIVALENT_BEFORE.search(near) and not _PRODUCED_EQUIVALENT.search(near))
        or _PAYMENT_LIMIT_BEFORE.search(near)
    )


# Goods bought or sold in one deal ("bought 8,000 tonnes of rapeseed for May shipment").
_TRADED_BEFORE = compile_pattern(
    r"\b(?:bought|sold|purchased|booked|buying|selling|purchasing|buys|sells|purchases)\s+"
    r"(?:about\s+|around\s+|some\s+|nearly\s+|an\s+estimated\s+|up\s+to\s+|another\s+|"
    r"a\s+further\s+)*$",
    re.IGNORECASE,
)
_TRADED_STEMS = ("bought", "sold", "purchas", "booked", "buy", "sell")
_OWN_SPAN_BETWEEN = compile_pattern(
    r"\b(?:in|for|during)\s+the\s+(?:first\s+|last\s+|latest\s+)?"
    r"(?:(?:three|six|nine|twelve|\d{1,2})\s+months|(?:first\s+|second\s+)?half|full\s+year)\b",
    re.IGNORECASE,
)


# "should rise 0.5 pct after being flat in January": January is another figure's period.
_OTHER_STATE_BEFORE = compile_pattern(
    r"\b(?:after|following)\s+(?:being\s+|a\s+|an\s+)?(?:[\w.-]+\s+){0,4}?(?:in|for)\s+$",
    re.IGNORECASE,
)
_BASE_YEAR_BEFORE = compile_pattern(r"\bbase(?:\s+year)?\W{0,2}$", re.IGNORECASE)


def _period_kind(sentence: str, start: int, end: int, value: str) -> str | None:
    """A period's key with what kind of period it is: a fiscal year keeps "fiscal:", a month
    naming a quarter ("the December quarter") becomes that quarter; None when the month names
    a half or a year that ends in it, which no key says exactly."""
    following = _MONTH_NAMES_SPAN.match(sentence, end)
    month = _MONTH_KEY.match(value)
    if following is not None and month is not None:
        # "the December quarter" ends in December; "the January/March quarter" in March.
        last = following.group("last")
        number = _MONTH_NUMBERS.get(last.lower()) if last else int(month.group(2))
        if following.group(2).lower() != "quarter" or number is None or number % 3:
            return None
        return f"{month.group(1)}-Q{number // 3}"
    before = sentence[max(0, start - 25) : start]
    if _SPLIT_YEAR.search(sentence, start, end):
        return f"fiscal:{value}"  # "1985/86" is a fiscal or a crop year, never the calendar's
    if _FISCAL_BEFORE.search(before) or (
        _FISCAL_AROUND.search(sentence, max(0, start - 40), min(len(sentence), end + 15))
        and not value.startswith("fiscal:")
    ):
        return f"fiscal:{value}"
    return value


_MONTH_KEY = compile_pattern(r"^(\d{4})-(\d{2})$")
_SPLIT_YEAR = compile_pattern(r"\d{4}/\d{2,4}|\d{4}-\d{2}(?!\d)")


def _days_figure(
    spot: _Spot, period: Claim | None, published: date | None
) -> tuple[str | None, date | None]:
    """The day a daily figure is of: the day its sentence states, else the day of the
    article when it states none or says "today"."""
    if period is not None and period.granularity == _DAY_GRANULARITY:
        return period.date, period.last_day
    if published is not None and (period is None or _TODAY.search(spot.sentence) is not None):
        return published.isoformat(), published
    return None, None


# A year standing before a measure word as its adjective: "had 1986 sales of 480 mln dlrs".
_YEAR_ADJECTIVE = compile_pattern(
    r"(?<![\w/.-])((?:19|20)\d\d)(?![\w/])[\s-]+"
    r"(?:(?!(?:and|or|but|its|their|the|a|an|while|with|from|to|in|of|was|were|is|are)\s)"
    r"[a-z][a-z-]*\s+){0,2}$"
)


def _adjective_year(spot: _Spot) -> re.Match[str] | None:
    """A year written right before the measure word, the figure after it."""
    span = spot.measure_span
    if span is None or span[0] > spot.offset:
        return None
    return _YEAR_ADJECTIVE.search(spot.sentence, max(0, span[0] - 30), span[0])


def _year_before_measure(spot: _Spot) -> tuple[str | None, date | None]:
    """The year written right before the measure word ("its 1986 sales", "had 1986 net
    profit of"), which the date reader does not take for a date; else no period."""
    found = _adjective_year(spot)
    if found is None:
        return None, None
    year = found.group(1)
    value = _period_kind(spot.sentence, found.start(1), found.end(1), year)
    if value is None:
        return None, None
    return value, date(int(year), 12, 31) if value == year else None


# Between a period and the measure word it stands before: "fourth quarter net earnings".
_ADJECTIVE_GAP = compile_pattern(r"[\s-]+(?:[a-z][a-z-]*\s+){0,2}")


def _names_measure_period(spot: _Spot, mention: Claim) -> bool:
    """Whether a period stands right before the figure's measure word, as its adjective
    ("reported fourth quarter earnings of", "said 1986 net profit was"): the measure's period,
    not the day something was said."""
    span = spot.measure_span
    if span is None:
        return False
    end = mention.end - mention.sentence_start
    return end <= span[0] and _ADJECTIVE_GAP.fullmatch(spot.sentence, end, span[0]) is not None


# A date and the "when" that opens a clause about that time: "since June, 1983, when".
_WHEN_AFTER_DATE = compile_pattern(r",?\s+when\b", re.IGNORECASE)


def _when_clause_date(spot: _Spot, dates: list[Claim]) -> Claim | None:
    """The date a figure's "when" clause is about ("the biggest drop since March, 1981, when
    sales fell 18.2 pct"): the last date before the figure, followed by "when", with no other
    figure between it and this one."""
    last: Claim | None = None
    for mention in dates:
        if mention.end - mention.sentence_start <= spot.offset and mention.date:
            last = mention
    if last is None:
        return None
    end = last.end - last.sentence_start
    when = _WHEN_AFTER_DATE.match(spot.sentence, end)
    if when is None or any(end <= other < spot.offset for other in spot.others):
        return None
    return last


def _own_compared_period(spot: _Spot, mention: Claim, position: int) -> bool:
    """Whether a period after "compared with" or "against" is the adjective of the figure's
    own measure, with no other figure between ("compared with a revised January deficit of
    12.3 billion"): the figure is the side compared with, and the period is its own."""
    return (
        _names_measure_period(spot, mention) or _possessive_period_of(spot, mention, position)
    ) and not any(position < other < spot.offset for other in spot.others)


# A period in the possessive a few words before the figure is the figure's own, whatever
# comes before it ("after last month's surprisingly wide 15 billion shortfall").
_POSSESSIVE_PERIOD = compile_pattern(r"['’]s?$")
_POSSESSIVE_GAP = compile_pattern(r"\s+(?:[a-z-]+\s+){0,3}")


def _possessive_period_of(spot: _Spot, mention: Claim, position: int) -> bool:
    end = position + len(mention.text)
    return (
        _POSSESSIVE_PERIOD.search(mention.text) is not None
        and _POSSESSIVE_GAP.fullmatch(spot.sentence, end, spot.offset) is not None
    )


def _may_be_period(spot: _Spot, mention: Claim, position: int) -> bool:
    if _COMPARISON_PERIOD.search(mention.text):
        return False
    if position < _DATELINE_LONGEST and _is_dateline_date(spot.sentence, position, mention):
        return False
    preceding = spot.sentence[max(0, position - 30) : position]
    said_on = _SAID_ON_BEFORE.search(preceding) and not _names_measure_period(spot, mention)
    if said_on or (_may_contain(preceding, _BASE_STEMS) and _BASE_BEFORE.search(preceding)):
        return False
    if position >= spot.end:
        # "0.5 pct after being flat in January": another state's date, unless the figure
        # itself is the one after the word ("after 86 billion in 1985").
        other_state = _OTHER_STATE_BEFORE.search(spot.sentence, max(0, position - 30), position)
        if other_state is not None and other_state.start() >= spot.end:
            return False
    if _BASE_YEAR_BEFORE.search(preceding):
        return False  # "index (base 1980)": the index's base year, no period
    # "1.98 pct down on January 1986": the base of the change.
    return not (_ON_BEFORE.search(preceding) and _is_change(spot))


# A wire story's dateline: its place in capitals, then the day it was filed and a dash
# ("OSTERBY, March 4 -"). That day is when the story was written, never a figure's period.
_DATELINE_LONGEST = 60
_DATELINE_PLACE = compile_pattern(r"\s*[A-Z][A-Z.'&() -]*(?:,\s*[A-Z][A-Za-z.]*)?,\s*")
_DATELINE_DASH = compile_pattern(r"\s+-")


def _is_dateline_date(sentence: str, position: int, mention: Claim) -> bool:
    return (
        _DATELINE_PLACE.fullmatch(sentence, 0, position) is not None
        and _DATELINE_DASH.match(sentence, position + len(mention.text)) is not None
    )


# From another figure to a date right after it: "86 billion in 1985", "4.2 pct for 1986".
_OWN_DATE_GAP = compile_pattern(
    rf"\d[\w.,/-]*(?:\s+[a-zA-Z.]+){{0,2}}(?:{_REVISION_ASIDE_TEXT}(?:\s+[a-zA-Z.]+){{0,2}})?"
    r"\s+(?:in|for|during|of)\s+(?:the\s+)?"
)


def _compared_figures_date(sentence: str, other: int, position: int) -> bool:
    """Whether the date at `position` is right after another figure that is the other side
    of a comparison ("after 86 billion in 1985"): the period of that figure alone."""
    return (
        other < position
        and _OWN_DATE_GAP.fullmatch(sentence, other, position) is not None
        and _previous_before(sentence[max(0, other - 45) : other])
    )


def _previous_before(text: str) -> bool:
    """Whether `text` ends as the other side of a comparison does (`_PREVIOUS_BEFORE`),
    tried only when it holds one of the words that pattern needs."""
    return _may_contain(text, _PREVIOUS_STEMS) and _PREVIOUS_BEFORE.search(text) is not None


# A figure and one more of another measure joined by "and" share the period after both: "a
# loss of 1.5 mln dlrs and revenues of 20 mln dlrs in 1986", "a 1.5 mln dlrs loss and assets
# of ..." (prenominal, the measure word between).
_COORDINATED_FIGURE_GAP = compile_pattern(r"\s*(?:[a-z]+\s+){0,2}?and\s+(?:[a-z-]+\s+){1,3}?of\s+$")
# From that other figure to the period right after it: "31 mln dlrs in 1986", "360 mln dlrs
# for the year ended ...".
_COORDINATED_DATE_GAP = compile_pattern(
    r"\d[\w.,/-]*(?:\s+[a-zA-Z.]+){0,2}\s+(?:in|for|during|over)\s+"
    r"(?:the\s+)?(?:(?:fiscal|financial|year|ended|ending)\s+){0,3}"
)


def _shares_coordinated_period(spot: _Spot, between: list[int], position: int) -> bool:
    """Whether the one figure between this figure and a date right after that one is
    coordinated with it by "and ... of", so that the period is both figures'."""
    return (
        len(between) == 1
        and _COORDINATED_FIGURE_GAP.fullmatch(spot.sentence, spot.end, between[0]) is not None
        and _COORDINATED_DATE_GAP.fullmatch(spot.sentence, between[0], position) is not None
    )


def _distance(spot: _Spot, mention: Claim, position: int, main_only: bool) -> int | None:
    """How far a date is from the figure, None when it cannot be the figure's period."""
    if position >= spot.end:
        between = [other for other in spot.others if spot.end <= other < position]
        if between and not _shares_coordinated_period(spot, between, position):
            return None  # "8.4 billion dlrs after a 20 pct decline in January": the 20's
        if _NEXT_SUBJECT_BETWEEN.match(spot.sentence[spot.end : position]):
            return None  # "grew by 31,000 and February was up 33,000": the next figure's
        own = _OWN_PERIOD_AFTER.match(spot.sentence, spot.end)
        if (
            not main_only
            and own is not None
            and position < own.end() <= position + len(mention.text)
        ):
            # "337,000 in February after a 319,000 gain in January": the period written a
            # few words after the figure is its own, not the one before it, however close;
            # so is "a 2.5 pct increase in output for all of 2024" after a quarter's words.
            return -1
        if not main_only and position - spot.end > _PERIOD_AFTER_GAP:
            return None
        return position if main_only else position - spot.end
    if position + len(mention.text) <= spot.offset:
        if _previous_before(
            spot.sentence[max(0, position - 25) : position]
        ) and not _own_compared_period(spot, mention, position):
            return None
        if not (
            _may_contain(spot.after, _OTHER_PERIOD_STEMS) and _OTHER_PERIOD_AFTER.search(spot.after)
        ) and any(_compared_figures_date(spot.sentence, other, position) for other in spot.others):
            # "after 86 billion in 1985 ... widened to 76.5 billion": the 86's period. A
            # figure of the period before ("up from 1.7 billion a year earlier") is read
            # from the period the sentence names, wherever it stands.
            return None
        if main_only and any(other < position for other in spot.others):
            return None  # after another figure: that one's
        return position if main_only else spot.offset - position - len(mention.text)
    return 0


__all__ += ["is_place", "is_specific"]


def _group_word_lists() -> None:
    """Every pattern of this module with its word list grouped by first letter: the same
    matches, found faster (see `claimcheck.alternations`). The vocabulary's patterns are
    grouped where they are made (`measures.measure_pattern`)."""
    module = globals()
    for name, value in list(module.items()):
        if isinstance(value, re.Pattern):
            module[name] = by_first_letter(value)


_group_word_lists()
