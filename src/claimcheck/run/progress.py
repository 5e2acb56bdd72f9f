"""What the people and tools watching a run are told as its chunks are checked."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

# A percentage is reported at most once per this many articles checked (and as reading ends).
PERCENT_EVERY_ARTICLES = 2000


class Progress:
    """A watcher of a run; this one tells no one. `to_check` grows while input is read, and
    is the total only once `reading_done`."""

    def submitted(self, to_check: int, reading_done: bool) -> None:
        """A chunk was submitted; `to_check` articles so far."""

    def collected(
        self, done: int, to_check: int, reading_done: bool, size: int, elapsed: float
    ) -> None:
        """A chunk of `size` articles was collected: `done` of `to_check` after `elapsed` s."""


class AllOf(Progress):
    """Several watchers told the same."""

    def __init__(self, *watchers: Progress) -> None:
        self.watchers = watchers

    def submitted(self, to_check: int, reading_done: bool) -> None:
        for watcher in self.watchers:
            watcher.submitted(to_check, reading_done)

    def collected(
        self, done: int, to_check: int, reading_done: bool, size: int, elapsed: float
    ) -> None:
        for watcher in self.watchers:
            watcher.collected(done, to_check, reading_done, size, elapsed)


class PercentDone(Progress):
    """A percentage for a dashboard: 0 at the first chunk, then every few thousand articles
    (a share of what has been read so far: input is streamed) and when reading ends."""

    def __init__(self, report: Callable[[float], None]) -> None:
        self.report = report
        self.started = False

    def submitted(self, to_check: int, reading_done: bool) -> None:
        if not self.started:
            self.started = True
            self.report(0.0)

    def collected(
        self, done: int, to_check: int, reading_done: bool, size: int, elapsed: float
    ) -> None:
        if reading_done or done % PERCENT_EVERY_ARTICLES < size:
            self.report(100.0 * done / max(to_check, 1))


class TerminalBar(Progress):
    """A progress bar on the terminal (rich): articles checked, rate, time left."""

    def __init__(self, bar: Any) -> None:
        self.bar = bar
        self.task: Any = None

    def submitted(self, to_check: int, reading_done: bool) -> None:
        if self.task is None:
            self.task = self.bar.add_task("checking", total=None, rate="")
        self.bar.update(self.task, total=to_check if reading_done else None)

    def collected(
        self, done: int, to_check: int, reading_done: bool, size: int, elapsed: float
    ) -> None:
        if self.task is None:
            return
        rate = f"{done / elapsed:.0f} articles/s" if elapsed else ""
        total = to_check if reading_done else None
        self.bar.update(self.task, completed=done, total=total, rate=rate)


@contextmanager
def terminal_progress(enabled: bool) -> Iterator[Progress]:
    """A terminal progress bar while the block runs, when enabled and a person is watching
    (stderr is a terminal); otherwise a watcher that tells no one."""
    if not (enabled and sys.stderr.isatty()):
        yield Progress()
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )
    from rich.progress import Progress as Bar

    with Bar(
        TextColumn("[bold]claimcheck[/] {task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
    ) as bar:
        yield TerminalBar(bar)
