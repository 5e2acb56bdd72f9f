"""CC102 conversion-mismatch: a parenthetical unit conversion that does not match its figure."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator
from itertools import pairwise

from claimcheck.checks.helpers import make_finding, stated_half_step
from claimcheck.checks.registry import ArticleContext, register
from claimcheck.extract.patterns import compile_pattern
from claimcheck.records import Claim, Finding, Severity

# "30 miles (about 48 km)": what may sit between a figure and its parenthetical conversion.
_OPENING = compile_pattern(
    r"\s*[(\[]\s*(?:(?:about|around|roughly|approximately|approx\.?|some|nearly|almost|"
    r"or|just|over|under|c\.|ca\.|~)\s+)*"
)
_CLOSING = compile_pattern(r"\s*[)\],;]")
_SKIPPED_DIMENSIONS = frozenset({"count", "percent", "dimensionless", None})
# Units whose name means different sizes on either side of the Atlantic: any reading will do.
_AMBIGUOUS_UNITS: dict[str, tuple[str, ...]] = {
    "ton": ("ton", "long_ton", "metric_ton"),
    "gallon": ("gallon", "imperial_gallon"),
}
# Beyond its rounding, a conversion this far off (a share of the exact value) is truncated or
# converted with a rounded factor, not wrong; up to the next share it is probably a slip
# (a warning); beyond it, clearly wrong (an error).
# (Four percent: "200 km (120 miles)" converted with 0.6 miles to the km, a newsroom's
# rounded factor, is 3.4 percent off.)
_NEGLIGIBLE_SHARE = 0.04
_NEGLIGIBLE_SHARE_APPROX = 0.05
_CLEARLY_WRONG_SHARE = 0.15
# How far a hedged figure ("about", "roughly") may be from what it rounds.
_HEDGE_SHARE = 0.05
_TEMPERATURE_SCALE = 10.0


@register("CC102")
def check_unit_conversions(context: ArticleContext) -> Iterator[Finding]:
    """Flags a parenthetical unit conversion that does not match its figure.

    How: the figure before the parenthesis is taken as stated (its last digit gives its
    precision: "2.5 miles" is 2.45-2.55). The conversion may be rounded as far as its own
    digits say ("60 km" to tens, "1.8 metres" to tenths), but to no fewer significant
    digits than the figure it converts: "40 miles (60 km)" and "500 feet (150 metres)" are
    roundings, "6,250 feet (2,000 metres)" is not. A hedged figure ("about 90 km") may
    itself be 5 percent off.
    Level by the size of the error, measured from the exact conversion: within 4 percent
    (5 when "about") beyond the rounding, nothing (a truncation, a rounded factor such as
    0.6 miles to the km); up to
    15 percent a warning ("30 miles (52 km)", 48.3 is right: probably a slip); beyond, an
    error ("30 miles (65 km)": certainly wrong).
    Money is only checked at a rate the article states ("$1 = 7.2 yuan", "1.08 dollars to
    the euro"), with that rate's own precision; rates of the day are never assumed.
    Not checked: ranges, counts; "tons" and "gallons" may be read as short, long or metric,
    US or imperial (the reading closest to the conversion is the one judged).
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
        judged = [finding for finding in findings if finding is not None]
        if judged and len(judged) == len(findings):
            yield min(judged, key=lambda finding: finding.evidence["share_off"])


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
    if original.qualifier == "approx":
        # "about 90 km": a hedged figure may be a few percent off itself.
        step = max(step, _HEDGE_SHARE * abs(original.value))
    try:
        low, high, exact = convert_range(
            original.value - step, original.value + step, original.value
        )
    except ValueError:  # incompatible or unknown units: not a conversion we can judge
        return None
    if not all(math.isfinite(value) for value in (low, high, exact)) or exact == 0:
        return None
    stated = converted.value
    tolerance = conversion_half_step(original.text, converted.text, stated)
    slack = 1e-9 * max(abs(stated), 1.0)
    if stated + tolerance + slack >= low and stated - tolerance - slack <= high:
        return None
    approximate = original.qualifier != "exact" or converted.qualifier != "exact"
    share_off = _share_off(stated, exact, converted.dimension)
    severity = _severity_by_size(share_off, approximate)
    if severity is None:
        return None
    shown = _restate(converted.text, stated, exact)
    message = (
        f"'{original.text} ({converted.text})': {basis}{original.text} is about {shown}; "
        f"the conversion is {share_off:.0%} off"
    )
    evidence = {
        "original": {"text": original.text, "start": original.start, "end": original.end},
        "converted_value": exact,
        "stated_value": stated,
        "allowed": [low - tolerance, high + tolerance],
        "units": [original.unit, converted.unit],
        "share_off": round(share_off, 4),
    }
    return make_finding(
        context, "CC102", message, converted.start, converted.end, evidence, severity=severity
    )


def _share_off(stated: float, exact: float, dimension: str | None) -> float:
    """How far the stated conversion is from the exact one, as a share of the exact one; a
    temperature near zero is measured against ten degrees, not against its tiny value."""
    scale = abs(exact)
    if dimension == "temperature":
        scale = max(scale, _TEMPERATURE_SCALE)
    return abs(stated - exact) / scale


def _severity_by_size(share_off: float, approximate: bool) -> Severity | None:
    """Nothing for a conversion truncated or rounded a little too far, a warning for one a
    few percent off (a sloppy factor, or a slip), an error for one clearly wrong."""
    if share_off < (_NEGLIGIBLE_SHARE_APPROX if approximate else _NEGLIGIBLE_SHARE):
        return None
    return "warning" if share_off < _CLEARLY_WRONG_SHARE else "error"


# "$1 = 7.2 yuan", "1 euro = $1.08".
_RATE_EQUALS = compile_pattern(r"\s*=\s*")
# "1.08 dollars to the euro", "$1.27 per pound sterling", "7.2 yuan a dollar".
_RATE_PER = compile_pattern(
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
    for claim in quantities:
        # The extractor already reads "1.08 dollars to the euro" as a rate, `USD / EUR`.
        quoted, _, base = str(claim.unit).partition(" / ")
        if claim.value and is_currency(quoted) and base and is_currency(base):
            step = stated_half_step(claim.text, claim.value)
            add(base, quoted, claim.value, step, body[claim.start : claim.end])
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


_LITERAL = compile_pattern(r"\d[\d,]*(?:\.\d+)?")


def significant_digits(text: str) -> int | None:
    """Significant digits of the figure as written: "60" 1, "150" 2, "1,500" 2, "0.83" 2,
    "2.0" 2; None for a number in words."""
    match = _LITERAL.search(text)
    if match is None:
        return None
    literal = match.group().replace(",", "")
    if "." in literal:
        return max(1, len(literal.replace(".", "").lstrip("0")))
    digits = literal.lstrip("0")
    return max(1, len(digits.rstrip("0"))) if digits else 1


def conversion_half_step(original_text: str, converted_text: str, stated: float) -> float:
    """How far a converted figure may be from the exact conversion and still be a rounding.

    A conversion may be rounded as far as its own digits say ("60 km" to tens), but not to
    fewer significant digits than the figure it converts: "40 miles (60 km)" rounds both to
    one digit, while "6,250 feet (2,000 metres)" claims less precision than it was given and
    is only allowed rounding to three digits (2,000 for 1,905 is then 5 percent off)."""
    match = _LITERAL.search(converted_text)
    if match is None:
        return stated_half_step(converted_text, stated)
    literal = match.group().replace(",", "")
    literal_value = float(literal)
    scale = stated / literal_value if literal_value else 1.0
    own = significant_digits(converted_text) or 1
    if "." in literal:
        last_step = 10.0 ** -len(literal.split(".", 1)[1])
    else:
        digits = literal.lstrip("0")
        last_step = 10.0 ** (len(digits) - len(digits.rstrip("0"))) if digits else 1.0
    given = significant_digits(original_text)
    if given is not None and own < given and literal_value:
        # Round to as many digits as the original had, never finer than the digits written.
        magnitude = math.floor(math.log10(abs(literal_value)))
        finest = 10.0 ** -len(literal.split(".", 1)[1]) if "." in literal else 1.0
        last_step = min(last_step, max(finest, 10.0 ** (magnitude - given + 1)))
    return abs(last_step * scale) / 2


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
