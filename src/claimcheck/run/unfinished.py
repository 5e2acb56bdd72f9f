"""What a killed run left unfinished, found and taken over by the next run.

Each run with a ledger holds a lock file in the reports folder (`.run-<run id>.lock`, an
advisory lock the system releases when the process dies) from the moment it reads its
inputs until its index is written. Before its ordered pass records anything, the run writes
into that file the ids of the articles it is about to record: once recorded, they count as
unchanged, and a run killed before their pages were written would otherwise leave their
findings unreported for good. A later run that can take the lock of such a file knows its
run is dead: it checks and reports those articles again (their recorded ledger findings are
given back by the ordered pass), and removes the chunk results the dead run kept
(`.pending-*.tmp` in its run folder) and its ordered pass's staged table (`.staged-*.tmp`)
whatever their age.
"""

from __future__ import annotations

import heapq
import logging
import os
import secrets
from collections.abc import Iterable
from pathlib import Path
from typing import IO

# Ids written to the lock file at a time.
_IDS_PER_WRITE = 5000

LOCK_PREFIX, LOCK_SUFFIX = ".run-", ".lock"


def _try_lock(handle: IO[bytes]) -> bool:
    import fcntl  # POSIX, as the ledger's own pass lock

    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


class RunLock:
    """One run's lock file, and what the dead runs before it left to do."""

    def __init__(self, reports_root: Path, run_id: str, log: logging.Logger | None = None):
        self.root = reports_root
        self.run_id = run_id
        self.log = log or logging.getLogger(__name__)
        self.path = reports_root / f"{LOCK_PREFIX}{run_id}{LOCK_SUFFIX}"
        self.handle: IO[bytes] | None = None
        self.recorded = False
        # Article ids dead runs recorded without reporting them, and their lock files.
        self.unfinished: frozenset[str] = frozenset()
        self.taken: list[Path] = []

    def acquire(self) -> None:
        """Take this run's lock; the file appears under its name already locked (made
        aside and renamed), so that no other run ever takes it for a dead run's."""
        import fcntl

        self.root.mkdir(parents=True, exist_ok=True)
        aside = self.root / f".run-{secrets.token_hex(6)}.tmp"
        handle = open(aside, "w+b")  # noqa: SIM115 - held for the run's whole life
        fcntl.flock(handle, fcntl.LOCK_EX)
        os.replace(aside, self.path)
        self.handle = handle

    def take_over(self) -> frozenset[str]:
        """The ids dead runs left unreported; their kept chunk results are removed now,
        their lock files once this run has noted those ids as its own (`recording`)."""
        ids: set[str] = set()
        removed = 0
        for path in sorted(self.root.glob(f"{LOCK_PREFIX}*{LOCK_SUFFIX}")):
            if path == self.path:
                continue
            try:
                handle = open(path, "rb")  # noqa: SIM115 - closed below
            except OSError:
                continue
            with handle:
                if not _try_lock(handle):
                    continue  # its run is alive
                ids.update(line.strip() for line in handle.read().decode().splitlines())
                removed += self._remove_pending(path.name[len(LOCK_PREFIX) : -len(LOCK_SUFFIX)])
                self.taken.append(path)
        ids.discard("")
        if self.taken:
            self.log.info(
                "%d interrupted run(s): %d article(s) recorded but not reported are checked "
                "again, %d kept chunk result(s) removed",
                len(self.taken),
                len(ids),
                removed,
            )
        self.unfinished = frozenset(ids)
        return self.unfinished

    def _remove_pending(self, run_id: str) -> int:
        removed = 0
        folder = self.root / run_id
        # Kept chunk results and the ordered pass's staged table: nobody reads either again.
        for pending in [*folder.glob(".pending-*.tmp"), *folder.glob(".staged-*.tmp")]:
            pending.unlink(missing_ok=True)
            removed += 1
        return removed

    def recording(self, article_ids: Iterable[str]) -> None:
        """Note the articles this run's ordered pass is about to record (with those taken
        over from dead runs and not among them), then drop the dead runs' lock files.
        `article_ids` in sorted order (repeats are written once)."""
        if self.handle is None:
            return
        self.handle.seek(0)
        self.handle.truncate()
        # Written as read, a part at a time: a run of 200,000 articles held their ids four
        # times over (a set, a sorted list, the text and its bytes) to write a few megabytes.
        previous = None
        part: list[str] = []
        for article_id in heapq.merge(article_ids, sorted(self.unfinished)):
            if article_id != previous:
                part.append(article_id)
                previous = article_id
            if len(part) >= _IDS_PER_WRITE:
                self.handle.write(("\n".join(part) + "\n").encode())
                part = []
        if part or previous is None:
            self.handle.write(("\n".join(part) + "\n").encode())
        self.handle.flush()
        os.fsync(self.handle.fileno())
        self.recorded = True
        for path in self.taken:
            path.unlink(missing_ok=True)
        self.taken = []

    def finished(self) -> None:
        """The run's pages and index are written: nothing is left to redo."""
        if self.handle is not None:
            self.path.unlink(missing_ok=True)
            self.release()

    def release(self) -> None:
        """Let go of the lock; a run that recorded nothing leaves nothing to redo (a run that
        stopped after recording leaves its ids for the next run)."""
        if self.handle is None:
            return
        if not self.recorded:
            self.path.unlink(missing_ok=True)
        self.handle.close()
        self.handle = None
