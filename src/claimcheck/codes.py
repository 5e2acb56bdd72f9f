"""The catalog of every built-in code: name, level, summary, and how to explain a finding.

One entry per code claimcheck itself reports, whichever stage reports it: the checks register
under these codes, the pipeline, the waiver file and the ledger comparison take their levels
from here, and the output formats, the generated docs and the HTML reports read names,
summaries and hints from here. Rule sets bring their own codes (GEO001, ...) in their YAML.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from claimcheck.records import Severity

# Where a code is reported from; docs and formats treat them alike.
STAGES = ("input", "pipeline", "check", "ci", "ledger")

# What a level promises the editor. A check gives the level its evidence supports: a code's
# catalog level is its usual one, and a check may lower it for weaker evidence (a conversion
# a few percent off is a warning, one far off an error; a misspelling inside a quotation is
# info) but never raises it beyond what the evidence proves.
LEVEL_MEANINGS: Mapping[str, str] = {
    "error": "certainly wrong: arithmetic or the calendar proves it (fix before publishing)",
    "warning": "probably wrong: a person should check it",
    "info": "worth a look: possibly deliberate, or claimcheck is unsure",
}


@dataclass(frozen=True, slots=True)
class Code:
    """One built-in code. `hint` and `reading` are templates over a finding's evidence:
    `{field}`, `{field[key]}` or `{field[-1]}`; a template whose fields are missing gives ""."""

    code: str
    name: str
    level: Severity
    summary: str
    stage: str
    # What the editor could do, e.g. "the date falls on a {actual_weekday}: fix the weekday".
    hint: str = ""
    # The figure or date as claimcheck read it, e.g. "{date} ({actual_weekday})".
    reading: str = ""
    # The documentation page's text, when the summary is not enough (checks document
    # themselves in their docstrings).
    details: str = ""

    def __post_init__(self) -> None:
        if self.stage not in STAGES:
            raise ValueError(f"{self.code}: stage {self.stage!r} is none of {', '.join(STAGES)}")


_CODES = (
    Code(
        "CC001",
        "published-missing",
        "info",
        "The article has no usable publication date, so relative dates were not resolved.",
        "check",
    ),
    Code("CC002", "unreadable-record", "error", "An article or record could not be read.", "input"),
    Code("CC003", "expired-waiver", "warning", "A waiver in the waiver file has expired.", "ci"),
    Code(
        "CC004",
        "published-in-future",
        "info",
        "The publication date lies in the future.",
        "pipeline",
    ),
    Code(
        "CC005",
        "extraction-failed",
        "warning",
        "Part of the article could not be read for claims: its figures and dates went unchecked.",
        "pipeline",
        hint="check the figures and dates of this passage by hand",
        details=(
            "Reading a sentence for figures and dates failed inside claimcheck (the error is\n"
            "logged with the article and the sentence). The sentence's figures and dates were\n"
            "not checked; the rest of the article was. When reading the article whole failed\n"
            "but every sentence read on its own, the finding covers the whole article: its\n"
            "claims were read sentence by sentence, so a date that refers to an earlier\n"
            'sentence ("a year earlier") may be left unresolved.\n'
            "\n"
            "Level: a warning, not an error. The article is not wrong, claimcheck is, so the\n"
            "finding must not fail a CI check of the draft at the default fail level; but some\n"
            "figures went unchecked, which an editor must see."
        ),
    ),
    Code(
        "CC101",
        "weekday-date-mismatch",
        "error",
        "A weekday is written beside a calendar date that falls on another day of the week.",
        "check",
        hint="the date falls on a {actual_weekday}: fix the weekday or the date",
        reading="{date} ({actual_weekday})",
    ),
    Code(
        "CC102",
        "conversion-mismatch",
        "error",
        "A unit conversion in parentheses does not match the figure it converts.",
        "check",
        reading="stated {stated_value} {units[-1]}, converted {converted_value} {units[-1]}",
    ),
    Code(
        "CC103",
        "relative-date-mismatch",
        "error",
        "A relative date (yesterday, last week) sits beside a weekday or date it cannot be.",
        "check",
    ),
    Code(
        "CC104",
        "duration-start-mismatch",
        "warning",
        "A stated duration ('in its third week', 'for the last 14 months') does not fit its start.",
        "check",
    ),
    Code(
        "CC105",
        "share-over-whole",
        "error",
        "A share of a group (households, voters, members) is stated as more than 100 percent.",
        "check",
        reading="{value} percent",
    ),
    Code(
        "CC106",
        "figure-stated-two-ways",
        "warning",
        "One group's size (a crew, a board) is given as two different figures in the article.",
        "check",
    ),
    Code(
        "CC107",
        "name-spelled-two-ways",
        "warning",
        "A proper name appears in two near-identical spellings; the rarer one is probably a slip.",
        "check",
        hint="check which spelling of the name is right and use it throughout",
    ),
    Code(
        "CC108",
        "parts-exceed-whole",
        "error",
        "The parts of a stated whole add up to more than the whole.",
        "check",
        reading="parts total {parts_total} > whole {whole[value]}",
    ),
    Code(
        "CC201",
        "prior-contradiction",
        "warning",
        "A figure disagrees with the same figure in an earlier article beyond both precisions.",
        "ledger",
    ),
    Code(
        "CC202",
        "prior-update",
        "info",
        "A figure of a kind that changes differs from an earlier article: an update.",
        "ledger",
    ),
)

CATALOG: Mapping[str, Code] = {entry.code: entry for entry in _CODES}


def code_info(code: str) -> Code:
    """The catalog entry of a built-in code; KeyError for any other code."""
    return CATALOG[code]


def level_of(code: str) -> Severity:
    return CATALOG[code].level


def doc_url(base: str | None, code: str) -> str:
    """The documentation page of `code` under a configured docs base: `{code}` in the base is
    replaced by the code, else `/CODE.md` is appended; "" without a base (no page is guessed)."""
    if not base:
        return ""
    if "{code}" in base:
        return base.replace("{code}", code)
    return f"{base.rstrip('/')}/{code}.md"


_FIELD = re.compile(r"\{([^{}]+)\}")
_INDEX = re.compile(r"\[([^\[\]]+)\]")


def fill(template: str, evidence: Mapping[str, Any]) -> str:
    """The template with each `{field}` replaced from the evidence, or "" when the template is
    empty or a field is missing (None and "" count as missing)."""
    if not template:
        return ""
    values: list[str] = []
    for match in _FIELD.finditer(template):
        value = _lookup(evidence, match.group(1))
        if value is None or value == "":
            return ""
        values.append(_as_text(value))
    pieces = iter(values)
    return _FIELD.sub(lambda _match: next(pieces), template)


def _lookup(evidence: Mapping[str, Any], field: str) -> Any:
    name = field.split("[", 1)[0]
    value: Any = evidence.get(name)
    for key in _INDEX.findall(field):
        if isinstance(value, Mapping):
            value = value.get(key)
        elif isinstance(value, list | tuple) and re.fullmatch(r"-?\d+", key):
            index = int(key)
            value = value[index] if -len(value) <= index < len(value) else None
        else:
            return None
    return value


def _as_text(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:,.4g}" if abs(value) < 1e6 else f"{value:,.0f}"
    return str(value)
