"""CC102 conversion-mismatch: a parenthetical unit conversion that does not match its figure."""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from itertools import pairwise

from claimcheck.checks._common import make_finding, stated_half_step
from claimcheck.checks.base import ArticleContext, register
from claimcheck.records import Claim, Finding

# "30 miles (about 48 km)": what may sit between a figure and its parenthetical conversion.
_OPENING = re.compile(
    r"\s*[(\[]\s*(?:(?:about|around|roughly|approximately|approx\.?|some|nearly|almost|"
    r"or|just|over|under|c\.|ca\.|~)\s+)*"
)
_CLOSING = re.compile(r"\s*[)\],;]")
# Money converts at rates of the day; without a stated rate there is nothing to check.
_SKIPPED_DIMENSIONS = frozenset({"currency", "count", "percent", "dimensionless", None})
# Units whose name means different sizes on either side of the Atlantic: any reading will do.
_AMBIGUOUS_UNITS: dict[str, tuple[str, ...]] = {
    "ton": ("ton", "long_ton", "metric_ton"),
    "gallon": ("gallon", "imperial_gallon"),
}
# When a conversion rounds its figure (trailing zeros), how far from the exact value it may go.
_ROUNDING_SHARE_EXACT = 0.05
_ROUNDING_SHARE_APPROX = 0.10


@register(
    "CC102",
    "conversion-mismatch",
    "error",
    "A unit conversion in parentheses does not match the figure it converts.",
)
def check_unit_conversions(context: ArticleContext) -> Iterator[Finding]:
    body = context.article.body
    quantities = [
        claim
        for claim in context.claims
        if claim.value is not None
        and math.isfinite(claim.value)
        and claim.unit
        and claim.dimension not in _SKIPPED_DIMENSIONS
    ]
    for original, converted in pairwise(quantities):
        if not _is_parenthetical_pair(body, original, converted):
            continue
        findings = [
            _compare(context, original, converted, original_unit, converted_unit)
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


def _compare(
    context: ArticleContext,
    original: Claim,
    converted: Claim,
    original_unit: str,
    converted_unit: str,
) -> Finding | None:
    try:
        from claimcheck.units import convert

        step = stated_half_step(original.text, original.value)
        ends = [
            convert(original.value - step, original_unit, converted_unit),
            convert(original.value + step, original_unit, converted_unit),
        ]
        exact = convert(original.value, original_unit, converted_unit)
    except Exception:  # incompatible or unknown units: not a conversion we can judge
        return None
    if not all(math.isfinite(value) for value in [*ends, exact]):
        return None
    low, high = min(ends), max(ends)
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
    message = f"'{original.text} ({converted.text})': {original.text} is about {shown}"
    evidence = {
        "original": {"text": original.text, "start": original.start, "end": original.end},
        "converted_value": exact,
        "stated_value": stated,
        "allowed": [low - tolerance, high + tolerance],
        "units": [original_unit, converted_unit],
    }
    return make_finding(
        context, "CC102", "error", message, converted.start, converted.end, evidence
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
        return f"{exact:.3g}"
    literal = float(match.group().replace(",", "")) or 1.0
    shown = exact / (stated / literal) if stated else exact
    if abs(shown) >= 100:
        number = f"{shown:,.0f}" if "," in match.group() or abs(shown) >= 10000 else f"{shown:.0f}"
    else:
        number = f"{shown:.3g}"
    return text[: match.start()] + number + text[match.end() :]
