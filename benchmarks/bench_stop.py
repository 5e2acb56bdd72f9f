"""How fast `claimcheck run` stops on SIGTERM or Ctrl-C (SIGINT), seen from outside: the run
on the Reuters corpus (or another input) with its output on a pipe, the signal sent after N
seconds, and the time until the pipe closes (every process holding it gone), the exit code,
the last line, any process of the run's session still running (killed afterwards) and how
many processes of the session started after the signal.

    python benchmarks/bench_stop.py --after 12 --signal TERM --api-url http://127.0.0.1:4200/api
    python benchmarks/bench_stop.py --after 12 --signal TERM --group   # kill -- -PGID
    PYTHONPATH=COPY/pp python benchmarks/bench_stop.py --after 12   # another tree's code
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent / "shared" / "corpora" / "reuters21578.jsonl.gz"


def session_processes(session: int) -> list[int]:
    """Processes of a session still running (zombies do not count)."""
    running = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rpartition(")")[2].split()
        except OSError:  # ended while listed
            continue
        if int(fields[3]) == session and fields[0] != "Z":
            running.append(int(entry.name))
    return running


def watch(process: subprocess.Popen, seen: set[int]) -> None:
    """Note the session's processes every 50 ms until the run's process has ended: a stop
    is to end workers, never to start new ones."""
    while process.poll() is None:
        seen.update(session_processes(process.pid))
        time.sleep(0.05)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--after", type=float, default=12.0, help="seconds before the signal")
    parser.add_argument("--signal", choices=("TERM", "INT"), default="TERM")
    parser.add_argument(
        "--group",
        action="store_true",
        help="signal the run's whole process group (`kill -- -PGID`, a terminal's Ctrl-C, a "
        "container runtime), not only its process",
    )
    parser.add_argument("--input", default=str(CORPUS))
    parser.add_argument("--api-url", default=os.environ.get("PREFECT_API_URL"))
    parser.add_argument("--wait", type=float, default=30.0, help="longest wait for the pipe")
    args = parser.parse_args()
    env = dict(os.environ)
    if args.api_url:
        env["PREFECT_API_URL"] = args.api_url
    with tempfile.TemporaryDirectory(prefix="claimcheck-stop-") as scratch:
        command = [sys.executable, "-m", "claimcheck.cli.main", "run", args.input]
        command += ["--rules", str(HERE.parent / "rules"), "--reports-for", "findings"]
        command += ["--ledger", f"{scratch}/ledger.sqlite", "--reports", f"{scratch}/reports"]
        command += ["--no-progress"]
        process = subprocess.Popen(
            command,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        time.sleep(args.after)
        before = set(session_processes(process.pid))
        seen: set[int] = set()
        watching = threading.Thread(target=watch, args=(process, seen), daemon=True)
        watching.start()
        sent = time.monotonic()
        signum = getattr(signal, f"SIG{args.signal}")
        if args.group:
            os.killpg(process.pid, signum)  # the session's leader leads its process group
        else:
            process.send_signal(signum)
        try:
            output = process.communicate(timeout=args.wait)[0]
            took = f"{time.monotonic() - sent:.2f} s"
        except subprocess.TimeoutExpired:
            output, took = b"", f"more than {args.wait:.0f} s"
        watching.join()
        left = session_processes(process.pid)
        for pid in left:
            os.kill(pid, signal.SIGKILL)
        process.wait()
    lines = output.decode(errors="replace").strip().splitlines()
    to = "the run's process group" if args.group else "the run's process"
    print(f"SIG{args.signal} to {to} after {args.after:.1f} s: output closed after {took}")
    print(f"exit code {process.returncode}; {len(left)} process(es) of the run left (killed)")
    print(f"{len(seen - before)} process(es) started after the signal")
    print(f"last line: {lines[-1] if lines else '(none read)'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
