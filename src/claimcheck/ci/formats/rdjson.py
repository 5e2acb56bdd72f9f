"""The `rdjson` format: Reviewdog Diagnostic Format (DiagnosticResult as JSON) for reviewdog."""

from __future__ import annotations

import json
from typing import Any

from claimcheck.ci.formats.model import (
    TOOL_NAME,
    CheckReport,
    ReportedFinding,
    finding_notes,
    relative_path,
)

SEVERITIES = {"error": "ERROR", "warning": "WARNING", "info": "INFO"}


def diagnostic(report: CheckReport, item: ReportedFinding) -> dict[str, Any]:
    finding = item.finding
    location: dict[str, Any] = {"path": relative_path(finding.path)}
    if finding.line > 0:
        if item.line_only:
            location["range"] = {"start": {"line": finding.line}}
        else:
            # reviewdog counts columns in UTF-8 bytes, and its end is exclusive.
            location["range"] = {
                "start": {"line": finding.line, "column": item.byte_column},
                "end": {"line": item.end_line, "column": item.byte_end_column},
            }
    message = finding.message
    normalized, hint = finding_notes(finding)
    if normalized:
        message += f"\nnormalized: {normalized}"
    if hint:
        message += f"\nhint: {hint}"
    code: dict[str, Any] = {"value": finding.rule}
    url = report.rule_info(finding.rule).doc_uri
    if url:
        code["url"] = url
    return {
        "message": message,
        "location": location,
        "severity": SEVERITIES[finding.severity],
        "code": code,
    }


def render(report: CheckReport) -> str:
    payload = {
        "source": {"name": TOOL_NAME},
        "diagnostics": [diagnostic(report, item) for item in report.findings],
    }
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
