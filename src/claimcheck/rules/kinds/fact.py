"""`fact` rules: a subject's measure has a known value, within a tolerance ("Kyiv is ~90 km...")."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from claimcheck.records import Finding
from claimcheck.rules.kinds import register
from claimcheck.rules.kinds._measure import MeasureMatch, MeasureRule
from claimcheck.rules.matching import ArticleView, build_finding, format_number, unit_label
from claimcheck.rules.schema import Reader, parse_amount


@register
@dataclass(frozen=True, kw_only=True)
class FactRule(MeasureRule):
    kind_name: ClassVar[str] = "fact"

    value: float
    unit: str | None
    # Absolute, in the rule's unit (a percentage tolerance is resolved at load time).
    tolerance: float = 0.0

    @classmethod
    def read_fields(cls, reader: Reader) -> dict[str, Any]:
        from claimcheck.units import convert, dimension_of

        fields = cls.read_measure_fields(reader)
        value = reader.number("value", required=True)
        unit = reader.unit("unit", required=fields.get("dimension") is not None)
        if unit and fields.get("dimension") and dimension_of(unit) != fields["dimension"]:
            raise reader.error(
                "unit", f"{unit!r} measures {dimension_of(unit)}, not {fields['dimension']}"
            )
        tolerance = 0.0
        if reader.has("tolerance"):
            amount, amount_unit = parse_amount(
                reader.raw("tolerance"), lambda problem: reader.error("tolerance", problem)
            )
            if amount_unit == "%":
                tolerance = abs(value or 0.0) * amount / 100
            elif amount_unit and unit:
                try:
                    tolerance = convert(amount, amount_unit, unit)
                except ValueError:
                    raise reader.error(
                        "tolerance", f"{amount_unit!r} cannot be converted to {unit!r}"
                    ) from None
            elif amount_unit:
                raise reader.error("tolerance", "a count's tolerance is a number or a percentage")
            else:
                tolerance = amount
        return {**fields, "value": value, "unit": unit, "tolerance": tolerance}

    @property
    def expected_text(self) -> str:
        label = unit_label(self.unit or (self.nouns[0] if self.nouns else None), self.value)
        low, high = self.value - self.tolerance, self.value + self.tolerance
        text = f"{format_number(self.value)} {label}".strip()
        if self.tolerance:
            text += f" ({format_number(low)}–{format_number(high)} {label})".replace(" )", ")")
        return text

    def describe(self) -> list[tuple[str, str]]:
        return [*self.describe_measure(), ("known value", self.expected_text)]

    def judge(self, match: MeasureMatch, view: ArticleView) -> Finding | None:
        claim = match.claim
        interval = self.claim_interval(claim, self.unit)
        if interval is None:
            return None
        low, high = self.value - self.tolerance, self.value + self.tolerance
        if interval[0] <= high and low <= interval[1]:
            return None
        stated_value = claim.value if claim.value is not None else claim.low or 0.0
        message = self.format_message(
            subject=match.matched[0],
            expected=self.expected_text,
            stated=claim.text,
            value=format_number(stated_value),
            unit=unit_label(claim.unit, stated_value),
            converted=self.converted_text(claim),
        )
        return build_finding(
            view, self, claim, message, match.matched, self.expected_text, claim.text
        )
