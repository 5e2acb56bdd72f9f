"""`claimcheck run`: the Prefect flow over folders, files or feeds of articles, reports written."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from claimcheck.cli.common import (
    DEFAULT_LEDGER,
    DEFAULT_REPORTS,
    EXIT_CANNOT_RUN,
    EXIT_OK,
    UsageProblem,
    add_selection_options,
    split_codes,
)
from claimcheck.run import DEFAULT_CHUNK_SIZE

NAME = "run"


def add_parser(commands) -> None:
    parser = commands.add_parser(NAME, help="run the Prefect flow and write reports")
    parser.add_argument(
        "paths", nargs="+", metavar="PATH", help="folder, article or JSONL file, RSS/Atom feed"
    )
    parser.add_argument("--reports", metavar="DIR", default=str(DEFAULT_REPORTS))
    parser.add_argument("--rules", metavar="DIR")
    parser.add_argument(
        "--ledger",
        metavar="FILE|URL",
        default=str(DEFAULT_LEDGER),
        help="SQLite file (default) or postgresql://user@host/db",
    )
    parser.add_argument("--chunk-size", type=int, default=DEFAULT_CHUNK_SIZE, metavar="N")
    parser.add_argument(
        "--workers",
        type=int,
        default=0,
        metavar="N",
        help="processes checking articles (default: one per core; 1: none)",
    )
    parser.add_argument(
        "--reports-for",
        choices=("all", "findings"),
        default="all",
        help="write article pages for every article (default) or only those with findings",
    )
    parser.add_argument(
        "--dask-address",
        metavar="ADDRESS",
        default=os.environ.get("CLAIMCHECK_DASK_ADDRESS"),
        help="run the chunks on a Dask cluster (tcp://host:8786; env CLAIMCHECK_DASK_ADDRESS)",
    )
    parser.add_argument("--no-progress", action="store_true", help="no progress bar (logs only)")
    add_selection_options(parser)


def run(args: argparse.Namespace) -> int:
    # A cold local server can take 15 s or more on a small machine: give it room.
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
    from claimcheck.input.inbox import check_inputs

    check_inputs(args.paths)  # fail fast, before Prefect starts, on a missing path
    if args.chunk_size < 1:
        raise UsageProblem("--chunk-size must be at least 1")
    if args.workers < 0:
        raise UsageProblem("--workers must be 0 (one per core) or more")
    if args.rules is not None and not Path(args.rules).is_dir():
        raise UsageProblem(f"{args.rules}: rules directory not found")
    from claimcheck.run.runner import ChunksFailed
    from claimcheck_flows.claimcheck_flow import run_claimcheck

    try:
        summary = run_claimcheck(
            paths=[str(p) for p in args.paths],
            reports_dir=args.reports,
            rules_dir=args.rules,
            ledger_path=args.ledger,
            chunk_size=args.chunk_size,
            select=split_codes(args.select),
            ignore=split_codes(args.ignore),
            progress=not getattr(args, "no_progress", False),
            workers=getattr(args, "workers", 0),
            reports_for=getattr(args, "reports_for", "all"),
            dask_address=getattr(args, "dask_address", None),
        )
    except ChunksFailed as error:
        print(f"claimcheck: run incomplete: {error}", file=sys.stderr)
        return EXIT_CANNOT_RUN
    counts = summary["findings_by_severity"]
    print(
        f"run {summary['run_id']}: {summary['articles']} article(s) checked, "
        f"{summary['articles_unchanged']} unchanged, {summary['claims']} claims, "
        f"{counts['error']} error(s), {counts['warning']} warning(s), {counts['info']} info; "
        f"report: {summary['index_html']}"
    )
    return EXIT_OK
