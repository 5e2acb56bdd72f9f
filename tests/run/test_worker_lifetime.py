"""The worker processes of a run's pool end with the process that started the pool, however
it ends: a worker's parent is the process that forks workers, and a worker waiting for a
chunk holds its pipes open, so nothing else ends it."""

import os
import signal
import subprocess
import sys
import tempfile
import time

# Starts a pool of two workers, has both answer, prints their pids, then dies by SIGKILL
# (no exit handler, no pool shut-down).
STARTER = """
import os, signal, time
from claimcheck.run.workers import process_pool
pool = process_pool(2)
for waited in [pool.submit(time.sleep, 1) for _ in range(2)]:  # both workers busy at once
    waited.result()
print(*sorted(pool._processes), flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""


def _running(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            state = stat.read().rpartition(")")[2].split()[0]
    except FileNotFoundError:
        return False
    return state != "Z"  # a zombie has ended: it only waits to be reaped


def test_workers_end_when_the_process_that_started_them_is_killed():
    # Its output to a file: the pool's helper processes inherit it, and a pipe would stay
    # open for as long as any of them lives.
    with tempfile.TemporaryFile("w+") as output:
        started = subprocess.run(
            [sys.executable, "-c", STARTER], stdout=output, stderr=output, timeout=300
        )
        output.seek(0)
        printed = output.read()
    assert started.returncode == -9, printed
    workers = [int(pid) for pid in printed.splitlines()[0].split()]
    assert len(workers) == 2 and os.getpid() not in workers
    deadline = time.monotonic() + 5
    while any(map(_running, workers)) and time.monotonic() < deadline:
        time.sleep(0.05)
    left = [pid for pid in workers if _running(pid)]
    for pid in left:  # not to leave them behind when the test fails
        os.kill(pid, signal.SIGKILL)
    assert not left, "a worker outlived the process that started it"
