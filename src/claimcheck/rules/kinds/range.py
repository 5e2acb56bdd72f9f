"""`range` rules: plausible bounds of a subject's measure ("troops Belarus can deploy")."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from claimcheck.records import Finding
from claimcheck.rules.kinds import register
from claimcheck.rules.kinds._measure import MeasureMatch, MeasureRule
from claimcheck.rules.matching import ArticleView, build_finding, format_number, unit_label
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
        from claimcheck.units import dimension_of

        fields = cls.read_measure_fields(reader)
        minimum, maximum = reader.number("min"), reader.number("max")
        if minimum is None and maximum is None:
            raise reader.error("max", "a range needs min, max or both")
        if minimum is not None and maximum is not None and maximum < minimum:
            raise reader.error("max", f"{maximum:g} is below min {minimum:g}")
        unit = reader.unit("unit", required=fields.get("dimension") is not None)
        if unit and fields.get("dimension") and dimension_of(unit) != fields["dimension"]:
            raise reader.error(
                "unit", f"{unit!r} measures {dimension_of(unit)}, not {fields['dimension']}"
            )
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

    def judge(self, match: MeasureMatch, view: ArticleView) -> Finding | None:
        claim = match.claim
        interval = self.claim_interval(claim, self.unit)
        if interval is None:
            return None
        low = self.minimum if self.minimum is not None else float("-inf")
        high = self.maximum if self.maximum is not None else float("inf")
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
            min=format_number(self.minimum) if self.minimum is not None else "",
            max=format_number(self.maximum) if self.maximum is not None else "",
        )
        return build_finding(
            view, self, claim, message, match.matched, self.expected_text, claim.text
        )
