"""The worker pool's pipes hold a chunk's outcome in a few writes, where the system allows."""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from claimcheck.run.workers import PIPE_BYTES, _widen_pipes

fcntl = pytest.importorskip("fcntl")
LIMIT = Path("/proc/sys/fs/pipe-max-size")


@pytest.mark.skipif(
    not hasattr(fcntl, "F_GETPIPE_SZ") or not LIMIT.exists(), reason="pipes of fixed size"
)
def test_the_pool_s_pipes_are_widened_up_to_the_system_s_limit():
    pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"))
    try:
        pipes = [pool._call_queue._reader, pool._result_queue._reader]
        before = [fcntl.fcntl(pipe.fileno(), fcntl.F_GETPIPE_SZ) for pipe in pipes]
        _widen_pipes(pool)
        after = [fcntl.fcntl(pipe.fileno(), fcntl.F_GETPIPE_SZ) for pipe in pipes]
    finally:
        pool.shutdown()
    if int(LIMIT.read_text()) >= PIPE_BYTES:
        assert after == [PIPE_BYTES, PIPE_BYTES]
    else:
        assert after == before  # above the limit: left as they were, the pool still works
