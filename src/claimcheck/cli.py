"""The `claimcheck` command: extract, check, run, ledger. `check` never imports prefect."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from claimcheck.records import SEVERITY_ORDER
from claimcheck.selection import make_selector

EXIT_OK, EXIT_FINDINGS, EXIT_CANNOT_RUN = 0, 1, 2
DEFAULT_LEDGER = Path(".claimcheck") / "ledger.sqlite"
DEFAULT_REPORTS = Path("reports")


class UsageProblem(Exception):
    """claimcheck cannot run as asked (bad option, unreadable input, invalid rules)."""


def _split_codes(values: Sequence[str] | None) -> list[str]:
    return [code for value in values or () for code in value.split(",") if code]


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="claimcheck",
        description="Check the numbers, dates and units in news articles.",
    )
    commands = parser.add_subparsers(dest="command", required=True)

    extract = commands.add_parser("extract", help="print the claims found in articles")
    extract.add_argument("paths", nargs="+", metavar="PATH")
    extract.add_argument("--format", choices=("json", "jsonl"), default="json")

    check = commands.add_parser("check", help="check articles and print findings")
    check.add_argument("paths", nargs="+", metavar="PATH")
    check.add_argument("--format", choices=("text", "json"), default="text")
    check.add_argument(
        "--fail-level", choices=("error", "warning", "info", "never"), default="error"
    )
    check.add_argument("--rules", metavar="DIR", help="rule set directory")
    ledger_group = check.add_mutually_exclusive_group()
    ledger_group.add_argument("--ledger", metavar="FILE", help="compare with this claim ledger")
    ledger_group.add_argument("--no-ledger", action="store_true", help="use no ledger")
    check.add_argument("--record", action="store_true", help="store the articles in the ledger")
    check.add_argument("--select", action="append", metavar="CODES")
    check.add_argument("--ignore", action="append", metavar="CODES")

    run = commands.add_parser("run", help="run the Prefect flow and write reports")
    run.add_argument("paths", nargs="+", metavar="PATH")
    run.add_argument("--reports", metavar="DIR", default=str(DEFAULT_REPORTS))
    run.add_argument("--rules", metavar="DIR")
    run.add_argument("--ledger", metavar="FILE", default=str(DEFAULT_LEDGER))
    run.add_argument("--chunk-size", type=int, default=200, metavar="N")
    run.add_argument("--select", action="append", metavar="CODES")
    run.add_argument("--ignore", action="append", metavar="CODES")

    ledger = commands.add_parser("ledger", help="inspect the claim ledger")
    ledger_commands = ledger.add_subparsers(dest="ledger_command", required=True)
    stats = ledger_commands.add_parser("stats", help="count stored articles and claims")
    stats.add_argument("--ledger", metavar="FILE", default=str(DEFAULT_LEDGER))
    stats.add_argument("--format", choices=("text", "json"), default="text")
    show = ledger_commands.add_parser("show", help="list what is stored for an article")
    show.add_argument("article_id")
    show.add_argument("--ledger", metavar="FILE", default=str(DEFAULT_LEDGER))
    show.add_argument("--format", choices=("text", "json"), default="text")
    return parser


def _command_extract(args: argparse.Namespace) -> int:
    from claimcheck.articles import InputProblem, read_articles
    from claimcheck.extract import extract_claims

    claims = []
    problems = 0
    for record in read_articles(args.paths):
        if isinstance(record, InputProblem):
            problems += 1
            print(f"{record.path}:{record.line}: {record.message}", file=sys.stderr)
            continue
        claims.extend(claim.to_dict() for claim in extract_claims(record))
    if args.format == "jsonl":
        sys.stdout.write("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in claims))
    else:
        sys.stdout.write(json.dumps(claims, ensure_ascii=False, indent=2) + "\n")
    return EXIT_CANNOT_RUN if problems and not claims else EXIT_OK


def _command_check(args: argparse.Namespace) -> int:
    from claimcheck.articles import read_articles
    from claimcheck.formats import RENDERERS
    from claimcheck.pipeline import ArticleResult, Checker

    if args.record and not args.ledger:
        raise UsageProblem("--record needs --ledger FILE")
    selector = make_selector(_split_codes(args.select), _split_codes(args.ignore))
    checker = Checker(selected=selector, extra_checks=_extra_checks(args.rules))
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


def _extra_checks(rules_dir: str | None) -> list:
    if rules_dir is None:
        return []
    path = Path(rules_dir)
    if not path.is_dir():
        raise UsageProblem(f"{rules_dir}: rules directory not found")
    from claimcheck.rules import load_rules

    return [load_rules(path).check]


def _command_run(args: argparse.Namespace) -> int:
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
    from claimcheck.articles import expand_paths

    expand_paths(args.paths)  # fail fast, before Prefect starts, on a missing path
    if args.chunk_size < 1:
        raise UsageProblem("--chunk-size must be at least 1")
    if args.rules is not None and not Path(args.rules).is_dir():
        raise UsageProblem(f"{args.rules}: rules directory not found")
    from flows.claimcheck_flow import claimcheck_run

    summary = claimcheck_run(
        paths=[str(p) for p in args.paths],
        reports_dir=args.reports,
        rules_dir=args.rules,
        ledger_path=args.ledger,
        chunk_size=args.chunk_size,
        select=_split_codes(args.select),
        ignore=_split_codes(args.ignore),
    )
    counts = summary["findings_by_severity"]
    print(
        f"run {summary['run_id']}: {summary['articles']} article(s) checked, "
        f"{summary['articles_unchanged']} unchanged, {summary['claims']} claims, "
        f"{counts['error']} error(s), {counts['warning']} warning(s), {counts['info']} info; "
        f"reports in {summary['reports_dir']}"
    )
    return EXIT_OK


def _command_ledger(args: argparse.Namespace) -> int:
    from claimcheck.ledger import open_ledger

    if not Path(args.ledger).exists():
        raise UsageProblem(f"{args.ledger}: no such ledger file")
    with open_ledger(args.ledger) as ledger:
        if args.ledger_command == "stats":
            stats = ledger.stats()
            if args.format == "json":
                print(json.dumps(stats))
            else:
                print(f"{stats['articles']} articles, {stats['claims']} claims")
            return EXIT_OK
        article = ledger.article(args.article_id)
        if article is None:
            raise UsageProblem(f"{args.article_id}: not in the ledger")
        claims = ledger.article_claims(args.article_id)
    if args.format == "json":
        print(json.dumps({"article": article, "claims": claims}, indent=2, default=str))
    else:
        print(f"{article['id']} ({article['source']}, published {article['published']})")
        for claim in claims:
            print(f"  {claim['start']}-{claim['end']} {claim['kind']}: {claim['text']}")
    return EXIT_OK


_COMMANDS = {
    "extract": _command_extract,
    "check": _command_check,
    "run": _command_run,
    "ledger": _command_ledger,
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = _build_parser()
    args = parser.parse_args(argv)
    from claimcheck.articles import InputError
    from claimcheck.ledger import LedgerError

    try:
        return _COMMANDS[args.command](args)
    except (UsageProblem, InputError, LedgerError) as error:
        print(f"claimcheck: {error}", file=sys.stderr)
        return EXIT_CANNOT_RUN
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
