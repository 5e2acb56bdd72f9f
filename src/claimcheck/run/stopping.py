"""A run stopped by SIGTERM or Ctrl-C: the worker processes end at once, the run's process
within seconds, with one line and a non-zero exit.

Without this, a signal reached only the run's process: its workers went on checking chunks
nobody would read (and, holding their own pipes open, never ended); the run's process waited
for their chunks before it left, or died at once by the default action and left them
behind. What a stopped run leaves is what a killed one leaves (`run.unfinished`): the ledger
holds whole transactions only, and the next run checks and reports what is missing.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType

# Seconds the run's process has, after the signal, to leave by the usual way (Prefect
# records the flow run as crashed, the exit handlers run); then it leaves at once.
GRACE_SECONDS = 3.0
STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)


class RunStopped(BaseException):
    """Raised in the run's main thread by a stop signal (a BaseException, as
    KeyboardInterrupt: no `except Exception` of the run takes it for a failure)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum

    @property
    def exit_code(self) -> int:
        return 128 + self.signum  # the shell's code for a process ended by that signal

    def message(self) -> str:
        name = signal.Signals(self.signum).name
        return (
            f"claimcheck: run stopped by {name}; what the ledger recorded stays, "
            "the next run checks the rest"
        )


# The signal whose line was printed, the handler installed, the watchdog started, the
# signals received: at most one of each per run (lists, to be changed in place).
_said: list[int] = []
_installed: list[object] = []
_armed: list[threading.Timer] = []
_received: list[int] = []


def terminate_pools_if_any() -> None:
    """End the worker processes of the pools started in this process, if the pools' module
    was loaded at all (a signal may come while it is still being imported)."""
    workers = sys.modules.get("claimcheck.run.workers")
    terminate: Callable[[], None] | None = getattr(workers, "terminate_pools", None)
    if terminate is not None:
        terminate()


@contextmanager
def stop_on_signals(
    terminate_workers: Callable[[], None] = terminate_pools_if_any,
) -> Iterator[None]:
    """Within this block, SIGTERM and SIGINT end the worker processes (`terminate_workers()`)
    and raise `RunStopped` in the main thread; if the process has not left `GRACE_SECONDS`
    later, it leaves then, with the same line and exit code. The previous handlers come
    back afterwards (a caller running `run` in its own process keeps its own). Outside the
    main thread, where no handler can be set, nothing changes."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    for noted in (_said, _armed, _received):  # a run before this one in the same process
        noted.clear()

    def stop(signum: int, _frame: FrameType | None) -> None:
        # Noted before the workers end: a chunk whose workers ended asks whether the run
        # was stopped (`stop_awaited`), from a thread that may run before this one goes on.
        _received.append(signum)
        terminate_workers()
        if not _armed:
            watchdog = threading.Timer(GRACE_SECONDS, _leave_now, args=(signum,))
            watchdog.daemon = True
            watchdog.start()
            _armed.append(watchdog)
        raise RunStopped(signum)

    previous = {signum: signal.signal(signum, stop) for signum in STOP_SIGNALS}
    _installed[:] = [stop]
    try:
        yield
    finally:
        _installed.clear()
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def keep_stop_handler() -> None:
    """Put the run's SIGTERM handler back where a framework replaced it (Prefect's flow
    engine turns SIGTERM into an exception of its own, and only passes it on once the flow
    has ended: the workers would check on until then). Only in the main thread of a
    process where `stop_on_signals` was called; elsewhere nothing happens."""
    if _installed and threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _installed[0])  # type: ignore[arg-type]


def stop_received() -> RunStopped | None:
    """The stop of the first signal received, if any: the exception it raised may have been
    turned into another on its way up (a library wrapping what its callback raised)."""
    return RunStopped(_received[0]) if _received else None


def stop_awaited(seconds: float) -> RunStopped | None:
    """The stop of a signal received now or within `seconds`, if any. Asked where something
    failed that a stop would explain (the workers ended under a chunk): a signal sent to the
    run's whole group ends them at once, and the run's handler notes it only when the main
    thread next runs Python code. Where no stop handler is installed, no stop can come."""
    deadline = time.monotonic() + seconds
    while _installed and not _received and time.monotonic() < deadline:
        time.sleep(0.02)
    return stop_received()


def say_stopped(stopped: RunStopped) -> int:
    """Print the stopped run's line (once) and return its exit code."""
    if not _said:
        _said.append(stopped.signum)
        print(stopped.message(), file=sys.stderr, flush=True)
    return stopped.exit_code


def _leave_now(signum: int) -> None:
    """The process did not leave within the grace time (a thread waiting on something that
    will not come): leave without the rest of the exit."""
    code = say_stopped(RunStopped(signum))
    try:
        sys.stdout.flush()
    finally:
        os._exit(code)
