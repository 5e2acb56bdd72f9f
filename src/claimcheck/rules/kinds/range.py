"""`range` rules: plausible bounds of a subject's measure ("troops Belarus can deploy")."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from claimcheck.rules.kinds import register
from claimcheck.rules.kinds.measure import MeasureRule
from claimcheck.rules.matching import format_number, unit_label
from claimcheck.rules.schema import Reader


@register
@dataclass(frozen=True, kw_only=True)
class RangeRule(MeasureRule):
    kind_name: ClassVar[str] = "range"
    placeholders: ClassVar[tuple[str, ...]] = (*MeasureRule.placeholders, "min", "max")

    minimum: float | None
    maximum: float | None
    unit: str | None

    @classmethod
    def read_fields(cls, reader: Reader) -> dict[str, Any]:
        fields = cls.read_measure_fields(reader)
        minimum, maximum = reader.number("min"), reader.number("max")
        if minimum is None and maximum is None:
            raise reader.error("max", "a range needs min, max or both")
        if minimum is not None and maximum is not None and maximum < minimum:
            raise reader.error("max", f"{maximum:g} is below min {minimum:g}")
        unit = cls.read_measure_unit(reader, fields)
        return {**fields, "minimum": minimum, "maximum": maximum, "unit": unit}

    @property
    def expected_text(self) -> str:
        label = unit_label(self.unit or (self.nouns[0] if self.nouns else None))
        if self.minimum is not None and self.maximum is not None:
            text = f"between {format_number(self.minimum)} and {format_number(self.maximum)}"
        elif self.maximum is not None:
            text = f"at most {format_number(self.maximum)}"
        else:
            text = f"at least {format_number(self.minimum or 0.0)}"
        return f"{text} {label}".strip()

    def describe(self) -> list[tuple[str, str]]:
        return [*self.describe_measure(), ("plausible", self.expected_text)]

    def bounds(self) -> tuple[float, float]:
        low = self.minimum if self.minimum is not None else float("-inf")
        high = self.maximum if self.maximum is not None else float("inf")
        return low, high

    def message_fields(self) -> dict[str, str]:
        return {
            "min": format_number(self.minimum) if self.minimum is not None else "",
            "max": format_number(self.maximum) if self.maximum is not None else "",
        }
