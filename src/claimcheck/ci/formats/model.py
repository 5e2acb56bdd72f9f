"""The one internal list every output format renders: findings with spans, fingerprints, tallies."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from claimcheck.ci.suppression import Suppressed
from claimcheck.codes import CATALOG, doc_url, fill
from claimcheck.records import SEVERITY_ORDER, Finding

SEVERITIES = ("error", "warning", "info")
FAIL_LEVELS = ("error", "warning", "info", "never")
TOOL_NAME = "claimcheck"


@dataclass(frozen=True, slots=True)
class RuleInfo:
    """What an output format says about a rule code: its name, summary and documentation."""

    code: str
    name: str
    severity: str
    summary: str
    # The rule's page under the configured docs base ("" when none is configured: formats
    # then leave the link out rather than guess one).
    help_uri: str = ""

    @property
    def doc_uri(self) -> str:
        return self.help_uri


@dataclass(frozen=True, slots=True)
class ReportedFinding:
    """A finding plus what the machine formats need: its end, byte columns, file offsets."""

    finding: Finding
    fingerprint: str = ""
    # Exclusive end, in characters, on the line `end_line` (0 when the finding has no line).
    end_line: int = 0
    end_column: int = 0
    # Start and exclusive end column counted in UTF-8 bytes (reviewdog counts bytes).
    byte_column: int = 0
    byte_end_column: int = 0
    # Offset and length in characters within the file, when the file maps 1:1 to the body.
    char_offset: int | None = None
    char_length: int | None = None
    # "new" or "unchanged" when a baseline was given, else None.
    baseline_state: str | None = None
    # True for a JSON Lines record: only the line is physical, columns count within the body.
    line_only: bool = False

    @property
    def rule(self) -> str:
        return self.finding.rule

    @property
    def severity(self) -> str:
        return self.finding.severity

    @property
    def location(self) -> str:
        return self.finding.path or self.finding.article_id


@dataclass(frozen=True, slots=True)
class ArticleEntry:
    """One article that was checked (JUnit writes one test case per article)."""

    article_id: str
    path: str = ""


@dataclass
class CheckReport:
    """Everything one `claimcheck check` run found, ready for any format."""

    findings: list[ReportedFinding] = field(default_factory=list)
    articles: list[ArticleEntry] = field(default_factory=list)
    suppressed: list[Suppressed] = field(default_factory=list)
    # Findings also in the baseline: not reported as new (SARIF lists them as "unchanged").
    unchanged: list[ReportedFinding] = field(default_factory=list)
    # Baseline results no longer found (SARIF lists them as "absent").
    absent: list[dict[str, Any]] = field(default_factory=list)
    baseline: str | None = None
    fail_level: str = "error"
    rules: dict[str, RuleInfo] = field(default_factory=dict)
    tool_version: str = ""
    # Where the rule pages are published (`docs-url`); None: no links.
    docs_url: str | None = None

    @classmethod
    def from_findings(
        cls, findings: Iterable[Finding], articles_checked: int = 0, **options: Any
    ) -> CheckReport:
        """A report of plain findings (no fingerprints), for callers that have only those."""
        reported = [locate(finding) for finding in findings]
        # The articles are unknown: name those that have findings, then fill up the count.
        seen = {item.finding.article_id: item.finding.path for item in reported}
        articles = [ArticleEntry(article_id, path) for article_id, path in seen.items()]
        articles = articles[:articles_checked]
        articles += [
            ArticleEntry(f"article-{number}")
            for number in range(len(articles) + 1, articles_checked + 1)
        ]
        return cls(findings=reported, articles=articles, **options)

    @property
    def articles_checked(self) -> int:
        return len(self.articles)

    def counts(self) -> dict[str, int]:
        tally = Counter(item.severity for item in self.findings)
        return {level: tally.get(level, 0) for level in SEVERITIES}

    def suppressed_counts(self) -> dict[str, int]:
        inline = sum(1 for item in self.suppressed if item.by == "inline")
        return {
            "inline": inline,
            "waivers": len(self.suppressed) - inline,
            "baseline": len(self.unchanged),
        }

    def fails(self, item: ReportedFinding) -> bool:
        return is_at_or_above(item.severity, self.fail_level)

    @property
    def failing(self) -> list[ReportedFinding]:
        return [item for item in self.findings if self.fails(item)]

    def rule_info(self, code: str) -> RuleInfo:
        info = self.rules.get(code)
        if info is None:
            entry = CATALOG.get(code)
            if entry is not None:
                info = RuleInfo(code, entry.name, entry.level, entry.summary)
            else:
                info = RuleInfo(code, code.lower(), "warning", code)
        if not info.help_uri and self.docs_url:
            info = RuleInfo(
                info.code, info.name, info.severity, info.summary, doc_url(self.docs_url, code)
            )
        return info


def is_at_or_above(severity: str, fail_level: str) -> bool:
    if fail_level == "never":
        return False
    return SEVERITY_ORDER[severity] >= SEVERITY_ORDER[fail_level]


def locate(
    finding: Finding,
    body: str | None = None,
    fingerprint: str = "",
    file_line_starts: Sequence[int] | None = None,
    one_line_record: bool = False,
) -> ReportedFinding:
    """Work out the end position, byte columns and file offsets of a located finding.

    `body` is the article body the offsets refer to; `file_line_starts` the character offset
    of each line of the file (only for files whose lines are the body's lines);
    `one_line_record` for a JSON Lines record, where columns count within the whole body.
    """
    if finding.line <= 0:
        return ReportedFinding(finding, fingerprint)
    text = finding.text
    if body is not None and 0 <= finding.start <= finding.end <= len(body):
        text = body[finding.start : finding.end]
    if one_line_record:
        end_line, end_column = finding.line, finding.column + len(text)
    elif "\n" in text:
        end_line = finding.line + text.count("\n")
        end_column = len(text) - text.rfind("\n")
    else:
        end_line, end_column = finding.line, finding.column + len(text)
    byte_column, byte_end_column = finding.column, end_column
    if body is not None and finding.end <= len(body):
        start_of_line = 0 if one_line_record else body.rfind("\n", 0, finding.start) + 1
        end_of_line = 0 if one_line_record else body.rfind("\n", 0, finding.end) + 1
        byte_column = len(body[start_of_line : finding.start].encode("utf-8")) + 1
        byte_end_column = len(body[end_of_line : finding.end].encode("utf-8")) + 1
    char_offset = char_length = None
    if file_line_starts is not None and not one_line_record and end_line <= len(file_line_starts):
        char_offset = file_line_starts[finding.line - 1] + finding.column - 1
        char_length = file_line_starts[end_line - 1] + end_column - 1 - char_offset
    return ReportedFinding(
        finding,
        fingerprint,
        end_line,
        end_column,
        byte_column,
        byte_end_column,
        char_offset,
        char_length,
        line_only=one_line_record,
    )


def relative_path(path: str, root: Path | None = None) -> str:
    """A file path relative to `root` (the current directory) with forward slashes when it is
    inside it; otherwise the absolute path."""
    if not path:
        return ""
    candidate = Path(path)
    if candidate.is_absolute():
        try:
            candidate = candidate.relative_to(root or Path.cwd())
        except ValueError:
            return candidate.as_posix()
    return candidate.as_posix()


_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def line_starts(text: str) -> list[int]:
    """Character offset of each line of a file's text, whatever its line ends."""
    return [0] + [match.end() for match in _LINE_BREAK.finditer(text)]


def finding_notes(finding: Finding) -> tuple[str, str]:
    """(normalized value, hint) the evidence gives, or "" for each.

    Checks may set `normalized` and `hint` in a finding's evidence; for the built-in checks and
    rule sets that do not, both come from the evidence they carry: the code catalog's templates
    for built-in codes, `stated` and `expected` for rule sets.
    """
    evidence = finding.evidence or {}
    normalized = _text(evidence.get("normalized"))
    hint = _text(evidence.get("hint"))
    entry = CATALOG.get(finding.rule)
    if not normalized:
        normalized = fill(entry.reading, evidence) if entry is not None else ""
    if not normalized and evidence.get("rule_file") and evidence.get("stated"):
        normalized = _text(evidence["stated"])  # a rule set's finding
    if not hint:
        hint = fill(entry.hint, evidence) if entry is not None else ""
    if not hint and evidence.get("expected"):
        source = evidence.get("source")
        hint = f"expected {_text(evidence['expected'])}" + (f" ({source})" if source else "")
    return normalized, hint


def _text(value: Any) -> str:
    if value is None or value == "":
        return ""
    return " ".join(str(value).split())


def as_report(report_or_findings: Any, articles_checked: int | None = None) -> CheckReport:
    """Accept a CheckReport, or (findings, articles_checked) as the first renderers took."""
    if isinstance(report_or_findings, CheckReport):
        return report_or_findings
    return CheckReport.from_findings(report_or_findings, articles_checked or 0)


def tally_line(report: CheckReport) -> str:
    counts = report.counts()
    line = (
        f"{report.articles_checked} article(s) checked: {counts['error']} error(s), "
        f"{counts['warning']} warning(s), {counts['info']} info"
    )
    hidden = report.suppressed_counts()
    extras = []
    if hidden["inline"]:
        extras.append(f"{hidden['inline']} suppressed inline")
    if hidden["waivers"]:
        extras.append(f"{hidden['waivers']} waived")
    if report.baseline is not None:
        extras.append(f"{hidden['baseline']} unchanged since the baseline")
    return line + (f" ({', '.join(extras)})" if extras else "")
