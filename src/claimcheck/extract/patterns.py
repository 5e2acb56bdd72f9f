"""The extractors' regular expressions, compiled once per installation instead of once per process.

Compiling the extractors' patterns (the date shapes, the number, unit and currency
alternations) costs about 0.1 CPU s, which every `claimcheck extract`, `check` and run worker
would pay at start-up before reading a word. `compile_pattern` keeps the regex engine's
compiled code of each pattern in a file beside the package's bytecode and hands it back to the
engine on the next start, which costs about a millisecond for all of them. The file is keyed by
the Python version and the engine's magic number: one written by another Python is ignored,
and a pattern not in it (a new or changed one) is compiled the ordinary way and added when the
process exits. Like bytecode, nothing is written when Python is told not to write bytecode or
the directory cannot be written; `tools/store_patterns.py` stores every extractor's patterns
whatever that setting (as `python -m compileall` does for bytecode).

The compiled code is what `re.compile` itself builds (parsed by `re._parser`, assembled by
`re._compiler`) from the pattern with its word list grouped by first letter
(`claimcheck.alternations`, the same matches found faster), so matching is unchanged.
"""

from __future__ import annotations

import _sre
import atexit
import logging
import marshal
import os
import re
import sys
from array import array
from pathlib import Path
from typing import Any

from claimcheck.alternations import grouped_source

try:  # private modules of CPython's regex engine (3.11+); without them, plain re.compile
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - another Python implementation or version
    _compiler = _parser = None

__all__ = ["compile_pattern"]

_log = logging.getLogger(__name__)

_CACHE_FILE = (
    Path(__file__).resolve().parent
    / "__pycache__"
    / f"patterns.{sys.implementation.cache_tag}.marshal"
)
# What the stored code is valid for: the interpreter and the regex engine's version,
# and how word lists are grouped (see `compile_pattern`).
_VALID_FOR = (sys.version, _sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT, _sre.MAXGROUPS, "grouped 1")
# Above this many stored patterns, the file keeps only those this process used.
_MAX_STORED = 2000

# The engine's code words, stored as machine integers: loading them is one copy, not a
# Python object per word.
_CODE_TYPE = "I" if array("I").itemsize == _sre.CODESIZE else "L"

# (pattern, flags) -> (flags as compiled, code as bytes, groups, group index, index group)
_Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]


def _load(path: Path) -> dict[tuple[str, int], _Entry]:
    try:
        # Read whole, then unmarshalled from memory: `marshal.load` on the file reads it
        # object by object, twice the time for these few megabytes.
        valid_for, entries = marshal.loads(path.read_bytes())
    except FileNotFoundError:
        return {}
    except (OSError, EOFError, ValueError, TypeError) as error:
        _log.debug("compiled patterns in %s not read: %s", path, error)
        return {}
    if tuple(valid_for) != _VALID_FOR or not isinstance(entries, dict):
        return {}
    return entries


_stored = _load(_CACHE_FILE)
_used: set[tuple[str, int]] = set()
_added = False


def compile_pattern(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, from the stored compiled code when there is one."""
    global _added
    if _compiler is None:
        return re.compile(pattern, flags)
    key = (pattern, int(flags))
    _used.add(key)
    entry = _stored.get(key)
    try:
        if entry is None:
            # A word list grouped by first letter: the same matches, found faster (see
            # `claimcheck.alternations`); the pattern keeps its own text.
            entry = _compiled_code(grouped_source(pattern, int(flags)) or pattern, int(flags))
            _stored[key] = entry
            _added = True
        final_flags, code, groups, group_index, index_group = entry
        words = array(_CODE_TYPE, code).tolist()
        return _sre.compile(pattern, final_flags, words, groups, group_index, index_group)
    except (AttributeError, TypeError) as error:
        # The engine's private interface differs from the one this was written for: compile
        # the ordinary way and store nothing, rather than fail every extraction.
        _log.debug("pattern compiled without the stored code: %s", error)
        _stored.pop(key, None)
        return re.compile(pattern, flags)


def _compiled_code(pattern: str, flags: int) -> _Entry:
    """What `re._compiler.compile` hands the engine for `pattern`."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    group_index = dict(parsed.state.groupdict)
    index_group: list[str | None] = [None] * parsed.state.groups
    for name, index in group_index.items():
        index_group[index] = name
    return (
        flags | parsed.state.flags,
        array(_CODE_TYPE, code).tobytes(),
        parsed.state.groups - 1,
        group_index,
        tuple(index_group),
    )


def stored_count() -> int:
    """How many compiled patterns this process holds."""
    return len(_stored)


def store(path: Path = _CACHE_FILE) -> Path:
    """Write every pattern compiled so far whatever the bytecode setting; the file written
    (`tools/store_patterns.py` imports every extractor first)."""
    _save(path, always=True)
    return path


def _save(path: Path = _CACHE_FILE, *, always: bool = False) -> None:
    """Write the compiled patterns when this process compiled a new one."""
    if not always and (not _added or sys.dont_write_bytecode):
        return
    import tempfile  # only when writing: its imports would slow every start

    entries: dict[tuple[str, int], Any] = _stored
    if len(entries) > _MAX_STORED:
        entries = {key: _stored[key] for key in _used}
    try:
        path.parent.mkdir(exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".patterns.")
    except OSError as error:
        _log.debug("compiled patterns not stored in %s: %s", path, error)
        return
    try:
        with os.fdopen(handle, "wb") as out:
            marshal.dump((_VALID_FOR, entries), out)
        os.chmod(temporary, 0o644)  # readable by all, as bytecode is
        os.replace(temporary, path)  # whole or not at all, with other processes writing too
    except (OSError, ValueError) as error:
        _log.debug("compiled patterns not stored in %s: %s", path, error)
        Path(temporary).unlink(missing_ok=True)


atexit.register(_save)
