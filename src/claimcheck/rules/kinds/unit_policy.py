"""`unit-policy` rules: house style for units ("tons" must say metric or short)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, ClassVar

from claimcheck.records import Finding
from claimcheck.rules.kinds import register
from claimcheck.rules.matching import ArticleView, build_finding, find_phrases
from claimcheck.rules.schema import Reader, Rule

_PARENTHESIS_AFTER = re.compile(r"\s*\(([^()]{0,80})\)")
# The rest of the clause after the figure: "296 degrees below zero Fahrenheit", "0 degrees F."
_CLAUSE_AFTER = re.compile(r"[^,;:()]{0,40}?(?=[,;:()]|\.(?:\s|$)|\n\s*\n|$)|[^,;:()]{0,40}")


@register
@dataclass(frozen=True, kw_only=True)
class UnitPolicyRule(Rule):
    kind_name: ClassVar[str] = "unit-policy"
    placeholders: ClassVar[tuple[str, ...]] = ("unit", "qualifiers")

    units: tuple[str, ...]
    qualifiers: tuple[str, ...] = ()
    context: tuple[str, ...] = ()

    @classmethod
    def read_fields(cls, reader: Reader) -> dict[str, Any]:
        from claimcheck.rules.schema import parse_unit

        names = reader.words("units", required=True)
        units = tuple(
            parse_unit(name, lambda problem, i=index: reader.error("units", problem, i))
            for index, name in enumerate(names)
        )
        return {
            "units": units,
            "qualifiers": reader.words("qualifiers"),
            "context": reader.words("context"),
        }

    def describe(self) -> list[tuple[str, str]]:
        rows = [("units", ", ".join(self.units))]
        if self.qualifiers:
            rows.append(("qualified by (any one)", ", ".join(self.qualifiers)))
        if self.context:
            rows.append(("only in sentences with", ", ".join(self.context)))
        return rows

    def check(self, view: ArticleView) -> Iterator[Finding]:
        if not self.applies_on(view.published):
            return
        for claim in view.claims:
            # "224,000 ton-per-year" states tons as much as "224,000 tons" does
            unit = (claim.unit or "").partition(" / ")[0]
            if unit not in self.units:
                continue
            _, sentence = view.sentence_of(claim)
            context = find_phrases(self.context, sentence) if self.context else []
            if self.context and not context:
                continue
            # The qualifier may be in the figure ("300 short tons"), later in its clause
            # ("minus 10 degrees F"), or in a conversion after it ("5 tons (4.5 tonnes)").
            nearby = claim.text
            if clause := _CLAUSE_AFTER.match(view.body, claim.end):
                nearby += " " + clause.group()
            if parenthesis := _PARENTHESIS_AFTER.match(view.body, claim.end):
                nearby += " " + parenthesis.group(1)
            if self.qualifiers and find_phrases(self.qualifiers, nearby):
                continue
            message = self.format_message(
                unit=unit,
                qualifiers=", ".join(self.qualifiers),
                stated=claim.text,
            )
            matched = [claim.text, *(match.text for match in context)]
            expected = "one of: " + ", ".join(self.qualifiers) if self.qualifiers else ""
            yield build_finding(view, self, claim, message, matched, expected, claim.text)
