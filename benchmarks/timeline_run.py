"""The timeline of one whole `claimcheck run`: when each process did what, and where a core
stood idle.

Runs the real command (fresh folder and ledger, rules/, against a running Prefect server)
with CLAIMCHECK_TIMELINE set, so that the run's processes note each step
(`claimcheck.run.timeline`), while the process tree's CPU seconds are sampled every 50 ms.
Prints the run's phases (start-up until the first chunk is being checked, checking, the
ordered pass, the pages, the end of the run, the exit), each with its wall seconds, the
CPU seconds spent in it and the core-seconds left idle (cores x wall - CPU); then each
worker's chunks, and the run's CPU second by second.

    python benchmarks/timeline_run.py --api-url http://127.0.0.1:4200/api
    python benchmarks/timeline_run.py --size 3000 --reports-for findings --keep timeline.jsonl
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_run import subset
from run_bench import CLAIMCHECK, ROOT, corpus_missing

CORES = os.cpu_count() or 1


class CpuSamples:
    """(wall clock, pid, CPU seconds so far) of a process and its children every 50 ms."""

    def __init__(self, pid: int) -> None:
        import psutil

        self.samples: list[tuple[float, int, float]] = []
        self.root = psutil.Process(pid)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)
        self._thread.start()

    def _watch(self) -> None:
        import psutil

        while not self._stop.is_set():
            try:
                processes = [self.root, *self.root.children(recursive=True)]
            except psutil.Error:
                return
            now = time.time()
            for process in processes:
                try:
                    times = process.cpu_times()
                except psutil.Error:
                    continue
                self.samples.append((now, process.pid, times.user + times.system))
            time.sleep(0.05)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def cpu_between(self, start: float, end: float, pids: set[int] | None = None) -> float:
        """CPU seconds used between two moments (from the samples nearest them)."""
        used = 0.0
        for pid, series in self.by_pid().items():
            if pids is not None and pid not in pids:
                continue
            used += _at(series, end) - _at(series, start)
        return used

    def by_pid(self) -> dict[int, list[tuple[float, float]]]:
        series: dict[int, list[tuple[float, float]]] = defaultdict(list)
        for moment, pid, cpu in self.samples:
            series[pid].append((moment, cpu))
        return series


def _at(series: list[tuple[float, float]], moment: float) -> float:
    """A process's CPU seconds at a moment: 0 before its first sample, the last after."""
    last = 0.0
    for when, cpu in series:
        if when > moment:
            break
        last = cpu
    return last


def run(args: argparse.Namespace, scratch: Path) -> tuple[float, float, list[dict], CpuSamples]:
    corpus = subset(args.size, scratch)
    timeline = args.keep or scratch / "timeline.jsonl"
    timeline.unlink(missing_ok=True)
    command = [str(CLAIMCHECK), "run", str(corpus), "--rules", str(ROOT / "rules")]
    command += ["--ledger", str(scratch / "ledger.sqlite"), "--reports", str(scratch / "reports")]
    command += ["--no-progress", "--reports-for", args.reports_for, "--workers", "2"]
    command += ["--chunk-size", str(args.chunk_size)]
    env = os.environ | {
        "PREFECT_API_URL": args.api_url,
        "PREFECT_LOGGING_LEVEL": "WARNING",
        "CLAIMCHECK_TIMELINE": str(timeline),
    }
    started = time.time()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    samples = CpuSamples(process.pid)
    _out, err = process.communicate()
    ended = time.time()
    samples.stop()
    if process.returncode != 0:
        raise SystemExit(f"claimcheck run failed:\n{err.decode()[-2000:]}")
    spans = [json.loads(line) for line in timeline.read_text().splitlines()]
    return started, ended, spans, samples


def phases(started: float, ended: float, spans: list[dict]) -> list[tuple[str, float, float]]:
    def first(what: str) -> dict:
        return min((s for s in spans if s["what"] == what), key=lambda s: s["start"])

    def last(what: str) -> dict:
        return max((s for s in spans if s["what"] == what), key=lambda s: s["end"])

    checking = (first("check chunk")["start"], last("check chunk")["end"])
    ordered = first("ordered pass")
    reports = first("report chunks")
    finish = first("finish run")
    flow = first("flow")
    return [
        ("start-up: until the first chunk is checked", started, checking[0]),
        ("checking chunks", checking[0], checking[1]),
        ("until the ordered pass", checking[1], ordered["start"]),
        ("ordered pass", ordered["start"], ordered["end"]),
        ("pages of the chunks", reports["start"], reports["end"]),
        ("end of the run (tables, indexes, summary)", finish["start"], finish["end"]),
        ("artifacts, flow run closed", finish["end"], flow["end"]),
        ("exit", flow["end"], ended),
    ]


def print_report(started: float, ended: float, spans: list[dict], samples: CpuSamples) -> None:
    wall = ended - started
    total_cpu = samples.cpu_between(started, ended + 1)
    print(
        f"wall {wall:.1f} s, CPU {total_cpu:.1f} s ({CORES} cores: idle core-s "
        f"{CORES * wall - total_cpu:.1f}; wall - CPU/{CORES} = {wall - total_cpu / CORES:.1f} s)\n"
    )
    print("| phase | from s | wall s | CPU s | idle core-s |")
    print("|---|---|---|---|---|")
    for name, start, end in phases(started, ended, spans):
        cpu = samples.cpu_between(start, end)
        length = end - start
        print(
            f"| {name} | {start - started:.1f} | {length:.2f} | {cpu:.2f} "
            f"| {CORES * length - cpu:.2f} |"
        )
    print("\nOne line per step of the run's process (seconds from the start):\n")
    flow_pid = next(s["pid"] for s in spans if s["what"] == "flow")
    for name in (
        "quiet check",
        "import prefect and the flow",
        "flow body started",
        "ordered pass",
        "report chunks",
        "tables",
        "rule pages",
        "run index",
        "shared files",
        "trends",
        "index of runs",
        "finish run",
        "artifacts",
        "flow",
    ):
        for item in (s for s in spans if s["what"] == name and s["pid"] == flow_pid):
            print(
                f"- {name}: {item['start'] - started:.2f} → {item['end'] - started:.2f} "
                f"({item['end'] - item['start']:.2f} s, thread CPU {item['cpu']:.2f} s)"
            )
    per_step = defaultdict(lambda: [0, 0.0, 0.0])
    for item in spans:
        if item["pid"] == flow_pid:
            step = per_step[item["what"]]
            step[0] += 1
            step[1] += item["end"] - item["start"]
            step[2] += item["cpu"]
    print("\nRepeated steps of the run's process: count, wall s, thread CPU s:")
    for name in (
        "read chunk",
        "filter chunk",
        "submit chunk",
        "wait for chunk",
        "collect chunk",
        "check-chunk task",
    ):
        count, length, cpu = per_step[name]
        print(f"- {name}: {count}, {length:.2f}, {cpu:.2f}")
    print("\nWorkers: chunks checked and reported, busy and idle within the checking:\n")
    workers = sorted({s["pid"] for s in spans if s["what"] in ("check chunk", "report chunk")})
    for pid in workers:
        mine = sorted((s for s in spans if s["pid"] == pid), key=lambda s: s["start"])
        busy = sum(s["end"] - s["start"] for s in mine if s["what"] != "worker warm-up")
        warm = [s for s in mine if s["what"] == "worker warm-up"]
        checks = [s for s in mine if s["what"] == "check chunk"]
        reports = [s for s in mine if s["what"] == "report chunk"]
        line = (
            f"- worker {pid}: warm-up {warm[0]['start'] - started:.2f} → "
            f"{warm[0]['end'] - started:.2f}; "
            if warm
            else f"- worker {pid}: "
        )
        line += (
            f"{len(checks)} chunks checked {checks[0]['start'] - started:.2f} → "
            f"{checks[-1]['end'] - started:.2f}"
            if checks
            else ""
        )
        line += (
            f", {len(reports)} reported {reports[0]['start'] - started:.2f} → "
            f"{reports[-1]['end'] - started:.2f}"
            if reports
            else ""
        )
        line += f"; busy {busy:.1f} s, CPU {samples.cpu_between(started, ended + 1, {pid}):.1f} s"
        print(line)
    print("\nCPU second by second (flow process / workers and the rest / idle core-s):\n")
    others = {pid for pid in samples.by_pid() if pid != flow_pid}
    second = started
    row = []
    while second < ended:
        flow_cpu = samples.cpu_between(second, second + 1, {flow_pid})
        rest = samples.cpu_between(second, second + 1, others)
        row.append(
            f"{second - started:.0f}s {flow_cpu:.1f}/{rest:.1f}/{CORES - flow_cpu - rest:.1f}"
        )
        second += 1
    for start in range(0, len(row), 6):
        print("  ".join(row[start : start + 6]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=0, help="first N records (0: all)")
    parser.add_argument("--chunk-size", type=int, default=400)
    parser.add_argument("--reports-for", choices=("all", "findings"), default="all")
    parser.add_argument("--api-url", required=True)
    parser.add_argument("--keep", type=Path, help="keep the run's timeline (JSON lines) here")
    args = parser.parse_args()
    if corpus_missing():
        return 0
    with tempfile.TemporaryDirectory(prefix="claimcheck-timeline-") as folder:
        started, ended, spans, samples = run(args, Path(folder))
        print_report(started, ended, spans, samples)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
