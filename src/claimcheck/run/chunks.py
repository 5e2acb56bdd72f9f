"""A run's articles in chunks: read lazily, filtered to what is new, and the chunks in flight
collected in order (their articles are compared and recorded once all are in: run.ordered)."""

from __future__ import annotations

import collections
import logging
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future

from claimcheck.ledger import ClaimLedger
from claimcheck.run.batch import ChunkOutcome
from claimcheck.run.incremental import InputFiles, Record, fresh_records
from claimcheck.run.progress import Progress
from claimcheck.run.timeline import span

# Submits one chunk to be checked somewhere; its future gives the chunk's outcome.
Submit = Callable[[list[Record]], "Future[ChunkOutcome]"]


def chunked(records: Iterable[Record], size: int) -> Iterator[list[Record]]:
    chunk: list[Record] = []
    for record in records:
        chunk.append(record)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class ChunkQueue:
    """The chunks of one run: read, filtered to what is new, submitted, and collected oldest
    first. A chunk that fails is logged and counted; the others go on."""

    def __init__(
        self,
        ledger: ClaimLedger | None,
        ledger_path: str | None,
        rules_key: str,
        reports_dir: str,
        progress: Progress | None = None,
        log: logging.Logger | None = None,
    ) -> None:
        self.ledger = ledger
        self.ledger_path = ledger_path
        self.rules_key = rules_key
        self.reports_dir = reports_dir
        self.progress = progress or Progress()
        self.log = log or logging.getLogger(__name__)
        self.pending: collections.deque[tuple[Future[ChunkOutcome], int]] = collections.deque()
        self.outcomes: list[ChunkOutcome] = []
        self.failures: list[BaseException] = []
        self.chunks = 0
        self.to_check = 0
        self.done = 0
        self.skipped = 0
        self.read_seconds = 0.0
        self.reading_done = False
        self.first_submit: float | None = None
        self.last_done: float | None = None
        # Told of each chunk once it is collected (the run's tables for analysts are written
        # chunk by chunk, so that no run holds all its claims at once).
        self.recorded: Callable[[ChunkOutcome], None] | None = None
        # Ids checked again though the ledger holds them (see run.unfinished).
        self.redo: frozenset[str] = frozenset()

    def fresh_chunks(
        self, records: Iterable[Record], chunk_size: int, files: InputFiles | None = None
    ) -> Iterator[list[Record]]:
        """Chunks of the records still to check, read lazily (the time spent reading and
        filtering is counted as reading); unchanged articles are counted as skipped."""
        iterator = iter(chunked(records, chunk_size))
        while True:
            mark = time.perf_counter()
            try:
                with span("read chunk"):
                    chunk = next(iterator)
            except StopIteration:
                self.read_seconds += time.perf_counter() - mark
                return
            if files is not None:
                files.count_read(chunk)
            with span("filter chunk"):
                fresh, unchanged = fresh_records(
                    chunk, self.ledger_path, self.rules_key, self.ledger, self.redo
                )
            self.read_seconds += time.perf_counter() - mark
            self.skipped += unchanged
            if fresh:
                yield fresh

    def run(self, chunks: Iterable[list[Record]], submit: Submit, window: int) -> None:
        """Submit every chunk, keeping at most `window` in flight, and collect them all."""
        for chunk in chunks:
            self.submit(chunk, submit)
            while len(self.pending) > window:
                self.collect_oldest()
        self.reading_done = True
        while self.pending:
            self.collect_oldest()

    def submit(self, chunk: list[Record], submit: Submit) -> None:
        if self.first_submit is None:
            self.first_submit = time.perf_counter()
        with span("submit chunk"):
            self.pending.append((submit(chunk), len(chunk)))
        self.chunks += 1
        self.to_check += len(chunk)
        self.progress.submitted(self.to_check, self.reading_done)

    def collect_oldest(self) -> None:
        """Wait for the oldest chunk and keep its outcome (a failed chunk does not stop the
        others)."""
        future, size = self.pending.popleft()
        try:
            with span("wait for chunk"):
                outcome = future.result()
            if self.recorded is not None:
                with span("collect chunk"):
                    self.recorded(outcome)
            self.outcomes.append(outcome)
        except Exception as error:  # the chunk's articles stay new; reported as the run ends
            self.log.error("a chunk of %d record(s) failed: %r", size, error)
            self.failures.append(error)
        self.done += size
        self.last_done = time.perf_counter()
        elapsed = self.last_done - (self.first_submit or self.last_done)
        self.progress.collected(self.done, self.to_check, self.reading_done, size, elapsed)

    def checking_wall(self) -> float:
        if self.first_submit is None or self.last_done is None:
            return 0.0
        return self.last_done - self.first_submit
