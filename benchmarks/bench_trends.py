"""The index's trends step alone: peak resident memory and CPU of `update_trends` over one
run's findings.parquet of N synthetic findings (1.5 KB of evidence each, 500 a row group), in
a fresh process after pandas and pyarrow are imported. The code measured is whatever
`claimcheck` imports (main's copy first on PYTHONPATH for "before").

    python benchmarks/bench_trends.py --findings 20000 60000 --scratch DIR
    PYTHONPATH=COPY/src python benchmarks/bench_trends.py --findings 20000 60000 --scratch DIR
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

RUN_ID = "20250101T000000Z-aaaaaa"
SOURCES = ("", "Reuters", "AP", "BBC")


def make_folder(root: Path, findings: int) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    from claimcheck.analysis.tables import FINDINGS_NAME, FINDINGS_SCHEMA

    (root / RUN_ID).mkdir(parents=True, exist_ok=True)
    pick = random.Random(1)
    with pq.ParquetWriter(root / RUN_ID / FINDINGS_NAME, FINDINGS_SCHEMA) as writer:
        for start in range(0, findings, 500):
            rows = [
                {
                    "run_id": RUN_ID,
                    "article_id": str(number),
                    "source": pick.choice(SOURCES),
                    "published": f"19{pick.randint(87, 96)}-0{pick.randint(1, 9)}-1"
                    f"{pick.randint(0, 9)}T10:00:00Z"
                    if pick.random() > 0.05
                    else None,
                    "rule": f"CC{pick.randint(101, 210)}",
                    "message": "m" * 80,
                    "evidence": json.dumps({"x": "e" * 1500}),
                }
                for number in range(start, min(findings, start + 500))
            ]
            writer.write_table(pa.Table.from_pylist(rows, schema=FINDINGS_SCHEMA))
    (root / "runs.json").write_text(json.dumps([{"run_id": RUN_ID}]))


def measure(root: Path) -> None:
    import pandas  # noqa: F401 -- both are loaded in a run before its trends
    import pyarrow.parquet  # noqa: F401

    from claimcheck.analysis.trends import update_trends

    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    started, cpu = time.perf_counter(), time.process_time()
    trends = update_trends(root)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"| {peak:.0f} (+{peak - before:.0f}) | {time.process_time() - cpu:.2f}"
        f" | {time.perf_counter() - started:.2f} | {trends['findings']:,} |"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--findings", type=int, nargs="+", default=[20000, 60000])
    parser.add_argument("--scratch", type=Path, required=True)
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        measure(args.measure)
        return 0
    print("| findings | peak MB (growth in the step) | CPU s | wall s | findings counted |")
    print("|---|---|---|---|---|")
    for findings in args.findings:
        root = args.scratch / f"trends-{findings}"
        if not (root / "runs.json").exists():
            make_folder(root, findings)
        print(f"| {findings:,} ", end="", flush=True)
        subprocess.run(
            [sys.executable, __file__, "--scratch", ".", "--measure", str(root)], check=True
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
