"""`claimcheck serve`: the run flow on a schedule (Prefect), never two runs at once."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from claimcheck.cli.common import (
    DEFAULT_LEDGER,
    DEFAULT_REPORTS,
    EXIT_OK,
    UsageProblem,
    add_selection_options,
    split_codes,
)
from claimcheck.run import DEFAULT_CHUNK_SIZE

NAME = "serve"


def add_parser(commands) -> None:
    parser = commands.add_parser(
        NAME,
        help="run claimcheck on a schedule over whatever arrived since the last run",
        description="Serve the claimcheck flow on a schedule with Prefect. A run due while "
        "the previous one is still going is cancelled: runs never overlap.",
    )
    parser.add_argument(
        "paths", nargs="+", metavar="PATH", help="inbox folder, JSONL file, RSS/Atom feed"
    )
    when = parser.add_mutually_exclusive_group(required=True)
    when.add_argument("--cron", metavar="EXPR", help='cron schedule, e.g. "*/15 * * * *"')
    when.add_argument("--interval", type=float, metavar="SECONDS", help="e.g. 900")
    parser.add_argument("--name", default="claimcheck-inbox", help="deployment name")
    parser.add_argument("--reports", metavar="DIR", default=str(DEFAULT_REPORTS))
    parser.add_argument("--rules", metavar="DIR")
    parser.add_argument("--ledger", metavar="FILE", default=str(DEFAULT_LEDGER))
    parser.add_argument("--chunk-size", type=int, default=DEFAULT_CHUNK_SIZE, metavar="N")
    parser.add_argument(
        "--settle",
        type=float,
        default=5.0,
        metavar="SECONDS",
        help="leave files changed less than this long ago for the next run (default 5)",
    )
    add_selection_options(parser)


def _absolute(spec: str) -> str:
    # Runs start in their own process: relative paths would depend on where that starts.
    if spec.lower().startswith(("http://", "https://")):
        return spec
    return str(Path(spec).resolve())


def deployment_from_args(args: argparse.Namespace):
    """The Prefect deployment for these arguments (checked first, before Prefect loads)."""
    from claimcheck.input.inbox import check_inputs

    check_inputs(args.paths)
    if args.chunk_size < 1:
        raise UsageProblem("--chunk-size must be at least 1")
    if args.interval is not None and args.interval < 1:
        raise UsageProblem("--interval must be at least 1 second")
    if args.rules is not None and not Path(args.rules).is_dir():
        raise UsageProblem(f"{args.rules}: rules directory not found")
    if args.cron is not None and len(args.cron.split()) not in (5, 6):
        raise UsageProblem(f"--cron {args.cron!r}: expected 5 fields, e.g. '*/15 * * * *'")
    from claimcheck_flows.schedule import scheduled_deployment

    try:
        return scheduled_deployment(
            [_absolute(p) for p in args.paths],
            cron=args.cron,
            interval=args.interval,
            name=args.name,
            reports_dir=_absolute(args.reports),
            rules_dir=_absolute(args.rules) if args.rules else None,
            ledger_path=_absolute(args.ledger),
            chunk_size=args.chunk_size,
            select=split_codes(args.select),
            ignore=split_codes(args.ignore),
            settle_seconds=args.settle,
        )
    except ValueError as error:  # e.g. a cron expression Prefect cannot read
        raise UsageProblem(f"cannot schedule: {error}") from error


def run(args: argparse.Namespace) -> int:
    deployment = deployment_from_args(args)
    from claimcheck_flows.schedule import configured_api_url, serve_deployment

    if not configured_api_url():
        print(
            "claimcheck: PREFECT_API_URL is not set: serving against a temporary Prefect "
            "server that stops with this process (no UI). See docs/scheduling.md.",
            file=sys.stderr,
        )
    serve_deployment(deployment)
    return EXIT_OK
