"""A figure's value as the ledger compares it: in one unit per kind of figure (money in its
currency, lengths in metres, people as people), with the interval its stated precision allows."""

from __future__ import annotations

import math
from dataclasses import dataclass

from claimcheck.extract.patterns import compile_pattern
from claimcheck.extract.units import to_base
from claimcheck.measures import word_set
from claimcheck.records import Claim

__all__ = ["FigureUnit", "claim_interval", "figure_unit", "stated_precision"]

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
_DIGITS = compile_pattern(r"\d[\d,]*(?:\.(\d+))?|\.(\d+)")
# Counted nouns that are people: what happened to them names the measure.
PEOPLE_NOUNS = word_set(
    """
    person people man woman child resident citizen inhabitant villager civilian miner worker
    employee staff passenger crew soldier troop serviceman policeman officer police victim
    student tourist pilgrim patient sailor seaman seafarer fisherman protester demonstrator
    striker member prisoner hostage refugee migrant survivor casualty driver farmer pupil
    teacher doctor nurse fighter militant rebel guerrilla gunman pupil adult baby infant
    """
)
_CURRENCY_COUNT_WORDS = word_set(
    """
    dollar dlr franc mark yen crown krona krone markka lira pound stg sterling guilder peso
    rand ringgit rupee escudo peseta schilling dinar riyal won yuan baht drachma cruzado
    shekel ecu punt
    """
)
# Dimensions whose figures the ledger compares, and the measure kind ("figures") they state.
_DIMENSION_FIGURES = {
    "length": "length",
    "area": "area",
    "flow": "flow",
    "mass": "mass",
    "volume": "volume",
    "temperature": "temperature",
}


@dataclass(frozen=True, slots=True)
class FigureUnit:
    """The unit a figure is compared in, the factor from its stated value into it, and what
    kind of figure it is (the measure vocabulary's `figures`)."""

    unit: str
    factor: float
    kind: str
    # The counted noun ("miner", "home"), None for other figures.
    noun: str | None = None


def figure_unit(claim: Claim) -> FigureUnit | None:
    """How a figure claim is compared, or None for one the ledger does not compare (a time,
    a ratio of units other than per share). A number with no unit is "bare": its noun is
    elsewhere in the sentence."""
    unit = claim.unit
    if claim.kind not in ("money", "percent", "quantity"):
        return None
    if not unit:
        return FigureUnit("bare", 1.0, "bare") if claim.dimension is None else None
    dimension = claim.dimension
    if dimension == "currency":
        return _money(unit)
    if dimension == "percent" or unit == "percent":
        return FigureUnit("percent", 1.0, "percent")
    if dimension == "count":
        return _counted(unit.lower())
    if dimension == "price" and unit.endswith("/ share"):
        return _per_share(unit)
    if dimension == "angle" and unit == "degree":
        return FigureUnit("degree", 1.0, "temperature")  # "42.6 degrees": a reading, not an angle
    kind = _DIMENSION_FIGURES.get(dimension or "")
    if kind is None:
        return None
    if claim.normalized_value is not None and claim.value and claim.normalized_unit:
        return FigureUnit(claim.normalized_unit, claim.normalized_value / claim.value, kind)
    return _unnormalized(claim, unit, kind)


def _unnormalized(claim: Claim, unit: str, kind: str) -> FigureUnit:
    """A figure the extractor left without a normalized value (a range, "between 14.2 and
    14.5 mln tonnes"; one side of a movement; some "mln bpd"): compared in the unit and by
    the factor the extractor normalizes a single figure of its unit with ("16 mln tonnes":
    kilograms), so that the two agree when they state the same amount."""
    scale, base = to_base(1.0, unit)
    if base != unit and to_base(0.0, unit)[0] == 0.0:
        return FigureUnit(base, scale, kind)
    return FigureUnit(unit, 1.0, kind)


def _money(unit: str) -> FigureUnit:
    if unit == "cent":
        return FigureUnit("USD", 0.01, "money")
    return FigureUnit(unit, 1.0, "money")


def _counted(noun: str) -> FigureUnit:
    if noun in _CURRENCY_COUNT_WORDS or noun.rstrip("s") in _CURRENCY_COUNT_WORDS:
        return FigureUnit(noun.rstrip("s"), 1.0, "money")  # "52 billion francs"
    if noun in PEOPLE_NOUNS:
        return FigureUnit("person", 1.0, "people", noun)
    return FigureUnit(f"count:{noun}", 1.0, "things", noun)


def _per_share(unit: str) -> FigureUnit:
    currency = unit.split("/")[0].strip()
    if currency == "cent":
        return FigureUnit("USD/share", 0.01, "money")
    return FigureUnit(f"{currency}/share", 1.0, "money")


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
    last_digit = 10 ** -len(decimals) if decimals else _rounded_to(match.group(0))
    return 0.5 * last_digit * scale


def _rounded_to(whole: str) -> int:
    """The unit a whole number written in full is rounded to: its trailing groups of three
    zeros are not stated digits ("1,982,000" to the thousand, "25,000" to the thousand), as
    long as two digits are left before them ("1,000" and "1,200" stay to the unit)."""
    digits = whole.replace(",", "")
    unit = 1
    while digits.endswith("000") and len(digits) >= 5:
        digits = digits[:-3]
        unit *= 1000
    return unit


def claim_interval(claim: Claim, factor: float = 1.0) -> tuple[float, float, float, float | None]:
    """(low, high, precision, point value) of the figure as stated, in units scaled by factor:
    the values it can stand for. A figure with fewer digits agrees with a more precise one it
    rounds or truncates ("42 billion" with 42.6 billion); "at least" opens it upward, "up to"
    downward, "about" a few percent either side."""
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
        precision = max(precision, 0.05 * max(abs(low), abs(high)))
    point = claim.value * factor if claim.value is not None else None
    # News copy truncates as often as it rounds ("169 billion" for 169.8 billion): allow up to
    # a whole unit of the last stated digit above the figure.
    return (low - precision, high + 2 * precision, precision, point)
