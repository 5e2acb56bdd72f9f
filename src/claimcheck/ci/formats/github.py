"""The `github` format: GitHub Actions workflow commands (annotations) and a job summary table."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from claimcheck.ci.formats.model import (
    CheckReport,
    ReportedFinding,
    finding_notes,
    relative_path,
    tally_line,
)

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}
SUMMARY_VARIABLE = "GITHUB_STEP_SUMMARY"


def escape_data(text: str) -> str:
    """A command's message: %, CR and LF are percent-encoded (as @actions/core does)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A property value: like a message, plus ':' and ',' which separate properties."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(item: ReportedFinding) -> str:
    finding = item.finding
    properties = []
    if finding.path:
        properties.append(("file", relative_path(finding.path)))
    if finding.line > 0:
        properties.append(("line", str(finding.line)))
        if item.end_line > finding.line:
            properties.append(("endLine", str(item.end_line)))
        elif not item.line_only and finding.column > 0:
            properties.append(("col", str(finding.column)))
            # GitHub's endColumn is the last column of the span (inclusive).
            if item.end_column - 1 > finding.column:
                properties.append(("endColumn", str(item.end_column - 1)))
    properties.append(("title", f"{finding.rule} [{finding.severity}]"))
    message = finding.message
    normalized, hint = finding_notes(finding)
    if normalized:
        message += f"\nnormalized: {normalized}"
    if hint:
        message += f"\nhint: {hint}"
    joined = ",".join(f"{name}={escape_property(value)}" for name, value in properties)
    return f"::{COMMANDS[finding.severity]} {joined}::{escape_data(message)}"


def render(report: CheckReport) -> str:
    lines = [annotation(item) for item in report.findings]
    # A plain line at the end for the log; it is not a command.
    lines.append(tally_line(report))
    return "\n".join(lines) + "\n"


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def step_summary(report: CheckReport) -> str:
    """A Markdown job summary: the tally, then one table row per finding."""
    lines = ["## claimcheck", "", tally_line(report), ""]
    if report.findings:
        lines += ["| Level | Code | Where | Message |", "| --- | --- | --- | --- |"]
        for item in report.findings:
            finding = item.finding
            where = f"{item.location}:{finding.line}" if finding.line else item.location
            lines.append(
                f"| {finding.severity} | {finding.rule} | `{_cell(where)}` "
                f"| {_cell(finding.message)} |"
            )
        lines.append("")
    return "\n".join(lines) + "\n"


def write_step_summary(report: CheckReport, environ: Mapping[str, str] = os.environ) -> bool:
    """Append the summary to $GITHUB_STEP_SUMMARY when it is set; True if written."""
    target = environ.get(SUMMARY_VARIABLE)
    if not target:
        return False
    with Path(target).open("a", encoding="utf-8") as handle:
        handle.write(step_summary(report))
    return True
