"""`claimcheck serve`: the run flow on a schedule (Prefect), never two runs at once.

With PREFECT_API_URL set (environment or Prefect profile) the schedule is served against that
server; without, `serve` starts and supervises a local one (`claimcheck.cli.local_server`).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from claimcheck.cli.commands.run import RUN_KEYS, add_run_options
from claimcheck.cli.common import EXIT_OK, UsageProblem
from claimcheck.cli.settings import STATE_FOLDER, project_root, read_config, resolve

NAME = "serve"
DEFAULT_DEPLOYMENT_NAME = "claimcheck-inbox"
# Where the local server keeps its database and log, under the project's state folder.
LOCAL_SERVER_HOME = "prefect"


def add_parser(commands) -> None:
    parser = commands.add_parser(
        NAME,
        help="run claimcheck on a schedule over whatever arrived since the last run",
        description="Serve the claimcheck flow on a schedule with Prefect. Each run checks "
        "what arrived since the last one; a run due while the previous one is still going is "
        "cancelled, so runs never overlap. With PREFECT_API_URL set the schedule lives on "
        "that server; without, serve starts a local Prefect server (loopback, its home in "
        ".claimcheck/prefect/) and stops it when serving stops (Ctrl-C or SIGTERM).",
    )
    parser.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="inbox folder, JSON Lines file, RSS/Atom feed file or URL (an empty inbox is fine)",
    )
    when = parser.add_mutually_exclusive_group(required=True)
    when.add_argument("--cron", metavar="EXPR", help='cron schedule, e.g. "*/15 * * * *"')
    when.add_argument(
        "--interval", type=float, metavar="SECONDS", help="seconds between runs, e.g. 900"
    )
    parser.add_argument(
        "--name", default=DEFAULT_DEPLOYMENT_NAME, help="deployment name in Prefect"
    )
    parser.add_argument(
        "--settle",
        type=float,
        default=5.0,
        metavar="SECONDS",
        help="leave files changed less than this long ago for the next run, as they may "
        "still be being copied",
    )
    add_run_options(parser)


def absolute(spec: str) -> str:
    """Runs start in their own process: a relative path would depend on where that starts.
    URLs (feeds, postgresql://, sqlite:///) are kept as written."""
    if "://" in spec:
        return spec
    return str(Path(spec).resolve())


def deployment_from_args(args: argparse.Namespace):
    """The Prefect deployment for these arguments (checked first, before Prefect loads)."""
    from claimcheck.cli.preflight import preflight

    cwd = Path.cwd()
    settings = resolve(args, read_config(args, cwd), cwd, NAME, RUN_KEYS)
    # An inbox may well be empty when serving starts: each run picks up what has arrived.
    plan = preflight([str(p) for p in args.paths], settings, require_articles=False)
    if args.interval is not None and args.interval < 1:
        raise UsageProblem("--interval must be at least 1 second")
    if args.cron is not None and len(args.cron.split()) not in (5, 6):
        raise UsageProblem(f"--cron {args.cron!r}: expected 5 fields, e.g. '*/15 * * * *'")
    parameters = plan.flow_parameters()
    parameters["paths"] = [absolute(p) for p in plan.paths]
    parameters["reports_dir"] = absolute(plan.reports)
    parameters["rules_dir"] = absolute(plan.rules) if plan.rules else None
    parameters["ledger_path"] = absolute(plan.ledger) if plan.ledger else None
    from claimcheck.cli.prefect_env import quiet_prefect

    quiet_prefect()
    from claimcheck_flows.schedule import scheduled_deployment

    try:
        return scheduled_deployment(
            cron=args.cron,
            interval=args.interval,
            name=args.name,
            settle_seconds=args.settle,
            **parameters,
        )
    except ValueError as error:  # e.g. a cron expression Prefect cannot read
        raise UsageProblem(f"cannot schedule: {error}") from error


def local_server_home(args: argparse.Namespace) -> Path:
    cwd = Path.cwd()
    return project_root(read_config(args, cwd), cwd) / STATE_FOLDER / LOCAL_SERVER_HOME


def run(args: argparse.Namespace) -> int:
    from claimcheck.cli.local_server import LocalPrefectServer, stopped_by_sigterm

    with stopped_by_sigterm():
        deployment = deployment_from_args(args)
        from claimcheck_flows.schedule import configured_api_url, serve_deployment

        if configured_api_url():
            serve_deployment(deployment)
            return EXIT_OK
        server = LocalPrefectServer(local_server_home(args))
        print(
            f"claimcheck: PREFECT_API_URL is not set: starting a local Prefect server "
            f"(home {server.home}, log {server.log_path})",
            file=sys.stderr,
        )
        try:
            api_url = server.start()
            print(
                f"claimcheck: local Prefect server ready, UI at {api_url.removesuffix('/api')}",
                file=sys.stderr,
            )
            serve_deployment(deployment, api_url=api_url)
        finally:
            server.stop()
    return EXIT_OK
