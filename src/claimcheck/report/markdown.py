"""The Markdown page of an article: its findings, its claims, the text with both marked."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence

from claimcheck.pipeline.checker import ArticleResult
from claimcheck.report.readings import claim_summary


def _marked_body(result: ArticleResult) -> str:
    """The article body with claims in bold and each finding's span tagged with its number."""
    body = result.article.body
    finding_spans = [(f.start, f.end) for f in result.findings if f.end > f.start]
    # (offset, order, mark): at one offset, closing marks come before opening ones.
    marks: list[tuple[int, int, str]] = []
    for number, finding in enumerate(result.findings, start=1):
        if finding.end > finding.start:
            marks.append((finding.end, 0, f"**[{number}]"))
            marks.append((finding.start, 2, "**"))
    previous_end = -1
    for claim in sorted(result.claims, key=lambda c: (c.start, c.end)):
        # Nested bold runs confuse Markdown: skip claims inside a finding or another claim.
        inside_finding = bool(finding_spans) and any(
            claim.start < end and start < claim.end for start, end in finding_spans
        )
        if inside_finding or claim.start < previous_end:
            continue
        marks.append((claim.end, 1, "**"))
        marks.append((claim.start, 3, "**"))
        previous_end = claim.end
    pieces: list[str] = []
    cursor = 0
    for offset, _order, mark in sorted(marks):
        pieces.append(body[cursor:offset])
        pieces.append(mark)
        cursor = offset
    pieces.append(body[cursor:])
    return "".join(pieces)


def article_markdown(result: ArticleResult, summaries: Sequence[str] | None = None) -> str:
    """The article's Markdown page; `summaries`: each claim's `claim_summary`, when the
    caller has them already."""
    article = result.article
    if summaries is None:
        summaries = [claim_summary(claim) for claim in result.claims]
    lines = [f"# {article.title or article.id}", ""]
    lines.append(f"- id: `{article.id}`")
    if article.source:
        lines.append(f"- source: {article.source}")
    published = article.published.isoformat() if article.published else "unknown"
    lines.append(f"- published: {published}")
    if article.path:
        lines.append(f"- file: `{article.path}`")
    counts = Counter(f.severity for f in result.findings)
    lines.append(
        f"- {len(result.claims)} claims; findings: {counts['error']} error, "
        f"{counts['warning']} warning, {counts['info']} info"
    )
    lines += ["", "## Findings", ""]
    if not result.findings:
        lines.append("No discrepancies found.")
    for number, finding in enumerate(result.findings, start=1):
        lines.append(
            f"{number}. **{finding.severity}** `{finding.rule}` line {finding.line}, "
            f"column {finding.column}: {finding.message}"
        )
        for key, value in finding.evidence.items():
            lines.append(f"   - {key}: {_evidence_text(value)}")
    lines += ["", "## Claims", "", "| # | text | kind | reading |", "|---|---|---|---|"]
    for number, (claim, summary) in enumerate(zip(result.claims, summaries, strict=True), 1):
        text = claim.text.replace("|", "\\|").replace("\n", " ")
        reading = summary.replace("|", "\\|")
        lines.append(f"| {number} | {text} | {claim.kind} | {reading} |")
    lines += ["", "## Article", "", _marked_body(result), ""]
    return "\n".join(lines)


def _evidence_text(value: object) -> str:
    if isinstance(value, str):
        return value.replace("\n", " ")
    return json.dumps(value, ensure_ascii=False, default=str)
