"""The ordered pass over a whole corpus: every article compared with every earlier one and
recorded with its links and findings, as `claimcheck run` does once its chunks are checked.

    .venv/bin/python benchmarks/bench_ordered_pass.py [--limit N] [--repeat 3]
        [--ledger sqlite|postgresql://...] [--shuffle]

`--times N` compares the corpus N times over (copies with new ids, dates 52 weeks on) and
prints the process's peak resident memory: run it once per size to see the pass's memory.
The articles are checked and their ledger entries prepared first (not timed: the workers'
part of a run); then the pass runs `--repeat` times, each on a fresh ledger, and its wall
and CPU seconds are printed (best and median), with the links and findings it recorded. The
pass is the run's: the entries staged on disk (timed, as a run stages them while its chunks
come in), compared a part at a time and what it found staged for the reports
(`claimcheck.run.ordered.compare_in_order`); `--in-memory` times the whole batch compared
in memory instead (`OrderedPass.run`). `--shuffle` hands the entries over in random order
(the pass sorts them itself). `--entries FILE` keeps the prepared entries in FILE (pickled):
the first call writes it, later ones (another tree's code, with PYTHONPATH) read it and skip
the checking. Skips cleanly when ../shared is absent.
"""

from __future__ import annotations

import argparse
import pickle
import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import datetime, timedelta
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpora"
REUTERS = SHARED / "reuters21578.jsonl.gz"


def entries(limit: int | None):
    from claimcheck.input.articles import read_jsonl
    from claimcheck.pipeline.checker import Checker, ledger_entry_for
    from claimcheck.records import Article

    checker = Checker()
    out = []
    # The run's own reader: the same text, date and dateline a run checks.
    for article in read_jsonl(REUTERS):
        if not isinstance(article, Article) or not article.body:
            continue
        out.append(ledger_entry_for(checker.check_article(article), "bench"))
        if limit and len(out) >= limit:
            break
    return out


def kept_entries(path: Path | None, limit: int | None):
    """The prepared entries read back from PATH when it exists; else made, and kept in PATH
    when one is given (so that another tree's code is timed on the same entries)."""
    if path and path.exists():
        return pickle.loads(path.read_bytes())
    prepared = entries(limit)
    if path:
        path.write_bytes(pickle.dumps(prepared, protocol=pickle.HIGHEST_PROTOCOL))
    return prepared


def scaled(prepared: list, times: int):
    """The entries, then copies of them with new ids (`-x2`, ...) and dates moved 52 weeks
    per copy, made one at a time."""
    from dataclasses import replace

    yield from prepared
    for copy in range(1, times):
        suffix, shift = f"-x{copy + 1}", timedelta(weeks=52 * copy)
        for entry in prepared:
            article_id = entry.article_id + suffix
            published = entry.published
            if published:
                published = (datetime.fromisoformat(published) + shift).isoformat()
            figures = tuple(
                replace(figure, article_id=article_id, published=published)
                for figure in entry.figures
            )
            yield replace(entry, article_id=article_id, published=published, figures=figures)


def peak_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def fresh_ledger(where: str, folder: Path):
    from claimcheck.ledger import open_ledger

    if where == "sqlite":
        return open_ledger(folder / f"{uuid.uuid4().hex}.sqlite")
    import psycopg

    schema = f"bench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(where, autocommit=True) as admin:
        admin.execute(f"CREATE SCHEMA {schema}")
    joiner = "&" if "?" in where else "?"
    return open_ledger(f"{where}{joiner}options=-csearch_path%3D{schema}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--ledger", default="sqlite")
    parser.add_argument("--shuffle", action="store_true")
    parser.add_argument("--in-memory", action="store_true")
    parser.add_argument(
        "--entries",
        type=Path,
        help="the prepared entries kept in this file (pickled): made on the first call, read "
        "on the next ones, so that code from another tree is timed on the same entries",
    )
    parser.add_argument(
        "--times",
        type=int,
        default=1,
        help="the corpus N times, each copy with new ids and dates 52 weeks on (as "
        "scale_corpus.py makes it), cloned from the prepared entries as they are staged",
    )
    args = parser.parse_args()
    if not REUTERS.exists():
        print(f"skipped: {REUTERS} not found (needs ../shared)")
        return 0
    from claimcheck.ledger.comparison import OrderedPass
    from claimcheck.run.ordered import compare_in_order
    from claimcheck.run.staging import Staging

    prepared = kept_entries(args.entries, args.limit)
    figures = sum(len(entry.figures) for entry in prepared)
    print(f"{len(prepared):,} articles, {figures:,} figures with an identity, x{args.times}")
    print(f"peak resident memory with the entries prepared: {peak_mb():,.0f} MB")
    walls, cpus, staged = [], [], []
    with tempfile.TemporaryDirectory() as scratch:
        for attempt in range(args.repeat):
            batch = list(prepared)
            if args.shuffle:
                random.Random(attempt).shuffle(batch)
            ledger = fresh_ledger(args.ledger, Path(scratch))
            if args.in_memory:
                started, cpu = time.perf_counter(), time.process_time()
                results = OrderedPass(ledger).run(scaled(batch, args.times), record=True)
                found = sum(len(recorded.findings) for recorded in results.values())
                del results
            else:
                # As a run stages its chunks while they come in: timed apart from the pass.
                started, cpu = time.perf_counter(), time.process_time()
                staging = Staging(Path(scratch) / f"staged-{attempt}")
                chunk: list = []
                for entry in scaled(batch, args.times):
                    chunk.append(entry)
                    if len(chunk) == 400:
                        staging.add_entries(chunk)
                        chunk = []
                staging.add_entries(chunk)
                staged.append(time.process_time() - cpu)
                started, cpu = time.perf_counter(), time.process_time()
                additions, _ = compare_in_order(ledger, [], staging)
                found = sum(len(additions[aid][0]) for aid in additions.with_findings())
                staging.close()
            walls.append(time.perf_counter() - started)
            cpus.append(time.process_time() - cpu)
            stats = ledger.stats()
            ledger.close()
            print(
                f"  pass {attempt + 1}: {walls[-1]:.2f} s wall, {cpus[-1]:.2f} s CPU"
                + (f" (staging before it: {staged[-1]:.2f} s CPU)" if staged else "")
                + f"; {stats['links']:,} links, {found:,} findings, {stats['claims']:,} claims"
            )
    print(
        f"ordered pass: wall best {min(walls):.2f} s, median {statistics.median(walls):.2f} s; "
        f"CPU best {min(cpus):.2f} s, median {statistics.median(cpus):.2f} s"
        + (f"; staging CPU best {min(staged):.2f} s" if staged else "")
    )
    print(f"peak resident memory of this process: {peak_mb():,.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
