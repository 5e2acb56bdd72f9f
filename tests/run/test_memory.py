"""Freed memory handed back to the system between a run's steps (run.memory)."""

import ctypes
import ctypes.util
import sys
from pathlib import Path

import pytest

from claimcheck.run.memory import give_back_freed_memory

BLOCK = 64 * 1024  # below glibc's mmap threshold: served from the heap, kept there when freed
BLOCKS = 800  # 50 MB


def _resident_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS line")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc_trim")
def test_heap_blocks_freed_by_a_step_leave_the_resident_memory_once_given_back():
    libc = ctypes.CDLL(ctypes.util.find_library("c"))
    if not hasattr(libc, "malloc_trim"):
        pytest.skip("not glibc")
    libc.malloc.restype = ctypes.c_void_p
    libc.free.argtypes = [ctypes.c_void_p]
    libc.memset.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_size_t]
    blocks = [libc.malloc(BLOCK) for _ in range(BLOCKS)]
    for block in blocks:
        libc.memset(block, 1, BLOCK)  # resident
    pinned = libc.malloc(BLOCK)  # after them: the heap's top cannot shrink by itself
    for block in blocks:
        libc.free(block)
    before = _resident_mb()
    assert give_back_freed_memory()
    after = _resident_mb()
    libc.free(pinned)
    assert before - after > 0.6 * BLOCK * BLOCKS / 2**20, (before, after)
