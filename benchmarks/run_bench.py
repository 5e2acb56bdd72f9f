"""What the whole-run benchmarks share (`bench_run.py`, `bench_scale.py`): the corpus, a
Prefect server started once or taken from --api-url, fresh PostgreSQL schemas, and one
`claimcheck run` measured from outside: wall seconds, CPU seconds of the flow's process and
of its workers, and the peak resident memory of the whole process tree (the flow, its
workers and their forkserver), summed, and of the flow's process alone."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
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


class PeakMemory:
    """Peak resident memory of a process and its children, summed, sampled every 50 ms; and
    the CPU seconds each of them used (last sample), to tell the flow's own process from
    its workers."""

    def __init__(self, pid: int) -> None:
        self.peak = 0
        self.peak_flow = 0
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
                self.peak_flow = max(self.peak_flow, root.memory_info().rss)
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
        "flow_peak_mb": memory.peak_flow / 2**20,
        "summary": summary,
        "flow_cpu": flow_cpu,
        "worker_cpu": other_cpu,
    }


def add_run_options(parser: argparse.ArgumentParser, reports_for: str) -> None:
    """The options every whole-run benchmark takes."""
    parser.add_argument("--repeat", type=int, default=1, help="runs per size (best and median)")
    parser.add_argument("--reports-for", choices=("all", "findings"), default=reports_for)
    parser.add_argument("--workers", type=int, default=0)
    parser.add_argument("--api-url", help="a running Prefect server's API (else one is started)")
    parser.add_argument(
        "--postgres",
        metavar="URL",
        help="record in this PostgreSQL database (a fresh schema per run) instead of SQLite",
    )


@dataclass
class Bench:
    """Where a benchmark runs: its scratch folder, the Prefect API, fresh ledgers."""

    scratch: Path
    api_url: str
    schemas: PostgresSchemas | None

    def ledger(self) -> str | None:
        """A fresh PostgreSQL schema's URL, or None: a SQLite file in the run's folder."""
        return self.schemas.fresh() if self.schemas else None


@contextmanager
def bench_setup(args: argparse.Namespace, prefix: str, keep: Path | None = None) -> Iterator[Bench]:
    """The scratch folder (`keep`: this one, left in place), the Prefect server (started
    here unless --api-url names one; its cold start printed) and the PostgreSQL schemas,
    all cleaned up afterwards."""
    scratch = keep or Path(tempfile.mkdtemp(prefix=prefix))
    scratch.mkdir(parents=True, exist_ok=True)
    server = None
    schemas = PostgresSchemas(args.postgres) if args.postgres else None
    try:
        if args.api_url:
            api_url = args.api_url
        else:
            server, api_url, cold = start_server(scratch / "prefect-home")
            print(f"Prefect server cold start: {cold:.1f} s ({api_url})\n")
        yield Bench(scratch, api_url, schemas)
    finally:
        if schemas is not None:
            schemas.drop_all()
        if server is not None:
            server.terminate()
            server.wait(timeout=30)
        if keep is None:
            shutil.rmtree(scratch, ignore_errors=True)


def corpus_missing() -> bool:
    if CORPUS.exists():
        return False
    print(f"skipped: {CORPUS} not found (the shared corpus is not on this machine)")
    return True
