"""What a run writes for the whole run: summary.json and findings.csv, and the files shared by
every run at the top of the reports folder (the runs, the catalog of article pages)."""

from __future__ import annotations

import csv
import json
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from claimcheck.records import SEVERITY_ORDER, Finding
from claimcheck.report.files import write_atomic, write_atomic_with
from claimcheck.schemas import SCHEMA_VERSION

try:
    import fcntl
except ImportError:  # Windows: see ReportsLock
    fcntl = None


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
        "schema_version": SCHEMA_VERSION,  # claimcheck/schemas/summary.schema.json
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
    write_findings_csv(directory / "findings.csv", findings)
    return summary


# Findings turned into CSV rows at a time.
_ROWS_PER_WRITE = 1000


def write_findings_csv(path: Path, findings: Sequence[Finding]) -> None:
    """findings.csv, written a part at a time (a run's findings as rows never at once)."""
    columns = list(Finding.__dataclass_fields__)

    def write(temporary: Path) -> None:
        with open(temporary, "w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, lineterminator="\n")
            writer.writerow(columns)
            for start in range(0, len(findings), _ROWS_PER_WRITE):
                part = finding_rows(findings[start : start + _ROWS_PER_WRITE])
                writer.writerows([row[column] for column in columns] for row in part)

    write_atomic_with(path, write)


# Files at the top of the reports folder, shared by every run.
CATALOG_NAME = "catalog.json"  # article id -> "<run-id>/articles/<stem>.html" of its latest report


RUNS_NAME = "runs.json"  # one summary line per run, newest first


# The last check of the inputs, whether or not it found anything new: when it was, what it
# found, how many checks in a row found nothing new, and the unreadable inputs last reported
# (a broken file is reported by the run that first meets it, not by every check after).
CHECKS_NAME = "checks.json"

# Findings per source and per rule, week by week, over every run (claimcheck.analysis.trends).
TRENDS_NAME = "trends.json"


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


class ReportsLock:
    """An advisory lock on the reports folder, so two runs never lose each other's updates."""

    def __init__(self, reports_root: Path) -> None:
        self.path = reports_root / _LOCK_NAME
        self._handle = None

    def __enter__(self) -> ReportsLock:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._handle = open(self.path, "a")  # held until __exit__
        if fcntl is not None:  # Windows has none: runs of one deployment never overlap anyway
            fcntl.flock(self._handle, fcntl.LOCK_EX)
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._handle is not None:
            self._handle.close()  # closing releases the lock


def update_shared_files(
    reports_root: Path,
    summary: dict[str, Any],
    entries: Iterable[dict[str, Any]],
    stems_of: Callable[[list[str]], dict[str, str]] | None = None,
) -> list[dict[str, Any]]:
    """Add a run to runs.json and its articles to catalog.json; returns every run, newest first.
    With `stems_of` (the run's stems of some article ids), `entries` gives the run's
    articles once each, {"id", "stem"} in the order first met with their last stem, and the
    catalog is written as it is read, never held with the run's articles added."""
    run_id = summary["run_id"]
    with ReportsLock(reports_root):
        if stems_of is None:
            catalog = dict(load_catalog(reports_root))
            for entry in entries:
                catalog[entry["id"]] = f"{run_id}/articles/{entry['stem']}.html"
            write_atomic(reports_root / CATALOG_NAME, json.dumps(catalog, ensure_ascii=False))
        else:
            _write_catalog(reports_root, run_id, entries, stems_of)
        runs = [run for run in read_runs(reports_root) if run.get("run_id") != run_id]
        runs.append(run_line(summary))
        runs.sort(key=lambda run: run["run_id"], reverse=True)
        write_atomic(reports_root / RUNS_NAME, json.dumps(runs, indent=1))
    return runs


# Catalog keys looked up in the run at a time.
_CATALOG_BATCH = 500


def _write_catalog(
    reports_root: Path,
    run_id: str,
    entries: Iterable[dict[str, Any]],
    stems_of: Callable[[list[str]], dict[str, str]],
) -> None:
    """catalog.json as `json.dumps` writes the catalog updated with the run's articles: the
    known articles in their order (those of this run pointing to its pages), then the run's
    new ones."""
    known = load_catalog(reports_root)

    def pair(article_id: str, where: str) -> str:
        return (
            f"{json.dumps(article_id, ensure_ascii=False)}: {json.dumps(where, ensure_ascii=False)}"
        )

    def write(temporary: Path) -> None:
        with open(temporary, "w", encoding="utf-8", newline="") as handle:
            handle.write("{")
            separator = ""
            ids = list(known)
            for start in range(0, len(ids), _CATALOG_BATCH):
                part = ids[start : start + _CATALOG_BATCH]
                ours = stems_of(part)
                for article_id in part:
                    stem = ours.get(article_id)
                    where = known[article_id] if stem is None else f"{run_id}/articles/{stem}.html"
                    handle.write(separator + pair(article_id, where))
                    separator = ", "
            for entry in entries:
                if entry["id"] not in known:
                    where = f"{run_id}/articles/{entry['stem']}.html"
                    handle.write(separator + pair(entry["id"], where))
                    separator = ", "
            handle.write("}")

    write_atomic_with(reports_root / CATALOG_NAME, write)


def problem_keys(findings: Iterable[Finding], code: str) -> list[list[Any]]:
    """The unreadable inputs among `findings` (code `code`) as [path, line, message]."""
    keys = {(f.path, f.line, f.message) for f in findings if f.rule == code}
    return [list(key) for key in sorted(keys)]


def _read_object(path: Path) -> dict[str, Any]:
    """A JSON object from a file, {} when missing or damaged (shared files are rewritten)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def read_checks(reports_root: Path) -> dict[str, Any]:
    return _read_object(reports_root / CHECKS_NAME)


def read_trends(reports_root: Path) -> dict[str, Any]:
    return _read_object(reports_root / TRENDS_NAME)


def note_check(
    reports_root: Path, summary: dict[str, Any], problems: list[list[Any]]
) -> dict[str, Any]:
    """Record a finished check of the inputs in checks.json: a run with a folder, or one that
    found nothing new (which writes no run folder)."""
    with ReportsLock(reports_root):
        checks = read_checks(reports_root)
        quiet = bool(summary.get("nothing_new"))
        checks = {
            "checked_at": summary.get("checked_at") or summary.get("finished_at"),
            "nothing_new": quiet,
            "articles_unchanged": summary.get("articles_unchanged", 0),
            "quiet_checks": checks.get("quiet_checks", 0) + 1 if quiet else 0,
            "last_run_id": checks.get("last_run_id") if quiet else summary["run_id"],
            "problems": problems,
        }
        write_atomic(reports_root / CHECKS_NAME, json.dumps(checks, indent=1))
    return checks


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


# A run's summary for a dashboard (the flow publishes both as Prefect artifacts).

# Rows in the findings table: the full list is in findings.csv; a dashboard needs the top.
MAX_TABLE_ROWS = 500


def findings_table(
    findings: Sequence[Finding], entries: Sequence[dict], run_dir: Path
) -> list[dict[str, Any]]:
    """The findings table: worst first, each with the article report it belongs to."""
    stems = {entry["id"]: entry["stem"] for entry in entries}
    ranked = sorted(findings, key=lambda f: (-SEVERITY_ORDER[f.severity], f.article_id, f.start))
    rows = []
    for finding in ranked[:MAX_TABLE_ROWS]:
        stem = stems.get(finding.article_id)
        rows.append(
            {
                "severity": finding.severity,
                "rule": finding.rule,
                "article": finding.article_id,
                "line": finding.line,
                "text": finding.text,
                "message": finding.message,
                "report": str(run_dir / "articles" / f"{stem}.html") if stem else "",
            }
        )
    return rows


def summary_markdown(summary: dict, entries: Sequence[dict]) -> str:
    counts = summary["findings_by_severity"]
    if summary.get("nothing_new"):
        return (
            f"# claimcheck run {summary['run_id']}\n\nChecked at "
            f"{summary.get('checked_at', '')[11:16]} UTC: nothing new "
            f"({summary['articles_unchanged']} article(s) unchanged); no run folder written.\n"
            f"\nReports: `{summary.get('index_html', '')}`\n"
        )
    lines = [
        f"# claimcheck run {summary['run_id']}",
        "",
        f"**{summary['articles']}** article(s) checked, {summary['articles_unchanged']} "
        f"unchanged; {summary['claims']} claims ({summary.get('claims_checked', 0)} checked); "
        f"**{counts['error']}** error(s), {counts['warning']} warning(s), {counts['info']} "
        f"note(s). Status: {summary.get('status', 'completed')}.",
        "",
        f"Report: `{summary.get('index_html', '')}`",
        "",
    ]
    worst = [e for e in entries if e.get("worst") in ("error", "warning")]
    worst.sort(key=lambda e: (-SEVERITY_ORDER[e["worst"]], -e["findings_by_severity"]["error"]))
    if worst:
        lines += ["## Articles to look at", "", "| article | errors | warnings |", "|---|---|---|"]
        for entry in worst[:15]:
            title = (entry["title"] or entry["id"]).replace("|", "\\|")
            by = entry["findings_by_severity"]
            lines.append(f"| {title} | {by['error']} | {by['warning']} |")
        lines.append("")
    if summary.get("findings_by_rule"):
        lines += ["## Findings by rule", "", "| rule | findings |", "|---|---|"]
        lines += [f"| {rule} | {n} |" for rule, n in summary["findings_by_rule"].items()]
        lines.append("")
    lines += ["## Timings (s)", "", "| stage | seconds |", "|---|---|"]
    lines += [f"| {stage} | {s:.3f} |" for stage, s in summary["timings_seconds"].items()]
    return "\n".join(lines) + "\n"
