"""`claimcheck check`: check drafts CI-style, print findings, exit 0/1/2. Never imports prefect."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from claimcheck.commands.common import (
    EXIT_FINDINGS,
    EXIT_OK,
    UsageProblem,
    add_selection_options,
    split_codes,
)
from claimcheck.records import SEVERITY_ORDER

NAME = "check"


def add_parser(commands) -> None:
    parser = commands.add_parser(NAME, help="check articles and print findings")
    parser.add_argument("paths", nargs="+", metavar="PATH")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument(
        "--fail-level", choices=("error", "warning", "info", "never"), default="error"
    )
    parser.add_argument("--rules", metavar="DIR", help="rule set directory")
    ledger = parser.add_mutually_exclusive_group()
    ledger.add_argument("--ledger", metavar="FILE", help="compare with this claim ledger")
    ledger.add_argument("--no-ledger", action="store_true", help="use no ledger")
    parser.add_argument("--record", action="store_true", help="store the articles in the ledger")
    add_selection_options(parser)


def rule_checks(rules_dir: str | None) -> list:
    """The rule set's check as an extra pipeline stage, or nothing without --rules."""
    if rules_dir is None:
        return []
    path = Path(rules_dir)
    if not path.is_dir():
        raise UsageProblem(f"{rules_dir}: rules directory not found")
    from claimcheck.rules import load_rules

    return [load_rules(path).check]


def run(args: argparse.Namespace) -> int:
    from claimcheck.articles import read_articles
    from claimcheck.formats import RENDERERS
    from claimcheck.pipeline import ArticleResult, Checker
    from claimcheck.selection import make_selector

    if args.record and not args.ledger:
        raise UsageProblem("--record needs --ledger FILE")
    selector = make_selector(split_codes(args.select), split_codes(args.ignore))
    checker = Checker(selected=selector, extra_checks=rule_checks(args.rules))
    ledger = None
    if args.ledger:
        from claimcheck.ledger import open_ledger

        ledger = open_ledger(args.ledger)
    findings = []
    recorded = []
    articles_checked = 0
    for item in checker.check_all(read_articles(args.paths)):
        if isinstance(item, ArticleResult):
            articles_checked += 1
            findings.extend(item.findings)
            if args.record:
                recorded.append((item.article, item.content_hash, item.claims))
        else:
            findings.append(item)
    if ledger is not None:
        if recorded:
            ledger.record(recorded)
        ledger.close()
    sys.stdout.write(RENDERERS[args.format](findings, articles_checked))
    if args.fail_level == "never":
        return EXIT_OK
    threshold = SEVERITY_ORDER[args.fail_level]
    failing = any(SEVERITY_ORDER[f.severity] >= threshold for f in findings)
    return EXIT_FINDINGS if failing else EXIT_OK
