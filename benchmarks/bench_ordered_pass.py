"""The ordered pass over a whole corpus: every article compared with every earlier one and
recorded with its links and findings, as `claimcheck run` does once its chunks are checked.

    .venv/bin/python benchmarks/bench_ordered_pass.py [--limit N] [--repeat 3]
        [--ledger sqlite|postgresql://...] [--shuffle]

The articles are checked and their ledger entries prepared first (not timed: the workers'
part of a run); then the pass runs `--repeat` times, each on a fresh ledger, and its wall
and CPU seconds are printed (best and median), with the links and findings it recorded. The
pass is the run's: the entries staged on disk (timed, as a run stages them while its chunks
come in), compared a part at a time and what it found staged for the reports
(`claimcheck.run.ordered.compare_in_order`); `--in-memory` times the whole batch compared
in memory instead (`OrderedPass.run`). `--shuffle` hands the entries over in random order
(the pass sorts them itself). Skips cleanly when ../shared is absent.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpora"
REUTERS = SHARED / "reuters21578.jsonl.gz"


def entries(limit: int | None):
    from claimcheck.pipeline.checker import Checker, ledger_entry_for
    from claimcheck.records import Article

    checker = Checker()
    out = []
    with gzip.open(REUTERS, "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if not record.get("body"):
                continue
            published = record.get("published")
            article = Article(
                id=record["id"],
                body=record["body"],
                title=record.get("title") or "",
                source=record.get("source") or "",
                published=_aware(datetime.fromisoformat(published)) if published else None,
            )
            out.append(ledger_entry_for(checker.check_article(article), "bench"))
            if limit and len(out) >= limit:
                break
    return out


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


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
    args = parser.parse_args()
    if not REUTERS.exists():
        print(f"skipped: {REUTERS} not found (needs ../shared)")
        return 0
    from claimcheck.ledger.comparison import OrderedPass
    from claimcheck.run.batch import ChunkOutcome
    from claimcheck.run.ordered import compare_in_order
    from claimcheck.run.staging import Staging

    prepared = entries(args.limit)
    figures = sum(len(entry.figures) for entry in prepared)
    print(f"{len(prepared):,} articles, {figures:,} figures with an identity")
    walls, cpus = [], []
    with tempfile.TemporaryDirectory() as scratch:
        for attempt in range(args.repeat):
            batch = list(prepared)
            if args.shuffle:
                random.Random(attempt).shuffle(batch)
            ledger = fresh_ledger(args.ledger, Path(scratch))
            started, cpu = time.perf_counter(), time.process_time()
            if args.in_memory:
                results = OrderedPass(ledger).run(batch, record=True)
                found = sum(len(recorded.findings) for recorded in results.values())
            else:
                staging = Staging(Path(scratch) / f"staged-{attempt}")
                chunks = [
                    ChunkOutcome(ledger_entries=batch[i : i + 400])
                    for i in range(0, len(batch), 400)
                ]
                additions, _ = compare_in_order(ledger, chunks, staging)
                found = sum(len(additions[aid][0]) for aid in additions.with_findings())
                staging.close()
            walls.append(time.perf_counter() - started)
            cpus.append(time.process_time() - cpu)
            stats = ledger.stats()
            ledger.close()
            print(
                f"  pass {attempt + 1}: {walls[-1]:.2f} s wall, {cpus[-1]:.2f} s CPU; "
                f"{stats['links']:,} links, {found:,} findings, {stats['claims']:,} claims"
            )
    print(
        f"ordered pass: wall best {min(walls):.2f} s, median {statistics.median(walls):.2f} s; "
        f"CPU best {min(cpus):.2f} s, median {statistics.median(cpus):.2f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
