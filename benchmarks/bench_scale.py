"""Scaling of `claimcheck run`: Reuters at 1x and N times its size (benchmarks/scale_corpus.py:
copies with new ids and dates 52 weeks on), each in a fresh folder with a fresh ledger, against
a running Prefect server. Prints wall seconds, CPU seconds of the flow's process and of its
workers, peak resident memory of all processes together, and each size's ratio to 1x.

The goal: N times the corpus in at most 1.05 N times the 1x wall time, with flat memory.

    python benchmarks/bench_scale.py --times 1 10 --repeat 3 \\
        --api-url http://127.0.0.1:4200/api
    python benchmarks/bench_scale.py --times 1 3 --postgres postgresql://user:pw@127.0.0.1/db
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run_bench import CORPUS, add_run_options, bench_setup, corpus_missing, run_once
from scale_corpus import write_scaled, write_slices


def corpus_of(times: int, scratch: Path, years_in_text: bool) -> Path:
    if times == 1:
        return CORPUS
    kind = "-years" if years_in_text else ""
    target = scratch / f"reuters-{times}x{kind}.jsonl.gz"
    if not target.exists():
        write_scaled(CORPUS, target, times, years_in_text)
    return target


def sliced_once(
    times: int, scratch: Path, api_url: str, options: list[str], ledger, years_in_text: bool
) -> dict:
    """N times the corpus as N runs one after the other (a copy, a year, each), on one
    ledger and reports folder: wall and CPU summed, memory the largest run's."""
    kind = "-years" if years_in_text else ""
    slices = sorted((scratch / f"slices-{times}{kind}").glob("*.jsonl.gz"))
    if len(slices) != times:
        slices = write_slices(CORPUS, scratch / f"slices-{times}{kind}", times, years_in_text)
    folder = scratch / f"run-{times}x-sliced"
    shutil.rmtree(folder, ignore_errors=True)
    runs = [run_once(path, folder, api_url, options, ledger) for path in slices]
    shutil.rmtree(folder, ignore_errors=True)
    summary = dict(runs[-1]["summary"])
    summary["articles"] = sum(r["summary"]["articles"] for r in runs)
    summary["claims"] = sum(r["summary"]["claims"] for r in runs)
    return {
        "wall": sum(r["wall"] for r in runs),
        "peak_mb": max(r["peak_mb"] for r in runs),
        "flow_peak_mb": max(r["flow_peak_mb"] for r in runs),
        "summary": summary,
        "flow_cpu": sum(r["flow_cpu"] for r in runs),
        "worker_cpu": sum(r["worker_cpu"] for r in runs),
    }


def row(
    times: int,
    runs: list[dict],
    base_wall: float | None,
    base_cpu: float | None,
    sliced: bool = False,
) -> str:
    walls = [r["wall"] for r in runs]
    cpus = [r["flow_cpu"] + r["worker_cpu"] for r in runs]
    best = min(runs, key=lambda r: r["wall"])
    summary = best["summary"]
    ratio = f"{min(walls) / base_wall:.2f}x" if base_wall else "1.00x"
    cpu_ratio = f"{min(cpus) / base_cpu:.2f}x" if base_cpu else "1.00x"
    label = f"{times}x in {times} runs" if sliced else f"{times}x"
    return (
        f"| {label} | {summary['articles']:,} | {summary['claims']:,}"
        f" | {min(walls):.1f} / {statistics.median(walls):.1f}"
        f" | {best['flow_cpu']:.1f} / {best['worker_cpu']:.1f}"
        f" | {min(cpus):.1f} / {statistics.median(cpus):.1f}"
        f" | {summary['articles'] / min(walls):,.0f}"
        f" | {max(r['peak_mb'] for r in runs):,.0f} / {max(r['flow_peak_mb'] for r in runs):,.0f}"
        f" | {ratio} | {cpu_ratio} |"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--times", type=int, nargs="+", default=[1, 10])
    add_run_options(parser, reports_for="all")
    parser.add_argument(
        "--sliced",
        action="store_true",
        help="run each Nx (N > 1) as N runs of one copy each, one after the other, on one "
        "ledger, instead of one run",
    )
    parser.add_argument(
        "--years-in-text",
        action="store_true",
        help="move the years written in each copy's text on with its date "
        "(later years' news, not reprints of the same year's)",
    )
    parser.add_argument("--scratch", type=Path, help="folder for corpora and runs (kept)")
    args = parser.parse_args()
    if corpus_missing():
        return 0
    with bench_setup(args, "claimcheck-bench-scale-", keep=args.scratch) as bench:
        scratch, api_url = bench.scratch, bench.api_url
        options = ["--reports-for", args.reports_for, "--workers", str(args.workers)]
        print(f"load average before: {' '.join(f'{v:.2f}' for v in os.getloadavg())}")
        print(
            "| size | articles | claims | wall s (best / median) | CPU s flow / workers (best)"
            " | CPU s total (best / median) | articles/s | peak MB all processes / flow"
            " | wall vs 1x | CPU vs 1x |"
        )
        print("|---|---|---|---|---|---|---|---|---|---|")
        base_wall = base_cpu = None
        for times in args.times:
            if args.sliced and times > 1:
                runs = [
                    sliced_once(
                        times, scratch, api_url, options, bench.ledger(), args.years_in_text
                    )
                    for _ in range(args.repeat)
                ]
                print(row(times, runs, base_wall, base_cpu, sliced=True))
                sys.stdout.flush()
                continue
            corpus = corpus_of(times, scratch, args.years_in_text)
            runs = []
            for attempt in range(args.repeat):
                folder = scratch / f"run-{times}x-{attempt}"
                shutil.rmtree(folder, ignore_errors=True)
                runs.append(run_once(corpus, folder, api_url, options, bench.ledger()))
                shutil.rmtree(folder, ignore_errors=True)
            if times == 1:
                base_wall = min(r["wall"] for r in runs)
                base_cpu = min(r["flow_cpu"] + r["worker_cpu"] for r in runs)
                print(row(times, runs, None, None))
            else:
                print(row(times, runs, base_wall, base_cpu))
            sys.stdout.flush()
        print(f"load average after: {' '.join(f'{v:.2f}' for v in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
