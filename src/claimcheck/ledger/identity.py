"""Matching keys of a claim for the ledger: subject names, measure, period, role and precision."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from claimcheck.extract.lexicon import MONTHS, NUMBER_WORD_VALUES, WEEKDAYS
from claimcheck.records import Claim

__all__ = [
    "CHANGING_MEASURES",
    "PARTNER_PREFIX",
    "ClaimKeys",
    "article_names",
    "claim_interval",
    "claim_keys",
    "is_place",
    "is_specific",
    "keyed_claims",
    "match_key",
    "sentence_names",
    "sentence_subjects",
    "stated_figure",
    "stated_precision",
]

# ---------------------------------------------------------------------------------------------
# Subjects: the names in the sentence, normalized, with aliases folded together.


def _words(text: str) -> frozenset[str]:
    return frozenset(word.lower() for word in text.split())


# "Jly" is a wire-copy spelling of July the date scanner does not read.
_MONTHS = frozenset(MONTHS) | {"jly"}
# Weekday abbreviations that are also names ("Sun" Co., "Sat") do not end a name.
_WEEKDAYS = frozenset(WEEKDAYS) - {"thur", "thurs", "fri", "sat", "sun"}
_NUMBER_WORDS = frozenset(NUMBER_WORD_VALUES) | _words("hundred thousand million billion")
# Capitalized words that always end a name: months, weekdays, titles, news furniture.
_BREAK_WORDS = (
    _MONTHS
    | _WEEKDAYS
    | _NUMBER_WORDS
    | _words(
        """
        mr mrs ms dr prof sir lord president minister chairman chief secretary spokesman
        spokeswoman governor director officials official analysts analyst sources source
        dealers traders reuter reuters note notes shr shrs net revs rev qtr qtrs avg oper mths
        no gnp gdp cpi ppi christmas easter
        """
    )
)
# Capitalized words that name nothing when they open a run: sentence openers, pronouns and
# generic words ("The", "But", "Total"); inside a name they stay.
_LEADING_WORDS = _words(
    """
    the a an in on at but and or it its he she they we i you this that these those there
    for with by as if when while after before under over also however meanwhile since
    though although because during from to of than then thus so yet still some many most
    all any each both other another such not first last next our their
    his her my your what which who whom whose where why how here today yesterday tomorrow
    year years month months week weeks day days total including excluding earlier later
    according among against between until unless whether share shares dlrs dlr pct
    """
)
# Words of institutions every country has: "Central Bank" or "Statistics Office" alone does
# not say whose, so such a name never makes a match on its own.
_INSTITUTION_WORDS = _words(
    """
    company companies corporation bank banks board council committee committees commission
    department ministry agency office service international national central united state
    states union republic federation association institute government federal reserve
    statistics statistical finance agriculture commerce labor labour treasury customs excise
    budget congress senate house white parliament cabinet bureau authority administration
    economic economy development monetary trade industry energy planning and of the
    securities exchange investors investor service services poor poors moody moodys standard
    duff phelps ratings rating district court courts appeals appeal supreme circuit jury
    """
)
_GENERIC_NOUNS = _words(
    "company corporation group bank government state department ministry agency court"
)
_GENERIC = _BREAK_WORDS | _LEADING_WORDS | _GENERIC_NOUNS
# Legal-form suffixes: "Standard Oil Co" and "Standard Oil Corp" name the same company.
_COMPANY_SUFFIXES = _words(
    "co cos corp corporation company inc incorporated ltd limited plc llc lp ag sa nv bv spa"
    " gmbh bhd pty"
)
_CURRENCY_WORDS = _words(
    """
    dollar dollars dlr dlrs franc francs mark marks yen crown crowns krona kronor krone kroner
    markka lira lire pound pounds stg sterling currency guilder guilders peso pesos rand ringgit
    rupee rupees escudo escudos peseta pesetas schilling schillings dinar dinars riyal riyals
    won yuan baht drachma drachmas cruzado cruzados shekel shekels ecu ecus cts cents punt punts
    """
)
# Countries and their adjectives folded to one key, so "Japanese exports" meets "Japan's".
_ALIASES: dict[str, str] = {
    "us": "us",
    "u s": "us",
    "usa": "us",
    "united states": "us",
    "america": "us",
    "american": "us",
    "americans": "us",
    "uk": "uk",
    "britain": "uk",
    "british": "uk",
    "great britain": "uk",
    "united kingdom": "uk",
    "west german": "west germany",
    "west germans": "west germany",
    "east german": "east germany",
    "german": "germany",
    "japanese": "japan",
    "chinese": "china",
    "french": "france",
    "italian": "italy",
    "spanish": "spain",
    "dutch": "netherlands",
    "holland": "netherlands",
    "canadian": "canada",
    "australian": "australia",
    "brazilian": "brazil",
    "mexican": "mexico",
    "argentine": "argentina",
    "south korean": "south korea",
    "korean": "korea",
    "taiwanese": "taiwan",
    "indian": "india",
    "soviet": "soviet union",
    "ussr": "soviet union",
    "soviets": "soviet union",
    "swiss": "switzerland",
    "swedish": "sweden",
    "belgian": "belgium",
    "irish": "ireland",
    "israeli": "israel",
    "egyptian": "egypt",
    "saudi": "saudi arabia",
    "iranian": "iran",
    "iraqi": "iraq",
    "philippine": "philippines",
    "indonesian": "indonesia",
    "malaysian": "malaysia",
    "nigerian": "nigeria",
    "norwegian": "norway",
    "danish": "denmark",
    "finnish": "finland",
    "austrian": "austria",
    "portuguese": "portugal",
    "greek": "greece",
    "turkish": "turkey",
    "thai": "thailand",
    "ec": "european community",
    "european community": "european community",
    "calif": "california",
    "mich": "michigan",
    "conn": "connecticut",
    "n y": "new york",
    "ny": "new york",
    "new york": "new york",
    "hong kong": "hong kong",
    "south africa": "south africa",
    "new zealand": "new zealand",
    "north american": "north america",
    "latin american": "latin america",
    "south american": "south america",
    "european": "europe",
    "asian": "asia",
    "african": "africa",
}


def _place_words() -> frozenset[str]:
    from claimcheck.checks.names_lexicon import KNOWN_DISTINCT_NAMES

    not_places = (
        _MONTHS
        | _WEEKDAYS
        | _words(
            """
        christian christians muslim muslims jewish jew jews catholic protestant orthodox sunni
        shia shiite hindu buddhist democrat democrats democratic republican republicans
        conservative labour labor liberal senate congress parliament federal reserve
        """
        )
    )
    return frozenset(KNOWN_DISTINCT_NAMES - not_places)


_PLACE_KEYS = frozenset(_ALIASES.values()) | _place_words()

_WORD = re.compile(r"[A-Za-z][A-Za-z0-9&'’.\-]*")
_CONNECTORS = frozenset({"of", "de", "&", "du", "van", "von", "la", "le"})
_MID_SENTENCE_CAPITAL = re.compile(r"(?<=[a-z0-9,;)] )[A-Z][A-Za-z&'’-]+")


def _is_capitalized(word: str) -> bool:
    return word[0].isupper()


def _normalize_name(words: list[str]) -> list[str]:
    """Keys of a capitalized run: "U.S. Agriculture Department" -> ["us", "agriculture
    department"], "Standard Oil Co." -> ["standard oil"], "Japanese" -> ["japan"]."""
    text = " ".join(words).lower().replace("’", "'")
    text = re.sub(r"'s\b|'", "", text)
    text = text.replace(".", "").replace("-", " ")
    parts = [part for part in text.split() if part]
    while len(parts) > 1 and parts[-1] in _COMPANY_SUFFIXES:
        parts.pop()
    key = " ".join(parts)
    if key in _ALIASES:
        return [_ALIASES[key]]
    # A place opening a longer name is the place plus the rest ("U.S. Agriculture Department").
    for size in (2, 1):
        head = " ".join(parts[:size])
        place = _ALIASES.get(head, head if head in _PLACE_KEYS else None)
        if place and len(parts) > size:
            rest = " ".join(parts[size:])
            return [place, _ALIASES.get(rest, rest)]
    return [key] if key else []


def article_names(text: str) -> frozenset[str]:
    """Words the article capitalizes inside sentences: the names a sentence may open with."""
    return frozenset(match.group(0).lower() for match in _MID_SENTENCE_CAPITAL.finditer(text))


def sentence_names(
    sentence: str, known_names: frozenset[str] | None = None
) -> list[tuple[str, int, int]]:
    """(key, start, end) of each name in a sentence: capitalized word runs, generic openers and
    months dropped, currency adjectives ("Swiss francs") skipped. A lone capitalized word opening
    the sentence counts only when it is a place or the article capitalizes it elsewhere."""
    words = _sentence_words(sentence)
    runs = _NameRuns(known_names)
    for index, (word, broken, start, end) in enumerate(words):
        if broken and runs.run:
            runs.close(word)
        if not word:
            continue
        lower = word.lower().replace(".", "")
        if runs.takes(word, lower):
            runs.add(word, start, end)
        elif runs.run and lower in _CONNECTORS and _capital_follows(words, index):
            runs.run.append((word, start, end))  # "Bank of Japan"
        else:
            if runs.run:
                runs.close(word)
            if lower not in _LEADING_WORDS:
                runs.content_seen = True
    if runs.run:
        runs.close("")
    return runs.names


def _sentence_words(sentence: str) -> list[tuple[str, bool, int, int]]:
    """(word, broken, start, end) of each word; `broken` when punctuation comes before it."""
    words: list[tuple[str, bool, int, int]] = []
    previous_end = 0
    for match in _WORD.finditer(sentence):
        # Punctuation between two words ("In Tokyo, Bank of Japan") ends a name.
        broken = bool(sentence[previous_end : match.start()].strip())
        word = match.group(0).rstrip(".'’-")
        words.append((word, broken, match.start(), match.start() + len(word)))
        previous_end = match.end()
    return words


def _capital_follows(words: list[tuple[str, bool, int, int]], index: int) -> bool:
    """Whether a capitalized word follows word `index` with no punctuation between."""
    if index + 1 >= len(words):
        return False
    following, broken = words[index + 1][:2]
    return bool(following) and not broken and _is_capitalized(following)


class _NameRuns:
    """The runs of capitalized words in one sentence, each closed into name keys."""

    def __init__(self, known_names: frozenset[str] | None) -> None:
        self.known_names = known_names
        self.names: list[tuple[str, int, int]] = []
        self.run: list[tuple[str, int, int]] = []
        self.run_opens_sentence = False
        self.content_seen = False

    def takes(self, word: str, lower: str) -> bool:
        """Whether the word starts or continues a name."""
        name_word = lower not in _BREAK_WORDS and lower not in _CURRENCY_WORDS
        return (
            _is_capitalized(word) and name_word and (bool(self.run) or lower not in _LEADING_WORDS)
        )

    def add(self, word: str, start: int, end: int) -> None:
        if not self.run:
            self.run_opens_sentence = not self.content_seen
        self.run.append((word, start, end))
        self.content_seen = True

    def close(self, next_word: str) -> None:
        run = self.run
        while run and run[-1][0].lower() in _CONNECTORS:
            run.pop()
        if run and next_word.lower() not in _CURRENCY_WORDS:
            self.names.extend(
                (key, run[0][1], run[-1][2])
                for key in self._keys()
                if key not in _GENERIC and len(key) > 1
            )
        run.clear()

    def _keys(self) -> list[str]:
        keys = _normalize_name([word for word, _, _ in self.run])
        lone = self.run[0][0]
        # "Ruritania's" opening a sentence is a name; "Exports" or "Shipments" is not.
        possessive = lone.endswith(("'s", "’s"))
        unknown = self.known_names is None or lone.lower() not in self.known_names
        lone_opener = self.run_opens_sentence and len(self.run) == 1 and keys
        if lone_opener and keys[0] not in _PLACE_KEYS and not possessive and unknown:
            return []
        return keys


def sentence_subjects(sentence: str, known_names: frozenset[str] | None = None) -> frozenset[str]:
    """The keys of the names in a sentence (see `sentence_names`)."""
    return frozenset(key for key, _, _ in sentence_names(sentence, known_names))


def is_place(key: str) -> bool:
    return key in _PLACE_KEYS


def is_specific(key: str) -> bool:
    """A name that says who: not a place, not an institution every country has."""
    return not is_place(key) and not all(word in _INSTITUTION_WORDS for word in key.split())


# ---------------------------------------------------------------------------------------------
# Measures: what the figure counts or costs, named by the nearest metric phrase.

# (phrase, canonical metric); longer phrases are tried first so "trade deficit" beats "deficit".
_METRIC_PHRASES: tuple[tuple[str, str], ...] = (
    ("current account deficit", "current-account-deficit"),
    ("current account surplus", "current-account-surplus"),
    ("trade deficit", "trade-deficit"),
    ("trade gap", "trade-deficit"),
    ("trade surplus", "trade-surplus"),
    ("budget deficit", "budget-deficit"),
    ("budget surplus", "budget-surplus"),
    ("net income", "net-profit"),
    ("net profit", "net-profit"),
    ("net earnings", "net-profit"),
    ("net loss", "net-loss"),
    ("operating profit", "operating-profit"),
    ("operating loss", "operating-loss"),
    ("pretax profit", "pretax-profit"),
    ("pre-tax profit", "pretax-profit"),
    ("gross national product", "gnp"),
    ("gross domestic product", "gdp"),
    ("money supply", "money-supply"),
    ("foreign exchange reserves", "reserves"),
    ("foreign reserves", "reserves"),
    ("unemployment rate", "unemployment"),
    ("jobless rate", "unemployment"),
    ("inflation rate", "inflation"),
    ("interest rate", "interest-rate"),
    ("prime rate", "prime-rate"),
    ("discount rate", "discount-rate"),
    ("death toll", "deaths"),
    ("market share", "market-share"),
    ("deficit", "deficit"),
    ("surplus", "surplus"),
    ("profit", "profit"),
    ("profits", "profit"),
    ("earnings", "profit"),
    ("loss", "loss"),
    ("losses", "loss"),
    ("revenue", "revenue"),
    ("revenues", "revenue"),
    ("sales", "revenue"),
    ("turnover", "revenue"),
    ("exports", "exports"),
    ("imports", "imports"),
    ("gnp", "gnp"),
    ("gdp", "gdp"),
    ("inflation", "inflation"),
    ("unemployment", "unemployment"),
    ("reserves", "reserves"),
    ("output", "output"),
    ("production", "output"),
    ("dividend", "dividend"),
    ("judgment", "judgment"),
    ("judgement", "judgment"),
    ("damages", "damages"),
    ("award", "judgment"),
    ("fine", "fine"),
    ("debt", "debt"),
    ("budget", "budget"),
    ("price", "price"),
    ("prices", "price"),
    ("bid", "offer"),
    ("offer", "offer"),
    ("tender offer", "offer"),
    ("stake", "stake"),
    ("length", "length"),
    ("long", "length"),
    ("height", "height"),
    ("tall", "height"),
    ("population", "population"),
)
_METRICS = dict(_METRIC_PHRASES)
_METRIC_RE = re.compile(
    r"\b(?:"
    + "|".join(
        re.escape(phrase).replace(r"\ ", r"\s+")
        for phrase, _ in sorted(_METRIC_PHRASES, key=lambda item: -len(item[0]))
    )
    + r")\b",
    re.IGNORECASE,
)
# Counted nouns whose number means nothing without the transaction it belongs to.
_TRANSACTION_NOUNS = _words("share stock unit bond warrant note option contract lot order")
# People counted are only comparable with what happened to them: killed, employed, missing.
_PEOPLE_NOUNS = _words("person people man woman men women child children resident citizen")
_PEOPLE_ROLES = (
    (re.compile(r"\b(?:kill\w*|dead|died|die|deaths?|death\s+toll|lives)\b", re.I), "deaths"),
    (re.compile(r"\b(?:injur\w*|wound\w*|hurt)\b", re.I), "injured"),
    (re.compile(r"\b(?:employ\w*|staff|workforce|jobs?)\b", re.I), "employees"),
    (re.compile(r"\b(?:missing|disappear\w*)\b", re.I), "missing"),
    (re.compile(r"\b(?:homeless|evacuat\w*|displaced|refugees?|fled)\b", re.I), "displaced"),
    (re.compile(r"\b(?:arrest\w*|detain\w*|held)\b", re.I), "arrested"),
)
# Measures whose figure moves over time: a different later figure is news, not an error.
CHANGING_MEASURES = _words(
    """
    price offer stake reserves interest-rate prime-rate discount-rate deaths debt
    refugee casualty death dead toll victim injury injured wounded missing evacuee homeless
    person people troop soldier striker worker hostage prisoner case infection patient
    arrest detainee protester customer subscriber member employee job employees strikers
    """
)
# Words that make the figure an estimate or forecast rather than a settled fact.
_ESTIMATE_RE = re.compile(
    r"\b(?:expect\w*|forecast\w*|project\w*|estimat\w*|predict\w*|target\w*|outlook|"
    r"anticipat\w*|preliminary|provisional|flash|could|would|will|may|might|plan\w*|"
    r"seek\w*|sought|propos\w*|aim\w*|hope\w*)\b",
    re.IGNORECASE,
)
_REVISION_RE = re.compile(
    r"\b(?:revis\w*|restat\w*|previously\s+reported|originally\s+reported|"
    r"previously\s+announced|earlier\s+report\w*|correct\w*|upward\w*|downward\w*|"
    r"reduc\w*|(?:with|plus|including)\s+interest)\b",
    re.IGNORECASE,
)
# The figure is the other side of a comparison ("up from 5 billion", "against 3 mln").
_COMPARISON_BEFORE_RE = re.compile(
    r"(?:\b(?:from|against|versus|vs|compared\s+with|compared\s+to|than|after|over|"
    r"with|of\s+which|instead\s+of|rather\s+than)|\()\W*(?:a|an|the)?\s*"
    r"(?:previously\s+reported|previous|prior|revised|year-ago|earlier|original)?\s*"
    r"(?:figure\s+of|level\s+of|total\s+of|deficit\s+of|surplus\s+of)?\s*$",
    re.IGNORECASE,
)
_COMPARISON_AFTER_RE = re.compile(
    r"^\W{0,3}(?:\w+\s+){0,2}(?:a\s+year\s+(?:ago|earlier|before)|in\s+the\s+year[- ]ago|"
    r"the\s+year\s+before|the\s+previous|the\s+prior|previously|"
    r"in\s+the\s+same\s+(?:period|month|quarter)|year[- ]ago|of\s+which)",
    re.IGNORECASE,
)
# The figure is an amount of change ("cut the deficit by 40 billion", "add 1 billion").
_CHANGE_BEFORE_RE = re.compile(
    r"\b(?:by|cut\w*|reduc\w*|trim\w*|slash\w*|sav\w*|add\w*|rais\w*|lift\w*|boost\w*|"
    r"lower\w*|narrow\w*|widen\w*|increas\w*|decreas\w*|shave\w*|chop\w*)\s+"
    r"(?:(?:about|some|roughly|nearly|almost|around|an\s+estimated|another|a\s+further|a|an|"
    r"the|its|their|it)\s+)*(?:\w+\s+){0,4}$",
    re.IGNORECASE,
)
# Date expressions that name the other side of a comparison, not the figure's period.
_COMPARISON_PERIOD_RE = re.compile(
    r"year[- ]ago|a\s+year\s+(?:ago|earlier|before)|previous|prior|same\s+(?:period|month|quarter)",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r"[;:]|\s--\s|,\s+(?:and|but|while|whereas)\s")

_SCALE_WORDS = {
    "thousand": 1e3,
    "million": 1e6,
    "mln": 1e6,
    "mn": 1e6,
    "billion": 1e9,
    "bln": 1e9,
    "bn": 1e9,
    "trillion": 1e12,
}
_DIGITS = re.compile(r"\d[\d,]*(?:\.(\d+))?|\.(\d+)")
_PERIOD_GRANULARITIES = _words("year half quarter month week season")


@dataclass(frozen=True, slots=True)
class ClaimKeys:
    """What a claim is about, for matching it with claims of other articles."""

    subjects: frozenset[str]
    # "money:USD:trade-deficit", "count:refugee", "length:meter:length", "percent:inflation".
    measure: str
    metric: str
    # TIMEX value of the period the figure refers to ("1987-01", "1986", "1987-Q1") or None.
    period: str | None
    period_first: date | None
    period_last: date | None
    # "level" (the figure itself) or "comparison" (the other side: "up from 5 billion").
    role: str
    # Figure in the measure's unit (cents as dollars), its stated precision and interval.
    value: float | None
    low: float
    high: float
    precision: float
    noun: str | None
    estimate: bool
    revision: bool

    def match_keys(self) -> list[str]:
        return [match_key(subject, self.measure, self.period) for subject in sorted(self.subjects)]


def match_key(subject: str, measure: str, period: str | None) -> str:
    """The index key: one subject, the measure and the period, in one string."""
    return f"{subject}|{measure}|{period or '-'}"


def stated_precision(text: str, value: float | None) -> float:
    """Half a unit of the last stated digit, in the value's scale ("170 billion" -> 0.5e9)."""
    if value is None:
        return 0.0
    match = _DIGITS.search(text)
    lowered = text.lower()
    if match is None:
        scale = max(
            (factor for word, factor in _SCALE_WORDS.items() if word in lowered), default=1.0
        )
        return 0.5 * scale
    decimals = match.group(1) or match.group(2) or ""
    literal = float(match.group(0).replace(",", "") or 0)
    if literal == 0:
        return 0.5 * 10 ** -len(decimals)
    scale = abs(value) / literal
    # Snap the scale to a power of ten (cents in dollars, mln) so float noise does not leak in.
    scale = 10 ** round(math.log10(scale)) if scale > 0 else 1.0
    return 0.5 * 10 ** -len(decimals) * scale


def claim_interval(claim: Claim, factor: float = 1.0) -> tuple[float, float, float, float | None]:
    """(low, high, precision, point value) of the figure as stated, in units scaled by factor."""
    if claim.value is not None:
        precision = stated_precision(claim.text, claim.value) * factor
        low = high = claim.value * factor
    elif claim.low is not None and claim.high is not None:
        precision = stated_precision(claim.text, claim.low) * factor
        low, high = claim.low * factor, claim.high * factor  # ranges run low to high
    else:
        return (math.nan, math.nan, 0.0, None)
    qualifier = claim.qualifier
    if qualifier in ("at_least", "more_than"):
        high = math.inf
    elif qualifier in ("at_most", "less_than"):
        low = -math.inf
    elif qualifier == "approx":
        # "about 170 billion" allows a few percent either side beyond its last digit.
        precision = max(precision, 0.05 * max(abs(low), abs(high)))
    point = claim.value * factor if claim.value is not None else None
    # News copy truncates as often as it rounds ("169 billion" for 169.8 billion): allow up to
    # a whole unit of the last stated digit above the figure.
    return (low - precision, high + 2 * precision, precision, point)


def _measure(claim: Claim) -> tuple[str, float, str | None] | None:
    """(measure prefix, factor into the measure's unit, counted noun) or None if not comparable."""
    unit = claim.unit
    if claim.kind not in ("money", "percent", "quantity") or not unit:
        return None
    if claim.dimension == "currency":
        if unit == "cent":
            return "money:USD", 0.01, None
        return f"money:{unit}", 1.0, None
    if claim.dimension == "percent" or unit == "percent":
        return "percent", 1.0, None
    if claim.dimension == "count":
        if unit in _CURRENCY_WORDS:
            # "52 billion francs" read as a count: it is money in an unnamed franc.
            return f"money:{unit.rstrip('s')}", 1.0, None
        return f"count:{unit}", 1.0, unit
    if claim.dimension in (None, "dimensionless", "time", "price"):
        return None
    if claim.normalized_value is not None and claim.value and claim.normalized_unit:
        return (
            f"{claim.dimension}:{claim.normalized_unit}",
            claim.normalized_value / claim.value,
            None,
        )
    return f"{claim.dimension}:{unit}", 1.0, None


def stated_figure(claim: Claim) -> tuple[str, float, float] | None:
    """(unit key, low, high) of any figure with a unit, keyed or not: what an article states,
    for telling whether it repeats an earlier figure ("earlier put at 4.2 billion dlrs")."""
    measured = _measure(claim)
    if measured is None:
        return None
    prefix, factor, noun = measured
    low, high, _, point = claim_interval(claim, factor)
    if point is None and math.isnan(low):
        return None
    return (f"count:{noun}" if noun else prefix), low, high


def _clause_window(sentence: str, start: int, end: int) -> tuple[int, int]:
    """Bounds of the clause around [start, end) in the sentence."""
    left = 0
    for match in _CLAUSE_BREAK.finditer(sentence, 0, start):
        left = match.end()
    right_match = _CLAUSE_BREAK.search(sentence, end)
    right = right_match.start() if right_match else len(sentence)
    return left, right


# Words before a metric that do not narrow it ("the total exports", "its 1986 profit").
_MODIFIER_STOP = _words(
    """
    the a an its their his her our total overall annual monthly quarterly weekly record net
    gross first second third fourth final interim current new higher lower largest big bigger
    biggest year month week quarter estimated expected projected forecast official preliminary
    revised provisional combined cumulative average and or of in to for with from by on at than
    as that which this these those was were is are be been has have had rose fell said says
    reported posted showed show shows fiscal full half nine six three mths months before after
    pct per cent percent dlr dlrs mln billion rise fall increase decrease drop gain jump would
    will could may might should also still only about some all any such other more less same
    previous prior latest last next operating
    """
)
_WORD_BEFORE = re.compile(r"(?<![\w'’.-])([a-z][a-z-]{2,}|and)\s+$")
_OF_AFTER = re.compile(r"\s+of\s+([a-z]{3,})\b")
_PRONOUN_BEFORE = re.compile(r"\b(?:its|their|his|her)\s+(?:\S+\s+){0,3}$", re.IGNORECASE)
# Between a figure and a metric written after it: "15 billion dlr (trade) deficit",
# "3 mln dlrs in sales".
_METRIC_AFTER_GAP = re.compile(r"^[\s-]*(?:(?:in|of)\s+)?(?:[a-z]+\s+)?$", re.IGNORECASE)
_METRIC_BEFORE_DISTANCE = 45
# Nouns after a metric that make it a modifier of another quantity ("output shortfall").
_DERIVED_HEAD = re.compile(
    r"\s+(?:shortfall|ceiling|quota|quotas|target|targets|goal|limit|cut|cuts|reduction|"
    r"increase|decrease|growth|rise|fall|drop|decline|gain|tax|taxes|share|ratio|forecast)\b",
    re.IGNORECASE,
)
# After a figure: it is measured against something else ("40,000 barrels a day over its quota").
_RELATIVE_AFTER = re.compile(
    r"^\W{0,3}(?:above|below|over|under|short\s+of|in\s+excess\s+of|more\s+than|less\s+than)\b",
    re.IGNORECASE,
)
# Metrics whose qualifying words ("jury judgment", "court award") name no different thing.
_UNQUALIFIED_METRICS = _words("judgment fine")
_PERCENT_BEFORE_DISTANCE = 25
_PERCENT_OF = re.compile(r"\s+of\s+(?:the\s+)?([A-Za-z][\w.'’-]*)")


def _metric_modifier(sentence: str, start: int, end: int) -> str | None:
    """Words that narrow a metric: "rubber exports", "consumer price inflation", "exports of
    coffee" (up to two words before it, or the noun after "of")."""
    words: list[str] = []
    position = start
    while len(words) < 3:
        before = _WORD_BEFORE.search(sentence, max(0, position - 30), position)
        if not before:
            break
        word = before.group(1)
        # "oil and gas exports": "and" joins two modifiers, it never starts one.
        if word in _MODIFIER_STOP and not (word == "and" and words):
            break
        words.insert(0, word)
        position = before.start()
    while words and words[0] == "and":
        words.pop(0)
    if words:
        return "-".join(words)
    after = _OF_AFTER.match(sentence, end)
    if after and after.group(1) not in _MODIFIER_STOP:
        return after.group(1)
    return None


def _nearest_metric(
    sentence: str, start: int, end: int, reach: int = _METRIC_BEFORE_DISTANCE
) -> tuple[str, tuple[int, int]] | None:
    """(metric key, phrase span) of the metric phrase nearest the figure within its clause:
    shortly before it, or right after it ("a 15 billion dlr deficit")."""
    left, right = _clause_window(sentence, start, end)
    best: tuple[int, re.Match[str]] | None = None
    for match in _METRIC_RE.finditer(sentence, max(left, start - reach), start):
        distance = start - match.end()
        if best is None or distance <= best[0]:
            best = (distance, match)
    after = _METRIC_RE.search(sentence, end, min(right, end + 25))
    if after is not None and _METRIC_AFTER_GAP.match(sentence[end : after.start()]):
        distance = after.start() - end
        if best is None or distance < best[0]:
            best = (distance, after)
    if best is None:
        return None
    match = best[1]
    metric = _METRICS.get(re.sub(r"\s+", " ", match.group(0).lower()))
    if metric is None or _DERIVED_HEAD.match(sentence, match.end()):
        return None  # "output shortfall", "deficit target": another quantity than the metric
    modifier = (
        None
        if metric in _UNQUALIFIED_METRICS
        else _metric_modifier(sentence, match.start(), match.end())
    )
    return (f"{modifier}-{metric}" if modifier else metric), (match.start(), match.end())


def _people_role(sentence: str, start: int, end: int) -> str | None:
    """What happened to the people counted: the role word nearest the figure in its clause."""
    left, right = _clause_window(sentence, start, end)
    best: tuple[int, str] | None = None
    for pattern, role in _PEOPLE_ROLES:
        for match in pattern.finditer(sentence, left, right):
            distance = start - match.end() if match.end() <= start else match.start() - end
            if best is None or abs(distance) < best[0]:
                best = (abs(distance), role)
    return best[1] if best else None


# A day that dates a stock rather than an announcement: "as of April 8", "week ended Feb 22".
_DAY_ANCHOR = re.compile(
    r"\b(?:as\s+of|ended|ending|through|at\s+end\s+of|by\s+end\s+of)\s+$", re.IGNORECASE
)
# A period written after the figure must follow it closely: "12,000 tonnes in 1986".
_PERIOD_AFTER_GAP = 20


def _period_of(claim: Claim, dates: Sequence[Claim], sentence: str, offset: int) -> Claim | None:
    """The stated period nearest the figure in its clause: a month, quarter or year before it
    or right after it, or a day a stock is counted at ("as of April 8")."""
    left, right = _clause_window(sentence, offset, offset + len(claim.text))
    best: tuple[int, Claim] | None = None
    for mention in dates:
        if not mention.date or not mention.date[:1].isdigit():
            continue
        if _COMPARISON_PERIOD_RE.search(mention.text):
            continue
        mention_offset = mention.start - claim.start + offset
        if not left <= mention_offset < right:
            continue
        anchored_day = mention.granularity == "day" and _DAY_ANCHOR.search(
            sentence, max(0, mention_offset - 20), max(0, mention_offset)
        )
        if mention.granularity not in _PERIOD_GRANULARITIES and not anchored_day:
            continue
        if mention.start >= claim.end:
            distance = mention.start - claim.end
            if distance > _PERIOD_AFTER_GAP:
                continue
        elif mention.end <= claim.start:
            distance = claim.start - mention.end
        else:
            distance = 0
        if best is None or distance < best[0]:
            best = (distance, mention)
    return best[1] if best else None


# Fixed-fact physical measures: a bridge's length needs no period to be compared.
_TIMELESS_DIMENSIONS = _words("length area")
# Tolls of one event need no period either: the event names them ("the quake killed 40").
_TOLL_MEASURES = _words(
    "deaths injured missing displaced arrested refugee casualty hostage troop soldier evacuee"
    " judgment"
)
# A figure about a part of the subject ("its chemicals unit had sales of ...") is not the
# subject's own figure.
_PART_RE = re.compile(
    r"\b(?:unit|units|division|divisions|subsidiary|subsidiaries|segment|segments|business|"
    r"businesses|operations|affiliate|plant|plants|mine|mines|branch|branches|parent)\b",
    re.IGNORECASE,
)
# Words that bound a figure: "exceeded 550 mln" is at least 550 mln.
_AT_LEAST_BEFORE = re.compile(
    r"\b(?:exceed\w*|more\s+than|over|above|topp\w*|at\s+least|upwards\s+of)\s+$", re.I
)
_AT_MOST_BEFORE = re.compile(r"\b(?:below|under|less\s+than|at\s+most|up\s+to)\s+$", re.I)


def _locate(claim: Claim) -> int | None:
    """Offset of the claim's text in its sentence."""
    sentence = claim.sentence
    offset = claim.start - claim.sentence_start
    if 0 <= offset < len(sentence) and sentence.startswith(claim.text, offset):
        return offset
    found = sentence.find(claim.text)
    return found if found >= 0 else None


def _metric_of(
    claim: Claim, noun: str | None, sentence: str, offset: int, end: int
) -> tuple[str, tuple[int, int] | None] | None:
    """(metric, metric phrase span) of a figure, or None when nothing names what it measures."""
    if noun is not None:
        if noun in _TRANSACTION_NOUNS:
            return None
        if noun in _PEOPLE_NOUNS:
            role = _people_role(sentence, offset, end)
            return (role, None) if role else None
        # "2.18 mln sets" produced is not "1.73 mln sets" exported; a count of things with no
        # metric named matches nothing, unless the things themselves change (troops).
        found = _nearest_metric(sentence, offset, end)
        if found:
            return f"{noun}:{found[0]}", None
        return (noun, None) if noun in CHANGING_MEASURES else None
    if claim.dimension == "percent" or claim.unit == "percent":
        # "20 pct stake", "20 pct of Vernitron": a holding; "rate of 7 pct": that rate.
        found = _nearest_metric(sentence, offset, end, _PERCENT_BEFORE_DISTANCE)
        holder = _PERCENT_OF.match(sentence, end)
        if found and found[0].endswith("stake"):
            return found
        if holder:
            if not holder.group(1)[0].isupper():
                return None
            return "share-of-" + holder.group(1).lower().rstrip(".'’s"), None
        return found
    return _nearest_metric(sentence, offset, end)


# Between an owner's name and its metric: "U.S. 1986 farm trade deficit", "Japan's
# January trade surplus", "Ruritania's total foreign debt".
_OWNER_GAP = re.compile(
    r"^\.?(?:['’]s?)?(?:[\s-]+(?:[a-z][a-z-]*|\d{4}(?:/\d{2,4})?|[A-Z][a-z]+))*[\s-]*$"
)
_SAYING = re.compile(
    r"\b(?:said|says|say|told|tell|reported|reports|announced|estimated|expects?|expected|"
    r"predicted|forecast|put|puts|believes?|thinks?|according)\b",
    re.IGNORECASE,
)
# "Zenda-built trucks for revenue of ...": a preposition puts the name out of reach.
_PREPOSITION = re.compile(r"\b(?:for|of|in|on|at|by|with|from|to|than|as|into|over)\b", re.I)
_OWNER_AFTER = re.compile(r"\s+(?:of|by)\s+(?:the\s+)?")
_PARTNER_BEFORE = re.compile(r"\b(?:with|to|from|against|between|and|into)\s+(?:the\s+)?$", re.I)


def _owner(
    names: Sequence[tuple[str, int, int]], sentence: str, span: tuple[int, int]
) -> frozenset[str]:
    """Keys of the name that owns the metric: right before it ("Japan's trade surplus", "the
    U.S. 1986 trade deficit") or right after it ("the deficit of the United States")."""
    metric_start, metric_end = span
    best_end = -1
    for _key, _start, end in names:
        if end > metric_start or end <= best_end:
            continue
        gap = sentence[end:metric_start]
        short = len(gap) <= 40 and len(gap.split()) <= 4
        linked = not _SAYING.search(gap) and not _PREPOSITION.search(gap)
        if short and linked and _OWNER_GAP.match(gap):
            best_end = end
    if best_end < 0:
        after = _OWNER_AFTER.match(sentence, metric_end)
        if after:
            starts = {start for _, start, _ in names}
            if after.end() in starts:
                return frozenset(key for key, start, _ in names if start == after.end())
        return _speaker_owner(names, sentence, metric_start)
    return frozenset(key for key, _, end in names if end == best_end)


# "Acme Corp said its 1986 net profit ...": "its" is the speaker's.
_ITS_BEFORE = re.compile(r"\bits\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_SPEAKER_GAP = re.compile(
    r"^\.?(?:['’]s)?\s+(?:said|says|reported|announced|posted)\s+(?:that\s+)?$", re.IGNORECASE
)


def _speaker_owner(
    names: Sequence[tuple[str, int, int]], sentence: str, metric_start: int
) -> frozenset[str]:
    """The name that says "its" right before the metric, when it opens the clause."""
    its = _ITS_BEFORE.search(sentence, max(0, metric_start - 40), metric_start)
    if its is None:
        return frozenset()
    for _key, _start, end in names:
        if _SPEAKER_GAP.match(sentence[end : its.start()]):
            return frozenset(key for key, _, other_end in names if other_end == end)
    return frozenset()


_PARTNER_REACH = 30


def _partners(
    names: Sequence[tuple[str, int, int]], sentence: str, metric_end: int, figure_end: int
) -> frozenset[str]:
    """Places the figure is between, written right after the metric or the figure ("surplus
    with the U.S.", "exports to Nigeria", "7.1 billion dlrs with the U.S."), as "with:" keys:
    a deficit with Japan is not the deficit."""
    return frozenset(
        PARTNER_PREFIX + key
        for key, start, _ in names
        if is_place(key)
        and any(
            anchor <= start <= anchor + _PARTNER_REACH and "," not in sentence[anchor:start]
            for anchor in (metric_end, figure_end)
        )
        and _PARTNER_BEFORE.search(sentence, max(0, start - 15), start)
    )


PARTNER_PREFIX = "with:"
# A possessive before the owner's name: "the group's 1986 French sales" are the group's.
_POSSESSIVE_BEFORE = re.compile(r"(?:\b(?:its|their|his|her)|\w['’]s)\s+(?:\d{4}\s+)?$", re.I)


def claim_keys(
    claim: Claim,
    sentence_dates: Sequence[Claim] = (),
    names: Sequence[tuple[str, int, int]] | None = None,
) -> ClaimKeys | None:
    """Keys of a figure claim, or None when it cannot be matched safely: no unit, no metric, no
    names, a rate of change, a share count without its transaction, or a figure whose period
    the sentence does not state (unless it is a length or a count of people that changes)."""
    measured = _measure(claim)
    if measured is None or not claim.sentence or claim.change is not None:
        return None  # a change ("rose 5 pct") has a base the sentence rarely pins down
    prefix, factor, noun = measured
    sentence = claim.sentence
    offset = _locate(claim)
    if offset is None:
        return None
    end = offset + len(claim.text)
    found_metric = _metric_of(claim, noun, sentence, offset, end)
    if found_metric is None:
        return None
    metric, metric_span = found_metric
    subjects = _figure_subjects(sentence, names, metric_span, end)
    if subjects is None:
        return None
    period = _period_of(claim, sentence_dates, sentence, offset)
    if period is None and not _keeps_without_period(claim, metric, noun):
        return None
    left, _ = _clause_window(sentence, offset, end)
    if _PART_RE.search(sentence, left, offset):
        return None
    role = _figure_role(claim, sentence, offset, end)
    if role is None:
        return None
    interval = _figure_interval(claim, factor, sentence[max(0, offset - 40) : offset])
    if interval is None:
        return None
    low, high, precision, point = interval
    return ClaimKeys(
        subjects=subjects,
        measure=f"count:{metric}" if noun is not None else f"{prefix}:{metric}",
        metric=metric,
        period=period.date if period else None,
        period_first=period.first_day if period else None,
        period_last=period.last_day if period else None,
        role=role,
        value=point,
        low=low,
        high=high,
        precision=precision,
        noun=noun,
        estimate=bool(_ESTIMATE_RE.search(sentence)),
        revision=bool(_REVISION_RE.search(sentence)),
    )


def _figure_subjects(
    sentence: str,
    names: Sequence[tuple[str, int, int]] | None,
    metric_span: tuple[int, int] | None,
    end: int,
) -> frozenset[str] | None:
    """Whose figure it is: the metric's owner and the places it trades with when the sentence
    names an owner, else every name in it; None when the owner is not named here."""
    if names is None:
        names = sentence_names(sentence)
    if not names:
        return None
    subjects = frozenset(key for key, _, _ in names)
    owner = _owner(names, sentence, metric_span) if metric_span else frozenset()
    if owner:
        if any(
            _POSSESSIVE_BEFORE.search(sentence, max(0, start - 30), start)
            for key, start, _ in names
            if key in owner
        ):
            return None  # "the group's 1986 French sales": the owner is "the group"
        # The owner and the places it trades with say whose figure it is; the other names in
        # the sentence (who said it, where) do not.
        assert metric_span is not None
        return owner | _partners(names, sentence, metric_span[1], end)
    if (
        metric_span is not None
        and not any(is_specific(key) for key in subjects)
        and _PRONOUN_BEFORE.search(sentence, max(0, metric_span[0] - 40), metric_span[0])
    ):
        return None  # "its Mexican loans": the owner is named elsewhere, not this place
    return subjects


def _keeps_without_period(claim: Claim, metric: str, noun: str | None) -> bool:
    """A figure true whenever it is stated (a length) or a toll that only grows needs no
    stated period to be matched."""
    timeless = claim.dimension in _TIMELESS_DIMENSIONS and noun is None
    return timeless or metric in _TOLL_MEASURES


def _figure_role(claim: Claim, sentence: str, offset: int, end: int) -> str | None:
    """ "level", "comparison" or "change"; None for a figure relative to another or stated
    only as a scale ("multi-billion dlr")."""
    before = sentence[max(0, offset - 40) : offset]
    after = sentence[end : end + 40]
    if _RELATIVE_AFTER.search(after):
        return None
    if _SCALE_FIRST.match(claim.text) or sentence[max(0, offset - 6) : offset].endswith("multi-"):
        return None  # "multi-billion dlr": no figure stated
    if _COMPARISON_BEFORE_RE.search(before) or _COMPARISON_AFTER_RE.search(after):
        return "comparison"
    if _CHANGE_BEFORE_RE.search(before):
        return "change"
    return "level"


def _figure_interval(
    claim: Claim, factor: float, before: str
) -> tuple[float, float, float, float | None] | None:
    """(low, high, precision, point) the figure allows, opened upward by "at least" and
    downward by "at most"; None for half a range."""
    low, high, precision, point = claim_interval(claim, factor)
    if point is None and (math.isnan(low) or len(_NUMBER_TOKEN.findall(claim.text)) == 1):
        return None  # a range needs two ends ("68- billion" is a slip, not a range)
    if claim.qualifier == "exact" and _AT_LEAST_BEFORE.search(before):
        high = math.inf
    elif claim.qualifier == "exact" and _AT_MOST_BEFORE.search(before):
        low = -math.inf
    return low, high, precision, point


_VERSUS = re.compile(r"\bvs\b\.?", re.IGNORECASE)
# A sentence with more figures than this is a table or a list, not one statement.
_MAX_FIGURES_PER_SENTENCE = 6
_SCALE_FIRST = re.compile(r"(?:thousand|million|mln|billion|bln|trillion)\b", re.IGNORECASE)
_MAX_NUMBERS_PER_SENTENCE = 10
_NUMBER_TOKEN = re.compile(r"(?<![\w.])\d[\d,.]*")


def keyed_claims(claims: Iterable[Claim], body: str | None = None) -> list[tuple[Claim, ClaimKeys]]:
    """Every matchable figure claim of an article with its keys (dates give the periods).

    `body` (the article text) tells names from capitalized sentence openers; without it the
    claims' own sentences stand in."""
    by_sentence: dict[int, list[Claim]] = {}
    ordered = list(claims)
    for claim in ordered:
        by_sentence.setdefault(claim.sentence_start, []).append(claim)
    if body is None:
        body = " ".join(group[0].sentence for group in by_sentence.values())
    known_names = article_names(body)
    names_cache: dict[int, list[tuple[str, int, int]]] = {}
    keyed: list[tuple[Claim, ClaimKeys]] = []
    for claim in ordered:
        if claim.kind not in ("money", "percent", "quantity"):
            continue
        sentence_claims = by_sentence[claim.sentence_start]
        if claim.sentence_start not in names_cache:
            figures = sum(1 for c in sentence_claims if c.kind in ("money", "percent", "quantity"))
            tabular = (
                figures > _MAX_FIGURES_PER_SENTENCE
                or len(_VERSUS.findall(claim.sentence)) > 1
                or len(_NUMBER_TOKEN.findall(claim.sentence)) > _MAX_NUMBERS_PER_SENTENCE
            )
            names_cache[claim.sentence_start] = (
                [] if tabular else sentence_names(claim.sentence, known_names)
            )
        names = names_cache[claim.sentence_start]
        if not names:
            continue
        dates = [c for c in sentence_claims if c.kind == "date"]
        keys = claim_keys(claim, dates, names)
        if keys is None:
            continue
        if keys.period is None and keys.metric not in _TOLL_MEASURES:
            # A length with no period is matched on its subject alone: only when the sentence
            # states no other length ("5 feet wide, 320 feet long" says which is which badly).
            unit = stated_figure(claim)
            same_unit = [c for c in sentence_claims if c is not claim and _same_unit(c, unit)]
            if same_unit:
                continue
        keyed.append((claim, keys))
    return keyed


def _same_unit(claim: Claim, unit: tuple[str, float, float] | None) -> bool:
    figure = stated_figure(claim)
    return figure is not None and unit is not None and figure[0] == unit[0]
