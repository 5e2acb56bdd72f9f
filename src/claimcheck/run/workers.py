"""Where chunks are checked: a process pool of this machine, the run's own threads, or the
workers of a Dask cluster; and which of them a run uses."""

from __future__ import annotations

import atexit
import collections
import itertools
import logging
import os
import select
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import CancelledError, Executor, Future
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path

from claimcheck.input.articles import InputProblem
from claimcheck.pipeline.checker import INPUT_PROBLEM_CODE
from claimcheck.records import Article
from claimcheck.run.batch import (
    ChunkOutcome,
    ChunkReport,
    LedgerAdditions,
    RunSettings,
    check_chunk,
    make_checker,
    report_chunk,
)
from claimcheck.run.staging import Addition, RunLines, StagedAdditions
from claimcheck.run.stopping import stop_awaited
from claimcheck.run.timeline import span

# A process pool of this machine ("pool"), the run's own task threads ("threads": small runs,
# where starting processes costs more than it saves), or the task runner's workers themselves
# ("dask": a Dask cluster, each worker one process).
MODE_POOL, MODE_THREADS, MODE_DASK = "pool", "threads", "dask"
# Below this many new articles a run stays in its own process (a worker costs ~1-2 s).
POOL_MIN_ARTICLES = 400
# Chunks in flight at once per worker: enough to keep every worker busy while the run
# records finished chunks, few enough that a big input is never all in memory.
CHUNKS_IN_FLIGHT_PER_WORKER = 2
# Chunks in flight on a Dask cluster, and in the run's threads.
DASK_WINDOW, THREADS_WINDOW = 64, 2

Chunk = list[Article | InputProblem]


@dataclass(frozen=True, slots=True)
class Placement:
    """Where a run checks its chunks, with how many workers, and how many chunks it keeps in
    flight before it waits for the oldest."""

    mode: str
    workers: int
    window: int


def place_chunks(
    chunks: Iterable[Chunk], workers: int, dask: bool = False
) -> tuple[Placement, Iterator[Chunk]]:
    """Choose where a run's chunks go; returns the placement and the chunks (the first ones
    may have been read ahead to see whether the run is big enough for worker processes)."""
    stream = iter(chunks)
    if dask:
        return Placement(MODE_DASK, workers, DASK_WINDOW), stream
    if workers == 1:
        return Placement(MODE_THREADS, 1, THREADS_WINDOW), stream
    # Peek: a run with few new articles does not pay for starting processes.
    ahead: list[Chunk] = []
    for chunk in stream:
        ahead.append(chunk)
        if sum(map(len, ahead)) >= POOL_MIN_ARTICLES:
            break
    else:
        workers = 1
    if workers > 1:
        placement = Placement(MODE_POOL, workers, CHUNKS_IN_FLIGHT_PER_WORKER * workers)
        return placement, _small_tail(itertools.chain(ahead, stream), TAIL_PIECES * workers)
    return Placement(MODE_THREADS, workers, THREADS_WINDOW), itertools.chain(ahead, stream)


# The last two chunks of a pooled run are checked in this many smaller pieces per worker.
TAIL_PIECES = 4


def _small_tail(chunks: Iterator[Chunk], pieces: int) -> Iterator[Chunk]:
    """The chunks as they come, but the last two cut into `pieces` smaller ones (in order):
    the workers then finish within a small chunk of each other, instead of one waiting for
    the other's last full chunk. Two chunks are read ahead to know which are the last."""
    held: collections.deque[Chunk] = collections.deque()
    for chunk in chunks:
        held.append(chunk)
        if len(held) > 2:
            yield held.popleft()
    tail = [record for chunk in held for record in chunk]
    size = max(1, -(-len(tail) // pieces))
    for start in range(0, len(tail), size):
        yield tail[start : start + size]


# Seconds a chunk whose workers ended waits for the run's stop to be noted: a signal sent to
# the run's whole group ends the workers at once, and the run's handler runs only when its
# main thread next runs Python code.
STOP_SETTLE_SECONDS = 2.0


def check_chunk_placed(
    records: Sequence[Article | InputProblem],
    settings: RunSettings,
    rules_key: str,
    mode: str = MODE_THREADS,
    workers: int = 2,
) -> ChunkOutcome:
    """Check one chunk where the placement says: in the pool, or right here (a thread of the
    run, or a Dask worker that keeps its checker between chunks)."""
    if mode == MODE_POOL:
        try:
            future = _head_started(records, settings, rules_key)
            if future is None:
                future = process_pool(workers).submit(check_chunk, records, settings, rules_key)
            return future.result()
        except (BrokenProcessPool, PoolsEnded) as error:
            # The workers ended under the chunk: a stopped run ends them (or the signal
            # reached them with the run's whole group, a moment before the run's own
            # handler ran). Then the chunk ends as the run does, with its stop, and no
            # traceback of a failed chunk; else it failed, and says why.
            stopped = stop_awaited(STOP_SETTLE_SECONDS)
            if stopped is not None:
                raise stopped from error
            raise
    return check_chunk(records, settings, rules_key, keep_checker=mode == MODE_DASK)


# Chunks handed to the pool before the run's flow started (`head_start`), by run folder:
# their records, the run's settings and rules key, and the future of their outcome.
_HEAD_STARTS: dict[str, list[tuple[Chunk, RunSettings, str, Future[ChunkOutcome]]]] = {}
_HEAD_STARTS_LOCK = threading.Lock()


def head_start(chunk: Chunk, settings: RunSettings, rules_key: str, workers: int) -> None:
    """Check a chunk in the pool now, before the run that will ask for it has started (the
    workers check while Prefect loads and starts its flow run): `check_chunk_placed` takes
    the outcome when the run submits the same records with the same settings. Handed over
    by a thread of its own, in order: starting the pool waits for its processes, and this
    process meanwhile goes on to load Prefect."""
    ahead: Future[ChunkOutcome] = Future()
    with _HEAD_STARTS_LOCK:
        _HEAD_STARTS.setdefault(settings.reports_dir, []).append(
            (chunk, settings, rules_key, ahead)
        )
        global _HANDING_OVER
        if _HANDING_OVER is None:
            from concurrent.futures import ThreadPoolExecutor

            _HANDING_OVER = ThreadPoolExecutor(1, thread_name_prefix="claimcheck-head-start")
        _HANDING_OVER.submit(_hand_over, ahead, chunk, settings, rules_key, workers)


_HANDING_OVER: Executor | None = None


def _hand_over(
    ahead: Future[ChunkOutcome],
    chunk: Chunk,
    settings: RunSettings,
    rules_key: str,
    workers: int,
) -> None:
    try:
        checked = process_pool(workers).submit(check_chunk, chunk, settings, rules_key)
    except BaseException as error:  # the run that takes the chunk sees it fail
        ahead.set_exception(error)
        return
    checked.add_done_callback(lambda done: _pass_on(done, ahead))


def _pass_on(done: Future[ChunkOutcome], ahead: Future[ChunkOutcome]) -> None:
    error = done.exception() if not done.cancelled() else CancelledError()
    if error is not None:
        ahead.set_exception(error)
    else:
        ahead.set_result(done.result())


def _head_started(
    records: Sequence[Article | InputProblem], settings: RunSettings, rules_key: str
) -> Future[ChunkOutcome] | None:
    with _HEAD_STARTS_LOCK:
        started = _HEAD_STARTS.get(settings.reports_dir, [])
        for index, (chunk, their_settings, their_key, future) in enumerate(started):
            if their_key == rules_key and their_settings == settings and chunk == records:
                del started[index]
                return future
    return None


def discard_head_starts(reports_dir: str) -> int:
    """Drop the chunks checked ahead for a run that did not ask for them (its input changed
    in between): their kept results are removed once they are done. Returns how many."""
    with _HEAD_STARTS_LOCK:
        left = _HEAD_STARTS.pop(reports_dir, [])
    for *_, future in left:
        try:
            outcome = future.result()
        except Exception as error:  # a chunk no run wanted: its failure stops nothing
            logging.getLogger(__name__).warning("a chunk checked ahead failed: %r", error)
            continue
        if outcome.pending:
            Path(outcome.pending).unlink(missing_ok=True)
    return len(left)


def report_chunks(
    outcomes: Sequence[ChunkOutcome],
    additions: Mapping[str, Addition],
    settings: RunSettings,
    placement: Placement,
    reported: Callable[[ChunkOutcome], None] | None = None,
    reporter: ChunkReporter | None = None,
    lines: RunLines | None = None,
) -> None:
    """Write every checked chunk's pages with what the ordered pass found, where the chunks
    were checked: in the pool for a pooled run, here otherwise (a Dask run reports from the
    run's process: the pages are plain files in its reports folder). Each outcome then holds
    its chunk's index lines and all its findings, until `reported` has taken them. At most a
    window of chunks is in the pool at once, each with only its own articles' additions.
    `reporter`: the one that already handed some chunks over while the pass went on.
    `lines`: where the collected chunks' article ids and findings wait (`RunLines.place`)."""
    if reporter is None:
        reporter = ChunkReporter(outcomes, additions, settings, placement, reported, lines)
    reporter.finish()


class ChunkReporter:
    """The checked chunks' pages, handed to where they are written: all of them once the
    ordered pass is over (`finish`), or, in a pooled run writing every page, each as soon as
    the pass has gone past its last article in publication order (`ready_through`, told by
    the pass after each part): the workers write pages while the run's process compares."""

    def __init__(
        self,
        outcomes: Sequence[ChunkOutcome],
        additions: Mapping[str, Addition],
        settings: RunSettings,
        placement: Placement,
        reported: Callable[[ChunkOutcome], None] | None = None,
        lines: RunLines | None = None,
    ) -> None:
        self.additions = additions
        self.settings = settings
        self.window = placement.window
        self.reported = reported
        self.lines = lines
        self.pages = RunPages(outcomes, additions, settings, lines)
        self.jobs = [outcome for outcome in outcomes if outcome.pending]
        # Told of each chunk once reported, in the chunks' order (the run's index lines keep
        # it), those with nothing to report included.
        self.outcomes = list(outcomes)
        self.told = 0
        pooled = placement.mode == MODE_POOL and len(self.jobs) > 1
        self.pool = process_pool(placement.workers) if pooled else None
        self.in_flight: collections.deque[tuple[ChunkOutcome, Future[ChunkReport]]] = (
            collections.deque()
        )

    def ready_through(self, order: tuple[str, str]) -> None:
        """The pass has recorded every article up to `order` (publication order): hand over
        the chunks whose articles all come before, as far as the window allows without
        waiting, and take in those done."""
        while self.in_flight and self.in_flight[0][1].done():
            self._take_oldest()
        waiting = []
        for outcome in self.jobs:
            last = outcome.last_in_order
            if len(self.in_flight) < self.window and last is not None and last <= order:
                self._hand_over(outcome)
            else:
                waiting.append(outcome)
        self.jobs = waiting

    def finish(self) -> None:
        for outcome in self.jobs:
            self._hand_over(outcome)
            while len(self.in_flight) > self.window:
                self._take_oldest()
        self.jobs = []
        while self.in_flight:
            self._take_oldest()
        self._tell_in_order()

    def _hand_over(self, outcome: ChunkOutcome) -> None:
        ids = self.lines.article_ids(outcome) if self.lines else outcome.article_ids
        found = _additions_for(ids, self.additions)
        pages = self.pages.among(ids, found)
        arguments = (outcome.pending or "", found, self.settings, pages, outcome.checks)
        if self.pool is not None:
            self.in_flight.append((outcome, self.pool.submit(report_chunk, *arguments)))
        else:
            done: Future[ChunkReport] = Future()
            done.set_result(report_chunk(*arguments))
            self.in_flight.append((outcome, done))
            self._take_oldest()

    def _take_oldest(self) -> None:
        outcome, future = self.in_flight.popleft()
        _take_report(outcome, future.result())
        self._tell_in_order()

    def _tell_in_order(self) -> None:
        """Tell `reported` of the chunks reported so far, in the chunks' order."""
        if self.reported is None:
            return
        while self.told < len(self.outcomes) and self.outcomes[self.told].pending is None:
            self.reported(self.outcomes[self.told])
            self.told += 1


def _additions_for(ids: Sequence[str], additions: Mapping[str, Addition]) -> LedgerAdditions:
    if isinstance(additions, StagedAdditions):
        return additions.for_articles(ids)
    return {article_id: additions[article_id] for article_id in ids if article_id in additions}


def _take_report(outcome: ChunkOutcome, report: ChunkReport) -> None:
    """The chunk's findings and index lines once its kept articles are reported: those read
    back replace what their checking found and their pages written before, the index lines
    in the chunk's order."""
    if outcome.lines_chunk is not None:
        # Its findings wait on disk: those of the articles read back are replaced there.
        outcome.findings = report.findings
        outcome.reread = report.reread
    else:
        reread = set(report.reread)
        outcome.findings = [
            f
            for f in outcome.findings
            if f.rule == INPUT_PROBLEM_CODE or f.article_id not in reread
        ] + report.findings
    rewritten = set(report.positions)
    placed = [
        (position, entry)
        for position, entry in zip(outcome.entry_positions, outcome.entries, strict=True)
        if position not in rewritten
    ]
    placed += zip(report.positions, report.entries, strict=True)
    placed.sort(key=lambda pair: pair[0])
    outcome.entry_positions = [position for position, _entry in placed]
    outcome.entries = [entry for _position, entry in placed]
    if outcome.lines_chunk is None:
        outcome.claims_checked = sum(entry["claims_checked"] for entry in outcome.entries)
    outcome.stage_seconds["write_reports"] = (
        outcome.stage_seconds.get("write_reports", 0.0) + report.seconds
    )
    outcome.pending = None


class RunPages:
    """The articles of this run that get a page (all, or those with a finding), asked about
    a chunk at a time: a chunk's pages link to the pages of the earlier articles its
    findings and figure histories name, when this run writes them."""

    def __init__(
        self,
        outcomes: Sequence[ChunkOutcome],
        additions: Mapping[str, Addition],
        settings: RunSettings,
        lines: RunLines | None = None,
    ) -> None:
        self.staged = additions.staging if isinstance(additions, StagedAdditions) else None
        self.every = settings.reports_for == "all"
        if self.every and self.staged is not None:
            self.pages: frozenset[str] = frozenset()  # every staged article: asked as needed
        elif self.every:
            self.pages = frozenset(every_article_id(outcomes, lines))
        else:
            with_findings = {f.article_id for outcome in outcomes for f in outcome.findings}
            if lines is not None:
                with_findings |= lines.articles_with_findings()
            if isinstance(additions, StagedAdditions):
                with_findings |= additions.with_findings()
            else:
                with_findings |= {aid for aid, (found, _) in additions.items() if found}
            ids = set(every_article_id(outcomes, lines))
            self.pages = frozenset(ids & with_findings)

    def among(self, article_ids: Sequence[str], additions: LedgerAdditions) -> frozenset[str]:
        """The pages a chunk's own pages (of articles `article_ids`) may link to."""
        named = set(article_ids)
        for found, history in additions.values():
            for finding in found:
                earlier = finding.evidence.get("earlier")
                if isinstance(earlier, list):
                    named.update(str(item.get("article_id")) for item in earlier)
                prior = finding.evidence.get("prior_article_id")
                if prior:
                    named.add(str(prior))
            for figure in history:
                named.update(entry.article_id for entry in figure.earlier)
        if self.every and self.staged is not None:
            return frozenset(self.staged.staged_among(named))
        return frozenset(named & self.pages)


def every_article_id(outcomes: Sequence[ChunkOutcome], lines: RunLines | None) -> Iterator[str]:
    """The ids of the chunks' articles: those placed on disk, then those still held."""
    if lines is not None:
        yield from lines.every_article_id()
    for outcome in outcomes:
        yield from outcome.article_ids


_POOLS: dict[int, Executor] = {}
# The run's task threads ask for the pool at once as a run starts: one of them starts it.
_POOLS_LOCK = threading.Lock()


def _warm_worker(run_process: int | None = None) -> None:
    """Import the heavy parts once per worker (pint, the date lexicon, templates); then keep
    them, and the checking's many short-lived objects, from the cycle collector's walks.
    Given the pid of the process that started the pool, the worker ends when that process
    does (`_end_with`)."""
    if run_process is not None:
        _end_with(run_process)
    _leave_interrupts_to_the_run()
    with span("worker warm-up"):
        make_checker(RunSettings(reports_dir="", ledger_path=None)).check_article(
            Article(id="warm-up", body="It rose 5 pct to 12 mln dlrs on Monday, March 2, 1987.")
        )
    _collect_rarely()


def _leave_interrupts_to_the_run() -> None:
    """Ctrl-C in a terminal reaches every process of the run's group, the workers too: a
    worker raised KeyboardInterrupt within its chunk, which the pool sent back as the
    chunk's failure, and then took the next chunk. The run's process decides on a stop
    and ends its workers (with SIGTERM), so a worker ignores SIGINT."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _end_with(pid: int) -> None:
    """End this worker as soon as process `pid` has ended, however it ended (killed, stopped
    by a signal while it was still starting this pool): a worker's parent is the process
    that forks workers, not the run, and a worker waiting for chunks holds its pipes open,
    so nothing else would ever end it. A thread waits on the process's pidfd (Linux), or
    looks every half second where there is none."""

    def wait_then_end() -> None:
        try:
            handle = os.pidfd_open(pid)
        except (AttributeError, OSError):  # no pidfd here: look for the process instead
            while _alive(pid):
                time.sleep(0.5)
        else:
            select.select([handle], [], [])  # readable once the process has ended
        os._exit(1)

    threading.Thread(target=wait_then_end, name="claimcheck-end-with-run", daemon=True).start()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process took the pid: the run's is gone
        return False
    return True


# The cycle collector in a worker: its first generation collected after this many net new
# objects instead of Python's 700, older ones after 20 collections of the one below instead
# of 10. A chunk's results (claims, findings, entries) live until the chunk is sent back: at
# Python's thresholds they were walked again and again as they grew (some 80 collections per
# 2,000 articles, about a tenth of a worker's CPU). What a worker allocates is freed by
# reference counting but for a few cycles, which are still collected, later.
WORKER_GC_THRESHOLDS = (20_000, 20, 20)


def _collect_rarely() -> None:
    import gc

    gc.collect()
    gc.freeze()  # what the worker has loaded stays: never walked again
    gc.set_threshold(*WORKER_GC_THRESHOLDS)


class PoolsEnded(RuntimeError):
    """The run was stopped and its workers ended: no chunk is checked any more."""

    def __init__(self) -> None:
        super().__init__("the run was stopped: its worker processes are ended, none start again")


def process_pool(workers: int) -> Executor:
    """A pool of `workers` processes for the CPU-bound checking, started once per process
    (`claimcheck serve` keeps it between runs). Workers are started with forkserver (spawn
    where that is missing), never fork: the run's process runs threads (Prefect's event
    loop) that a forked child would inherit in an unknown state. Once `terminate_pools`
    has ended the workers, `PoolsEnded`: the process is leaving, and a task thread asking
    for the pool then (its chunk failed as the workers ended) must not start another."""
    with _POOLS_LOCK:
        if _TERMINATED:
            raise PoolsEnded()
        return _POOLS.get(workers) or _start_pool(workers)


def _start_pool(workers: int) -> Executor:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    if context.get_start_method() == "forkserver":
        context.set_forkserver_preload(["claimcheck.run.batch", "claimcheck.report.html"])
    pool = ProcessPoolExecutor(
        workers, mp_context=context, initializer=_warm_worker, initargs=(os.getpid(),)
    )
    _widen_pipes(pool)
    if not _POOLS:
        # Stopped while the interpreter is whole: at teardown the pool's own clean-up
        # finds its modules gone and complains.
        atexit.register(shutdown_pools)
    _POOLS[workers] = pool
    return pool


# Bytes a pool's pipes hold (Linux's limit for a process without privileges): a chunk's
# outcome (some 2 MB for 400 articles: ledger entries, claims) goes through in a few writes.
PIPE_BYTES = 1 << 20


def _widen_pipes(pool: Executor) -> None:
    """Let the pool's pipes hold a megabyte instead of 64 KB. The run's process reads the
    outcomes, and writes the chunks, in a thread of its own that must take the interpreter
    lock back after every read or write while the run's main thread records chunks: with
    small pipes a worker waited, its core idle, for each 64 KB of its outcome to be taken.
    Where pipes cannot be resized (not Linux, or a lower limit) they stay as they are."""
    try:
        import fcntl
    except ImportError:  # not a POSIX system: its pipes stay as they are
        return
    resize = getattr(fcntl, "F_SETPIPE_SZ", None)
    queues = (getattr(pool, "_call_queue", None), getattr(pool, "_result_queue", None))
    for queue in queues:
        reader = getattr(queue, "_reader", None)
        if resize is None or reader is None:
            continue
        try:
            fcntl.fcntl(reader.fileno(), resize, PIPE_BYTES)
        except OSError as error:  # above this system's limit for pipes: left as it is
            logging.getLogger(__name__).debug("pipe left at its size: %s", error)


def shutdown_pools() -> None:
    with span("stop the worker pool"):
        for pool in _POOLS.values():
            pool.shutdown(cancel_futures=True)
        _POOLS.clear()


# Set once `terminate_pools` has run: no pool starts in this process any more.
_TERMINATED: list[bool] = []


def terminate_pools() -> None:
    """End every pool's worker processes now, their chunks unfinished (a run stopped by a
    signal): the futures they held fail, so the threads waiting on them return, and no
    pool starts again in this process (`process_pool`). Called from a signal handler: sends
    signals and takes no lock."""
    _TERMINATED.append(True)
    for pool in list(_POOLS.values()):
        processes = getattr(pool, "_processes", None) or {}
        for process in list(processes.values()):
            if process.is_alive():
                process.terminate()
    _POOLS.clear()  # nothing left for the exit handler to wait for
