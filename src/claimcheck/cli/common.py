"""What the subcommands share: exit codes, the usage error, the options several commands take."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from claimcheck.errors import ClaimcheckError

EXIT_OK, EXIT_FINDINGS, EXIT_CANNOT_RUN = 0, 1, 2
# The ledger as `claimcheck.cli.settings` places it by default, relative to the project root
# (the folder of the configuration file, else the current directory).
DEFAULT_LEDGER = Path(".claimcheck") / "ledger.sqlite"


class UsageProblem(ClaimcheckError):
    """An option or argument that claimcheck cannot act on."""


class HelpFormatter(argparse.HelpFormatter):
    """Help with each option's default appended, when it has one worth showing (flags that
    default to off, and settings whose default comes from the configuration, say so in their
    own words)."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        text = action.help or ""
        default = action.default
        if (
            "%(default)" not in text
            and "default" not in text
            and default not in (None, False, argparse.SUPPRESS, [])
            and action.option_strings
        ):
            text += " (default: %(default)s)"
        return text


def split_codes(values: Sequence[str] | None) -> list[str]:
    """`--select A,B --select C` as ["A", "B", "C"]."""
    return [code.strip() for value in values or () for code in value.split(",") if code.strip()]


def add_selection_options(parser) -> None:
    parser.add_argument(
        "--select",
        action="append",
        metavar="CODES",
        help="report only these codes or code prefixes, e.g. CC1,GEO (configured, else all)",
    )
    parser.add_argument(
        "--ignore",
        action="append",
        metavar="CODES",
        help="never report these codes or code prefixes, e.g. CC107 (configured, else none)",
    )


def add_rules_options(parser) -> None:
    rules = parser.add_mutually_exclusive_group()
    rules.add_argument(
        "--rules", metavar="DIR", help="rule set folder (configured, else no rule set)"
    )
    rules.add_argument(
        "--no-rules", action="store_true", help="use no rule set, even a configured one"
    )


def add_docs_option(parser) -> None:
    parser.add_argument(
        "--docs-url",
        metavar="URL",
        help="where the rule pages are published, e.g. https://wiki.example/claimcheck/rules "
        "(pages are linked as URL/CODE.md, or URL with {code} in it; configured, else env "
        "CLAIMCHECK_DOCS_URL, else reports link their own copy of the pages)",
    )


def add_config_options(parser) -> None:
    config = parser.add_mutually_exclusive_group()
    config.add_argument(
        "--config",
        metavar="FILE",
        help="configuration file to use (default: claimcheck.toml or [tool.claimcheck] in "
        "pyproject.toml, found upward from the current directory)",
    )
    config.add_argument("--no-config", action="store_true", help="ignore configuration files")
