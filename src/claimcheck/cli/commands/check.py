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

from claimcheck.ci.config import FAIL_LEVELS, FORMATS, Config
from claimcheck.cli.common import (
    EXIT_FINDINGS,
    EXIT_OK,
    UsageProblem,
    add_config_options,
    add_docs_option,
    add_rules_options,
    add_selection_options,
)
from claimcheck.cli.settings import DEFAULT, as_text, read_config, resolve

if TYPE_CHECKING:  # loaded inside the command: `check --help` stays fast
    from claimcheck.pipeline.checker import Checker

NAME = "check"


def add_parser(commands) -> None:
    parser = commands.add_parser(
        NAME,
        help="check articles and print findings (exit 0, 1 on findings, 2 if it cannot run)",
        description=(
            "Check articles (drafts before publication, a pull request's files) and print "
            "findings. Exit code 0: nothing at or above the fail level; 1: something is; 2: "
            "claimcheck could not run (one-line reason on stderr). Settings come from "
            "claimcheck.toml or [tool.claimcheck] in pyproject.toml, found upward from the "
            "current directory; flags win. `claimcheck config` shows what is in force."
        ),
    )
    parser.add_argument(
        "paths", nargs="+", metavar="PATH", help="article files (.md, .txt, .jsonl) or folders"
    )
    parser.add_argument(
        "--format", choices=FORMATS, default=None, help="output format (configured, else text)"
    )
    parser.add_argument(
        "--output", "-o", metavar="FILE", help="write the output to FILE instead of stdout"
    )
    parser.add_argument(
        "--fail-level",
        choices=FAIL_LEVELS,
        default=None,
        help="lowest severity that makes the exit code 1 (configured, else error)",
    )
    add_rules_options(parser)
    ledger = parser.add_mutually_exclusive_group()
    ledger.add_argument(
        "--ledger",
        metavar="FILE|URL",
        help="compare with the articles stored in this claim ledger (configured, else none); "
        "it must exist unless --record creates it",
    )
    ledger.add_argument("--no-ledger", action="store_true", help="use no ledger")
    parser.add_argument(
        "--record", action="store_true", help="store the checked articles in the ledger"
    )
    parser.add_argument(
        "--published",
        metavar="WHEN",
        help="a draft's planned publication time (2026-12-05T09:00): its relative dates are "
        "resolved against it and it is compared with every article in the ledger; without "
        "it a draft with no date keeps its relative dates unresolved (CC001)",
    )
    add_selection_options(parser)
    waivers = parser.add_mutually_exclusive_group()
    waivers.add_argument(
        "--waivers", metavar="FILE", help="waiver file (configured, else ./claimcheck-waivers.yml)"
    )
    waivers.add_argument("--no-waivers", action="store_true", help="apply no waiver file")
    parser.add_argument(
        "--baseline", metavar="FILE", help="previous SARIF or JSON output: report only new findings"
    )
    add_docs_option(parser)
    add_config_options(parser)


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
    docs_url: str | None = None


CHECK_KEYS = (
    "format",
    "fail-level",
    "select",
    "ignore",
    "rules",
    "ledger",
    "waivers",
    "baseline",
    "docs-url",
)


def resolve_settings(args: argparse.Namespace, config: Config, cwd: Path) -> Settings:
    """Flags over the configuration file over defaults; a waiver file named by a flag or the
    configuration must exist, the default one is used when it is there."""
    resolved = resolve(args, config, cwd, NAME, CHECK_KEYS)
    waivers: Path | None = None
    origin = resolved["waivers"].origin
    if args.waivers:
        waivers = Path(args.waivers)
        if not waivers.is_file():
            raise UsageProblem(f"{args.waivers}: waiver file not found")
    elif not args.no_waivers:
        from claimcheck.ci.waivers import find_waiver_file

        waivers = resolved["waivers"].value or find_waiver_file(cwd)
        if origin != DEFAULT and not waivers.is_file():
            raise UsageProblem(f"{waivers}: waiver file not found ({origin})")
    value = {key: setting.value for key, setting in resolved.items()}
    return Settings(
        format=value["format"],
        fail_level=value["fail-level"],
        select=tuple(value["select"]),
        ignore=tuple(value["ignore"]),
        rules=as_text(value["rules"]),
        ledger=as_text(value["ledger"]),
        waivers=waivers,
        baseline=as_text(value["baseline"]),
        docs_url=value["docs-url"],
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


def rule_catalog(rules, docs_url: str | None = None) -> dict:
    """RuleInfo for every code this run can report: the built-in codes and the rule set's,
    each linked to its page under the configured docs base (no link without one)."""
    from claimcheck.ci.formats import RuleInfo
    from claimcheck.codes import CATALOG, doc_url

    catalog = {
        code: RuleInfo(code, entry.name, entry.level, entry.summary, doc_url(docs_url, code))
        for code, entry in CATALOG.items()
    }
    for rule in rules or ():
        summary = " ".join(rule.doc.what.split()) if rule.doc else rule.name
        link = doc_url(docs_url, rule.code)
        catalog[rule.code] = RuleInfo(rule.code, rule.name, rule.level, summary, link)
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


def open_draft_ledger(location: str | None, record: bool):
    """The ledger drafts are compared with. A file that does not exist is a typo unless
    --record is to create it: comparing with an empty ledger would silently find nothing."""
    if not location:
        return None
    from claimcheck.ledger import POSTGRES_SCHEMES, open_ledger

    if not location.startswith(POSTGRES_SCHEMES) and not record:
        path = Path(location.removeprefix("sqlite:///"))
        if not path.exists():
            raise UsageProblem(
                f"{location}: no such ledger (give --record to create it, or --no-ledger)"
            )
    return open_ledger(location)


def planned_publication(text: str | None):
    """--published as an aware datetime (a naive time is UTC), or None."""
    if text is None:
        return None
    from claimcheck.input.articles import parse_published

    when, problem = parse_published(text)
    if when is None:
        raise UsageProblem(f"--published {text!r}: {problem}")
    return when


def as_drafts(records, published):
    """The articles as drafts due at `published`: that is their publication time."""
    if published is None:
        yield from records
        return
    import dataclasses

    from claimcheck.records import Article

    for record in records:
        if isinstance(record, Article):
            record = dataclasses.replace(record, published=published, published_problem="")
        yield record


def check_drafts(args: argparse.Namespace, settings: Settings, rules, report) -> Checker:
    """Check every article into the report; the drafts are compared with the ledger's earlier
    articles and with each other in publication order; with --record, they are stored."""
    import itertools

    from claimcheck.ci.formats import ArticleEntry
    from claimcheck.input.articles import read_articles
    from claimcheck.pipeline.checker import ArticleResult, build_checker

    published = planned_publication(args.published)
    records = as_drafts(read_articles(args.paths), published)
    first = next(records, None)
    if first is None:  # before the ledger is opened: nothing is created for nothing
        raise UsageProblem(f"no articles in {', '.join(map(str, args.paths))}")
    # Compare with what was published before; the draft itself is stored only on --record.
    ledger = open_draft_ledger(settings.ledger, args.record)
    try:
        checker = build_checker(settings.select, settings.ignore, rules, ledger is not None)
        results: list[ArticleResult] = []
        for item in checker.check_all(itertools.chain([first], records)):
            if isinstance(item, ArticleResult):
                results.append(item)
            else:
                report.findings.extend(report_loose_findings([item]))
        # A draft given its planned time is later than everything the ledger holds.
        drafts = published is not None
        for result in compare_drafts(results, ledger, args.record, checker, drafts):
            report.articles.append(ArticleEntry(result.article.id, result.article.path))
            report.findings.extend(report_article(result, report.suppressed))
    finally:
        if ledger is not None:
            ledger.close()
    return checker


def compare_drafts(results: list, ledger, record: bool, checker, drafts: bool = False) -> list:
    """The results with the findings of the ordered comparison (CC201, CC202) added.
    `drafts`: every article the ledger holds counts as earlier than the batch."""
    if ledger is None and len(results) < 2:
        # Nothing earlier to compare with: the ledger's code (identity rules, backends) is
        # not loaded, which keeps the one-draft check fast.
        return results
    from claimcheck.ledger.comparison import OrderedPass, history_of
    from claimcheck.pipeline.checker import ledger_entry_for, with_ledger

    entries = [ledger_entry_for(result, result.content_hash) for result in results]
    compared = OrderedPass(ledger, drafts=drafts).run(entries, record=record and ledger is not None)
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
    from claimcheck.input.articles import require_articles

    cwd = Path.cwd()
    settings = resolve_settings(args, read_config(args, cwd), cwd)
    if args.record and not settings.ledger:
        raise UsageProblem("--record needs --ledger FILE")
    require_articles(args.paths)
    waivers = []
    if settings.waivers is not None:
        from claimcheck.ci.waivers import load_waivers

        waivers = load_waivers(settings.waivers)
    baseline = None
    if settings.baseline:
        from claimcheck.ci.baseline import load_baseline

        baseline = load_baseline(settings.baseline)
    rules = rule_set(settings.rules)
    report = CheckReport(
        fail_level=settings.fail_level, tool_version=__version__, docs_url=settings.docs_url
    )
    checker = check_drafts(args, settings, rules, report)
    apply_waiver_file(report, waivers, checker.selected)
    compare_with_baseline(report, baseline)
    if settings.format == "sarif":
        report.rules = rule_catalog(rules, settings.docs_url)
    write_output(settings.format, report, args.output)
    return EXIT_FINDINGS if report.failing else EXIT_OK
