"""HTML reports for editors (Jinja2, autoescaped): article pages, run index, index of runs."""

from __future__ import annotations

import itertools
import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from markupsafe import Markup, escape

from claimcheck import __version__
from claimcheck.codes import CATALOG
from claimcheck.pipeline.checker import INPUT_PROBLEM_CODE, ArticleResult
from claimcheck.records import SEVERITY_ORDER, Finding
from claimcheck.report.coverage import checked_claims
from claimcheck.report.files import write_atomic
from claimcheck.report.readings import claim_reading, format_number
from claimcheck.report.summary import read_checks, read_runs

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
        loader=jinja2.PackageLoader("claimcheck.report", "templates"),
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


def segments(result: ArticleResult, readings: Sequence[str] | None = None) -> list[Segment]:
    """The body cut wherever a claim or finding starts or ends, each piece with its highlights.

    One sweep over the cuts with the claims and findings open at each: a body with tens of
    thousands of claims (a megabyte of figures) costs as many steps, not their square."""
    body = result.article.body
    size = len(body)
    if readings is None:
        readings = [claim_reading(claim) for claim in result.claims]
    # (start, end, reading) of each claim with a span inside the body.
    claims = [
        (max(0, c.start), min(size, c.end), reading)
        for c, reading in zip(result.claims, readings, strict=True)
    ]
    claims = [item for item in claims if item[0] < item[1]]
    numbered = [
        (max(0, f.start), min(size, f.end), number, f)
        for number, f in enumerate(result.findings, start=1)
    ]
    numbered = [item for item in numbered if item[0] < item[1]]
    claim_starts: dict[int, list[int]] = defaultdict(list)
    claim_ends: dict[int, list[int]] = defaultdict(list)
    for index, (start, end, _) in enumerate(claims):
        claim_starts[start].append(index)
        claim_ends[end].append(index)
    finding_starts: dict[int, list[int]] = defaultdict(list)
    finding_ends: dict[int, list[int]] = defaultdict(list)
    for index, (start, end, _, _) in enumerate(numbered):
        finding_starts[start].append(index)
        finding_ends[end].append(index)
    ordered = sorted({0, size, *claim_starts, *claim_ends, *finding_starts, *finding_ends})
    open_claims: set[int] = set()
    open_findings: set[int] = set()
    pieces: list[Segment] = []
    for left, right in itertools.pairwise(ordered):
        open_claims.difference_update(claim_ends.get(left, ()))
        open_claims.update(claim_starts.get(left, ()))
        open_findings.difference_update(finding_ends.get(left, ()))
        open_findings.update(finding_starts.get(left, ()))
        segment = Segment(body[left:right])
        if open_claims or open_findings:
            covering = [numbered[index][2:] for index in sorted(open_findings)]
            classes = ["claim"]
            notes = [claims[index][2] for index in sorted(open_claims)]
            if covering:
                worst = max((f.severity for _, f in covering), key=SEVERITY_ORDER.__getitem__)
                classes.append(f"sev-{worst}")
                notes += [f"[{n}] {f.severity}: {f.message}" for n, f in covering]
            segment.classes = " ".join(classes)
            segment.title = "\n".join(dict.fromkeys(notes))
            starting = finding_starts.get(left)
            if starting:
                segment.anchor = f"at-finding-{numbered[starting[0]][2]}"
        segment.refs = [
            {"number": numbered[index][2], "severity": numbered[index][3].severity,
             "message": numbered[index][3].message}
            for index in finding_ends.get(right, ())
        ]  # fmt: skip
        pieces.append(segment)
    merged = _merge_plain(pieces)
    if merged and merged[0].plain:
        # Front matter leaves blank lines before the body; they only push the text down.
        merged[0].text = merged[0].text.lstrip("\n")
    return merged


def highlighted_text(pieces: Iterable[Segment]) -> Markup:
    """The article text as HTML: each piece escaped, highlights as <mark>, finding numbers as
    superscript links. Built here rather than in the template: a loop in Jinja costs several
    times as much, and an archive run renders tens of thousands of these pages."""
    parts: list[str] = []
    for piece in pieces:
        if piece.plain:
            parts.append(escape(piece.text))
        else:
            anchor = f' id="{escape(piece.anchor)}"' if piece.anchor else ""
            parts.append(
                f'<mark class="{escape(piece.classes)}" title="{escape(piece.title)}"{anchor}>'
                f"{escape(piece.text)}</mark>"
            )
        for ref in piece.refs:
            parts.append(
                f'<sup class="ref"><a class="{escape(ref["severity"])}" '
                f'href="#finding-{ref["number"]}" title="{escape(ref["message"])}">'
                f"{ref['number']}</a></sup>"
            )
    return Markup("".join(parts))


def _merge_plain(pieces: list[Segment]) -> list[Segment]:
    merged: list[Segment] = []
    for piece in pieces:
        if merged and piece.plain and merged[-1].plain and not merged[-1].refs:
            merged[-1].text += piece.text
            merged[-1].refs = piece.refs
        else:
            merged.append(piece)
    return merged


def finding_view(number: int, finding: Finding, prior_href: PriorHref | None) -> dict[str, Any]:
    """A finding as the article page shows it: one sentence, where, and its evidence."""
    entry = CATALOG.get(finding.rule)
    name = entry.name if entry is not None else ""
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
    readings = [claim_reading(claim) for claim in result.claims]
    coverage = round(100 * len(checked) / len(readings)) if readings else 0
    return render(
        "article.html.j2",
        article=article,
        stem=stem,
        published=article.published.isoformat() if article.published else None,
        url_href=safe_href(article.url) if article.url else None,
        counts={s: counts.get(s, 0) for s in SEVERITY_ORDER},
        claims=readings,
        claim_rows=claim_rows_html(result, readings, checked),
        checked=len(checked),
        coverage=coverage,
        article_text=highlighted_text(segments(result, readings)),
        findings=[finding_view(n, f, prior_href) for n, f in enumerate(result.findings, start=1)],
    )


def claim_rows_html(result: ArticleResult, readings: Sequence[str], checked: set[int]) -> Markup:
    """The claims table's rows (number, text, kind, reading, checked), built here for the
    same reason as the highlighted text: an article may hold thousands of claims."""
    rows = [
        f'<tr><td class="num">{number}</td><td>{escape(claim.text)}</td>'
        f"<td>{escape(claim.kind)}</td><td>{escape(reading)}</td>"
        f"<td>{'yes' if number - 1 in checked else ''}</td></tr>\n      "
        for number, (claim, reading) in enumerate(zip(result.claims, readings, strict=True), 1)
    ]
    return Markup("".join(rows))


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


def entry_rows_html(entries: Iterable[dict[str, Any]]) -> Markup:
    """The run index's table rows, one per article, built here rather than in the template:
    an archive run lists tens of thousands of articles, and a Jinja loop over them costs
    several times as much."""
    rows: list[str] = []
    for entry in entries:
        worst = escape(entry["worst"] or "none")
        label = escape(entry["worst"] or "clean")
        stem = escape(entry["stem"])
        title = escape(entry["title"] or entry["id"])
        below = f'<br><small class="muted">{escape(entry["id"])}</small>' if entry["title"] else ""
        counts = entry["findings_by_severity"]
        rows.append(
            f'\n      <tr class="worst-{worst}">\n'
            f'        <td><span class="badge {worst}">{label}</span></td>\n'
            f'        <td><a href="articles/{stem}.html">{title}</a>{below}</td>\n'
            f"        <td>{escape(entry['source'])}</td>\n"
            f"        <td>{escape((entry['published'] or '')[:10])}</td>\n"
            f'        <td class="num">{escape(counts["error"])}</td>\n'
            f'        <td class="num">{escape(counts["warning"])}</td>\n'
            f'        <td class="num">{escape(counts["info"])}</td>\n'
            f'        <td class="num">{escape(entry["claims_checked"])} / '
            f"{escape(entry['claims'])}</td>\n"
            f'        <td><a href="articles/{stem}.md">md</a> '
            f'<a href="articles/{stem}.json">json</a></td>\n'
            f"      </tr>\n    "
        )
    return Markup("".join(rows))


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
        entries=entries,
        entry_rows=entry_rows_html(sorted(entries, key=_entry_order)),
        problems=problems,
        by_rule=bar_chart(
            "Findings by kind (rule)",
            dict(by_rule),
            {rule: _SEVERITY_COLOURS[worst] for rule, worst in worst_by_rule.items()},
        ),
        by_source=bar_chart("Findings by source", dict(by_source)),
    )


def last_check_text(checks: dict[str, Any]) -> str:
    """ "Checked at 14:15 UTC (2026-12-04), nothing new: 12 checks in a row since the last
    run with new articles." from checks.json; "" before the first check."""
    when = checks.get("checked_at") or ""
    if not when:
        return ""
    stamp = f"{when[11:16]} UTC ({when[:10]})"
    if not checks.get("nothing_new"):
        return f"Checked at {stamp}: new or changed articles, reported below."
    quiet = checks.get("quiet_checks", 1)
    text = f"Checked at {stamp}, nothing new"
    unchanged = checks.get("articles_unchanged", 0)
    if unchanged:
        text += f" ({unchanged:,} article(s) unchanged)"
    if quiet > 1:
        text += f"; {quiet:,} checks in a row found nothing new"
    return text + "."


def reports_index_html(runs: Sequence[dict[str, Any]], reports_root: Path | None = None) -> str:
    busy = [run for run in runs if run.get("articles") or run.get("findings")]
    quiet = [run for run in runs if not (run.get("articles") or run.get("findings"))]
    checks = read_checks(reports_root) if reports_root is not None else {}
    return render(
        "reports_index.html.j2",
        runs=runs,
        latest=runs[0] if runs else None,
        busy=busy[:_MAX_INDEX_RUNS],
        hidden=max(0, len(busy) - _MAX_INDEX_RUNS),
        quiet=quiet,
        last_check=last_check_text(checks),
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
    write_atomic(path, reports_index_html(runs, reports_root))
    return path
