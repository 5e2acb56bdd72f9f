"""`claimcheck run`: the Prefect flow over folders, files or feeds of articles, reports written."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from claimcheck.commands.common import (
    DEFAULT_LEDGER,
    DEFAULT_REPORTS,
    EXIT_CANNOT_RUN,
    EXIT_OK,
    UsageProblem,
    add_selection_options,
    split_codes,
)

NAME = "run"


def add_parser(commands) -> None:
    parser = commands.add_parser(NAME, help="run the Prefect flow and write reports")
    parser.add_argument(
        "paths", nargs="+", metavar="PATH", help="folder, article or JSONL file, RSS/Atom feed"
    )
    parser.add_argument("--reports", metavar="DIR", default=str(DEFAULT_REPORTS))
    parser.add_argument("--rules", metavar="DIR")
    parser.add_argument("--ledger", metavar="FILE", default=str(DEFAULT_LEDGER))
    parser.add_argument("--chunk-size", type=int, default=200, metavar="N")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar (logs only)")
    add_selection_options(parser)


def run(args: argparse.Namespace) -> int:
    # A cold local server can take 15 s or more on a small machine: give it room.
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
    from claimcheck.inbox import check_inputs

    check_inputs(args.paths)  # fail fast, before Prefect starts, on a missing path
    if args.chunk_size < 1:
        raise UsageProblem("--chunk-size must be at least 1")
    if args.rules is not None and not Path(args.rules).is_dir():
        raise UsageProblem(f"{args.rules}: rules directory not found")
    from flows.claimcheck_flow import ChunksFailed, claimcheck_run

    try:
        summary = claimcheck_run(
            paths=[str(p) for p in args.paths],
            reports_dir=args.reports,
            rules_dir=args.rules,
            ledger_path=args.ledger,
            chunk_size=args.chunk_size,
            select=split_codes(args.select),
            ignore=split_codes(args.ignore),
            progress=not getattr(args, "no_progress", False),
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
