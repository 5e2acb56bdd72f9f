"""CPU of a run's scratch tables (`run.staging`): ledger entries staged and index lines placed,
in chunks of 400, as the run's process does with each collected chunk.

The first N Reuters records (default 4,000) are checked once and their ledger entries made
into staging rows (not timed; `--entries FILE` keeps them pickled, as
`bench_ordered_pass.py --entries` does, so that another tree's code is timed on the same
ones), copied `--times` over with new ids; then the rows are staged and as many index lines
placed, `--repeat` times in fresh files, and the best CPU seconds of each printed.

    python benchmarks/bench_staging.py --entries /tmp/entries.pkl
    PYTHONPATH=OTHER/pp python benchmarks/bench_staging.py --entries /tmp/entries.pkl
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_ordered_pass import REUTERS, kept_entries

CHUNK = 400


def index_line(number: int) -> dict:
    """A page's line in the run index, as `report.articles.article_entry` makes it."""
    return {
        "id": f"article-{number}",
        "title": "Output of the region rises for a third month",
        "source": "Wire",
        "published": "2024-03-01T00:00:00+00:00",
        "stem": f"article-{number}",
        "claims": 9,
        "claims_checked": 3,
        "checks": 30,
        "findings_by_severity": {"error": 0, "warning": 0, "info": 0},
        "worst": None,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=4000)
    parser.add_argument("--times", type=int, default=5)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--entries", type=Path)
    args = parser.parse_args()
    if not REUTERS.exists():
        print(f"skipped: {REUTERS} not found (needs ../shared)")
        return 0
    from claimcheck.ledger.store import staged_row
    from claimcheck.run.staging import RunLines, Staging

    prepared = kept_entries(args.entries, args.limit)
    rows = [staged_row(entry) for entry in prepared]
    staged = [(f"{row[0]}-x{copy}", *row[1:]) for copy in range(args.times) for row in rows]
    lines = [index_line(number) for number in range(len(staged))]
    entries_cpu, lines_cpu = [], []
    for _ in range(args.repeat):
        with tempfile.TemporaryDirectory() as scratch:
            staging = Staging(Path(scratch))
            started = time.process_time()
            for start in range(0, len(staged), CHUNK):
                staging.add_rows(staged[start : start + CHUNK])
            entries_cpu.append(time.process_time() - started)
            staging.close()
            run_lines = RunLines(Path(scratch))
            started = time.process_time()
            for start in range(0, len(lines), CHUNK):
                chunk = lines[start : start + CHUNK]
                run_lines.add(chunk, range(start, start + len(chunk)))
            lines_cpu.append(time.process_time() - started)
            run_lines.close()
    print(
        f"{len(staged):,} rows in chunks of {CHUNK}: CPU best {min(entries_cpu):.3f} s staging "
        f"entries, {min(lines_cpu):.3f} s placing index lines"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
