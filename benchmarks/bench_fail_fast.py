"""How soon a mistake stops `claimcheck run` / `serve` / `check` (exit 2, one line), and how long
`serve` takes to start its own Prefect server.

    python benchmarks/bench_fail_fast.py [--runs 3] [--serve]

Each case runs the real command as a subprocess in a fresh temporary folder `--runs` times and
prints the best and median wall seconds with the CPU seconds (user + system, the process and its
children) of the same runs. The machine is shared, so the best run is the figure to compare and
CPU seconds the one other processes do not inflate. Every case must end with exit 2 and a single
line on stderr, else the script stops.

`--serve` also times `claimcheck serve` without PREFECT_API_URL from its start until it prints
that its local Prefect server is ready (the server's cold start, a fresh home each time), then
stops it with SIGTERM and times the shutdown; its CPU seconds cover serve and its server from
start to exit.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CLAIMCHECK = Path(sys.executable).with_name("claimcheck")
READY = re.compile(r"local Prefect server ready")

ARTICLE = """---
title: Harbour works
published: 2026-03-02T08:00:00Z
---
The port authority said on Monday, March 3, that the new quay is 412 metres long.
"""


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def environment(folder: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("PREFECT_")}
    env["PREFECT_HOME"] = str(folder / "prefect-home")
    return env


def inbox(folder: Path) -> Path:
    path = folder / "inbox"
    path.mkdir()
    (path / "harbour.md").write_text(ARTICLE)
    return path


def unwritable_reports(folder: Path) -> list[str]:
    (folder / "reports").write_text("a file where the reports folder should be\n")
    return ["run", str(inbox(folder)), "--reports", str(folder / "reports")]


def broken_rules(folder: Path, command: str = "run") -> list[str]:
    rules = folder / "rules"
    rules.mkdir()
    (rules / "broken.yml").write_text("code: GEO9\nkind: fact\nlevel: loud\n")
    extra = ["--interval", "60"] if command == "serve" else []
    return [command, str(inbox(folder)), "--rules", str(rules), *extra]


def corrupt_ledger(folder: Path) -> list[str]:
    ledger = folder / "ledger.sqlite"
    ledger.write_bytes(b"no longer a database " * 100)
    return ["run", str(inbox(folder)), "--ledger", str(ledger)]


def no_articles(folder: Path) -> list[str]:
    (folder / "drafts").mkdir()
    return ["run", str(folder / "drafts")]


def missing_ledger(folder: Path) -> list[str]:
    return ["check", str(inbox(folder)), "--ledger", str(folder / "typo.sqlite")]


CASES: dict[str, Callable[[Path], list[str]]] = {
    "run, reports folder is a file": unwritable_reports,
    "run, broken rule": broken_rules,
    "serve, broken rule": lambda folder: broken_rules(folder, "serve"),
    "run, corrupt ledger": corrupt_ledger,
    "run, folder without articles": no_articles,
    "check, --ledger that does not exist": missing_ledger,
}


def time_case(make_argv: Callable[[Path], list[str]]) -> tuple[float, float]:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        argv = [str(CLAIMCHECK), *make_argv(folder), "--no-config"]
        before = children_cpu()
        began = time.perf_counter()
        result = subprocess.run(
            argv, cwd=folder, env=environment(folder), capture_output=True, text=True
        )
        wall = time.perf_counter() - began
        lines = result.stderr.strip().splitlines()
        if result.returncode != 2 or len(lines) != 1:
            sys.exit(f"{argv}: exit {result.returncode}\n{result.stderr}")
        return wall, children_cpu() - before


def time_serve() -> tuple[float, float, float]:
    """(seconds until the local server is ready, seconds to stop after SIGTERM, CPU seconds)."""
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        inbox(folder)
        log_path = folder / "serve.log"
        before = children_cpu()
        began = time.perf_counter()
        with log_path.open("w") as log:
            process = subprocess.Popen(
                [str(CLAIMCHECK), "serve", "inbox", "--interval", "3600", "--no-config"],
                cwd=folder,
                env=environment(folder),
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        while not READY.search(log_path.read_text()):
            if process.poll() is not None or time.perf_counter() - began > 300:
                process.kill()
                sys.exit("serve did not start its server:\n" + log_path.read_text()[-2000:])
            time.sleep(0.1)
        ready = time.perf_counter() - began
        process.send_signal(signal.SIGTERM)
        stopping = time.perf_counter()
        process.wait(timeout=120)
        stopped = time.perf_counter() - stopping
        shutil.rmtree(folder / ".claimcheck", ignore_errors=True)
        return ready, stopped, children_cpu() - before


def row(label: str, walls: list[float], cpus: list[float]) -> str:
    return (
        f"| {label} | {min(walls):.2f} / {statistics.median(walls):.2f} "
        f"| {min(cpus):.2f} / {statistics.median(cpus):.2f} |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--serve", action="store_true", help="also time serve's own server")
    options = parser.parse_args()
    print(f"runs: {options.runs} each; load average {os.getloadavg()[0]:.1f}")
    print("| case | wall s (best / median) | CPU s (best / median) |")
    print("|---|---|---|")
    for label, make_argv in CASES.items():
        timings = [time_case(make_argv) for _ in range(options.runs)]
        print(row(label, [wall for wall, _ in timings], [cpu for _, cpu in timings]), flush=True)
    if options.serve:
        timings = [time_serve() for _ in range(options.runs)]
        # CPU seconds are those of the whole serve (and its server), from start to exit.
        cpus = [cpu for _, _, cpu in timings]
        print(row("serve, start until its server is ready", [r for r, _, _ in timings], cpus))
        stops = [stop for _, stop, _ in timings]
        print(f"| serve, SIGTERM until it exited | {min(stops):.2f} / "
              f"{statistics.median(stops):.2f} | (in the row above) |")  # fmt: skip


if __name__ == "__main__":
    main()
