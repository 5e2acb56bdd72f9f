"""Report files for editors and the data team: per-article JSON and Markdown, run summary, CSV."""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from claimcheck.pipeline import ArticleResult
from claimcheck.records import SEVERITY_ORDER, Claim, Finding

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def safe_name(article_id: str) -> str:
    """A file name for an article id that can never leave the reports folder."""
    name = _UNSAFE.sub("_", article_id).strip("._") or "article"
    if name != article_id or len(name) > 120:
        digest = hashlib.sha1(article_id.encode("utf-8", "surrogatepass")).hexdigest()[:8]
        name = f"{name[:100]}-{digest}"
    return name


def write_atomic(path: Path, text: str) -> None:
    """Write via a temporary file and rename, so no half-written report is ever left."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def claim_summary(claim: Claim) -> str:
    """The normalized reading of a claim in a few words, for editors."""
    if claim.kind == "date":
        if claim.date is None:
            return "unresolved (no publication date)" if claim.relative else "unresolved"
        if claim.first_day and claim.granularity == "day":
            return claim.first_day.strftime("%a %d %b %Y")
        return claim.date
    if claim.kind == "frequency":
        bound = "" if claim.qualifier == "exact" else f"{claim.qualifier.replace('_', ' ')} "
        count = _number(claim.count)
        return f"{bound}{count} times in {claim.period or 'a period'}"
    if claim.kind == "duration":
        span = claim.period or ""
        if claim.period_start and claim.period_end:
            span += f" ({claim.period_start.isoformat()} to {claim.period_end.isoformat()})"
        return span or "duration"
    unit = claim.unit or ""
    if claim.low is not None and claim.high is not None:
        figure = f"{_number(claim.low)}–{_number(claim.high)}"
    else:
        figure = _number(claim.value)
    bound = "" if claim.qualifier == "exact" else f"{claim.qualifier.replace('_', ' ')} "
    text = f"{bound}{figure} {unit}".strip()
    if claim.normalized_value is not None and claim.normalized_unit:
        text += f" ≈ {_number(claim.normalized_value)} {claim.normalized_unit}"
    if claim.change:
        text += f" ({claim.change})"
    return text


def _number(value: float | None) -> str:
    if value is None:
        return "?"
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.6g}"


def article_json(result: ArticleResult) -> dict[str, Any]:
    article = result.article
    return {
        "article": {
            "id": article.id,
            "title": article.title,
            "source": article.source,
            "url": article.url,
            "published": article.published.isoformat() if article.published else None,
            "path": article.path,
            "content_hash": result.content_hash,
        },
        "claims": [claim.to_dict() for claim in result.claims],
        "findings": [finding.to_dict() for finding in result.findings],
    }


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
        inside_finding = any(claim.start < end and start < claim.end for start, end in finding_spans)
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


def article_markdown(result: ArticleResult) -> str:
    article = result.article
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
    for number, claim in enumerate(result.claims, start=1):
        text = claim.text.replace("|", "\\|").replace("\n", " ")
        reading = claim_summary(claim).replace("|", "\\|")
        lines.append(f"| {number} | {text} | {claim.kind} | {reading} |")
    lines += ["", "## Article", "", _marked_body(result), ""]
    return "\n".join(lines)


def _evidence_text(value: object) -> str:
    if isinstance(value, str):
        return value.replace("\n", " ")
    return json.dumps(value, ensure_ascii=False, default=str)


class RunReport:
    """Writes one run's reports into reports/<run-id>/ as articles stream through."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.articles_dir = directory / "articles"
        self.articles_dir.mkdir(parents=True, exist_ok=True)
        self._names: set[str] = set()

    def file_stem(self, article_id: str) -> str:
        stem = safe_name(article_id)
        candidate, suffix = stem, 1
        while candidate in self._names:
            suffix += 1
            candidate = f"{stem}-{suffix}"
        self._names.add(candidate)
        return candidate

    def write_article(self, result: ArticleResult) -> str:
        stem = self.file_stem(result.article.id)
        payload = json.dumps(article_json(result), ensure_ascii=False, indent=2, default=str)
        write_atomic(self.articles_dir / f"{stem}.json", payload)
        write_atomic(self.articles_dir / f"{stem}.md", article_markdown(result))
        return stem


def finding_rows(findings: Iterable[Finding]) -> list[dict[str, Any]]:
    rows = []
    for finding in findings:
        row = finding.to_dict()
        row["evidence"] = json.dumps(finding.evidence, ensure_ascii=False, default=str)
        rows.append(row)
    return rows


def write_summary(
    directory: Path,
    run_id: str,
    articles: int,
    skipped: int,
    claims: int,
    findings: list[Finding],
    timings: dict[str, float],
) -> dict[str, Any]:
    """summary.json and findings.csv (written with pandas) for the whole run."""
    import pandas as pd

    by_severity = Counter(f.severity for f in findings)
    summary = {
        "run_id": run_id,
        "articles": articles,
        "articles_unchanged": skipped,
        "claims": claims,
        "findings": len(findings),
        "findings_by_severity": {s: by_severity.get(s, 0) for s in SEVERITY_ORDER},
        "findings_by_rule": dict(sorted(Counter(f.rule for f in findings).items())),
        "timings_seconds": {key: round(value, 3) for key, value in timings.items()},
    }
    write_atomic(directory / "summary.json", json.dumps(summary, indent=2))
    columns = list(Finding.__dataclass_fields__)
    frame = pd.DataFrame(finding_rows(findings), columns=columns)
    write_atomic(directory / "findings.csv", frame.to_csv(index=False))
    return summary
