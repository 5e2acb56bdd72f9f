"""`claimcheck run` with nothing new (target: <= 1.5 s): wall and CPU seconds of the rerun.

    python benchmarks/bench_rerun.py [--size 1000] [--runs 3] [--claimcheck PATH]

Runs the real command once over the first `--size` Reuters records (0: the whole corpus) and
the example articles, with the rules of rules/ and a fresh SQLite ledger, against the Prefect
server of PREFECT_API_URL (default http://127.0.0.1:4200/api); then `--runs` times again with
nothing new, each a process of its own, and prints the best and median wall and CPU seconds
(user + system of the process and its children) of those reruns. `--claimcheck` measures
another installation's command (an older checkout, for a before/after figure).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_run import subset
from run_bench import CORPUS, ROOT

TARGET_SECONDS = 1.5


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_once(command: list[str], folder: Path) -> tuple[float, float, str]:
    """Wall and CPU seconds of one `claimcheck run`, and its last line."""
    env = os.environ | {"PREFECT_LOGGING_LEVEL": "WARNING"}
    env.setdefault("PREFECT_API_URL", "http://127.0.0.1:4200/api")
    cpu, started = _children_cpu(), time.perf_counter()
    result = subprocess.run(command, cwd=folder, env=env, capture_output=True, text=True)
    wall, cpu = time.perf_counter() - started, _children_cpu() - cpu
    if result.returncode != 0:
        raise SystemExit(f"claimcheck run failed ({result.returncode}):\n{result.stderr[-2000:]}")
    lines = result.stdout.strip().splitlines()
    return wall, cpu, lines[-2] if len(lines) > 1 else ""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1000, help="Reuters records (0: all)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--claimcheck", default=str(Path(sys.executable).with_name("claimcheck")))
    options = parser.parse_args()
    if not CORPUS.exists():
        print(f"skipped: {CORPUS} is absent")
        return 0
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        corpus = subset(options.size, folder)
        shutil.copytree(ROOT / "examples" / "articles", folder / "inbox")
        command = [options.claimcheck, "run", str(corpus), "inbox", "--rules", str(ROOT / "rules")]
        command += ["--ledger", str(folder / "ledger.sqlite"), "--reports", str(folder / "reports")]
        command += ["--reports-for", "findings", "--no-progress"]
        wall, cpu, line = run_once(command, folder)
        print(f"first run: {wall:.1f} s wall, {cpu:.1f} s CPU: {line}")
        walls, cpus = [], []
        for _ in range(options.runs):
            wall, cpu, line = run_once(command, folder)
            walls.append(wall)
            cpus.append(cpu)
        median = statistics.median(walls)
        verdict = "ok" if median <= TARGET_SECONDS else "over"
        print(f"last rerun said: {line}")
        print(
            f"rerun with nothing new: best {min(walls):.2f} s, median {median:.2f}"
            f" s (target <= {TARGET_SECONDS} s: {verdict}); CPU best {min(cpus):.2f} s, median "
            f"{statistics.median(cpus):.2f} s"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
