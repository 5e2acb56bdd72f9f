"""The `claimcheck` entry point: builds the subcommands and maps errors to exit code 2."""

from __future__ import annotations

import argparse
import importlib
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


def build_parser() -> tuple[argparse.ArgumentParser, dict]:
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
    for module_name in COMMAND_MODULES:
        module = importlib.import_module(module_name)
        module.add_parser(subparsers)
        handlers[module.NAME] = module.run
    return parser, handlers


def main(argv: Sequence[str] | None = None) -> int:
    parser, handlers = build_parser()
    args = parser.parse_args(argv)
    try:
        return handlers[args.command](args)
    except ClaimcheckError as error:
        print(f"claimcheck: {error}", file=sys.stderr)
        return EXIT_CANNOT_RUN
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
