"""`claimcheck check`: check drafts CI-style, print findings, exit 0/1/2. Never imports prefect.

Layers between the checks and the output, in order: selection by code (--select/--ignore),
inline suppression comments in the draft, the waiver file, then the baseline (only findings
that are new since it are reported and can fail the run).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from claimcheck.ci.config import FAIL_LEVELS, FORMATS, Config, load_config, load_config_file
from claimcheck.cli.common import (
    EXIT_FINDINGS,
    EXIT_OK,
    UsageProblem,
    add_selection_options,
    split_codes,
)

if TYPE_CHECKING:  # loaded inside the command: `check --help` stays fast
    from claimcheck.pipeline.checker import Checker

NAME = "check"


def add_parser(commands) -> None:
    parser = commands.add_parser(
        NAME,
        help="check articles and print findings",
        description=(
            "Check articles and print findings. Exit code 0: nothing at or above the fail "
            "level; 1: something is; 2: claimcheck could not run (reason on stderr). Settings "
            "come from claimcheck.toml or [tool.claimcheck] in pyproject.toml; flags win."
        ),
    )
    parser.add_argument("paths", nargs="+", metavar="PATH")
    parser.add_argument("--format", choices=FORMATS, default=None, help="output format (text)")
    parser.add_argument("--output", "-o", metavar="FILE", help="write the output to FILE")
    parser.add_argument(
        "--fail-level",
        choices=FAIL_LEVELS,
        default=None,
        help="lowest severity that makes the exit code 1 (error)",
    )
    parser.add_argument("--rules", metavar="DIR", help="rule set directory")
    ledger = parser.add_mutually_exclusive_group()
    ledger.add_argument("--ledger", metavar="FILE|URL", help="compare with this claim ledger")
    ledger.add_argument("--no-ledger", action="store_true", help="use no ledger")
    parser.add_argument("--record", action="store_true", help="store the articles in the ledger")
    add_selection_options(parser)
    waivers = parser.add_mutually_exclusive_group()
    waivers.add_argument(
        "--waivers", metavar="FILE", help="waiver file (default: ./claimcheck-waivers.yml)"
    )
    waivers.add_argument("--no-waivers", action="store_true", help="apply no waiver file")
    parser.add_argument(
        "--baseline", metavar="FILE", help="previous SARIF or JSON output: report only new findings"
    )
    config = parser.add_mutually_exclusive_group()
    config.add_argument("--config", metavar="FILE", help="configuration file to use")
    config.add_argument("--no-config", action="store_true", help="ignore configuration files")


@dataclass(frozen=True)
class Settings:
    """The options in force: command-line flags over the configuration file over defaults."""

    format: str
    fail_level: str
    select: tuple[str, ...]
    ignore: tuple[str, ...]
    rules: str | None
    ledger: str | None
    waivers: Path | None
    baseline: str | None


def resolve_settings(args: argparse.Namespace, config: Config, cwd: Path) -> Settings:
    def pick(flag, configured, default=None):
        if flag is not None:
            return flag
        return configured if configured is not None else default

    def as_text(path: Path | str | None) -> str | None:
        return str(path) if path is not None else None

    select = tuple(split_codes(args.select)) if args.select else config.select
    ignore = tuple(split_codes(args.ignore)) if args.ignore else config.ignore
    ledger = None if args.no_ledger else pick(args.ledger, as_text(config.ledger))
    waivers: Path | None = None
    if args.waivers:
        waivers = Path(args.waivers)
        if not waivers.is_file():
            raise UsageProblem(f"{args.waivers}: waiver file not found")
    elif not args.no_waivers:
        from claimcheck.ci.waivers import find_waiver_file

        waivers = config.waivers or find_waiver_file(cwd)
        if config.waivers is not None and not config.waivers.is_file():
            raise UsageProblem(f"{config.waivers}: waiver file not found ({config.path})")
    return Settings(
        format=pick(args.format, config.format, "text"),
        fail_level=pick(args.fail_level, config.fail_level, "error"),
        select=select,
        ignore=ignore,
        rules=pick(args.rules, as_text(config.rules)),
        ledger=ledger,
        waivers=waivers,
        baseline=pick(args.baseline, as_text(config.baseline)),
    )


def rule_set(rules_dir: str | None):
    """The loaded rule set, or None without --rules; a bad rule set stops claimcheck (exit 2)."""
    if rules_dir is None:
        return None
    path = Path(rules_dir)
    if not path.is_dir():
        raise UsageProblem(f"{rules_dir}: rules directory not found")
    from claimcheck.rules import RuleError, load_rules

    try:
        return load_rules(path)
    except RuleError as error:
        raise UsageProblem(str(error)) from error


def rule_catalog(rules) -> dict:
    """RuleInfo for every code this run can report: the built-in codes and the rule set's."""
    from claimcheck.ci.formats import RuleInfo
    from claimcheck.codes import CATALOG

    catalog = {
        code: RuleInfo(code, entry.name, entry.level, entry.summary)
        for code, entry in CATALOG.items()
    }
    for rule in rules or ():
        summary = " ".join(rule.doc.what.split()) if rule.doc else rule.name
        catalog[rule.code] = RuleInfo(rule.code, rule.name, rule.level, summary)
    return catalog


def _file_line_starts(article) -> list[int] | None:
    """Offsets of each line of the article's file, when its lines are the body's lines."""
    if article.record_line or not article.path:
        return None
    from claimcheck.ci.formats.model import line_starts

    try:
        text = Path(article.path).read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    return line_starts(text.removeprefix("\ufeff"))


def report_article(result, suppressed: list) -> list:
    """The article's findings, fingerprinted and located, minus those suppressed inline."""
    from claimcheck.ci.fingerprint import fingerprint_findings
    from claimcheck.ci.formats.model import locate
    from claimcheck.ci.suppression import apply_inline_suppressions
    from claimcheck.input.text import split_sentences

    findings = result.findings
    if not findings:
        return []
    article = result.article
    prints = fingerprint_findings(findings, article.body, split_sentences(article.body))
    kept, dropped = apply_inline_suppressions(article.body, findings)
    suppressed.extend(dropped)
    starts = _file_line_starts(article)
    return [
        locate(
            findings[i], article.body, prints[i], starts, one_line_record=bool(article.record_line)
        )
        for i in kept
    ]


def report_loose_findings(findings: Iterable) -> list:
    """Findings with no article body to point into (unreadable records, expired waivers)."""
    from claimcheck.ci.fingerprint import fingerprint_findings
    from claimcheck.ci.formats.model import locate

    findings = list(findings)
    prints = fingerprint_findings(findings)
    return [
        locate(finding, None, fingerprint)
        for finding, fingerprint in zip(findings, prints, strict=True)
    ]


def read_config(args: argparse.Namespace, cwd: Path) -> Config:
    """The configuration file in force: --config, none with --no-config, else found upward."""
    if args.config:
        return load_config_file(Path(args.config))
    if args.no_config:
        return Config()
    return load_config(cwd)


def check_drafts(args: argparse.Namespace, settings: Settings, rules, report) -> Checker:
    """Check every article into the report; the drafts are compared with the ledger's earlier
    articles and with each other in publication order; with --record, they are stored."""
    from claimcheck.ci.formats import ArticleEntry
    from claimcheck.input.articles import read_articles
    from claimcheck.pipeline.checker import ArticleResult, build_checker

    checker = build_checker(settings.select, settings.ignore, rules)
    results: list[ArticleResult] = []
    for item in checker.check_all(read_articles(args.paths)):
        if isinstance(item, ArticleResult):
            results.append(item)
        else:
            report.findings.extend(report_loose_findings([item]))
    for result in compare_drafts(results, settings.ledger, args.record, checker):
        report.articles.append(ArticleEntry(result.article.id, result.article.path))
        report.findings.extend(report_article(result, report.suppressed))
    return checker


def compare_drafts(results: list, ledger_location: str | None, record: bool, checker) -> list:
    """The results with the findings of the ordered comparison (CC201, CC202) added."""
    from claimcheck.ledger.comparison import OrderedPass, history_of
    from claimcheck.pipeline.checker import ledger_entry_for, with_ledger

    if not results:
        return results
    ledger = None
    if ledger_location:
        from claimcheck.ledger import open_ledger

        ledger = open_ledger(ledger_location)
    try:
        entries = [ledger_entry_for(result, result.content_hash) for result in results]
        compared = OrderedPass(ledger).run(entries, record=record and ledger is not None)
    finally:
        if ledger is not None:
            ledger.close()
    out = []
    for result in results:
        recorded = compared.get(result.article.id)
        if recorded is not None:
            result = with_ledger(result, recorded.findings, history_of(recorded), checker.selected)
        out.append(result)
    return out


def apply_waiver_file(report, waivers: list, selected) -> None:
    """Waived findings leave the report; expired waivers are reported (CC003) when selected."""
    if not waivers:
        return
    from claimcheck.ci.waivers import apply_waivers

    pairs = [(entry.finding, entry.fingerprint) for entry in report.findings]
    kept, waived, expired = apply_waivers(waivers, pairs)
    report.findings = [report.findings[i] for i in kept]
    report.suppressed.extend(waived)
    if selected is not None:
        expired = [finding for finding in expired if selected(finding.rule)]
    report.findings.extend(report_loose_findings(expired))


def compare_with_baseline(report, baseline) -> None:
    """Only findings new since the baseline stay reported; the others are listed unchanged."""
    if baseline is None:
        return
    import dataclasses

    report.baseline = baseline.path
    new, unchanged = [], []
    for entry in report.findings:
        state = "unchanged" if entry.fingerprint in baseline else "new"
        entry = dataclasses.replace(entry, baseline_state=state)
        (unchanged if state == "unchanged" else new).append(entry)
    report.findings, report.unchanged = new, unchanged
    report.absent = baseline.absent({entry.fingerprint for entry in unchanged})


def write_output(format_name: str, report, output: str | None) -> None:
    from claimcheck.ci.formats import render

    text = render(format_name, report)
    if output:
        try:
            Path(output).write_text(text, encoding="utf-8")
        except OSError as error:
            raise UsageProblem(f"{output}: cannot write: {error.strerror or error}") from error
    else:
        sys.stdout.write(text)
    if format_name == "github":
        from claimcheck.ci.formats.github import write_step_summary

        write_step_summary(report)


def run(args: argparse.Namespace) -> int:
    from claimcheck import __version__
    from claimcheck.ci.formats import CheckReport

    cwd = Path.cwd()
    settings = resolve_settings(args, read_config(args, cwd), cwd)
    if args.record and not settings.ledger:
        raise UsageProblem("--record needs --ledger FILE")
    waivers = []
    if settings.waivers is not None:
        from claimcheck.ci.waivers import load_waivers

        waivers = load_waivers(settings.waivers)
    baseline = None
    if settings.baseline:
        from claimcheck.ci.baseline import load_baseline

        baseline = load_baseline(settings.baseline)
    rules = rule_set(settings.rules)
    report = CheckReport(fail_level=settings.fail_level, tool_version=__version__)
    checker = check_drafts(args, settings, rules, report)
    apply_waiver_file(report, waivers, checker.selected)
    compare_with_baseline(report, baseline)
    if settings.format == "sarif":
        report.rules = rule_catalog(rules)
    write_output(settings.format, report, args.output)
    return EXIT_FINDINGS if report.failing else EXIT_OK
