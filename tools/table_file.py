"""The command line the table generators in tools/ share: write the table, or check it."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from pathlib import Path


def write_or_check(
    table: Path, render: Callable[[], str], script: str, argv: Sequence[str] | None = None
) -> int:
    """Write `render()` to `table`; with --check, exit 1 when the committed table differs.
    `script` is the generator's docstring, its first line the command's description."""
    parser = argparse.ArgumentParser(description=script.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 when the table is stale")
    args = parser.parse_args(argv)
    text = render()
    if args.check:
        if table.read_text(encoding="utf-8") != text:
            print(f"{table} is out of date: run the generator that writes it")
            return 1
        return 0
    table.write_text(text, encoding="utf-8")
    print(f"wrote {table}")
    return 0
