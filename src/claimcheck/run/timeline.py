"""When each process of a run did what: with CLAIMCHECK_TIMELINE naming a file, every step
of a run (the flow's reading, submitting, collecting, ordered pass and finishing; each chunk
checked and reported in a worker) appends one JSON line to it as it ends: what, which
process, its start and end on the wall clock (comparable across processes), the CPU
seconds of the thread that ran it and, where the system tells them, the system part of
those (`sys`) and the process's peak resident memory so far in KB (`peak_kb`).
`benchmarks/timeline_run.py` draws a run from it. Unset, a step costs one dictionary
look-up."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

try:
    import resource
except ImportError:  # not on Windows: the notes go without the system CPU and peak memory
    resource = None  # type: ignore[assignment]

TIMELINE_ENV = "CLAIMCHECK_TIMELINE"


def enabled() -> bool:
    return bool(os.environ.get(TIMELINE_ENV))


@contextmanager
def span(what: str, **detail: Any) -> Iterator[None]:
    """One step of a run, noted as it ends (also when it raises)."""
    target = os.environ.get(TIMELINE_ENV)
    if not target:
        yield
        return
    start, cpu, system = time.time(), time.thread_time(), _system_seconds()
    try:
        yield
    finally:
        if resource is not None:
            detail["sys"] = _system_seconds() - system
            detail["peak_kb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        note(target, what, start, time.time(), time.thread_time() - cpu, detail)


def _system_seconds() -> float:
    """The system CPU seconds of this thread (Linux), else of this process, else 0."""
    if resource is None:
        return 0.0
    who = getattr(resource, "RUSAGE_THREAD", resource.RUSAGE_SELF)
    return resource.getrusage(who).ru_stime


def mark(what: str, **detail: Any) -> None:
    """A moment of a run (a step with no length)."""
    target = os.environ.get(TIMELINE_ENV)
    if target:
        now = time.time()
        note(target, what, now, now, 0.0, detail)


def note(
    target: str, what: str, start: float, end: float, cpu: float, detail: dict[str, Any]
) -> None:
    line = {"what": what, "pid": os.getpid(), "start": start, "end": end, "cpu": cpu, **detail}
    # One write of one line with O_APPEND: the processes of a run never interleave lines.
    handle = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    try:
        os.write(handle, (json.dumps(line) + "\n").encode())
    finally:
        os.close(handle)
