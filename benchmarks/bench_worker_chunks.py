"""CPU of a pool worker checking and reporting chunks, in one process set up as a pool worker.

The first N Reuters records (default 2,050) go through `run.batch.check_chunk` as a worker
of `claimcheck run --rules rules` checks them (chunks of 400, every page written, the results
with a figure kept, the outcome pickled as it is sent back), after the worker's warm-up
(`run.workers._warm_worker`, not timed) and a first small chunk (the rules loaded). Prints
the user and system CPU seconds of the chunks; the system time is mostly the file system's
work of creating the page files, which varies with the machine's other file work.

    python benchmarks/bench_worker_chunks.py
    PYTHONPATH=OTHER/src python benchmarks/bench_worker_chunks.py   # another tree's code
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import itertools
import pickle
import resource
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "reuters21578.jsonl.gz"
FIRST = 50


@contextlib.contextmanager
def worker_sample(records: int, chunk_size: int, prefix: str) -> Iterator[tuple[int, Callable]]:
    """(count, run) for the first `records` Reuters records in a warmed worker: `run()` checks
    every chunk after the first FIRST records (already checked, the rules loaded) and pickles
    each outcome as a pool worker sends it back. The scratch folder goes on leaving."""
    from claimcheck.input.articles import read_jsonl
    from claimcheck.run import batch, workers

    scratch = Path(tempfile.mkdtemp(prefix=prefix))
    try:
        sample = scratch / "sample.jsonl"
        with gzip.open(CORPUS, "rt", encoding="utf-8") as source:
            sample.write_text("".join(itertools.islice(source, records)))
        read = list(read_jsonl(sample))
        workers._warm_worker()
        settings = batch.RunSettings(str(scratch / "run"), None, rules_dir=str(ROOT / "rules"))
        key = batch.settings_digest(settings)
        batch.check_chunk(read[:FIRST], settings, key)

        def run() -> None:
            for start in range(FIRST, len(read), chunk_size):
                outcome = batch.check_chunk(read[start : start + chunk_size], settings, key)
                pickle.dumps(outcome, protocol=pickle.HIGHEST_PROTOCOL)

        yield len(read) - FIRST, run
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def sample_arguments(doc: str) -> argparse.Namespace | None:
    """--records and --chunk-size of a worker-sample benchmark (its docstring's first line as
    the description); None, after saying so, when the corpus is absent."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--records", type=int, default=2050)
    parser.add_argument("--chunk-size", type=int, default=400)
    args = parser.parse_args()
    if not CORPUS.exists():
        print(f"skipped: {CORPUS} is absent")
        return None
    return args


def main() -> None:
    args = sample_arguments(__doc__)
    if args is None:
        return
    with worker_sample(args.records, args.chunk_size, "claimcheck-bench-worker-") as (count, run):
        before = resource.getrusage(resource.RUSAGE_SELF)
        run()
        after = resource.getrusage(resource.RUSAGE_SELF)
    user, system = after.ru_utime - before.ru_utime, after.ru_stime - before.ru_stime
    total = user + system
    print(f"{count} records: CPU user {user:.2f} s, system {system:.2f} s, total {total:.2f} s")


if __name__ == "__main__":
    main()
