"""The run's stop by a signal, without a run: what a chunk whose workers ended learns."""

from __future__ import annotations

import signal
import subprocess
import sys
import time

from claimcheck.run.stopping import stop_awaited, stop_on_signals


def test_no_stop_is_awaited_where_no_handler_is_installed():
    started = time.monotonic()
    assert stop_awaited(5.0) is None
    assert time.monotonic() - started < 1.0  # nothing could note a stop: no waiting


# Run in a process of its own: a stop arms the run's watchdog, which ends the process that
# received it a few seconds later.
WAITER = """
import os, signal, threading, time
from claimcheck.run.stopping import RunStopped, stop_awaited, stop_on_signals
ended, answers = [], []
try:
    with stop_on_signals(terminate_workers=lambda: ended.append(1)):
        waiter = threading.Thread(target=lambda: answers.append(stop_awaited(10.0)))
        waiter.start()
        time.sleep(0.2)
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(5)
except RunStopped:
    waiter.join(timeout=5)
    stopped = answers[0] if answers else None
    print(len(ended), stopped.signum if stopped else None, stopped.exit_code if stopped else None)
"""


def test_a_stop_noted_while_waiting_is_returned():
    """A signal sent to the whole group ends the workers first; the run's handler notes the
    stop a moment later. The chunk's thread waits for it instead of calling it a failure."""
    done = subprocess.run(
        [sys.executable, "-c", WAITER], capture_output=True, text=True, timeout=60, check=True
    )
    ended, signum, code = done.stdout.split()
    assert ended == "1", "the workers were ended"
    assert (int(signum), int(code)) == (signal.SIGTERM, 128 + signal.SIGTERM)


def test_without_a_stop_the_wait_ends_at_its_limit():
    with stop_on_signals(terminate_workers=lambda: None):
        started = time.monotonic()
        assert stop_awaited(0.3) is None
        assert 0.25 <= time.monotonic() - started < 2.0
