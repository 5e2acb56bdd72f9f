"""Where the run's own process keeps memory: `claimcheck run` in this process with tracemalloc
on (the worker processes are not traced), a snapshot and the resident memory at each step of
the run (before and after checking, the ordered pass, the tables, the trends, the run's end);
then the largest differences between two snapshots, e.g. the same step at 1x and at 3x.

    python benchmarks/memory_snapshots.py run SNAPDIR -- CORPUS --rules rules --ledger L \\
        --reports R --no-progress
    python benchmarks/memory_snapshots.py diff SNAP_A SNAP_B --top 25

`PREFECT_API_URL` as for any run. Tracing slows the run's process about twofold; the workers
run at their usual speed. A snapshot's own objects raise the resident memory (freed, but
not all handed back to the system): compare traced figures, and resident memory only from
runs without this script (benchmarks/bench_scale.py).
"""

from __future__ import annotations

import argparse
import resource
import sys
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

STEPS = (
    ("claimcheck_flows.claimcheck_flow", "check_run", "check"),
    ("claimcheck.run.runner", "_compare_and_report", "pass"),
    ("claimcheck.run.runner", "write_tables", "tables"),
    ("claimcheck.run.runner", "update_trends", "trends"),
    ("claimcheck_flows.claimcheck_flow", "finish_run", "finish"),
)


def resident_mb() -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS"):
                return int(line.split()[1]) // 1024
    return 0


def snapshot(folder: Path, name: str) -> None:
    current, peak = tracemalloc.get_traced_memory()
    highest = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    print(
        f"{name}: traced {current / 2**20:.1f} MB (peak since the last step "
        f"{peak / 2**20:.1f}), resident {resident_mb()} MB, highest {highest} MB",
        file=sys.stderr,
        flush=True,
    )
    own = tracemalloc.Filter(False, tracemalloc.__file__)
    tracemalloc.take_snapshot().filter_traces([own]).dump(str(folder / f"{name}.snap"))
    # The snapshot's own objects (a tuple per traced block) are not the run's peak.
    tracemalloc.reset_peak()


def traced(folder: Path, function: Callable[..., Any], step: str) -> Callable[..., Any]:
    def step_with_snapshots(*args: Any, **kwargs: Any) -> Any:
        snapshot(folder, f"before-{step}")
        result = function(*args, **kwargs)
        snapshot(folder, f"after-{step}")
        return result

    return step_with_snapshots


def run(folder: Path, arguments: list[str]) -> None:
    import importlib

    folder.mkdir(parents=True, exist_ok=True)
    tracemalloc.start(2)
    for module_name, name, step in STEPS:
        module = importlib.import_module(module_name)
        setattr(module, name, traced(folder, getattr(module, name), step))
    from claimcheck.cli.main import main

    sys.argv = ["claimcheck", "run", *arguments]
    try:
        main()
    finally:
        snapshot(folder, "exit")


def diff(first: Path, second: Path, top: int) -> None:
    before = tracemalloc.Snapshot.load(str(first))
    after = tracemalloc.Snapshot.load(str(second))
    for stat in after.compare_to(before, "lineno")[:top]:
        print(stat)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    run_parser = commands.add_parser("run")
    run_parser.add_argument("snapshots", type=Path)
    run_parser.add_argument("arguments", nargs=argparse.REMAINDER)
    diff_parser = commands.add_parser("diff")
    diff_parser.add_argument("first", type=Path)
    diff_parser.add_argument("second", type=Path)
    diff_parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()
    if args.command == "run":
        arguments = args.arguments[1:] if args.arguments[:1] == ["--"] else args.arguments
        run(args.snapshots, arguments)
    else:
        diff(args.first, args.second, args.top)


if __name__ == "__main__":
    main()
