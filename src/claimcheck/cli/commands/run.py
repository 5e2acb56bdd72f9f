"""`claimcheck run`: the Prefect flow over folders, files or feeds of articles, reports written."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from claimcheck.cli.common import (
    EXIT_CANNOT_RUN,
    EXIT_OK,
    add_config_options,
    add_docs_option,
    add_rules_options,
    add_selection_options,
)
from claimcheck.cli.settings import read_config, resolve
from claimcheck.run import DEFAULT_CHUNK_SIZE

if TYPE_CHECKING:
    from claimcheck.cli.preflight import RunPlan
    from claimcheck.run.runner import HeadStart

NAME = "run"
# The settings a run takes from flags, the configuration file, the environment or defaults.
RUN_KEYS = (
    "reports",
    "rules",
    "ledger",
    "chunk-size",
    "workers",
    "reports-for",
    "select",
    "ignore",
    "docs-url",
)


def add_run_options(parser: argparse.ArgumentParser) -> None:
    """The options `run` and `serve` share: where reports and the ledger go, how to check."""
    parser.add_argument(
        "--reports",
        metavar="DIR",
        help="reports folder: one subfolder per run with new articles (configured, else "
        "reports/ in the project)",
    )
    add_rules_options(parser)
    parser.add_argument(
        "--ledger",
        metavar="FILE|URL",
        help="claim ledger: a SQLite file, created if missing, or postgresql://user@host/db "
        "shared by several machines (configured, else .claimcheck/ledger.sqlite in the "
        "project)",
    )
    parser.add_argument(
        "--chunk-size",
        type=int,
        metavar="N",
        help=f"articles per Prefect task (configured, else {DEFAULT_CHUNK_SIZE})",
    )
    parser.add_argument(
        "--workers",
        type=int,
        metavar="N",
        help="processes checking articles: 0 one per core, 1 none (configured, else 0)",
    )
    parser.add_argument(
        "--reports-for",
        choices=("all", "findings"),
        help="article pages for every article, or only for those with findings, as for an "
        "archive (configured, else all)",
    )
    add_selection_options(parser)
    add_docs_option(parser)
    add_config_options(parser)


def add_parser(commands) -> None:
    parser = commands.add_parser(
        NAME,
        help="check what is new or changed and write reports (a Prefect flow)",
        description="Run the claimcheck flow once over folders, article files, JSON Lines "
        "files and RSS/Atom feeds: check the articles that are new or changed since the last "
        "run, record them in the claim ledger and write reports for editors (HTML), scripts "
        "(JSON, CSV) and analysts (parquet). A run with nothing new writes no run folder. "
        "Exit code 0 when the run completes, 2 when it cannot run or some chunks failed.",
    )
    parser.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="folder, article file (.md, .txt), JSON Lines file, RSS/Atom feed file or URL",
    )
    add_run_options(parser)
    parser.add_argument(
        "--dask-address",
        metavar="ADDRESS",
        default=os.environ.get("CLAIMCHECK_DASK_ADDRESS"),
        help="check the chunks on a Dask cluster, tcp://host:8786 (default: env "
        "CLAIMCHECK_DASK_ADDRESS, else this machine)",
    )
    parser.add_argument(
        "--no-progress", action="store_true", help="no progress bar on the terminal (logs only)"
    )


def summary_line(summary: dict) -> str:
    """The run in one line."""
    if summary.get("nothing_new"):
        return (
            f"checked at {summary['checked_at'][11:16]} UTC: nothing new "
            f"({summary['articles_unchanged']} article(s) unchanged, no run folder written)"
        )
    counts = summary["findings_by_severity"]
    partial = " (partial: some chunks failed)" if summary.get("status") == "partial" else ""
    return (
        f"run {summary['run_id']}: {summary['articles']} article(s) checked, "
        f"{summary['articles_unchanged']} unchanged, {summary['claims']} claims, "
        f"{counts['error']} error(s), {counts['warning']} warning(s), {counts['info']} "
        f"info{partial}"
    )


def print_last(lines: list[str]) -> None:
    """Print `lines` as the very last output of the process."""
    if lines:
        sys.stdout.write("".join(line + "\n" for line in lines))
        sys.stdout.flush()


def answer_without_flow(plan: RunPlan, head: HeadStart | None = None) -> dict | None:
    """The summary of a run with nothing new, answered before Prefect is imported (about a
    second of a rerun's time), or None: something is new and the flow checks it (given
    `head`, the worker processes already check its first chunks while Prefect starts).
    Without a ledger every article is new, so there is nothing to look at."""
    if not plan.ledger:
        return None
    from claimcheck.run.runner import quiet_check

    result = quiet_check(
        plan.paths,
        plan.reports,
        rules_dir=plan.rules,
        ledger_path=plan.ledger,
        chunk_size=plan.chunk_size,
        select=plan.select,
        ignore=plan.ignore,
        docs_url=plan.docs_url,
        head=head,
    )
    return result.summary if result is not None else None


def run(args: argparse.Namespace) -> int:
    import atexit

    from claimcheck.run.stopping import (
        say_stopped,
        stop_on_signals,
        stop_received,
        terminate_pools_if_any,
    )

    # SIGTERM and Ctrl-C end the workers at once and the run within seconds (the ledger keeps
    # whole transactions; the next run checks what is left). Set before the run's modules
    # load: a signal while they do stops the run the same way.
    try:
        with stop_on_signals():
            return _run(args)
    except BaseException:
        stopped = stop_received()
        if stopped is None:
            raise
        # Whatever the stop became on its way up (Prefect or pydantic may wrap it).
        terminate_pools_if_any()  # a pool started while the signal was handled
        # Said at exit, after the threads' exit hooks: Prefect's events worker logs what it
        # still sends from one of those, and the run's line is to end the output.
        atexit.register(say_stopped, stopped)
        return stopped.exit_code


def _run(args: argparse.Namespace) -> int:
    import atexit

    from claimcheck.cli.prefect_env import quiet_prefect
    from claimcheck.cli.preflight import preflight

    cwd = Path.cwd()
    settings = resolve(args, read_config(args, cwd), cwd, NAME, RUN_KEYS)
    plan = preflight([str(p) for p in args.paths], settings, require_articles=True)
    from claimcheck.run.runner import HeadStart
    from claimcheck.run.timeline import span

    head = None if args.dask_address else HeadStart(plan.workers, plan.reports_for)
    with span("quiet check"):
        quiet = answer_without_flow(plan, head)
    if quiet is not None:
        print_last([summary_line(quiet), f"report: {quiet['index_html']}"])
        return EXIT_OK
    # Registered before Prefect loads, so run after Prefect's own exit handlers (they log the
    # temporary server stopping): the run's line and the page to open end the output.
    last: list[str] = []
    atexit.register(print_last, last)
    quiet_prefect()
    # A cold local server can take 15 s or more on a small machine: give it room.
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
    from claimcheck.run.runner import ChunksFailed
    from claimcheck.run.stopping import stop_received

    with span("import prefect and the flow"):
        from claimcheck_flows.claimcheck_flow import run_claimcheck

    try:
        with span("flow"):
            summary = run_claimcheck(
                progress=not args.no_progress,
                dask_address=args.dask_address,
                run_id=head.run_id if head is not None else None,
                **plan.flow_parameters(),
            )
    except ChunksFailed as error:
        if stop_received() is not None:
            raise  # the chunks failed because the run was stopped: said so by `run`
        print(f"claimcheck: run incomplete: {error}", file=sys.stderr)
        return EXIT_CANNOT_RUN
    last += [summary_line(summary), f"report: {summary['index_html']}"]
    return EXIT_OK
