"""CPU seconds of the dates pass (`find_dates` and `find_clock_times`) on news bodies.

Reads the first N articles of each corpus as `claimcheck extract` reads them (each with its
publication day), then times the pass over all of them with `time.process_time`, so that
waiting for a core on a loaded machine counts for nothing. Prints each repetition, their
median and how many mentions were found (the same before and after a change that is about
speed alone). Exits cleanly when ../shared is absent.

    python benchmarks/bench_dates.py [--articles 2000] [--repetitions 5] [--corpus reuters bbc]
    PYTHONPATH=OTHER/pp python benchmarks/bench_dates.py   # another tree's code
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from itertools import islice
from pathlib import Path

from claimcheck.extract.clock import find_clock_times
from claimcheck.extract.dates import find_dates
from claimcheck.input.articles import read_articles

CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"
FILES = {"reuters": "reuters21578.jsonl.gz", "bbc": "bbc-news-2004.jsonl.gz"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000, help="first N of each corpus")
    parser.add_argument("--repetitions", type=int, default=5)
    parser.add_argument("--corpus", nargs="+", choices=sorted(FILES), default=["reuters", "bbc"])
    args = parser.parse_args(argv)
    paths = [CORPORA / FILES[name] for name in args.corpus]
    if not all(path.exists() for path in paths):
        print(f"corpora not found under {CORPORA}; nothing to benchmark.")
        return 0
    articles = []
    for path in paths:
        articles.extend(islice(read_articles([str(path)]), args.articles))
    texts = [(article.body, article.published_date) for article in articles]
    times = []
    for _ in range(args.repetitions):
        started = time.process_time()
        for body, published in texts:
            find_dates(body, published)
            find_clock_times(body)
        times.append(time.process_time() - started)
    found = sum(len(find_dates(body, day)) + len(find_clock_times(body)) for body, day in texts)
    print(f"{len(texts):,} bodies ({', '.join(args.corpus)}), {found:,} mentions")
    print("CPU s:", ", ".join(f"{value:.3f}" for value in times))
    print(f"median {statistics.median(times):.3f}, best {min(times):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
