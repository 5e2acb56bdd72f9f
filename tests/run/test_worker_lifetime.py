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


def _run_script(source: str) -> tuple[int, str]:
    """Run a Python script in a new interpreter: its exit code and what it printed. Its output
    goes to a file: the pool's helper processes inherit it, and a pipe would stay open for as
    long as any of them lives."""
    with tempfile.TemporaryFile("w+") as output:
        ran = subprocess.run(
            [sys.executable, "-c", source], stdout=output, stderr=output, timeout=300
        )
        output.seek(0)
        return ran.returncode, output.read()


def test_workers_end_when_the_process_that_started_them_is_killed():
    returncode, printed = _run_script(STARTER)
    assert returncode == -9, printed
    workers = [int(pid) for pid in printed.splitlines()[0].split()]
    assert len(workers) == 2 and os.getpid() not in workers
    deadline = time.monotonic() + 5
    while any(map(_running, workers)) and time.monotonic() < deadline:
        time.sleep(0.05)
    left = [pid for pid in workers if _running(pid)]
    for pid in left:  # not to leave them behind when the test fails
        os.kill(pid, signal.SIGKILL)
    assert not left, "a worker outlived the process that started it"


# Has both workers busy, ends them as a stop does, then asks for a pool again: the process
# is leaving, so no new worker may start (a task thread whose chunk failed as the workers
# ended asks for the pool in just this way).
ASKS_AGAIN = """
import time
from claimcheck.run import workers
pool = workers.process_pool(2)
busy = [pool.submit(time.sleep, 5) for _ in range(2)]
while len(pool._processes) < 2:
    time.sleep(0.05)
workers.terminate_pools()
for waited in busy:
    try:
        waited.result(timeout=60)
    except Exception as error:
        print("chunk failed:", type(error).__name__, flush=True)
try:
    workers.process_pool(2)
except workers.PoolsEnded:
    print("no new pool", flush=True)
print("pools:", len(workers._POOLS), flush=True)
"""


def test_no_pool_starts_once_the_workers_were_ended_by_a_stop():
    returncode, printed = _run_script(ASKS_AGAIN)
    assert returncode == 0, printed
    lines = printed.splitlines()
    assert lines.count("chunk failed: BrokenProcessPool") == 2, printed
    assert "no new pool" in lines and "pools: 0" in lines, printed


# A worker in the middle of a task gets SIGINT, as every process of the run's group does
# on Ctrl-C in a terminal: the task finishes all the same (the run's process decides on a
# stop and ends its workers itself).
INTERRUPTED = """
import os, signal, time
from claimcheck.run.workers import process_pool
pool = process_pool(2)
pool.submit(time.sleep, 0).result()  # the pool's workers have started
slept = pool.submit(time.sleep, 1.5)
time.sleep(0.5)
for pid in pool._processes:
    os.kill(pid, signal.SIGINT)
try:
    slept.result(timeout=60)
except BaseException as error:
    print("task failed:", type(error).__name__, flush=True)
else:
    print("task done", flush=True)
"""


def test_a_worker_leaves_ctrl_c_to_the_run():
    returncode, printed = _run_script(INTERRUPTED)
    assert returncode == 0, printed
    assert "task done" in printed.splitlines(), printed
