"""Throughput of claimcheck.extract.quantities.find_quantities on the Reuters-21578 bodies.

Prints articles/s, sentences/s (sentences estimated by a simple splitter) and MB/s, best of
several repetitions in one process, plus how many quantities were found and of which
dimensions. Exits cleanly when ../shared is absent.

    /work/venv/bin/python benchmarks/bench_quantities.py [--repetitions 3] [--limit N]
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import re
import sys
import time
from collections import Counter
from pathlib import Path

from claimcheck.extract.quantities import find_quantities

DEFAULT_CORPUS = (
    Path(__file__).resolve().parents[2] / "shared" / "corpora" / "reuters21578.jsonl.gz"
)
# Rough sentence boundary: end punctuation followed by whitespace and a capital, or a
# paragraph break. Only used to express the rate per sentence.
SENTENCE_END_RE = re.compile(r"[.!?](?=\s+[A-Z])|\n\s{2,}")


def load_bodies(path: Path, limit: int | None) -> list[str]:
    bodies: list[str] = []
    with gzip.open(path, "rt", encoding="utf-8") as corpus:
        for line in corpus:
            body = json.loads(line).get("body") or ""
            if body:
                bodies.append(body)
                if limit and len(bodies) >= limit:
                    break
    return bodies


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repetitions", type=int, default=3)
    parser.add_argument("--limit", type=int, default=None, help="only the first N bodies")
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        print(f"Reuters corpus not found at {args.corpus}; nothing to benchmark.")
        return 0
    bodies = load_bodies(args.corpus, args.limit)
    characters = sum(len(body) for body in bodies)
    sentences = sum(len(SENTENCE_END_RE.findall(body)) + 1 for body in bodies)
    best = best_cpu = math.inf
    for _ in range(args.repetitions):
        started, cpu_started = time.perf_counter(), time.process_time()
        for body in bodies:
            find_quantities(body)
        best = min(best, time.perf_counter() - started)
        best_cpu = min(best_cpu, time.process_time() - cpu_started)
    dimensions: Counter[str] = Counter()
    for body in bodies:
        for mention in find_quantities(body):
            dimensions[mention.dimension or "none"] += 1
    size = f"{characters / 1e6:.1f} MB"
    print(f"Reuters-21578: {len(bodies):,} bodies, {size}, ~{sentences:,} sentences")
    # CPU seconds too: on a busy machine the wall time measures the other processes as well.
    print(f"best of {args.repetitions}: {best:.2f} s (CPU {best_cpu:.2f} s)")
    print(f"  {len(bodies) / best:,.0f} articles/s")
    print(f"  {sentences / best:,.0f} sentences/s (estimated)")
    print(f"  {characters / best / 1e6:.2f} MB/s")
    total = sum(dimensions.values())
    top = ", ".join(f"{name} {count:,}" for name, count in dimensions.most_common(8))
    print(f"quantities found: {total:,} ({top})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
