"""`claimcheck run` end to end on the Reuters corpus, against a running Prefect server.

For each size (first N records of ../shared/corpora/reuters21578.jsonl.gz, 0 = all) it runs
the real command in a fresh folder (new ledger, rules from rules/) and then once more with
nothing new, and prints a Markdown table: wall seconds, articles/s, claims/s, the flow's
seconds per stage (summed over workers), peak memory of the whole process tree (the flow
and its workers), and the time spent outside the flow body (Prefect's import, engine and
API calls). The Prefect server is started once first (its cold start is printed apart) or
taken from --api-url.

    python benchmarks/bench_run.py --sizes 1000 10000 0 --repeat 3 --reports-for findings
    python benchmarks/bench_run.py --sizes 0 --postgres postgresql://user:pw@127.0.0.1/db
"""

from __future__ import annotations

import argparse
import gzip
import shutil
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run_bench import CORPUS, add_run_options, bench_setup, corpus_missing, run_once


def subset(size: int, folder: Path) -> Path:
    """The first `size` records of the corpus as a file of their own (0: the corpus)."""
    if not size:
        return CORPUS
    target = folder / f"reuters-{size}.jsonl"
    with gzip.open(CORPUS, "rt", encoding="utf-8") as source, open(target, "w") as out:
        for number, line in enumerate(source):
            if number >= size:
                break
            out.write(line)
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 0])
    parser.add_argument("--chunk-size", type=int, default=400)
    add_run_options(parser, reports_for="findings")
    args = parser.parse_args()
    if corpus_missing():
        return 0
    with bench_setup(args, "claimcheck-bench-run-") as bench:
        options = ["--reports-for", args.reports_for, "--chunk-size", str(args.chunk_size)]
        options += ["--workers", str(args.workers)]
        print(
            "| articles | wall s (best / median) | articles/s | claims/s | read s | check s* |"
            " reports s* | ledger prep s* | ledger write s | index s | outside flow s |"
            " peak MB | CPU s flow / workers | CPU s total (best / median) |"
            " rerun s (best / median) |"
        )
        print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
        for size in args.sizes:
            corpus = subset(size, bench.scratch)
            runs, reruns = [], []
            for attempt in range(args.repeat):
                folder = bench.scratch / f"run-{size}-{attempt}"
                ledger = bench.ledger()
                runs.append(run_once(corpus, folder, bench.api_url, options, ledger))
                reruns.append(run_once(corpus, folder, bench.api_url, options, ledger))
                shutil.rmtree(folder)
            best = min(runs, key=lambda r: r["wall"])
            stages = best["summary"]["timings_seconds"]
            articles = best["summary"]["articles"]
            walls = [r["wall"] for r in runs]
            rewalls = [r["wall"] for r in reruns]
            cpus = [r["flow_cpu"] + r["worker_cpu"] for r in runs]
            print(
                f"| {articles:,} | {min(walls):.1f} / {statistics.median(walls):.1f}"
                f" | {articles / best['wall']:,.0f}"
                f" | {best['summary']['claims'] / best['wall']:,.0f}"
                f" | {stages.get('read_and_filter', 0):.1f}"
                f" | {stages.get('extract_and_check', 0):.1f}"
                f" | {stages.get('write_reports', 0):.1f} | {stages.get('ledger', 0):.1f}"
                f" | {stages.get('ledger_write', 0):.1f}"
                f" | {stages.get('summary_and_index', 0):.1f}"
                f" | {best['wall'] - stages['total']:.1f}"
                f" | {max(r['peak_mb'] for r in runs):,.0f}"
                f" | {best['flow_cpu']:.1f} / {best['worker_cpu']:.1f}"
                f" | {min(cpus):.1f} / {statistics.median(cpus):.1f}"
                f" | {min(rewalls):.1f} / {statistics.median(rewalls):.1f} |"
            )
            sys.stdout.flush()
        print("\n* worker seconds, summed over the worker processes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
