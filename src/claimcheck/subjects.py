"""Matching keys of a claim for the ledger: subject names, measure, period, role and precision."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from claimcheck.records import Claim

__all__ = [
    "ClaimKeys",
    "claim_interval",
    "claim_keys",
    "keyed_claims",
    "match_key",
    "sentence_subjects",
    "stated_precision",
]

# ---------------------------------------------------------------------------------------------
# Subjects: the names in the sentence, normalized, with aliases folded together.

_MONTHS = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
)
_WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu fri"
# Capitalized words that always end a name: months, weekdays, titles, news furniture.
_BREAK_WORDS = frozenset(
    f"""
    {_MONTHS} {_WEEKDAYS}
    mr mrs ms dr prof sir lord president minister chairman chief secretary spokesman
    spokeswoman governor director officials official analysts analyst sources source
    dealers traders reuter reuters note notes shr shrs net revs rev qtr qtrs avg oper mths
    """.split()
)
# Capitalized words that name nothing when they open a run: sentence openers, pronouns and
# generic nouns ("The", "But", "Company"); inside a name ("Commerce Department") they stay.
_LEADING_WORDS = frozenset(
    """
    the a an in on at but and or it its he she they we i you this that these those there
    for with by as if when while after before under over also however meanwhile since
    though although because during from to of than then thus so yet still some many most
    all any each both other another such no not one two three first last next new our their
    his her my your what which who whom whose where why how here today yesterday tomorrow
    year years month months week weeks day days total including excluding earlier later
    according among against between until unless whether share shares dlrs dlr pct
    """.split()
)
# Generic nouns that are no name on their own ("the Bank said") but open names ("Bank of Japan").
_GENERIC_NOUNS = frozenset(
    "company corporation group bank government state department ministry agency court".split()
)
_GENERIC = _BREAK_WORDS | _LEADING_WORDS | _GENERIC_NOUNS
# Legal-form suffixes: "Standard Oil Co" and "Standard Oil Corp" name the same company.
_COMPANY_SUFFIXES = frozenset(
    "co cos corp corporation company inc incorporated ltd limited plc llc lp ag sa nv bv"
    " spa gmbh bhd pty".split()
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
    "ec": "european community",
    "european community": "european community",
    "opec": "opec",
}
_PLACE_KEYS = frozenset(_ALIASES.values())

_WORD = re.compile(r"[A-Za-z][A-Za-z0-9&'’.\-]*")
_CONNECTORS = frozenset({"of", "de", "&", "du", "van", "von", "la", "le"})


def _is_capitalized(word: str) -> bool:
    return word[0].isupper()


def _normalize_name(words: list[str]) -> str:
    text = " ".join(words).lower().replace("’", "'")
    text = re.sub(r"'s\b|'", "", text)
    text = text.replace(".", "").replace("-", " ")
    parts = [part for part in text.split() if part]
    while len(parts) > 1 and parts[-1] in _COMPANY_SUFFIXES:
        parts.pop()
    key = " ".join(parts)
    return _ALIASES.get(key, key)


def sentence_subjects(sentence: str) -> frozenset[str]:
    """Normalized names in a sentence: capitalized word runs, generic openers and months dropped."""
    words: list[tuple[str, bool]] = []
    previous_end = 0
    for match in _WORD.finditer(sentence):
        # Punctuation between two words ("In Tokyo, Bank of Japan") ends a name.
        broken = bool(sentence[previous_end : match.start()].strip())
        words.append((match.group(0).rstrip(".'’-"), broken))
        previous_end = match.end()
    subjects: set[str] = set()
    run: list[str] = []

    def close_run() -> None:
        while run and run[-1].lower() in _CONNECTORS:
            run.pop()
        if run:
            key = _normalize_name(run)
            if key and key not in _GENERIC and len(key) > 1:
                subjects.add(key)
        run.clear()

    for index, (word, broken) in enumerate(words):
        if broken or not word:
            close_run()
        if not word:
            continue
        lower = word.lower().replace(".", "")
        if _is_capitalized(word) and lower not in _BREAK_WORDS:
            if run or lower not in _LEADING_WORDS:
                run.append(word)
                continue
        nxt, nxt_broken = words[index + 1] if index + 1 < len(words) else ("", True)
        if run and lower in _CONNECTORS and nxt and not nxt_broken and _is_capitalized(nxt):
            run.append(word)
            continue
        close_run()
    close_run()
    return frozenset(subjects)


def is_place(key: str) -> bool:
    return key in _PLACE_KEYS


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
    ("damages", "judgment"),
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
_TRANSACTION_NOUNS = frozenset({"share", "stock", "unit", "bond", "warrant", "note", "option"})
# Measures whose figure moves over time: a different later figure is news, not an error.
CHANGING_MEASURES = frozenset(
    """
    price offer stake reserves interest-rate prime-rate discount-rate deaths debt
    refugee casualty death dead toll victim injury injured wounded missing evacuee homeless
    person people troop soldier striker worker hostage prisoner case infection patient
    arrest detainee protester customer subscriber member employee job
    """.split()
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
    r"previously\s+announced|earlier\s+report\w*|correct\w*|upward\w*|downward\w*)\b",
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
    r"the\s+year\s+before|the\s+previous|the\s+prior|previously|last\s+year|earlier|before|"
    r"in\s+the\s+same\s+(?:period|month|quarter)|year[- ]ago)",
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
_PERIOD_GRANULARITIES = frozenset({"year", "half", "quarter", "month", "week", "season"})


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

    @property
    def changing(self) -> bool:
        return self.metric in CHANGING_MEASURES or (self.noun or "") in CHANGING_MEASURES

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
        low, high = sorted((claim.low * factor, claim.high * factor))
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
    return (low - precision, high + precision, precision, point)


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


def _clause_window(sentence: str, start: int, end: int) -> tuple[int, int]:
    """Bounds of the clause around [start, end) in the sentence."""
    left = 0
    for match in _CLAUSE_BREAK.finditer(sentence, 0, start):
        left = match.end()
    right_match = _CLAUSE_BREAK.search(sentence, end)
    right = right_match.start() if right_match else len(sentence)
    return left, right


def _nearest_metric(sentence: str, start: int, end: int) -> str | None:
    """The metric phrase nearest the figure within its clause: before it (60 chars) or right
    after it ("a 15 billion dlr deficit")."""
    left, right = _clause_window(sentence, start, end)
    best: tuple[int, str] | None = None
    for match in _METRIC_RE.finditer(sentence, max(left, start - 80), start):
        distance = start - match.end()
        if best is None or distance <= best[0]:
            best = (distance, match.group(0))
    after = _METRIC_RE.search(sentence, end, min(right, end + 25))
    if after is not None:
        distance = after.start() - end
        if best is None or distance < best[0]:
            best = (distance, after.group(0))
    if best is None:
        return None
    phrase = re.sub(r"\s+", " ", best[1].lower())
    return _METRICS.get(phrase)


def _period_of(claim: Claim, dates: Sequence[Claim]) -> Claim | None:
    """The stated period nearest the figure in its sentence (months, quarters, years)."""
    best: tuple[int, Claim] | None = None
    for mention in dates:
        if mention.granularity not in _PERIOD_GRANULARITIES or not mention.date:
            continue
        if not mention.date[:1].isdigit():
            continue
        if mention.start >= claim.end:
            distance = mention.start - claim.end
        elif mention.end <= claim.start:
            distance = claim.start - mention.end
        else:
            distance = 0
        if best is None or distance < best[0]:
            best = (distance, mention)
    return best[1] if best else None


def claim_keys(
    claim: Claim, sentence_dates: Sequence[Claim] = (), subjects: frozenset[str] | None = None
) -> ClaimKeys | None:
    """Keys of a figure claim, or None when it cannot be matched safely (no unit, no metric,
    no names, a rate of change, a share count without its transaction)."""
    measured = _measure(claim)
    if measured is None or not claim.sentence:
        return None
    prefix, factor, noun = measured
    if claim.change is not None:
        return None  # "rose 5 pct": a change, whose base the sentence rarely pins down
    sentence = claim.sentence
    offset = claim.start - claim.sentence_start
    if not (0 <= offset < len(sentence)) or sentence[offset : offset + len(claim.text)] != (
        claim.text
    ):
        found = sentence.find(claim.text)
        if found < 0:
            return None
        offset = found
    end = offset + len(claim.text)
    metric = _nearest_metric(sentence, offset, end)
    if noun is not None:
        if noun in _TRANSACTION_NOUNS:
            return None
        metric = metric if metric in ("population",) else noun
    if metric is None:
        return None
    if subjects is None:
        subjects = sentence_subjects(sentence)
    if not subjects:
        return None
    measure = f"{prefix}:{metric}" if noun is None else prefix
    before = sentence[max(0, offset - 40) : offset]
    after = sentence[end : end + 40]
    role = "level"
    if _COMPARISON_BEFORE_RE.search(before) or _COMPARISON_AFTER_RE.search(after):
        role = "comparison"
    period = _period_of(claim, sentence_dates)
    low, high, precision, point = claim_interval(claim, factor)
    if point is None and math.isnan(low):
        return None
    return ClaimKeys(
        subjects=subjects,
        measure=measure,
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


def keyed_claims(claims: Iterable[Claim]) -> list[tuple[Claim, ClaimKeys]]:
    """Every matchable figure claim of an article with its keys (dates give the periods)."""
    by_sentence: dict[int, list[Claim]] = {}
    ordered = list(claims)
    for claim in ordered:
        by_sentence.setdefault(claim.sentence_start, []).append(claim)
    subjects_cache: dict[int, frozenset[str]] = {}
    keyed: list[tuple[Claim, ClaimKeys]] = []
    for claim in ordered:
        if claim.kind not in ("money", "percent", "quantity"):
            continue
        if claim.sentence_start not in subjects_cache:
            subjects_cache[claim.sentence_start] = sentence_subjects(claim.sentence)
        dates = [c for c in by_sentence[claim.sentence_start] if c.kind == "date"]
        keys = claim_keys(claim, dates, subjects_cache[claim.sentence_start])
        if keys is not None:
            keyed.append((claim, keys))
    return keyed
