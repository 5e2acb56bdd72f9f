"""Where a whole `claimcheck run` spends its CPU, stage by stage, workers included.

Runs `claimcheck run` on the Reuters corpus (or its first N records) under py-spy
(`pip install py-spy`), sampling the run's process, the forkserver and the worker processes,
while psutil notes each process's CPU seconds. Each sample is put in the innermost stage
whose function is on its stack (STAGES below); a stage's CPU seconds are its share of its
process's samples times that process's CPU seconds. py-spy counts a thread that is ready to
run as busy, so on a loaded machine the shares hold but the sample counts exceed the CPU time.

    python benchmarks/profile_run.py --api-url http://127.0.0.1:4200/api
    python benchmarks/profile_run.py --raw profile.txt --cpu 7.1 40.2   # an earlier profile
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_run import subset
from run_bench import CLAIMCHECK, CORPUS, ROOT, PeakMemory

FLOW, WORKERS = "run process", "workers"

# (stage, process, function names): a sample goes to the innermost listed function on its
# stack; functions are "name (path)" as py-spy writes them, matched on "name (" plus the end
# of the path. "outer>inner" names the inner function only when it runs under the outer one.
STAGES: list[tuple[str, str, tuple[str, ...]]] = [
    ("imports (Python modules, both kinds of process)", "*", ("_find_and_load (<frozen",)),
    ("read and parse input, content hashes", FLOW, ("fresh_chunks (", "read_inputs (")),
    ("Prefect: flow and task runs, parameters, results, API", FLOW, ("prefect/",)),
    ("ordered ledger pass (compare, write SQLite)", FLOW, ("compare_in_order (",)),
    ("staging a chunk's ledger entries (JSON, SQLite)", FLOW, ("stage_entries (",)),
    ("staging a chunk's index lines (JSON, SQLite)", FLOW, ("RunLines.place (",)),
    ("claims.parquet (chunk by chunk)", FLOW, ("RunTables.recorded (",)),
    ("waiting for the oldest chunk", FLOW, ("ChunkQueue.collect_oldest>Future.result (",)),
    ("pages handed over beside the pass, and after it", FLOW, ("report_chunks (",)),
    ("run index, summary, findings.parquet, trends, rule pages", FLOW, ("finish_run (",)),
    (
        "pool: sending chunks, receiving outcomes (pickles)",
        FLOW,
        ("concurrent/futures/process.py", "multiprocessing/"),
    ),
    ("extract: quantities", WORKERS, ("find_quantities (",)),
    ("extract: dates", WORKERS, ("find_dates (",)),
    ("extract: sentences, claims, neighbours", WORKERS, ("extract_claims (",)),
    ("built-in checks CC1xx", WORKERS, ("run_checks (",)),
    ("rule sets", WORKERS, ("RuleSet.check (",)),
    ("checker: other (publication date, located findings)", WORKERS, ("Checker.check_article (",)),
    ("checker: content hash", WORKERS, ("Checker.check_article>content_hash (",)),
    ("identity of figures (ledger entries)", WORKERS, ("ledger_entry_for (",)),
    ("ledger entries: content hash again", WORKERS, ("ledger_entry>content_hash (",)),
    ("ledger entries: claims as JSON", WORKERS, ("ledger_entry>dumps (", "_claims_json (")),
    ("claims as JSON, the page's and the ledger's in one pass", WORKERS, ("claims_texts (",)),
    ("claims table columns", WORKERS, ("add_claim_columns (",)),
    ("results kept for reporting", WORKERS, ("_keep_results (", "_kept_results (")),
    ("pages: claims as JSON (once for page and kept result)", WORKERS, ("claims_to_json (",)),
    ("pages: JSON", WORKERS, ("article_json_text (", "article_json (")),
    ("pages: Markdown", WORKERS, ("article_markdown (",)),
    ("pages: HTML", WORKERS, ("article_html (",)),
    ("pages: claim readings (Markdown and HTML)", WORKERS, ("claim_summary (", "claim_reading (")),
    (
        "pages: writing files (3 per article: unnamed file, or temporary + rename)",
        WORKERS,
        ("create_whole (", "write_atomic_bytes (", "write_atomic ("),
    ),
    ("pages: file names (a stat per article)", WORKERS, ("RunReport.file_stem (",)),
    ("pages: after the pass (read back, index lines)", WORKERS, ("report_chunk (",)),
    ("pages: other (index lines)", WORKERS, ("_pages_now (",)),
    ("pool: receiving chunks, sending outcomes (pickles)", WORKERS, ("_process_worker (",)),
]


def _matches(frame: str, name: str, outer: list[str]) -> bool:
    if ">" not in name:
        return name in frame
    around, inner = name.split(">", 1)
    return inner in frame and any(around in frame for frame in outer)


def _process_of(frames: list[str]) -> tuple[str, list[str]]:
    """The role of the innermost process of a stack (py-spy lists the ancestors first)."""
    last = max(i for i, frame in enumerate(frames) if frame.startswith("process "))
    depth = sum(frame.startswith("process ") for frame in frames[: last + 1])
    if "forkserver" not in frames[last]:
        role = FLOW
    elif depth == 2:
        role = "forkserver"
    else:
        role = WORKERS
    return role, frames[last + 2 :]  # after the process, its thread


def _stage_of(role: str, stack: list[str]) -> str:
    for depth in range(len(stack) - 1, -1, -1):
        frame = stack[depth]
        for stage, where, names in STAGES:
            if where in ("*", role) and any(_matches(frame, n, stack[:depth]) for n in names):
                return stage
    return f"other ({role})"


def aggregate(raw: Path) -> tuple[Counter, Counter]:
    per_stage: Counter = Counter()
    per_role: Counter = Counter()
    for line in raw.read_text(encoding="utf-8", errors="replace").splitlines():
        stack, _, count = line.rpartition(" ")
        role, frames = _process_of(stack.split(";"))
        if not frames:
            continue  # a thread with no Python frame: native code py-spy could not read
        samples = int(count)
        per_role[role] += samples
        per_stage[(role, _stage_of(role, frames))] += samples
    return per_stage, per_role


def profile(args: argparse.Namespace, folder: Path) -> tuple[Path, dict[str, float]]:
    """py-spy over one whole run; the raw profile and CPU seconds per role."""
    py_spy = shutil.which("py-spy") or str(Path(sys.executable).with_name("py-spy"))
    raw = folder / "profile.txt"
    corpus = subset(args.size, folder)
    command = [py_spy, "record", "--subprocesses", "--nonblocking", "-r", str(args.rate)]
    command += ["-f", "raw", "-o", str(raw), "--", str(CLAIMCHECK), "run", str(corpus)]
    command += ["--rules", str(ROOT / "rules"), "--ledger", str(folder / "ledger.sqlite")]
    command += ["--reports", str(folder / "reports"), "--no-progress"]
    command += ["--reports-for", args.reports_for]
    env = os.environ | {"PREFECT_API_URL": args.api_url, "PREFECT_LOGGING_LEVEL": "WARNING"}
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    watch = PeakMemory(process.pid)
    _out, err = process.communicate()
    watch.stop()
    if process.returncode != 0:
        raise SystemExit(f"profiled run failed:\n{err.decode()[-2000:]}")
    print(f"profiled run: {time.perf_counter() - started:.1f} s wall under py-spy")
    # The first child of py-spy is the run's process; the rest are the forkserver and workers.
    cpu = {FLOW: 0.0, WORKERS: 0.0}
    ordered = sorted(pid for pid in watch.cpu if pid != process.pid)
    for pid in ordered:
        cpu[FLOW if pid == ordered[0] else WORKERS] += watch.cpu[pid]
    return raw, cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--api-url", default=os.environ.get("PREFECT_API_URL"))
    parser.add_argument("--size", type=int, default=0, help="first N records (0: all)")
    parser.add_argument("--rate", type=int, default=100, help="samples per second")
    parser.add_argument("--reports-for", choices=("all", "findings"), default="all")
    parser.add_argument("--raw", type=Path, help="aggregate this py-spy raw profile instead")
    parser.add_argument("--cpu", type=float, nargs=2, metavar=("RUN", "WORKERS"))
    parser.add_argument("--keep", type=Path, help="copy the raw profile here")
    args = parser.parse_args()
    if args.raw:
        raw, cpu = args.raw, dict(zip((FLOW, WORKERS), args.cpu or (0.0, 0.0), strict=True))
    else:
        if not CORPUS.exists():
            print(f"skipped: {CORPUS} not found (the shared corpus is not on this machine)")
            return 0
        if not args.api_url:
            raise SystemExit("give --api-url (a running Prefect server) or PREFECT_API_URL")
        folder = Path(tempfile.mkdtemp(prefix="claimcheck-profile-"))
        try:
            raw, cpu = profile(args, folder)
            if args.keep:
                shutil.copy(raw, args.keep)
            per_stage, per_role = aggregate(raw)
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    if args.raw:
        per_stage, per_role = aggregate(raw)
    print(f"CPU s: run process {cpu[FLOW]:.1f}, workers {cpu[WORKERS]:.1f} (forkserver apart)")
    print("\n| stage | process | share of its samples | ≈ CPU s |\n|---|---|---|---|")
    for (role, stage), samples in sorted(per_stage.items(), key=lambda item: -item[1]):
        if role not in cpu:
            continue
        share = samples / per_role[role]
        print(f"| {stage} | {role} | {share:.1%} | {share * cpu[role]:.1f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
