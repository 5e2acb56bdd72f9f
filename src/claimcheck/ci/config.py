"""Project configuration: `claimcheck.toml` or `[tool.claimcheck]` in `pyproject.toml`.

    from claimcheck.ci.config import load_config
    config = load_config(Path.cwd())      # raises ConfigError "FILE:LINE: key 'x': ..."

The search starts in `start` and walks up through the parents, stopping at the filesystem root
or at a directory holding `.git` (that directory is still searched). In each directory a
`claimcheck.toml` (keys at its top level, or under `[tool.claimcheck]`) wins over a
`pyproject.toml`; a `pyproject.toml` without a `[tool.claimcheck]` table is passed over.
Relative paths in the file are relative to the file's directory. Command-line flags override it.

Every command reads the same file: `check` (and the pre-commit hook, which runs it), `run`,
`serve` and `config`, which prints the settings in force and where each came from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from claimcheck.errors import ClaimcheckError

CONFIG_FILE = "claimcheck.toml"
PYPROJECT_FILE = "pyproject.toml"
FAIL_LEVELS = ("error", "warning", "info", "never")
# Kept in step with claimcheck.ci.formats.FORMATS (not imported: that would load every renderer).
FORMATS = ("text", "json", "sarif", "github", "junit", "rdjson")
REPORTS_FOR = ("all", "findings")

# key -> (kind, allowed values or None); kinds: codes (list of strings or one string), choice,
# path, path-or-url (a database URL such as postgresql://host/db is kept as written), url (an
# http(s) address, kept as written), count (a whole number, at least 0 or 1 as noted).
KEYS: dict[str, tuple[str, tuple[str, ...] | None]] = {
    "select": ("codes", None),
    "ignore": ("codes", None),
    "fail-level": ("choice", FAIL_LEVELS),
    "format": ("choice", FORMATS),
    "rules": ("path", None),
    "ledger": ("path-or-url", None),
    "waivers": ("path", None),
    "baseline": ("path", None),
    "reports": ("path", None),
    "reports-for": ("choice", REPORTS_FOR),
    "chunk-size": ("count", ("1",)),
    "workers": ("count", ("0",)),
    "docs-url": ("url", None),
}


class ConfigError(ClaimcheckError):
    """The configuration file cannot be used: "FILE:LINE: key 'x': what is wrong"."""


@dataclass(frozen=True)
class Config:
    """Settings from the configuration file; None / empty where the file says nothing."""

    path: Path | None = None
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_level: str | None = None
    format: str | None = None
    rules: Path | None = None
    ledger: Path | str | None = None
    waivers: Path | None = None
    baseline: Path | None = None
    reports: Path | None = None
    reports_for: str | None = None
    chunk_size: int | None = None
    workers: int | None = None
    docs_url: str | None = None
    # The keys the file actually set, as written ("fail-level").
    keys: frozenset[str] = field(default_factory=frozenset)

    def where(self, key: str) -> str:
        """Where the file sets `key`: "FILE:LINE" (or "FILE" when the line is not found)."""
        if self.path is None:
            return ""
        line = _line_of_key(self.path, key)
        return f"{self.path}:{line}" if line else str(self.path)


def find_config_file(start: Path) -> tuple[Path, dict[str, Any]] | None:
    """(file, its claimcheck table) nearest to `start`, or None."""
    directory = start.resolve()
    if directory.is_file():
        directory = directory.parent
    for folder in (directory, *directory.parents):
        dedicated = folder / CONFIG_FILE
        if dedicated.is_file():
            data = _read_toml(dedicated)
            table = data.get("tool", {}).get("claimcheck") if "tool" in data else None
            if isinstance(table, dict):
                if set(data) != {"tool"} or set(data["tool"]) != {"claimcheck"}:
                    raise ConfigError(
                        f"{dedicated}: put keys either at the top level or under "
                        "[tool.claimcheck], not both"
                    )
                return dedicated, table
            return dedicated, data
        pyproject = folder / PYPROJECT_FILE
        if pyproject.is_file():
            data = _read_toml(pyproject)
            tool = data.get("tool")
            if isinstance(tool, dict) and "claimcheck" in tool:
                table = tool["claimcheck"]
                if not isinstance(table, dict):
                    raise ConfigError(f"{pyproject}: [tool.claimcheck] must be a table")
                return pyproject, table
        if (folder / ".git").exists():
            break
    return None


def load_config(start: Path) -> Config:
    """The configuration that applies to `start` (a directory or file); Config() if none."""
    found = find_config_file(start)
    if found is None:
        return Config()
    return parse_config(*found)


def load_config_file(path: Path) -> Config:
    """An explicitly named configuration file (`--config FILE`)."""
    if not path.is_file():
        raise ConfigError(f"{path}: configuration file not found")
    data = _read_toml(path)
    if path.name == PYPROJECT_FILE or (set(data) == {"tool"} and "claimcheck" in data["tool"]):
        table = data.get("tool", {}).get("claimcheck", {})
        if not isinstance(table, dict):
            raise ConfigError(f"{path}: [tool.claimcheck] must be a table")
        return parse_config(path, table)
    return parse_config(path, data)


def parse_config(path: Path, table: dict[str, Any]) -> Config:
    """Validate one claimcheck table strictly: unknown keys and wrong types are errors."""
    values: dict[str, Any] = {}
    for key, value in table.items():
        if key not in KEYS:
            hint = _close_key(key)
            allowed = ", ".join(KEYS)
            suggestion = f"did you mean {hint!r}? " if hint else ""
            problem = f"unknown key ({suggestion}allowed: {allowed})"
            raise _error(path, key, problem)
        values[key.replace("-", "_")] = _value(path, key, value)
    return Config(path=path, keys=frozenset(table), **values)


def _value(path: Path, key: str, value: Any) -> Any:
    """One key's value, checked against its kind."""
    kind, choices = KEYS[key]
    if kind == "codes":
        return _codes(path, key, value)
    if kind == "choice":
        if not isinstance(value, str) or value not in (choices or ()):
            shown = ", ".join(choices or ())
            raise _error(path, key, f"must be one of {shown}, not {value!r}")
        return value
    if kind == "count":
        least = int((choices or ("0",))[0])
        if isinstance(value, bool) or not isinstance(value, int) or value < least:
            raise _error(path, key, f"must be a whole number of at least {least}, not {value!r}")
        return value
    if not isinstance(value, str) or not value.strip():
        what = "an address (a string)" if kind == "url" else "a path (a string)"
        raise _error(path, key, f"must be {what}, not {_type_name(value)}")
    if kind == "url":
        if not value.strip().lower().startswith(("http://", "https://")):
            raise _error(path, key, f"must be an http(s) address, not {value!r}")
        return value.strip()
    if kind == "path-or-url" and "://" in value:
        return value.strip()
    return (path.parent / value).resolve()


def _codes(path: Path, key: str, value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        value = value.split(",")
    if not isinstance(value, list) or not all(isinstance(code, str) for code in value):
        raise _error(path, key, f'must be a list of codes such as ["CC1"], not {value!r}')
    codes = tuple(code.strip().upper() for code in value if code.strip())
    for code in codes:
        if not re.fullmatch(r"[A-Z]+[0-9]*", code):
            raise _error(path, key, f"{code!r} is not a code or code prefix such as CC1 or GEO001")
    return codes


def _read_toml(path: Path) -> dict[str, Any]:
    import tomllib

    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except OSError as error:
        raise ConfigError(f"{path}: cannot read: {error.strerror or error}") from error
    except UnicodeDecodeError as error:
        line = path.read_bytes()[: error.start].count(b"\n") + 1
        raise ConfigError(f"{path}:{line}: not UTF-8 (byte {error.start})") from error
    except tomllib.TOMLDecodeError as error:
        # tomllib says "... (at line 3, column 5)": lead with FILE:LINE like every other error.
        message = str(error)
        found = re.search(r"\s*\(at line (\d+), column \d+\)$", message)
        if found:
            where, message = f"{path}:{found[1]}", message[: found.start()]
        elif message.endswith("(at end of document)"):
            line = path.read_bytes().count(b"\n") + 1
            where, message = f"{path}:{line}", message.removesuffix(" (at end of document)")
        else:
            where = str(path)
        raise ConfigError(f"{where}: not valid TOML: {message}") from error


def _error(path: Path, key: str, problem: str) -> ConfigError:
    line = _line_of_key(path, key)
    where = f"{path}:{line}" if line else str(path)
    return ConfigError(f"{where}: key '{key}': {problem}")


def _line_of_key(path: Path, key: str) -> int:
    """Best-effort line of `key = ...` (tomllib keeps no positions); 0 when not found."""
    pattern = re.compile(rf"^\s*[\"']?{re.escape(key)}[\"']?\s*=")
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return 0
    in_section = path.name != PYPROJECT_FILE
    for number, line in enumerate(lines, start=1):
        stripped = line.strip()
        if stripped.startswith("["):
            in_section = path.name != PYPROJECT_FILE or stripped.startswith("[tool.claimcheck")
            continue
        if in_section and pattern.match(line):
            return number
    return 0


def _close_key(key: str) -> str | None:
    import difflib

    matches = difflib.get_close_matches(key.replace("_", "-"), KEYS, n=1, cutoff=0.7)
    return matches[0] if matches else None


def _type_name(value: Any) -> str:
    return {bool: "a boolean", int: "a number", float: "a number", list: "a list"}.get(
        type(value), type(value).__name__
    )
