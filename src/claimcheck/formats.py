"""Rendering one list of findings for people (text) and machines (json)."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence

from claimcheck.records import Finding


def render_text(findings: Sequence[Finding], articles_checked: int) -> str:
    """`path:line:col: CODE [level] message`, grouped per file, then a one-line tally."""
    lines: list[str] = []
    current_file: str | None = None
    for finding in findings:
        location = finding.path or finding.article_id
        if location != current_file:
            if current_file is not None:
                lines.append("")
            current_file = location
        lines.append(
            f"{location}:{finding.line}:{finding.column}: {finding.rule} "
            f"[{finding.severity}] {finding.message}"
        )
    counts = Counter(f.severity for f in findings)
    if lines:
        lines.append("")
    lines.append(
        f"{articles_checked} article(s) checked: {counts['error']} error(s), "
        f"{counts['warning']} warning(s), {counts['info']} info"
    )
    return "\n".join(lines) + "\n"


def render_json(findings: Sequence[Finding], articles_checked: int) -> str:
    counts = Counter(f.severity for f in findings)
    payload = {
        "articles_checked": articles_checked,
        "counts": {level: counts.get(level, 0) for level in ("error", "warning", "info")},
        "findings": [finding.to_dict() for finding in findings],
    }
    return json.dumps(payload, ensure_ascii=False, indent=2, default=str) + "\n"


RENDERERS = {"text": render_text, "json": render_json}
