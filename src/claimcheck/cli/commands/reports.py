"""`claimcheck reports prune`: remove old runs from a reports folder."""

from __future__ import annotations

import argparse
from pathlib import Path

from claimcheck.cli.common import EXIT_OK, UsageProblem, add_config_options
from claimcheck.cli.settings import read_config, resolve

NAME = "reports"


def add_parser(commands) -> None:
    parser = commands.add_parser(
        NAME,
        help="manage a reports folder: remove old runs",
        description="Manage the reports folder `run` and `serve` write into.",
    )
    actions = parser.add_subparsers(dest="reports_command", required=True, metavar="ACTION")
    prune = actions.add_parser(
        "prune",
        help="remove old run folders",
        description="Remove run folders outside the newest N (--keep) and, if --older-than "
        "is given too, older than that; the newest run always stays. runs.json, catalog.json "
        "and the index of runs are updated. Runs with nothing new leave no folder to prune.",
    )
    prune.add_argument("--keep", type=int, metavar="N", help="keep the newest N runs")
    prune.add_argument(
        "--older-than", metavar="AGE", help="remove runs older than AGE: 30d, 12h, 2w"
    )
    prune.add_argument(
        "--reports",
        metavar="DIR",
        help="reports folder (configured, else reports/ in the project)",
    )
    prune.add_argument(
        "--dry-run", action="store_true", help="list what would be removed, remove nothing"
    )
    add_config_options(prune)


def run(args: argparse.Namespace) -> int:
    from claimcheck.report.prune import parse_age, prune_runs

    cwd = Path.cwd()
    reports = Path(resolve(args, read_config(args, cwd), cwd, "run", ["reports"])["reports"].value)
    if not reports.is_dir():
        raise UsageProblem(f"{reports}: no such reports folder")
    age = parse_age(args.older_than) if args.older_than else None
    result = prune_runs(reports, keep=args.keep, older_than=age, dry_run=args.dry_run)
    verb = "would remove" if args.dry_run else "removed"
    for run_id in result.removed:
        print(f"{verb} {reports / run_id}")
    print(f"{verb} {len(result.removed)} run(s), kept {len(result.kept)} in {reports}")
    return EXIT_OK
