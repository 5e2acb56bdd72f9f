"""`fact` rules: a subject's measure has a known value, within a tolerance ("Kyiv is ~90 km...")."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from claimcheck.rules.kinds import register
from claimcheck.rules.kinds.measure import MeasureRule
from claimcheck.rules.matching import format_number, unit_label
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
        from claimcheck.extract.units import convert

        fields = cls.read_measure_fields(reader)
        value = reader.number("value", required=True)
        unit = cls.read_measure_unit(reader, fields)
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

    def bounds(self) -> tuple[float, float]:
        return self.value - self.tolerance, self.value + self.tolerance
