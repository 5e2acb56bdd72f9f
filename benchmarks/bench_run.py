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
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "reuters21578.jsonl.gz"
CLAIMCHECK = Path(sys.executable).with_name("claimcheck")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_server(home: Path) -> tuple[subprocess.Popen, str, float]:
    """`prefect server start` on a free loopback port; the seconds until it answers."""
    port = free_port()
    env = os.environ | {"PREFECT_HOME": str(home), "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    started = time.perf_counter()
    prefect = str(CLAIMCHECK.with_name("prefect"))
    server = subprocess.Popen(
        [prefect, "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/api"
    deadline = started + 180
    while time.perf_counter() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/health", timeout=1) as answer:
                if answer.status == 200:
                    return server, url, time.perf_counter() - started
        except OSError:
            time.sleep(0.2)
    server.terminate()
    raise SystemExit("the Prefect server did not start within 180 s")


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


class PeakMemory:
    """Peak resident memory of a process and its children, summed, sampled every 50 ms; and
    the CPU seconds each of them used (last sample), to tell the flow's own process from
    its workers."""

    def __init__(self, pid: int) -> None:
        self.peak = 0
        self.cpu: dict[int, float] = {}
        self._pid = pid
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)
        self._thread.start()

    def _watch(self) -> None:
        try:
            import psutil
        except ImportError:
            return
        try:
            root = psutil.Process(self._pid)
        except psutil.Error:
            return
        while not self._stop.is_set():
            try:
                processes = [root, *root.children(recursive=True)]
                total = 0
                for process in processes:
                    try:
                        total += process.memory_info().rss
                        times = process.cpu_times()
                        self.cpu[process.pid] = times.user + times.system
                    except psutil.Error:
                        continue
                self.peak = max(self.peak, total)
            except psutil.Error:
                return
            time.sleep(0.05)

    def stop(self) -> int:
        self._stop.set()
        self._thread.join()
        return self.peak


class PostgresSchemas:
    """A fresh schema of a PostgreSQL database per benchmark run, dropped at the end."""

    def __init__(self, url: str) -> None:
        import psycopg

        self.url = url
        self._connect = psycopg.connect
        self.made: list[str] = []

    def fresh(self) -> str:
        schema = f"bench_{len(self.made)}_{os.getpid()}"
        with self._connect(self.url, autocommit=True) as admin:
            admin.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
            admin.execute(f"CREATE SCHEMA {schema}")
        self.made.append(schema)
        joiner = "&" if "?" in self.url else "?"
        return f"{self.url}{joiner}options=-csearch_path%3D{schema}"

    def drop_all(self) -> None:
        with self._connect(self.url, autocommit=True) as admin:
            for schema in self.made:
                admin.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")


def run_once(
    corpus: Path, folder: Path, api_url: str, options: list[str], ledger: str | None = None
) -> dict:
    command = [str(CLAIMCHECK), "run", str(corpus), "--rules", str(ROOT / "rules")]
    command += ["--ledger", ledger or str(folder / "ledger.sqlite")]
    command += ["--reports", str(folder / "reports")]
    command += ["--no-progress", *options]
    env = os.environ | {"PREFECT_API_URL": api_url, "PREFECT_LOGGING_LEVEL": "WARNING"}
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    memory = PeakMemory(process.pid)
    _out, err = process.communicate()
    wall = time.perf_counter() - started
    peak = memory.stop()
    flow_cpu = memory.cpu.get(process.pid, 0.0)
    other_cpu = sum(memory.cpu.values()) - flow_cpu
    if process.returncode != 0:
        raise SystemExit(f"claimcheck run failed ({process.returncode}):\n{err.decode()[-2000:]}")
    latest = max((folder / "reports").glob("*/summary.json"), key=lambda p: p.parent.name)
    summary = json.loads(latest.read_text())
    return {
        "wall": wall,
        "peak_mb": peak / 2**20,
        "summary": summary,
        "flow_cpu": flow_cpu,
        "worker_cpu": other_cpu,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 0])
    parser.add_argument("--repeat", type=int, default=1, help="runs per size (best and median)")
    parser.add_argument("--reports-for", choices=("all", "findings"), default="findings")
    parser.add_argument("--workers", type=int, default=0)
    parser.add_argument("--chunk-size", type=int, default=400)
    parser.add_argument("--api-url", help="a running Prefect server's API (else one is started)")
    parser.add_argument(
        "--postgres",
        metavar="URL",
        help="record in this PostgreSQL database (a fresh schema per run) instead of SQLite",
    )
    args = parser.parse_args()
    if not CORPUS.exists():
        print(f"skipped: {CORPUS} not found (the shared corpus is not on this machine)")
        return 0
    scratch = Path(tempfile.mkdtemp(prefix="claimcheck-bench-run-"))
    server = None
    schemas = PostgresSchemas(args.postgres) if args.postgres else None
    try:
        if args.api_url:
            api_url = args.api_url
        else:
            server, api_url, cold = start_server(scratch / "prefect-home")
            print(f"Prefect server cold start: {cold:.1f} s ({api_url})\n")
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
            corpus = subset(size, scratch)
            runs, reruns = [], []
            for attempt in range(args.repeat):
                folder = scratch / f"run-{size}-{attempt}"
                ledger = schemas.fresh() if schemas else None
                runs.append(run_once(corpus, folder, api_url, options, ledger))
                reruns.append(run_once(corpus, folder, api_url, options, ledger))
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
    finally:
        if schemas is not None:
            schemas.drop_all()
        if server is not None:
            server.terminate()
            server.wait(timeout=30)
        shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
