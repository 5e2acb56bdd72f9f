"""The `claimcheck rules` command: validate, list, test and document a rule set."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

DEFAULT_RULES_DIR = "rules"
DEFAULT_DOCS_DIR = "docs/rules"
EXIT_OK, EXIT_FAILED, EXIT_CANNOT_RUN = 0, 1, 2


NAME = "rules"


def add_parser(commands: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Add `rules validate|list|test|doc [DIR]` to the top-level subcommands."""
    rules = commands.add_parser(
        "rules",
        help="validate, list, test and document a rule set",
        description="A newsroom's rule set: one YAML rule per file (docs/rules.md).",
    )
    actions = rules.add_subparsers(dest="rules_command", required=True, metavar="ACTION")
    folder = f"the rule set's folder (default: {DEFAULT_RULES_DIR})"
    for name, text in (
        ("validate", "check every rule file strictly (exit 2 on the first problem)"),
        ("list", "print code, kind, level and file of each rule"),
        ("test", "run every rule's fail/pass cases"),
    ):
        action = actions.add_parser(name, help=text, description=text[:1].upper() + text[1:] + ".")
        action.add_argument("dir", nargs="?", default=DEFAULT_RULES_DIR, metavar="DIR", help=folder)
    doc = actions.add_parser(
        "doc",
        help="write one Markdown page per rule plus an index",
        description="Write one Markdown page per rule and per built-in code, plus an index.",
    )
    doc.add_argument("dir", nargs="?", default=DEFAULT_RULES_DIR, metavar="DIR", help=folder)
    doc.add_argument("--out", default=DEFAULT_DOCS_DIR, metavar="DIR", help="where the pages go")
    return rules


def run(args: argparse.Namespace) -> int:
    from claimcheck.rules import RuleError, load_rules

    directory = Path(args.dir)
    try:
        if not directory.exists():
            raise RuleError(directory, 0, None, "no such rules directory")
        rule_set = load_rules(directory)
    except RuleError as error:
        # FILE:LINE: key 'x': problem, so editors can jump to it.
        print(error, file=sys.stderr)
        return EXIT_CANNOT_RUN
    command = args.rules_command
    if command == "validate":
        print(f"{len(rule_set)} rule(s) in {directory}: valid")
        return EXIT_OK
    if command == "list":
        for rule in rule_set:
            print(f"{rule.code}\t{rule.kind}\t{rule.level}\t{rule.path}")
        return EXIT_OK
    if command == "test":
        return _run_cases(rule_set)
    from claimcheck.rules.docs import write_docs

    written = write_docs(rule_set.rules, Path(args.out), directory)
    print(f"wrote {len(written)} page(s) to {args.out}")
    return EXIT_OK


def _run_cases(rule_set: object) -> int:
    from claimcheck.rules.cases import run_cases

    results = run_cases(rule_set)
    failed = [result for result in results if not result.ok]
    for result in failed:
        print(result.explain())
    print(f"{len(results) - len(failed)} of {len(results)} case(s) behave as declared")
    return EXIT_FAILED if failed else EXIT_OK
