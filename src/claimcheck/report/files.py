"""Report files for editors and the data team: per-article JSON and Markdown, run summary, CSV."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import threading
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from claimcheck.pipeline.checker import ArticleResult
from claimcheck.records import SEVERITY_ORDER, Claim, Finding

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


_WINDOWS_DEVICES = frozenset(
    ["CON", "PRN", "AUX", "NUL"] + [f"{port}{n}" for port in ("COM", "LPT") for n in range(1, 10)]
)


def safe_name(article_id: str) -> str:
    """A file name for an article id that can never leave the reports folder."""
    name = _UNSAFE.sub("_", article_id).strip("._") or "article"
    if name.split(".")[0].upper() in _WINDOWS_DEVICES:
        # "CON.json" opens the console on Windows, wherever the folder is.
        name = f"_{name}"
    if name != article_id or len(name) > 120:
        digest = hashlib.sha1(article_id.encode("utf-8", "surrogatepass")).hexdigest()[:8]
        name = f"{name[:100]}-{digest}"
    return name


def write_atomic(path: Path, text: str) -> None:
    """Write via a temporary file and rename, so no half-written report is ever left.

    The temporary name is unique to the process and thread writing it (no mkstemp: it costs
    a chmod too, and a run writes tens of thousands of files); plain open() applies the
    umask, so reports are as readable by editors on a shared drive as any other file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}-{threading.get_ident()}.tmp")
    try:
        with open(temporary, "w", encoding="utf-8") as stream:
            stream.write(text)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


STALE_TEMPORARY_SECONDS = 3600


def remove_stale_temporaries(
    reports_root: Path, older_than: float = STALE_TEMPORARY_SECONDS
) -> int:
    """Deletes the temporary files of report writers that were killed mid-write (write_atomic
    removes its own on any exception it sees, but not on kill -9 or power loss): the reports
    root, each run folder and its articles/ folder. A file younger than `older_than` seconds
    may belong to a run still writing and is kept. Returns the number removed."""
    import time

    cutoff = time.time() - older_than
    removed = 0
    folders = [reports_root]
    try:
        runs = [entry.path for entry in os.scandir(reports_root) if entry.is_dir()]
    except OSError:
        return 0
    for run in runs:
        folders += [Path(run), Path(run) / "articles"]
    for folder in folders:
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            if not (entry.name.startswith(".") and entry.name.endswith(".tmp")):
                continue
            try:
                if entry.is_file() and entry.stat().st_mtime < cutoff:
                    os.unlink(entry.path)
                    removed += 1
            except OSError:
                continue  # another run removed it first, or it is not ours to remove
    return removed


def claim_summary(claim: Claim) -> str:
    """The normalized reading of a claim in a few words, for editors ("60 miles ≈ 96.6 km")."""
    if claim.kind == "date":
        return _date_reading(claim)
    if claim.kind == "frequency":
        count = "once" if claim.count in (None, 1) else f"{format_number(claim.count)} times"
        bound = _bound(claim.qualifier)
        return f"{bound}{count} every {_duration_words(claim.period, singular=True) or 'period'}"
    if claim.kind == "duration":
        span = _duration_words(claim.period) or "a duration"
        if claim.period_start and claim.period_end:
            span += f" ({_day(claim.period_start)} to {_day(claim.period_end)})"
        return span
    if claim.low is not None and claim.high is not None:
        figure = f"{format_number(claim.low)}–{format_number(claim.high)}"
    else:
        figure = format_number(claim.value)
    bound = _bound(claim.qualifier)
    text = f"{bound}{figure}{_unit_words(claim)}".strip()
    converted = _converted_reading(claim)
    if converted:
        text += f" ≈ {converted}"
    if claim.change:
        text += f" ({claim.change})"
    return text


def claim_reading(claim: Claim) -> str:
    """What a highlighted claim means, as its hover text: "yesterday = Sun 17 Nov 2024"."""
    summary = claim_summary(claim)
    if claim.kind == "date":
        if summary == claim.text.strip():
            return f"{summary} ({claim.granularity or 'date'})"
        return f"{claim.text} = {summary}"
    return summary


def _day(day) -> str:
    return f"{day:%a} {day.day} {day:%b %Y}"


_QUALIFIER_WORDS = {
    "exact": "",
    "approx": "about ",
    "at_least": "at least ",
    "at_most": "at most ",
    "more_than": "more than ",
    "less_than": "less than ",
}


def _bound(qualifier: str) -> str:
    return _QUALIFIER_WORDS.get(qualifier, f"{qualifier.replace('_', ' ')} ")


def _date_reading(claim: Claim) -> str:
    if claim.date is None:
        return "unresolved (no publication date)" if claim.relative else "unresolved"
    if claim.date == "PRESENT_REF":
        return "the present (publication time)"
    if claim.date.endswith("_REF"):
        return claim.date.removesuffix("_REF").lower() + " (unspecified)"
    first, last = claim.first_day, claim.last_day
    if first is not None and claim.granularity == "day":
        text = _day(first)
    elif first is not None and claim.granularity == "month":
        text = first.strftime("%B %Y")
    elif first is not None and claim.granularity == "year":
        text = str(first.year)
    elif first is not None and last is not None and last != first:
        text = f"{_day(first)} to {_day(last)}"
    elif first is not None:
        text = _day(first)
    else:
        text = claim.date
    if claim.relative:
        text += " (from the publication date)"
    return text


_DURATION_UNITS = {"Y": "year", "M": "month", "W": "week", "D": "day"}
_TIME_UNITS = {"H": "hour", "M": "minute", "S": "second"}
_ISO_DURATION = re.compile(r"^P(?:(\d+(?:\.\d+)?)([YMWD]))?(?:T(\d+(?:\.\d+)?)([HMS]))?$")


def _duration_words(period: str | None, singular: bool = False) -> str:
    """ "P14M" as "14 months" ("month" with singular=True and a count of 1)."""
    if not period:
        return ""
    match = _ISO_DURATION.match(period)
    if match is None or not (match.group(1) or match.group(3)):
        return period
    amount, unit = (
        (match.group(1), _DURATION_UNITS[match.group(2)])
        if match.group(1)
        else (
            match.group(3),
            _TIME_UNITS[match.group(4)],
        )
    )
    number = float(amount)
    if number == 1:
        return unit if singular else f"1 {unit}"
    return f"{format_number(number)} {unit}s"


# Short labels for pint unit names an editor reads every day; others are shown as pint names.
_UNIT_LABELS = {
    "meter": "m", "kilometer": "km", "centimeter": "cm", "millimeter": "mm",
    "mile": "miles", "foot": "ft", "yard": "yd", "inch": "in", "nautical_mile": "nmi",
    "kilogram": "kg", "gram": "g", "metric_ton": "tonnes", "pound": "lb", "ounce": "oz",
    "short_ton": "short tons", "long_ton": "long tons",
    "liter": "L", "milliliter": "mL", "gallon": "gal", "barrel": "barrels",
    "meter ** 2": "m²", "kilometer ** 2": "km²", "mile ** 2": "sq mi", "hectare": "ha",
    "acre": "acres", "meter ** 3": "m³",
    "mile / hour": "mph", "kilometer / hour": "km/h", "meter / second": "m/s", "knot": "knots",
    "degree_Celsius": "°C", "degree_Fahrenheit": "°F", "kelvin": "K",
    "percent": "%",
}  # fmt: skip
_METRIC_HINTS = ("meter", "gram", "liter", "metric_ton", "hectare", "Celsius", "kelvin")


def _unit_words(claim: Claim) -> str:
    unit = claim.unit or ""
    if not unit:
        return ""
    if claim.dimension == "currency" or unit.isupper():
        return f" {unit}"
    if claim.dimension == "count":
        return f" × {unit}"
    label = _UNIT_LABELS.get(unit, unit.replace("_", " "))
    if label == "%":
        return "%"
    if label == "miles" and claim.value == 1 and claim.high is None:
        label = "mile"
    return f" {label}"


def _converted_reading(claim: Claim) -> str:
    """The normalized value in the unit an editor would check it against (metric ↔ imperial)."""
    value, base = claim.normalized_value, claim.normalized_unit
    if value is None or not base:
        return ""
    metric = any(hint in (claim.unit or "") for hint in _METRIC_HINTS)
    if base == "meter":
        if metric:
            return (
                f"{_round(value / 1609.344)} miles"
                if value >= 1000
                else f"{_round(value / 0.3048)} ft"
            )
        return f"{_round(value / 1000)} km" if value >= 1000 else f"{_round(value)} m"
    if base == "kilogram":
        if metric:
            pounds = value / 0.45359237
            return (
                f"{_round(pounds / 2000)} short tons" if pounds >= 2000 else f"{_round(pounds)} lb"
            )
        return f"{_round(value / 1000)} tonnes" if value >= 1000 else f"{_round(value)} kg"
    if base == "meter / second":
        if "mile" in (claim.unit or ""):
            return f"{_round(value * 3.6)} km/h"
        return f"{_round(value / 0.44704)} mph"
    if base == "meter ** 3":
        if metric:
            return f"{_round(value / 0.003785411784)} US gal"
        return f"{_round(value * 1000)} L" if value < 1000 else f"{_round(value)} m³"
    if base == "meter ** 2":
        if metric:
            return f"{_round(value / 2589988.110336)} sq mi"
        return f"{_round(value / 1e6)} km²" if value >= 1e6 else f"{_round(value)} m²"
    if base == "kelvin":
        celsius = value - 273.15
        if "Fahrenheit" in (claim.unit or ""):
            return f"{_round(celsius)} °C"
        return f"{_round(celsius * 9 / 5 + 32)} °F"
    if base == claim.unit and value == claim.value:
        return ""  # already in the base unit: nothing to add
    return f"{format_number(value)} {_UNIT_LABELS.get(base, base)}"


def _round(value: float) -> str:
    """Three significant figures: enough to see whether a stated conversion is right."""
    if value == 0:
        return "0"
    rounded = float(f"{value:.3g}")
    return format_number(rounded)


def format_number(value: float | None) -> str:
    if value is None:
        return "?"
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.6g}"


def checked_claims(result: ArticleResult) -> set[int]:
    """Positions of the claims some finding looked at.

    Checks do not yet report which claims they examined without finding anything, so a claim
    counts as checked when a finding's span or a span named in its evidence overlaps it.
    """
    spans: list[tuple[int, int]] = []
    for finding in result.findings:
        if finding.end > finding.start:
            spans.append((finding.start, finding.end))
        spans.extend(_evidence_spans(finding.evidence))
    return {
        index
        for index, claim in enumerate(result.claims)
        if any(start < claim.end and claim.start < end for start, end in spans)
    }


def _evidence_spans(value: object) -> list[tuple[int, int]]:
    """(start, end) pairs anywhere inside a finding's evidence ({"start": 3, "end": 9, ...})."""
    found: list[tuple[int, int]] = []
    if isinstance(value, dict):
        start, end = value.get("start"), value.get("end")
        if isinstance(start, int) and isinstance(end, int) and end > start:
            found.append((start, end))
        for inner in value.values():
            found.extend(_evidence_spans(inner))
    elif isinstance(value, list | tuple):
        for inner in value:
            found.extend(_evidence_spans(inner))
    return found


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
        inside_finding = any(
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
        # One line per written article for the run's index page (plain values: they travel
        # back from worker threads or processes).
        self.entries: list[dict[str, Any]] = []

    def file_stem(self, article_id: str) -> str:
        stem = safe_name(article_id)
        candidate, suffix = stem, 1
        # Another chunk of the same run may already have written an article with this id.
        while candidate in self._names or (self.articles_dir / f"{candidate}.json").exists():
            suffix += 1
            candidate = f"{stem}-{suffix}"
        self._names.add(candidate)
        return candidate

    def write_article(self, result: ArticleResult) -> str:
        from claimcheck.report.html import article_html

        stem = self.file_stem(result.article.id)
        # Compact: a run over an archive writes tens of thousands of these; readers are tools.
        payload = json.dumps(
            article_json(result), ensure_ascii=False, separators=(",", ":"), default=str
        )
        write_atomic(self.articles_dir / f"{stem}.json", payload)
        write_atomic(self.articles_dir / f"{stem}.md", article_markdown(result))
        checked = checked_claims(result)
        write_atomic(
            self.articles_dir / f"{stem}.html",
            article_html(result, checked=checked, prior_href=self.prior_href, stem=stem),
        )
        self.entries.append(article_entry(result, stem, len(checked)))
        return stem

    def discard(self) -> None:
        """Remove what it wrote: those articles were not recorded and the next run redoes them."""
        for stem in self._names:
            for suffix in (".json", ".md", ".html"):
                (self.articles_dir / f"{stem}{suffix}").unlink(missing_ok=True)
        self._names.clear()
        self.entries.clear()

    def prior_href(self, article_id: str) -> str | None:
        """A link from an article report to the latest report of another article, if any."""
        stem = safe_name(article_id)
        if (self.articles_dir / f"{stem}.html").exists():
            return f"{stem}.html"
        where = load_catalog(self.directory.parent).get(article_id)
        return f"../../{where}" if where else None


def article_entry(result: ArticleResult, stem: str, checked: int) -> dict[str, Any]:
    """An article's line in the run index: who, where, how bad."""
    article = result.article
    counts = Counter(f.severity for f in result.findings)
    return {
        "id": article.id,
        "title": article.title,
        "source": article.source,
        "published": article.published.isoformat() if article.published else None,
        "stem": stem,
        "claims": len(result.claims),
        "claims_checked": checked,
        "findings_by_severity": {s: counts.get(s, 0) for s in SEVERITY_ORDER},
        "worst": result.worst_severity,
    }


def finding_rows(findings: Iterable[Finding]) -> list[dict[str, Any]]:
    rows = []
    for finding in findings:
        row = finding.to_dict()
        row["evidence"] = json.dumps(finding.evidence, ensure_ascii=False, default=str)
        rows.append(row)
    return rows


def build_summary(
    run_id: str,
    articles: int,
    skipped: int,
    claims: int,
    findings: list[Finding],
    timings: dict[str, float],
    **extra: Any,
) -> dict[str, Any]:
    """The run summary as written to summary.json; `extra` adds fields (status, coverage)."""
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
    summary.update(extra)
    return summary


def write_summary(
    directory: Path,
    run_id: str,
    articles: int,
    skipped: int,
    claims: int,
    findings: list[Finding],
    timings: dict[str, float],
    **extra: Any,
) -> dict[str, Any]:
    """summary.json and findings.csv for the whole run (the csv module: importing pandas
    costs more than half a second, a good part of a run that finds nothing new)."""
    summary = build_summary(run_id, articles, skipped, claims, findings, timings, **extra)
    write_atomic(directory / "summary.json", json.dumps(summary, indent=2, default=str))
    columns = list(Finding.__dataclass_fields__)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows([row[column] for column in columns] for row in finding_rows(findings))
    write_atomic(directory / "findings.csv", buffer.getvalue())
    return summary


# Files at the top of the reports folder, shared by every run.
CATALOG_NAME = "catalog.json"  # article id -> "<run-id>/articles/<stem>.html" of its latest report
RUNS_NAME = "runs.json"  # one summary line per run, newest first
_LOCK_NAME = ".claimcheck-reports.lock"

_catalog_cache: dict[Path, tuple[int, dict[str, str]]] = {}


def load_catalog(reports_root: Path) -> dict[str, str]:
    """The article catalog, read once per change of the file (each chunk asks for it)."""
    path = reports_root / CATALOG_NAME
    try:
        stamp = path.stat().st_mtime_ns
    except OSError:
        return {}
    cached = _catalog_cache.get(path)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    try:
        catalog = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        catalog = {}
    _catalog_cache[path] = (stamp, catalog)
    return catalog


class _ReportsLock:
    """An advisory lock on the reports folder, so two runs never lose each other's updates."""

    def __init__(self, reports_root: Path) -> None:
        self.path = reports_root / _LOCK_NAME
        self._handle = None

    def __enter__(self) -> _ReportsLock:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._handle = open(self.path, "a")  # held until __exit__
        try:
            import fcntl

            fcntl.flock(self._handle, fcntl.LOCK_EX)
        except ImportError:  # Windows: runs of one deployment never overlap anyway
            pass
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._handle is not None:
            self._handle.close()  # closing releases the lock


def update_shared_files(
    reports_root: Path, summary: dict[str, Any], entries: Iterable[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Add a run to runs.json and its articles to catalog.json; returns every run, newest first."""
    run_id = summary["run_id"]
    with _ReportsLock(reports_root):
        catalog = dict(load_catalog(reports_root))
        for entry in entries:
            catalog[entry["id"]] = f"{run_id}/articles/{entry['stem']}.html"
        write_atomic(reports_root / CATALOG_NAME, json.dumps(catalog, ensure_ascii=False))
        runs = [run for run in read_runs(reports_root) if run.get("run_id") != run_id]
        runs.append(run_line(summary))
        runs.sort(key=lambda run: run["run_id"], reverse=True)
        write_atomic(reports_root / RUNS_NAME, json.dumps(runs, indent=1))
    return runs


def run_line(summary: dict[str, Any]) -> dict[str, Any]:
    keys = (
        "run_id",
        "status",
        "articles",
        "articles_unchanged",
        "claims",
        "findings",
        "findings_by_severity",
        "finished_at",
    )
    return {key: summary.get(key) for key in keys}


def read_runs(reports_root: Path) -> list[dict[str, Any]]:
    """runs.json, or, when it is missing or damaged, the runs found from their summary.json."""
    try:
        runs = json.loads((reports_root / RUNS_NAME).read_text(encoding="utf-8"))
        if isinstance(runs, list):
            return runs
    except (OSError, ValueError):
        pass
    runs = []
    for path in sorted(reports_root.glob("*/summary.json")):
        try:
            runs.append(run_line(json.loads(path.read_text(encoding="utf-8"))))
        except (OSError, ValueError):
            continue
    return runs
