"""The `json` format: one object with the tallies and every finding, for scripts."""

from __future__ import annotations

import json
from typing import Any

from claimcheck.ci.formats.model import CheckReport, ReportedFinding, finding_notes
from claimcheck.schemas import SCHEMA_VERSION


def finding_dict(item: ReportedFinding) -> dict[str, Any]:
    data = item.finding.to_dict()
    normalized, hint = finding_notes(item.finding)
    data.update(
        {
            "end_line": item.end_line,
            "end_column": item.end_column,
            "fingerprint": item.fingerprint,
            "normalized": normalized,
            "hint": hint,
        }
    )
    if item.baseline_state is not None:
        data["baseline_state"] = item.baseline_state
    return data


def render(report: CheckReport) -> str:
    payload: dict[str, Any] = {
        # The contract: claimcheck/schemas/check.schema.json of this version.
        "schema_version": SCHEMA_VERSION,
        "articles_checked": report.articles_checked,
        "fail_level": report.fail_level,
        "counts": report.counts(),
        "suppressed": report.suppressed_counts(),
        "findings": [finding_dict(item) for item in report.findings],
        "suppressed_findings": [
            {
                "article_id": entry.finding.article_id,
                "rule": entry.finding.rule,
                "line": entry.finding.line,
                "by": entry.by,
                "reason": entry.reason,
            }
            for entry in report.suppressed
        ],
    }
    if report.baseline is not None:
        payload["baseline"] = report.baseline
    return json.dumps(payload, ensure_ascii=False, indent=2, default=str) + "\n"
