"""HTML reports for editors (Jinja2, autoescaped): article pages, run index, index of runs."""

from __future__ import annotations

import itertools
import json
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from claimcheck import __version__
from claimcheck.pipeline import INPUT_PROBLEM_CODE, ArticleResult
from claimcheck.records import SEVERITY_ORDER, Finding
from claimcheck.report import (
    checked_claims,
    claim_reading,
    format_number,
    read_runs,
    write_atomic,
)

PriorHref = Callable[[str], str | None]

# Evidence keys that name another article (prior coverage from the ledger).
_PRIOR_KEYS = frozenset(
    {"prior_article_id", "prior_article", "prior_id", "previous_article_id", "earlier_article_id"}
)
# Evidence keys shown under friendlier labels, in this order first.
_EVIDENCE_LABELS = {
    "rule_file": "rule file",
    "source": "rule source",
    "expected": "expected",
    "stated": "stated",
    "matched": "matched",
    "converted_value": "computed value",
    "stated_value": "stated value",
}
_SEVERITY_COLOURS = {"error": "#b3261e", "warning": "#e8a200", "info": "#1f5fa8"}
_MAX_INDEX_RUNS = 500


@lru_cache(maxsize=1)
def _environment():
    import jinja2

    # Autoescape everything: article text, titles, ids and evidence are untrusted input.
    return jinja2.Environment(
        loader=jinja2.PackageLoader("claimcheck", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )


def render(template: str, **context: Any) -> str:
    return _environment().get_template(template).render(version=__version__, **context)


def safe_href(url: str) -> str | None:
    """A URL fit for an href: only http(s) links; anything else (javascript:, data:) is text."""
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in ("http", "https") else None


@dataclass(slots=True)
class Segment:
    """A stretch of the article body with one set of highlights."""

    text: str
    classes: str = ""
    title: str = ""
    anchor: str = ""
    refs: list[dict[str, Any]] = field(default_factory=list)

    @property
    def plain(self) -> bool:
        return not self.classes


def segments(result: ArticleResult) -> list[Segment]:
    """The body cut wherever a claim or finding starts or ends, each piece with its highlights."""
    body = result.article.body
    size = len(body)
    claims = [(max(0, c.start), min(size, c.end), c) for c in result.claims if c.end > c.start]
    numbered = [
        (max(0, f.start), min(size, f.end), number, f)
        for number, f in enumerate(result.findings, start=1)
        if f.end > f.start and f.start < size
    ]
    cuts = {0, size}
    for start, end, _ in claims:
        cuts.update((start, end))
    for start, end, _, _ in numbered:
        cuts.update((start, end))
    ordered = sorted(cuts)
    pieces: list[Segment] = []
    for left, right in itertools.pairwise(ordered):
        covering_claims = [c for start, end, c in claims if start <= left and right <= end]
        covering = [(n, f) for start, end, n, f in numbered if start <= left and right <= end]
        segment = Segment(body[left:right])
        if covering_claims or covering:
            classes = ["claim"]
            notes = [claim_reading(claim) for claim in covering_claims]
            if covering:
                worst = max((f.severity for _, f in covering), key=SEVERITY_ORDER.__getitem__)
                classes.append(f"sev-{worst}")
                notes += [f"[{n}] {f.severity}: {f.message}" for n, f in covering]
            segment.classes = " ".join(classes)
            segment.title = "\n".join(dict.fromkeys(notes))
            starting = [n for start, _end, n, _f in numbered if start == left]
            if starting:
                segment.anchor = f"at-finding-{starting[0]}"
        segment.refs = [
            {"number": n, "severity": f.severity, "message": f.message}
            for _start, end, n, f in numbered
            if end == right
        ]
        pieces.append(segment)
    merged = _merge_plain(pieces)
    if merged and merged[0].plain:
        # Front matter leaves blank lines before the body; they only push the text down.
        merged[0].text = merged[0].text.lstrip("\n")
    return merged


def _merge_plain(pieces: list[Segment]) -> list[Segment]:
    merged: list[Segment] = []
    for piece in pieces:
        if merged and piece.plain and merged[-1].plain and not merged[-1].refs:
            merged[-1].text += piece.text
            merged[-1].refs = piece.refs
        else:
            merged.append(piece)
    return merged


@lru_cache(maxsize=1)
def _rule_names() -> dict[str, str]:
    try:
        from claimcheck.checks import registered_checks

        return {code: spec.name for code, spec in registered_checks().items()}
    except Exception:  # a broken check module must not stop the reports
        return {}


def finding_view(number: int, finding: Finding, prior_href: PriorHref | None) -> dict[str, Any]:
    """A finding as the article page shows it: one sentence, where, and its evidence."""
    name = _rule_names().get(finding.rule, "")
    if not name and finding.rule == INPUT_PROBLEM_CODE:
        name = "input problem"
    return {
        "number": number,
        "severity": finding.severity,
        "rule": finding.rule,
        "rule_name": name.replace("_", " "),
        "sentence": _sentence(finding.message),
        "spanned": finding.end > finding.start,
        "line": finding.line,
        "column": finding.column,
        "evidence": evidence_items(finding.evidence, prior_href),
    }


def _sentence(message: str) -> str:
    message = " ".join(message.split())
    if message and message[-1] not in ".!?":
        message += "."
    return message[:1].upper() + message[1:]


def evidence_items(evidence: dict[str, Any], prior_href: PriorHref | None) -> list[dict[str, Any]]:
    """Evidence as (label, text, link) rows: rule and source, prior articles, computed values."""
    items: list[dict[str, Any]] = []
    keys = [k for k in _EVIDENCE_LABELS if k in evidence]
    keys += [k for k in evidence if k not in _EVIDENCE_LABELS]
    for key in keys:
        value = evidence[key]
        if _names_prior(key):
            for article_id in value if isinstance(value, list) else [value]:
                href = prior_href(str(article_id)) if prior_href else None
                items.append({"label": "prior article", "text": str(article_id), "href": href})
            continue
        if isinstance(value, dict) and _names_prior(key, nested=True):
            prior_id = value.get("article_id") or value.get("id")
            if prior_id:
                href = prior_href(str(prior_id)) if prior_href else None
                items.append({"label": "prior article", "text": str(prior_id), "href": href})
                value = {k: v for k, v in value.items() if k not in ("article_id", "id")}
                if not value:
                    continue
        label = _EVIDENCE_LABELS.get(key, key.replace("_", " "))
        href = safe_href(value) if key == "source" and isinstance(value, str) else None
        items.append({"label": label, "text": evidence_text(value), "href": href})
    return items


def _names_prior(key: str, nested: bool = False) -> bool:
    lowered = key.lower()
    if nested:
        return "prior" in lowered or "previous" in lowered or "earlier" in lowered
    return lowered in _PRIOR_KEYS or (lowered.endswith("_article_id") and lowered != "article_id")


def evidence_text(value: Any) -> str:
    """Evidence values in words: numbers grouped, spans quoted, lists joined."""
    if isinstance(value, bool) or value is None:
        return json.dumps(value)
    if isinstance(value, int | float):
        return format_number(float(value))
    if isinstance(value, str):
        return " ".join(value.split())
    if isinstance(value, list | tuple):
        if len(value) == 2 and all(isinstance(v, int | float) for v in value):
            return f"{format_number(float(value[0]))} to {format_number(float(value[1]))}"
        return ", ".join(evidence_text(v) for v in value)
    if isinstance(value, dict):
        if "text" in value and "start" in value:
            return (
                f"“{evidence_text(value['text'])}” (characters {value['start']}–{value.get('end')})"
            )
        return "; ".join(f"{k.replace('_', ' ')}: {evidence_text(v)}" for k, v in value.items())
    return str(value)


def article_html(
    result: ArticleResult,
    checked: set[int] | None = None,
    prior_href: PriorHref | None = None,
    stem: str = "",
) -> str:
    """The article page: highlighted text beside its findings, then the claims table."""
    article = result.article
    if checked is None:
        checked = checked_claims(result)
    counts = Counter(f.severity for f in result.findings)
    claims = [
        {"text": c.text, "kind": c.kind, "reading": claim_reading(c), "checked": i in checked}
        for i, c in enumerate(result.claims)
    ]
    coverage = round(100 * len(checked) / len(claims)) if claims else 0
    return render(
        "article.html.j2",
        article=article,
        stem=stem,
        published=article.published.isoformat() if article.published else None,
        url_href=safe_href(article.url) if article.url else None,
        counts={s: counts.get(s, 0) for s in SEVERITY_ORDER},
        claims=claims,
        checked=len(checked),
        coverage=coverage,
        segments=segments(result),
        findings=[finding_view(n, f, prior_href) for n, f in enumerate(result.findings, start=1)],
    )


def bar_chart(title: str, counts: dict[str, int], colours: dict[str, str] | None = None) -> dict:
    """Bars for the inline SVG chart, largest first (at most 12)."""
    label_width, bar_space, row = 150, 260, 22
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:12]
    top = max((count for _, count in ranked), default=0) or 1
    bars = [
        {
            "label": label,
            "short_label": label if len(label) <= 22 else label[:21] + "…",
            "count": count,
            "width": max(2, round(bar_space * count / top)),
            "y": index * row,
            "colour": (colours or {}).get(label, "#4a6fa5"),
        }
        for index, (label, count) in enumerate(ranked)
    ]
    return {
        "title": title,
        "bars": bars,
        "label_width": label_width,
        "width": label_width + bar_space + 50,
        "height": max(row, len(bars) * row),
    }


def _entry_order(entry: dict[str, Any]) -> tuple:
    counts = entry["findings_by_severity"]
    worst = SEVERITY_ORDER.get(entry.get("worst") or "", -1)
    return (-worst, -counts["error"], -counts["warning"], -counts["info"], entry["title"] or "")


def run_index_html(
    summary: dict[str, Any], entries: Sequence[dict[str, Any]], findings: Iterable[Finding]
) -> str:
    findings = list(findings)
    source_of = {entry["id"]: entry["source"] or "(no source)" for entry in entries}
    worst_by_rule: dict[str, str] = {}
    for finding in findings:
        known = worst_by_rule.get(finding.rule)
        if known is None or SEVERITY_ORDER[finding.severity] > SEVERITY_ORDER[known]:
            worst_by_rule[finding.rule] = finding.severity
    by_rule = Counter(f.rule for f in findings)
    by_source = Counter(source_of.get(f.article_id, "(unreadable input)") for f in findings)
    problems = [
        {"path": f.path, "line": f.line, "message": f.message}
        for f in findings
        if f.rule == INPUT_PROBLEM_CODE
    ]
    status = summary.get("status", "completed")
    return render(
        "run_index.html.j2",
        summary=summary,
        status_text="partial: some chunks failed" if status == "partial" else status,
        entries=sorted(entries, key=_entry_order),
        problems=problems,
        by_rule=bar_chart(
            "Findings by kind (rule)",
            dict(by_rule),
            {rule: _SEVERITY_COLOURS[worst] for rule, worst in worst_by_rule.items()},
        ),
        by_source=bar_chart("Findings by source", dict(by_source)),
    )


def reports_index_html(runs: Sequence[dict[str, Any]]) -> str:
    busy = [run for run in runs if run.get("articles") or run.get("findings")]
    quiet = [run for run in runs if not (run.get("articles") or run.get("findings"))]
    return render(
        "reports_index.html.j2",
        runs=runs,
        latest=runs[0] if runs else None,
        busy=busy[:_MAX_INDEX_RUNS],
        hidden=max(0, len(busy) - _MAX_INDEX_RUNS),
        quiet=quiet,
        updated=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
    )


def write_run_index(
    run_dir: Path,
    summary: dict[str, Any],
    entries: Sequence[dict[str, Any]],
    findings: Iterable[Finding],
) -> Path:
    path = run_dir / "index.html"
    write_atomic(path, run_index_html(summary, entries, findings))
    return path


def write_reports_index(reports_root: Path, runs: Sequence[dict[str, Any]] | None = None) -> Path:
    """reports/index.html, replaced atomically so a reader never sees half a page."""
    if runs is None:
        runs = sorted(read_runs(reports_root), key=lambda r: r.get("run_id", ""), reverse=True)
    path = reports_root / "index.html"
    write_atomic(path, reports_index_html(runs))
    return path
