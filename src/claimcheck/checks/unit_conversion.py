"""CC102 conversion-mismatch: a parenthetical unit conversion that does not match its figure."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator
from itertools import pairwise

from claimcheck.checks.helpers import make_finding, stated_half_step
from claimcheck.checks.registry import ArticleContext, register
from claimcheck.records import Claim, Finding

# "30 miles (about 48 km)": what may sit between a figure and its parenthetical conversion.
_OPENING = re.compile(
    r"\s*[(\[]\s*(?:(?:about|around|roughly|approximately|approx\.?|some|nearly|almost|"
    r"or|just|over|under|c\.|ca\.|~)\s+)*"
)
_CLOSING = re.compile(r"\s*[)\],;]")
_SKIPPED_DIMENSIONS = frozenset({"count", "percent", "dimensionless", None})
# Units whose name means different sizes on either side of the Atlantic: any reading will do.
_AMBIGUOUS_UNITS: dict[str, tuple[str, ...]] = {
    "ton": ("ton", "long_ton", "metric_ton"),
    "gallon": ("gallon", "imperial_gallon"),
}
# When a conversion rounds its figure (trailing zeros), how far from the exact value it may go.
_ROUNDING_SHARE_EXACT = 0.05
_ROUNDING_SHARE_APPROX = 0.10


@register("CC102")
def check_unit_conversions(context: ArticleContext) -> Iterator[Finding]:
    """Flags a parenthetical unit conversion that does not match its figure.

    How: the figure before the parenthesis is taken as stated (its last digit gives its
    precision: "2.5 miles" is 2.45-2.55); the conversion must fall in that range converted,
    give or take its own last digit, or its rounding when it ends in zeros or fives
    ("400 km" may be rounded to hundreds), at most 5 percent (10 percent when "about").
    Example: "30 miles (55 km)": 30 miles is about 48.3 km.
    Money is only checked at a rate the article states ("$1 = 7.2 yuan", "1.08 dollars to
    the euro"), with that rate's own precision; rates of the day are never assumed.
    Not checked: ranges, counts; "tons" and "gallons" may be read as short, long or metric,
    US or imperial.
    """
    body = context.article.body
    quantities = [
        claim
        for claim in context.claims
        if claim.value is not None
        and math.isfinite(claim.value)
        and claim.unit
        and claim.dimension not in _SKIPPED_DIMENSIONS
    ]
    rates: dict[tuple[str, str], tuple[float, float, str]] | None = None
    for original, converted in pairwise(quantities):
        if not _is_parenthetical_pair(body, original, converted):
            continue
        if original.dimension == "currency" or converted.dimension == "currency":
            if rates is None:
                rates = _stated_rates(body, quantities)
            finding = _compare_money(context, original, converted, rates)
            if finding is not None:
                yield finding
            continue
        findings = [
            _compare(context, original, converted, _unit_converter(original_unit, converted_unit))
            for original_unit in _AMBIGUOUS_UNITS.get(original.unit, (original.unit,))
            for converted_unit in _AMBIGUOUS_UNITS.get(converted.unit, (converted.unit,))
        ]
        if findings and all(finding is not None for finding in findings):
            yield findings[0]


def _is_parenthetical_pair(body: str, original: Claim, converted: Claim) -> bool:
    if original.unit == converted.unit or converted.start < original.end:
        return False
    if original.low is not None or converted.low is not None:
        return False  # ranges are left alone
    gap = _OPENING.fullmatch(body, original.end, converted.start)
    return gap is not None and _CLOSING.match(body, converted.end) is not None


# (low, high) of the original figure -> (low, high, exact) in the converted unit.
RangeConverter = Callable[[float, float, float], tuple[float, float, float]]


def _unit_converter(from_unit: str, to_unit: str) -> RangeConverter:
    def convert_range(low: float, high: float, value: float) -> tuple[float, float, float]:
        from claimcheck.extract.units import convert

        ends = (convert(low, from_unit, to_unit), convert(high, from_unit, to_unit))
        return min(ends), max(ends), convert(value, from_unit, to_unit)

    return convert_range


def _compare(
    context: ArticleContext,
    original: Claim,
    converted: Claim,
    convert_range: RangeConverter,
    basis: str = "",
) -> Finding | None:
    assert original.value is not None and converted.value is not None
    step = stated_half_step(original.text, original.value)
    try:
        low, high, exact = convert_range(
            original.value - step, original.value + step, original.value
        )
    except ValueError:  # incompatible or unknown units: not a conversion we can judge
        return None
    if not all(math.isfinite(value) for value in (low, high, exact)):
        return None
    stated = converted.value
    approximate = original.qualifier != "exact" or converted.qualifier != "exact"
    share = _ROUNDING_SHARE_APPROX if approximate else _ROUNDING_SHARE_EXACT
    tolerance = max(
        stated_half_step(converted.text, stated, min_significant=2),
        min(_round_number_half_step(converted.text, stated), abs(stated) * share),
    )
    slack = 1e-9 * max(abs(stated), 1.0)
    if stated + tolerance + slack >= low and stated - tolerance - slack <= high:
        return None
    shown = _restate(converted.text, stated, exact)
    message = f"'{original.text} ({converted.text})': {basis}{original.text} is about {shown}"
    evidence = {
        "original": {"text": original.text, "start": original.start, "end": original.end},
        "converted_value": exact,
        "stated_value": stated,
        "allowed": [low - tolerance, high + tolerance],
        "units": [original.unit, converted.unit],
    }
    return make_finding(context, "CC102", message, converted.start, converted.end, evidence)


# "$1 = 7.2 yuan", "1 euro = $1.08".
_RATE_EQUALS = re.compile(r"\s*=\s*")
# "1.08 dollars to the euro", "$1.27 per pound sterling", "7.2 yuan a dollar".
_RATE_PER = re.compile(
    r"\s+(?:to\s+(?:the|one|each|a|an)|per|a|an|for\s+(?:each|one|every|a|an))\s+"
    r"((?:[a-z.$]+\s)?[a-z.$]+)",
    re.I,
)


def _stated_rates(
    body: str, quantities: list[Claim]
) -> dict[tuple[str, str], tuple[float, float, str]]:
    """Exchange rates the article states: (from, to) -> (rate, its half step, rate text)."""
    from claimcheck.extract.units import is_currency, lookup_surface

    rates: dict[tuple[str, str], tuple[float, float, str]] = {}
    money = [claim for claim in quantities if claim.dimension == "currency"]

    def add(source: str, target: str, rate: float, step: float, text: str) -> None:
        if source != target and rate > 0 and math.isfinite(rate):
            rates.setdefault((source, target), (rate, step, text))
            low, high = rate - step, rate + step
            inverse_step = (1 / low - 1 / high) / 2 if low > 0 else math.inf
            rates.setdefault((target, source), (1 / rate, inverse_step, text))

    for first, second in pairwise(money):
        if _RATE_EQUALS.fullmatch(body, first.end, second.start) and first.value:
            rate = (second.value or 0.0) / first.value
            step = stated_half_step(second.text, second.value) / first.value
            text = body[first.start : second.end]
            add(str(first.unit), str(second.unit), rate, step, text)
    for claim in money:
        match = _RATE_PER.match(body, claim.end)
        if match is None or claim.value is None:
            continue
        words = match.group(1).lower().rstrip(".")
        source = lookup_surface(words) or lookup_surface(words.split()[-1])
        if source and is_currency(source):
            step = stated_half_step(claim.text, claim.value)
            add(source, str(claim.unit), claim.value, step, body[claim.start : match.end()])
    return rates


def _compare_money(
    context: ArticleContext,
    original: Claim,
    converted: Claim,
    rates: dict[tuple[str, str], tuple[float, float, str]],
) -> Finding | None:
    if original.dimension != "currency" or converted.dimension != "currency":
        return None
    stated_rate = rates.get((str(original.unit), str(converted.unit)))
    if stated_rate is None:
        return None  # money converts at rates of the day: nothing to check against
    rate, rate_step, rate_text = stated_rate

    def convert_range(low: float, high: float, value: float) -> tuple[float, float, float]:
        return low * (rate - rate_step), high * (rate + rate_step), value * rate

    return _compare(
        context, original, converted, convert_range, basis=f"at the stated rate ({rate_text}), "
    )


_LITERAL = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _round_number_half_step(text: str, stated: float) -> float:
    """Half the rounding a whole number suggests: "150" may be rounded to fifties, "300" to
    hundreds, "55" to fives; a figure with decimals is as precise as written."""
    match = _LITERAL.search(text)
    if match is None or "." in match.group():
        return stated_half_step(text, stated)
    digits = match.group().replace(",", "").lstrip("0")
    if not digits:
        return 0.0
    literal = int(digits)
    scale = stated / literal if literal else 1.0
    step = 1
    while literal % (step * 10) == 0:
        step *= 10
    if literal % (step * 5) == 0:
        step *= 5
    return abs(step * scale) / 2


def _restate(text: str, stated: float, exact: float) -> str:
    """The converted figure written like the stated one: "55 km" with 48.28 -> "48.3 km"."""
    match = _LITERAL.search(text)
    if match is None:
        # "nine feet": keep the unit words after the number word.
        words = text.split(None, 1)
        return f"{exact:.3g} {words[1]}" if len(words) == 2 else f"{exact:.3g}"
    literal = float(match.group().replace(",", "")) or 1.0
    shown = exact / (stated / literal) if stated else exact
    if abs(shown) >= 100:
        number = f"{shown:,.0f}" if "," in match.group() or abs(shown) >= 10000 else f"{shown:.0f}"
    else:
        number = f"{shown:.3g}"
    return text[: match.start()] + number + text[match.end() :]
