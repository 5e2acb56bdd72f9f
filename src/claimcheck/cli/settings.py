"""The settings a command runs with, and where each one came from.

Every command reads them the same way: a flag on the command line wins, then the project's
configuration file (`claimcheck.toml` or `[tool.claimcheck]`, found upward from the current
directory, see `claimcheck.ci.config`), then the environment where a setting has a variable,
then the default. Default paths (the reports folder, the ledger, Prefect's home for a local
server) are inside the project: the folder of the configuration file, or the current directory
when there is none, so a command started in a subfolder writes where one started at the top
does. `claimcheck config` prints the result.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claimcheck.ci.config import Config, load_config, load_config_file
from claimcheck.run import DEFAULT_CHUNK_SIZE

# Everything claimcheck keeps between runs, under the project root.
STATE_FOLDER = ".claimcheck"
DEFAULT_LEDGER_NAME = "ledger.sqlite"
DEFAULT_REPORTS_NAME = "reports"

COMMAND_LINE = "command line"
DEFAULT = "default"

# Settings with an environment variable, read when neither a flag nor the file sets them.
ENVIRONMENT = {"dask-address": "CLAIMCHECK_DASK_ADDRESS", "docs-url": "CLAIMCHECK_DOCS_URL"}


@dataclass(frozen=True, slots=True)
class Setting:
    """A value in force and its origin: "command line", "FILE:LINE", "environment NAME" or
    "default"."""

    value: Any
    origin: str


def read_config(args: argparse.Namespace, cwd: Path) -> Config:
    """The configuration file in force: --config FILE, none with --no-config, else the nearest
    one found upward from `cwd`."""
    if getattr(args, "config", None):
        return load_config_file(Path(args.config))
    if getattr(args, "no_config", False):
        return Config()
    return load_config(cwd)


def project_root(config: Config, cwd: Path) -> Path:
    return config.path.parent if config.path is not None else cwd


def defaults(root: Path, command: str) -> dict[str, Any]:
    """Each setting's default for `command` (check keeps no ledger unless it is given one)."""
    return {
        "select": (),
        "ignore": (),
        "fail-level": "error",
        "format": "text",
        "rules": None,
        "ledger": None if command == "check" else root / STATE_FOLDER / DEFAULT_LEDGER_NAME,
        "waivers": None,
        "baseline": None,
        "reports": root / DEFAULT_REPORTS_NAME,
        "reports-for": "all",
        "chunk-size": DEFAULT_CHUNK_SIZE,
        "workers": 0,
        "docs-url": None,
        "dask-address": None,
    }


def _from_flag(args: argparse.Namespace, key: str) -> tuple[bool, Any]:
    """(given, value) of a setting's flag; `--no-rules` and `--no-ledger` give None."""
    attribute = key.replace("-", "_")
    if getattr(args, f"no_{attribute}", False):
        return True, None
    value = getattr(args, attribute, None)
    if value is None or value == []:
        return False, None
    if key in ("select", "ignore"):
        from claimcheck.cli.common import split_codes

        return True, tuple(split_codes(value))
    return True, value


def resolve(
    args: argparse.Namespace, config: Config, cwd: Path, command: str, keys: Iterable[str]
) -> dict[str, Setting]:
    """The settings `keys` for `command`, each with where it came from."""
    fallback = defaults(project_root(config, cwd), command)
    settings: dict[str, Setting] = {}
    for key in keys:
        given, value = _from_flag(args, key)
        if given:
            settings[key] = Setting(value, COMMAND_LINE)
        elif key in config.keys:
            settings[key] = Setting(getattr(config, key.replace("-", "_")), config.where(key))
        elif os.environ.get(ENVIRONMENT.get(key, "")):
            variable = ENVIRONMENT[key]
            settings[key] = Setting(os.environ[variable], f"environment {variable}")
        else:
            settings[key] = Setting(fallback[key], DEFAULT)
    return settings


def as_text(value: Any) -> str | None:
    return None if value is None else str(value)
