"""Handing freed memory back to the system between a run's steps.

The run's process receives each chunk's outcome as one pickle of several megabytes, and the
ordered pass and the run's end build large transient structures. glibc's malloc serves
blocks of that size from its heaps once it has freed a first one (its mmap threshold rises),
and keeps what is freed there for later: the process stayed at the resident size of its
largest step and each later step grew from there. `malloc_trim` returns the free pages of
every heap, so a step starts from what the run really holds. Elsewhere than glibc (no
`malloc_trim`) nothing happens.
"""

from __future__ import annotations

import ctypes
import ctypes.util
from collections.abc import Callable

_trim: list[Callable[[int], int] | None] = []


def _load_trim() -> Callable[[int], int] | None:
    name = ctypes.util.find_library("c")
    if name is None:
        return None
    try:
        library = ctypes.CDLL(name)
    except OSError:  # a C library that cannot be loaded here: nothing to trim with
        return None
    return getattr(library, "malloc_trim", None)


def give_back_freed_memory() -> bool:
    """Return the free pages of the C heaps to the system; whether anything was returned."""
    if not _trim:
        _trim.append(_load_trim())
    trim = _trim[0]
    return bool(trim(0)) if trim is not None else False
