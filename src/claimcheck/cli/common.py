"""What the subcommands share: exit codes, defaults, the usage error, code-list parsing."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from claimcheck.errors import ClaimcheckError

EXIT_OK, EXIT_FINDINGS, EXIT_CANNOT_RUN = 0, 1, 2
DEFAULT_LEDGER = Path(".claimcheck") / "ledger.sqlite"
DEFAULT_REPORTS = Path("reports")


class UsageProblem(ClaimcheckError):
    """An option or argument that claimcheck cannot act on."""


def split_codes(values: Sequence[str] | None) -> list[str]:
    """`--select A,B --select C` as ["A", "B", "C"]."""
    return [code.strip() for value in values or () for code in value.split(",") if code.strip()]


def add_selection_options(parser) -> None:
    parser.add_argument("--select", action="append", metavar="CODES", help="codes or prefixes")
    parser.add_argument("--ignore", action="append", metavar="CODES", help="codes or prefixes")
