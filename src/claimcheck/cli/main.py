"""The `claimcheck` entry point: builds the subcommands and maps errors to exit code 2."""

from __future__ import annotations

import argparse
import atexit
import importlib
import os
import sys
from collections.abc import Sequence

from claimcheck import __version__
from claimcheck.cli.commands import COMMAND_MODULES
from claimcheck.cli.common import EXIT_CANNOT_RUN, EXIT_OK, HelpFormatter
from claimcheck.errors import ClaimcheckError


class Parser(argparse.ArgumentParser):
    """Every command's parser: help that shows each option's default."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(*args, **kwargs)


def build_parser(command: str | None = None) -> tuple[argparse.ArgumentParser, dict]:
    """The parser of every command, or of `command` alone when it names one: building the
    others' parsers would cost `check` a fiftieth of a second (argparse looks up its message
    catalog for every option)."""
    parser = Parser(
        prog="claimcheck",
        description="Check the numbers, dates and units in news articles: against each other, "
        "against a newsroom's rule set and against earlier articles in a claim ledger.",
        epilog="`claimcheck COMMAND --help` describes each command and its options.",
    )
    parser.add_argument("--version", action="version", version=f"claimcheck {__version__}")
    subparsers = parser.add_subparsers(
        dest="command", required=True, metavar="COMMAND", parser_class=Parser
    )
    handlers = {}
    named = [name for name in COMMAND_MODULES if name.rpartition(".")[2] == command]
    for module_name in named or COMMAND_MODULES:
        module = importlib.import_module(module_name)
        module.add_parser(subparsers)
        handlers[module.NAME] = module.run
    return parser, handlers


# Commands whose process, once it has answered and every exit handler has run (Prefect's,
# the worker pool's, the run's last lines), ends without the interpreter's teardown of what
# they loaded (Prefect, pydantic, pyarrow; for `check`, the extractors' tables and compiled
# patterns): nothing is left to write (`check` has written its report and closed its ledger),
# and the teardown cost `claimcheck run` most of a second of wall and CPU time on a small
# machine, and `check` of one draft about a fifteenth of its time.
QUICK_EXIT_COMMANDS = frozenset({"run", "check"})


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    parser, handlers = build_parser(arguments[0] if arguments else None)
    args = parser.parse_args(arguments)
    answered: list[int] = []
    if argv is None and args.command in QUICK_EXIT_COMMANDS:
        # Only as the process's own entry point (a caller passing arguments, a test, goes on
        # after it). Registered before any other handler, so it runs after all of them.
        atexit.register(exit_without_teardown, answered)
    try:
        answered.append(handlers[args.command](args))
        return answered[-1]
    except ClaimcheckError as error:
        print(f"claimcheck: {error}", file=sys.stderr)
        return EXIT_CANNOT_RUN
    except BrokenPipeError:
        return EXIT_OK


def exit_without_teardown(answered: list[int]) -> None:
    """End the process with the command's exit code, skipping the interpreter's teardown;
    nothing happens if the command did not answer (it raised: the usual exit reports it)."""
    if not answered:
        return
    if "logging" in sys.modules:
        import logging

        logging.shutdown()  # its handlers flushed, as the usual exit would
    # A flush that fails (a closed pipe) raises here, and the usual exit follows.
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(answered[-1])


if __name__ == "__main__":
    sys.exit(main())
