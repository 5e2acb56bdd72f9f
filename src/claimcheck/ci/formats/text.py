"""The `text` format: `path:line:col: CODE [level] message`, grouped per file, for people."""

from __future__ import annotations

from claimcheck.ci.formats.model import CheckReport, finding_notes, tally_line

# Notes under a finding are indented so that `grep ': CC1'` still sees one line per finding.
_NOTE_INDENT = "    "


def _one_line(text: str) -> str:
    # One line per finding, whatever a rule's message template holds.
    return " ".join(text.splitlines())


def render(report: CheckReport) -> str:
    lines: list[str] = []
    current_file: str | None = None
    for item in report.findings:
        finding = item.finding
        location = item.location
        if location != current_file:
            if current_file is not None:
                lines.append("")
            current_file = location
        lines.append(
            f"{location}:{finding.line}:{finding.column}: {finding.rule} "
            f"[{finding.severity}] {_one_line(finding.message)}"
        )
        normalized, hint = finding_notes(finding)
        if normalized:
            lines.append(f"{_NOTE_INDENT}normalized: {normalized}")
        if hint:
            lines.append(f"{_NOTE_INDENT}hint: {hint}")
    if lines:
        lines.append("")
    lines.append(tally_line(report))
    return "\n".join(lines) + "\n"
