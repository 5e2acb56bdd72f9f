"""The CPU of the ledger's identities alone (`claimcheck.ledger.identity.identify`), with the
claims extracted first and not timed, and where that CPU goes.

    .venv/bin/python benchmarks/bench_identity_cpu.py [--limit 3000] [--repeat 3]
    .venv/bin/python benchmarks/bench_identity_cpu.py --profile 25
    .venv/bin/python benchmarks/bench_identity_cpu.py --limit 0 --dump OUT
    .venv/bin/python benchmarks/bench_identity_cpu.py --items ITEMS.pkl --repeat 8

The first `--limit` Reuters articles with a body (0: all) are split into sentences and their
claims extracted; then `identify` runs over them `--repeat` times after one warm-up pass over
the first 200 (the patterns compiled, the vocabulary read), and the CPU milliseconds per
article of each pass are printed with the best and the median. `--profile N` runs one pass
under cProfile and prints the N functions with the most time of their own. `--dump OUT`
writes each article's figures (`repr`, one line per article) for comparing two trees' output
byte for byte (run both with the same `PYTHONHASHSEED`). `--items FILE` keeps the extracted
articles in a pickle: the first run writes it, later runs (of this tree or another, for
before/after runs side by side) read it and skip the extraction, which costs more than the
timed passes. Skips cleanly when ../shared is absent.
"""

from __future__ import annotations

import argparse
import cProfile
import pickle
import pstats
import statistics
import sys
import time
from pathlib import Path

REUTERS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "reuters21578.jsonl.gz"
WARM_UP = 200


def extracted(limit: int) -> list[tuple]:
    """(article, claims, sentences) of the first `limit` Reuters articles with a body."""
    from claimcheck.extract.claims import extract_claims
    from claimcheck.input.articles import read_jsonl
    from claimcheck.input.text import split_sentences
    from claimcheck.records import Article

    items = []
    # The run's own reader: the same text, date and dateline a run gives the identity.
    for article in read_jsonl(REUTERS):
        if not isinstance(article, Article) or not article.body:
            continue
        sentences = split_sentences(article.body)
        items.append((article, extract_claims(article, sentences), sentences))
        if limit and len(items) >= limit:
            break
    return items


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=3000, help="articles (0: all of Reuters)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--profile", type=int, default=0, help="print the N costliest functions")
    parser.add_argument("--dump", type=Path, help="write every article's figures here")
    parser.add_argument("--items", type=Path, help="read (or first write) the extracted articles")
    args = parser.parse_args()
    if not REUTERS.exists():
        print(f"skipped: {REUTERS} not found (needs ../shared)")
        return 0
    from claimcheck.ledger.identity import identify

    if args.items and args.items.exists():
        with args.items.open("rb") as saved:
            items = pickle.load(saved)  # written by this script: the same corpus, extracted
    else:
        items = extracted(args.limit)
        if args.items:
            with args.items.open("wb") as out:
                pickle.dump(items, out)
    if args.dump:
        with args.dump.open("w", encoding="utf-8") as out:
            for article, claims, sentences in items:
                out.write(f"{article.id}\t{identify(article, claims, sentences)!r}\n")
        print(f"{len(items):,} articles' figures written to {args.dump}")
        return 0
    for article, claims, sentences in items[:WARM_UP]:
        identify(article, claims, sentences)
    if args.profile:
        profile = cProfile.Profile()
        profile.enable()
        for article, claims, sentences in items:
            identify(article, claims, sentences)
        profile.disable()
        pstats.Stats(profile).sort_stats("tottime").print_stats(args.profile)
        return 0
    runs = []
    for _ in range(args.repeat):
        started = time.process_time()
        for article, claims, sentences in items:
            identify(article, claims, sentences)
        runs.append(1000 * (time.process_time() - started) / len(items))
    each = ", ".join(f"{run:.3f}" for run in runs)
    print(
        f"identity CPU, {len(items):,} Reuters articles: {each} ms per article "
        f"(best {min(runs):.3f}, median {statistics.median(runs):.3f})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
