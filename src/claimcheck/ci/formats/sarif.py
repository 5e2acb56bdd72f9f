"""The `sarif` format: SARIF 2.1.0 for GitHub code scanning and other SARIF viewers."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import quote

from claimcheck.ci.fingerprint import FINGERPRINT_KEY
from claimcheck.ci.formats.model import (
    TOOL_NAME,
    CheckReport,
    ReportedFinding,
    RuleInfo,
    finding_notes,
    relative_path,
)

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def artifact_uri(path: str, root: Path | None = None) -> str:
    """A path as a URI reference: relative to `root` (the current directory) when inside it."""
    relative = relative_path(path, root)
    if relative.startswith("/"):
        return Path(relative).as_uri()
    return quote(relative, safe="/")


def rule_descriptor(info: RuleInfo) -> dict[str, Any]:
    descriptor = {
        "id": info.code,
        "name": info.name,
        "shortDescription": {"text": info.summary or info.name},
        "defaultConfiguration": {"level": LEVELS.get(info.severity, "warning")},
    }
    if info.doc_uri:  # only with a configured docs base: never a guessed address
        descriptor["helpUri"] = info.doc_uri
    return descriptor


def region(item: ReportedFinding) -> dict[str, Any] | None:
    finding = item.finding
    if finding.line <= 0:
        return None
    if item.line_only:
        return {"startLine": finding.line}
    area: dict[str, Any] = {
        "startLine": finding.line,
        "startColumn": max(finding.column, 1),
        "endLine": max(item.end_line, finding.line),
        "endColumn": max(item.end_column, 1),
    }
    if item.char_offset is not None and item.char_length is not None:
        area["charOffset"] = item.char_offset
        area["charLength"] = item.char_length
    return area


def result(item: ReportedFinding, rule_index: int, root: Path | None = None) -> dict[str, Any]:
    finding = item.finding
    physical: dict[str, Any] = {
        "artifactLocation": {"uri": artifact_uri(finding.path, root) or finding.article_id}
    }
    area = region(item)
    if area is not None:
        physical["region"] = area
    normalized, hint = finding_notes(finding)
    properties: dict[str, Any] = {"articleId": finding.article_id}
    if normalized:
        properties["normalized"] = normalized
    if hint:
        properties["hint"] = hint
    entry: dict[str, Any] = {
        "ruleId": finding.rule,
        "ruleIndex": rule_index,
        "level": LEVELS[finding.severity],
        "message": {"text": finding.message},
        "locations": [{"physicalLocation": physical}],
        "partialFingerprints": {FINGERPRINT_KEY: item.fingerprint},
        "properties": properties,
    }
    if item.baseline_state is not None:
        entry["baselineState"] = item.baseline_state
    return entry


def absent_result(previous: dict[str, Any]) -> dict[str, Any]:
    """A baseline result this run no longer finds, trimmed to fields that stay valid."""
    kept = {
        key: previous[key]
        for key in ("ruleId", "level", "message", "locations", "partialFingerprints")
        if key in previous
    }
    if "message" not in kept:  # a JSON baseline finding
        kept = {
            "ruleId": previous.get("rule", ""),
            "level": LEVELS.get(previous.get("severity", ""), "warning"),
            "message": {"text": previous.get("message", "")},
            "partialFingerprints": {FINGERPRINT_KEY: previous.get("fingerprint", "")},
        }
    kept["baselineState"] = "absent"
    return kept


def sarif_log(report: CheckReport, root: Path | None = None) -> dict[str, Any]:
    every = [*report.findings, *report.unchanged]
    codes = sorted({*report.rules, *(item.rule for item in every)})
    index = {code: number for number, code in enumerate(codes)}
    rules = [rule_descriptor(report.rule_info(code)) for code in codes]
    results = [result(item, index[item.rule], root) for item in every]
    results += [absent_result(previous) for previous in report.absent]
    driver: dict[str, Any] = {"name": TOOL_NAME, "rules": rules}
    if report.tool_version:
        driver["version"] = report.tool_version
        driver["semanticVersion"] = report.tool_version
    run: dict[str, Any] = {
        "tool": {"driver": driver},
        # Columns count Unicode code points, as Python string indexes do.
        "columnKind": "unicodeCodePoints",
        "results": results,
        "properties": {
            "articlesChecked": report.articles_checked,
            "failLevel": report.fail_level,
            "suppressed": report.suppressed_counts(),
        },
    }
    return {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [run]}


def render(report: CheckReport) -> str:
    return json.dumps(sarif_log(report), ensure_ascii=False, indent=2) + "\n"
