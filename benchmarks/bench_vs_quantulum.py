"""CPU seconds of `claimcheck extract` against quantulum3 on the same Reuters bodies.

Writes the first N bodies of ../shared/corpora/reuters21578.jsonl.gz (default 1,000) to a
temporary JSON Lines file, then runs, each as its own process and `--runs` times:

* `claimcheck extract FILE --format jsonl` (every claim: figures, dates, durations), and
* a Python process that reads the same bodies and calls `quantulum3.parser.parse` on each.

It prints the CPU seconds (user + system of the child process, start-up included) and the wall
time of each run, best and median, and the ratio of the best CPU times. quantulum3 is not a
dependency of claimcheck: install it into the virtualenv to run this benchmark
(`.venv/bin/pip install quantulum3`); without it the script says so and exits.

    .venv/bin/python benchmarks/bench_vs_quantulum.py [--bodies 1000] [--runs 3]
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "reuters21578.jsonl.gz"

QUANTULUM_RUNNER = """
import json, sys, warnings
warnings.simplefilter("ignore")
from quantulum3 import parser
count = 0
with open(sys.argv[1], encoding="utf-8") as bodies:
    for line in bodies:
        count += len(parser.parse(json.loads(line)["body"]))
print(count)
"""


def write_bodies(path: Path, limit: int) -> int:
    written = 0
    with gzip.open(CORPUS, "rt", encoding="utf-8") as corpus, path.open("w") as out:
        for line in corpus:
            record = json.loads(line)
            if not record.get("body"):
                continue
            out.write(json.dumps(record) + "\n")
            written += 1
            if written >= limit:
                break
    return written


def timed(argv: list[str]) -> tuple[float, float, str]:
    """(CPU seconds of the child, wall seconds, its standard output)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    completed = subprocess.run(argv, capture_output=True, text=True, check=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, wall, completed.stdout


def claimcheck_command() -> list[str]:
    script = Path(sys.executable).with_name("claimcheck")
    return [str(script)] if script.exists() else [sys.executable, "-m", "claimcheck.cli.main"]


def summary(label: str, runs: list[tuple[float, float]]) -> str:
    cpus, walls = [cpu for cpu, _ in runs], [wall for _, wall in runs]
    return (
        f"{label:<20} CPU s best {min(cpus):7.2f}  median {statistics.median(cpus):7.2f}"
        f"   wall s best {min(walls):7.2f}  median {statistics.median(walls):7.2f}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bodies", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if not CORPUS.exists():
        print(f"skipped: {CORPUS} not found (the shared corpus is not on this machine)")
        return 0
    if importlib.util.find_spec("quantulum3") is None:
        print("skipped: quantulum3 is not installed (pip install quantulum3 into the venv)")
        return 0
    with tempfile.TemporaryDirectory() as folder:
        bodies = Path(folder) / "bodies.jsonl"
        count = write_bodies(bodies, args.bodies)
        ours = [*claimcheck_command(), "extract", str(bodies), "--format", "jsonl"]
        theirs = [sys.executable, "-c", QUANTULUM_RUNNER, str(bodies)]
        env_note = f"{count:,} Reuters bodies, {args.runs} runs each, {os.cpu_count()} CPUs"
        claimcheck_runs, quantulum_runs = [], []
        claims = quantities = 0
        for _ in range(args.runs):
            cpu, wall, out = timed(ours)
            claimcheck_runs.append((cpu, wall))
            claims = sum(1 for line in out.splitlines() if line.strip())
            cpu, wall, out = timed(theirs)
            quantulum_runs.append((cpu, wall))
            quantities = int(out.strip() or 0)
    print(env_note)
    print(summary("claimcheck extract", claimcheck_runs) + f"   ({claims:,} claims)")
    print(summary("quantulum3", quantulum_runs) + f"   ({quantities:,} quantities)")
    ratio = min(cpu for cpu, _ in quantulum_runs) / min(cpu for cpu, _ in claimcheck_runs)
    print(f"claimcheck is {ratio:.1f}x quantulum3 in CPU seconds (best runs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
