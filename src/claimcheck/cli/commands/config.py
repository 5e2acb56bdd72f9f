"""`claimcheck config`: the settings in force here, and where each one came from."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from claimcheck.cli.common import EXIT_OK, add_config_options
from claimcheck.cli.settings import (
    DEFAULT,
    STATE_FOLDER,
    Setting,
    project_root,
    read_config,
    resolve,
)

NAME = "config"
SHOWN = (
    "rules",
    "select",
    "ignore",
    "fail-level",
    "format",
    "ledger",
    "waivers",
    "baseline",
    "reports",
    "reports-for",
    "chunk-size",
    "workers",
    "docs-url",
    "dask-address",
)


def add_parser(commands) -> None:
    parser = commands.add_parser(
        NAME,
        help="print the settings in force here and where each came from",
        description="Print the settings `check`, `run` and `serve` use when started in the "
        "current directory: each value and its origin (command line, the configuration file "
        "and line, the environment, or the default), then how Prefect is reached.",
    )
    parser.add_argument("--json", action="store_true", help="print the settings as JSON")
    add_config_options(parser)


def _shown(key: str, value) -> str:
    if isinstance(value, tuple | list):
        if value:
            return ", ".join(value)
        return "(all codes)" if key == "select" else "(none)"
    return "(none)" if value is None else str(value)


def effective_settings(args: argparse.Namespace, cwd: Path) -> dict[str, Setting]:
    """Every setting with its origin; the ledger as `run` and `serve` use it (`check` uses a
    ledger only when one is configured or given)."""
    from claimcheck.cli.prefect_env import configured_api_url, telemetry_wanted

    config = read_config(args, cwd)
    settings = resolve(args, config, cwd, "run", SHOWN)
    if settings["waivers"].value is None:
        from claimcheck.ci.waivers import find_waiver_file

        found = find_waiver_file(cwd)
        if found is not None:
            settings["waivers"] = Setting(found, "default: found in the current folder")
    root = project_root(config, cwd)
    settings["configuration"] = Setting(
        str(config.path) if config.path else None, "found upward" if config.path else DEFAULT
    )
    url, origin = configured_api_url()
    home = root / STATE_FOLDER / "prefect"
    settings["prefect-api"] = (
        Setting(url, origin)
        if url
        else Setting(f"(serve starts a local server, home {home}; run a temporary one)", DEFAULT)
    )
    wanted = telemetry_wanted()
    settings["prefect-telemetry"] = Setting(
        "on" if wanted else "off", "environment or Prefect profile" if wanted else DEFAULT
    )
    return settings


def run(args: argparse.Namespace) -> int:
    settings = effective_settings(args, Path.cwd())
    if args.json:
        payload = {
            key: {"value": _plain(setting.value), "origin": setting.origin}
            for key, setting in settings.items()
        }
        print(json.dumps(payload, indent=2, ensure_ascii=False))
        return EXIT_OK
    width = max(len(key) for key in settings)
    order = ["configuration", *SHOWN, "prefect-api", "prefect-telemetry"]
    for key in order:
        setting = settings[key]
        print(f"{key:<{width}}  {_shown(key, setting.value)}  [{setting.origin}]")
    return EXIT_OK


def _plain(value):
    if isinstance(value, tuple):
        return list(value)
    if isinstance(value, Path):
        return str(value)
    return value
